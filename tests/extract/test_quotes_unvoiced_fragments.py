"""Whose a quoted fragment is when the verb inside the report does not voice it: an attitude
verb's object ("said the party backed “...”") or a speech verb not asserted ("said the
government must tell the public “...”") leaves the words to the reporter before; a naming verb's
term and a cue that relays the clause's own act keep the inner subject's. Sentences about other
crises (Uganda, Ethiopia, Sudan, Ukraine) written for these tests; the real parser and resolver."""

from __future__ import annotations

import pytest
from test_quotes_support import make_article  # noqa: E402

from crisislens.extract.quotes import extract_quotes  # noqa: E402


def _direct(nlp, text: str) -> list[tuple[str, str | None]]:
    from crisislens.actors.resolve import build_index

    art = make_article(text)
    doc = nlp(art.clean_text)
    return [(q.text, q.speaker_name) for q in extract_quotes(doc, art, build_index(doc, art)) if q.direct]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('Opposition leader Kizza Besigye said the party backed "any lawful action" against the militia.',
         "any lawful action", "Kizza Besigye"),
        ('Ethiopian opposition leader Jawar Mohammed said the government must tell the public "the whole truth".',
         "the whole truth", "Jawar Mohammed"),
        ("Sudan's army issued a statement, saying the two sides had agreed \"to open humanitarian corridors\".",
         "to open humanitarian corridors", "Sudan's army"),
    ],
)
def test_a_fragment_the_inner_verb_does_not_voice_is_the_reporters(nlp, text, quote, speaker):
    assert _direct(nlp, text) == [(quote, speaker)]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # negative: a naming verb's term is the namer's
        ('The mayor of Kharkiv said the army had described the shelling as "a massacre".', "a massacre", "the army"),
        # negative: a trailing cue relays the clause's own act
        ('President Volodymyr Zelensky praised the "courage and skill" of the air defence crews, an aide said.',
         "courage and skill", "Volodymyr Zelensky"),
    ],
)
def test_a_naming_term_or_a_relayed_act_keeps_the_inner_subjects(nlp, text, quote, speaker):
    assert _direct(nlp, text) == [(quote, speaker)]
