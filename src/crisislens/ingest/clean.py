"""Boilerplate removal that never rewrites a character.

Why this shape: every fact crisislens extracts must point back to the exact
characters the outlet published. So cleaning only *selects* slices of the
original text (whole lines, or a line minus an embed link) and records them in
an offset map of ``(clean_start, orig_start, length)`` segments; the cleaned
text is the concatenation of those slices, and ``Article.to_original`` maps any
cleaned span back exactly. Newlines between kept lines are taken from the
original too, so the cleaned text keeps its line and paragraph structure.

The patterns live in ``data/boilerplate.tsv`` (kinds explained there); the
decisions that need context (a caption is a line that ends in a full date *and*
reads like a photo description, a rail heading drops the rest of the page only
when only headline-like lines follow it, a repeated line is dropped) are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

# A full date at the end of a line: "..., Pakistan, May 8, 2025." (wire caption style).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ENDS_WITH_FULL_DATE = re.compile(
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\s*\.?\s*$", re.I
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?:\s|$)")
# A break between two sentences inside a line (not after "U.S." or "Dr."): a caption has none.
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"”’')\]]*\s+(?=[A-Z\"“‘'])")
# A caption is one descriptive sentence, not a paragraph.
MAX_CAPTION_WORDS = 80
# Lines after a rail heading that look like article prose stop the "drop the rest" rule.
PROSE_MIN_WORDS = 30


@dataclass(frozen=True)
class Rules:
    """The compiled patterns of ``boilerplate.tsv``, grouped by kind."""

    line: tuple[re.Pattern[str], ...]
    rail: tuple[re.Pattern[str], ...]
    embed_link: tuple[re.Pattern[str], ...]
    embed_credit: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    caption_end: tuple[re.Pattern[str], ...]
    caption_cue: tuple[re.Pattern[str], ...]


@cache
def rules() -> Rules:
    """Load and compile the boilerplate patterns once per process."""
    groups: dict[str, list[re.Pattern[str]]] = {k: [] for k in Rules.__dataclass_fields__}
    text = resources.files("crisislens.ingest").joinpath("data/boilerplate.tsv").read_text("utf-8")
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) < 2 or parts[0] not in groups:
            raise ValueError(f"boilerplate.tsv:{number}: expected 'kind<TAB>regex<TAB>note'")
        groups[parts[0]].append(re.compile(parts[1], re.I))
    return Rules(**{k: tuple(v) for k, v in groups.items()})


@dataclass
class Cleaned:
    """The result of cleaning: text, its offset map, embedded-post spans, what was removed."""

    clean_text: str
    offset_map: list[tuple[int, int, int]]
    embedded_posts: list[tuple[int, int]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (kind, line) for inspection


@dataclass
class _Line:
    start: int  # offset of the first character in the original
    end: int  # offset after the last non-newline character
    nl_end: int  # offset after the line's newline (== end on the last line)
    keep: bool = True
    cuts: list[tuple[int, int]] = field(default_factory=list)  # removed runs inside the line
    is_post: bool = False


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            lines.append(_Line(pos, n, n))
            break
        lines.append(_Line(pos, nl, nl + 1))
        pos = nl + 1
    return lines


def _any(patterns: tuple[re.Pattern[str], ...], s: str) -> bool:
    return any(p.search(s) for p in patterns)


def _is_prose(s: str) -> bool:
    """A line that reads like article text: long, or several sentences."""
    words = len(s.split())
    return words >= PROSE_MIN_WORDS or (words >= 12 and len(_SENTENCE_END.findall(s)) >= 2)


def _is_caption(s: str, next_line: str | None, r: Rules) -> bool:
    if len(s.split()) > MAX_CAPTION_WORDS:
        return False
    for pat in r.caption_end:
        m = pat.search(s)
        # one descriptive sentence and its credit; two sentences are a story, not a caption
        if m and not _SENTENCE_BREAK.search(s[: m.start()]):
            return True
    if _ENDS_WITH_FULL_DATE.search(s) and not _SENTENCE_BREAK.search(s):
        followed_by_credit = next_line is not None and _any(r.credit, next_line)
        return followed_by_credit or _any(r.caption_cue, s)
    return False


def clean(text: str) -> Cleaned:
    """Remove page furniture from ``text`` by selecting slices of it (see module doc)."""
    r = rules()
    lines = _split_lines(text)
    stripped = [text[ln.start : ln.end].strip() for ln in lines]
    nonblank = [i for i, s in enumerate(stripped) if s]
    next_nonblank = {a: b for a, b in zip(nonblank, nonblank[1:] + [None], strict=True)}
    removed: list[tuple[str, str]] = []
    seen: set[str] = set()

    def drop(i: int, kind: str) -> None:
        lines[i].keep = False
        removed.append((kind, stripped[i]))

    for pos, i in enumerate(nonblank):
        s = stripped[i]
        if not lines[i].keep:
            continue
        nxt = next_nonblank[i]
        next_s = stripped[nxt] if nxt is not None else None
        key = " ".join(s.split())
        if key in seen:
            drop(i, "repeat")
            continue
        seen.add(key)
        if _any(r.embed_credit, s):
            drop(i, "embed_credit")
            # the post's own text is the kept line just above the credit
            for j in reversed(nonblank[:pos]):
                if lines[j].keep:
                    lines[j].is_post = True
                    break
            continue
        if _any(r.rail, s):
            drop(i, "rail")
            rest = nonblank[pos + 1 :]
            if rest and not any(_is_prose(stripped[j]) for j in rest):
                for j in rest:
                    if lines[j].keep:
                        drop(j, "rail_item")
            continue
        if _any(r.line, s):
            drop(i, "line")
            continue
        if _any(r.credit, s):
            drop(i, "credit")
            continue
        if _is_caption(s, next_s, r):
            drop(i, "caption")
            continue
        for pat in r.embed_link:
            for m in pat.finditer(text, lines[i].start, lines[i].end):
                lines[i].cuts.append((m.start(), m.end()))
                lines[i].is_post = True
        if lines[i].cuts and not text[lines[i].start : lines[i].end].strip(" \t"):
            drop(i, "embed_link")

    return _assemble(text, lines, removed)


def _line_pieces(text: str, ln: _Line) -> list[tuple[int, int]]:
    """The kept runs of one line: the line minus its cuts, trimmed of edge spaces left by a cut."""
    pieces: list[tuple[int, int]] = []
    pos = ln.start
    for a, b in sorted(ln.cuts):
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < ln.end:
        pieces.append((pos, ln.end))
    if ln.cuts:
        pieces = [(a, b) for a, b in pieces if text[a:b].strip()]
    return pieces


def _assemble(text: str, lines: list[_Line], removed: list[tuple[str, str]]) -> Cleaned:
    kept = [i for i, ln in enumerate(lines) if ln.keep and text[ln.start : ln.end].strip()]
    pieces: list[tuple[int, int]] = []
    post_spans_orig: list[tuple[int, int]] = []
    for k, i in enumerate(kept):
        ln = lines[i]
        line_pieces = _line_pieces(text, ln)
        if not line_pieces:
            continue
        pieces.extend(line_pieces)
        if ln.is_post:
            post_spans_orig.append((line_pieces[0][0], line_pieces[-1][1]))
        if k + 1 == len(kept):
            break
        if ln.end < ln.nl_end:
            pieces.append((ln.end, ln.nl_end))
        # keep one blank line where the original had a blank line between the two kept lines
        for b in lines[i + 1 : kept[k + 1]]:
            if b.end < b.nl_end and not text[b.start : b.end].strip():
                pieces.append((b.end, b.nl_end))
                break

    offset_map: list[tuple[int, int, int]] = []
    out: list[str] = []
    clean_pos = 0
    for a, b in pieces:
        if b <= a:
            continue
        if offset_map and offset_map[-1][1] + offset_map[-1][2] == a:
            cs, os_, length = offset_map[-1]
            offset_map[-1] = (cs, os_, length + b - a)
        else:
            offset_map.append((clean_pos, a, b - a))
        out.append(text[a:b])
        clean_pos += b - a

    embedded = [_to_clean(offset_map, a, b) for a, b in post_spans_orig]
    return Cleaned("".join(out), offset_map, [e for e in embedded if e], removed)


def _to_clean(offset_map: list[tuple[int, int, int]], a: int, b: int) -> tuple[int, int] | None:
    """Map an original span that lies inside kept text to the cleaned text (for post spans)."""
    start = end = None
    for cs, os_, length in offset_map:
        if start is None and os_ <= a < os_ + length:
            start = cs + a - os_
        if os_ < b <= os_ + length:
            end = cs + b - os_
    if start is None or end is None or end <= start:
        return None
    return start, end
