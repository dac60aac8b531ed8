"""Noun ellipsis after a numeral: the noun of the last conjunct serves a bare number in the
first ("it lost one and shot down two Russian aircraft"), and a bare number a strike word
governs takes the single counted noun of the text before it ("six were hit" after "struck
nine sites"). Sentences about other crises, written for these tests, through the real
pipeline, each with a negative probe."""

from __future__ import annotations


def _read(claims) -> list[tuple]:
    return [(c.value, c.category, c.subject_code) for c in claims]


def test_the_last_conjuncts_noun_serves_a_bare_number_before_it(real):
    claims = real("Ukraine says it lost one and shot down two Russian aircraft.")
    assert _read(claims) == [(1, "aircraft_downed", "UKR"), (2, "aircraft_downed", "RUS")]


def test_right_node_ellipsis_of_drones(real):
    claims = real("Armenia said it lost three and destroyed five Azerbaijani drones.")
    assert _read(claims) == [(3, "drones_downed", "ARM"), (5, "drones_downed", "AZE")]


def test_a_bare_one_with_no_counted_conjunct_is_no_count(real):
    assert all(c.value != 1 for c in real("Kyiv says it lost one and shot down several Russian aircraft."))


def test_a_bare_number_hit_takes_the_single_counted_noun_before_it(real):
    claims = real("Kyiv says Russian forces struck nine sites in the east overnight. Russia says six were hit.")
    assert [(c.value, c.category) for c in claims] == [(9, "sites_struck"), (6, "sites_struck")]


def test_with_two_counted_nouns_before_a_bare_hit_number_is_left_unread(real):
    claims = real("Russian drones struck four villages and two towns. Officials said three were hit twice.")
    assert all(c.value != 3 for c in claims)
