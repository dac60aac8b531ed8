"""Who a pronoun or a bare spokesperson goes on from: the previous sentence's subject in the
same paragraph. "he" after an office phrase is the person the text titled with it; "a
spokesman" after a body's report is that body's. Sentences about other crises (Sudan,
Ukraine) written for these tests; the real parser and actor resolver."""

from __future__ import annotations

from test_quotes_support import make_article  # noqa: E402

from crisislens.extract.quotes import extract_quotes  # noqa: E402


def _found(nlp, text: str) -> list[tuple[bool, str, str | None]]:
    from crisislens.actors.resolve import build_index

    art = make_article(text)
    doc = nlp(art.clean_text)
    return [(q.direct, q.text, q.speaker_name) for q in extract_quotes(doc, art, build_index(doc, art))]


def test_a_pronoun_after_an_office_phrase_is_its_holder_not_the_nearest_name(nlp):
    text = (
        "KHARTOUM: Director General of the Sudan Police Force (DG SPF) Maj Gen Hashim Ali said the "
        "curfew would be lifted on Monday.\n\nAnalyst Mohamed Osman said the curfew had hurt traders "
        "in Omdurman.\n\nThe DG SPF said patrols would continue. \"We will not allow looting,\" he said."
    )
    assert _found(nlp, text)[-1] == (True, "We will not allow looting", "Hashim Ali")


def test_a_bare_spokesman_goes_on_with_the_body_reporting_before(nlp):
    text = (
        "The Ukrainian army initially said four soldiers had been killed in the strike. Later a "
        "spokesman said two more had died in hospital.\n\nKyiv's foreign ministry condemned the "
        "attack. Its spokesman, Heorhiy Tykhyi, said Russia would be held to account."
    )
    assert (False, "two more had died in hospital", "Ukrainian army") in _found(nlp, text)


def test_a_bare_spokesman_after_no_report_stays_unnamed(nlp):
    # negative: the sentence before narrates an event, no body reports it
    text = (
        "Analyst Mohamed Osman said the curfew had hurt traders.\n\nShelling hit the market in "
        "Omdurman on Monday. A spokesman said three people had died."
    )
    assert _found(nlp, text)[-1] == (False, "three people had died", "spokesman")


def test_according_to_him_continues_the_person_who_spoke_last(nlp):
    text = (
        "Ukrainian Foreign Minister Andrii Sybiha said the talks had failed. \"We tried,\" he said.\n\n"
        "He accused Russia of using the talks as a pretext. According to him, Moscow had "
        "\"never meant a word of it\" in any of the rounds."
    )
    assert _found(nlp, text)[-1] == (True, "never meant a word of it", "Andrii Sybiha")
