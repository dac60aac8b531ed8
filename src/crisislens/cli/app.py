"""The Typer application object, the store openers and the one error path of the CLI.

Command modules register on ``app``. Library errors are typed; the group below
turns each into one line on stderr and its exit code, in one place (as
sqlite-utils turns its errors into ``ClickException``), so no command prints a
traceback for a failure the library already explained.

Exit codes: 0 all good; 1 some inputs were skipped (the rest stored); 2 usage
errors (a bad option, a missing store); 3 the store is busy (another process is
writing it); 4 the store cannot be opened or written.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import click
import typer
from typer.core import TyperGroup

from crisislens.cli.output import error, make_console

EXIT_USAGE = 2
# Typed library errors that mean "the request was wrong": (module, class name).
USAGE_ERRORS = (
    ("crisislens.eval.goldfile", "GoldFormatError"),
    ("crisislens.report.query", "ScopeError"),
    ("crisislens.export.tables", "ExportError"),
    ("crisislens.engine.base", "EngineError"),
)


def exit_code_for(exc: BaseException) -> int | None:
    """The exit code of a typed library error, or None for an unexpected one (a bug)."""
    from crisislens.store import StoreError

    if isinstance(exc, StoreError):
        return exc.exit_code
    for module, name in USAGE_ERRORS:
        try:
            cls = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        if isinstance(exc, cls):
            return EXIT_USAGE
    return None


class CrisislensGroup(TyperGroup):
    """Runs a command; a typed library error becomes its message and exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:
            code = exit_code_for(exc)
            if code is None:
                raise
            error(make_console(stderr=True), exc)
            raise typer.Exit(code) from exc


app = typer.Typer(
    name="crisislens",
    cls=CrisislensGroup,
    help="Turn news coverage of a crisis into a checkable record.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

DEFAULT_DB = "crisislens.duckdb"
DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")


def _require(db: str) -> None:
    if not Path(db).exists():
        error(make_console(stderr=True), f"no store at {db} (run `crisislens analyze PATH --db {db}` first)")
        raise typer.Exit(EXIT_USAGE)


def open_store(db: str):
    """Open an existing store to read it (read-only: no migrations, no linking).

    A missing store is a usage error (exit 2); a busy or broken one is raised as
    a StoreError and becomes its exit code in :class:`CrisislensGroup`.
    """
    from crisislens.store import open_store_for_reading

    _require(db)
    return open_store_for_reading(db)


def open_store_to_write(db: str):
    """Open an existing store as its one writer (for ``relink``)."""
    from crisislens.store import open_store_for_writing

    _require(db)
    return open_store_for_writing(db)
