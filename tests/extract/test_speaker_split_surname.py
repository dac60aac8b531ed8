"""A surname the tagger splits off as a place ("Khan" tagged GPE after "Sardar Imtiaz") is
still the head of the person's name. The parse is the real one; the entity split is set on it
by hand, as the tagger made it on a practice article (Afghanistan sentence written for the test)."""

from __future__ import annotations

from spacy.tokens import Span
from test_quotes_support import make_article  # noqa: E402

from crisislens.extract.quotes import extract_quotes  # noqa: E402


def _run(nlp, text: str, person: str, place: str | None):
    from crisislens.actors.resolve import build_index

    art = make_article(text)
    doc = nlp(art.clean_text)
    words = [t.text for t in doc]
    start = words.index(person.split()[0])
    ents = [Span(doc, start, start + len(person.split()), label="PERSON")]
    if place is not None:
        ents.append(Span(doc, start + len(person.split()), start + len(person.split()) + 1, label="GPE"))
    doc.set_ents(ents, default="outside")
    return [(q.text, q.speaker_name) for q in extract_quotes(doc, art, build_index(doc, art))]


TEXT = "Kunduz Deputy Governor Gul Mohammad Khan told reporters that the road to Baghlan was closed."


def test_a_surname_tagged_as_a_place_stays_in_the_speakers_name(nlp):
    assert _run(nlp, TEXT, "Gul Mohammad", "Khan") == [("the road to Baghlan was closed", "Gul Mohammad Khan")]


def test_a_name_the_tagger_reads_whole_is_unchanged(nlp):
    # negative: nothing after the name to join
    assert _run(nlp, TEXT, "Gul Mohammad Khan", None) == [("the road to Baghlan was closed", "Gul Mohammad Khan")]
