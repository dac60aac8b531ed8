"""Verbs of custody ("hold") count detainees only when the person counted is their patient:
"three suspects were held" is a detention; "500 protesters held a rally" and "the camp held
4,000 people" are not. Sentences
about other crises, written for these tests."""

from __future__ import annotations


def _counts(claims):
    return [(c.value, c.category) for c in claims]


def test_a_passive_hold_of_people_counts_detainees(real):
    claims = real("Ukrainian police said three suspected Russian informants had been held in Kharkiv on Monday.")
    assert _counts(claims) == [(3, "detained")]
    assert claims[0].claimant_code == "UKR"


def test_people_held_for_questioning_are_detainees(real):
    assert _counts(real("Two men were held for questioning in Sanaa, police said.")) == [(2, "detained")]


def test_hostages_being_held_are_detainees(real):
    assert _counts(real("Officials said 12 hostages were still being held by the group in Gaza.")) == [(12, "detained")]


def test_the_object_of_an_active_hold_is_contained_not_detained(real):
    assert real("The UN said the camp near Goma held 4,000 people.") == []


def test_the_agent_of_hold_is_no_detainee(real):
    assert real("Some 300 residents held a vigil in Rafah on Sunday.") == []
    assert real("About 500 protesters held a rally in Khartoum, organisers said.") == []


def test_held_with_a_predicate_is_a_judgement_not_a_detention(real):
    assert real("Three people were held responsible for the attack, the ministry said.") == []


def test_held_places_are_no_detainees(real):
    assert real("The army said it held 3 villages near Goma.") == []
