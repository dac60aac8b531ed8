"""Ingestion: files, folders and stdin in; cleaned :class:`Article` records out.

Readers (chosen by suffix, see ``SUPPORTED_SUFFIXES``):

- ``.txt``: plain text, with an optional header block of ``key: value`` lines
  (url, outlet, published, title, language) ended by a blank line;
- ``.html``/``.htm``: main text, title, date and site name by trafilatura;
- ``.jsonl``: one JSON object per line; ``.json``: one object, a list of them,
  or ``{"articles": [...]}``; ``text`` is required, ``title``, ``url``,
  ``outlet``, ``published``, ``language`` optional;
- ``.xml``/``.rss``/``.atom``: each feed item with content (feedparser), its
  HTML stripped;
- ``-``: stdin, as plain text (one article), or JSON Lines when it starts with
  ``{``, read line by line as it arrives (the size limit applies to each line).

Folders are walked recursively in sorted order (dot files skipped). Several
articles from one file are named ``<file>#<n>`` (``n`` the line of a JSON Lines
file, the item number otherwise), or by their URL when they have one.

Every article is cleaned (``clean.py``: boilerplate lines removed, embedded posts
marked, an exact offset map kept). Metadata carries its provenance in the
``*_how`` fields (constants of :mod:`crisislens.model`):

- GIVEN: stated by the source (header, JSON field, HTML metadata, feed item);
- FROM_DATELINE: read from the dateline ("ISLAMABAD, May 8 (Alliance News) –"),
  its year written there or taken from the article's own full dates;
- FROM_TEXT: the latest full date in the cleaned text ("May 7, 2025") or a
  "Published:" line; the first line as title when it reads like a headline;
  the language detected by lingua; the outlet from the URL's domain;
- FROM_BATCH: a dateline's month and day completed with the one year that the
  articles dated by themselves within ``YEAR_WINDOW`` (1,000) places of it in
  the input agree on (every other article, in an input that size or smaller);
- FROM_OPTION: completed with the ``year`` argument;
- UNKNOWN: nothing to go on; never today's date.

Problems (:class:`InputProblem`) are yielded as soon as found and never stop the
batch. Articles are yielded in input order as they are read, except that an
article that needs its neighbours' year waits, with those read after it, until
``YEAR_WINDOW`` more articles have been read (or the input ends): at most that
many articles are ever held, however long the input.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, TextIO

from crisislens.ingest import dates, metadata
from crisislens.ingest.clean import clean
from crisislens.ingest.readers import RawDoc, add_note, read_jsonl, read_text, reader_for
from crisislens.ingest.sources import (
    DEFAULT_MAX_BYTES,
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    SNIFF_BYTES,
    SUPPORTED_SUFFIXES,
    Decoded,
    decode,
    decode_declared,
    normalise_newlines,
    read_bytes,
    walk,
)
from crisislens.model import (
    FROM_BATCH,
    FROM_DATELINE,
    FROM_OPTION,
    FROM_TEXT,
    GIVEN,
    UNKNOWN,
    Article,
    InputProblem,
    stable_id,
)

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "iter_inputs", "normalised_text"]

STDIN = "-"
# How far around a year-less dateline the input is searched for the year: the bound on
# the articles held back (a backfill of millions streams; a day's folder is all one window).
YEAR_WINDOW = 1000


def iter_inputs(
    paths: list[str],
    *,
    year: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | None = None,
) -> Iterator[Article | InputProblem]:
    """Read every input under ``paths`` and yield Articles and InputProblems (see module doc)."""
    window = _YearWindow(year)
    languages: Counter[str] = Counter()
    for item in _iter_raw(paths, max_bytes, stdin):
        if isinstance(item, InputProblem):
            yield item
            continue
        try:
            pending = _prepare(item)
        except Exception as exc:  # noqa: BLE001 - one odd article must not stop the batch
            yield InputProblem(item.source, f"could not process {item.doc_name}: {exc!r}")
            continue
        _batch_language(pending.article, languages)
        if not pending.article.clean_text.strip():
            yield InputProblem(item.source, f"{item.doc_name}: cleaning left no text", fatal=False)
        yield from window.add(pending)
    yield from window.finish()


class _YearWindow:
    """Articles in input order; one with a year-less dateline waits for ``YEAR_WINDOW`` more.

    Its year is the one year that the self-dated articles within ``YEAR_WINDOW``
    places on either side agree on. Keeping counts of the years behind (already
    yielded) and ahead (held) makes each decision O(distinct years), and the
    articles held never exceed ``YEAR_WINDOW + 1``.
    """

    def __init__(self, option_year: int | None):
        self.option_year = option_year
        self.held: deque[tuple[int, _Pending]] = deque()
        self.behind: deque[int | None] = deque()
        self.years_behind: Counter[int] = Counter()
        self.years_ahead: Counter[int] = Counter()
        self.read = 0

    def add(self, pending: _Pending) -> Iterator[Article]:
        self.held.append((self.read, pending))
        self.read += 1
        if pending.year_evidence is not None:
            self.years_ahead[pending.year_evidence] += 1
        yield from self._release(final=False)

    def finish(self) -> Iterator[Article]:
        yield from self._release(final=True)

    def _release(self, final: bool) -> Iterator[Article]:
        while self.held:
            index, head = self.held[0]
            if head.needs_year:
                if not final and self.read - index <= YEAR_WINDOW:
                    return  # its window is not read yet
                head.complete_year(self._agreed_year(), self.option_year)
            self.held.popleft()
            self._pass(head.year_evidence)
            yield head.article

    def _agreed_year(self) -> int | None:
        years = {y for y, n in (self.years_behind + self.years_ahead).items() if n > 0}
        return next(iter(years)) if len(years) == 1 else None

    def _pass(self, evidence: int | None) -> None:
        """An article leaves the held part: its year now counts behind, for YEAR_WINDOW articles."""
        if evidence is not None:
            self.years_ahead[evidence] -= 1
            self.years_behind[evidence] += 1
        self.behind.append(evidence)
        if len(self.behind) > YEAR_WINDOW and (old := self.behind.popleft()) is not None:
            self.years_behind[old] -= 1


def _batch_language(art: Article, languages: Counter[str]) -> None:
    """A text too short to identify takes the language of the batch read so far, with a note."""
    if art.language:
        languages[art.language] += 1
    elif art.clean_text.strip():
        if languages:
            art.language, art.language_how = languages.most_common(1)[0][0], FROM_BATCH
            art.notes.append(f"language: text too short to identify; {art.language!r} from the batch")
        else:
            art.notes.append("language: text too short to identify")


def normalised_text(text: str) -> str:
    """NFC with whitespace collapsed: what the article id is computed from."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass
class _Pending:
    article: Article
    dateline: dates.Dateline | None = None
    year_evidence: int | None = None  # the year this article dates itself to, for the batch
    needs_year: bool = False
    notes: list[str] = field(default_factory=list)

    def complete_year(self, batch_year: int | None, option_year: int | None) -> None:
        """Finish a dateline date whose year the article itself does not give."""
        a, dl = self.article, self.dateline
        assert dl is not None and dl.month_day is not None
        for y, how, where in ((batch_year, FROM_BATCH, "the articles around it in the input"),
                              (option_year, FROM_OPTION, "the year option")):
            if y is None:
                continue
            d = dates.with_year(dl.month_day, y)
            if d is not None:
                a.published, a.published_how = d.isoformat(), how
                a.notes.append(f"published: dateline '{dl.month_day}', year {y} from {where}")
                return
        a.notes.append(f"published: dateline '{dl.month_day}' gives no year and none could be inferred")


def _prepare(raw: RawDoc) -> _Pending:
    """Clean one article and infer what can be inferred from it alone."""
    text = raw.text
    cleaned = clean(text)
    given = raw.given
    art = Article(
        id=stable_id(normalised_text(text)),
        doc_name=raw.doc_name,
        source=raw.source,
        text=text,
        clean_text=cleaned.clean_text,
        offset_map=cleaned.offset_map,
        embedded_posts=cleaned.embedded_posts,
        url=given.get("url"),
    )
    if given.get("_note"):
        art.notes.append(given["_note"])
    if not cleaned.clean_text.strip():
        art.notes.append("cleaning left no text: every line looked like page furniture")
    pending = _Pending(art)
    dl = dates.find_dateline(cleaned.clean_text)
    pending.dateline = dl

    art.outlet, art.outlet_how, note = metadata.infer_outlet(
        given.get("outlet"), dl.agency if dl else None, art.url
    )
    if note:
        art.notes.append(note)
    if given.get("title"):
        art.title, art.title_how = given["title"], GIVEN
    elif (title := metadata.title_from_text(cleaned.clean_text)) is not None:
        art.title, art.title_how = title, FROM_TEXT
    art.language, art.language_how = metadata.infer_language(given.get("language"), cleaned.clean_text)
    _infer_published(pending, given.get("published"))
    _published_moment(art, given.get("published_at") or given.get("published"))
    if art.published:
        pending.year_evidence = int(art.published[:4])
    elif not pending.needs_year:
        pending.year_evidence = dates.year_from_text(text)
    return pending


def _published_moment(a: Article, stamp: str | None) -> None:
    """The publication time from the given stamp, when the day was given too: its wall-clock
    time and offset (``published_local``, ``published_offset``, the offset "unknown" when
    the stamp states none) and the UTC moment (``published_at``, only with a known offset).

    Why the check: ``published`` is the day the input states and stays as it was; a
    time is kept only when it is of that day (its own local day, or its UTC day), so the
    fields never tell different stories. A day alone gives none. The stamp is parsed
    once (``metadata.given_time``) for its day, its clock and its moment."""
    if a.published_how != GIVEN or not stamp:
        return
    given = metadata.given_time(stamp)
    if given is None:
        return
    utc = given.utc
    if a.published not in (given.day, utc[:10] if utc else None):
        a.notes.append(f"published_at: stamp {stamp!r} is not of the given day {a.published}; not kept")
        return
    a.published_at, a.published_local, a.published_offset = utc, given.local_text, given.offset_text


def _infer_published(pending: _Pending, given: str | None) -> None:
    """Publication date: given > dateline > "Published:" line > latest full date in the text."""
    a, dl = pending.article, pending.dateline
    if given:
        iso = metadata.normalise_given_date(given)
        if iso:
            a.published, a.published_how = iso, GIVEN
            return
        a.notes.append(f"published: given value {given!r} is not a date; inferring instead")
    if dl is not None and dl.month_day is not None:
        y = dl.year or dates.year_from_text(a.text)
        if y is not None and (d := dates.with_year(dl.month_day, y)) is not None:
            a.published, a.published_how = d.isoformat(), FROM_DATELINE
            if dl.year is None:
                a.notes.append(f"published: dateline '{dl.month_day}', year {y} from the text")
            return
        if y is None:
            pending.needs_year = True
            return
    d = dates.find_published_line(a.text)
    if d is None:
        # dates in removed lines (photo captions, post credits) date the photo or the post
        found = dates.full_dates(a.clean_text)
        d = max(found) if found else None
    if d is not None:
        a.published, a.published_how = d.isoformat(), FROM_TEXT
        a.notes.append(f"published: {d.isoformat()} guessed from a full date in the text")
    else:
        a.published_how = UNKNOWN


def _iter_raw(paths: list[str], max_bytes: int, stdin: TextIO | None) -> Iterator[RawDoc | InputProblem]:
    if isinstance(paths, str):  # a lone path string would be iterated character by character
        paths = [paths]
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
            continue
        for found in walk(path):
            if isinstance(found, InputProblem):
                yield found
            else:
                yield from _read_file(found, max_bytes)


def _read_file(path: str, max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    from crisislens.ingest.archives import stream_reader_for  # WARC, .jsonl.gz: read as streams

    if (stream := stream_reader_for(path, max_bytes)) is not None:
        yield from guarded(stream(path, max_bytes), path)
        return
    reader = reader_for(path)
    if reader is None:
        suffix = os.path.splitext(path)[1] or "(none)"
        yield InputProblem(
            path, f"unsupported file type {suffix}; supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
        return
    data = read_bytes(path, max_bytes)
    if isinstance(data, InputProblem):
        yield data
        return
    markup = path.lower().endswith(HTML_SUFFIXES + FEED_SUFFIXES)
    decoded = decode_declared(data, path) if markup else decode(data, path)
    if isinstance(decoded, InputProblem):
        yield decoded
        return
    if decoded.warning:
        yield InputProblem(path, decoded.warning, fatal=False)
    yield from _with_warning(guarded(reader(decoded.text, path, os.path.basename(path)), path), decoded)


def guarded(items: Iterator[RawDoc | InputProblem], source: str) -> Iterator[RawDoc | InputProblem]:
    """Pass a reader's items through; a reader that fails becomes one problem naming where.

    Readers wrap third-party parsers (trafilatura, feedparser, lxml) whose errors
    are not all known; whatever one raises costs that file (from the failing
    item on), never the batch.
    """
    n = 0
    try:
        for item in items:
            n += 1
            yield _flag_nul(item)
    except Exception as exc:  # noqa: BLE001 - any reader failure is one problem row, not a crash
        yield InputProblem(source, f"reader failed after {n} item(s): {type(exc).__name__}: {exc}"[:500])


def _flag_nul(item: RawDoc | InputProblem) -> RawDoc | InputProblem:
    """Note NUL characters (binary debris, or \\u0000 in JSON) in an article's text."""
    if isinstance(item, RawDoc) and "\x00" in item.text:
        add_note(item, f"text holds {item.text.count(chr(0)):,} NUL character(s) (U+0000), kept as read")
    return item


def _with_warning(items: Iterator[RawDoc | InputProblem], decoded: Decoded) -> Iterator[RawDoc | InputProblem]:
    """Pass items through, recording a decoding warning in each article's notes."""
    for item in items:
        if isinstance(item, RawDoc) and decoded.warning:
            add_note(item, decoded.warning)
        yield item


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    """stdin as it arrives: JSON Lines line by line, else the whole of it as one plain-text article.

    Bytes are read when the stream has them and decoded exactly as a file's are.
    The first line that is not blank decides: ``{`` opens JSON Lines.
    """
    source = getattr(stream, "buffer", None) or stream
    try:
        first, number = _first_line(source, max_bytes)
    except (OSError, UnicodeDecodeError) as exc:
        yield InputProblem(STDIN, f"cannot read stdin: {type(exc).__name__}")
        return
    if _opens_json(first):
        yield from _renamed(guarded(_stdin_lines(source, first, number, max_bytes), STDIN))
    else:
        yield from _stdin_whole(source, first, max_bytes)


def _first_line(source: IO, max_bytes: int) -> tuple[bytes | str, int]:
    """The input up to and including its first line that is not blank, and that line's number."""
    head = source.readline(max_bytes + 1)
    number = 1
    while head and not head.strip() and len(head) <= max_bytes:
        line = source.readline(max_bytes + 1)
        if not line:
            break
        head += line
        number += 1
    return head, number


def _opens_json(first: bytes | str) -> bool:
    if isinstance(first, bytes):
        return first.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")
    return first.removeprefix("\ufeff").lstrip().startswith("{")


def _stdin_lines(source: IO, first: bytes | str, number: int, max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    """JSON Lines from stdin, each line read, checked and parsed as it arrives."""
    from crisislens.ingest.archives import jsonl_record

    line = _as_bytes(first).removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n \t")
    while line:
        if len(line) > max_bytes:
            yield InputProblem(STDIN, f"line is over the limit of {max_bytes:,} bytes", line=number)
            _skip_rest_of_line(source, line)
        elif line.strip():
            yield jsonl_record(line, STDIN, "stdin", number, max_bytes)
        line = _as_bytes(source.readline(max_bytes + 1))
        number += 1


def _as_bytes(line: bytes | str) -> bytes:
    return line if isinstance(line, bytes) else line.encode("utf-8", "surrogatepass")


def _skip_rest_of_line(source: IO, line: bytes) -> None:
    """Read past the rest of an over-long line without holding it."""
    while line and not line.endswith(b"\n"):
        line = _as_bytes(source.readline(1 << 20))


def _stdin_whole(source: IO, first: bytes | str, max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    """Plain text on stdin: one article, read whole (up to ``max_bytes``)."""
    try:
        data = first + source.read(max_bytes + 1 - len(first))
    except (OSError, UnicodeDecodeError) as exc:
        yield InputProblem(STDIN, f"cannot read stdin: {type(exc).__name__}")
        return
    decoded = _stdin_decode(data, max_bytes)
    if isinstance(decoded, InputProblem):
        yield decoded
        return
    if not decoded.text.strip():
        yield InputProblem(STDIN, "empty input on stdin")
        return
    if decoded.warning:
        yield InputProblem(STDIN, decoded.warning, fatal=False)
    text = decoded.text
    if text.lstrip().startswith("{"):  # JSON Lines in UTF-16, seen only once decoded
        items = _renamed(read_jsonl(text, STDIN, "stdin"))
    else:
        items = read_text(text, STDIN, "stdin")
    yield from _with_warning(guarded(items, STDIN), decoded)


def _stdin_decode(data: bytes | str, max_bytes: int) -> Decoded | InputProblem:
    """Decode what stdin gave exactly as a file's bytes are decoded."""
    if len(data) > max_bytes:
        return InputProblem(STDIN, f"stdin is over the limit of {max_bytes:,} bytes (max_bytes)")
    if isinstance(data, bytes):
        return decode(data, STDIN)
    if "\x00" in data[:SNIFF_BYTES]:
        return InputProblem(STDIN, "binary data on stdin (NUL bytes), not text")
    return Decoded(normalise_newlines(data))


def _renamed(items: Iterator[RawDoc | InputProblem]) -> Iterator[RawDoc | InputProblem]:
    """JSON Lines on stdin are named ``stdin:<line>``."""
    for item in items:
        if isinstance(item, RawDoc) and item.doc_name.startswith("stdin#"):
            item.doc_name = "stdin:" + item.doc_name[len("stdin#"):]
        yield item
