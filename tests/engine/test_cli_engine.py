"""crisislens analyze --engine/--scheduler: bad choices are one clear error, exit code 2."""

from __future__ import annotations

import socket
import time
from pathlib import Path

from typer.testing import CliRunner

from crisislens.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
runner = CliRunner()


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unanswered_scheduler_is_a_clear_error(tmp_path):
    port = _dead_port()
    started = time.perf_counter()
    result = runner.invoke(app, ["analyze", str(SEEDS), "--db", str(tmp_path / "x.duckdb"),
                                 "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2
    assert f"no Dask scheduler answers at tcp://127.0.0.1:{port}" in result.output
    assert time.perf_counter() - started < 15
    assert not (tmp_path / "x.duckdb").exists()  # nothing was started against the store


def test_unknown_engine_and_scheduler_without_dask(tmp_path):
    db = str(tmp_path / "y.duckdb")
    result = runner.invoke(app, ["analyze", str(SEEDS), "--db", db, "--engine", "spark"])
    assert result.exit_code == 2 and "unknown engine 'spark'" in result.output
    result = runner.invoke(app, ["analyze", str(SEEDS), "--db", db, "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.output
