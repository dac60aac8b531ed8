"""A state word inside an organisation's name ("the Syrian Observatory for Human Rights")
is part of the name: when the dictionary knows the whole name, the organisation is the actor,
not the state; a state named alone stays the state; a predicate nominal is no actor."""

from __future__ import annotations


def actor_at(index, doc, word: str):
    return index.actor_for(next(t for t in doc if t.text == word))


def test_monitor_named_with_a_demonym_is_the_organisation(resolve_text):
    # before: only "Syrian" was resolved, so the source of "said" was the Syrian state
    index, doc, _ = resolve_text("The Syrian army shelled Idlib on Sunday, the Syrian Observatory for Human Rights said.")
    obs = actor_at(index, doc, "Observatory")
    assert obs is not None and obs.kind == "organization" and obs.code == "SYR"
    assert obs.name.startswith("Syrian Observatory")
    army = actor_at(index, doc, "army")
    assert (army.kind, army.code, army.sector) == ("organization", "SYR", "MIL")


def test_a_state_alone_stays_the_state(resolve_text):
    index, doc, _ = resolve_text("Tajikistan said it would close its border with Afghanistan.")
    assert (actor_at(index, doc, "Tajikistan").kind, actor_at(index, doc, "Tajikistan").code) == ("state", "TJK")


def test_predicate_nominal_country_is_no_actor(resolve_text):
    index, doc, _ = resolve_text("Brazil was the first country to recognise the new government of Bolivia.")
    assert actor_at(index, doc, "country") is None
