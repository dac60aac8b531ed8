"""Commands for actors (registered on the shared app)."""

from __future__ import annotations

import typer

from crisislens.cli.app import DEFAULT_DB, app
from crisislens.cli.output import dim, make_console, plain, table

console = make_console()
err = make_console(stderr=True)


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
        console.print(plain(f"no actors{' with code ' + code if code else ''} in {db}"))
        return
    out = []
    for r in rows:
        roles = r["roles"]
        if isinstance(roles, str):
            try:
                roles = json.loads(roles)
            except ValueError:
                roles = [roles]
        out.append((
            r["name"] or dim("(role)"), r["code"], r["sector"], r["kind"],
            ", ".join((roles or [])[:3]), r["mentions"], r["articles"],
        ))
    console.print(table(["name", "code", "sector", "kind", "roles", "mentions", "articles"], out))
