"""One sense per article keeps a town's place sense when its PERSON tag is a title's place.

Why: the parser tags "Kherson Governor Ivan Petrenko" PERSON whole; reading "Kherson" there
as a person's name stripped the place sense from every other mention of the town. A name a
person really bears ("Ava DuVernay" ... "DuVernay") must still lose its place sense."""

import spacy
from spacy.tokens import Doc, Span

from crisislens.actors.candidates import _place_entity_ends


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_town_before_a_title_keeps_its_place_sense() -> None:
    words = ["Mykolaiv", "Governor", "Ivan", "Petrenko", "spoke", ".", "Shelling", "hit", "Mykolaiv", "."]
    doc = _doc(words, [(0, 4, "PERSON"), (8, 9, "GPE")])
    assert 8 in _place_entity_ends(doc)


def test_town_tagged_person_alone_keeps_its_place_sense() -> None:
    words = ["Residents", "of", "Mykolaiv", "fled", ".", "Mykolaiv", "was", "shelled", "."]
    doc = _doc(words, [(2, 3, "PERSON"), (5, 6, "GPE")])
    assert 5 in _place_entity_ends(doc)


def test_a_persons_surname_is_no_town() -> None:
    words = ["Ava", "DuVernay", "spoke", ".", "DuVernay", "'s", "film", "opened", "."]
    doc = _doc(words, [(0, 2, "PERSON"), (4, 5, "GPE")])
    assert 4 not in _place_entity_ends(doc)


def test_town_tagged_person_before_a_title_names_the_officials_state(resolve_text) -> None:
    """"Mykolaiv Governor NAME" (the parser tags Mykolaiv PERSON): the governor is Ukraine's."""
    idx, _, _ = resolve_text("Mykolaiv Governor Ivan Petrenko said two civilians were killed.")
    assert {a.name: a.code for a in idx.actors()}.get("Ivan Petrenko") == "UKR"


def test_a_person_tagged_name_before_no_title_is_no_place(resolve_text) -> None:
    """A surname that is also a town gives no state when no title follows it."""
    idx, _, _ = resolve_text("Ava DuVernay said the film would open next week.")
    assert {a.name: a.code for a in idx.actors()}.get("Ava DuVernay") is None
