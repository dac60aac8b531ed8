"""Commands for actors (registered on the shared app)."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from crisislens.cli.app import DEFAULT_DB, app

console = Console()
err = Console(stderr=True)


def actor_counts(store, code: str | None = None, limit: int | None = None) -> list[dict]:
    """Actors with their mention and article counts, most mentioned first (library function)."""
    sql = (
        "SELECT a.id, a.name, a.code, a.sector, a.kind, a.roles, "
        "count(m.actor_id) AS mentions, count(DISTINCT m.article_id) AS articles "
        "FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id "
        + ("WHERE upper(a.code) = upper(?) " if code else "")
        + "GROUP BY ALL ORDER BY mentions DESC, a.name"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return store.rows(sql, [code] if code else [])


@app.command()
def actors(
    code: str = typer.Option(None, "--code", help="Only actors with this code (PAK, IND, UNO, NSG, ...)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Show at most this many."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
) -> None:
    """List actors with how often they are mentioned.

    Example: crisislens actors --code PAK --db crisis.duckdb
    """
    import json

    from crisislens.cli.app import open_store

    with open_store(db) as store:
        rows = actor_counts(store, code, limit)
    if not rows:
        console.print(f"no actors{' with code ' + code if code else ''} in {db}")
        return
    table = Table("name", "code", "sector", "kind", "roles", "mentions", "articles")
    for r in rows:
        roles = r["roles"]
        if isinstance(roles, str):
            try:
                roles = json.loads(roles)
            except ValueError:
                roles = [roles]
        table.add_row(
            r["name"] or "[dim](role)[/]", r["code"] or "", r["sector"] or "", r["kind"] or "",
            ", ".join((roles or [])[:3]), str(r["mentions"]), str(r["articles"]),
        )
    console.print(table)
