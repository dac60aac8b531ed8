"""One reader per input kind: plain text, HTML, JSON Lines, JSON, RSS/Atom feeds.

Each reader turns decoded text into :class:`RawDoc` records (the article text
plus whatever metadata the source itself states, all marked GIVEN later) or
:class:`InputProblem` records, so that one bad line or item never loses the
good ones around it.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from crisislens.model import InputProblem

# Keys a plain-text header block may hold ("url: https://...") before a blank line.
HEADER_KEYS = {
    "url": "url", "link": "url", "source_url": "url",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
    "published": "published", "date": "published", "pubdate": "published",
    "published_at": "published",
    "title": "title", "headline": "title",
    "language": "language", "lang": "language",
    "author": "author", "byline": "author",
}
_HEADER_LINE = re.compile(r"^([A-Za-z_]{2,20})\s*:\s*(.*?)\s*$")
# Keys JSON objects may use for the same fields.
JSON_KEYS = {
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename"),
    "published": ("published", "date", "published_at", "pubdate"),
    "language": ("language", "lang"),
}
# Limits on what a JSON input may hold: news objects nest 2-4 levels and carry short
# numbers; beyond these a file is broken or hostile (Python's parser would raise
# RecursionError at ~1000 levels and ValueError at 4300 digits, and take the batch down).
MAX_JSON_DEPTH = 100
MAX_JSON_DIGITS = 100
# Strings (skipped whole by the regex engine) or a bracket that changes the depth.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_JSON_LONG_NUMBER = re.compile(rf"(?<![\w.\"])-?\d{{{MAX_JSON_DIGITS + 1},}}")

# htmldate (trafilatura's date finder) writes the publication stamp it finds (meta tags of
# Open Graph / schema.org / Dublin Core / CMS names, JSON-LD, ..., the first publication
# over a modification) in this form; a day alone comes out as a naive midnight.
HTML_STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_DAY_ONLY = re.compile(r"^\d{4}-\d\d-\d\dT00:00:00$")

_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "tr", "section", "article", "figure", "figcaption", "pre", "ul", "ol", "table",
}


@dataclass
class RawDoc:
    """An article as a reader found it, before cleaning and inference."""

    text: str
    source: str
    doc_name: str
    given: dict[str, str] = field(default_factory=dict)  # title/url/outlet/published/language


def read_text(text: str, source: str, doc_name: str) -> Iterator[RawDoc | InputProblem]:
    """Plain text, with an optional ``key: value`` header block ended by a blank line."""
    given, body = split_header(text)
    if not body.strip():
        yield InputProblem(source, "no article text (only a header block)")
        return
    yield RawDoc(body, source, doc_name, given)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split off a header block only when *every* line before the first blank line is a known key."""
    head, sep, rest = text.partition("\n\n")
    if not sep:
        return {}, text
    given: dict[str, str] = {}
    for line in head.split("\n"):
        m = _HEADER_LINE.match(line)
        if not m or m.group(1).lower() not in HEADER_KEYS:
            return {}, text
        if m.group(2):
            given[HEADER_KEYS[m.group(1).lower()]] = m.group(2)
    return given, rest.lstrip("\n")


def _given_from_json(obj: dict[str, Any]) -> dict[str, str]:
    given: dict[str, str] = {}
    for name, keys in JSON_KEYS.items():
        for key in keys:
            value = obj.get(key)
            if isinstance(value, str | int | float) and str(value).strip():
                given[name] = str(value).strip()
                break
    return given


def _from_object(obj: Any, source: str, doc_name: str, line: int | None) -> RawDoc | InputProblem:
    if not isinstance(obj, dict):
        return InputProblem(source, f"expected a JSON object, found {type(obj).__name__}", line=line)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "no 'text' field" if "text" not in obj else "'text' is empty or not a string"
        return InputProblem(source, f"JSON object has {what}", line=line)
    given = _given_from_json(obj)
    name = given.get("url") or doc_name
    return RawDoc(text.replace("\r\n", "\n"), source, name, given)


class JSONLimitError(ValueError):
    """A JSON text over a depth or number-size limit; ``line``/``column`` say where."""

    def __init__(self, reason: str, text: str, pos: int):
        self.reason = reason
        self.lineno = text.count("\n", 0, pos) + 1
        self.colno = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{reason} (line {self.lineno}, column {self.colno})")


def _check_depth(text: str) -> None:
    depth = 0
    for m in _JSON_TOKEN.finditer(text):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise JSONLimitError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels", text, m.start())
        elif ch in "]}":
            depth -= 1


def _number(kind: type) -> Any:
    def parse(digits: str) -> Any:
        if len(digits) > MAX_JSON_DIGITS:
            raise ValueError(digits)
        return kind(digits)

    return parse


def loads_limited(text: str) -> Any:
    """``json.loads`` that refuses deep nesting and huge numbers with a :class:`JSONLimitError`.

    Why: Python's parser recurses per level and converts every integer, so one
    hostile file would raise RecursionError or ValueError instead of a problem row.
    """
    _check_depth(text)
    try:
        return json.loads(text, parse_int=_number(int), parse_float=_number(float))
    except ValueError as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise
        m = _JSON_LONG_NUMBER.search(text)
        raise JSONLimitError(
            f"JSON number longer than {MAX_JSON_DIGITS} digits", text, m.start() if m else 0
        ) from None


def add_note(item: RawDoc, note: str) -> None:
    """Add a note to an article as read, keeping any note it already carries."""
    old = item.given.get("_note")
    item.given["_note"] = f"{old}; {note}" if old else note


def json_line(line: str, source: str, doc_name: str, number: int) -> RawDoc | InputProblem:
    """One line of a JSON Lines file (plain or streamed from .gz), with the JSON limits."""
    try:
        obj = loads_limited(line)
    except JSONLimitError as exc:
        return InputProblem(source, f"{exc.reason} (column {exc.colno}); line not read", line=number)
    except json.JSONDecodeError as exc:
        return InputProblem(source, f"malformed JSON line: {exc.msg} (column {exc.colno})", line=number)
    return _from_object(obj, source, f"{doc_name}#{number}", number)


def read_jsonl(text: str, source: str, doc_name: str) -> Iterator[RawDoc | InputProblem]:
    """One JSON object per line; a bad line is reported with its number and skipped.

    Several articles share a file, so each is named ``<file>#<line>`` (or by its URL).
    """
    found = False
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        item = json_line(line, source, doc_name, number)
        found = found or isinstance(item, RawDoc)
        yield item
    if not found and not text.strip():
        yield InputProblem(source, "no JSON lines")


def read_json(text: str, source: str, doc_name: str) -> Iterator[RawDoc | InputProblem]:
    """One object, a list of objects, or ``{"articles": [...]}``; list items are ``<file>#<n>``."""
    try:
        data = loads_limited(text)
    except JSONLimitError as exc:
        yield InputProblem(source, f"{exc.reason} (column {exc.colno}); file not read", line=exc.lineno)
        return
    except json.JSONDecodeError as exc:
        yield InputProblem(source, f"malformed JSON: {exc.msg} (column {exc.colno})", line=exc.lineno)
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        yield _from_object(data, source, doc_name, None)
        return
    if not isinstance(data, list):
        yield InputProblem(source, f"expected a JSON object or list, found {type(data).__name__}")
        return
    if not data:
        yield InputProblem(source, "empty JSON list")
    for n, obj in enumerate(data, 1):
        item = _from_object(obj, source, f"{doc_name}#{n}", None)
        if isinstance(item, InputProblem):
            item.reason = f"item {n}: {item.reason}"
        yield item


def read_html(text: str, source: str, doc_name: str) -> Iterator[RawDoc | InputProblem]:
    """Main text and metadata of a web page, by trafilatura's extractor."""
    import trafilatura  # heavy import, only when HTML is read
    from trafilatura.settings import set_date_params

    dates = {**set_date_params(), "outputformat": HTML_STAMP_FORMAT}
    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, date_extraction_params=dates)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken pages
        yield InputProblem(source, f"HTML could not be parsed: {exc}")
        return
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = data.get("text") or ""
    if not body.strip():
        yield InputProblem(source, "no article text found in the HTML page")
        return
    given = {}
    for name, key in (("title", "title"), ("url", "url"), ("outlet", "sitename"),
                      ("published", "date"), ("language", "language")):
        if data.get(key):
            given[name] = str(data[key]).strip()
    stamp = given.get("published")
    if stamp and _DAY_ONLY.match(stamp):
        given["published"] = stamp[:10]  # a day alone: no invented midnight
    elif stamp:
        given["published_at"] = stamp  # the time of day, which orders two reports of one day
    yield RawDoc(body, source, doc_name, given)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed item's content), one line per block element."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for el in root.iter("script", "style"):
        el.text = ""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(ln.split()) for ln in root.text_content().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_feed(text: str, source: str, doc_name: str) -> Iterator[RawDoc | InputProblem]:
    """Each RSS/Atom item with content (or a summary) becomes an article."""
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        why = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        yield InputProblem(source, f"not an RSS/Atom feed, or a feed with no items{why}")
        return
    outlet = (parsed.feed.get("title") or "").strip()
    for n, entry in enumerate(parsed.entries, 1):
        html = ""
        if entry.get("content"):
            html = "\n".join(c.get("value", "") for c in entry.content)
        html = html or entry.get("summary", "") or entry.get("description", "")
        body = html_to_text(html)
        if not body:
            yield InputProblem(source, f"feed item {n} has no content")
            continue
        given: dict[str, str] = {}
        if entry.get("title"):
            given["title"] = html_to_text(entry.title)
        if entry.get("link"):
            given["url"] = entry.link
        if outlet:
            given["outlet"] = outlet
        given.update(_feed_dates(entry))
        lang = entry.get("language") or parsed.feed.get("language")
        if lang:
            given["language"] = lang
        yield RawDoc(body, source, given.get("url") or f"{doc_name}#{n}", given)


def _feed_dates(entry: Any) -> dict[str, str]:  # noqa: ANN401 - a feedparser entry
    """A feed item's day (feedparser's UTC reading of pubDate / updated) and the stamp as
    written, whose time of day and offset give the publication moment."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return {}
    dates = {"published": time.strftime("%Y-%m-%d", stamp)}
    raw = entry.get("published") if entry.get("published_parsed") else entry.get("updated")
    if raw:
        dates["published_at"] = str(raw)
    return dates


READERS = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}


def reader_for(path: str):  # noqa: ANN201 - returns one of the readers above
    """The reader for a file's suffix, or None."""
    return READERS.get(os.path.splitext(path)[1].lower())
