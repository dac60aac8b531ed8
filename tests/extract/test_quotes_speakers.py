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
