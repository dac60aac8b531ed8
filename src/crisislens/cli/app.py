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


def open_store(db: str):
    """Open an existing store for a command, or exit 2 with one clear message."""
    from pathlib import Path

    from rich.console import Console

    from crisislens.store import Store, StoreError

    err = Console(stderr=True)
    if not Path(db).exists():
        err.print(f"[red]error:[/] no store at {db} (run `crisislens analyze PATH --db {db}` first)")
        raise typer.Exit(2)
    try:
        return Store(db)
    except StoreError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
