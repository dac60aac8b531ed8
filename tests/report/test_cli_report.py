"""`crisislens report` through Typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crisislens.cli import app
from crisislens.store import Store

runner = CliRunner()


def store_file(handmade, path: Path) -> Path:
    """A closed store file (the command opens it itself)."""
    with Store(path) as store:
        handmade.fill(store)
    return path


def test_report_command_prints_the_html_path(handmade, tmp_path):
    copy = store_file(handmade, tmp_path / "copy.duckdb")
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "out"), "--db", str(copy), "--from", "2025-05-07"])
    assert result.exit_code == 0, result.output
    printed = Path(result.output.strip())
    assert printed.name == "report.html" and printed.exists()
    assert "Khawaja Asif" in printed.read_text(encoding="utf-8")


def test_report_command_rejects_a_bad_date(handmade, tmp_path):
    copy = store_file(handmade, tmp_path / "copy.duckdb")
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "out"), "--db", str(copy), "--from", "yesterday-ish"])
    assert result.exit_code == 2
    assert "not a date" in result.output
    assert not (tmp_path / "out" / "report.html").exists()


def test_report_command_without_a_store_says_so(tmp_path):
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "out"), "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no store" in result.output
