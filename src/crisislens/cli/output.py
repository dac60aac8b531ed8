"""Printing for every command: what the text says, exactly, and nothing Rich reads into it.

Why one module: Rich parses ``[...]`` in strings as markup, so a headline holding
"[/caption]" crashed a command and a quote "We will respond to [the] aggression"
lost its "[the]". Every string that comes from an article (or a file name, or a
stored note) goes through :func:`plain`, which makes a ``Text`` that Rich prints
verbatim; only our own fixed labels use markup. When output is not a terminal
(a pipe, a file, ``grep``), lines are not wrapped at 80 columns.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

# Width used when output is not a terminal: wide enough that no message or table
# row is folded, so each record stays on one line for grep and cut.
PIPE_WIDTH = 100_000


def make_console(stderr: bool = False) -> Console:
    """A console that never highlights, and never hard-wraps when it writes to a pipe or file."""
    console = Console(stderr=stderr, highlight=False)
    if not console.is_terminal:
        console = Console(stderr=stderr, highlight=False, width=PIPE_WIDTH, soft_wrap=True)
    return console


def cell(value: Any) -> str:
    """One value as text: dates as YYYY-MM-DD, missing values (None, NaN, NaT) as ''."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, dt.datetime):
        return _datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if _is_nat(value):
        return ""
    return str(value)


def _datetime(value: dt.datetime) -> str:
    """A DATE column read through pandas is a midnight Timestamp: print it as the day."""
    if _is_nat(value):
        return ""
    if value.time() == dt.time(0) and value.tzinfo is None:
        return value.date().isoformat()
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _is_nat(value: Any) -> bool:
    """pandas' NaT (not a date) without importing pandas for every command."""
    return type(value).__name__ == "NaTType"


# Control characters (other than newline and tab) shown as their Unicode control
# pictures: an article holding ESC [2J must not clear or recolour the terminal,
# and Rich would silently drop CR and VT; "␛[2J" shows what the text holds.
CONTROL_PICTURES = {c: 0x2400 + c for c in range(32) if chr(c) not in "\n\t"} | {0x7F: 0x2421}


def plain(value: Any, style: str = "") -> Text:
    """A value printed exactly as stored: no markup, no emoji codes, no highlighting.

    Only control characters change: each shows as its control picture (U+2400 block).
    """
    return Text(cell(value).translate(CONTROL_PICTURES), style=style)


def table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None,
          **options: Any) -> Table:
    """A Rich table whose every cell is :func:`plain` (a Text object stays as given)."""
    out = Table(*columns, title=plain(title) if title is not None else None, **options)
    for row in rows:
        out.add_row(*[v if isinstance(v, Text) else plain(v) for v in row])
    return out


def frame_table(frame: Any, title: str, columns: list[str]) -> Table:
    """A table of a DataFrame's columns (column names shown with spaces for underscores)."""
    out = Table(title=plain(title))
    for c in columns:
        out.add_column(c.replace("_", " "), overflow="fold")
    for row in frame[columns].itertuples(index=False):
        out.add_row(*[plain(v) for v in row])
    return out


def message(console: Console, label: str, style: str, text: Any) -> None:
    """``label: text`` with the label styled and the text verbatim."""
    console.print(Text.assemble((f"{label}:", style), " ", cell(text)))


def error(console: Console, text: Any) -> None:
    message(console, "error", "red", text)


def note(console: Console, text: Any) -> None:
    message(console, "note", "yellow", text)


def dim(text: str) -> Text:
    """Our own placeholder ("(unnamed)") in a cell, dimmed."""
    return Text(text, style="dim")
