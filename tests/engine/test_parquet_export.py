"""export --format parquet: one dataset per table, partitioned by publication month,
read back as one table by DuckDB and pandas with every row."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from crisislens.cli import app
from crisislens.export.parquet import MONTH, write_parquet_dataset
from crisislens.store import Store

HANDMADE = Path(__file__).resolve().parents[1] / "report" / "handmade.py"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The hand-made store, with one article moved to June and one left undated."""
    spec = importlib.util.spec_from_file_location("parquet_handmade", HANDMADE)
    handmade = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(handmade)
    path = tmp_path_factory.mktemp("pq") / "hand.duckdb"
    with Store(path) as st:
        handmade.fill(st, link=True)
        ids = [r["id"] for r in st.rows("SELECT id FROM articles ORDER BY id")]
        st.con.execute("UPDATE articles SET published = DATE '2025-06-02' WHERE id = ?", [ids[0]])
        st.con.execute("UPDATE articles SET published = NULL WHERE id = ?", [ids[1]])
    return path


def test_events_are_partitioned_by_their_article_month(db, tmp_path):
    with Store(db) as st:
        write_parquet_dataset(st, tmp_path)
        expected = st.df(
            "SELECT coalesce(strftime(a.published, '%Y-%m'), 'unknown') AS m, count(*) AS n "
            "FROM events e JOIN articles a ON a.id = e.article_id GROUP BY 1 ORDER BY 1"
        )
        n_articles = st.rows("SELECT count(*) AS n FROM articles")[0]["n"]
    folders = sorted(p.name for p in (tmp_path / "events").iterdir())
    assert f"{MONTH}=2025-06" in folders and f"{MONTH}=unknown" in folders
    got = duckdb.sql(
        f"SELECT {MONTH} AS m, count(*) AS n FROM read_parquet('{tmp_path}/events/**/*.parquet', hive_partitioning = true) GROUP BY 1 ORDER BY 1"
    ).df()
    assert got.to_dict("list") == expected.to_dict("list")
    articles = pd.read_parquet(tmp_path / "articles")
    assert len(articles) == n_articles and articles["published"].notna().sum() == n_articles - 1


def test_tables_without_an_article_are_one_file(db, tmp_path):
    with Store(db) as st:
        write_parquet_dataset(st, tmp_path)
        n = st.rows("SELECT count(*) AS n FROM actors")[0]["n"]
    assert [p.name for p in (tmp_path / "actors").iterdir()] == ["data_0.parquet"]
    assert len(pd.read_parquet(tmp_path / "actors")) == n


def test_cli_export_parquet_writes_the_dataset_and_rewrites_it(db, tmp_path):
    runner = CliRunner()
    for _ in range(2):  # a second export replaces the first, it does not add to it
        result = runner.invoke(app, ["export", "--format", "parquet", "--out", str(tmp_path / "out"), "--db", str(db)])
        assert result.exit_code == 0, result.output
    with Store(db) as st:
        n = st.rows("SELECT count(*) AS n FROM quotes")[0]["n"]
    assert len(pd.read_parquet(tmp_path / "out" / "quotes")) == n
