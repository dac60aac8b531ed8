"""Date resolvers and the number parser: any string, any reference date -> a value or None."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from crisislens.extract.claims_numbers import read_number
from crisislens.extract.dates import reference_date, resolve_text
from crisislens.ingest import dates as ingest_dates
from crisislens.ingest.metadata import normalise_given_date

DATE_BITS = st.sampled_from(["May", "8", "2025", "Thursday", "last", "next", "week", "ago", "between", "and",
                             "-", "–", "/", ",", "7-10", "31", "February", "29", "0", "9999", "early", "mid",
                             "1e308", "10000000000000", "¾", "٣"])
PHRASE = st.lists(DATE_BITS, max_size=6).map(" ".join) | st.text(max_size=40)
REF = st.none() | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat) | st.text(max_size=12)


@given(PHRASE, REF, st.booleans())
def test_resolve_text_gives_a_date_or_none(phrase, ref, forward):
    r = resolve_text(phrase, ref, forward)
    if r is not None:
        dt.date.fromisoformat(r.start)
        if r.end is not None:
            assert dt.date.fromisoformat(r.end) >= dt.date.fromisoformat(r.start)


@given(PHRASE)
def test_ingest_date_parsers_give_a_date_or_none(phrase):
    for value in (ingest_dates.parse_date(phrase), ingest_dates.find_published_line(phrase),
                  normalise_given_date(phrase)):
        assert value is None or isinstance(value, dt.date | str)
    assert all(isinstance(d, dt.date) for d in ingest_dates.full_dates(phrase))
    ingest_dates.find_dateline(phrase)
    reference_date(phrase)


NUMBER_BITS = st.sampled_from(["five", "twenty", "hundred", "thousand", "million", "dozens", "of", "a", "and",
                               "1,000", "3.5", "-", "–", "to", "between", "at", "least", "over", "nearly",
                               "0", "1e9", "10000000000000", "½", "٣", ""])
NUMBER = st.lists(NUMBER_BITS, max_size=6).map(" ".join) | st.text(max_size=30)


@given(NUMBER, st.none() | st.sampled_from(["at least", "over", "up to", "about"]))
def test_read_number_gives_a_reading_never_an_exception(text, qualifier):
    r = read_number(text, qualifier)
    values = [v for v in (r.value, r.low, r.high) if v is not None]
    assert all(v == v and v >= 0 for v in values)  # no NaN, no negative count
    if r.low is not None and r.high is not None:
        assert r.low <= r.high
