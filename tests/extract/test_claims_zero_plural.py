""""One of its aircraft was lost": after "one of", a noun with a possessive or definite
determiner is the plural group a member is taken from, even a zero plural the tagger calls
singular ("aircraft"). Sentences about other crises, written for these tests."""

from __future__ import annotations


def test_one_of_its_own_aircraft_lost_is_a_count_of_one(real):
    claims = real("The Sudanese army acknowledged that one of its own aircraft had been lost.")
    assert [(c.value, c.category, c.claimant_code) for c in claims] == [(1, "aircraft_downed", "SDN")]


def test_one_of_the_aircraft_shot_down_is_a_count_of_one(real):
    claims = real("The Houthis said one of the aircraft was shot down over Saada.")
    assert [(c.value, c.category) for c in claims] == [(1, "aircraft_downed")]


def test_one_of_its_aircraft_described_is_no_count(real):
    assert real("The army said one of its aircraft was a Su-30.") == []
