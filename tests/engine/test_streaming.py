"""Streaming analyze: inputs read lazily, duplicates and stored ids found chunk by chunk."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

import crisislens.api as api
from crisislens.engine import Unit
from crisislens.model import Article, ArticleAnalysis
from crisislens.store import Store


class StoreOnly:
    """An engine that skips the per-article stage and records what it was handed."""

    name = "store-only"

    def __init__(self, partition_size: int = 4):
        self.partition_size = partition_size
        self.seen: list[str] = []

    def run(self, partitions: Iterator[list[Article]], tick=None) -> Iterator[Unit]:  # noqa: ANN001
        for part in partitions:
            self.seen.extend(a.id for a in part)
            yield Unit(batches=[(part, [ArticleAnalysis(article_id=a.id, skipped=True) for a in part])])

    def close(self) -> None:
        """Nothing to release."""


def _article_line(i: int) -> str:
    return json.dumps({"text": f"Officials in district {i} said on Monday that the bridge had reopened.",
                       "published": "2025-05-05", "language": "en", "url": f"https://example.org/{i}"})


@pytest.fixture
def corpus(tmp_path):
    """30 articles in three JSON Lines files; articles 3 and 17 appear twice, once in another file."""
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [_article_line(i) for i in range(30)]
    (folder / "a.jsonl").write_text("\n".join(lines[:12] + [lines[3]]) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(lines[12:24]) + "\nnot json\n", encoding="utf-8")
    (folder / "c.jsonl").write_text("\n".join([lines[17]] + lines[24:]) + "\n", encoding="utf-8")
    return folder


def test_duplicates_across_chunks_are_stored_once(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(api, "CHECK_CHUNK", 5)  # ids checked five at a time: duplicates span chunks
    db = str(tmp_path / "s.duckdb")
    engine = StoreOnly()
    summary = api.analyze([str(corpus)], db, engine=engine, link=False)
    assert (summary.read, summary.stored, summary.already_present) == (32, 30, 2)
    assert len(engine.seen) == len(set(engine.seen)) == 30
    assert summary.skipped == 1 and summary.exit_code == 1
    with Store(db) as store:
        assert store.rows("SELECT count(*) AS n FROM articles")[0]["n"] == 30
        assert store.rows("SELECT count(*) AS n FROM run_problems")[0]["n"] == 1
    again = api.analyze([str(corpus)], db, engine=StoreOnly(), link=False)
    assert (again.stored, again.already_present) == (0, 32)


def test_inputs_are_read_lazily(tmp_path, monkeypatch):
    """The first partition is stored before the input is read to its end."""
    monkeypatch.setattr(api, "CHECK_CHUNK", 20)
    pulled = 0

    def items() -> Iterator[Article]:
        nonlocal pulled
        from crisislens.ingest import iter_inputs

        for n in range(200):
            pulled += 1
            yield from iter_inputs(["-"], stdin=io.StringIO(_article_line(n)))

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage == "stored":
            stored_when.append(pulled)

    stored_when: list[int] = []
    with Store(tmp_path / "l.duckdb") as store:
        summary = api.RunSummary(run_id="r", db="l")
        api.store_stream(store, summary, items(), StoreOnly(partition_size=8), progress)
    assert summary.stored == 200
    assert stored_when[0] <= 20 + 8  # one id chunk and one partition ahead, not the whole input


def test_summary_keeps_a_bounded_number_of_messages():
    summary = api.RunSummary(run_id="r", db="d")
    summary.note(f"note {i}" for i in range(api.MAX_KEPT + 50))
    assert len(summary.messages) == api.MAX_KEPT and summary.not_shown == 50


def _long_text(i: int, words: int) -> str:
    """A long but ordinary article text (distinct per i), about 6 bytes a word."""
    base = "Officials said the convoy crossed the border at dawn and aid reached the camps"
    return f"Report {i}. " + " ".join([base] * (words // 14)) + "."


def test_a_unit_of_huge_articles_is_stored_under_the_memory_cap(tmp_path):
    """Three ~8 MB articles (48 MB of text and clean text) in one unit need more than the writer's base cap to commit."""
    folder = tmp_path / "big"
    folder.mkdir()
    lines = [json.dumps({"text": _long_text(i, 1_400_000), "published": "2025-05-05", "language": "en"})
             for i in range(3)]
    lines += [_article_line(i) for i in range(6)]  # small ones after: the cap comes back down
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "big.duckdb")
    # 3 big in the first unit, the small ones in the next three
    summary = api.analyze([str(folder)], db, engine=StoreOnly(partition_size=3), link=False)
    assert (summary.stored, summary.skipped) == (9, 0)
    with Store(db) as store:
        sizes = store.rows("SELECT length(text) AS n FROM articles ORDER BY n DESC")
    assert [r["n"] for r in sizes[:3]] == [len(_long_text(i, 1_400_000)) for i in range(3)]


def test_without_room_for_the_unit_the_commit_fails(tmp_path, monkeypatch):
    """Why the cap follows the unit: at the base cap alone the same unit cannot commit."""
    import duckdb

    monkeypatch.setattr(api._WriterMemory, "fit", lambda self, unit: None)
    folder = tmp_path / "big"
    folder.mkdir()
    lines = [json.dumps({"text": _long_text(i, 1_400_000), "published": "2025-05-05", "language": "en"})
             for i in range(3)]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(duckdb.Error, match="memory|allocate|pin"):
        api.analyze([str(folder)], str(tmp_path / "b.duckdb"), engine=StoreOnly(partition_size=3), link=False)


def test_the_writer_cap_is_set_once_for_units_of_ordinary_size(tmp_path, monkeypatch):
    """Units whose texts differ by some hundred KB share one cap: a cap to the MB was re-set on
    nearly every unit (here 33, 34, 33, ... MB, for texts of ~180 and ~300 KB in turn)."""
    sets: list[int] = []
    real_set = api._WriterMemory.set

    def counting_set(self, mb: int) -> None:
        if mb != self.mb:
            sets.append(mb)
        real_set(self, mb)

    monkeypatch.setattr(api._WriterMemory, "set", counting_set)
    folder = tmp_path / "small"
    folder.mkdir()
    lines = [json.dumps({"text": _long_text(i, 30_000 if i % 2 else 50_000), "published": "2025-05-05", "language": "en"})
             for i in range(6)]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = api.analyze([str(folder)], str(tmp_path / "s.duckdb"), engine=StoreOnly(partition_size=1), link=False)
    assert summary.stored == 6
    # the base cap, then one step for the first unit; the other five units re-set nothing
    assert sets == [api.WRITER_MEMORY_MB, api.WRITER_MEMORY_MB + api.WRITER_MEMORY_STEP_MB]
