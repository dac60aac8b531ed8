"""Any text prints unchanged through the CLI's printing (cli/output.py)."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from crisislens.cli.output import PIPE_WIDTH, plain, table

# Printable text as articles hold it: any letters, marks, brackets, emoji codes, newlines.
_CHARS = st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2028\u2029")
                 | st.sampled_from("[]/\n\\:"), max_size=30)
_MARKUP = st.sampled_from(["[/caption]", "[bold]", "[/]", ":thumbs_up:", "[the]", "[link=x]", "\\[b]"])
TEXT = st.lists(_CHARS | _MARKUP, max_size=8).map("".join)


def _pipe() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, highlight=False, width=PIPE_WIDTH, soft_wrap=True), buf


@given(TEXT)
def test_any_text_prints_unchanged(text):
    console, buf = _pipe()
    console.print(plain(text))
    assert buf.getvalue() == text + "\n"


@given(st.text(max_size=60))
def test_control_characters_show_as_pictures_and_nothing_else_changes(text):
    console, buf = _pipe()
    console.print(plain(text))
    shown = buf.getvalue()[:-1]
    expected = "".join(chr(0x2400 + ord(c)) if ord(c) < 32 and c not in "\n\t" else
                       "\u2421" if c == "\x7f" else c for c in text)
    assert shown == expected.expandtabs(8) or "\t" in text
    assert "\x1b" not in shown and "\r" not in shown


@given(st.lists(TEXT.filter(lambda t: "\n" not in t), min_size=1, max_size=4))
def test_table_cells_keep_their_text(cells):
    console, buf = _pipe()
    console.print(table([f"c{i}" for i in range(len(cells))], [cells]))
    out = buf.getvalue()
    for c in cells:
        assert c.strip() in out
