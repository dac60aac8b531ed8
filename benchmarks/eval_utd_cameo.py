"""UTD-CAMEO benchmark: relevance and CAMEO root of real news sentences against trained coders.

Data: ../shared/benchmarks/utd-cameo/utd_cameo_sentences.tsv (GPL-3.0,
javierosorio/CAMEO_ConfliBERT; evaluation only, nothing is copied into the
product). 200 sentences, each coded by 4-5 coders: whether it holds a
political event (majority vote) and the CAMEO root of its main event
(plurality). The coders' own pairwise agreement on the root is 0.677 (README).

Each sentence is run as a one-sentence article through the actor index and the
event coder, the same calls as the per-article stage. A sentence is predicted
relevant when the coder finds any event in it; its root is that of the salient
event (crisislens.eval.pentaclass.salient_event). Figures:

- relevance precision / recall / F1 against the coders' majority;
- root accuracy on the relevant sentences that have a root (no event = wrong),
  beside the coders' pairwise agreement;
- root accuracy on those of them where the coder found an event;
- pentaclass accuracy on the same sentences.

usage: .venv/bin/python benchmarks/eval_utd_cameo.py [--half even|odd|all] [--one-sided] [--json OUT] [--show]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "benchmarks" / "utd-cameo" / "utd_cameo_sentences.tsv"
HUMAN_AGREEMENT = 0.677  # README: mean pairwise agreement of the coders on the Action1 root


def read_rows(path: Path) -> list[dict[str, str]]:
    """The benchmark rows, in file order."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def code_sentences(texts: list[str], batch: int = 32, one_sided: bool = False) -> list[list]:
    """The events the coder finds in each sentence (one-sentence articles)."""
    from crisislens import nlp
    from crisislens.actors.resolve import build_index
    from crisislens.extract.events import extract_events
    from crisislens.model import Article, stable_id

    out: list[list] = []
    for start in range(0, len(texts), batch):
        chunk = texts[start : start + batch]
        arts = [
            Article(
                id=stable_id("utd", start + i, t), doc_name=f"utd:{start + i}", source="utd-cameo",
                text=t, clean_text=t, offset_map=[(0, 0, len(t))], language="en", language_how="given",
            )
            for i, t in enumerate(chunk)
        ]
        for art, doc in zip(arts, nlp.parse([a.clean_text for a in arts]), strict=True):
            extra = {"require_dyad": False} if one_sided else {}  # the default: the coder's configuration
            out.append(extract_events(doc, art, build_index(doc, art), **extra))
        print(f"  {min(start + batch, len(texts))}/{len(texts)}", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(rows: list[dict[str, str]], found: list[list]) -> dict[str, object]:
    """Relevance P/R/F1 and root / pentaclass accuracy against the coders."""
    from crisislens.eval.pentaclass import pentaclass, salient_event

    gold_rel = [r["relevant"] == "True" for r in rows]
    pred_rel = [bool(evs) for evs in found]
    rel = _prf(sum(g and p for g, p in zip(gold_rel, pred_rel, strict=True)), sum(pred_rel), sum(gold_rel))
    rooted = [(r, evs) for r, evs in zip(rows, found, strict=True) if r["relevant"] == "True" and r["root"]]
    hits = covered = penta = 0
    for r, evs in rooted:
        ev = salient_event(evs, r["sentence"])
        if ev is None:
            continue
        covered += 1
        hits += ev.cameo_root == r["root"].zfill(2)
        penta += pentaclass(ev.cameo_root) == int(r["pentaclass"])
    n = len(rooted)
    return {
        "sentences": len(rows), "relevant": sum(gold_rel), "predicted_relevant": sum(pred_rel),
        "relevance": rel, "rooted_relevant": n, "covered": covered,
        "root_accuracy": hits / n if n else 0.0,
        "root_accuracy_covered": hits / covered if covered else 0.0,
        "pentaclass_accuracy": penta / n if n else 0.0,
        "human_pairwise_root_agreement": HUMAN_AGREEMENT,
    }


def show(rows: list[dict[str, str]], found: list[list]) -> None:
    """One line per sentence: gold relevance/root and what the coder found (for development)."""
    for r, evs in zip(rows, found, strict=True):
        got = ", ".join(f"{e.cameo}:{e.source_code}>{e.target_code}({e.predicate})" for e in evs) or "-"
        print(f"{r['id']} rel={r['relevant'][0]} root={r['root'] or '-':>2} | {got}\n    {r['sentence'][:160]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--half", choices=["even", "odd", "all"], default="even",
                    help="even rows (development, default), odd rows (held out) or all")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    ap.add_argument("--show", action="store_true", help="print each sentence with what was found")
    ap.add_argument("--one-sided", action="store_true", help="keep one-actor events (the coder's require_dyad off)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"error: benchmark data not found: {args.data}", file=sys.stderr)
        return 2
    rows = read_rows(args.data)
    if args.half != "all":
        rows = rows[(0 if args.half == "even" else 1) :: 2]
    t0 = time.perf_counter()
    found = code_sentences([r["sentence"] for r in rows], one_sided=args.one_sided)
    figures = score(rows, found)
    figures["seconds"] = round(time.perf_counter() - t0, 1)
    if args.show:
        show(rows, found)
    rel = figures["relevance"]
    print(f"UTD-CAMEO ({args.half} rows): {figures['sentences']} sentences, {figures['seconds']} s")
    print(f"  relevance  P {rel['precision']:.3f}  R {rel['recall']:.3f}  F1 {rel['f1']:.3f}"
          f"  (gold {figures['relevant']}, predicted {figures['predicted_relevant']})")
    print(f"  root accuracy on {figures['rooted_relevant']} relevant sentences with a root (no event = wrong)"
          f"  {figures['root_accuracy']:.3f}   [coders' pairwise agreement {HUMAN_AGREEMENT}]")
    print(f"  root accuracy where an event was found ({figures['covered']})  {figures['root_accuracy_covered']:.3f}")
    print(f"  pentaclass accuracy (no event = wrong)  {figures['pentaclass_accuracy']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
