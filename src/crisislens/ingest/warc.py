"""WARC and WARC.gz: each HTML response record becomes an article (via the HTML reader).

Why its own reader: a crawl file (Common Crawl, CC-NEWS, a newsroom's own
archive) is gigabytes of records, so it is read record by record, never whole;
and one damaged gzip member must not lose the records after it. A .warc.gz is
a series of gzip members, one record each: members are decompressed one at a
time here, and a broken member is reported with the file and its byte offset,
then skipped by finding the next member that starts a WARC record.

Metadata: the record's WARC-Target-URI is the article's URL (and its name);
its WARC-Date (the crawl time) stands in as the publication date only when the
page states none, with a note saying so.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crisislens.ingest.readers import RawDoc, add_note, read_html
from crisislens.ingest.sources import decode_declared
from crisislens.model import InputProblem

WARC_SUFFIXES = (".warc", ".warc.gz")
BLOCK = 1 << 20
GZIP_MAGIC = b"\x1f\x8b\x08"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str, max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    """Every HTML response record of a WARC or WARC.gz file, in file order."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; the generator may stop early
    except OSError as exc:
        yield InputProblem(path, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        if path.lower().endswith(".gz"):
            for offset, data in gzip_members(fh, path, max_bytes):
                if isinstance(data, InputProblem):
                    yield data
                else:
                    yield from _records(io.BytesIO(data), path, offset, max_bytes)
        else:
            yield from _records(fh, path, 0, max_bytes)


def _records(stream: BinaryIO, path: str, base: int, max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    """The articles of an uncompressed WARC stream starting at file offset ``base``."""
    it = ArchiveIterator(stream)
    try:
        for record in it:
            yield from _article(record, path, base + (it.offset or 0), max_bytes)
    except (ArchiveLoadFailed, ValueError, EOFError) as exc:
        yield InputProblem(path, f"broken WARC record at byte offset {base + (it.offset or 0)}: {exc}; rest of the member skipped")


def _article(record, path: str, offset: int, max_bytes: int) -> Iterator[RawDoc | InputProblem]:  # noqa: ANN001 - a warcio record
    if record.rec_type != "response":
        return
    ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    if ctype and not ctype.lower().startswith(HTML_TYPES):
        return
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}@{offset}"
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        yield InputProblem(path, f"record at byte offset {offset} ({uri}) is over {max_bytes:,} bytes; skipped")
        return
    decoded = decode_declared(body, f"{path}@{offset}")
    if isinstance(decoded, InputProblem):
        yield decoded
        return
    for item in read_html(decoded.text, path, uri):
        if isinstance(item, RawDoc):
            _warc_metadata(item, uri, record.rec_headers.get_header("WARC-Date"))
        else:
            item.reason = f"record at byte offset {offset} ({uri}): {item.reason}"
        yield item


def _warc_metadata(doc: RawDoc, uri: str, warc_date: str | None) -> None:
    doc.given["url"] = uri
    doc.doc_name = uri
    if warc_date and not doc.given.get("published"):
        doc.given["published"] = warc_date[:10]
        doc.given["published_at"] = warc_date  # the crawl moment, UTC ("...Z")
        add_note(doc, "published: the page states no date; WARC-Date (crawl time) used")


def gzip_members(fh: BinaryIO, path: str, max_bytes: int) -> Iterator[tuple[int, bytes | InputProblem]]:
    """(offset, decompressed bytes) of each gzip member; a broken one gives a problem and is skipped."""
    buf, start = fh.read(BLOCK), 0
    while buf:
        data, end = _one_member(fh, buf, start, max_bytes)
        if isinstance(data, InputProblem):
            data.source = path
        yield start, data
        if end > start:
            fh.seek(end)
            buf, start = fh.read(BLOCK), end
        else:  # broken: look for the next member that starts a record
            buf, start = _resync(fh, start + 1)


def _one_member(fh: BinaryIO, buf: bytes, start: int, max_bytes: int) -> tuple[bytes | InputProblem, int]:
    """Decompress the member at ``start`` (its first bytes in ``buf``); returns (data, end offset).

    A broken member gives a problem and ``end == start``; one over ``max_bytes`` gives a
    problem and its true end (it is decompressed to find that end, but not kept).
    """
    d = zlib.decompressobj(31)
    out, fed, chunk, size = bytearray(), 0, buf, 0
    while True:
        try:
            piece = d.decompress(chunk)
        except zlib.error as exc:
            return InputProblem("", f"broken gzip member at byte offset {start}: {exc}; record skipped"), start
        fed += len(chunk)
        size += len(piece)
        if size <= max_bytes:
            out += piece
        if d.eof:
            end = start + fed - len(d.unused_data)
            if size > max_bytes:
                return InputProblem("", f"record at byte offset {start} is over {max_bytes:,} bytes; skipped"), end
            return bytes(out), end
        chunk = fh.read(BLOCK)
        if not chunk:
            return InputProblem("", f"file ends inside the gzip member at byte offset {start}; record skipped"), start


def _resync(fh: BinaryIO, pos: int) -> tuple[bytes, int]:
    """The next gzip member after ``pos`` that decompresses to a WARC record header."""
    fh.seek(pos)
    window, base = fh.read(BLOCK), pos
    while window:
        i = window.find(GZIP_MAGIC)
        while i >= 0:
            if _starts_record(window[i:]) or (len(window) - i < 64 and _starts_record(_peek(fh, base + i))):
                fh.seek(base + i)
                return fh.read(BLOCK), base + i
            i = window.find(GZIP_MAGIC, i + 1)
        base += max(len(window) - 2, 1)
        fh.seek(base)
        window = fh.read(BLOCK)
    return b"", base


def _peek(fh: BinaryIO, pos: int) -> bytes:
    fh.seek(pos)
    return fh.read(4096)


def _starts_record(data: bytes) -> bool:
    """Whether ``data`` begins a gzip member holding a WARC record (or its cut-off start at the end of the file)."""
    try:
        head = zlib.decompressobj(31).decompress(data[:4096], 16)
    except zlib.error:
        return False
    if len(data) < 4096:  # the last bytes of the file: a cut-off member still counts, to be reported
        return b"WARC/".startswith(head[:5])
    return head.startswith(b"WARC/")
