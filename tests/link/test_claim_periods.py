"""A count of one stated day and a running total of a period are two facts ("three soldiers
were killed on Tuesday" / "about 40 soldiers killed since the fighting began"), and a total
"since Tuesday morning" is of the day it was reported, not of its period's start; a
claimant that "had put the toll at" a lower figure revised its own count. Texts written for
these tests about fighting in Sudan, Myanmar and Yemen."""

from __future__ import annotations

import pandas as pd
from tests.link.test_claim_kinds import _article, _linked_groups

from crisislens.link.claim_scope import count_span
from crisislens.link.claims import _split_periods


def test_the_span_a_clause_gives_its_count():
    assert count_span("about 40 soldiers were killed since the fighting began") == "period"
    assert count_span("five soldiers had been killed since Tuesday morning") == "period"
    assert count_span("26 civilians died over the past three days") == "period"
    assert count_span("three soldiers were killed on Tuesday") == "day"
    assert count_span("three soldiers were killed in the ambush") is None  # negative: no span stated


def _frame(spans: list[str | None]) -> pd.DataFrame:
    n = len(spans)
    return pd.DataFrame({"k_span": spans, "k_day": [1.0] * n, "k_ctx": [{"soldiers", "killed"}] * n,
                         "sentence": ["x"] * n, "number_text": ["3"] * n})


def test_a_days_count_stands_apart_from_a_periods_total():
    assert sorted(len(p) for p in _split_periods(_frame(["day", "period"]))) == [1, 1]
    assert sorted(len(p) for p in _split_periods(_frame(["day", "period", None]))) == [1, 2]


def test_counts_of_no_stated_span_are_not_split():
    assert [len(p) for p in _split_periods(_frame([None, "period", None]))] == [3]  # negative


def test_a_day_and_a_period_are_no_contradiction(tmp_path, nlp):
    day = _article("a.txt", "Sudan Tribune", "2025-03-12",
                   "Three Sudanese soldiers were killed on Tuesday in clashes near El Obeid, the army said.")
    period = _article("b.txt", "Radio Dabanga", "2025-03-12",
                      "About 40 Sudanese soldiers have been killed since the fighting began, the army said.")
    kinds = [g["kind"] for g in _linked_groups(tmp_path, nlp, [day, period], "killed")]
    assert "contradiction" not in kinds, kinds


def test_two_totals_of_one_period_are_still_compared(tmp_path, nlp):
    one = _article("a.txt", "Irrawaddy", "2025-02-05",
                   "Twelve Myanmar soldiers have been killed since Monday morning, the junta said.")
    two = _article("b.txt", "Mizzima", "2025-02-05",
                   "At least 30 Myanmar soldiers have been killed since Monday morning, the resistance said.")
    groups = _linked_groups(tmp_path, nlp, [one, two], "killed")
    assert len(groups) == 1 and str(groups[0]["date"])[:10] == "2025-02-05", groups  # dated by the report, not Monday


def test_a_claimants_own_earlier_figure_makes_its_new_one_a_revision():
    from crisislens.link.claims import says_revised
    text = "The health ministry said 19 people were injured in the Hodeidah strike; it had put the toll at 8 in the morning."
    assert says_revised(text, "19") and not says_revised(text, "8")
    assert not says_revised("The ministry put the toll at 8, the governor said 19.", "19")  # negative: no earlier figure


def test_a_superlatives_since_is_not_the_counts_period():
    clause = "Rebels killed 30 soldiers on Friday, in the deadliest clash since the fighting began in April."
    assert count_span(clause) == "day"
