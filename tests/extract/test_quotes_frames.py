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


def test_criticized_object_is_the_content(parse_one):
    qs = quotes_of(parse_one, "Senator Rand Paul criticized the administration's handling of the border crisis.")
    assert len(qs) == 1
    q = qs[0]
    assert q.text == "the administration's handling of the border crisis"
    assert q.cue == "criticized" and q.speaker_name and "Paul" in q.speaker_name and not q.direct


def test_declined_to_comment_is_attributed(parse_one):
    qs = quotes_of(parse_one, "Jaishankar declined to comment on the ceasefire talks with Pakistan.")
    assert [q.text for q in qs] == ["to comment on the ceasefire talks with Pakistan"]


def test_object_and_preposition_of_one_cue_are_one_content(parse_one):
    qs = quotes_of(parse_one, "Ted Cruz accused Donald Trump of lying about his record on immigration.")
    assert len(qs) == 1 and qs[0].text.startswith("Donald Trump of lying")


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
