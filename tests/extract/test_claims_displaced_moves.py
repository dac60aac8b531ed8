"""Displacement read from a movement away from one's town or to relatives (UNHCR: leaving
one's place of habitual residence; IOM DTM counts the displaced hosted by relatives).
Sentences about other crises, written for these tests, through the real pipeline."""

from __future__ import annotations


def _counts(claims) -> list[tuple]:
    return [(c.value, c.category) for c in claims]


def test_people_who_left_their_town_are_displaced(real):
    assert _counts(real("Residents said about 3,000 people had left the town for Mykolaiv since Monday.")) == [
        (3000, "displaced")
    ]


def test_families_moved_to_relatives_are_displaced(real):
    assert _counts(real("About 40 families had moved to relatives in Odesa, he said.")) == [(40, "displaced")]


def test_soldiers_leaving_a_town_are_no_displaced_population(real):
    assert real("Two soldiers left the town.") == []


def test_a_delegation_leaving_a_city_is_no_count(real):
    assert real("The delegation of five ministers left the city on Monday after talks.") == []
