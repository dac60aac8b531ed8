"""A phrase whose parse root names nothing (a preposition, a determiner, a number) takes the
actor of its nearest content word; a lone token keeps its own answer."""

from __future__ import annotations


def _span(doc, text: str):
    i = doc.text.index(text)
    return doc.char_span(i, i + len(text), alignment_mode="expand")


def test_a_prepositional_phrase_is_its_objects(resolve_text):
    index, doc, _ = resolve_text("Rebels fired rockets in eastern Ukraine on Monday.")
    span = _span(doc, "in eastern Ukraine")
    assert span.root.pos_ == "ADP" and index.actor_for(span).code == "UKR"
    assert index.actor_for(span.root) is None  # the preposition alone is nobody


def test_a_phrase_headed_by_a_split_number_is_the_counted_group(resolve_text):
    index, doc, _ = resolve_text("Troops shelled the camps, and more than 16 , 000 Sudanese refugees fled to Chad.")
    assert index.actor_for(_span(doc, "more than 16 , 000 Sudanese refugees")).code == "SDN"


def test_a_body_before_a_part_noun_stands_for_its_members(resolve_text):
    index, doc, _ = resolve_text("KHARTOUM - An army delegation arrived in Omdurman, and two police members were hurt.")
    assert index.actor_for(_span(doc, "An army delegation")).code == "SDN"
    assert index.actor_for(_span(doc, "two police members")).code == "SDN"  # the count is of members
    index, doc, _ = resolve_text("MOGADISHU - Militants attacked an army camp near Somalia's capital.")
    assert index.actor_for(_span(doc, "an army camp")) is None  # a camp is no part of the army's people
