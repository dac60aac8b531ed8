"""``crisislens eval``: score the system (or any prediction file) against a gold file.

Thin on purpose: it reads the gold with ``crisislens.eval.load_json``, gets a
prediction (a JSON file, a fresh analysis of a corpus, or an existing store
exported with ``crisislens.export.gold.gold_json``) and prints
``crisislens.eval.score``'s report.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from crisislens.cli.app import DEFAULT_DB, app
from crisislens.eval import EvalReport, GoldFormatError, load_json, score
from crisislens.eval.report import ACCURACY_ROWS, PRF_ROWS

console = Console()
err = Console(stderr=True, soft_wrap=True)  # paths in messages stay on one line


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}"


def render(report: EvalReport, title: str) -> Table:
    """One Rich table: P/R/F1 rows with their counts, then accuracy rows."""
    table = Table(title=title)
    for col, just in (("measure", "left"), ("P", "right"), ("R", "right"), ("F1", "right"),
                      ("matched/gold/pred", "right")):
        table.add_column(col, justify=just)  # type: ignore[arg-type]
    for key, label in PRF_ROWS:
        s = report.prf[key]
        right = s.tp if s.tp_pred is None else s.tp_pred
        counts = f"{s.tp}/{s.gold}/{s.pred}" if right == s.tp else f"{s.tp}/{s.gold}/{s.pred} ({right} right)"
        table.add_row(label, _pct(s.precision), _pct(s.recall), _pct(s.f1), counts)
    table.add_section()
    for key, label in ACCURACY_ROWS:
        a = report.accuracy[key]
        table.add_row(label, "", "", f"acc {_pct(a.value)}", f"{a.right}/{a.n}")
    return table


def render_documents(report: EvalReport) -> Table:
    """Per-document matched/gold/pred counts, so a reader sees where the misses are."""
    table = Table(title="per document (matched/gold/pred)")
    table.add_column("document")
    for col in ("actors", "events", "quotes", "claims", "published gold/pred"):
        table.add_column(col, justify="right")
    for d in report.documents:
        cells = [f"{c.tp}/{c.gold}/{c.pred}" for c in (d.counts[k] for k in ("actors", "events", "quotes", "claims"))]
        name = d.name if d.found else f"{d.name} [red](missing)[/]"
        table.add_row(name, *cells, f"{d.published_gold or '-'} / {d.published_pred or '-'}")
    return table


def _prediction_from_corpus(corpus: list[str], db: str | None, corpus_name: str) -> dict:
    """Analyse the corpus (into ``db``, or a temporary store) and export it gold-shaped."""
    from crisislens.api import analyze
    from crisislens.export.gold import gold_json
    from crisislens.store import Store

    with tempfile.TemporaryDirectory(prefix="crisislens-eval-") as tmp:
        target = db or str(Path(tmp) / "eval.duckdb")
        summary = analyze(list(corpus), db=target, quiet=True) if _takes_quiet() else analyze(list(corpus), db=target)
        for p in getattr(summary, "problems", []):
            err.print(f"[yellow]warning:[/] {p.message()}")
        for m in getattr(summary, "messages", []):
            err.print(f"[yellow]note:[/] {m}")
        with Store(target) as store:
            return gold_json(store, corpus_name)


def _takes_quiet() -> bool:
    import inspect

    from crisislens.api import analyze

    return "quiet" in inspect.signature(analyze).parameters


@app.command("eval")
def evaluate(
    corpus: list[str] = typer.Argument(None, help="Articles to analyse and score (files or folders)."),
    gold: Path = typer.Option(..., "--gold", help="Gold file in the shape of gold/FORMAT.md."),
    pred: Path | None = typer.Option(None, "--pred", help="Score this gold-shaped JSON prediction instead."),
    db: str | None = typer.Option(
        None, "--db", help=f"Store to analyse into (kept), or to score when no CORPUS is given (default {DEFAULT_DB})."
    ),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the scores as JSON here."),
    per_doc: bool = typer.Option(True, "--per-doc/--no-per-doc", help="Print per-document counts."),
) -> None:
    """Score events, quotes, claims, actors, cross-source groups and dates against a gold file.

    Examples:
      crisislens eval --gold gold/seeds.json examples/seeds
      crisislens eval --gold gold/seeds.json --pred out/crisislens.json --json scores.json
      crisislens eval --gold gold/seeds.json --db crisislens.duckdb
    """
    try:
        gold_data = load_json(gold, "gold")
    except GoldFormatError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc

    corpus_name = gold_data.get("corpus") or "crisislens"
    if pred is not None:
        if corpus:
            err.print("[yellow]note:[/] --pred given: the CORPUS paths are not analysed")
        try:
            pred_data = load_json(pred, "prediction")
        except GoldFormatError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
        pred_label = str(pred)
    elif corpus:
        missing = [c for c in corpus if c != "-" and "://" not in c and not Path(c).exists()]
        if missing:
            err.print(f"[red]error:[/] no such file or folder: {', '.join(missing)}")
            raise typer.Exit(2)
        pred_data = _prediction_from_corpus(corpus, db, corpus_name)
        pred_label = " ".join(corpus)
    else:
        from crisislens.export.gold import gold_json
        from crisislens.store import Store, StoreError

        path = db or DEFAULT_DB
        if not Path(path).exists():
            err.print(f"[red]error:[/] give CORPUS paths, --pred FILE, or an existing store (no store at {path})")
            raise typer.Exit(2)
        try:
            with Store(path) as store:
                pred_data = gold_json(store, corpus_name)
        except StoreError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
        pred_label = path

    try:
        report = score(gold_data, pred_data, gold_name=str(gold), pred_name=pred_label)
    except GoldFormatError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc

    for w in report.warnings:
        err.print(f"[yellow]warning:[/] {w}")
    if report.unscored_documents:
        err.print(f"[yellow]note:[/] {len(report.unscored_documents)} predicted document(s) are not in the gold and were not scored")
    console.print(render(report, f"{pred_label} vs {gold}"))
    if per_doc:
        console.print(render_documents(report))
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        console.print(f"wrote {json_out}")
