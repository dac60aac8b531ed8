"""Claim extraction rules of English news wording, run through the real pipeline (spaCy parse,
real actor index, real quotes): displacement wording, numbers inside direct quotes, the
indefinite "a" as one, sub-counts that only explain a toll, "between X and Y" ranges,
"one of its X", and who claims a number. The sentences are about other crises than the
practice sets, written for these tests."""

from __future__ import annotations

import pytest


def _facts(claims) -> list[tuple]:
    return [(c.value, c.category, c.claimant_name) for c in claims]


# --- displacement ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The governor said that about 700 villagers had fled to camps outside Bunia.", 700),
        ("Some 900 people were evacuated to shelters in Dnipro, officials said.", 900),
        ("About 3,000 residents had been moved to safer places, officials in Kherson said.", 3000),
        ("Around 1,500 people had left their villages near the border with Eritrea, the governor said.", 1500),
    ],
)
def test_movement_to_a_refuge_or_away_from_home_is_displacement(real, text, value):
    claims = real(text)
    assert [(c.value, c.category, c.qualifier) for c in claims] == [(value, "displaced", "approximately")]
    assert claims[0].claimant_name is not None


def test_troops_moving_to_positions_are_not_displaced(real):
    assert real("Troops moved to new positions near Bakhmut.") == []


# --- numbers inside direct quotes -----------------------------------------------------------


def test_a_quoted_loss_of_sons_is_a_toll_claimed_by_the_speaker(real):
    claims = real('"We have lost three brave sons, and we will not forget them," General Abdel Fattah al-Burhan said.')
    assert _facts(claims) == [(3, "killed", "Abdel Fattah al-Burhan")]


def test_a_quoted_loss_of_men_in_the_passive_is_a_toll(real):
    claims = real('Colonel Oleksandr Shtupun said: "Two of our young men were lost in the assault on Avdiivka."')
    assert _facts(claims) == [(2, "killed", "Oleksandr Shtupun")]


def test_a_bare_number_after_all_counts_the_set_just_counted_as_an_object(real):
    claims = real("Myanmar's army said it downed nine rebel drones near Lashio on Sunday. "
                  "Its spokesman Zaw Min Tun said troops had recovered the debris of all nine.")
    assert [(c.value, c.category) for c in claims] == [(9, "drones_downed"), (9, "drones_downed")]


def test_a_quoted_bare_number_of_wreckage_counts_the_drones_before_it(real):
    claims = real(
        "Kyiv said its air defences had downed 11 Russian drones overnight.\n\n"
        '"We have the wreckage of all eleven," the Ukrainian air force spokesman Yuriy Ihnat told reporters in Kyiv.'
    )
    assert [(c.value, c.category, c.subject_code) for c in claims] == [
        (11, "drones_downed", "RUS"), (11, "drones_downed", "RUS")]  # "all eleven": the same set
    assert claims[1].claimant_name == "Yuriy Ihnat"


def test_a_bare_downed_number_counts_the_elided_thing_but_not_its_owner(real):
    """ "Kyiv said it had downed seven" [drones]: noun ellipsis gives the kind; without "all" or
    "the" the seven need not be the set just counted, so whose they are is left unknown."""
    claims = real("Russia said it had shot down 14 Ukrainian drones. Kyiv said it had downed seven.")
    assert [(c.value, c.category, c.subject_code) for c in claims] == [
        (14, "drones_downed", "UKR"), (7, "drones_downed", None)]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ('"Militants ambushed the convoy and killed seven Colombian Marines," Admiral Francisco Cubides said.',
         (7, "killed", "COL")),
        ('"Twelve Ethiopian Commandos died when their helicopter crashed," the spokesman said.', (12, "killed", "ETH")),
    ],
)
def test_a_capitalised_force_name_counts_people_in_a_quote(real, text, fact):
    assert [(c.value, c.category, c.subject_code) for c in real(text)] == [fact]


def test_a_capitalised_word_that_is_no_force_counts_no_one(real):
    assert real('"Seven Colombian Senators visited the base," Admiral Francisco Cubides said.') == []


# --- the indefinite article as one ----------------------------------------------------------


def test_an_indefinite_person_subject_of_a_casualty_verb_is_one(real):
    claims = real("A Ukrainian soldier was killed in the shelling of Kharkiv, the ministry said.")
    assert [(c.value, c.low, c.high, c.category, c.subject_code) for c in claims] == [(1, 1, 1, "killed", "UKR")]


def test_a_soldier_and_two_civilians_share_the_officials_as_claimant(real):
    claims = real(
        "An Israeli soldier was killed and two civilians were injured on Monday when Hezbollah fired "
        "rockets at Metula, officials said."
    )
    assert _facts(claims) == [(1, "killed", "officials"), (2, "injured", "officials")]


def test_a_fronted_claimant_covers_both_coordinated_counts(real):
    claims = real("Officials said two villagers were wounded and a Colombian soldier died after ELN rebels "
                  "attacked a patrol in Arauca.")
    assert _facts(claims) == [(2, "injured", "Officials"), (1, "killed", "Officials")]


@pytest.mark.parametrize(
    "text",
    [
        "A soldier could be killed at any time on this front, the commander warned.",  # modal
        "If a civilian is killed, the ceasefire will collapse.",  # conditional
        "A soldier is killed almost every day in Donetsk.",  # generic present
        "A soldier who was wounded in Mekelle told reporters the town had fallen.",  # relative clause
        "Not a single soldier was killed in the raid on Goma, the army said.",  # negation
    ],
)
def test_a_generic_hypothetical_or_negated_a_is_no_count_of_one(real, text):
    assert all(c.value != 1 for c in real(text))


# --- sub-counts that only explain a toll ----------------------------------------------------


def test_a_parenthetical_partitive_is_no_separate_claim(real):
    assert real("The injured, four of whom are children, were flown to Addis Ababa, the regional health bureau said.") == []
    claims = real("Nine civilians, three of whom were children, died in the drone strike on Kherson, police said.")
    assert [(c.value, c.category) for c in claims] == [(9, "killed")]
    claims = real("Twelve people were killed in Bunia, five of them children, the governor said.")
    assert [(c.value, c.category) for c in claims] == [(12, "killed")]


def test_injured_who_died_after_a_toll_rose_are_dead_not_injured(real):
    """The participle says what they were, the finite verb what happened: two deaths, not two
    injured (a count with its own verb is asserted, even where it explains the toll)."""
    claims = real("The police chief said the toll had risen to five after two injured children died in hospital in Goma.")
    assert [(c.value, c.category) for c in claims] == [(5, "killed"), (2, "killed")]


def test_wounded_who_died_are_dead_not_injured(real):
    claims = real("Officials said that two women wounded in the shelling of Stepanakert had died.")
    assert _facts(claims) == [(2, "killed", "Officials")]
    claims = real("Three soldiers injured in Sunday's ambush near Cucuta later died, the Colombian army said.")
    assert [(c.value, c.category) for c in claims] == [(3, "killed")]


# --- ranges ---------------------------------------------------------------------------------


def test_between_x_and_y_is_one_range_claim(real):
    claims = real("Medical staff said that between four and seven people had been killed in Sittwe.")
    assert [(c.value, c.low, c.high, c.qualifier, c.category) for c in claims] == [(4, 4, 7, "between", "killed")]
    claims = real("The strike on Taiz killed between 20 and 25 civilians, according to local medics.")
    assert [(c.value, c.low, c.high, c.qualifier, c.category) for c in claims] == [(20, 20, 25, "between", "killed")]


# --- one of its X ---------------------------------------------------------------------------


def test_one_of_its_soldiers_in_a_second_that_clause(real):
    claims = real("Colombia's army said seven ELN rebels were killed in the clash near Arauca and that one of "
                  "its soldiers had died.")
    assert [(c.value, c.category, c.claimant_code) for c in claims] == [(7, "killed", "COL"), (1, "killed", "COL")]
    assert claims[1].subject_code == "COL"


def test_one_of_its_officers_before_the_cue(real):
    claims = real("One of its officers had been killed in Amhara, Ethiopia's defence ministry said on Monday.")
    assert [(c.value, c.category, c.subject_code, c.claimant_code) for c in claims] == [(1, "killed", "ETH", "ETH")]


def test_one_of_its_drones_downed(real):
    claims = real("Kyiv said one of its drones was shot down over Belgorod.")
    assert [(c.value, c.category, c.subject_code) for c in claims] == [(1, "drones_downed", "UKR")]


@pytest.mark.parametrize(
    "text",
    [
        "One of the soldiers killed in the ambush was a captain, the ministry said.",  # describes one of a toll
        "It was one of the deadliest attacks on Goma this year.",
        "One of the victims said the militia had burned the village.",
    ],
)
def test_one_of_as_a_pronoun_is_no_count(real, text):
    assert real(text) == []


# --- who claims it --------------------------------------------------------------------------


def test_acknowledging_a_loss_asserts_it(real):
    claims = real(
        "Russian officials said their troops had brought down 12 Ukrainian drones. Ukraine's army "
        "acknowledges losing three and says it shot down nine Russian drones."
    )
    got = [(c.value, c.category, c.subject_code, c.claimant_code) for c in claims]
    assert got == [(12, "drones_downed", "UKR", "RUS"), (3, "drones_downed", "UKR", "UKR"), (9, "drones_downed", "RUS", "UKR")]
    assert claims[1].claimant_name == "Ukraine's army"


def test_admitting_a_loss_asserts_it(real):
    claims = real("Ukraine said it had downed 15 Russian drones overnight. Moscow admitted losing four, "
                  "but said its forces had destroyed ten Ukrainian drones over Kursk.")
    assert [(c.value, c.category, c.subject_code, c.claimant_code) for c in claims] == [
        (15, "drones_downed", "RUS", "UKR"), (4, "drones_downed", "RUS", "RUS"), (10, "drones_downed", "UKR", "RUS")]


def test_the_owner_of_rejected_reports_is_the_claimant_not_the_rejecter(real):
    claims = real("General Yasser al-Atta rejected Ukrainian media reports that eleven Russian soldiers had been killed.")
    assert [(c.value, c.category, c.claimant_name, c.claimant_code) for c in claims] == [
        (11, "killed", "Ukrainian media", "UKR")]
    # reports that name no owner leave the number unclaimed, not the rejecter's
    claims = real("The ministry dismissed reports that 30 civilians had been killed in Goma.")
    assert [(c.value, c.claimant_name) for c in claims] == [(30, None)]


def test_a_second_that_clause_of_refuge_is_displacement(real):
    claims = real("Oleksandr Prokudin said shelling had wounded four civilians in Kherson and that 600 people "
                  "had been taken to shelters.")
    assert _facts(claims) == [(4, "injured", "Oleksandr Prokudin"), (600, "displaced", "Oleksandr Prokudin")]
    claims = real("The UN said that 1,300 families had fled to camps near Bentiu and that nine children had "
                  "been injured in the fighting.")
    assert [(c.value, c.category) for c in claims] == [(1300, "displaced"), (9, "injured")]


def test_the_nearest_clauses_refuge_wins_over_a_hospital_in_the_first_clause(real):
    """The climb from "families" passes "moved" on its way up the coordination to "reached
    hospital": the nearer verb's refuge says what happened, not the first clause's hospital."""
    claims = real(
        "Red Crescent official Amal Osman said the wounded had reached hospital in Kosti and that "
        "some 900 families had been moved to safer places south of the river."
    )
    assert [(c.value, c.category) for c in claims] == [(900, "displaced")]


def test_a_reduced_relative_misparsed_as_a_clausal_subject_still_dies(nlp):
    """The parser sometimes reads "three men injured in the bombardment had died" as a clause
    "three men injured ..." subject of "died": the verb of dying still says what happened."""
    from spacy.tokens import Doc

    from crisislens.extract.claims import _dying_verb

    words = ["three", "men", "injured", "in", "bombardment", "had", "died"]
    doc = Doc(
        nlp.vocab, words=words, heads=[1, 2, 6, 2, 3, 6, 6],
        deps=["nummod", "nsubj", "csubj", "prep", "pobj", "aux", "ROOT"],
        pos=["NUM", "NOUN", "VERB", "ADP", "NOUN", "AUX", "VERB"],
        tags=["CD", "NNS", "VBN", "IN", "NN", "VBD", "VBN"],
        lemmas=["three", "man", "injure", "in", "bombardment", "have", "die"],
    )
    assert _dying_verb(doc[1]).i == 6


def test_between_two_years_is_a_span_of_time_not_a_count(real):
    """The range rule joins "between X and Y" into one group; two year bounds are a period,
    excluded as a single year is."""
    claims = real("The clashes between 2019 and 2021 killed 400 people in Tigray, the UN said.")
    assert [(c.value, c.category) for c in claims] == [(400, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 200 soldiers took shelter in a school after the ambush near Goma.",
        "The army said 50 soldiers had been moved to safer places after the shelling of Kherson.",
        "About 80 troops took refuge in the barracks in El Fasher, the governor said.",
    ],
)
def test_soldiers_who_move_or_shelter_are_not_displaced(real, text):
    assert [c.category for c in real(text)] == []


def test_villagers_who_take_refuge_are_displaced(real):
    claims = real("About 80 villagers took refuge in the mosque in Bentiu, the governor said.")
    assert [(c.value, c.category) for c in claims] == [(80, "displaced")]


# --- "a mother of three", "a family of five", "a farmer and his son" ---------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("A mother of three was killed when a shell hit her house in Kharkiv, officials said.",
         [(1.0, "killed", "officials")]),
        ("A family of five was killed in the strike on Kharkiv, officials said.", [(5.0, "killed", "officials")]),
        ("A farmer and his son were killed by a mine in Kherson, police said.", []),
    ],
)
def test_a_parent_of_n_is_one_victim_and_a_sized_or_coordinated_subject_is_no_one(real, text, facts):
    assert _facts(real(text)) == facts
