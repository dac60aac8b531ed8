"""Finding quotation-mark spans in raw text, before any parsing.

Done on characters rather than tokens because the hard cases are about single
characters: ’ is both a closing single quote and the apostrophe in
"Pakistan’s" and "countries’"; " opens and closes; a quote may never close.
A quotation never runs past the end of its paragraph: news style reopens the
marks on each paragraph, so an unclosed mark stops at the line end (and is
flagged) instead of swallowing the rest of the article.
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“"}
DOUBLE_CLOSE = {"”", "»"}
SINGLE_OPEN = {"‘"}
SINGLE_CLOSE = {"’"}
# Characters after which a straight quote mark opens rather than closes.
_OPEN_CONTEXT = set(" \t\n([{—–-/:;,") | {""}
# Longest quotation we accept (characters); beyond it a mark was most likely unbalanced.
MAX_QUOTE_CHARS = 20_000


@dataclass
class MarkSpan:
    """One quotation: ``start``/``end`` bound the words inside the marks (cleaned offsets)."""

    start: int
    end: int
    open_start: int  # offset of the opening mark
    close_end: int  # offset just past the closing mark (or the paragraph end when unclosed)
    closed: bool
    single: bool  # single quotation marks (' ‘ ’)


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def find_quote_marks(text: str) -> list[MarkSpan]:
    """All quotations in ``text``, outermost only, in order; never raises."""
    spans: list[MarkSpan] = []
    pos = 0
    for para in text.split("\n"):
        spans.extend(_paragraph_quotes(para, pos))
        pos += len(para) + 1
    return spans


def _paragraph_quotes(para: str, base: int) -> list[MarkSpan]:
    out: list[MarkSpan] = []
    n = len(para)
    i = 0
    while i < n:
        ch = para[i]
        prev = para[i - 1] if i > 0 else ""
        nxt = para[i + 1] if i + 1 < n else ""
        if para.startswith(("''", "``"), i) and i + 2 < n and not para[i + 2].isspace():
            # ''quoted'' and ``quoted'': doubled marks used as double quotes (newswire, LaTeX)
            close = para.find("''", i + 2, i + 2 + MAX_QUOTE_CHARS)
            span = _make(para, base, i, close if close >= 0 else None, single=False)
            span.start += 1  # the second opening mark
            if close >= 0:
                span.close_end += 1
            out.append(span)
            i = close + 2 if close >= 0 else n
            continue
        if ch in DOUBLE_OPEN or (ch == '"' and nxt and not nxt.isspace()):
            close = _find_double_close(para, i + 1, DOUBLE_OPEN.get(ch, '"'))
            out.append(_make(para, base, i, close, single=False))
            i = (close + 1) if close is not None else n
            continue
        if ch in SINGLE_OPEN or (ch == "'" and prev in _OPEN_CONTEXT and _is_letter(nxt)):
            close = _find_single_close(para, i + 1)
            if close is not None:  # an unclosed single mark is an apostrophe or a typo
                out.append(_make(para, base, i, close, single=True))
                i = close + 1
                continue
        i += 1
    return [s for s in out if s.end > s.start]


def _find_double_close(para: str, start: int, expected: str) -> int | None:
    for j in range(start, min(len(para), start + MAX_QUOTE_CHARS)):
        c = para[j]
        if c == expected or c in DOUBLE_CLOSE or c == '"':
            return j
    return None


def _find_single_close(para: str, start: int) -> int | None:
    for j in range(start, min(len(para), start + MAX_QUOTE_CHARS)):
        c = para[j]
        if c not in SINGLE_CLOSE and c != "'":
            continue
        prev = para[j - 1] if j > 0 else ""
        nxt = para[j + 1] if j + 1 < len(para) else ""
        if _is_letter(prev) and _is_letter(nxt):
            continue  # it's, Pakistan's: an apostrophe inside a word
        if prev.isspace():
            continue
        if c == "’" and prev in "sS" and nxt == " " and _more_close_ahead(para, j + 1):
            continue  # countries’ (plural possessive) when a real close follows
        return j
    return None


def _more_close_ahead(para: str, start: int) -> bool:
    for j in range(start, len(para)):
        if para[j] in "’'" and not (
            j + 1 < len(para) and _is_letter(para[j - 1]) and _is_letter(para[j + 1])
        ):
            return True
    return False


def _make(para: str, base: int, open_i: int, close_i: int | None, single: bool) -> MarkSpan:
    start = open_i + 1
    end = close_i if close_i is not None else len(para)
    # words inside the marks, without surrounding blanks
    while start < end and para[start].isspace():
        start += 1
    while end > start and para[end - 1].isspace():
        end -= 1
    return MarkSpan(
        start=base + start,
        end=base + end,
        open_start=base + open_i,
        close_end=base + (close_i + 1 if close_i is not None else len(para)),
        closed=close_i is not None,
        single=single,
    )


def trim_quote_text(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing comma/colon/semicolon inside the marks (“…,” he said); keep . ! ?"""
    while end > start and text[end - 1] in ",;: ":
        end -= 1
    return start, end
