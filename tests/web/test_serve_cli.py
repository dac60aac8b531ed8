"""`crisislens serve` as a command: registered, documented, and refusing a store that is not there."""

from __future__ import annotations

from typer.testing import CliRunner

from crisislens.cli import app


def test_serve_is_a_command_with_localhost_default():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "--token" in result.output


def test_serve_refuses_a_missing_store_with_one_message(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no store at" in result.output
