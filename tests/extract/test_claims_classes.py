"""Counts of people and facts the lexicon lists no word for, read from grammar: a living
patient of a verb of killing or wounding is a person ("45 patients were killed"), and the
other general constructions of this file. Sentences about other crises than the practice
sets, written for these tests, each with a negative probe, through the real pipeline."""

from __future__ import annotations

import pytest


def _counts(claims) -> list[tuple]:
    return [(c.value, c.category) for c in claims]


# --- the patient of a verb of killing or wounding is a person ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hospital director told reporters that 45 patients were killed when shells hit the ward in Gaza City.",
         [(45, "killed")]),
        ("Twelve miners died when the tunnel collapsed after the shelling near Pokrovsk, officials said.",
         [(12, "killed")]),
        ("The strike killed 17 worshippers at a mosque in El Fasher.", [(17, "killed")]),
        ("Eight passengers were wounded when the bus hit a mine in Tigray.", [(8, "injured")]),
        ("The drones injured 14 shoppers at a market in Odesa.", [(14, "injured")]),
    ],
)
def test_the_patient_of_a_verb_of_killing_or_wounding_counts_people(real, text, expected):
    assert _counts(real(text)) == expected


def test_the_agent_of_a_verb_of_killing_is_no_count_of_people(real):
    # "12 attacks" did the killing: only the three soldiers are a count of the dead
    assert _counts(real("The army said 12 attacks had killed three soldiers in Kidal.")) == [(3, "killed")]


def test_living_beings_that_are_no_people_are_no_casualties(real):
    assert real("The shelling killed 40 cattle in a village near Bakhmut.") == []
