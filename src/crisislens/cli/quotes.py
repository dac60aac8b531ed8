"""Commands for quotes and claims (registered on the shared app).

Thin shells: ``quote_rows`` and ``claim_rows`` are the library queries a
Python user can call too; the commands only open the store and print.
"""

from __future__ import annotations

import typer

from crisislens.cli.app import DEFAULT_DB, app, open_store
from crisislens.cli.output import dim, error, make_console, plain, table
from crisislens.model import CLAIM_CATEGORIES

console = make_console()
err = make_console(stderr=True)


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
    with open_store(db) as store:
        rows = quote_rows(store, speaker, limit)
    if not rows:
        console.print(plain(f"no quotes{' by ' + speaker if speaker else ''} in {db}"))
        return
    out = []
    for r in rows:
        where = " / ".join(x for x in (r["addressee"], r["medium"]) if x)
        if r["embedded_post"]:
            where = (where + " (post)").strip()
        out.append((
            r["speaker_name"] or dim("(unnamed)"), r["speaker_code"],
            "direct" if r["direct"] else "reported", r["cue"], _short(r["text"]),
            where, r["outlet"] or r["doc_name"],
        ))
    console.print(table(["speaker", "code", "kind", "cue", "text", "to / in", "article"], out))


@app.command()
def claims(
    category: str = typer.Option(None, "--category", help=f"One of: {', '.join(CLAIM_CATEGORIES)}."),
    limit: int = typer.Option(None, "--limit", min=1, help="Show at most this many."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
) -> None:
    """Which numbers are claimed, about what, by whom.

    Example: crisislens claims --category killed --db crisis.duckdb
    """
    if category and category not in CLAIM_CATEGORIES:
        error(err, f"unknown category {category!r}; use one of {', '.join(CLAIM_CATEGORIES)}")
        raise typer.Exit(2)
    with open_store(db) as store:
        rows = claim_rows(store, category, limit)
    if not rows:
        console.print(plain(f"no claims{' of category ' + category if category else ''} in {db}"))
        return
    out = [
        (r["category"], r["number_text"], _value(r), _short(r["what"], 60), r["subject_code"],
         r["claimant_name"] or dim("(outlet)"), r["date"], r["outlet"] or r["doc_name"])
        for r in rows
    ]
    console.print(table(["category", "number", "value", "what", "subject", "claimant", "date", "article"], out))


def _value(r: dict) -> str:
    """A claim's value, with its range when the text gives one ("5 [4–6]")."""
    value = "" if r["value"] is None else f"{r['value']:g}"
    if r["low"] is not None or r["high"] is not None:
        lo = "" if r["low"] is None else f"{r['low']:g}"
        hi = "" if r["high"] is None else f"{r['high']:g}"
        if (lo, hi) != (value, value):
            value += f" [{lo}–{hi}]"
    return value
