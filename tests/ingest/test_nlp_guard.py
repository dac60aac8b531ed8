"""The sentence guard in crisislens.nlp: quotations and titles keep a sentence whole."""

from __future__ import annotations

import pytest

from crisislens import nlp as nlp_module


def _sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_quoted_sentences_stay_with_their_speaker(nlp):
    text = "“This is one. And two,” he said on Monday."
    assert _sentences(nlp, text) == [text]


def test_title_abbreviation_does_not_end_a_sentence(nlp):
    text = "The army chief, Gen. Asim Munir, met the minister."
    assert _sentences(nlp, text) == [text]


def test_line_break_starts_a_sentence(nlp):
    doc = nlp("India closed its airspace\nPakistan did the same.")
    assert [t.text for t in doc if t.is_sent_start][:2] == ["India", "Pakistan"]


def test_a_paragraph_opening_with_a_quotation_keeps_it_whole(nlp):
    text = "Officials spoke.\n“This is one. And two,” he said on Monday."
    assert _sentences(nlp, text)[-1] == "“This is one. And two,” he said on Monday."


def test_marks_are_one_value_per_token_and_unbalanced_quotes_give_up(nlp):
    # an opening mark that never closes must not glue the rest of the text together
    text = "He said “ " + "Word " * (nlp_module.MAX_QUOTED_TOKENS + 20) + ". Next one starts here."
    doc = nlp.tokenizer(text)
    marks = nlp_module.sentence_marks(doc)
    assert len(marks) == len(doc)
    assert nlp_module.NOT_START in marks
    assert marks[-3:] == [nlp_module.UNSET] * 3


def test_guard_leaves_marks_on_the_doc_in_one_write(nlp):
    doc = nlp.tokenizer("He said: “We will respond.” Then he left.\nNew line here.")
    marks = nlp_module.sentence_marks(doc)
    nlp_module.sentence_guard(doc)
    expected = {nlp_module.START: True, nlp_module.NOT_START: False}
    for tok, mark in zip(doc, marks, strict=True):
        if mark in expected:
            assert tok.is_sent_start is expected[mark]


def test_long_texts_are_parsed_in_pieces_joined_into_the_same_text(monkeypatch):
    monkeypatch.setattr(nlp_module, "CHUNK_CHARS", 120)
    paras = [f"Paragraph {i}: India said “we will respond, and soon,” officials added." for i in range(8)]
    text = "\n\n".join(paras) + "\nno final break " + "x" * 300
    (doc,) = list(nlp_module.parse([text, "Short one."]))[:1]
    assert doc.text == text
    starts = {t.idx for t in doc if t.is_sent_start}
    assert all(text.index(p) in starts for p in paras)
    # the quotation of every paragraph stays inside its sentence
    assert not any(t.is_sent_start for t in doc if t.text == "officials")


def test_chunks_cut_after_the_best_break_and_rejoin_exactly():
    text = "aaaa bbbb. cccc\ndddd\n\neeee ffff " + "g" * 50
    pieces = nlp_module.chunks(text, 16)
    assert "".join(pieces) == text
    assert all(len(p) <= 16 for p in pieces)
    assert pieces[0] == "aaaa bbbb. cccc\n"  # a line break beats a sentence end


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("KHARTOUM, June 12 (Reuters) - Sudan's army said it had repelled an assault.", "KHARTOUM, June 12 (Reuters) -"),
        ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Jill Stein was escorted off the premises.", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"),
        ("WASHINGTON (AP) — The Latest on the race.", "WASHINGTON (AP) —"),
        ("Headline here\nNAIROBI, March 3 – Police fired tear gas at protesters.", "NAIROBI, March 3 –"),
    ],
)
def test_a_wire_dateline_is_its_own_sentence(nlp, text, first):
    """The dateline's city must not become the subject of the sentence after it."""
    sents = [s.text.strip() for s in nlp(text).sents]
    assert first in sents and sents[sents.index(first) + 1][:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "NATO and the EU - both based in Brussels - condemned the attack.",
        "UN officials said - without giving details - that aid was blocked.",
        "ISIS fighters - dozens of them - crossed the border.",
    ],
)
def test_a_dash_after_capitals_is_no_dateline_when_words_follow(nlp, text):
    assert len(list(nlp(text).sents)) == 1
