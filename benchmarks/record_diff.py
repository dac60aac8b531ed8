"""Gold against a store, item by item: the misses, false positives and wrong speakers,
claimants and subjects behind `crisislens eval`'s figures.

Why a script: every failure class a session fixes starts as a list of what went wrong on a
practice set, and each session wrote its own throwaway diff. This one matches exactly as the
scorer does (crisislens.eval.sections: quotes by text overlap, claims by value and category,
cross-source items by containment), so what it lists is what the figures count.

    crisislens eval --gold benchmarks/data/SET/gold.json benchmarks/data/SET --db /tmp/SET.duckdb
    python benchmarks/record_diff.py --gold benchmarks/data/SET/gold.json --db /tmp/SET.duckdb \\
        [--section quotes|claims|groups|all]

Never run it on a set that is still untouched: reading its diff spends it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crisislens.eval.cross_source import _kind, finds
from crisislens.eval.metrics import match_one_to_one, overlap_f1
from crisislens.eval.names import ActorDirectory, same_speaker
from crisislens.eval.sections import QUOTE_OVERLAP, match_claims
from crisislens.export.gold import gold_json
from crisislens.store import open_store_for_reading


def _short(text: Any, n: int = 140) -> str:
    return " ".join(str(text or "").split())[:n]


def quote_lines(gdoc: dict, pdoc: dict) -> Iterator[str]:
    """Quotes matched by text alone: wrong speakers, then misses, then false positives."""
    gold, pred = gdoc["quotes"], pdoc.get("quotes", [])
    gdir, pdir = ActorDirectory(gdoc["actors"]), ActorDirectory(pdoc.get("actors", []))

    def score(i: int, j: int) -> float | None:
        ov = overlap_f1(gold[i].get("text"), pred[j].get("text"))
        return ov if ov >= QUOTE_OVERLAP else None

    pairs = match_one_to_one(range(len(gold)), range(len(pred)), score)
    for i, j in pairs:
        if not same_speaker(gold[i].get("speaker"), pred[j].get("speaker"), gdir, pdir):
            yield f"  SPEAKER gold {gold[i].get('speaker')!r} pred {pred[j].get('speaker')!r}: {_short(gold[i]['text'], 90)!r}"
    yield from _unmatched("quote", gold, pred, pairs, lambda q: f"[{'D' if q.get('direct') else 'R'} {q.get('cue')}] {q.get('speaker')!r}: {_short(q.get('text'))!r}")


def claim_lines(gdoc: dict, pdoc: dict) -> Iterator[str]:
    """Claims matched on value and category: wrong claimants or subjects, misses, false positives."""
    gold, pred = gdoc["claims"], pdoc.get("claims", [])
    gdir, pdir = ActorDirectory(gdoc["actors"]), ActorDirectory(pdoc.get("actors", []))
    pairs = match_claims(gold, pred)
    for i, j in pairs:
        g, p = gold[i], pred[j]
        who = same_speaker(g.get("claimant"), p.get("claimant"), gdir, pdir)
        if not who or g.get("subject_code") != p.get("subject_code"):
            yield (
                f"  {'CLAIMANT' if not who else 'SUBJECT'} {g.get('value')} {g.get('category')}: "
                f"gold {g.get('claimant')!r}/{g.get('claimant_code')} subj {g.get('subject_code')} | "
                f"pred {p.get('claimant')!r}/{p.get('claimant_code')} subj {p.get('subject_code')} :: {_short(g.get('sentence'))}"
            )
    yield from _unmatched("claim", gold, pred, pairs, lambda c: f"{c.get('value')} {c.get('category')} by {c.get('claimant')!r} subj {c.get('subject_code')} :: {_short(c.get('sentence'))}")


def _unmatched(what: str, gold: list, pred: list, pairs: list, show: Any) -> Iterator[str]:
    matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, item in enumerate(gold):
        if i not in matched_g:
            yield f"  MISS {what} {show(item)}"
    for j, item in enumerate(pred):
        if j not in matched_p:
            yield f"  FALSE {what} {show(item)}"


def group_lines(gold: dict, pred: dict) -> Iterator[str]:
    """Each gold cross-source item found or missed, then the predicted ones that find none."""
    gitems, pitems = gold.get("cross_source", []), pred.get("cross_source", [])
    for kind in ("contradiction", "agreement"):
        gs = [g for g in gitems if g.get("kind") == kind]
        ps = [p for p in pitems if _kind(p) == kind]
        yield f"== {kind}s: gold {len(gs)}, found {sum(any(finds(p, g) for p in ps) for g in gs)}, predicted {len(ps)}"
        for g in gs:
            tag = "FOUND " if any(finds(p, g) for p in ps) else "MISSED"
            yield f"  {tag} {g.get('category')} subj {g.get('subject_code')}: " + ", ".join(
                f"{v.get('doc')}={v.get('value')}" for v in g.get("values") or []
            )
        for p in ps:
            if not any(finds(p, g) for g in gs):
                yield f"  FALSE  {p.get('category')} subj {p.get('subject_code')}: " + ", ".join(
                    f"{v.get('doc')}={v.get('value')} ({v.get('claimant')})" for v in p.get("values") or []
                )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--db", required=True, type=Path, help="a store `crisislens eval --db` wrote")
    ap.add_argument("--section", choices=("quotes", "claims", "groups", "all"), default="all")
    args = ap.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    with open_store_for_reading(str(args.db)) as store:
        pred = gold_json(store, "prediction")
    sections = {"quotes": quote_lines, "claims": claim_lines}
    for name, lines in sections.items():
        if args.section not in (name, "all"):
            continue
        for doc in sorted(gold["documents"]):
            out = list(lines(gold["documents"][doc], pred["documents"].get(doc, {})))
            if out:
                print(f"=== {name}: {doc}", *out, sep="\n")
    if args.section in ("groups", "all"):
        print(*group_lines(gold, pred), sep="\n")


if __name__ == "__main__":
    main()
