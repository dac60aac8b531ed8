"""ConfliBERT CAMEO 5-class benchmark: does our event coder put sentences in the right class?

Data: ../shared/benchmarks/conflibert-cameo/conflibert_cameo_class_train.tsv
(GPL-3.0, eventdata/ConfliBERT; evaluation only, nothing is copied into the
product). Each line is a sentence and a 5-class label (0 statement/appeal,
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).

Each sentence is parsed as a one-sentence article and run through the actor
index and the event coder (the same calls as the per-article stage); the salient event's CAMEO root (crisislens.eval.pentaclass.salient_event)
is mapped to the 5 classes with the code book's own table. A sentence with no
event is counted wrong ("strict") and, separately, as class 0 ("fallback"):
a plain statement is what a coder records when no stronger verb is found.

usage: .venv/bin/python benchmarks/eval_conflibert_cameo.py [--half even|odd] [--one-sided] [--limit N] [--json OUT]

--half even keeps rows 0, 2, 4 ... (the development half), --half odd rows 1, 3, 5 ...
(held out: measure it only to report).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "benchmarks" / "conflibert-cameo" / "conflibert_cameo_class_train.tsv"


def read_items(path: Path) -> list[tuple[str, int]]:
    """(sentence, label) pairs; rows that do not end in a 0-4 label are reported and skipped."""
    items: list[tuple[str, int]] = []
    bad = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quotechar='"'):
            if len(row) < 2 or row[-1].strip() not in {"0", "1", "2", "3", "4"}:
                bad += 1
                continue
            items.append(("\t".join(row[:-1]).strip(), int(row[-1])))
    if bad:
        print(f"note: {bad} rows without a 0-4 label skipped", file=sys.stderr)
    return items


FAILURES: list[str] = []  # messages of sentences the pipeline could not analyse


ONE_SIDED = False  # --one-sided: the coder's require_dyad switch off (one-actor events kept)


def run(items: list[tuple[str, int]], batch: int = 64) -> tuple[list[int | None], list[str | None]]:
    """Predicted 5-class label and CAMEO root per sentence (None when no event was found)."""
    from crisislens import nlp
    from crisislens.actors.resolve import build_index
    from crisislens.eval.pentaclass import pentaclass, salient_event
    from crisislens.extract.events import extract_events
    from crisislens.model import Article, stable_id

    preds: list[int | None] = []
    roots: list[str | None] = []
    for start in range(0, len(items), batch):
        chunk = items[start : start + batch]
        arts = [
            Article(
                id=stable_id("conflibert", start + i, text), doc_name=f"conflibert:{start + i}",
                source="conflibert", text=text, clean_text=text, offset_map=[(0, 0, len(text))],
                language="en", language_how="given",
            )
            for i, (text, _label) in enumerate(chunk)
        ]
        for art, doc in zip(arts, nlp.parse([a.clean_text for a in arts]), strict=True):
            try:  # only the actor index and the event coder: this benchmark measures events
                events = extract_events(doc, art, build_index(doc, art), **({"require_dyad": False} if ONE_SIDED else {}))
            except Exception as exc:  # one failing sentence must not stop the benchmark
                FAILURES.append(f"{art.doc_name}: {type(exc).__name__}: {exc}")
                events = []
            ev = salient_event(events, art.text)
            roots.append(ev.cameo_root if ev else None)
            preds.append(pentaclass(ev.cameo_root) if ev else None)
        print(f"  {min(start + batch, len(items))}/{len(items)}", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    return preds, roots


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    ap.add_argument("--half", choices=["even", "odd", "all"], default="all", help="even rows (dev) or odd rows (held out)")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    ap.add_argument("--one-sided", action="store_true", help="keep one-actor events (require_dyad off)")
    args = ap.parse_args(argv)
    global ONE_SIDED
    ONE_SIDED = args.one_sided
    if not args.data.exists():
        print(f"error: benchmark data not found: {args.data}", file=sys.stderr)
        return 2
    from crisislens.eval.pentaclass import CLASS_NAMES, confusion_matrix

    items = read_items(args.data)
    if args.half != "all":
        items = items[(0 if args.half == "even" else 1) :: 2]
    if args.limit:
        items = items[: args.limit]
    t0 = time.perf_counter()
    preds, roots = run(items)
    secs = time.perf_counter() - t0
    gold = [label for _t, label in items]
    n = len(gold)
    covered = [(g, p) for g, p in zip(gold, preds, strict=True) if p is not None]
    strict = sum(g == p for g, p in zip(gold, preds, strict=True)) / n
    fallback = sum(g == (0 if p is None else p) for g, p in zip(gold, preds, strict=True)) / n
    on_covered = sum(g == p for g, p in covered) / len(covered) if covered else 0.0
    majority = max(gold.count(c) for c in range(5)) / n
    matrix = confusion_matrix(gold, preds)
    per_class = {}
    for c in range(5):
        tp = matrix[c][c]
        n_pred = sum(matrix[r][c] for r in range(5))
        n_gold = sum(matrix[c])
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        per_class[CLASS_NAMES[c]] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "n": n_gold}
    macro_f1 = sum(v["f1"] for v in per_class.values()) / 5

    print(f"ConfliBERT CAMEO 5-class: {n} sentences, {secs:.0f} s")
    if FAILURES:
        print(f"  WARNING: {len(FAILURES)} sentences not analysed, e.g. {FAILURES[0]}")
    print(f"  accuracy (no event = wrong)    {strict:.3f}")
    print(f"  accuracy (no event = class 0)  {fallback:.3f}")
    print(f"  accuracy on sentences with an event ({len(covered)}/{n} = {len(covered) / n:.1%})  {on_covered:.3f}")
    print(f"  macro F1 (strict)              {macro_f1:.3f}")
    print(f"  majority-class baseline        {majority:.3f}")
    print("  confusion (rows gold, columns predicted 0-4, last = no event):")
    for c, row in enumerate(matrix):
        print(f"    {c} {CLASS_NAMES[c]:<21}" + "".join(f"{x:>6}" for x in row))
    if args.json:
        args.json.write_text(json.dumps({
            "n": n, "seconds": secs, "not_analysed": len(FAILURES), "accuracy_strict": strict, "accuracy_fallback0": fallback,
            "coverage": len(covered) / n, "accuracy_covered": on_covered, "macro_f1": macro_f1,
            "majority_baseline": majority, "per_class": per_class, "confusion": matrix,
            "roots_predicted": {r: roots.count(r) for r in sorted({x for x in roots if x})},
        }, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
