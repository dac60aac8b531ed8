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


def sig(index, doc, word):
    a = index.actor_for(next(t for t in doc if t.text == word))
    return (a.code, a.sector, a.roles) if a is not None else None


def test_a_state_before_a_dotted_rank_is_the_officers_state(resolve_text):
    # "Maj." is tokenised "Maj" + "."; the stop used to end the run of titles before the state
    index, doc, _ = resolve_text("Kenyan Maj. Gen. Wachira Oloo said the convoy was safe.")
    assert sig(index, doc, "Oloo") == ("KEN", "MIL", ["Gen"])  # the rank nearest the name, once
    index, doc, _ = resolve_text("Russian Lt. Alexei Ivanov was captured near Kharkiv.")
    assert sig(index, doc, "Ivanov") == ("RUS", "MIL", ["Lt"])


def test_a_rank_word_that_modifies_an_office_is_no_military_role(resolve_text):
    index, doc, _ = resolve_text("Virginia Lt. Gov. Ralph Northam said the vote was close.")
    code, sector, roles = sig(index, doc, "Northam")
    assert sector == "GOV" and roles == ["Gov."]


def test_a_sentences_final_stop_after_a_role_does_not_join_it_to_the_next_name(resolve_text):
    index, doc, _ = resolve_text("The troops were led by a Kenyan general. Wachira Oloo said the convoy was safe.")
    assert sig(index, doc, "Oloo") == (None, None, [])
