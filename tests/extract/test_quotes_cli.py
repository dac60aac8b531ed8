"""The quotes and claims commands, through Typer's CliRunner on a store of the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from crisislens.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
runner = CliRunner()


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("quotes") / "seeds.duckdb"
    result = runner.invoke(app, ["analyze", str(SEEDS), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def test_quotes_by_speaker(seeded_db):
    result = runner.invoke(app, ["quotes", "--speaker", "Dar", "--db", str(seeded_db)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "Ishaq Dar" in result.output and "direct" in result.output
    assert "Rajnath" not in result.output


def test_quotes_for_an_unknown_speaker_says_so(seeded_db):
    result = runner.invoke(app, ["quotes", "--speaker", "Nobody Atall", "--db", str(seeded_db)])
    assert result.exit_code == 0 and "no quotes by Nobody Atall" in result.output


def test_claims_by_category(seeded_db):
    result = runner.invoke(app, ["claims", "--category", "aircraft_downed", "--db", str(seeded_db)],
                           env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "aircraft_downed" in result.output and "killed" not in result.output
    assert "Khawaja Asif" in result.output


def test_claims_rejects_an_unknown_category(seeded_db):
    result = runner.invoke(app, ["claims", "--category", "exploded", "--db", str(seeded_db)])
    assert result.exit_code == 2 and "unknown category" in result.output


def test_missing_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no store" in result.output
