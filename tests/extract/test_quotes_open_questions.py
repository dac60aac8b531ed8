"""Where the rules of an indirect question, a declared small clause, a relayed report and an
office holder stop: each keeps its reading on the sentences it was written for and leaves the
report of PolNeAR's kind ("explained why ...", "declare Moscow responsible", "X plans to ...,
a spokesman announced") alone. Sentences about other crises (Ethiopia, Ukraine, Colombia,
Mali, Kenya, Sudan, Somalia) written for these tests; the real parser and actor resolver. Also a
headline's passive without its auxiliary ("Sudan says 40 civilians killed")."""

from __future__ import annotations

import pytest
from test_quotes_support import make_article  # noqa: E402

from crisislens.extract.quotes import extract_quotes_with_sources  # noqa: E402


def _run(nlp, text: str):
    from crisislens.actors.resolve import build_index

    art = make_article(text)
    doc = nlp(art.clean_text)
    quotes, sources = extract_quotes_with_sources(doc, art, build_index(doc, art))
    return art, quotes, sources


def _found(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in _run(nlp, text)[1] if not q.direct]


# --- an indirect question is no one's words only where the cue leaves it open -----------------


@pytest.mark.parametrize(
    "text",
    [
        "The Somali president failed to explain why the troops had withdrawn from Baidoa.",
        "The Ukrainian governor did not want to say how many drones had been shot down.",
        "The Colombian senator asked whether the ceasefire would hold.",
    ],
)
def test_a_question_withheld_or_put_is_no_ones_words(nlp, text):
    assert _found(nlp, text) == []


def test_a_wh_clause_under_a_cue_that_answers_it_is_the_answer_reported(nlp):
    # negative: "explained why X" gives the reason; PolNeAR annotates it as the content
    assert _found(nlp, "The Ethiopian minister explained why the talks in Pretoria had failed.") == [
        ("why the talks in Pretoria had failed", "Ethiopian minister")
    ]


# --- declaring something: a noun predicate is the act, an adjective a judgement ----------------


def test_an_adjective_predicate_of_a_declaring_verb_is_a_judgement_reported(nlp):
    assert _found(nlp, "Mali's transitional council declared the election result fraudulent.") == [
        ("the election result fraudulent", "Mali's transitional council")
    ]


# --- a trailing cue relays only a report of words ----------------------------------------------


def test_an_intention_in_the_clause_leaves_the_trailing_cue_its_report(nlp):
    # "plans to" reports no words: the spokesman said the whole clause
    found = _found(nlp, "The Kenyan government plans to reopen the border crossing at Mandera, "
                        "a spokesman announced on Monday.")
    assert found == [("The Kenyan government plans to reopen the border crossing at Mandera", "spokesman")]


# --- an office phrase names its holder, and is the phrase that names him there ------------------


def test_an_office_holders_source_is_the_office_phrase_of_its_own_sentence(nlp):
    text = (
        "KHARTOUM: Director General of the Sudan Police Force (DG SPF) Maj Gen Hashim Ali said "
        "the curfew would be lifted on Monday. The DG SPF said six people had been arrested in Omdurman."
    )
    art, quotes, sources = _run(nlp, text)
    last = quotes[-1]
    assert last.speaker_name == "Hashim Ali"
    start, end = sources[last.id]
    assert art.clean_text[start:end] == "The DG SPF"


# --- headline English: a passive without its auxiliary is the clause reported ------------------


def test_a_headline_passive_without_its_auxiliary_is_the_report(nlp):
    text = "Sudan says 40 civilians killed in El Fasher drone strike\n\nKHARTOUM: The war entered its third year on Monday."
    assert _found(nlp, text) == [("40 civilians killed in El Fasher drone strike", "Sudan")]


def test_a_reported_noun_is_no_reduced_passive(nlp):
    # negative: the deaths reported are a thing, not a clause
    assert _found(nlp, "The ministry reported the deaths of 12 civilians in Kharkiv.") == []


def test_persona_non_grata_tagged_as_a_verb_is_still_the_act_of_declaring(nlp):
    # the tagger reads "persona" as a present-tense verb after a long object
    text = ("Lithuania's foreign ministry declared three officials of the Belarusian embassy in Vilnius "
            "persona non grata and asked them to leave the country within 72 hours.")
    assert _found(nlp, text) == []
