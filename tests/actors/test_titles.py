"""Military ranks before a name (words.tsv military_titles): a rank written before a name is
that person's title, never a role actor of its own. Sentences about other crises, written for
these tests."""

from __future__ import annotations


def test_a_rank_before_a_name_ner_missed_is_no_role_actor(resolve_text):
    # "Maj" was missing from the hard-coded list: "Maj Gen" became a role actor of Zimbabwe
    index, _doc, _ = resolve_text("Zimbabwe's Maj Gen Kudakwashe Ncube said the army had withdrawn.")
    assert [a for a in index.actors() if a.kind == "role"] == []
    assert any(a.code == "ZWE" and a.kind == "state" for a in index.actors())


def test_a_rank_with_no_name_after_it_is_still_a_role(resolve_text):
    index, doc, _ = resolve_text("A Sudanese general said the ceasefire had collapsed.")
    general = index.actor_for(next(t for t in doc if t.text == "general"))
    assert general is not None and (general.kind, general.code, general.sector) == ("role", "SDN", "MIL")
