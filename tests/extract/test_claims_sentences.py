"""Sentence bounds a count depends on (crisislens.nlp's guard): a lone full stop before a
capitalised word ends a sentence even where the tagger took it for a name, and a
paragraph's first word is no sentence of its own. Sentences about other crises, written
for these tests, with negatives (an abbreviation's stop, an initial, a dateline)."""

from __future__ import annotations

from crisislens import nlp as nlp_module


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_a_stop_after_a_designation_plural_ends_the_sentence(nlp):
    text = "Kyiv says it lost one jet and shot down two Russian Su-34s. Moscow has denied losing any aircraft."
    assert _sentences(nlp, text) == [
        "Kyiv says it lost one jet and shot down two Russian Su-34s.",
        "Moscow has denied losing any aircraft.",
    ]


def test_the_count_before_such_a_stop_keeps_its_verb(real):
    text = "Kyiv says it lost one jet and shot down two Russian Su-34s. Moscow has denied losing any aircraft."
    assert (2, "aircraft_downed") in [(c.value, c.category) for c in real(text)]


def test_a_title_whose_stop_was_split_off_ends_no_sentence(nlp):
    text = "The spokesman, Col. Hakimi, said the convoy was hit near Herat."
    assert len(_sentences(nlp, text)) == 1


def test_an_initial_ends_no_sentence(nlp):
    text = "The envoy, J. Mbeki, met the rebels in Goma."
    assert len(_sentences(nlp, text)) == 1


def test_a_paragraph_first_word_is_no_sentence(nlp):
    text = "KHARTOUM\nJune 3, 2026 10:40 EAT\n\nSix civilians, including two children, were killed when shells hit a market."
    assert _sentences(nlp, text)[-1] == (
        "Six civilians, including two children, were killed when shells hit a market."
    )


def test_a_dateline_in_capitals_is_left_to_the_parser(nlp):
    # "GOMA:" may be cut off as a dateline: only a word in lower or title case is held on
    marks = nlp_module.sentence_marks(nlp.tokenizer("GOMA: Rebels shelled the airport on Monday."))
    assert marks[1] == nlp_module.UNSET
    marks = nlp_module.sentence_marks(nlp.tokenizer("Officials met.\nSix civilians were killed."))
    assert marks[5] == nlp_module.NOT_START  # "civilians", after the line-opening "Six"
