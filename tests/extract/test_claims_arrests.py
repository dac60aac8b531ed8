"""The event noun "arrest" counted by a number counts the people arrested ("police reported
two arrests"). Sentences about other crises, written for these tests."""

from __future__ import annotations


def test_a_counted_arrest_noun_counts_detainees(real):
    assert [(c.value, c.category) for c in real("Police reported two arrests in Goma.")] == [(2, "detained")]


def test_an_uncounted_arrest_is_no_count(real):
    assert real("Officials said the 2019 arrest warrant was still valid.") == []
    assert real("The arrest of the minister angered his party.") == []


def test_a_contrasting_while_clause_is_claimed_by_its_own_verb_of_saying(real):
    claims = real("Russia said its forces had arrested four suspected Ukrainian agents in Kursk, "
                  "while Ukrainian police reported two arrests in Sumy.")
    assert [(c.value, c.claimant_code) for c in claims] == [(4, "RUS"), (2, "UKR")]


def test_a_contrasting_while_clause_without_a_verb_of_saying_has_no_claimant(real):
    claims = real("Kyiv said it had downed 20 drones, while the government ordered two diplomats to leave.")
    assert [(c.value, c.claimant_name) for c in claims if c.value == 2] == [(2, None)]
