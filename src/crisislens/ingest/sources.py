"""Finding input files and reading their bytes safely.

Why a module of its own: a batch of thousands of files must never stop on one
bad file, and must not read a huge or binary file whole before refusing it. So
paths are walked lazily in a deterministic (sorted) order, size is checked from
``stat`` before opening, and decoding problems become :class:`InputProblem`
records that name the file and the reason.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

from crisislens.model import InputProblem

# 20 MB: far above any news article (a long feature is ~100 kB of HTML), low
# enough that one stray dump or video file cannot exhaust memory.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
JSON_SUFFIXES = (".json",)
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES + FEED_SUFFIXES
# Bytes looked at to tell a binary file from text.
SNIFF_BYTES = 8192
# Above this share of replaced characters the file is not text in any useful sense.
MAX_REPLACED_SHARE = 0.1


@dataclass
class Decoded:
    """A file's decoded text, and a warning when bytes had to be replaced."""

    text: str
    warning: str | None = None


def walk(path: str) -> Iterator[str | InputProblem]:
    """Yield the files under ``path`` (itself when it is a file), sorted, or problems.

    Hidden entries (dot files such as .DS_Store, .git) inside folders are skipped:
    they are never articles. A file named explicitly is always tried.
    """
    if not os.path.exists(path):
        if os.path.islink(path):
            yield InputProblem(path, "broken symbolic link")
        else:
            yield InputProblem(path, "no such file or folder")
        return
    if not os.path.isdir(path):
        yield path
        return
    # depth-first, entries in name order: "a.txt", "b/2.txt", "c.txt"
    stack: list[Iterator[os.DirEntry[str]]] = []
    listing = _list(path)
    if isinstance(listing, InputProblem):
        yield listing
        return
    stack.append(iter(listing))
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            yield entry.path
            continue
        listing = _list(entry.path)
        if isinstance(listing, InputProblem):
            yield listing
        else:
            stack.append(iter(listing))


def _list(folder: str) -> list[os.DirEntry[str]] | InputProblem:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return InputProblem(folder, f"cannot list folder: {exc.strerror or exc}")


def read_bytes(path: str, max_bytes: int) -> bytes | InputProblem:
    """The file's bytes, or a problem when it is too large, empty or unreadable."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        return InputProblem(path, f"cannot read: {exc.strerror or exc}")
    if size > max_bytes:
        return InputProblem(path, f"file is {size:,} bytes, over the limit of {max_bytes:,} (max_bytes)")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        return InputProblem(path, "is a folder")
    except OSError as exc:
        return InputProblem(path, f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:  # grew since stat, or a device/pipe
        return InputProblem(path, f"file is over the limit of {max_bytes:,} bytes (max_bytes)")
    if not data.strip():
        return InputProblem(path, "empty file")
    return data


def decode(data: bytes, source: str) -> Decoded | InputProblem:
    """Decode bytes as UTF-8 text; refuse binary data, replace (and report) invalid bytes.

    UTF-16 with a byte-order mark is accepted (some Windows tools write it); any
    other NUL byte means a binary file. Line endings become ``\\n`` as with any
    text-mode read, so offsets are the same whatever system wrote the file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(normalise_newlines(data.decode("utf-16")))
        except UnicodeDecodeError:
            return InputProblem(source, "binary file (broken UTF-16 text)")
    if b"\x00" in data[:SNIFF_BYTES]:
        return InputProblem(source, "binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")))
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad > MAX_REPLACED_SHARE * max(len(text), 1):
            return InputProblem(source, f"binary or non-UTF-8 file ({bad:,} undecodable bytes)")
        return Decoded(
            normalise_newlines(text),
            f"invalid UTF-8 (first bad byte at offset {exc.start}); "
            f"{bad:,} character(s) replaced with U+FFFD",
        )


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]{2,30})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_-]{2,30})""")


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML page or XML feed declares about itself, when it is not UTF-8.

    Pages in windows-1252 or Shift_JIS are common; decoding them as UTF-8 with
    replacement would mangle every accented name.
    """
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return None if codec == "utf-8" else codec


def decode_declared(data: bytes, source: str) -> Decoded | InputProblem:
    """Decode markup in the encoding it declares, else as UTF-8 (see :func:`decode`)."""
    codec = declared_encoding(data)
    if codec and b"\x00" not in data[:SNIFF_BYTES]:
        text = data.decode(codec, errors="replace")
        if "\ufffd" not in text:
            return Decoded(normalise_newlines(text))
    return decode(data, source)


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF, as Python's text-mode reading does."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
