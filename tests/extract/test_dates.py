"""Date resolution against the publication date, on real news phrasing."""

from __future__ import annotations

import pytest

from crisislens.extract.dates import resolve_date, resolve_text

PUB = "2025-05-08"  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("India launched strikes early on Wednesday on six locations across Pakistan.", "2025-05-07", None),
        ("The attack in Pahalgam on April 22 killed 26 people.", "2025-04-22", None),
        ("He rejected India's allegations about last month's attack.", "2025-04-01", "2025-04-30"),
        ("Pakistan said yesterday that it had shot down five jets.", "2025-05-07", None),
        ("This morning the army fired artillery across the Line of Control.", "2025-05-08", None),
        ("The four-day military response by India under Operation Sindoor May 7-10 hit targets.",
         "2025-05-07", "2025-05-10"),
        ("The foreign ministers met on Sunday in Riyadh.", "2025-05-04", None),
        ("On April 25, the UNSC condemned the attack.", "2025-04-25", None),
    ],
)
def test_resolves_relative_and_absolute_dates(nlp, sentence, start, end):
    res = resolve_date(nlp(sentence)[:], PUB)
    assert res is not None
    assert (res.start, res.end) == (start, end)


def test_future_sentence_points_forward(nlp):
    res = resolve_date(nlp("Pakistan will decide its response on Sunday.")[:], PUB)
    assert res is not None and res.start == "2025-05-11"


def test_bad_dates_give_none_not_publication_date(nlp):
    assert resolve_date(nlp("It happened on 31 February.")[:], PUB) is None
    assert resolve_date(nlp("He was the 99th to arrive.")[:], PUB) is None
    assert resolve_date(nlp("The strikes hit six locations.")[:], PUB) is None


def test_relative_date_without_publication_is_unresolved(nlp):
    assert resolve_date(nlp("India struck on Wednesday.")[:], None) is None
    res = resolve_text("May 1, 2025", None)
    assert res is not None and res.start == "2025-05-01"


def test_year_rolls_back_for_late_dates_in_january():
    res = resolve_text("December 28", "2025-01-03")
    assert res is not None and res.start == "2024-12-28"


def test_resolves_a_date_entity_span_directly(nlp):
    doc = nlp("Kuwait's Foreign Minister spoke with Jaishankar on Wednesday.")
    ent = next(e for e in doc.ents if e.label_ == "DATE")
    res = resolve_date(ent, "2025-05-01")
    assert res is not None and res.start == "2025-04-30" and res.text == "Wednesday"
