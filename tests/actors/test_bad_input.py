"""Inputs that must not crash actor resolution."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "the weather was calm and nothing else happened today.",
        "“ ” \" \" « » “”“”",
        "Пакистан и Индия договорились о прекращении огня. 巴基斯坦和印度同意停火。",
        "",
        "\n\n\n",
    ],
)
def test_odd_texts_give_no_actors_and_no_crash(resolve_text, text):
    index, doc, _ = resolve_text(text)
    assert index.actors() == [] and index.mentions() == []
    for tok in doc:
        assert index.actor_for(tok) is None
        assert index.place_for(tok) is None


def test_one_very_long_sentence(resolve_text):
    text = ("Pakistan and India exchanged fire near Kashmir while officials in Islamabad said " * 700)[:50_000]
    index, doc, art = resolve_text(text)
    codes = {a.code for a in index.actors()}
    assert {"PAK", "IND"} <= codes
    assert all(art.text[m.start:m.end] == m.text for m in index.mentions())


def test_without_publication_date_only_current_holders_are_used(resolve_text):
    index, _, _ = resolve_text("The US secretary of state urged restraint.", published=None)
    assert [a.name for a in index.actors() if a.kind == "person"] == ["Marco Rubio"]
    old, _, _ = resolve_text("The US secretary of state urged restraint.", published="2023-03-01")
    assert [a.name for a in old.actors() if a.kind == "person"] == ["Antony Blinken"]
