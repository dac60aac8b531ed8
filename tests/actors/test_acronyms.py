"""An acronym two organisations share is settled by the article (actors/acronyms.py): RSF is
Sudan's Rapid Support Forces or Reporters Without Borders. Sentences about other crises,
written for these tests."""

from __future__ import annotations

from crisislens.actors import gazetteer as gz
from crisislens.actors.gazetteer import phrase_key

PARAMILITARY = ("Rapid Support Forces", "NSG")
PRESS_GROUP = ("Reporters Without Borders", None)


def rsf_readings(index, doc):
    """(name, code) of every 'RSF' token's actor (None where unresolved)."""
    out = []
    for t in doc:
        if t.text == "RSF":
            a = index.actor_for(t)
            out.append((a.name, a.code) if a is not None else None)
    return out


def test_the_data_has_both_readings_and_what_identifies_each():
    g = gz.load()
    names = {e.name for e in g.table[phrase_key("RSF")]}
    assert {PARAMILITARY[0], PRESS_GROUP[0]} <= names
    for name in g.readings:
        assert any(e.name == name for es in g.table.values() for e in es), name


def test_spelled_out_as_the_press_group(resolve_text):
    index, doc, _ = resolve_text(
        "Reporters Without Borders (RSF) said 12 journalists had been killed in Gaza this year. "
        "RSF urged Israel to protect the press."
    )
    assert rsf_readings(index, doc) == [PRESS_GROUP, PRESS_GROUP]


def test_spelled_out_as_the_paramilitary(resolve_text):
    index, doc, _ = resolve_text(
        "The Rapid Support Forces (RSF) shelled El Fasher on Sunday. The RSF denied targeting civilians."
    )
    assert rsf_readings(index, doc) == [PARAMILITARY, PARAMILITARY]


def test_the_nearest_spelling_before_decides_when_both_appear(resolve_text):
    index, doc, _ = resolve_text(
        "The Rapid Support Forces took Wad Madani in December. RSF fighters looted the market. "
        "Separately, Reporters Without Borders condemned the arrest of a reporter in Tunis. "
        "RSF called for his release."
    )
    assert rsf_readings(index, doc) == [PARAMILITARY, PRESS_GROUP]


def test_the_actors_around_decide_when_it_is_not_spelled_out(resolve_text):
    index, doc, _ = resolve_text("The RSF shelled the city, the Sudanese army said.")
    assert rsf_readings(index, doc) == [PARAMILITARY]
    index, doc, _ = resolve_text("RSF said the detention of two Reuters reporters in Myanmar was an outrage.")
    assert rsf_readings(index, doc) == [PRESS_GROUP]


def test_nothing_to_go_on_leaves_it_unresolved_and_says_so(resolve_text):
    index, doc, _ = resolve_text("RSF said the talks would continue.")
    assert rsf_readings(index, doc) == [None]
    assert any("'RSF' may be" in m and "unresolved" in m for m in index.messages())


def test_an_acronym_only_one_organisation_has_is_left_alone(resolve_text):
    index, doc, _ = resolve_text("HRW said the militia had executed prisoners in Darfur.")
    hrw = index.actor_for(next(t for t in doc if t.text == "HRW"))
    assert hrw is not None and hrw.name == "Human Rights Watch" and hrw.code is None
    assert index.messages() == []
