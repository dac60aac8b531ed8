"""Name comparison: accents, titles, surnames for people only, aliases from the actor list."""

from __future__ import annotations

from crisislens.eval.names import (
    ActorDirectory,
    looks_like_person,
    name_set,
    norm_name,
    same_speaker,
    surname,
)


def test_people_are_told_from_bodies_and_roles():
    for person in ("Recep Tayyip Erdoğan", "S. Jaishankar", "Abdullah Ali Al-Yahya", "Tammy Bruce"):
        assert looks_like_person(person), person
    for body in ("Pakistan Air Force", "US State Department", "TRT World", "White House",
                 "Government of India", "Foreign Minister", "UN Security Council"):
        assert not looks_like_person(body), body
    assert looks_like_person("Newsweek", kind="person")  # the export's kind wins


def test_surname_skips_titles():
    assert surname("Senator Muhammad Ishaq Dar") == "dar"
    assert surname("Field Marshal Asim Munir") == "munir"


def test_accents_and_case_fold():
    assert name_set("Recep Tayyip Erdoğan").matches(name_set("ERDOGAN"))
    assert name_set("António Guterres").matches(name_set("Antonio Guterres"))


def test_different_people_with_different_surnames_do_not_match():
    assert not name_set("Shehbaz Sharif").matches(name_set("Nawaz Khan"))
    assert not name_set("Khawaja Asif").matches(name_set("Asim Munir"))


def test_speaker_is_widened_to_its_actor_aliases():
    gold = ActorDirectory([{"name": "Government of Pakistan", "aliases": ["Islamabad", "Pakistan"]}])
    pred = ActorDirectory([{"name": "Pakistan", "kind": "state", "aliases": []}])
    assert same_speaker("Islamabad", "Pakistan", gold, pred)
    assert not same_speaker("Islamabad", "India", gold, pred)
    assert same_speaker(None, None, gold, pred)
    assert not same_speaker("Islamabad", None, gold, pred)


def test_a_leading_article_is_not_part_of_a_name():
    # one speaker, introduced with and without its article by two golds
    assert norm_name("a doctor at the teaching hospital") == norm_name("Doctor at the teaching hospital")
    assert name_set("An Indian defence official").matches(name_set("Indian defence official"))
    assert norm_name("the Hindu") == "hindu" and norm_name("A") == "a"
    # an article inside the name stays
    assert norm_name("Spokesman for the army") == "spokesman for the army"
