"""Claim counting in general constructions of war reporting, run through the real pipeline
(spaCy parse, real actor index, real quotes): possessive partitives, "among the dead",
event nouns with an "of" object, martyrdom idioms, strike objects and "including N",
the loss of an aircraft, and a figure put on the previous sentence's count. Each rule has
a negative probe. The sentences are about other crises than the practice sets, written
for these tests."""

from __future__ import annotations

import pytest


def _counts(claims) -> list[tuple]:
    return [(c.value, c.category) for c in claims]


# --- 4. partitive with a possessive -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact", "subject"),
    [
        ("Ukraine's army says four of its soldiers were killed in shelling near Kupiansk.", (4, "killed"), "UKR"),
        ("Soldiers: Sudan's army says six of its soldiers were killed in El Obeid.", (6, "killed"), "SDN"),
        ("Ethiopia's defence ministry said two of its helicopters were shot down over Amhara.",
         (2, "aircraft_downed"), "ETH"),
        ("Myanmar's junta said three of its jets had been downed by rebels.", (3, "aircraft_downed"), "MMR"),
        # the possessor as a noun, the partitive at the head of the sentence, the claim in the active
        ("Six of Sudan's soldiers were killed in El Obeid, the army said.", (6, "killed"), "SDN"),
        ("Two of Ethiopia's helicopters were shot down over Amhara on Sunday, the defence ministry said.",
         (2, "aircraft_downed"), "ETH"),
        ("Myanmar's junta said rebels had downed three of its jets near Lashio.", (3, "aircraft_downed"), "MMR"),
    ],
)
def test_a_possessive_partitive_counts_the_possessors_losses(real, text, fact, subject):
    claims = real(text)
    assert [(*_counts(claims)[0], claims[0].subject_code)] == [(*fact, subject)]


def test_a_possessive_partitive_without_an_outcome_is_no_claim(real):
    assert real("Ukraine's army says four of its soldiers were deployed near Kupiansk.") == []
    assert real("Six of Sudan's soldiers were deployed in El Obeid, the army said.") == []


# --- 1. "were among the dead" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Four children and three women were among the dead in the strike on Khan Younis, the health ministry said.",
         [(4, "killed"), (3, "killed")]),
        ("Two medics and three journalists were among the injured, officials in Goma said.",
         [(2, "injured"), (3, "injured")]),
        ("Five civilians and two police officers were among those killed in Lashio, the junta said.",
         [(5, "killed"), (2, "killed")]),
    ],
)
def test_each_count_among_the_casualties_takes_their_category(real, text, facts):
    assert _counts(real(text)) == facts


def test_counts_among_people_who_are_no_casualties_are_no_claim(real):
    assert real("Four journalists and two diplomats were among the visitors to Goma.") == []


# --- 2. event nouns with an "of" object ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The attack came after the killing of 14 pilgrims near Mekelle, officials said.", (14, "killed")),
        ("The deaths of 12 soldiers in Kharkiv were confirmed by the ministry.", (12, "killed")),
        ("Residents reported the abduction of 30 students from a school in North Kivu.", (30, "detained")),
        ("Police announced the arrest of five men in Khartoum.", (5, "detained")),
    ],
)
def test_the_of_object_of_an_event_noun_counts_with_its_category(real, text, fact):
    assert _counts(real(text)) == [fact]


def test_the_of_object_of_a_neutral_event_noun_is_no_claim(real):
    assert real("The visit of 14 pilgrims to Mekelle was welcomed by officials.") == []


# --- 6. the loss of an aircraft -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia acknowledged the loss of one fighter aircraft over the Black Sea.",
        '"We have lost one aircraft," a Ukrainian air force spokesman said.',
        "Moscow acknowledged losing one, a Russian-made Su-30SM, near Crimea.",
    ],
)
def test_a_lost_aircraft_is_downed(real, text):
    assert _counts(real(text)) == [(1, "aircraft_downed")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia acknowledged the loss of one fighter aircraft over the Black Sea.",
        "Moscow acknowledged losing one, a Russian-made Su-30SM, near Crimea.",
    ],
)
def test_who_acknowledges_a_loss_is_who_lost_it(real, text):
    assert [c.subject_code for c in real(text)] == ["RUS"]


def test_a_loss_no_one_acknowledges_names_no_loser(real):
    assert [c.subject_code for c in real("The loss of two drones over Kursk was reported on Monday.")] == [None]


def test_an_apposition_that_names_no_thing_is_no_count(real):
    assert real("The minister named one, a retired general, as envoy.") == []


# --- 5. strike objects and "including N" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Israeli jets fired missiles at five locations in Gaza, the army said.", [(5, "sites_struck")]),
        ("Missiles struck five locations, including two in Kharkiv, officials said.",
         [(5, "sites_struck"), (2, "sites_struck")]),
        ("The army said it targeted three sites in Rafah.", [(3, "sites_struck")]),
    ],
)
def test_struck_places_and_their_included_sub_counts(real, text, facts):
    assert _counts(real(text)) == facts


def test_including_under_an_uncounted_noun_is_no_claim(real):
    assert real("The strikes, including two on Sumy, drew condemnation.") == []


def test_places_named_without_a_strike_are_no_claim(real):
    assert real("The army set up checkpoints at five locations in Rafah.") == []


# --- 3. martyrdom idioms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers embraced martyrdom in the clash, the army said.",
        "Four policemen were martyred in the attack in Peshawar.",
        "Four soldiers laid down their lives defending the post, the military said.",
    ],
)
def test_martyrdom_idioms_count_the_dead(real, text):
    assert _counts(real(text)) == [(4, "killed")]


def test_laying_down_arms_is_no_death(real):
    assert real("Four soldiers laid down their arms near the post, the military said.") == []


# --- 7. a figure put on the previous sentence's count -------------------------------------------


def test_a_figure_put_at_a_number_counts_what_the_previous_sentence_counts(real):
    claims = real("Rebels said they had shot down two army helicopters near Lashio. "
                  "The army has so far put the figure at one.")
    assert _counts(claims) == [(2, "aircraft_downed"), (1, "aircraft_downed")]


def test_a_figure_after_a_sentence_with_no_count_is_no_claim(real):
    assert real("The talks in Addis Ababa were postponed. The ministry put the figure at four.") == []
