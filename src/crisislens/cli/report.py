"""``crisislens report``: the situation report of a store (a thin shell over ``build_report``)."""

from __future__ import annotations

from pathlib import Path

import typer

from crisislens.cli.app import DEFAULT_DB, app
from crisislens.cli.output import make_console, plain

console = make_console()


@app.command()
def report(
    out: Path = typer.Option(..., "--out", help="Folder for report.html, report.md and the chart SVGs."),
    story: str | None = typer.Option(None, "--story", help="Only the articles of this story id."),
    date_from: str | None = typer.Option(None, "--from", help="Only articles published on or after (YYYY-MM-DD)."),
    date_to: str | None = typer.Option(None, "--to", help="Only articles published on or before (YYYY-MM-DD)."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
) -> None:
    """Write the situation report (one self-contained report.html, plus report.md) and print its path.

    Example: crisislens report --from 2025-05-07 --to 2025-05-10 --out out/report
    """
    from crisislens.cli.app import open_store
    from crisislens.report import build_report

    # a ScopeError (an unknown story, a bad date) is a usage error: exit 2, in cli.app
    with open_store(db) as store:
        path = build_report(store, out, story_id=story, date_from=date_from, date_to=date_to)
    console.print(plain(path))
