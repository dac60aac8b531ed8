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
when only headline-like lines follow it, a second copy of the headline is
dropped; any other repeated line is content and stays) are here.
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


@dataclass
class _Pass:
    """One cleaning pass over a text: its lines, their stripped form, what was dropped."""

    text: str
    lines: list[_Line]
    stripped: list[str]
    nonblank: list[int]
    rules: Rules
    removed: list[tuple[str, str]] = field(default_factory=list)
    title_key: str | None = None  # the first kept line if headline-like: a later copy is furniture
    title_decided: bool = False  # the first kept line has been seen (headline or not)

    def drop(self, i: int, kind: str) -> None:
        self.lines[i].keep = False
        self.removed.append((kind, self.stripped[i]))

    def next_text(self, pos: int) -> str | None:
        return self.stripped[self.nonblank[pos + 1]] if pos + 1 < len(self.nonblank) else None


def clean(text: str) -> Cleaned:
    """Remove page furniture from ``text`` by selecting slices of it (see module doc).

    Only known furniture goes: lines matching the patterns, captions, embed credits,
    rails, and a repeat of the headline (pages print it twice). Any other repeated
    line stays: table rows, interview questions and refrains are content.
    """
    lines = _split_lines(text)
    stripped = [text[ln.start : ln.end].strip() for ln in lines]
    p = _Pass(text, lines, stripped, [i for i, s in enumerate(stripped) if s], rules())
    for pos, i in enumerate(p.nonblank):
        if lines[i].keep:
            _clean_line(p, pos, i)
    return _assemble(text, lines, p.removed)


def _clean_line(p: _Pass, pos: int, i: int) -> None:
    """Decide one line: drop it (with its kind), cut embed links out of it, or keep it."""
    s, r = p.stripped[i], p.rules
    key = " ".join(s.split())
    if key == p.title_key:
        p.drop(i, "repeat")
    elif _any(r.embed_credit, s):
        p.drop(i, "embed_credit")
        _mark_post_above(p, pos)
    elif _any(r.rail, s):
        p.drop(i, "rail")
        _drop_rail_items(p, pos)
    elif (kind := _furniture_kind(s, p.next_text(pos), r)) is not None:
        p.drop(i, kind)
    else:
        _cut_embed_links(p, i)
    if not p.title_decided and p.lines[i].keep:
        # only the first kept line can be the headline, and a paragraph of prose is none
        p.title_decided = True
        p.title_key = None if _is_prose(s) else key


def _furniture_kind(s: str, next_s: str | None, r: Rules) -> str | None:
    if _any(r.line, s):
        return "line"
    if _any(r.credit, s):
        return "credit"
    if _is_caption(s, next_s, r):
        return "caption"
    return None


def _mark_post_above(p: _Pass, pos: int) -> None:
    """The post's own text is the kept line just above its credit."""
    for j in reversed(p.nonblank[:pos]):
        if p.lines[j].keep:
            p.lines[j].is_post = True
            return


def _drop_rail_items(p: _Pass, pos: int) -> None:
    """After a rail heading, drop the rest when only headline-like lines follow."""
    rest = p.nonblank[pos + 1 :]
    if rest and not any(_is_prose(p.stripped[j]) for j in rest):
        for j in rest:
            if p.lines[j].keep:
                p.drop(j, "rail_item")


def _cut_embed_links(p: _Pass, i: int) -> None:
    ln = p.lines[i]
    for pat in p.rules.embed_link:
        for m in pat.finditer(p.text, ln.start, ln.end):
            ln.cuts.append((m.start(), m.end()))
            ln.is_post = True
    if ln.cuts and not p.text[ln.start : ln.end].strip(" \t"):
        p.drop(i, "embed_link")


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
    pieces, post_spans_orig = _kept_pieces(text, lines)
    offset_map = _offset_map(pieces)
    clean_text = "".join(text[os_ : os_ + length] for _, os_, length in offset_map)
    embedded = [_to_clean(offset_map, a, b) for a, b in post_spans_orig]
    return Cleaned(clean_text, offset_map, [e for e in embedded if e], removed)


def _kept_pieces(text: str, lines: list[_Line]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Original spans to keep, in order (lines, their newlines, one blank line where there was
    one), and the original spans of embedded posts."""
    kept = [i for i, ln in enumerate(lines) if ln.keep and text[ln.start : ln.end].strip()]
    pieces: list[tuple[int, int]] = []
    posts: list[tuple[int, int]] = []
    for k, i in enumerate(kept):
        ln = lines[i]
        line_pieces = _line_pieces(text, ln)
        if not line_pieces:
            continue
        pieces.extend(line_pieces)
        if ln.is_post:
            posts.append((line_pieces[0][0], line_pieces[-1][1]))
        if k + 1 == len(kept):
            break
        if ln.end < ln.nl_end:
            pieces.append((ln.end, ln.nl_end))
        blank = next((b for b in lines[i + 1 : kept[k + 1]]
                      if b.end < b.nl_end and not text[b.start : b.end].strip()), None)
        if blank is not None:
            pieces.append((blank.end, blank.nl_end))
    return pieces, posts


def _offset_map(pieces: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(clean_start, orig_start, length)`` segments, adjacent pieces merged."""
    offset_map: list[tuple[int, int, int]] = []
    clean_pos = 0
    for a, b in pieces:
        if b <= a:
            continue
        if offset_map and offset_map[-1][1] + offset_map[-1][2] == a:
            cs, os_, length = offset_map[-1]
            offset_map[-1] = (cs, os_, length + b - a)
        else:
            offset_map.append((clean_pos, a, b - a))
        clean_pos += b - a
    return offset_map


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
