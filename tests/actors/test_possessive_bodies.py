"""A body owned by a possessive pronoun ("his government", "its army", "his country") is the
body of the pronoun's owner, not of whatever state the sentence happens to name."""

from __future__ import annotations


def code_of(index, doc, word: str) -> str | None:
    tok = next(t for t in doc if t.text == word)
    actor = index.actor_for(tok)
    assert actor is not None, f"no actor for {word!r}"
    return actor.code


def test_his_government_is_the_speakers_not_the_named_state(resolve_text):
    # before: the one state named (Syria) was taken as the article's setting
    index, doc, _ = resolve_text("Erdogan said his government would retaliate against Syria.")
    assert code_of(index, doc, "government") == "TUR"
    assert code_of(index, doc, "Syria") == "SYR"


def test_his_country_takes_the_role_holders_state(resolve_text):
    index, doc, _ = resolve_text("The Kenyan president said his country would not accept the ruling of the Ugandan court.")
    assert code_of(index, doc, "country") == "KEN"


def test_its_army_is_the_owning_states(resolve_text):
    index, doc, _ = resolve_text("Russia said its army had attacked Ukrainian troops near Bakhmut.")
    army = index.actor_for(next(t for t in doc if t.text == "army"))
    assert (army.code, army.kind, army.sector) == ("RUS", "organization", "MIL")


def test_relative_pronoun_stands_for_the_noun_it_modifies(resolve_text):
    # the nearest subject is "who", i.e. Macron, not Merkel of the main clause
    index, doc, _ = resolve_text("Merkel met Macron, who said his country would send troops to Mali.")
    assert code_of(index, doc, "country") == "FRA"


def test_an_owner_of_no_known_state_does_not_take_the_named_state(resolve_text):
    index, doc, _ = resolve_text("The president said his country would not accept the deal with Iran.")
    assert code_of(index, doc, "country") is None


def test_bare_country_is_the_articles_one_state(resolve_text):
    index, doc, _ = resolve_text("Floods in Pakistan have displaced a million people, and the country has asked for aid.")
    assert code_of(index, doc, "country") == "PAK"


def test_a_country_road_is_no_actor(resolve_text):
    index, doc, _ = resolve_text("A cyclist died after a crash on a country road in Ireland.")
    assert index.actor_for(next(t for t in doc if t.text == "country")) is None


def test_event_takes_the_possessed_body_as_source(resolve_text):
    from crisislens.extract.events import extract_events

    index, doc, art = resolve_text("Ethiopia's prime minister Abiy Ahmed said his government would hold talks with Eritrea.")
    dyads = {(e.source_code, e.target_code) for e in extract_events(doc, art, index)}
    assert ("ETH", "ERI") in dyads


def test_bare_government_takes_the_state_the_article_is_about(resolve_text):
    # Kenya named four times, Uganda once: "the government" is Kenya's (before: no state,
    # since two states are named and there is no dateline)
    index, doc, _ = resolve_text(
        "Protests spread across Kenya on Tuesday. Kenyan opposition leaders called for a new strike. "
        "Kenya's interior minister said order would be restored. The government accused Uganda of arming the protesters."
    )
    assert code_of(index, doc, "government") == "KEN"


def test_bare_army_stays_codeless_when_no_state_dominates(resolve_text):
    index, doc, _ = resolve_text(
        "India and Pakistan traded fire on Tuesday. India said Pakistan had started it. The army said it had responded."
    )
    assert code_of(index, doc, "army") is None
