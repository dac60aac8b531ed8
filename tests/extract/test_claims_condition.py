"""A hospital condition report ("in critical condition", "in serious condition") counts the
injured, even with the counted noun left out. Sentences about other crises, written for
these tests."""

from __future__ import annotations


def _counts(claims):
    return [(c.value, c.category) for c in claims]


def test_a_bare_number_in_critical_condition_counts_the_injured(real):
    claims = real("The wounded were taken to Al-Shifa hospital, where doctors said at least four were in critical condition.")
    assert _counts(claims) == [(4, "injured")]


def test_people_in_serious_condition_are_injured(real):
    claims = real("Six people were in serious condition after the strike on Kharkiv, officials said.")
    assert _counts(claims) == [(6, "injured")]


def test_a_condition_without_a_grave_grade_is_no_injury(real):
    assert real("The pilot was in good condition, the army said.") == []
    assert real("Two bridges were in poor condition, engineers said.") == []


def test_a_copula_with_a_place_of_care_is_no_injury(real):
    assert real("Five doctors were at the hospital in Gaza.") == []
