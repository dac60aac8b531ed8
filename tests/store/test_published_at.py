"""The publication moment (articles.published_at, UTC) is stored, read back and shipped in
shards unchanged, and is NULL where the input gave a day only."""

from __future__ import annotations

from crisislens.engine.frames import from_tables, to_tables
from crisislens.engine.schema import arrow_schema, store_types
from crisislens.model import Article, ArticleAnalysis, stable_id
from crisislens.store import Store

TEXT = "Rescuers said four people were killed when a dam burst near Derna on Sunday."


def _article(name: str, published_at: str | None) -> Article:
    return Article(id=stable_id(name), doc_name=name, source=name, text=TEXT, clean_text=TEXT,
                   published="2024-04-10", published_at=published_at)


def test_store_keeps_the_moment_and_null_for_a_day_only(tmp_path):
    timed, dated = _article("timed.txt", "2024-04-10T05:15:00Z"), _article("dated.txt", None)
    with Store(tmp_path / "at.duckdb") as store:
        store.save_batch("r1", [timed, dated], [ArticleAnalysis(timed.id), ArticleAnalysis(dated.id)])
        rows = store.df("SELECT doc_name, published, CAST(published_at AS VARCHAR) AS at FROM articles ORDER BY doc_name")
        assert rows["at"].isna().tolist() == [True, False]
        assert rows["at"].tolist()[1] == "2024-04-10 05:15:00"
        assert [str(d)[:10] for d in rows["published"]] == ["2024-04-10", "2024-04-10"]
        assert store.article("timed.txt").published_at == "2024-04-10T05:15:00Z"
        assert store.article("dated.txt").published_at is None


def test_shard_schema_and_round_trip_carry_the_moment():
    assert store_types()["articles"]["published_at"] == "TIMESTAMP"
    assert str(arrow_schema("articles").field("published_at").type) == "timestamp[us]"
    timed = _article("timed.txt", "2024-04-10T05:15:00Z")
    dated = _article("dated.txt", None)
    back, _ = from_tables(to_tables([timed, dated], [ArticleAnalysis(timed.id), ArticleAnalysis(dated.id)]))
    assert [a.published_at for a in back] == ["2024-04-10T05:15:00Z", None]
    assert back[0] == timed
