"""Filter parsing: what each filter accepts, normalises and refuses (with the parameter named)."""

from __future__ import annotations

import pytest

from crisislens.web.filters import EventFilter, FilterError, Paging, QuoteFilter, as_query
from crisislens.web.sql import Where, contains, pattern


def test_event_filter_normalises_root_dates_and_blank_values():
    f = EventFilter.parse({"root": "4", "date_from": "2025-05-07", "source": " IND ", "target": "", "quadclass": "2"})
    assert (f.root, f.date_from, f.source, f.target, f.quadclass) == ("04", "2025-05-07", "IND", None, 2)
    assert as_query(f) == {"source": "IND", "root": "04", "quadclass": "2", "date_from": "2025-05-07"}


@pytest.mark.parametrize(
    ("args", "name"),
    [({"root": "0"}, "root"), ({"quadclass": "two"}, "quadclass"), ({"date_to": "2025-02-30"}, "date_to"),
     ({"source": "a b"}, "source"), ({"outlet": "x" * 201}, "outlet"), ({"plover": "ASSAULT1"}, "plover")],
)
def test_bad_values_name_their_parameter(args, name):
    with pytest.raises(FilterError, match=name):
        EventFilter.parse(args)


def test_paging_defaults_and_bounds():
    assert Paging.parse(None, None) == Paging(50, 0)
    assert Paging.parse("1000", "5") == Paging(1000, 5)
    with pytest.raises(FilterError, match="limit"):
        Paging.parse("1001", None)


def test_words_filter_needs_every_word_and_binds_them():
    w = Where().words("Türkiye  friend", "q.text")
    assert w.sql() == f" WHERE {contains('q.text')} AND {contains('q.text')}"
    assert w.params == [pattern("Türkiye"), pattern("friend")]
    assert QuoteFilter.parse({"speaker": "  "}).speaker is None
