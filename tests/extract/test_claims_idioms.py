"""Counts read from idioms and constructions of casualty and displacement reporting: a
partitive's number holds the verb role of its phrase, "made the supreme sacrifice" is to
die, a move away from one's village is displacement, a sum of money counts no one.
Sentences about other crises than the practice sets, written for these tests, each with
a negative probe, through the real pipeline."""

from __future__ import annotations

import pytest


def _counts(claims) -> list[tuple]:
    return [(c.value, c.category) for c in claims]


# --- a partitive's number is the patient of the verb -----------------------------------------


def test_a_partitive_of_a_noun_the_lexicon_lacks_counts_the_killed(real):
    text = "Two of the gunmen were killed in the firefight near Goma, an army spokesman said."
    assert _counts(real(text)) == [(2, "killed")]


def test_a_partitive_that_is_the_agent_counts_no_casualties(real):
    assert real("Three of the raiders fired rockets at the base outside Kidal.") == []


# --- "made the supreme sacrifice" -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Six soldiers of the Armenian army made the supreme sacrifice while defending the pass, the ministry said.",
        "Four police officers made the ultimate sacrifice in the attack on the station in Bogota, the mayor said.",
    ],
)
def test_the_supreme_sacrifice_is_death(real, text):
    assert [c.category for c in real(text)] == ["killed"]


def test_sacrifices_without_the_idiom_are_no_death(real):
    assert real("Thousands of workers made sacrifices during the blockade of Tigray, the union said.") == []


# --- displacement: moved away from one's village, staying in camps ----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Authorities said more than 2,400 people had been moved from frontline villages in Zaporizhzhia.", 2400),
        ("About 1,800 villagers have been shifted from border hamlets in Rakhine since Monday, officials said.", 1800),
        ("Officials said more than 5,000 people remain in relief camps near Goma.", 5000),
    ],
)
def test_a_move_from_home_or_a_stay_in_camps_is_displacement(real, text, value):
    assert _counts(real(text)) == [(value, "displaced")]


def test_a_move_from_a_hospital_ward_is_no_displacement(real):
    assert real("Some 200 patients were moved from the hospital to another ward in Khartoum.") == []


def test_soldiers_in_a_camp_are_no_displaced_population(real):
    assert real("About 300 soldiers remain in the camp near Goma.") == []


def test_patients_released_from_hospital_are_no_count(real):
    assert real("Forty patients were released from hospital in Kharkiv on Monday.") == []


# --- money ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The governor visited the injured in Karachi and announced Rs2 million in compensation for the heirs of each of the dead.",
        "The ministry pledged $5 million for those injured in the floods in Sudan.",
    ],
)
def test_a_sum_written_onto_its_currency_is_no_count(real, text):
    assert [c for c in real(text) if c.value and c.value >= 1_000_000] == []


# --- a craft that came down -------------------------------------------------------------------


def test_a_drone_that_came_down_is_no_downing_claim(real):
    assert real("A border guard said one drone had come down in a wheat field near Kharkiv.") == []


def test_drones_brought_down_are_downed(real):
    assert [(c.value, c.category) for c in real("Air defences brought down four drones over Kyiv, the army said.")] == [
        (4, "drones_downed")
    ]


# --- a gapped second report: "Moscow said three" ----------------------------------------------


def test_a_bare_figure_said_after_a_report_counts_what_that_report_counts(real):
    claims = real("Ukraine claimed about 20 Russian soldiers were killed; Russia said three.")
    assert [(c.value, c.category, c.subject_code, c.claimant_name) for c in claims][-1] == (
        3, "killed", "RUS", "Russia"
    )


def test_a_bare_figure_with_its_own_content_is_no_gapped_report(real):
    text = "The army said 40 fighters were killed in the raid. The minister said three times that the war would end."
    assert [(c.value, c.category) for c in real(text)] == [(40, "killed")]
