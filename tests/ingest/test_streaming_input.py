"""Bounded streaming: year-less datelines wait only for a window, stdin is read as it arrives."""

from __future__ import annotations

import io
import json

import pytest

import crisislens.ingest as ingest
from crisislens.ingest import iter_inputs
from crisislens.model import FROM_BATCH, FROM_OPTION, GIVEN, UNKNOWN, Article

WINDOW = 5
DATELINED = "ISLAMABAD, May 8 (Alliance News) – Deputy Prime Minister Ishaq Dar confirmed that the NSAs made contact."


def _dated(i: int, year: int) -> str:
    return json.dumps({"text": f"Officials in district {i} said the bridge had reopened.",
                       "published": f"{year}-03-{1 + i % 28:02d}", "language": "en"})


def _yearless(i: int) -> str:
    """A wire dateline with month and day only, and no other year in the text."""
    return json.dumps({"text": f"{DATELINED} Talks resume in round {i}.", "language": "en"})


class CountingStream(io.TextIOWrapper):
    """stdin over bytes, counting the lines handed out so far."""

    def __init__(self, lines: list[str]):
        self.raw_bytes = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))
        super().__init__(self.raw_bytes, encoding="utf-8")

    def lines_read(self) -> int:
        return self.raw_bytes.getvalue()[: self.raw_bytes.tell()].count(b"\n")


@pytest.fixture
def window(monkeypatch):
    monkeypatch.setattr(ingest, "YEAR_WINDOW", WINDOW)


def test_a_yearless_dateline_waits_for_the_window_not_the_whole_input(window):
    stream = CountingStream([_yearless(0)] + [_dated(i, 2025) for i in range(1, 60)])
    items = iter_inputs(["-"], stdin=stream)
    first = next(items)
    assert isinstance(first, Article)
    assert (first.published, first.published_how) == ("2025-05-08", FROM_BATCH)
    assert stream.lines_read() <= WINDOW + 2  # the article, its window, at most one line ahead
    rest = [a for a in items if isinstance(a, Article)]
    assert len(rest) == 59 and all(a.published_how == GIVEN for a in rest)


def test_the_year_comes_from_the_articles_around_it(window):
    lines = [_dated(i, 2024) for i in range(10)] + [_dated(i, 2025) for i in range(10, 20)]
    for i in (3, 12, 17):  # 3 among 2024 only; 12 with both years within 5; 17 among 2025 only
        lines[i] = _yearless(i)
    arts = [a for a in iter_inputs(["-"], stdin=io.StringIO("\n".join(lines)))]
    assert [a.doc_name for a in arts] == [f"stdin:{i + 1}" for i in range(20)]  # input order kept
    assert (arts[3].published, arts[3].published_how) == ("2024-05-08", FROM_BATCH)
    assert (arts[12].published, arts[12].published_how) == (None, UNKNOWN)
    assert any("no year" in n for n in arts[12].notes)
    assert (arts[17].published, arts[17].published_how) == ("2025-05-08", FROM_BATCH)


def test_where_the_neighbours_disagree_the_year_option_decides(window):
    lines = [_dated(0, 2024), _yearless(1), _dated(2, 2025)]
    arts = list(iter_inputs(["-"], stdin=io.StringIO("\n".join(lines)), year=2023))
    assert (arts[1].published, arts[1].published_how) == ("2023-05-08", FROM_OPTION)


def test_json_lines_on_stdin_are_read_as_they_arrive():
    stream = CountingStream([_dated(i, 2025) for i in range(50)])
    items = iter_inputs(["-"], stdin=stream)
    first = next(items)
    assert first.doc_name == "stdin:1"
    assert stream.lines_read() <= 2
    assert sum(isinstance(a, Article) for a in items) == 49


def test_an_over_long_stdin_line_is_skipped_and_the_rest_read():
    lines = [_dated(1, 2025), json.dumps({"text": "word " * 400}), "", _dated(4, 2025)]
    stream = CountingStream(lines)
    items = list(iter_inputs(["-"], stdin=stream, max_bytes=300))
    arts = [a for a in items if isinstance(a, Article)]
    problems = [p for p in items if not isinstance(p, Article)]
    assert [a.doc_name for a in arts] == ["stdin:1", "stdin:4"]
    assert len(problems) == 1 and problems[0].line == 2 and "over the limit of 300" in problems[0].reason


def test_stdin_with_leading_blank_lines_and_a_byte_order_mark():
    data = "\ufeff\n\n" + _dated(1, 2025) + "\n" + _dated(2, 2025) + "\n"
    stream = io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8")
    arts = [a for a in iter_inputs(["-"], stdin=stream) if isinstance(a, Article)]
    assert [a.doc_name for a in arts] == ["stdin:3", "stdin:4"]
