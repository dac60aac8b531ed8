"""The core commands through Typer's CliRunner and a real killed subprocess."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crisislens.cli import app
from crisislens.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
SHARED = ROOT.parent / "shared"

runner = CliRunner()


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "seeds.duckdb"
    result = runner.invoke(app, ["analyze", str(SEEDS), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def test_version_prints_package_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and "crisislens 0.1.0" in result.output


def test_every_command_has_help():
    for command in ("analyze", "articles", "show", "export", "actors", "events", "quotes", "claims", "report", "eval"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, (command, result.output)
        assert "--db" in result.output or command == "eval", command


def test_analyze_twice_stores_nothing_twice(seeded_db):
    result = runner.invoke(app, ["analyze", str(SEEDS), "--db", str(seeded_db), "--workers", "1"])
    assert result.exit_code == 0
    assert "already present" in result.output
    with Store(seeded_db) as store:
        assert store.rows("SELECT count(*) AS n FROM articles")[0]["n"] == 5
        runs = store.rows("SELECT counts FROM runs WHERE kind = 'analyze' ORDER BY started_at")
    last = json.loads(runs[-1]["counts"])
    assert last["already_present"] == 5 and last["stored"] == 0


def test_articles_lists_inferred_dates_and_outlets(seeded_db):
    result = runner.invoke(app, ["articles", "--db", str(seeded_db)], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    line_001 = next(line for line in result.output.splitlines() if "001_61afbc4633c98507" in line)
    assert "2025-05-08 (inferred-from-" in line_001 and "Alliance News" in line_001
    line_004 = next(line for line in result.output.splitlines() if "004_ddf334acd5167ce5" in line)
    assert "2025-05-01 (inferred-from-" in line_004


def test_show_prints_cleaned_text_without_boilerplate(seeded_db):
    result = runner.invoke(app, ["show", "000_a626cb16bde43f97.txt", "--db", str(seeded_db)], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert "Ishaq Dar has confirmed" in result.output
    assert "Also Read" not in result.output


def test_show_unknown_id_is_a_usage_error(seeded_db):
    result = runner.invoke(app, ["show", "nope", "--db", str(seeded_db)])
    assert result.exit_code == 2


def test_missing_store_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["articles", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no store" in result.output


def test_skipped_input_gives_exit_code_one_and_keeps_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "004_ddf334acd5167ce5.txt", folder)
    (folder / "empty.txt").write_text("")
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["analyze", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    with Store(db) as store:
        assert store.rows("SELECT count(*) AS n FROM articles")[0]["n"] == 1
        assert store.rows("SELECT count(*) AS n FROM run_problems WHERE source LIKE '%empty.txt'")[0]["n"] == 1


def test_export_csv_writes_one_file_per_table(seeded_db, tmp_path):
    out = tmp_path / "tables"
    result = runner.invoke(app, ["export", "--format", "csv", "--out", str(out), "--db", str(seeded_db)])
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    assert {"articles.csv", "events.csv", "quotes.csv", "claims.csv"} <= names


def test_export_unknown_format_is_a_usage_error(seeded_db, tmp_path):
    result = runner.invoke(app, ["export", "--format", "xml", "--out", str(tmp_path / "x"), "--db", str(seeded_db)])
    assert result.exit_code == 2


def test_killed_run_keeps_committed_batches_and_rerun_completes(tmp_path):
    """SIGKILL mid-run: the store holds whole batches only; a re-run stores the rest."""
    folder = tmp_path / "in"
    folder.mkdir()
    texts = sorted((SHARED / "benchmarks" / "polnear" / "dev" / "text").glob("*.txt"))[:40]
    for f in texts:
        shutil.copy(f, folder / f.name)
    db = tmp_path / "kill.duckdb"
    cmd = [sys.executable, "-m", "crisislens", "analyze", str(folder), "--db", str(db), "--workers", "1", "--batch-size", "4"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env={**os.environ, "COLUMNS": "200"})
    deadline = time.time() + 240
    for line in proc.stderr:
        if line.startswith("stored 8/"):
            break
        assert time.time() < deadline, "no batch committed in time"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        n = store.rows("SELECT count(*) AS n FROM articles")[0]["n"]
        orphans = store.rows("SELECT count(*) AS n FROM events WHERE article_id NOT IN (SELECT id FROM articles)")[0]["n"]
        # the next writer marks the run of the dead process
        status = store.rows("SELECT status FROM runs WHERE kind = 'analyze'")
    assert 8 <= n < len(texts) and n % 4 == 0
    assert orphans == 0
    assert [r["status"] for r in status] == ["killed"]
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db) as store:
        assert store.rows("SELECT count(*) AS n FROM articles")[0]["n"] == len(texts)
        counts = json.loads(store.rows(
            "SELECT counts FROM runs WHERE kind = 'analyze' ORDER BY started_at DESC LIMIT 1")[0]["counts"])
        assert not store.link_pending()
    assert counts["already_present"] == n
