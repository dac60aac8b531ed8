"""Table exports: one CSV / Parquet / JSON Lines file per store table, readable back with the same rows."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest

from crisislens.export.tables import ExportError, write_tables
from crisislens.store import Store

HANDMADE = Path(__file__).resolve().parents[1] / "report" / "handmade.py"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("export_handmade", HANDMADE)
    handmade = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(handmade)
    st = Store(tmp_path_factory.mktemp("tables") / "hand.duckdb")
    handmade.fill(st, link=True)
    yield st
    st.close()


def count(store, table: str) -> int:
    return store.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_one_file_per_core_and_link_table(store, tmp_path, fmt):
    files = write_tables(store, tmp_path, fmt)
    names = {p.stem for p in files}
    assert {"articles", "actors", "mentions", "events", "quotes", "claims"} <= names
    assert {"incidents", "claim_groups", "claim_group_members", "stories"} <= names
    assert not names & {"schema_migrations", "link_articles", "link_df"}  # bookkeeping stays inside
    assert all(p.suffix == f".{fmt}" and p.exists() for p in files)


def test_csv_round_trips_rows_and_header(store, tmp_path):
    write_tables(store, tmp_path, "csv")
    claims = pd.read_csv(tmp_path / "claims.csv")
    assert len(claims) == count(store, "claims")
    assert list(claims.columns)[:3] == ["id", "article_id", "value"]
    six = claims[claims["value"] == 6].iloc[0]
    assert six["claimant_name"] == "Khawaja Asif" and "six Indian aircraft" in six["sentence"]


def test_parquet_keeps_types(store, tmp_path):
    write_tables(store, tmp_path, "parquet")
    events = pd.read_parquet(tmp_path / "events.parquet")
    assert len(events) == count(store, "events")
    assert str(events["goldstein"].dtype) == "float64"
    articles = pd.read_parquet(tmp_path / "articles.parquet")
    assert len(articles) == 5 and articles["text"].str.len().min() > 1000


def test_jsonl_has_one_object_per_line(store, tmp_path):
    write_tables(store, tmp_path, "jsonl")
    lines = (tmp_path / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == count(store, "quotes")
    assert any(r["speaker_name"] == "Ishaq Dar" and r["direct"] is True for r in rows)


def test_binary_vector_columns_are_left_out(store, tmp_path):
    write_tables(store, tmp_path, "csv")
    assert "centroid" not in pd.read_csv(tmp_path / "stories.csv").columns


def test_unknown_format_is_a_clear_error(store, tmp_path):
    with pytest.raises(ExportError, match="unknown table format 'xlsx'"):
        write_tables(store, tmp_path, "xlsx")


def test_output_path_that_is_a_file_is_a_clear_error(store, tmp_path):
    f = tmp_path / "taken"
    f.write_text("x")
    with pytest.raises(ExportError, match="not a folder"):
        write_tables(store, f, "csv")
