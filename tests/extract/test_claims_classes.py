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


# --- partitives: "four of them", "six of them seriously", "among them three children" -------


def test_a_pronoun_partitive_counts_the_things_the_pronoun_points_back_to(real):
    claims = real("Ukraine's air force said it tracked Russian drones overnight and shot down 25 of them over Kyiv.")
    assert [(c.value, c.category, c.subject_code) for c in claims] == [(25, "drones_downed", "RUS")]


def test_a_pronoun_partitive_with_no_outcome_is_no_claim(real):
    assert real("The rebels held talks with ministers and met two of them in Goma.") == []


def test_a_partitive_with_a_degree_adverb_is_a_count_in_the_tolls_category(real):
    claims = real("Forty people were wounded in the attack on Kramatorsk, six of them seriously, officials said.")
    assert _counts(claims) == [(40, "injured"), (6, "injured")]


def test_a_partitive_naming_what_they_were_explains_the_toll_and_is_no_claim(real):
    claims = real("Twelve people were killed in Kharkiv, five of them children, officials said.")
    assert _counts(claims) == [(12, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rockets killed 12 people in Kharkiv, among them three children.", [(12, "killed"), (3, "killed")]),
        ("Sudan's health ministry said the dead were civilians, among them six women.", [(6, "killed")]),
    ],
)
def test_a_count_among_them_takes_the_groups_category(real, text, expected):
    assert _counts(real(text)) == expected


def test_among_them_without_casualties_is_no_claim(real):
    assert real("Delegates met in Geneva on Monday, among them four ministers.") == []


# --- expulsions of diplomats ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Moscow expelled three British diplomats on Tuesday.", "GBR"),
        ("Niger ordered two French envoys to leave within 48 hours.", "FRA"),
        ("The ministry declared four Russian embassy staff members persona non grata.", "RUS"),
    ],
)
def test_an_expulsion_of_diplomats_is_a_count_of_other(real, text, subject):
    claims = real(text)
    assert [(c.category, c.subject_code) for c in claims] == [("other", subject)]


def test_diplomats_who_leave_of_their_own_accord_are_no_count(real):
    assert real("Two diplomats left Khartoum for talks in Jeddah.") == []


def test_a_means_gerund_after_by_is_no_assertion(real):
    # "responded by ordering" reports an act, not speech: the outlet states the count
    claims = real("Mali responded hours later by ordering two French envoys to leave.")
    assert [(c.value, c.category, c.claimant_name) for c in claims] == [(2, "other", None)]


# --- refuges, zeros, the outlet's own voice ----------------------------------------------------


def test_people_moved_to_schools_are_displaced(real):
    claims = real("About 2,000 residents of Rafah were moved to UN schools, the agency said.")
    assert _counts(claims) == [(2000, "displaced")]


def test_people_moved_to_posts_are_not_displaced(real):
    assert real("The ministry moved 300 teachers to new posts in Juba.") == []


def test_a_zero_of_struck_sites_is_restraint_not_a_count(real):
    assert real("\"No Russian military facilities were targeted,\" the Ukrainian general staff said.") == []


def test_a_zero_of_people_is_still_a_count(real):
    claims = real("\"No civilians were killed in the strike on Kramatorsk,\" the Russian ministry said.")
    assert _counts(claims) == [(0, "killed")]


def test_the_outlets_own_tally_has_no_claimant(nlp):
    from test_quotes_support import make_article

    from crisislens.actors.resolve import build_index
    from crisislens.extract.claims import extract_claims
    from crisislens.extract.quotes import extract_quotes

    text = "At least 30 people have been killed in Sudan since Monday, according to a Reuters tally of hospital figures."
    art = make_article(text)
    art.outlet = "Reuters"
    doc = nlp(text)
    index = build_index(doc, art)
    claims = extract_claims(doc, art, index, extract_quotes(doc, art, index))
    assert [(c.value, c.claimant_name) for c in claims] == [(30, None)]
    art.outlet = "Dawn"  # in another outlet's article the tally is Reuters' claim
    claims = extract_claims(doc, art, index, extract_quotes(doc, art, index))
    assert claims[0].claimant_name and "Reuters" in claims[0].claimant_name


def test_a_title_case_headline_count_the_body_states_is_recorded_once(nlp):
    from test_quotes_support import make_article

    from crisislens.actors.resolve import build_index
    from crisislens.extract.claims import extract_claims
    from crisislens.extract.quotes import extract_quotes

    title = '"Lost Two Jets, Pilots Safe": Kyiv After Raids In Crimea'
    text = f"{title}\n\nUkraine's air force said it had lost two jets near Bakhmut."
    art = make_article(text)
    art.title = title
    doc = nlp(text)
    index = build_index(doc, art)
    claims = extract_claims(doc, art, index, extract_quotes(doc, art, index))
    # the headline alone reads "Lost Two Jets" as (2, other): the body's count stands for it
    assert [(c.value, c.category) for c in claims if c.value == 2] == [(2, "aircraft_downed")]


# --- sub-counts that only describe, ranges the tagger took for dates ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three of the dead were children, the health ministry in Gaza said.",
        "Two of them were pilots, the Ukrainian air force said after the crash near Odesa.",
    ],
)
def test_a_partitive_with_a_noun_predicate_describes_a_toll_and_counts_no_one(real, text):
    assert real(text) == []


def test_a_partitive_with_an_outcome_verb_is_a_count(real):
    assert _counts(real("Two of the wounded died on Monday, hospital officials in Goma said.")) == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Between 30 and 40 fighters died in the clashes near El Fasher.", (30, 40)),
        ("Between 12 and 15 civilians were killed in the shelling of Kharkiv.", (12, 15)),
    ],
)
def test_a_range_of_a_counted_noun_at_the_sentence_start_is_no_date(real, text, bounds):
    claims = real(text)
    assert [(c.low, c.high, c.category) for c in claims] == [(*bounds, "killed")]


def test_a_range_of_years_stays_a_date(real):
    assert real("Between 2019 and 2021 the camp held 4,000 people.") == []


# --- subjects: the struck place, the earlier sentence's things, "more of its" -----------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Shells hit Kharkiv overnight, killing two civilians.", "UKR"),
        ("Russian missiles hit the Ukrainian city of Dnipro, killing nine people.", "UKR"),
        ("Ukrainian drones struck Belgorod overnight, killing two people.", "RUS"),
    ],
)
def test_the_object_of_a_verb_of_striking_places_the_dead(real, text, subject):
    assert [c.subject_code for c in real(text)] == [subject]


def test_a_struck_object_that_is_no_place_gives_no_subject(real):
    assert [c.subject_code for c in real("Shells hit a market, killing five people.")] == [None]


def test_a_figure_put_on_the_previous_sentences_count_has_its_owner(real):
    claims = real("Ukraine said its forces shot down several Russian helicopters. The army later put the figure at three.")
    assert [(c.value, c.category, c.subject_code) for c in claims] == [(3, "aircraft_downed", "RUS")]


def test_more_of_its_people_lost_are_counted(real):
    assert _counts(real("The regiment lost five more of its soldiers near Bakhmut.")) == [(5, "killed")]


def test_succumbing_to_injuries_is_dying(real):
    assert _counts(real("Five patients succumbed to their injuries in hospital in Khartoum.")) == [(5, "killed")]


# --- the agent of a noun of saying claims its content ------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Kyiv denied a report by the Associated Press that 40 soldiers had been captured.", "Associated Press"),
        ("The ministry said claims by the RSF that 300 soldiers were killed were false.", "RSF"),
    ],
)
def test_the_agent_of_a_report_claims_its_figure(real, text, claimant):
    claims = real(text)
    assert [c.claimant_name for c in claims] == [claimant]


def test_a_news_outlets_report_of_soldiers_is_not_its_states_losses(real):
    claims = real("Kyiv denied a report by the Associated Press that 40 soldiers had been captured.")
    assert [c.subject_code for c in claims] == [None]


# --- more ways of saying it: gunned down, left N dead, launched at, claimed to have -----------


def test_gunned_down_is_killed(real):
    assert _counts(real("At least 12 villagers were gunned down by gunmen in Zamfara.")) == [(12, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast left 12 people dead and 30 injured.", [(12, "killed"), (30, "injured")]),
        ("The attack on the market in Kherson left seven dead and 20 wounded.", [(7, "killed"), (20, "injured")]),
    ],
)
def test_left_n_dead_and_m_wounded_counts_both(real, text, expected):
    assert _counts(real(text)) == expected


def test_left_without_a_casualty_predicate_is_no_count(real):
    assert real("The attack left the town without power for 12 hours.") == []


def test_launched_at_sites_is_a_strike_on_them(real):
    claims = real("Russia launched 40 missiles at 12 energy facilities, Ukraine's air force said.")
    assert _counts(claims) == [(40, "missiles"), (12, "sites_struck")]


def test_launched_at_without_sites_is_no_strike(real):
    assert real("The ministry launched 12 appeals at the conference.") == []


def test_claimed_to_have_makes_the_subject_the_claimant(real):
    claims = real("The RSF claimed to have shot down two army jets over Omdurman.")
    assert [(c.value, c.category, c.claimant_name) for c in claims] == [(2, "aircraft_downed", "Rapid Support Forces")]


def test_an_infinitive_under_a_verb_that_is_no_saying_has_no_claimant(real):
    claims = real("The RSF managed to shoot down two army jets over Omdurman.")
    assert [(c.value, c.claimant_name) for c in claims] == [(2, None)]


# --- detention verbs take people; non-state fighters; the speaker's "its" ------------------


def test_the_object_of_a_verb_of_arrest_counts_people(real):
    claims = real("Kenyan police said they had arrested 14 suspected smugglers near Garissa.")
    assert _counts(claims) == [(14, "detained")]


def test_captured_things_are_no_detainees(real):
    assert real("Rebels captured 12 tanks near Goma.") == []


def test_members_of_armed_non_state_groups_are_coded_nsg(real):
    claims = real("Nigeria's army said 30 terrorists were killed in Borno.")
    assert [(c.value, c.subject_code) for c in claims] == [(30, "NSG")]


def test_soldiers_are_not_coded_nsg(real):
    assert [c.subject_code for c in real("Thirty soldiers were killed in Borno.")] != ["NSG"]


def test_the_speakers_its_is_not_the_demonym_of_the_attack(real):
    # "its" binds to the army that speaks, not to the "Eritrean" shelling named after it
    claims = real("The Ethiopian army said four of its soldiers were killed in Eritrean shelling near Zalambessa.")
    assert [(c.value, c.subject_code) for c in claims] == [(4, "ETH")]


# --- the implicit one of "a soldier": the one an outcome befalls, subject or object ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian sniper killed a Ukrainian soldier near Avdiivka on Tuesday.", [(1, "killed", "UKR")]),
        ("The army arrested a journalist in Kassala.", [(1, "detained", "SDN")]),
    ],
)
def test_a_singular_object_of_an_outcome_counts_one(real, text, expected):
    assert [(c.value, c.category, c.subject_code) for c in real(text)] == expected


def test_the_singular_agent_of_a_killing_is_no_casualty(real):
    # "a soldier" did the killing: only the two civilians are counted
    assert _counts(real("A soldier killed two civilians at a checkpoint in Juba.")) == [(2, "killed")]


def test_a_hypothetical_object_counts_no_one(real):
    assert real("A drone could kill a soldier at any moment.") == []


# --- zero partitives; first-person possessives --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ethiopian air force denied that any of its helicopters had been shot down.", [(0, "aircraft_downed", "ETH")]),
        ("None of our jets were lost, the Ukrainian air force said.", [(0, "aircraft_downed", "UKR")]),
    ],
)
def test_none_of_or_a_denied_any_of_is_a_count_of_zero(real, text, expected):
    assert [(c.value, c.category, c.subject_code) for c in real(text)] == expected


def test_any_of_without_negation_is_no_count(real):
    assert real("Any of the soldiers could be killed.") == []


def test_our_soldiers_are_the_speakers_never_a_guessed_state(real):
    # the speaker's state is unknown here: "our" gives no code rather than the "Indian" nearby
    claims = real('"We have lost three of our brave soldiers," said Major General Ahmed Sharif, '
                  "adding that 11 Indian posts had been destroyed.")
    assert [(c.value, c.subject_code) for c in claims] == [(3, None), (11, "IND")]


# --- numbers inside a counted description; a denied gerund ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five members of one family, including three children, died when a shell struck their home in Kotli.",
         [(5, "killed"), (3, "killed")]),
        ("Three of the 12 soldiers were killed in the ambush near Kidal.", [(3, "killed")]),
    ],
)
def test_a_number_inside_a_counted_description_is_no_count(real, text, expected):
    assert _counts(real(text)) == expected


def test_a_number_of_people_from_places_is_still_one_count(real):
    assert _counts(real("Six people from two villages were injured in the shelling of Sumy.")) == [(6, "injured")]


def test_denied_losing_any_is_a_count_of_zero(real):
    claims = real("Armenia denied losing any helicopters near Jermuk.")
    assert [(c.value, c.category) for c in claims] == [(0, "aircraft_downed")]


def test_sites_the_speaker_says_it_struck_are_not_the_speakers_own(real):
    # "it" is the ministry: the Belgorod place names the attacker's state, never the subject
    claims = real("Russia's defence ministry said it had struck four sites used to plan attacks in Russia's Belgorod region.")
    assert [(c.value, c.category, c.subject_code) for c in claims] == [(4, "sites_struck", None)]


def test_people_killed_in_the_speakers_state_are_its_own(real):
    claims = real("Officials said four people were killed in Belgorod.")
    assert [(c.value, c.subject_code) for c in claims] == [(4, "RUS")]


# --- detainees take the place they are held in; "the city of X"; a contrasting "while" clause --


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Kenyan police said they had arrested 14 suspected smugglers in Garissa.", "KEN"),
        ("Russian forces detained 30 residents in Kherson, Ukrainian officials said.", "UKR"),
        ("Ethiopia's federal police said it had detained five men in the city of Gondar.", "ETH"),
    ],
)
def test_people_detained_with_no_side_named_are_of_the_place(real, text, subject):
    assert [c.subject_code for c in real(text)] == [subject]


def test_detainees_whose_side_is_named_keep_it(real):
    claims = real("Russian forces detained 30 Ukrainian soldiers in Kursk.")
    assert [c.subject_code for c in claims] == ["UKR"]


def test_a_contrasting_while_clause_is_not_the_speakers_content(real):
    claims = real("Kenya's police said they had arrested 14 smugglers who they say were armed, "
                  "while the army on Friday expelled two foreign diplomats.")
    assert [(c.value, c.claimant_name) for c in claims] == [(14, "Kenya's police"), (2, None)]


def test_a_place_compounded_on_the_attack_places_its_toll(real):
    assert [(c.value, c.subject_code) for c in real("The toll from the Pahalgam attack stood at 26.")] == [(26, "IND")]


def test_a_group_compounded_on_the_attack_is_no_place(real):
    # "the Hamas attack" names the attacker, not where or whose the dead are
    assert [c.subject_code for c in real("The Hamas attack killed 1,200 people.")] == [None]


def test_an_attack_phrase_after_coordinated_outcomes_scopes_both(real):
    # the speaker reports the other side's strikes on its own people, for both counts
    claims = real("Damascus said 40 civilians had been killed and 121 wounded in the Israeli strikes.")
    assert [(c.value, c.subject_code) for c in claims] == [(40, "SYR"), (121, "SYR")]


def test_a_speakers_own_strikes_do_not_make_the_dead_its_own(real):
    claims = real("Israel said 40 militants had been killed and 12 wounded in Israeli strikes.")
    assert all(c.subject_code != "ISR" for c in claims)
    assert [c.value for c in claims] == [40, 12]


@pytest.mark.parametrize(
    "text",
    [
        'Ukrainian officials put the number of Russian soldiers killed at "more than 300", a figure Moscow rejected.',
        "Kyiv put the number of Russian soldiers killed near Avdiivka at more than 300.",
    ],
)
def test_a_figure_put_on_a_tally_whose_participle_takes_it_is_the_estimators(real, text):
    claims = real(text)
    assert [(c.value, c.category, c.subject_code) for c in claims] == [(300, "killed", "RUS")]
    assert claims[0].claimant_code == "UKR"


def test_a_tally_that_no_one_puts_a_figure_on_is_no_estimate(real):
    claims = real("The number of Russian soldiers killed near Avdiivka rose to 300.")
    assert [(c.value, c.claimant_name) for c in claims] == [(300, None)]


# --- resultatives, damage, migration, young people ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police shot dead three protesters in Nairobi.", [(3, "killed")]),
        ("The army said it had shot dead two gunmen near Bamako.", [(2, "killed")]),
        ("A school and 12 houses were damaged in the shelling of Sumy.", [(12, "other")]),
        ("Nearly 600 families have migrated to safer places from villages near Lashio, officials said.",
         [(600, "displaced")]),
        ("Russian fire killed a 10-year-old boy in Kherson, the governor said.", [(1, "killed")]),
    ],
)
def test_more_ways_of_saying_what_happened(real, text, expected):
    assert _counts(real(text)) == expected


def test_shot_without_a_resultative_is_no_death(real):
    assert real("Police shot at three cars near Nairobi.") == []


def test_counts_included_in_a_whole_share_its_side(real):
    claims = real("At least 32 people, including seven women and five children, were killed in the Israeli strikes, "
                  "Lebanon's health ministry said.")
    assert [(c.value, c.subject_code) for c in claims] == [(32, "LBN"), (7, "LBN"), (5, "LBN")]


def test_a_counted_noun_the_tagger_calls_singular_is_still_a_patient(real):
    # "khwarij" (a plural the tagger does not know) counted by "11" and neutralised
    claims = real("The ISPR said 11 khwarij were neutralised in an operation in North Waziristan.")
    assert [(c.value, c.category, c.subject_code) for c in claims] == [(11, "killed", "NSG")]


def test_multi_word_sites_are_struck(real):
    claims = real("Israel said its forces had destroyed seven rocket launch pads in southern Lebanon.")
    assert _counts(claims) == [(7, "sites_struck")]
