"""An indefinite role ("a State Department spokesperson") introduces an unnamed member of the
office: it is never the office's dated holder (office_holders.tsv) nor a person named before."""

from __future__ import annotations


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_an_indefinite_spokesperson_is_not_the_dated_holder(resolve_text):
    index, doc, _ = resolve_text("A US State Department spokesperson said Washington was in touch with both sides.", "2025-06-10")
    who = index.actor_for(token(doc, "spokesperson"))
    assert who is None or who.name != "Tammy Bruce"
    assert all(a.name != "Tammy Bruce" for a in index.actors())


def test_the_definite_spokesperson_is_still_the_dated_holder(resolve_text):
    index, doc, _ = resolve_text("The State Department spokesperson said Washington was in touch with both sides.", "2025-06-10")
    assert index.actor_for(token(doc, "spokesperson")).name == "Tammy Bruce"


def test_another_minister_is_not_the_one_named_before(resolve_text):
    index, doc, _ = resolve_text(
        "Ukraine's foreign minister Andrii Sybiha arrived in Brussels on Monday. "
        "Another foreign minister said the talks had failed.",
        "2025-06-10",
    )
    tokens = [t for t in doc if t.text == "minister"]
    assert index.actor_for(tokens[0]).name == "Andrii Sybiha"
    later = index.actor_for(tokens[1])
    assert later is None or later.name != "Andrii Sybiha"


def test_an_indefinite_first_mention_is_the_person_named_later_in_that_role(resolve_text):
    index, doc, _ = resolve_text(
        "Two soldiers were killed near Kharkiv, a military spokesperson said on Tuesday. "
        "Military spokesperson Colonel Oleksiy Petrenko said the shelling began at dawn.",
        "2025-06-10",
    )
    first = next(t for t in doc if t.text == "spokesperson")
    assert index.actor_for(first).name == "Oleksiy Petrenko"
