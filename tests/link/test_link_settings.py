"""A store linked under other story settings is re-linked whole, never mixed.

Why: link_articles keeps each article's vector, and stories are joined by comparing new
vectors with stored ones against the threshold in link/data/story_settings.tsv. After a
change of those settings (or of the vector layout), old and new vectors are not
comparable, so ``link.update`` forgets every link and links all articles again, in the
same transaction, and says so.
"""

from __future__ import annotations

import importlib

from tests.link import test_update_chunks as chunks

link_update = importlib.import_module("crisislens.link.update")
vectors = importlib.import_module("crisislens.link.vectors")
seed_text_map = chunks.seed_text_map  # the fixture


def _linked(tmp_path, name, seed_text_map, mk, parts):
    store = mk.store(tmp_path / f"{name}.duckdb")
    for first, n in parts:
        chunks._add(store, chunks._corpus(seed_text_map, n, first, mk), mk)
    return store


def test_same_settings_link_nothing_again(tmp_path, seed_text_map, mk):
    store = _linked(tmp_path, "same", seed_text_map, mk, [(0, 30)])
    try:
        link_update.update(store)
        before = chunks._tables(store)
        again = link_update.update(store)
        assert again.new_articles == 0 and not any("re-linked" in m for m in again.messages)
        assert chunks._tables(store) == before
        stored = store.con.execute("SELECT value FROM link_settings").fetchall()
        assert stored == [(vectors.settings_fingerprint(),)]
    finally:
        store.close()


def test_changed_settings_relink_every_article_as_a_fresh_store_would(tmp_path, seed_text_map, mk, monkeypatch):
    fresh = _linked(tmp_path, "fresh", seed_text_map, mk, [(0, 40), (100, 15)])
    try:
        link_update.update(fresh)
        expected = chunks._tables(fresh)
    finally:
        fresh.close()
    old = _linked(tmp_path, "old", seed_text_map, mk, [(0, 40)])
    try:
        link_update.update(old)  # linked incrementally: 40, then 15 more
        chunks._add(old, chunks._corpus(seed_text_map, 15, 100, mk), mk)
        link_update.update(old)
        monkeypatch.setattr(vectors, "settings_fingerprint", lambda: "other-settings")
        summary = link_update.update(old)
        assert summary.new_articles == 55
        assert any("all 55 articles re-linked" in m for m in summary.messages), summary.messages
        monkeypatch.undo()
        # the same vectors linked at once: the re-linked store equals a store linked fresh
        relinked = chunks._tables(old)
    finally:
        old.close()
    assert {t: len(r) for t, r in relinked.items()} == {t: len(r) for t, r in expected.items()}
    assert relinked["stories"] == expected["stories"]
    assert relinked["story_articles"] == expected["story_articles"]


def test_a_store_linked_before_settings_were_recorded_is_relinked(tmp_path, seed_text_map, mk):
    store = _linked(tmp_path, "unrecorded", seed_text_map, mk, [(0, 20)])
    try:
        link_update.update(store)
        store.con.execute("DELETE FROM link_settings")
        summary = link_update.update(store)
        assert summary.new_articles == 20 and any("re-linked" in m for m in summary.messages)
        assert store.con.execute("SELECT count(*) FROM link_articles").fetchone()[0] == 20
    finally:
        store.close()


def test_the_fingerprint_follows_every_story_setting(monkeypatch):
    """Each row of link/data/story_settings.tsv (group_cohesion too) is in the fingerprint, so a
    change of any one re-links the store."""
    base = vectors.settings_fingerprint.__wrapped__()
    for name, value in vectors.story_settings().items():
        changed = {**vectors.story_settings(), name: value + 0.01}
        monkeypatch.setattr(vectors, "story_settings", lambda changed=changed: changed)
        assert vectors.settings_fingerprint.__wrapped__() != base, name
        monkeypatch.undo()
    assert "group_cohesion" in vectors.story_settings()


def test_the_fingerprint_follows_the_gazetteers_places_while_they_waive_the_floor(monkeypatch):
    """The places a lead names (link.story_places, from the actors' gazetteer files) decide
    which pairs the floor waives, so another towns.tsv re-links the store; with the waiver off
    the gazetteer is not in it."""
    base = vectors.settings_fingerprint.__wrapped__()
    monkeypatch.setattr(vectors, "place_data_digest", lambda: "another-gazetteer")
    waived = bool(vectors.story_settings().get("place_waives_floor"))
    assert (vectors.settings_fingerprint.__wrapped__() != base) == waived
    off = {**vectors.story_settings(), "place_waives_floor": 0.0}
    monkeypatch.setattr(vectors, "story_settings", lambda: off)
    first = vectors.settings_fingerprint.__wrapped__()
    monkeypatch.setattr(vectors, "place_data_digest", lambda: "a third gazetteer")
    assert vectors.settings_fingerprint.__wrapped__() == first
