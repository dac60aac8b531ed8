"""Inputs read as a stream rather than whole: WARC(.gz), JSON Lines(.gz) and JSON.gz.

Why a separate path: these files are large (a crawl, a day of GDELT-scale news
as one .jsonl.gz), so they are never read into memory whole and the per-file
size limit applies to each record, not to the file. ``stream_reader_for`` is
the one hook ``ingest`` consults before its whole-file readers.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterator

from crisislens.ingest.readers import RawDoc, add_note, json_line, read_json
from crisislens.ingest.sources import decode
from crisislens.ingest.warc import read_warc
from crisislens.model import InputProblem

StreamReader = Callable[[str, int], Iterator[RawDoc | InputProblem]]
GZIP_ERRORS = (OSError, EOFError, zlib.error)  # gzip.BadGzipFile is an OSError


def read_jsonl_gz(path: str, max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    """One JSON object per line of a gzip file (or of a plain one), streamed; articles named ``<file>#<line>``."""
    name = os.path.basename(path)
    number = 0
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for number, raw in enumerate(fh, 1):  # noqa: B007 - the line count is reported below
                if raw.strip():
                    yield jsonl_record(raw, path, name, number, max_bytes)
    except GZIP_ERRORS as exc:
        yield InputProblem(path, f"broken gzip data after line {number}: {exc}; rest of the file skipped")
        return
    if number == 0:
        yield InputProblem(path, "no JSON lines")


def jsonl_record(raw: bytes, path: str, name: str, number: int, max_bytes: int) -> RawDoc | InputProblem:
    """One streamed JSON line as bytes: size limit, decoding (noted on the article), JSON limits."""
    if len(raw) > max_bytes:
        return InputProblem(path, f"line is {len(raw):,} bytes, over the limit of {max_bytes:,}", line=number)
    decoded = decode(raw, path)
    if isinstance(decoded, InputProblem):
        decoded.line = number
        return decoded
    item = json_line(decoded.text, path, name, number)
    if decoded.warning and isinstance(item, RawDoc):
        add_note(item, decoded.warning)
    return item


def read_json_gz(path: str, max_bytes: int) -> Iterator[RawDoc | InputProblem]:
    """A gzip-compressed .json file (one object, a list, or {"articles": [...]}), up to max_bytes unpacked."""
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except GZIP_ERRORS as exc:
        yield InputProblem(path, f"broken gzip file: {exc}")
        return
    if len(data) > max_bytes:
        yield InputProblem(path, f"unpacks to over the limit of {max_bytes:,} bytes (max_bytes)")
        return
    decoded = decode(data, path)
    if isinstance(decoded, InputProblem):
        yield decoded
        return
    yield from read_json(decoded.text, path, os.path.basename(path).removesuffix(".gz"))


STREAM_READERS: dict[str, StreamReader] = {
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".jsonl.gz": read_jsonl_gz,
    ".json.gz": read_json_gz,
}


def stream_reader_for(path: str, max_bytes: int | None = None) -> StreamReader | None:
    """The streaming reader for a file's (double) suffix, or None for the whole-file readers.

    A plain ``.jsonl`` file over ``max_bytes`` (a backfill dump) is streamed line by
    line, the limit then applying to each line; smaller ones keep the whole-file reader.
    """
    lower = path.lower()
    if lower.endswith(".jsonl") and max_bytes is not None and _size(path) > max_bytes:
        return read_jsonl_gz
    return next((r for suffix, r in STREAM_READERS.items() if lower.endswith(suffix)), None)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the whole-file reader reports it
