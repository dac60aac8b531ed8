"""The Typer application object; command modules register on it."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="crisislens",
    help="Turn news coverage of a crisis into a checkable record.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

DEFAULT_DB = "crisislens.duckdb"
DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")
