"""`crisislens events`: list coded events from the store, filtered by dyad, root and date."""

from __future__ import annotations

import re
from typing import Any

import typer
from rich.table import Table

from crisislens.cli.app import DEFAULT_DB, app
from crisislens.cli.output import cell, error, make_console, plain

console = make_console()
err = make_console(stderr=True)
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def query_events(
    store: Any,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 200,
):
    """Events matching the filters, as a DataFrame (the library call behind the command)."""
    where, params = [], []
    if source:
        where.append("upper(source_code) = ?")
        params.append(source.upper())
    if target:
        where.append("upper(target_code) = ?")
        params.append(target.upper())
    if root:
        where.append("cameo_root = ?")
        params.append(root.zfill(2))
    if date_from:
        where.append("date >= CAST(? AS DATE)")
        params.append(date_from)
    if date_to:
        where.append("date <= CAST(? AS DATE)")
        params.append(date_to)
    sql = (
        "SELECT date, source_name, source_code, cameo, plover, predicate, target_name, target_code, "
        "modality, claimant_name, place, sentence FROM events"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY date NULLS LAST, source_code, target_code LIMIT {int(limit)}"
    )
    return store.df(sql, params)


@app.command()
def events(
    source: str = typer.Option(None, "--source", help="Source actor code, e.g. PAK."),
    target: str = typer.Option(None, "--target", help="Target actor code, e.g. IND."),
    root: str = typer.Option(None, "--root", help="CAMEO root code, e.g. 19 (fight)."),
    date_from: str = typer.Option(None, "--from", help="First event date (YYYY-MM-DD)."),
    date_to: str = typer.Option(None, "--to", help="Last event date (YYYY-MM-DD)."),
    limit: int = typer.Option(200, "--limit", help="At most this many rows."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
) -> None:
    """List coded events (CAMEO/PLOVER), with the sentence that states each.

    Example: crisislens events --source PAK --target IND --root 19 --from 2025-05-07 --to 2025-05-10
    """
    for name, value in (("--from", date_from), ("--to", date_to)):
        if value and not ISO_DAY.match(value):
            error(err, f"{name} wants a date like 2025-05-07, not {value!r}")
            raise typer.Exit(2)
    if root and not (root.isdigit() and 1 <= int(root) <= 20):
        error(err, f"--root wants a CAMEO root 01..20, not {root!r}")
        raise typer.Exit(2)
    from crisislens.cli.app import open_store

    with open_store(db) as store:
        frame = query_events(store, source, target, root, date_from, date_to, limit)
    table = Table(title=f"{len(frame)} events", show_lines=False)
    for col in ("date", "source", "cameo", "plover", "predicate", "target", "modality", "claimant", "sentence"):
        table.add_column(col, overflow="fold", max_width=60 if col == "sentence" and console.is_terminal else None)
    for row in frame.to_dict("records"):
        table.add_row(
            plain(row["date"]),
            plain(f"{cell(row['source_name'])} ({cell(row['source_code'])})"),
            *[plain(row[k]) for k in ("cameo", "plover", "predicate")],
            plain(f"{cell(row['target_name'])} ({cell(row['target_code'])})"),
            *[plain(row[k]) for k in ("modality", "claimant_name", "sentence")],
        )
    console.print(table)
