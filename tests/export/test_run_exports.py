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
