"""Whose words a quotation is when the sentence names several subjects, and which phrases of a
source's terms of speaking are no statements. Sentences about other crises (Russia-Ukraine,
Sudan, Ethiopia, Myanmar) written for these tests; the real parser and actor resolver."""

from __future__ import annotations

import pytest
from test_quotes_support import make_article  # noqa: E402

from crisislens.extract.quotes import extract_quotes  # noqa: E402


def _quotes(nlp, text: str):
    from crisislens.actors.resolve import build_index

    art = make_article(text)
    doc = nlp(art.clean_text)
    return extract_quotes(doc, art, build_index(doc, art))


def _found(nlp, text: str) -> list[tuple[bool, str, str | None]]:
    return [(q.direct, q.text, q.speaker_name) for q in _quotes(nlp, text)]


# --- a fragment inside a reported clause is the reporter's ------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Colombia's defence minister Pedro Sanchez warned that the army would pursue the ELN "
         "\"to the last corner of Arauca\".", "to the last corner of Arauca", "Pedro Sanchez"),
        ("Sudan's army chief Abdel Fattah al-Burhan vowed on Sunday that his troops would retake Khartoum "
         "\"street by street\".", "street by street", "Abdel Fattah al-Burhan"),
    ],
)
def test_a_fragment_on_the_clause_verb_is_the_reporting_subjects(nlp, text, quote, speaker):
    assert [(t, s) for d, t, s in _found(nlp, text) if d] == [(quote, speaker)]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("M23 fighters advanced \"cautiously\" into Goma on Sunday, the group's spokesman Lawrence Kanyuka said.",
         "cautiously", "Lawrence Kanyuka"),
        ("The Houthis struck back \"forcefully\" at the warships, a rebel spokesman told reporters in Sanaa.",
         "forcefully", "rebel spokesman"),
    ],
)
def test_a_scare_quoted_manner_adverb_is_the_cue_subjects_not_the_clause_subjects(nlp, text, quote, speaker):
    assert [(t, s) for d, t, s in _found(nlp, text) if d] == [(quote, speaker)]


def test_a_verb_that_takes_the_quotation_as_its_content_keeps_it(nlp):
    text = "Abiy Ahmed told parliament on Tuesday: \"We will not negotiate with the TPLF.\""
    direct = [(t, s) for d, t, s in _found(nlp, text) if d]
    assert direct == [("We will not negotiate with the TPLF.", "Abiy Ahmed")]


# --- a source's terms of speaking are no statement ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on condition of anonymity, a Sudanese army officer said the town had fallen.",
        "An Ethiopian diplomat, who asked not to be identified, said the convoy had been turned back.",
        "The convoy was turned back at the border, an Ethiopian official said, declining to be identified.",
    ],
)
def test_a_request_for_anonymity_is_no_quote(nlp, text):
    texts = [t for _, t, _ in _found(nlp, text)]
    assert all("anonymity" not in t and "identified" not in t for t in texts)
    assert len(texts) == 1


# --- a body named by a description or below the state -----------------------------------------


def test_a_bare_the_army_keeps_its_written_name_and_takes_the_datelines_side(nlp):
    text = "KHARTOUM: The army said its troops had downed four drones near Omdurman."
    found = [(q.text, q.speaker_name, q.speaker_code) for q in _quotes(nlp, text)]
    assert found == [("its troops had downed four drones near Omdurman", "The army", "SDN")]


def test_a_district_administration_speaks_for_itself_not_for_the_state(nlp):
    text = ("KYIV: Evacuation trains have taken 600 people from Pokrovsk to shelters in Dnipro, "
            "the regional administration said. Ukraine said Russia had shelled Kharkiv.")
    found = _found(nlp, text)
    assert (False, "Evacuation trains have taken 600 people from Pokrovsk to shelters in Dnipro",
            "the regional administration") in found
    assert (False, "Russia had shelled Kharkiv", "Ukraine") in found


# --- clauses that report nothing ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We have been here before: the junta declared war on the Arakan Army in 2019.",
        "The siege of El Fasher is in its second year - the RSF has vowed to take the city.",
    ],
)
def test_a_clause_set_off_by_a_colon_or_a_dash_is_not_the_cues_content(nlp, text):
    assert all(not q.text.startswith(("We have", "The siege")) for q in _quotes(nlp, text))


def test_a_that_clause_after_the_cue_is_still_its_content(nlp):
    text = "The Ethiopian government said on Friday that aid convoys could enter Mekelle."
    assert _found(nlp, text) == [(False, "aid convoys could enter Mekelle", "Ethiopian government")]


# --- a fragment in a clause coordinated with an inner verb is the outer reporter's -----------


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('Foreign ministry spokesman Nabil Abdalla said Sudan had informed the African Union of the attack and '
         'reserved the right to respond "at the time it chooses".', "at the time it chooses", "Nabil Abdalla"),
        ('Ukrainian Navy spokesman Dmytro Pletenchuk said the fleet had notified shipping companies and closed '
         'the port "until further notice".', "until further notice", "Dmytro Pletenchuk"),
    ],
)
def test_a_fragment_in_a_conjunct_of_an_inner_verb_is_the_reporters(nlp, text, quote, speaker):
    assert [(t, s) for d, t, s in _found(nlp, text) if d] == [(quote, speaker)]


def test_a_fragment_in_an_inner_reporters_own_clause_stays_the_inner_speakers(nlp):
    text = 'The minister said the general had warned that his troops would respond "decisively" to any attack on Kherson.'
    assert [(t, s) for d, t, s in _found(nlp, text) if d] == [("decisively", "the general")]


# --- a document noun whose own phrase names its author ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to a breakdown shared by the Sudanese Armed Forces, 40 fighters were killed near the river.",
         "Sudanese Armed Forces"),
        ("According to a readout from the Kremlin, the two leaders agreed to extend the grain deal by a year.",
         "Kremlin"),
        ("According to a tally released by the Myanmar junta, 120 soldiers died in the offensive in Shan State.",
         "Myanmar junta"),
    ],
)
def test_a_document_speaks_for_the_author_its_phrase_names(nlp, text, speaker):
    assert [s for d, _, s in _found(nlp, text) if not d] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the agent of a verb that does not put the document out is no author
        "According to a statement criticised by the Ukrainian army, the town had been emptied of civilians.",
        # "from" a date names no one
        "According to a statement from Monday, the convoy reached the camp with food for the families.",
    ],
)
def test_a_document_without_a_named_author_names_no_speaker(nlp, text):
    assert [s for d, _, s in _found(nlp, text) if not d] == [None]


# --- an office written earlier as a person's title stands for that person -----------------------


def test_an_office_short_form_written_as_a_title_before_a_name_is_its_holder(nlp):
    text = (
        "KHARTOUM: Director General of the Sudan Police Force (DG SPF) Maj Gen Hashim Ali said "
        "the curfew would be lifted on Monday. The DG SPF said six people had been arrested in Omdurman."
    )
    assert [s for _, _, s in _found(nlp, text)] == ["Hashim Ali", "Hashim Ali"]


def test_an_office_title_before_a_rank_and_name_is_its_holder(nlp):
    text = (
        "Myanmar army chief Senior General Min Aung Hlaing said the vote would go ahead. "
        "The army chief said the junta would not negotiate with armed groups."
    )
    assert [s for _, _, s in _found(nlp, text)] == ["Min Aung Hlaing", "Min Aung Hlaing"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the body a person serves, written before the rank, is not their office
        ("KYIV: Ukrainian Army Lt Gen Oleksandr Syrskyi visited Kharkiv on Monday. "
         "The Ukrainian Army said the front line had held.", "Ukrainian Army"),
        # a common-noun title between the phrase and the name makes the phrase another office's
        ("Sudan Police Force spokesman Ali Ahmed said six people were held in Omdurman. "
         "Later the Sudan Police Force said 12 had been released.", "Sudan Police Force"),
    ],
)
def test_a_body_written_before_a_name_is_no_office_of_the_person(nlp, text, body):
    assert _found(nlp, text)[-1][2] == body


# --- a parenthesised aside inside a rank title -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Colonel Ihor Shevchenko said the claims were false. \"Both sides inflate the other's "
         "losses,\" said Lieutenant General (retd) Petro Bondar, a former army officer.", "Petro Bondar"),
        ("Army spokesman Brigadier Nabil Abdallah said the town had fallen. \"The RSF will regroup,\" "
         "said Major General (retired) Osman Idris, a military analyst in Khartoum.", "Osman Idris"),
    ],
)
def test_a_retired_officer_marker_keeps_title_and_name_one_phrase(nlp, text, speaker):
    assert _found(nlp, text)[-1][2] == speaker


def test_a_parenthesis_that_is_no_title_aside_names_no_one(nlp):
    from crisislens.extract.speaker_names import aside_apposition

    doc = nlp("\"The front will hold,\" said General (Kyiv) Mykola Hrytsenko, a military analyst.")
    general = next(t for t in doc if t.text == "General")
    assert aside_apposition(general) is None


# --- a subject the parser hung on a fronted place ------------------------------------------------


def test_a_person_in_apposition_to_a_fronted_place_is_the_subject(nlp):
    # the parser makes "Amani Furaha" an apposition of "Goma" and leaves "said" subjectless;
    # the next quotation's "she" continues her
    text = (
        "In Goma, Amani Furaha, who fled Sake with her children, said she was not yet ready to go "
        "home. \"We will wait,\" she said."
    )
    assert _found(nlp, text) == [
        (False, "she was not yet ready to go home", "Amani Furaha"),
        (True, "We will wait", "Amani Furaha"),
    ]


def test_a_description_in_apposition_to_a_fronted_place_is_no_subject(nlp):
    # negative: "the provincial capital" describes the place; the subject is the verb's own
    text = "In Goma, the provincial capital, officials said the airport had reopened."
    assert _found(nlp, text) == [(False, "the airport had reopened", "officials")]


# --- a form of address is no part of the name ------------------------------------------------------


def test_a_courtesy_title_is_dropped_from_the_speakers_name(nlp):
    text = "Dr Olena Kovalenko, a surgeon at the Kharkiv regional hospital, said at least four were in critical condition."
    assert [s for _, _, s in _found(nlp, text)] == ["Olena Kovalenko"]


def test_an_honorific_written_as_part_of_the_name_stays(nlp):
    # negative: "Sheikh" is part of the name as Gulf usage writes it (quote_honorifics.tsv)
    text = "Sheikh Abdullah bin Khalid Al Thani said the talks would resume."
    assert [s for _, _, s in _found(nlp, text)] == ["Sheikh Abdullah bin Khalid Al Thani"]


# --- a clause set off inside a description is no part of the speaker's name ----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Residents of Sake in North Kivu, where two children were killed by a shell, said they "
         "hoped the truce would hold.", "Residents of Sake in North Kivu"),
        ("A senior army officer in the Khartoum-based 9th Division, who requested anonymity, said "
         "the retaliatory fire had destroyed six RSF positions.", "senior army officer in the Khartoum-based 9th Division"),
        # negative: a place that identifies the speakers stays
        ("Officials in the Tigray region said the road to Mekelle was closed.", "Officials in the Tigray region"),
    ],
)
def test_a_relative_clause_inside_a_description_ends_the_speakers_name(nlp, text, speaker):
    assert [s for _, _, s in _found(nlp, text)] == [speaker]


def test_a_named_apposition_inside_a_title_phrase_still_names_the_speaker(nlp):
    # negative for the clause cut: an apposition is no clause, and it names the speaker
    text = ("The governor of North Darfur, Mohamed Ali Hassan, told the Herald that 14 civilians "
            "were killed when RSF drones struck a market.")
    assert [s for _, _, s in _found(nlp, text)] == ["Mohamed Ali Hassan"]
