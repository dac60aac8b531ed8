"""The event noun "arrest" counted by a number counts the people arrested ("police reported
two arrests"). Sentences about other crises, written for these tests."""

from __future__ import annotations


def test_a_counted_arrest_noun_counts_detainees(real):
    assert [(c.value, c.category) for c in real("Police reported two arrests in Goma.")] == [(2, "detained")]


def test_an_uncounted_arrest_is_no_count(real):
    assert real("Officials said the 2019 arrest warrant was still valid.") == []
    assert real("The arrest of the minister angered his party.") == []
