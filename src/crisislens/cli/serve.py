"""`crisislens serve`: the web app and JSON API over a store, on localhost by default."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from crisislens.cli.app import DEFAULT_DB, app

err = Console(stderr=True)
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file (opened read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (localhost unless you say otherwise)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    token: str | None = typer.Option(
        None, "--token", envvar="CRISISLENS_TOKEN",
        help="Allow POST /api/articles with 'Authorization: Bearer TOKEN' (off without it).",
    ),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Largest POST body accepted, in MB."),
) -> None:
    """Explore a store in the browser: overview, events, actors, quotes, claims, the article reader.

    Example: crisislens serve --db out/demo/crisislens.duckdb  (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from crisislens.web import create_app

    if not Path(db).exists() and token is None:
        err.print(f"[red]error:[/] no store at {db} (run `crisislens analyze PATH --db {db}` first)")
        raise typer.Exit(2)
    local = host in LOOPBACK
    if not local:
        err.print(f"[yellow]note:[/] serving on {host}: anyone who can reach it can read the store")
    hosts = [*LOOPBACK, "[::1]"] if local else None  # Host header check against DNS rebinding
    web = create_app(db, token=token, max_bytes=int(max_mb * 1024 * 1024), allowed_hosts=hosts)
    err.print(f"crisislens: http://{host}:{port}  (store {db}, API docs at /docs)")
    uvicorn.run(web, host=host, port=port, log_level="warning")
