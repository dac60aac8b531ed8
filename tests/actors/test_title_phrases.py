"""The state and sector English writes in the words before a name or a group noun: a demonym
among a head's stacked modifiers, a possessor past adjectives, a group noun used as a title."""

from __future__ import annotations

import pytest


def _sig(index, doc, word: str) -> tuple[str | None, str | None]:
    a = index.actor_for(next(t for t in doc if t.text == word))
    return (a.code, a.sector) if a is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Senior Ukrainian intelligence officials said the drones came from Iran.", "officials", "UKR"),
        ("Afghan border police officers closed the crossing.", "officers", "AFG"),
    ],
)
def test_a_demonym_among_the_heads_modifiers_owns_it(resolve_text, text, word, code):
    index, doc, _ = resolve_text(text)
    assert _sig(index, doc, word)[0] == code


def test_a_state_word_modifying_something_else_owns_nothing(resolve_text):
    # "Russian" modifies "objections", another noun phrase: the officials stay nobody's
    index, doc, _ = resolve_text("Despite Russian objections officials said talks with Turkey and Iran would go on.")
    assert _sig(index, doc, "officials")[0] is None


@pytest.mark.parametrize(
    ("text", "word", "sig"),
    [
        ("Sudan's renegade Gen. Abu Bakr Hamid said his forces would fight on.", "Hamid", ("SDN", "MIL")),
        ("Libya's ousted president Ali Omar was freed.", "Omar", ("LBY", "GOV")),
        ("Jailed Belarusian opposition leader Maria Kolesnikova said she would appeal.", "Kolesnikova", ("BLR", "OPP")),
        ("Exiled Venezuelan activist Rosa Mendez spoke in Madrid.", "Mendez", ("VEN", "OPP")),
        ("Prominent Sudanese journalist Omar Bashir was detained.", "Bashir", ("SDN", "MED")),
    ],
)
def test_titles_before_a_name_give_its_state_and_sector(resolve_text, text, word, sig):
    index, doc, _ = resolve_text(text)
    assert _sig(index, doc, word) == sig


def test_an_armed_groups_title_makes_the_person_nsg_whatever_state_is_named(resolve_text):
    index, doc, _ = resolve_text("Colombian rebel commander Ivan Marquez said the talks were over.")
    assert _sig(index, doc, "Marquez")[0] == "NSG"


def test_an_honorific_stays_a_title_and_the_role_after_the_name_counts(resolve_text):
    index, doc, _ = resolve_text("Myanmar's envoy, Professor Khin Maung Win, met Thai officials in Bangkok.")
    assert _sig(index, doc, "Win")[0] == "MMR"


@pytest.mark.parametrize(
    ("text", "word"),
    [("A rebel commander said the fighters would leave the town in Mali.", "commander"),
     ("Militant leaders in Somalia rejected the talks.", "leaders")],
)
def test_an_armed_groups_noun_before_a_role_makes_it_the_groups(resolve_text, text, word):
    index, doc, _ = resolve_text(text)
    assert _sig(index, doc, word)[0] == "NSG"


def test_kosovo_is_a_state(resolve_text):
    index, doc, _ = resolve_text("The president of Kosovo met Serbian officials in Brussels.")
    assert _sig(index, doc, "president")[0] == "XKX"
