"""Attributions through measured argument frames (noun-phrase objects, infinitives,
prepositional objects), on real-style news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_quotes_support import make_parser  # noqa: E402

from crisislens.extract.quotes import extract_quotes  # noqa: E402
from crisislens.extract.quotes_lexicon import appeal_verb, cue_frames  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "src" / "crisislens" / "extract" / "data"


@pytest.fixture(scope="module")
def parse_one(nlp):
    return make_parser(nlp)


def quotes_of(parse_one, text: str):
    art, doc, idx = parse_one(text)
    return extract_quotes(doc, art, idx)


def test_frames_file_names_its_source_and_holds_measured_rows():
    first = (DATA / "quote_frames.tsv").read_text("utf-8").splitlines()[0]
    assert first.startswith("# source:") and "PolNeAR" in first and "train" in first
    frames = cue_frames()
    assert "dobj" in frames[("criticize", "VERB")]
    assert "xcomp" in frames[("decline", "VERB")]
    assert ("be", "VERB") not in frames  # a copula is never a cue


def test_the_object_of_criticize_is_an_event_not_words(parse_one):
    assert quotes_of(parse_one, "Senator Rand Paul criticized the administration's handling of the border crisis.") == []


def test_accusations_and_rejections_of_events_give_no_quote(parse_one):
    assert quotes_of(parse_one, "Pakistan and India accused each other of violating the ceasefire.") == []
    assert quotes_of(parse_one, "The foreign ministry rejected the accusation.") == []
    assert quotes_of(parse_one, "Ted Cruz accused Donald Trump of lying about his record on immigration.") == []


def test_declining_to_comment_asserts_nothing(parse_one):
    assert quotes_of(parse_one, "Jaishankar declined to comment on the ceasefire talks with Pakistan.") == []


def test_the_infinitive_of_a_speech_verb_is_a_proposition(parse_one):
    qs = quotes_of(parse_one, "The defence minister vowed to respond to any further attack with full force.")
    assert [q.text for q in qs] == ["to respond to any further attack with full force"]
    assert qs[0].cue == "vowed" and not qs[0].direct


def test_a_directive_with_an_infinitive_is_an_appeal(parse_one):
    qs = quotes_of(parse_one, "Sheikh Abdullah bin Zayed urged both sides to show restraint.")
    assert qs == []


def test_appeals_are_left_to_the_event_coder(parse_one):
    assert appeal_verb("express") and not appeal_verb("criticize")
    qs = quotes_of(parse_one, "The United Nations called for restraint and expressed deep concern over the strikes.")
    assert qs == []


def test_negated_and_empty_objects_are_not_attributions(parse_one):
    assert quotes_of(parse_one, "Clinton did not criticize the trade agreement during the debate.") == []
    assert quotes_of(parse_one, "Sanders mentioned it twice.") == []


def test_a_cue_inside_reported_speech_adds_no_second_attribution(parse_one):
    qs = quotes_of(parse_one, "Obama said that Republicans had criticized the plan for months.")
    assert len(qs) == 1 and qs[0].cue == "said"


def test_headline_colon_names_the_speaker(parse_one):
    qs = quotes_of(parse_one, "Shehbaz Sharif: India will pay for its aggression\nThe prime minister spoke on Wednesday.")
    assert len(qs) == 1
    assert qs[0].text == "India will pay for its aggression" and qs[0].cue == ":"
    assert qs[0].speaker_name and "Sharif" in qs[0].speaker_name


def test_labels_and_times_before_a_colon_are_not_speakers(parse_one):
    text = "UPDATE: The ministry closed the airspace over Lahore\n6:05 p.m.: Polls close across the state tonight."
    assert [q for q in quotes_of(parse_one, text) if q.cue == ":"] == []


def test_an_intention_reported_by_someone_else_is_not_a_second_quote(parse_one):
    qs = quotes_of(parse_one, "Sharif said that India wants to escalate the conflict along the border.")
    assert [(q.cue, q.text) for q in qs] == [("said", "India wants to escalate the conflict along the border")]


def test_a_poll_named_before_the_comma_is_the_source(parse_one):
    qs = quotes_of(
        parse_one, "In a Gallup Pakistan survey released on Monday, most respondents backed the army's response."
    )
    assert len(qs) == 1 and qs[0].cue == "in survey"
    assert qs[0].text == "most respondents backed the army's response"
    assert qs[0].speaker_name and "survey" in qs[0].speaker_name


def test_a_participle_on_a_noun_speaks_for_the_noun(parse_one):
    qs = quotes_of(parse_one, "The army released a statement saying that two drones were shot down near Lahore.")
    assert len(qs) == 1 and qs[0].text == "two drones were shot down near Lahore"
    assert qs[0].speaker_name == "The army"


def test_speaker_keeps_the_honorific_the_text_writes(nlp):
    from test_quotes_support import make_article

    from crisislens.actors.resolve import build_index

    text = "UAE Foreign Minister Sheikh Abdullah bin Zayed said that dialogue was the only way forward."
    art = make_article(text)
    doc = nlp(art.clean_text)
    qs = extract_quotes(doc, art, build_index(doc, art))
    assert [(q.speaker_name, q.text) for q in qs] == [("Sheikh Abdullah bin Zayed", "dialogue was the only way forward")]


# --- "acknowledged the loss of ...": a fact stated as a noun of a happening ---------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The UN mission in Mali confirmed the deaths of two peacekeepers near Kidal on Sunday.",
         "the deaths of two peacekeepers near Kidal"),
        ("Russia's defence ministry acknowledged the loss of the cruiser Moskva in the Black Sea.",
         "the loss of the cruiser Moskva in the Black Sea"),
    ],
)
def test_acknowledging_a_happening_with_its_argument_is_reported_speech(parse_one, text, content):
    assert [q.text for q in quotes_of(parse_one, text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "India announced the arrest of four suspects in Jammu.",  # an act announced: an event
        "Kyiv acknowledged the support of its allies at the summit.",  # no happening
        "The army confirmed the loss on Monday.",  # no argument: nothing stated
    ],
)
def test_other_objects_of_acknowledging_or_announcing_are_no_quote(parse_one, text):
    assert quotes_of(parse_one, text) == []
