"""Core commands: analyze, articles, show, export, demo, --version."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from crisislens import __version__
from crisislens.cli.app import DEFAULT_DB, app, open_store
from crisislens.cli.output import cell, dim, error, make_console, message, note, plain, table
from crisislens.store import Store

console = make_console()
err = make_console(stderr=True)

EXPORT_FORMATS = ("json", "jsonl", "csv", "parquet", "gdelt", "graphml")


def _version(value: bool) -> None:
    if value:
        console.print(f"crisislens {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Turn news coverage of a crisis into a checkable record."""


def print_summary(summary) -> None:
    """The end-of-run summary: read, stored, already present, skipped with reasons."""
    for p in summary.problems:
        if p.fatal:
            message(err, "skipped", "red", p.message())
        else:
            message(err, "warning", "yellow", p.message())
    for m in summary.messages:
        note(err, m)
    rows = [(key.replace("_", " "), value) for key, value in summary.counts().items()]
    rows.append(("seconds", f"{summary.seconds:.1f}"))
    console.print(table(["", ""], rows, title=f"run {summary.run_id} → {summary.db}", show_header=False))


def max_mb_option(value: float) -> float:
    """--max-mb must be a finite size above zero: inf, nan, 0 and -1 are usage errors."""
    if not math.isfinite(value) or value <= 0:
        raise typer.BadParameter(f"wants a size in MB above 0, not {value}")
    return value


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
    year: int | None = typer.Option(None, "--year", help="Year for datelines that give none, when the batch does not agree on one."),
    workers: int | None = typer.Option(None, "--workers", min=1, help="Processes for the per-article stage (default: all cores, fewer for small inputs)."),
    max_mb: float = typer.Option(20.0, "--max-mb", callback=max_mb_option, help="Refuse input files larger than this many MB."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per committed batch."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or dask (LocalCluster, or --scheduler)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster of --workers."),
    partitions: int | None = typer.Option(None, "--partitions", min=1, help="Dask: partitions in flight at once (default: 2 per worker thread)."),
) -> None:
    """Read articles, extract events, quotes and claims, store them, link sources.

    Example: crisislens analyze examples/seeds --db crisis.duckdb
    Example: crisislens analyze backfill/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from crisislens.api import analyze as run_analyze
    from crisislens.cli.progress import run_progress

    # a StoreError (busy: 3, broken: 4) or EngineError (2) becomes its exit code in cli.app
    with run_progress(err) as progress:
        summary = run_analyze(
            paths, db, year=year, workers=workers, max_bytes=int(max_mb * 1024 * 1024),
            progress=progress, stdin=sys.stdin, batch_size=batch_size,
            engine=engine, scheduler=scheduler, partitions=partitions,
        )
    print_summary(summary)
    raise typer.Exit(summary.exit_code)


def _fit(text: str, width: int) -> str:
    """Shorten a cell for a terminal; a pipe or file gets the whole text."""
    return text[: width - 1] + "…" if console.is_terminal and len(text) > width else text


@app.command()
def articles(db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")) -> None:
    """List stored articles: id, outlet, published, title, words.

    Example: crisislens articles --db crisis.duckdb
    """
    with open_store(db) as store:
        rows = store.rows(
            "SELECT id, doc_name, outlet, published, published_how, title, words, language FROM articles ORDER BY published NULLS LAST, doc_name"
        )
    out = [
        (r["id"][:12], r["doc_name"], r["outlet"], f"{cell(r['published']) or '?'} ({r['published_how']})",
         _fit(r["title"] or "", 60), r["words"], r["language"])
        for r in rows
    ]
    console.print(table(["id", "file", "outlet", "published", "title", "words", "lang"], out))


@app.command()
def show(
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix, or its file name)."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
    actors: bool = typer.Option(False, "--actors", help="Mark actor mentions in the text."),
) -> None:
    """Show an article's metadata and cleaned text.

    Example: crisislens show 001_61afbc4633c98507.txt --actors
    """
    with open_store(db) as store:
        art = store.article(article_id)
        if art is None:
            error(err, f"no single article matches {article_id!r}")
            raise typer.Exit(2)
        mentions = store.rows(
            "SELECT m.*, a.name, a.code, a.sector FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE m.article_id = ? ORDER BY m.start",
            [art.id],
        ) if actors else []
    meta = Table(show_header=False)
    for key in ("id", "doc_name", "source", "url", "outlet", "title", "published", "language"):
        how = getattr(art, f"{key}_how", None)
        meta.add_row(key, Text.assemble(cell(getattr(art, key)), dim(f"  ({how})") if how else ""))
    meta.add_row("words", plain(art.words))
    console.print(meta)
    if actors:
        from crisislens.cli.mentions import mark_mentions

        console.print(mark_mentions(art.text, mentions))
    else:
        console.print(plain(art.clean_text))


@app.command()
def export(
    fmt: str = typer.Option("json", "--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}."),
    out: Path = typer.Option(..., "--out", help="Output file (json, gdelt, graphml) or folder (csv, jsonl, parquet)."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file."),
) -> None:
    """Export the store: gold-format JSON, one CSV/JSONL/Parquet file per table, GDELT events, GraphML.

    Example: crisislens export --format csv --out out/tables
    """
    if fmt not in EXPORT_FORMATS:
        error(err, f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        raise typer.Exit(2)
    with open_store(db) as store:
        written = export_store(store, fmt, out)
    console.print(plain(f"wrote {written}"))


def export_store(store: Store, fmt: str, out: Path) -> Path:
    """Write one export format; returns the file or folder written."""
    if fmt == "json":
        from crisislens.export.gold import write_json

        out.parent.mkdir(parents=True, exist_ok=True)
        write_json(store, out)
    elif fmt == "parquet":  # a dataset partitioned by publication month, one folder per table
        from crisislens.export.parquet import write_parquet_dataset

        write_parquet_dataset(store, out)
    elif fmt in ("csv", "jsonl"):
        from crisislens.export.tables import write_tables

        out.mkdir(parents=True, exist_ok=True)
        write_tables(store, out, fmt)
    elif fmt == "gdelt":
        from crisislens.export.gdelt import write_gdelt

        out.parent.mkdir(parents=True, exist_ok=True)
        write_gdelt(store, out)
    else:
        from crisislens.export.graphml import write_graphml

        out.parent.mkdir(parents=True, exist_ok=True)
        write_graphml(store, out)
    return out


@app.command()
def demo(
    out: Path = typer.Option(Path("out/demo"), "--out", help="Folder for the store, exports and report."),
    corpus: Path = typer.Option(Path("examples/seeds"), "--corpus", help="Articles to analyse."),
) -> None:
    """The main job on the bundled example corpus: analyse, link, export, report.

    Example: crisislens demo --out out/demo
    """
    from crisislens.api import analyze as run_analyze

    out.mkdir(parents=True, exist_ok=True)
    db = out / "crisislens.duckdb"
    if db.exists():
        db.unlink()
    summary = run_analyze([str(corpus)], str(db))
    print_summary(summary)
    with Store(db) as store:
        export_store(store, "json", out / "crisislens.json")
        export_store(store, "csv", out / "tables")
        from crisislens.report import build_report

        report = build_report(store, out)
    console.print(plain(json.dumps({"store": str(db), "json": str(out / "crisislens.json"), "tables": str(out / "tables")}, indent=1)))
    console.print(plain(f"report: {Path(report).resolve()}"))
