"""Score crisislens quote attribution on PolNeAR (political news attributions, brat standoff).

Usage:
    .venv/bin/python benchmarks/polnear_eval.py [--split dev] [--limit N] [--json OUT]
          [--data /work/shared/benchmarks/polnear]
    .venv/bin/python benchmarks/polnear_eval.py --mine-frames OUT.tsv [--limit 400]
          (cue-frame reliability on the TRAIN split, the source of extract/data/quote_frames.tsv)

PolNeAR annotates every attribution (source, cue, content). We run the real
per-article path (spaCy parse -> actors.resolve.build_index -> extract_quotes)
on each raw text and report:

* content-span F1 (overlap): a predicted quote matches a gold attribution when
  their content character spans overlap (one-to-one, greedy by overlap size);
  P = matched predictions / predictions, R = matched gold / gold;
* content token F1: the mean token-overlap F1 of matched pairs (how well the
  span edges agree);
* source accuracy over matched pairs whose gold attribution has a source: the
  predicted source span (the phrase naming the speaker) overlaps the gold
  source span, or the resolved speaker name shares a word with the gold source
  text (so "he" resolved to "Donald Trump" counts when the gold source is
  "Trump", and a predicted span on "he" counts when the gold source is "he").

Speakers there are mostly US persons the crisis gazetteer does not know, so
sources are scored as spans and strings, never as codes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "polnear"
STOP = {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "and", "s"}


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    source_text: str
    cue_text: str


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for part in field.split(";"):
        a, b = part.split()[-2:]
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    """Attribution relations of one brat .ann file (E lines tie T spans together)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("T"):
            tid, info, text = (line.split("\t") + ["", ""])[:3]
            label, _, offsets = info.partition(" ")
            try:
                spans[tid] = (label, _spans(offsets), text)
            except ValueError:
                print(f"{path.name}: unreadable span line {line[:60]!r}", file=sys.stderr)
        elif line.startswith("E"):
            parts = line.split("\t")[1].split()
            relations.append(dict(p.split(":", 1) for p in parts if ":" in p))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""), ("", [], ""))
        cue = spans.get(rel.get("Cue", ""), ("", [], ""))
        out.append(GoldAttribution(content[1], source[1], source[2], cue[2]))
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def _token_f1(pred: str, gold: str) -> float:
    p, g = re.findall(r"\w+", pred.lower()), re.findall(r"\w+", gold.lower())
    if not p or not g:
        return 0.0
    pool, common = list(g), 0
    for t in p:
        if t in pool:
            pool.remove(t)
            common += 1
    if not common:
        return 0.0
    pr, rc = common / len(p), common / len(g)
    return 2 * pr * rc / (pr + rc)


def evaluate(data: Path, split: str = "dev", limit: int | None = None) -> dict:
    from crisislens import nlp
    from crisislens.actors.resolve import build_index
    from crisislens.extract.quotes import extract_quotes_with_sources
    from crisislens.model import Article, stable_id

    text_dir, ann_dir = data / split / "text", data / split / "attributions"
    anns = sorted(ann_dir.glob("*.ann"))
    by_text: dict[str, Path] = {}
    for ann in anns:
        stem = ann.stem.rsplit("_", 1)[0]  # drop the annotator id
        by_text.setdefault(stem, ann)
    names = sorted(by_text)[:limit] if limit else sorted(by_text)
    texts = {n: (text_dir / f"{n}.txt").read_text("utf-8") for n in names if (text_dir / f"{n}.txt").exists()}
    names = [n for n in names if n in texts]

    n_pred = n_gold = matched_pred = matched_gold = 0
    tok_f1s: list[float] = []
    src_ok = src_n = 0
    started = time.perf_counter()
    for name, doc in zip(names, nlp.parse([texts[n] for n in names]), strict=True):
        text = texts[name]
        art = Article(id=stable_id(name), doc_name=name, source=name, text=text, clean_text=text)
        index = build_index(doc, art)
        quotes, sources = extract_quotes_with_sources(doc, art, index)
        gold = read_ann(by_text[name])
        n_pred += len(quotes)
        n_gold += len(gold)
        pairs = []
        for qi, q in enumerate(quotes):
            for gi, g in enumerate(gold):
                ov = _overlap([(q.text_start, q.text_end)], g.content)
                if ov > 0:
                    pairs.append((ov, qi, gi))
        used_q: set[int] = set()
        used_g: set[int] = set()
        for _, qi, gi in sorted(pairs, reverse=True):
            if qi in used_q or gi in used_g:
                continue
            used_q.add(qi)
            used_g.add(gi)
            q, g = quotes[qi], gold[gi]
            gold_text = " ".join(text[s:e] for s, e in g.content)
            tok_f1s.append(_token_f1(q.text, gold_text))
            if g.source:
                src_n += 1
                span = sources.get(q.id)
                ok = bool(span and _overlap([span], g.source) > 0)
                if not ok and q.speaker_name:
                    ok = bool(_words(q.speaker_name) & _words(g.source_text))
                src_ok += ok
        matched_pred += len(used_q)
        matched_gold += len(used_g)
    p = matched_pred / n_pred if n_pred else 0.0
    r = matched_gold / n_gold if n_gold else 0.0
    return {
        "split": split,
        "documents": len(names),
        "gold_attributions": n_gold,
        "predicted_quotes": n_pred,
        "content_overlap_p": round(p, 4),
        "content_overlap_r": round(r, 4),
        "content_overlap_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "content_token_f1_matched": round(sum(tok_f1s) / len(tok_f1s), 4) if tok_f1s else 0.0,
        "source_accuracy": round(src_ok / src_n, 4) if src_n else 0.0,
        "source_pairs": src_n,
        "seconds": round(time.perf_counter() - started, 1),
    }


# Frames kept in the package lexicon: seen as a cue at least this often, and a cue at least
# this share of the times the lemma occurs with that frame outside quotation marks.
MIN_FRAME_HITS = 5
MIN_FRAME_RELIABILITY = 0.5


def _candidate_frames(tok):
    """Every argument frame a token fills (the same frames quotes_frames.frame_arguments reads)."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp", "dobj"):
            yield c.dep_, c
        elif c.dep_ == "prep":
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    yield "prep:" + c.lower_, g
        elif c.dep_ == "acl" and tok.pos_ == "NOUN" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            yield "that", c


def _cue_contents(path: Path) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """(cue spans, content spans) of each attribution in a brat file."""
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("T"):
            tid, info = (line.split("\t") + [""])[:2]
            try:
                spans[tid] = _spans(info.partition(" ")[2])
            except ValueError:
                continue
        elif line.startswith("E"):
            rel = dict(p.split(":", 1) for p in line.split("\t")[1].split() if ":" in p)
            if rel.get("Cue") in spans and rel.get("Content") in spans:
                out.append((spans[rel["Cue"]], spans[rel["Content"]]))
    return out


def mine_frames(data: Path, limit: int | None = 400) -> list[tuple[str, str, str, int, int, float]]:
    """(lemma, VERB|NOUN, frame, hits, occurrences, reliability) on the PolNeAR TRAIN split.

    A hit is an occurrence (outside quotation marks) of a token that PolNeAR marks as a cue
    and whose frame argument overlaps that attribution's content; reliability = hits /
    occurrences. Only train is read: dev stays for measuring."""
    from collections import Counter

    from crisislens import nlp

    text_dir, ann_dir = data / "train" / "text", data / "train" / "attributions"
    by_text: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        by_text.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    names = [n for n in sorted(by_text) if (text_dir / f"{n}.txt").exists()][:limit]
    texts = [(text_dir / f"{n}.txt").read_text("utf-8") for n in names]
    occ: Counter = Counter()
    hit: Counter = Counter()
    for name, doc in zip(names, nlp.parse(texts), strict=True):
        _count_frames(doc, _quoted(doc), _cues_by_token(doc, by_text[name]), occ, hit)
    rows = [(k[0], k[1], k[2], h, occ[k], round(h / occ[k], 2)) for k, h in hit.items()]
    rows.sort(key=lambda r: -r[3])
    return [r for r in rows if r[3] >= MIN_FRAME_HITS and r[5] >= MIN_FRAME_RELIABILITY]


def _quoted(doc) -> set[int]:
    """Token indices inside quotation marks."""
    from crisislens.extract.quotes_marks import find_quote_marks

    inside: set[int] = set()
    for m in find_quote_marks(doc.text):
        sp = doc.char_span(m.open_start, m.close_end, alignment_mode="expand")
        if sp is not None:
            inside.update(range(sp.start, sp.end))
    return inside


def _cues_by_token(doc, ann: Path) -> dict[int, list[list[tuple[int, int]]]]:
    """Token index of a gold cue -> the content spans it cues."""
    cue_of: dict[int, list[list[tuple[int, int]]]] = {}
    for cue, content in _cue_contents(ann):
        for a, b in cue:
            sp = doc.char_span(a, b, alignment_mode="expand")
            for t in sp or ():
                cue_of.setdefault(t.i, []).append(content)
    return cue_of


def _count_frames(doc, inside: set[int], cue_of: dict, occ, hit) -> None:
    """Count each candidate frame's occurrences and the ones whose argument is gold content."""
    for tok in doc:
        if tok.i in inside or tok.pos_ not in ("VERB", "NOUN"):
            continue
        for frame, node in _candidate_frames(tok):
            key = (tok.lemma_.lower(), tok.pos_, frame)
            occ[key] += 1
            last = doc[node.right_edge.i]
            arg = [(doc[node.left_edge.i].idx, last.idx + len(last))]
            if any(_overlap(arg, c) for c in cue_of.get(tok.i, [])):
                hit[key] += 1


def write_frames(rows: list[tuple[str, str, str, int, int, float]], out: Path, limit: int | None) -> None:
    head = (
        "# source: cue lemmas with reliability measured on PolNeAR 1.0 train split "
        f"(first {limit or 'all'} train articles, spaCy parses; benchmarks/polnear_eval.py --mine-frames): "
        "hits = train occurrences outside quotation marks whose frame argument overlaps the content "
        "of a gold attribution cued by that token; kept when hits >= "
        f"{MIN_FRAME_HITS} and reliability >= {MIN_FRAME_RELIABILITY}\n"
        "# lemma\tpos\tframe\thits\toccurrences\treliability\n"
    )
    body = "".join("\t".join(map(str, r)) + "\n" for r in rows)
    out.write_text(head + body, "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the scores here")
    ap.add_argument("--mine-frames", type=Path, default=None, help="write cue-frame reliability (train) here")
    args = ap.parse_args(argv)
    if args.mine_frames:
        if not (args.data / "train" / "attributions").is_dir():
            print(f"error: no PolNeAR train split under {args.data}", file=sys.stderr)
            return 2
        limit = args.limit or 400
        write_frames(mine_frames(args.data, limit), args.mine_frames, limit)
        print(f"wrote {args.mine_frames}")
        return 0
    if not (args.data / args.split / "attributions").is_dir():
        print(f"error: no PolNeAR {args.split} split under {args.data}", file=sys.stderr)
        return 2
    scores = evaluate(args.data, args.split, args.limit)
    print(json.dumps(scores, indent=2))
    if args.json:
        args.json.write_text(json.dumps(scores, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
