"""Finding input files and reading their bytes safely.

Why a module of its own: a batch of thousands of files must never stop on one
bad file, and must not read a huge or binary file whole before refusing it. So
paths are walked lazily in a deterministic (sorted) order, size is checked from
``stat`` before opening, and decoding problems become :class:`InputProblem`
records that name the file and the reason.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
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
    """Yield the regular files under ``path`` (itself when it is a file), sorted, or problems.

    Hidden entries (dot files such as .DS_Store, .git) inside folders are skipped:
    they are never articles. A file named explicitly is always tried. Only regular
    files are yielded: a named pipe would block the run for ever, a device or
    socket is not an article. A symbolic link is followed once; a folder reached
    a second time (a link loop, found by its device and inode) is named and skipped.
    """
    kind = file_kind(path)
    if kind != "folder":
        yield path if kind == "file" else InputProblem(path, kind)
        return
    seen: set[tuple[int, int]] = set()
    yield from _walk_folder(path, seen)


def file_kind(path: str) -> str:
    """"file", "folder", or the reason the path is not read (without opening it)."""
    try:
        st = os.stat(path)  # follows symbolic links; ELOOP for a link to itself
    except OSError as exc:
        return _stat_failure(path, exc)
    if stat.S_ISDIR(st.st_mode):
        return "folder"
    if stat.S_ISREG(st.st_mode):
        return "file"
    return f"is {_special_kind(st.st_mode)}, not a regular file; skipped"


def _stat_failure(path: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link leads back to itself); skipped"
    if os.path.islink(path):
        return "broken symbolic link"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    return f"cannot read: {exc.strerror or exc}"


def _special_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


_Frame = tuple[tuple[int, int], Iterator[os.DirEntry[str]]]  # a folder's (device, inode), its entries


def _walk_folder(folder: str, seen: set[tuple[int, int]]) -> Iterator[str | InputProblem]:
    """Depth-first, entries in name order: "a.txt", "b/2.txt", "c.txt"."""
    stack: list[_Frame] = []
    problem = _enter(folder, seen, stack)
    if problem is not None:
        yield problem
    while stack:
        entry = next(stack[-1][1], None)
        if entry is None:
            stack.pop()
        elif not entry.name.startswith("."):
            kind = file_kind(entry.path)
            if kind == "folder":
                problem = _enter(entry.path, seen, stack)
                if problem is not None:
                    yield problem
            else:
                yield entry.path if kind == "file" else InputProblem(entry.path, kind)


def _enter(folder: str, seen: set[tuple[int, int]], stack: list[_Frame]) -> InputProblem | None:
    """Push a folder's listing, unless it was entered before or cannot be listed.

    A folder that is one of those being walked (an ancestor) is a link loop; one
    read before through another path (a second link to it) is read only once.
    """
    try:
        st = os.stat(folder)
    except OSError as exc:
        return InputProblem(folder, _stat_failure(folder, exc))
    key = (st.st_dev, st.st_ino)
    if any(key == k for k, _ in stack):
        return InputProblem(folder, "symbolic link loop (leads back to a folder above it); not followed")
    if key in seen:
        return InputProblem(folder, "folder already read through another path (symbolic link); not read twice",
                            fatal=False)
    seen.add(key)
    listing = _list(folder)
    if isinstance(listing, InputProblem):
        return listing
    stack.append((key, iter(listing)))
    return None


def _list(folder: str) -> list[os.DirEntry[str]] | InputProblem:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return InputProblem(folder, f"cannot list folder: {exc.strerror or exc}")


def _nonblocking(path: str, flags: int) -> int:
    """Open without blocking: a file swapped for a pipe after ``stat`` cannot hang the run."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def read_bytes(path: str, max_bytes: int) -> bytes | InputProblem:
    """The file's bytes, or a problem when it is too large, empty, unreadable or not a file."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        return InputProblem(path, _stat_failure(path, exc))
    if size > max_bytes:
        return InputProblem(path, f"file is {size:,} bytes, over the limit of {max_bytes:,} (max_bytes)")
    try:
        with open(path, "rb", opener=_nonblocking) as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if not stat.S_ISREG(mode):
                return InputProblem(path, f"is {_special_kind(mode)}, not a regular file; skipped")
            data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        return InputProblem(path, "is a folder")
    except OSError as exc:
        return InputProblem(path, f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:  # grew since stat
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
