"""A dateline says where the reporter filed, not who acts: it is never the state of "officials
said" when the text is about another state, and it is the setting only of a text naming none."""

from __future__ import annotations


def _codes(index, doc, word: str) -> list[str | None]:
    return [index.actor_for(t).code if index.actor_for(t) else None for t in doc if t.text == word]


def test_washington_dateline_does_not_make_sudans_officials_american(resolve_text):
    index, doc, _ = resolve_text(
        "WASHINGTON, May 3 — Sudan's army and the Rapid Support Forces fought in Omdurman on Friday. "
        "Officials said 40 people were killed."
    )
    assert _codes(index, doc, "Officials") == ["SDN"]
    assert all(a.code != "USA" for a in index.actors())  # the dateline is no mention of the US


def test_dateline_without_a_date_is_still_a_dateline(resolve_text):
    index, doc, _ = resolve_text("WASHINGTON — Officials said the United States would send aid to Myanmar.")
    # two states named: nobody's officials are guessed, and the dateline is not a mention
    assert _codes(index, doc, "Officials") == [None]
    assert not any(m.text == "WASHINGTON" for m in index.mentions())


def test_dateline_is_the_setting_of_a_text_naming_no_state(resolve_text):
    index, doc, _ = resolve_text("NAIROBI, May 3 (Reuters) - Police said they fired tear gas at protesters.")
    assert _codes(index, doc, "Police") == ["KEN"]


def test_a_list_of_states_opening_the_text_is_no_dateline(resolve_text):
    index, doc, _ = resolve_text("Ukraine, Poland and Hungary met in Brussels on Friday. Officials said the talks went well.")
    assert _codes(index, doc, "Ukraine") == ["UKR"]  # a mention, not a filing place
    assert _codes(index, doc, "Officials") == [None]  # three states: no setting


def test_dateline_with_the_places_region_and_a_credit(resolve_text):
    index, doc, _ = resolve_text("BAMAKO, Mali (AP) -- Soldiers said they repelled an attack near Gao.")
    assert _codes(index, doc, "Soldiers") == ["MLI"]
