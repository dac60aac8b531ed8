"""An unplaced count of people, of another day than every placed count and naming only other
towns ("taken to hospitals in A and B"), is of another incident: it does not join a town's
group by its words. Either sign alone keeps the old reading. Texts written for these tests
about shelling in southern Ukraine; through the real path (parse -> extraction -> store -> link)."""

from __future__ import annotations

import pandas as pd
from tests.link.test_claim_kinds import _article, _linked_groups

from crisislens.link.claims import _split_places

KHERSON = _article("a.txt", "Ukrinform", "2024-11-05",
                   "Nine Ukrainian civilians were wounded when Russian shells hit a market in Kherson on Tuesday, officials said.")


def _kinds(tmp_path, nlp, second) -> list[str]:
    return [g["kind"] for g in _linked_groups(tmp_path, nlp, [KHERSON, second], "injured")]


def test_another_days_wounded_taken_to_other_towns_are_another_incident(tmp_path, nlp):
    other = _article("b.txt", "Suspilne", "2024-11-06",
                     "Fourteen Ukrainian civilians were wounded when Russian shells hit a market and were taken to hospitals "
                     "in Mykolaiv and Odesa, rescuers said.")
    assert "contradiction" not in _kinds(tmp_path, nlp, other)


def _frame(day_b: int) -> pd.DataFrame:
    """Two counts of the wounded: one placed in Kherson on day 1, one unplaced of ``day_b``
    whose clause names Mykolaiv and Odesa only."""
    return pd.DataFrame({
        "k_place": ["Kherson", None], "k_day": [1.0, float(day_b)], "category": ["injured", "injured"],
        "k_ctx": [{"market", "shells"}, {"market", "shells"}], "number_text": ["Nine", "Fourteen"],
        "sentence": ["Nine civilians were wounded in Kherson, officials said.",
                     "Fourteen civilians were wounded and taken to hospitals in Mykolaiv and Odesa, rescuers said."],
    })


def test_the_same_days_unplaced_figure_still_joins_the_town():
    assert [len(p) for p in _split_places(_frame(1))] == [2]
    assert sorted(len(p) for p in _split_places(_frame(2))) == [1, 1]


def test_another_days_figure_naming_no_other_town_is_still_compared(tmp_path, nlp):
    no_town = _article("b.txt", "Suspilne", "2024-11-06",
                       "Fourteen Ukrainian civilians were wounded when Russian shells hit a market, rescuers said.")
    kinds = _kinds(tmp_path, nlp, no_town)
    assert len(kinds) == 1 and kinds[0] in ("revision", "contradiction"), kinds  # one group: compared
