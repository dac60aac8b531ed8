"""Articles and analyses survive the trip through Arrow tables and Parquet shards exactly."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from crisislens.engine.frames import from_tables, to_tables
from crisislens.engine.schema import TABLES, arrow_schema, store_types, table_ddl
from crisislens.engine.shards import ShardError, read_shard, shard_key, write_shard


@pytest.fixture(scope="module")
def seed_pairs(seed_articles, seed_analyses):
    names = sorted(seed_articles)
    return [seed_articles[n] for n in names], [seed_analyses[n] for n in names]


def test_round_trip_rebuilds_every_record(seed_pairs):
    articles, analyses = seed_pairs
    back_articles, back_analyses = from_tables(to_tables(articles, analyses))
    assert [a.id for a in back_articles] == [a.id for a in articles]
    for orig, back in zip(analyses, back_analyses, strict=True):
        for attr in ("actors", "mentions", "events", "quotes", "claims", "messages"):
            assert getattr(back, attr) == getattr(orig, attr), attr
        assert back.skipped == orig.skipped
    # the article's own notes and the extractors' notes arrive merged, as the store keeps them
    first = back_articles[0]
    assert first.notes == list(dict.fromkeys([*articles[0].notes, *analyses[0].notes]))
    assert first.offset_map == [tuple(x) for x in articles[0].offset_map]
    assert first.published == articles[0].published


def test_arrow_types_follow_the_store_schema():
    types = store_types()
    assert arrow_schema("events").field("goldstein").type == "double"
    assert str(arrow_schema("articles").field("published").type) == "date32[day]"
    assert types["claims"]["date"] == "DATE"
    assert set(TABLES) >= {"articles", "actors", "mentions", "events", "quotes", "claims"}
    assert "`quad_class` int" in table_ddl("events")


def test_shard_is_checked_before_it_is_loaded(tmp_path, seed_pairs):
    articles, analyses = seed_pairs
    key = shard_key([a.id for a in articles])
    folder = write_shard(tmp_path, key, to_tables(articles, analyses))
    tables = read_shard(folder)
    assert tables["events"].num_rows == sum(len(a.events) for a in analyses)
    assert pq.read_table(folder / "events.parquet").schema.field("date").type == arrow_schema("events").field("date").type
    # a file cut short on disk is caught by its checksum
    path = folder / "mentions.parquet"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ShardError, match="mentions.parquet: checksum"):
        read_shard(folder)


def test_a_shard_without_manifest_is_not_complete(tmp_path):
    (tmp_path / "shard-x").mkdir()
    with pytest.raises(ShardError, match="no manifest"):
        read_shard(tmp_path / "shard-x")


def test_shard_names_depend_on_the_articles_and_their_order():
    assert shard_key(["a", "b"]) == shard_key(["a", "b"])
    assert shard_key(["a", "b"]) != shard_key(["b", "a"])
