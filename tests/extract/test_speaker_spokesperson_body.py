"""An unnamed spokesperson "for" a body speaks for that body: the phrase names no person,
only whose voice it is. Sentences about other crises (DR Congo, Ukraine, Sudan) written for
these tests; the real parser and actor resolver."""

from __future__ import annotations

import pytest
from test_quotes_support import make_article  # noqa: E402

from crisislens.extract.quotes import extract_quotes  # noqa: E402


def _found(nlp, text: str) -> list[tuple[bool, str, str | None]]:
    from crisislens.actors.resolve import build_index

    art = make_article(text)
    doc = nlp(art.clean_text)
    return [(q.direct, q.text, q.speaker_name) for q in extract_quotes(doc, art, build_index(doc, art))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aid had reached Goma by road, a spokesman for the International Committee of the Red Cross said.",
         "International Committee of the Red Cross"),
        ('A spokesman for Ukraine\'s military said the "situation remains difficult" near Pokrovsk.',
         "Ukraine's military"),
    ],
)
def test_an_unnamed_spokesperson_for_a_body_is_the_body(nlp, text, speaker):
    assert {s for _, _, s in _found(nlp, text)} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # negative: the phrase names the spokesman
        ("A spokesman for the Ukrainian Air Force, Yuriy Ignat, said 20 drones had been shot down.", "Yuriy Ignat"),
        # negative: a spokesperson for a person's office is no body's
        ("A spokesperson for the UN Secretary-General said the fighting in Darfur had to stop.",
         "spokesperson for the UN Secretary-General"),
    ],
)
def test_a_named_spokesperson_or_one_for_an_office_stays(nlp, text, speaker):
    assert {s for _, _, s in _found(nlp, text)} == {speaker}


# --- a statement written with its issuer as modifier is the issuer's ---------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Fighting resumed near Bakhmut on Monday, a NATO statement said.", "NATO"),
        ("The drones were launched from Crimea, a Pentagon statement said.", "Pentagon"),
    ],
)
def test_a_statement_whose_modifier_is_a_known_body_is_the_bodys(nlp, text, speaker):
    assert {s for _, _, s in _found(nlp, text)} == {speaker}


def test_a_statement_whose_modifier_is_no_body_names_no_issuer(nlp):
    # negative: a day is no author
    assert {s for _, _, s in _found(nlp, "Fighting resumed near Bakhmut, a Monday statement said.")} != {"Monday"}


def test_the_statement_after_a_bodys_statement_is_that_bodys(nlp):
    text = (
        "Fighting resumed near Bakhmut on Monday, a NATO statement said. \"The alliance stands ready,\" "
        "the statement said, adding that no member state had been attacked."
    )
    assert {s for _, _, s in _found(nlp, text)} == {"NATO"}
