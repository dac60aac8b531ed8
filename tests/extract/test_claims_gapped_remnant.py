"""A gapped list of places ("five people were killed at the mosque in Sanaa, three in Saada
and two in Hodeidah"): each bare number with its place phrase is the remnant of the first
clause and counts what its subject counts. Sentences about other crises, written for these
tests."""

from __future__ import annotations


def _counts(claims):
    return [(c.value, c.category) for c in claims]


def test_a_remnant_after_a_comma_counts_what_the_subject_counts(real):
    claims = real("Officials said five people were killed at the mosque in Sanaa, three in Saada and two in Hodeidah.")
    assert _counts(claims) == [(5, "killed"), (3, "killed"), (2, "killed")]
    assert {c.claimant_code for c in claims} == {"YEM"}


def test_every_remnant_of_a_long_list_is_counted(real):
    claims = real("The health ministry said five people were killed at the market in Kharkiv, three in Izium, "
                  "two in Balakliia, and one each in Kupiansk and Chuhuiv.")
    assert [c.value for c in claims][:3] == [5, 3, 2]


def test_a_number_that_counts_its_own_noun_is_no_remnant(real):
    assert _counts(real("Officials said five people were killed in Sanaa, three days after the truce.")) == [(5, "killed")]
    assert _counts(real("Officials said five people were killed in Sanaa, 20 km from the port.")) == [(5, "killed")]
