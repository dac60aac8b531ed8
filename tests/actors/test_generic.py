"""Generic group actors, modifiers of a lone token, and owners of coordinated roles."""

from __future__ import annotations


def token(doc, text):
    return next(t for t in doc if t.text == text)


def sig(actor):
    return None if actor is None else (actor.code, actor.sector, actor.kind)


def test_actor_for_a_lone_token_sees_its_demonym(resolve_text):
    index, doc, _ = resolve_text("The Indian attacks killed 31 people in Pakistan.")
    assert index.actor_for(token(doc, "attacks")).code == "IND"
    # a Span still only looks inside itself
    people = token(doc, "people")
    assert index.actor_for(doc[people.i:people.i + 1]) is None


def test_possessive_owner_of_a_non_actor_head(resolve_text):
    index, doc, _ = resolve_text("Pakistan's retaliation began before dawn on Saturday.")
    assert index.actor_for(token(doc, "retaliation")).code == "PAK"


def test_coordinated_possessors_name_one_adviser_each(resolve_text):
    index, doc, _ = resolve_text("Pakistan and India's national security advisers spoke on Saturday.")
    phrase = doc[0:7]
    assert [a.name for a in index.actors_for(phrase)] == ["Asim Malik", "Ajit Doval"]
    assert index.actor_for(phrase).name == "Asim Malik"  # not the state Pakistan


def test_coordinated_demonyms_and_plural_role_of_two_states(resolve_text):
    index, doc, _ = resolve_text("The Indian and Pakistani national security advisers met in Riyadh.")
    assert {a.name for a in index.actors_for(token(doc, "advisers"))} == {"Ajit Doval", "Asim Malik"}
    index, doc, _ = resolve_text("The foreign ministers of India and Pakistan spoke by phone.")
    assert {a.name for a in index.actors_for(token(doc, "ministers"))} == {"S. Jaishankar", "Ishaq Dar"}


def test_troops_and_police_take_the_state_of_demonym_or_place(resolve_text):
    index, doc, _ = resolve_text("Israeli soldiers opened fire on Palestinian protesters near Jenin.")
    assert sig(index.actor_for(token(doc, "soldiers"))) == ("ISR", "MIL", "role")
    assert sig(index.actor_for(token(doc, "protesters"))) == ("PSE", "OPP", "role")
    index, doc, _ = resolve_text("Indian police detained two men.")
    assert sig(index.actor_for(token(doc, "police")))[:2] == ("IND", "COP")
    index, doc, _ = resolve_text("Police in Karachi arrested three suspects on Monday.")
    assert sig(index.actor_for(token(doc, "Police")))[:2] == ("PAK", "COP")


def test_armed_non_state_groups_are_nsg_whatever_the_demonym(resolve_text):
    index, doc, _ = resolve_text("Gunmen killed six Philippine Army soldiers in an ambush.")
    assert sig(index.actor_for(token(doc, "Gunmen"))) == ("NSG", "REB", "role")
    assert sig(index.actor_for(token(doc, "soldiers")))[:2] == ("PHL", "MIL")
    index, doc, _ = resolve_text("A suicide bomber struck a police checkpoint, and Afghan militants claimed it.")
    assert sig(index.actor_for(token(doc, "bomber")))[:2] == ("NSG", "REB")
    assert sig(index.actor_for(token(doc, "militants")))[:2] == ("NSG", "REB")


def test_bare_group_nouns_get_no_state(resolve_text):
    index, doc, _ = resolve_text("Officials said the rebels had freed the villagers.")
    assert sig(index.actor_for(token(doc, "Officials"))) == (None, "GOV", "role")
    assert sig(index.actor_for(token(doc, "villagers"))) == (None, "CVL", "role")


def test_modifiers_and_enumerations_are_not_group_actors(resolve_text):
    index, doc, _ = resolve_text("World leaders including Donald Trump condemned strikes on civilian areas and an army camp.")
    assert index.actor_for(token(doc, "leaders")) is None
    assert index.actor_for(doc[token(doc, "civilian").i:token(doc, "areas").i + 1]) is None
    assert index.actor_for(doc[token(doc, "army").i:token(doc, "camp").i + 1]) is None


def test_generic_actors_never_become_main_actors(resolve_text):
    from crisislens.actors.salience import main_actors

    index, _, art = resolve_text("Protesters clashed with police in Lahore as militants attacked soldiers.")
    kinds = {a.kind for a in index.actors() if a.sector in ("OPP", "REB", "MIL", "COP")}
    assert kinds == {"role", "organization"}  # police placed in Lahore is Pakistan's police
    main = main_actors(index.actors(), index.mentions(), art.text)
    assert not [a for a in main if a.sector in ("OPP", "REB", "MIL", "COP")]
