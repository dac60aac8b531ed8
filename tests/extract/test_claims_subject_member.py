"""Whose a member of a named armed or security body is ("an IDF soldier was wounded"): the
body's state, read from the body's name as a noun modifier. Sentences about other crises than
the practice sets, written for these tests, through the real pipeline."""

from __future__ import annotations

from test_quotes_support import make_article

from crisislens.extract.claims_subject import body_member_code


def _subjects(claims) -> list[tuple]:
    return [(c.value, c.category, c.subject_code) for c in claims]


def test_a_member_named_by_a_state_force_is_that_states(real):
    # no place and no demonym: only the force's name says whose the soldier is
    claims = real("An IDF soldier was wounded when Hamas gunmen opened fire, the military said.")
    assert _subjects(claims) == [(1, "injured", "ISR")]


def _member_code(nlp, text: str) -> str | None:
    from crisislens.actors.resolve import build_index

    art = make_article(text)
    doc = nlp(art.clean_text)
    noun = next(t for t in doc if t.dep_ == "nsubjpass")
    return body_member_code(build_index(doc, art), noun)


def test_the_force_modifier_gives_its_state(nlp):
    assert _member_code(nlp, "An IDF soldier was wounded when Hamas gunmen opened fire.") == "ISR"


def test_a_body_of_no_armed_or_security_sector_gives_no_state(nlp):
    # a news agency's country is not its journalist's side
    assert _member_code(nlp, "A Reuters journalist was wounded when Russian forces opened fire.") is None
