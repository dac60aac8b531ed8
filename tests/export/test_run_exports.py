"""Exports every loader accepts: GDELT DATEADDED never empty; runs and run_problems in the tables."""

from __future__ import annotations

import csv
import re

from crisislens.export.gdelt import write_gdelt
from crisislens.export.tables import write_tables
from crisislens.model import Article, ArticleAnalysis, Event, InputProblem
from crisislens.store import Store

TEXT = "Pakistan shot down five Indian jets."


def _event(published: str | None) -> tuple[Article, Event]:
    art = Article(id=f"a{published}", doc_name="t.txt", source="t.txt", text=TEXT, clean_text=TEXT,
                  published=published)
    ev = Event(f"e{published}", art.id, None, "Pakistan", "PAK", None, None, "India", "IND", "MIL",
               "190", "19", "ASSAULT", None, -10.0, 4, "shot down", None, None, None, None, None, None,
               None, "asserted", 0, len(TEXT), TEXT)
    return art, ev


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "x.duckdb")
    store.start_run("run1", "0.1.0", ["in/"])
    for published in ("2025-05-08", None):
        art, ev = _event(published)
        store.save_batch("run1", [art], [ArticleAnalysis(article_id=art.id, events=[ev])],
                         [InputProblem("in/bad.json", "JSON nested deeper than 100 levels", line=1)])
    store.finish_run("run1", {"stored": 2})
    return store


def test_gdelt_dateadded_is_filled_for_undated_articles(tmp_path):
    with _store(tmp_path) as store:
        write_gdelt(store, tmp_path / "g.tsv")
        started = store.rows("SELECT started_at FROM runs WHERE id = 'run1'")[0]["started_at"]
    rows = list(csv.reader((tmp_path / "g.tsv").open(encoding="utf-8"), delimiter="\t"))
    added = sorted(r[59] for r in rows)
    assert added[0] == "20250508000000"
    assert added[1] == started.strftime("%Y%m%d%H%M%S") and re.fullmatch(r"\d{14}", added[1])


def test_table_export_carries_runs_and_run_problems(tmp_path):
    with _store(tmp_path) as store:
        files = write_tables(store, tmp_path / "t", "csv")
    names = {f.name for f in files}
    assert {"runs.csv", "run_problems.csv"} <= names
    problems = (tmp_path / "t" / "run_problems.csv").read_text(encoding="utf-8")
    assert problems.count("in/bad.json") == 2 and "nested deeper" in problems
    assert "run1" in (tmp_path / "t" / "runs.csv").read_text(encoding="utf-8")


def test_gdelt_dateadded_is_the_utc_publication_moment_where_the_input_gave_one(tmp_path):
    art, ev = _event("2025-05-08")
    art.published_at, art.published_local, art.published_offset = "2025-05-07T21:30:00Z", "2025-05-08T03:00:00", "+05:30"
    clock, evc = _event("2025-05-09")
    clock.published_local, clock.published_offset = "2025-05-09T08:00:00", "unknown"  # no UTC moment
    with Store(tmp_path / "x.duckdb") as store:
        store.save_batch("run1", [art, clock], [ArticleAnalysis(article_id=art.id, events=[ev]),
                                                ArticleAnalysis(article_id=clock.id, events=[evc])])
        write_gdelt(store, tmp_path / "g.tsv")
        files = write_tables(store, tmp_path / "t", "csv")
    added = sorted(r[59] for r in csv.reader((tmp_path / "g.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert added == ["20250507213000", "20250509000000"]
    rows = list(csv.DictReader((tmp_path / "t" / "articles.csv").open(encoding="utf-8")))
    assert {(r["published"], r["published_at"], r["published_local"], r["published_offset"]) for r in rows} == {
        ("2025-05-08", "2025-05-07 21:30:00", "2025-05-08T03:00:00", "+05:30"),
        ("2025-05-09", "", "2025-05-09T08:00:00", "unknown"),
    }
    assert any(f.name == "articles.csv" for f in files)


def test_gdelt_export_of_a_store_without_the_publication_moment_uses_the_day(tmp_path):
    # a store never migrated to 005 (read-only stores are not migrated) has no published_at
    with _store(tmp_path) as store:
        store.con.execute("ALTER TABLE articles DROP COLUMN published_at")
        write_gdelt(store, tmp_path / "g.tsv")
    added = [r[59] for r in csv.reader((tmp_path / "g.tsv").open(encoding="utf-8"), delimiter="\t")]
    assert "20250508000000" in added and all(added)
