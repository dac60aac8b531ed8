"""A reporting clause at a sentence's end ("..., officials said") attributes the whole
sentence before it, a restrictive relative clause too; a relative clause after the verb of
saying, or in a sentence with no report, stays presupposed background with no claimant.
Sentences about other crises, written for these tests."""

from __future__ import annotations


def _claimants(claims):
    return [(c.value, c.claimant_name) for c in claims]


def test_a_final_report_covers_a_restrictive_relative_clause(real):
    claims = real("Sudanese police have detained 40 people in Omdurman over last week's attack on a market "
                  "in which 12 civilians were killed, officials said on Tuesday.")
    assert _claimants(claims) == [(40, "officials"), (12, "officials")]


def test_a_final_report_covers_a_that_relative_clause(real):
    claims = real("Troops have sealed off the village near the road where the mine that killed "
                  "three Ukrainian soldiers exploded, the regional governor said.")
    assert [(c.value, c.claimant_name) for c in claims if c.value == 3] == [(3, "the regional governor")]


def test_a_relative_clause_after_the_verb_of_saying_stays_background(real):
    claims = real("Sudanese police said they had detained 40 people over the attack on a market "
                  "in which 12 civilians were killed.")
    assert [(c.value, c.claimant_name) for c in claims if c.value == 12] == [(12, None)]


def test_a_relative_clause_with_no_report_has_no_claimant(real):
    claims = real("The attack on a market in which 12 civilians were killed had triggered outrage in Khartoum.")
    assert _claimants(claims) == [(12, None)]
