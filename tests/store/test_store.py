"""The store: migrations once, batch writes atomic, actors merged by id."""

from __future__ import annotations

import json

import pytest

from crisislens.model import Actor, Article, ArticleAnalysis, Event, InputProblem, stable_id
from crisislens.store import Store, migrations


def make_article(text: str, name: str = "a.txt") -> Article:
    return Article(
        id=stable_id(text), doc_name=name, source=name, text=text, clean_text=text,
        offset_map=[(0, 0, len(text))], published="2025-05-08", published_how="given",
    )


def make_event(article: Article) -> Event:
    return Event(
        id=stable_id(article.id, "e"), article_id=article.id,
        source_actor_id="s", source_name="India", source_code="IND", source_sector="GOV",
        target_actor_id="t", target_name="Pakistan", target_code="PAK", target_sector="GOV",
        cameo="195", cameo_root="19", plover="ASSAULT", plover_mode="aerial",
        goldstein=-10.0, quad_class=4, predicate="launched strikes", date="2025-05-07",
        date_end=None, date_text="Wednesday", place=None, place_code=None,
        claimant_actor_id=None, claimant_name=None, modality="asserted",
        sent_start=0, sent_end=len(article.text), sentence=article.text,
    )


def test_migrations_apply_once_and_record_version(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        version = store.schema_version()
        assert version == max(v for v, _, _ in migrations())
    with Store(db) as store:
        assert store.migrate() == []  # nothing left to apply
        assert store.schema_version() == version


def test_failed_batch_leaves_store_as_before(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    first = make_article("India launched strikes on Wednesday.")
    store.save_batch("r1", [first], [ArticleAnalysis(article_id=first.id, events=[make_event(first)])])
    second = make_article("Pakistan responded.", "b.txt")
    with pytest.raises(RuntimeError), store.transaction():
        store.save_batch("r1", [second], [ArticleAnalysis(article_id=second.id)])
        raise RuntimeError("crash mid-batch")
    assert store.rows("SELECT count(*) AS n FROM articles")[0]["n"] == 1
    assert store.rows("SELECT count(*) AS n FROM events")[0]["n"] == 1
    assert store.known_ids([first.id, second.id]) == {first.id}


def test_actors_from_two_articles_merge_aliases_and_roles(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    a1, a2 = make_article("one"), make_article("two", "b.txt")
    dar1 = Actor(id="dar", name="Ishaq Dar", code="PAK", sector="GOV", kind="person", roles=["Foreign Minister"], aliases=["Dar"])
    dar2 = Actor(id="dar", name="Ishaq Dar", code="PAK", sector="GOV", kind="person", roles=["Deputy Prime Minister"], aliases=["Ishaq Dar"])
    store.save_batch("r", [a1], [ArticleAnalysis(article_id=a1.id, actors=[dar1])])
    store.save_batch("r", [a2], [ArticleAnalysis(article_id=a2.id, actors=[dar2])])
    rows = store.rows("SELECT * FROM actors")
    assert len(rows) == 1
    assert set(json.loads(rows[0]["roles"])) == {"Foreign Minister", "Deputy Prime Minister"}
    assert "Dar" in json.loads(rows[0]["aliases"])


def test_article_round_trip_keeps_offset_map(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    text = "Top Stories\nIndia launched strikes."
    art = Article(id="x1", doc_name="x.txt", source="x.txt", text=text, clean_text="India launched strikes.", offset_map=[(0, 12, 23)])
    store.save_batch("r", [art], [ArticleAnalysis(article_id="x1")])
    back = store.article("x1")
    assert back.offset_map == [(0, 12, 23)]
    s, e = back.to_original(0, 5)
    assert back.text[s:e] == "India"


def test_problems_are_recorded_with_the_run(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    store.start_run("r9", "0.1", ["in"])
    store.save_problems("r9", [InputProblem(source="bad.json", reason="malformed JSON", line=3)])
    rows = store.rows("SELECT * FROM run_problems WHERE run_id = 'r9'")
    assert rows[0]["source"] == "bad.json" and rows[0]["line"] == 3
