"""Commands for quotes and claims (registered on the shared app).

Thin shells: ``quote_rows`` and ``claim_rows`` are the library queries a
Python user can call too; the commands only open the store and print.
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from crisislens.cli.app import DEFAULT_DB, app, open_store
from crisislens.model import CLAIM_CATEGORIES

console = Console()
err = Console(stderr=True)


def quote_rows(store, speaker: str | None = None, limit: int | None = None) -> list[dict]:
    """Quotes with their article, optionally only a speaker's (name, alias or surname, any case)."""
    where, params = "", []
    if speaker:
        like = f"%{speaker}%"
        where = (
            "WHERE q.speaker_name ILIKE ? OR a.name ILIKE ? "
            "OR CAST(a.aliases AS VARCHAR) ILIKE ? "
        )
        params = [like, like, like]
    sql = (
        "SELECT q.speaker_name, q.speaker_code, q.direct, q.text, q.cue, q.addressee, q.medium, "
        "q.embedded_post, art.doc_name, art.outlet, art.published "
        "FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor_id "
        "LEFT JOIN articles art ON art.id = q.article_id "
        + where
        + "ORDER BY art.published NULLS LAST, art.doc_name, q.text_start"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return store.rows(sql, params)


def claim_rows(store, category: str | None = None, limit: int | None = None) -> list[dict]:
    """Claims with their article, optionally of one category, largest first within a category."""
    sql = (
        "SELECT c.category, c.value, c.low, c.high, c.qualifier, c.number_text, c.what, "
        "c.subject_code, c.claimant_name, c.claimant_code, c.date, art.doc_name, art.outlet "
        "FROM claims c LEFT JOIN articles art ON art.id = c.article_id "
        + ("WHERE c.category = ? " if category else "")
        + "ORDER BY c.category, c.date NULLS LAST, c.value DESC NULLS LAST"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return store.rows(sql, [category] if category else [])


def _short(text: str | None, n: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


@app.command()
def quotes(
    speaker: str = typer.Option(None, "--speaker", help="Only quotes by this speaker (name, surname or alias)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Show at most this many."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
) -> None:
    """Who said what: direct and reported quotes with their speakers.

    Example: crisislens quotes --speaker Dar --db crisis.duckdb
    """
    from crisislens.store import StoreError

    try:
        with open_store(db) as store:
            rows = quote_rows(store, speaker, limit)
    except StoreError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if not rows:
        console.print(f"no quotes{' by ' + speaker if speaker else ''} in {db}")
        return
    table = Table("speaker", "code", "kind", "cue", "text", "to / in", "article")
    for r in rows:
        where = " / ".join(x for x in (r["addressee"], r["medium"]) if x)
        if r["embedded_post"]:
            where = (where + " (post)").strip()
        table.add_row(
            r["speaker_name"] or "[dim](unnamed)[/]", r["speaker_code"] or "",
            "direct" if r["direct"] else "reported", r["cue"] or "", _short(r["text"]),
            where, r["outlet"] or r["doc_name"] or "",
        )
    console.print(table)


@app.command()
def claims(
    category: str = typer.Option(None, "--category", help=f"One of: {', '.join(CLAIM_CATEGORIES)}."),
    limit: int = typer.Option(None, "--limit", min=1, help="Show at most this many."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
) -> None:
    """Which numbers are claimed, about what, by whom.

    Example: crisislens claims --category killed --db crisis.duckdb
    """
    from crisislens.store import StoreError

    if category and category not in CLAIM_CATEGORIES:
        err.print(f"[red]error:[/] unknown category {category!r}; use one of {', '.join(CLAIM_CATEGORIES)}")
        raise typer.Exit(2)
    try:
        with open_store(db) as store:
            rows = claim_rows(store, category, limit)
    except StoreError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if not rows:
        console.print(f"no claims{' of category ' + category if category else ''} in {db}")
        return
    table = Table("category", "number", "value", "what", "subject", "claimant", "date", "article")
    for r in rows:
        value = "" if r["value"] is None else f"{r['value']:g}"
        if r["low"] is not None or r["high"] is not None:
            lo = "" if r["low"] is None else f"{r['low']:g}"
            hi = "" if r["high"] is None else f"{r['high']:g}"
            if (lo, hi) != (value, value):
                value += f" [{lo}–{hi}]"
        table.add_row(
            r["category"], r["number_text"], value, _short(r["what"], 60), r["subject_code"] or "",
            r["claimant_name"] or "[dim](outlet)[/]", str(r["date"] or ""),
            r["outlet"] or r["doc_name"] or "",
        )
    console.print(table)
