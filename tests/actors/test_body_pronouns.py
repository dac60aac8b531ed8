"""it/they for states, bodies and groups: resolved only where the sentence supports it."""

from __future__ import annotations


def pronoun_targets(index, doc, word):
    ids = {a.id: a for a in index.actors()}
    return [ids[m.actor_id] for m in index.mentions() if m.how == "pronoun" and m.text == word]


def test_it_after_a_body_subject_of_a_speech_verb(resolve_text):
    index, doc, _ = resolve_text("Pakistan's Foreign Office said it would respond to any aggression.")
    it = pronoun_targets(index, doc, "it")
    assert [(a.code, a.sector, a.kind) for a in it] == [("PAK", "DIP", "organization")]


def test_possessive_its_is_left_to_the_clause(resolve_text):
    # "its blockade" owned by the subject would make the blockade's target the source itself
    index, doc, _ = resolve_text("Saudi Arabia lifted its blockade of Yemen.")
    assert pronoun_targets(index, doc, "its") == []
    blockade = next(t for t in doc if t.text == "blockade")
    assert index.actor_for(blockade) is None


def test_they_after_coordinated_states_names_both(resolve_text):
    index, doc, _ = resolve_text("India and Pakistan said they would hold talks.")
    they = next(t for t in doc if t.text == "they")
    assert [a.code for a in index.actors_for(they)] == ["IND", "PAK"]


def test_sentence_opening_it_said_takes_previous_subject(resolve_text):
    index, doc, _ = resolve_text("The Pakistan Army issued a statement on Friday. It said the border was calm.")
    assert [a.sector for a in pronoun_targets(index, doc, "It")] == ["MIL"]


def test_no_referent_for_expletives_people_or_number_mismatch(resolve_text):
    index, doc, _ = resolve_text("Pakistan said it is unclear whether India will respond.")
    assert pronoun_targets(index, doc, "it") == []
    index, doc, _ = resolve_text("Ishaq Dar said it would take time.")
    assert pronoun_targets(index, doc, "it") == []
    index, doc, _ = resolve_text("Pakistan said they had crossed the border.")
    assert pronoun_targets(index, doc, "they") == []


def test_it_after_a_dateline_takes_the_body_not_the_dateline(resolve_text):
    # the parser makes "Kinshasa" a second subject of "said"; the antecedent is the army
    index, doc, _ = resolve_text("Kinshasa -- The Congolese army, on Monday, said that it had repelled an attack by the M23 rebels.")
    it = pronoun_targets(index, doc, "it")
    assert [(a.code, a.kind) for a in it] == [("COD", "organization")]
