"""TimeBank/AQUAINT (TempEval-3): does each event get the day the annotators linked it to?

Data: ../shared/benchmarks/timebank/TBAQ-cleaned (TempEval-3 training data, 256
news documents in TimeML; evaluation only). Gold: an EVENT whose instance has
a TLINK IS_INCLUDED / DURING / SIMULTANEOUS to a TIMEX3 whose value is one day
(YYYY-MM-DD), or to the document creation time, happened on that day. Each
document's text (tags stripped) is parsed, the creation time given as the
publication date, and the coder's date assignment
(crisislens.extract.events.date_predicates) asked for the event's token.

Figures: accuracy over gold-dated events (no date = wrong), coverage (share
given a date) and precision (right among those given one), by how the date
was found. Documents alternate into even (development) and odd (held-out) halves.

usage: .venv/bin/python benchmarks/eval_timebank_events.py [--half even|odd|all] [--limit N]
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "benchmarks" / "timebank" / "TBAQ-cleaned"
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LINKS = {"IS_INCLUDED", "DURING", "SIMULTANEOUS"}


def read_doc(path: Path) -> tuple[str, str, dict[str, tuple[int, int]], dict[str, str]]:
    """(text, creation day, event id -> char span, event id -> gold day) of one TimeML file."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    created = (dct.get("value") or "")[:10] if dct is not None else ""
    times = {t.get("tid"): (t.get("value") or "") for t in root.iter("TIMEX3")}
    text_el = root.find("TEXT")
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}

    def walk(el: ET.Element) -> None:
        if el.text:
            start = sum(len(p) for p in parts)
            parts.append(el.text)
            if el.tag == "EVENT":
                spans[el.get("eid")] = (start, start + len(el.text))
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(text_el)
    instance = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    gold: dict[str, str] = {}
    for link in root.iter("TLINK"):
        tid, eiid = link.get("relatedToTime"), link.get("eventInstanceID")
        if link.get("relType") not in LINKS or not tid or not eiid:
            continue
        value = created if tid == (dct.get("tid") if dct is not None else None) else times.get(tid, "")
        eid = instance.get(eiid)
        if eid in spans and DAY.match(value or ""):
            gold.setdefault(eid, value)
    return "".join(parts), created, spans, gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--half", choices=["even", "odd", "all"], default="even")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents of the half")
    args = ap.parse_args(argv)
    files = sorted(args.data.glob("*/*.tml"))
    if not files:
        print(f"error: no TimeML files under {args.data}", file=sys.stderr)
        return 2
    if args.half != "all":
        files = files[(0 if args.half == "even" else 1) :: 2]
    if args.limit:
        files = files[: args.limit]
    from crisislens import nlp
    from crisislens.extract.events import date_predicates
    from crisislens.model import Article, stable_id

    docs = [read_doc(f) for f in files]
    n = right = dated = 0
    by_how: Counter = Counter()
    right_how: Counter = Counter()
    for (text, created, spans, gold), doc in zip(docs, nlp.parse([d[0] for d in docs]), strict=True):
        art = Article(id=stable_id("tb", text[:50]), doc_name="tb", source="timebank", text=text,
                      clean_text=text, offset_map=[(0, 0, len(text))], published=created or None)
        eids = [e for e in gold if doc.char_span(*spans[e], alignment_mode="expand") is not None]
        toks = [doc.char_span(*spans[e], alignment_mode="expand").root for e in eids]
        for eid, (day, how) in zip(eids, date_predicates(doc, art, toks), strict=True):
            n += 1
            by_how[how] += 1
            if day is not None:
                dated += 1
                ok = day == gold[eid]
                right += ok
                right_how[how] += ok
    print(f"TimeBank/AQUAINT ({args.half} documents): {len(files)} documents, {n} gold-dated events")
    print(f"  accuracy (no date = wrong) {right / n:.3f}   coverage {dated / n:.3f}   precision {right / max(dated, 1):.3f}")
    for how, k in by_how.most_common():
        print(f"    {how:10s} {k:5d}" + (f"  right {right_how[how] / k:.3f}" if how != "none" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
