"""GDELT 2.0 export and the `crisislens events` command, on a store holding real seed sentences."""

from __future__ import annotations

import csv

import pytest
from test_events_support import code_text
from typer.testing import CliRunner

from crisislens.export.gdelt import GDELT_COLUMNS, write_gdelt
from crisislens.model import Article, ArticleAnalysis
from crisislens.store import Store

TEXT = (
    "Pakistan shot down five Indian jets on Wednesday. "
    "The EU called on India and Pakistan to exercise restraint."
)


@pytest.fixture
def store_with_events(tmp_path, nlp):
    events = code_text(nlp, TEXT)
    art = Article(
        id="t", doc_name="t.txt", source="t.txt", text=TEXT, clean_text=TEXT,
        published="2025-05-08", url="https://example.org/a",
    )
    db = tmp_path / "s.duckdb"
    store = Store(db)
    store.save_batch("run1", [art], [ArticleAnalysis(article_id="t", events=events)])
    yield store, db, events
    store.close()


def test_gdelt_rows_have_61_columns_and_event_fields(store_with_events, tmp_path):
    store, _, events = store_with_events
    out = tmp_path / "events.tsv"
    n = write_gdelt(store, out)
    rows = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    assert n == len(events) == len(rows) == 3
    assert all(len(r) == len(GDELT_COLUMNS) == 61 for r in rows)
    fight = next(r for r in rows if r[28] == "19")
    col = {name: fight[i] for i, name in enumerate(GDELT_COLUMNS)}
    assert col["Day"] == "20250507" and col["Year"] == "2025"
    assert col["Actor1CountryCode"] == "PAK" and col["Actor2CountryCode"] == "IND"
    assert col["QuadClass"] == "4" and float(col["GoldsteinScale"]) < 0
    assert col["SOURCEURL"] == "https://example.org/a" and col["DATEADDED"] == "20250508000000"
    appeal = [r for r in rows if r[28] == "02"]
    assert {r[26] for r in appeal} == {"025"}
    # Day is the event's own date, else the publication day
    appeal_dates = {e.date for e in events if e.cameo_root == "02"}
    expected = {(d or "2025-05-08").replace("-", "") for d in appeal_dates}
    assert {r[1] for r in appeal} == expected


def test_events_command_filters_by_dyad_and_root(store_with_events):
    from crisislens.cli import app

    store, db, _ = store_with_events
    store.close()
    runner = CliRunner()
    res = runner.invoke(app, ["events", "--source", "PAK", "--root", "19", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "1 events" in res.output and "190" in res.output
    res = runner.invoke(app, ["events", "--target", "USA", "--db", str(db)])
    assert res.exit_code == 0 and "0 events" in res.output
    bad = runner.invoke(app, ["events", "--from", "last week", "--db", str(db)])
    assert bad.exit_code == 2
