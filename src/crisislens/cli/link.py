"""Commands across sources: stories, incidents, contradictions, timeline, framing.

Each command opens the store for reading, calls one function of
``crisislens.link`` (or reads one of its tables) and prints a Rich table. They
read what the last ``crisislens analyze`` linked and never write: when articles
are not linked yet (or a link was killed), they say so and name
``crisislens relink``, the explicit, idempotent linking step.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from crisislens.cli.app import DEFAULT_DB, app, open_store, open_store_to_write
from crisislens.cli.output import error, frame_table, make_console, note, table
from crisislens.store import Store

console = make_console()
err = make_console(stderr=True)
_table = frame_table


def _ensure_linked(store: Store) -> None:
    """Say when the store holds articles the last link did not cover (reads only)."""
    if store.link_pending():
        note(err, f"the store has articles not linked yet, or a link that did not finish: "
                  f"run `crisislens relink --db {store.path}`")


@app.command()
def relink(db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")) -> None:
    """Link articles stored since the last link (duplicates, stories, incidents, claim groups).

    Idempotent: a second run links nothing new. ``analyze`` runs it at its end.

    Example: crisislens relink --db crisis.duckdb
    """
    from crisislens.link import update

    with open_store_to_write(db) as store:
        summary = update(store)
    for m in summary.messages:
        note(err, m)
    rows = [(k.replace("_", " "), v) for k, v in summary.as_dict().items() if k != "messages"]
    console.print(table(["", ""], rows, title="link", show_header=False))


app.command("link", hidden=True, help="Same as relink.")(relink)


@app.command()
def stories(db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")) -> None:
    """Stories (articles about the same development), largest first.

    Example: crisislens stories --db crisis.duckdb
    """
    with open_store(db) as store:
        _ensure_linked(store)
        frame = store.df("SELECT id, label, first_date, last_date, size FROM stories ORDER BY size DESC, first_date, id")
    console.print(_table(frame, f"{len(frame)} stories", ["id", "first_date", "last_date", "size", "label"]))


@app.command()
def incidents(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
    limit: int = typer.Option(50, "--limit", help="Show at most this many (most-sourced first)."),
) -> None:
    """Incidents: the same happening reported by several articles, with disagreements.

    Example: crisislens incidents --db crisis.duckdb --limit 20
    """
    with open_store(db) as store:
        _ensure_linked(store)
        frame = store.df(
            "SELECT id, date, source_code, target_code, cameo, place, n_sources, n_mentions, outlets, disagreements "
            "FROM incidents ORDER BY n_sources DESC, date, id LIMIT ?", [limit]
        )
    frame["disagreements"] = [", ".join(json.loads(d or "{}")) or "-" for d in frame["disagreements"]]
    console.print(_table(frame, "incidents", ["id", "date", "source_code", "target_code", "cameo", "place", "n_sources", "n_mentions", "outlets", "disagreements"]))


@app.command()
def contradictions(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
    all_groups: bool = typer.Option(False, "--all", help="Show agreements and single-source groups too."),
) -> None:
    """Claim groups: numbers about the same fact, and whether the sources agree.

    Example: crisislens contradictions --db crisis.duckdb --all
    """
    where = "" if all_groups else "WHERE kind = 'contradiction'"
    with open_store(db) as store:
        _ensure_linked(store)
        frame = store.df(
            f'SELECT id, kind, category, subject_code, date, n_sources, about, "values" FROM claim_groups {where} '
            "ORDER BY kind = 'contradiction' DESC, n_sources DESC, id"
        )
    frame["values"] = [
        "; ".join(f"{k}: {', '.join(v)}" for k, v in json.loads(d or "{}").items()) for d in frame["values"]
    ]
    console.print(_table(frame, "claim groups", ["kind", "category", "subject_code", "date", "n_sources", "about", "values"]))


@app.command()
def timeline(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
    story: str | None = typer.Option(None, "--story", help="Only the incidents of this story id."),
) -> None:
    """Incidents in the order they happened (event date), with sources and disagreements.

    Example: crisislens timeline --db crisis.duckdb --story 4dbe21f7e8c60d08
    """
    from crisislens.link import timeline as build_timeline

    with open_store(db) as store:
        _ensure_linked(store)
        if story and store.df("SELECT count(*) AS n FROM stories WHERE id = ?", [story]).iloc[0].n == 0:
            error(err, f"no story {story} (see `crisislens stories --db {db}`)")
            raise typer.Exit(2)
        frame = build_timeline(store, story)
    frame["contradiction"] = ["yes" if c else "" for c in frame["contradiction"]]
    console.print(_table(frame, "timeline", ["date", "cameo", "actors", "place", "n_sources", "contradiction"]))


@app.command()
def framing(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
    terms: Path | None = typer.Option(None, "--terms", help="Extra TSV: pattern, concept, variant[, stance]."),
) -> None:
    """How each outlet frames the crisis: contested terms, who it quotes, Goldstein per dyad.

    Example: crisislens framing --db crisis.duckdb --terms my_terms.tsv
    """
    from crisislens.link import framing as build_framing

    if terms is not None and not terms.is_file():
        error(err, f"no terms file at {terms}")
        raise typer.Exit(2)
    with open_store(db) as store:
        report = build_framing(store, terms)
    for m in report.messages:
        note(err, m)
    console.print(_table(report.terms, "contested terms per outlet", ["concept", "outlet", "variant", "stance", "count", "articles", "per_10k_words"]))
    console.print(_table(report.quoted.head(60), "who each outlet quotes", ["outlet", "speaker", "speaker_code", "quotes", "articles"]))
    console.print(_table(report.goldstein.head(60), "mean Goldstein per dyad", ["outlet", "source_code", "target_code", "events", "goldstein_mean"]))
