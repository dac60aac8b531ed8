"""Whose a count is, read from grammar (second pass): the side an "on ... side" phrase names,
a side's report of its own dead or wounded with no owner named, the target rather than the
attacker of an attack noun, and sites struck by a named side (never the striker). Sentences
about other crises than the practice sets, written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest


def _subjects(claims) -> list[tuple]:
    return [(c.value, c.category, c.subject_code) for c in claims]


# --- "on its side", "on the Russian side", "on both sides" ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv says 14 soldiers were killed on the Russian side during the assault on Avdiivka.",
         [(14, "killed", "RUS")]),
        ("The Sudanese army said 30 fighters died on its side in the battle.", [(30, "killed", "SDN")]),
        ("Ethiopian officials say at least 20 civilians have been wounded on their side.",
         [(20, "injured", "ETH")]),
        # coordinated counts share the phrase of their clause
        ("According to the Ukrainian military, 26 civilians and six soldiers were killed on the Ukrainian side.",
         [(26, "killed", "UKR"), (6, "killed", "UKR")]),
    ],
)
def test_the_side_a_count_falls_on_is_whose_it_is(real, text, expected):
    assert _subjects(real(text)) == expected


def test_a_count_on_both_sides_is_an_aggregate_with_no_single_subject(real):
    claims = real("At least seven civilians were killed on both sides of the border near Kassala, Sudanese officials said.")
    assert _subjects(claims) == [(7, "killed", None)]


# --- a side's report of its own dead or wounded ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ethiopian federal police said 17 people were wounded in the blast on Sunday.", [(17, "injured", "ETH")]),
        ("Ukraine's military said 12 people were killed overnight, and 30 wounded.",
         [(12, "killed", "UKR"), (30, "injured", "UKR")]),
        # "martyred" is a side's word for its own dead, whatever the claimant's name looks like
        ("The Palestinian health ministry said 40 people had been martyred in the strikes.", [(40, "killed", "PSE")]),
    ],
)
def test_a_side_reporting_dead_with_no_owner_reports_its_own(real, text, expected):
    assert _subjects(real(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The UN humanitarian office said 40 people were killed in the fighting.",  # no side of its own
        "The Sudanese army said its forces killed 40 people in the raid.",  # its forces killed them
        "Myanmar's junta said 11 people were killed in its air strikes on the village.",  # its own strikes
    ],
)
def test_a_body_of_no_side_or_the_sides_own_attack_gives_no_subject(real, text):
    assert [c.subject_code for c in real(text)] == [None]


# --- an attack noun is no place; its target is ------------------------------------------------


def test_the_attackers_possessive_on_an_attack_is_no_place_of_the_dead(real):
    claims = real("Twelve people were killed in Russia's missile strikes on Kharkiv, Ukrainian officials said.")
    assert _subjects(claims) == [(12, "killed", "UKR")]


def test_the_toll_of_strikes_on_a_place_is_the_places(real):
    claims = real("The number of civilians killed in Russia's overnight strikes on Kharkiv rose to 30, the regional governor said.")
    assert [c.subject_code for c in claims] == ["UKR"]


# --- sites a named side struck are the other side's, never the striker's ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's general staff said its drones had struck 12 sites used to plan attacks on Ukraine. "
         "Russia said the claim was false. Russia's ministry denied it.", "RUS"),
        ("Russian forces struck 30 targets overnight, Moscow said. Ukraine said Russia hit civilian sites. "
         "Kyiv asked for help.", "UKR"),
    ],
)
def test_sites_a_side_struck_belong_to_the_other_side_of_the_dyad(real, text, expected):
    assert [(c.category, c.subject_code) for c in real(text)] == [("sites_struck", expected)]


def test_sites_struck_with_no_second_state_named_have_no_subject(real):
    # the striker is named but the article names no other state: never the striker by default
    claims = real("Ethiopian forces struck nine sites overnight, the Ethiopian army said.")
    assert [(c.category, c.subject_code) for c in claims] == [("sites_struck", None)]
