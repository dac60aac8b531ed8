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
from rich.table import Table
from rich.text import Text

from crisislens.cli.app import DEFAULT_DB, app
from crisislens.cli.output import error, make_console, message, note, plain
from crisislens.eval import EvalReport, load_json, score
from crisislens.eval.report import ACCURACY_ROWS, PRF_ROWS

console = make_console()
err = make_console(stderr=True)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}"


def render(report: EvalReport, title: str) -> Table:
    """One Rich table: P/R/F1 rows with their counts, then accuracy rows."""
    table = Table(title=plain(title))
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
        name = plain(d.name) if d.found else Text.assemble(d.name, (" (missing)", "red"))
        table.add_row(name, *cells, f"{d.published_gold or '-'} / {d.published_pred or '-'}")
    return table


def _prediction_from_corpus(corpus: list[str], db: str | None, corpus_name: str) -> dict:
    """Analyse the corpus (into ``db``, or a temporary store) and export it gold-shaped."""
    from crisislens.api import analyze
    from crisislens.export.gold import gold_json
    from crisislens.store import open_store_for_reading

    with tempfile.TemporaryDirectory(prefix="crisislens-eval-") as tmp:
        target = db or str(Path(tmp) / "eval.duckdb")
        summary = analyze(list(corpus), db=target)
        for p in getattr(summary, "problems", []):
            message(err, "warning", "yellow", p.message())
        for m in getattr(summary, "messages", []):
            note(err, m)
        with open_store_for_reading(target) as store:
            return gold_json(store, corpus_name)


def _prediction(corpus: list[str] | None, pred: Path | None, db: str | None,
                corpus_name: str) -> tuple[dict, str]:
    """The prediction to score and its label: a JSON file, a fresh analysis, or a store."""
    if pred is not None:
        if corpus:
            note(err, "--pred given: the CORPUS paths are not analysed")
        return load_json(pred, "prediction"), str(pred)
    if corpus:
        missing = [c for c in corpus if c != "-" and "://" not in c and not Path(c).exists()]
        if missing:
            error(err, f"no such file or folder: {', '.join(missing)}")
            raise typer.Exit(2)
        return _prediction_from_corpus(corpus, db, corpus_name), " ".join(corpus)
    from crisislens.export.gold import gold_json
    from crisislens.store import open_store_for_reading

    path = db or DEFAULT_DB
    if not Path(path).exists():
        error(err, f"give CORPUS paths, --pred FILE, or an existing store (no store at {path})")
        raise typer.Exit(2)
    with open_store_for_reading(path) as store:
        return gold_json(store, corpus_name), path


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
    # a GoldFormatError (exit 2) or StoreError (3/4) becomes one line in cli.app
    gold_data = load_json(gold, "gold")
    pred_data, pred_label = _prediction(corpus, pred, db, gold_data.get("corpus") or "crisislens")
    report = score(gold_data, pred_data, gold_name=str(gold), pred_name=pred_label)
    for w in report.warnings:
        message(err, "warning", "yellow", w)
    if report.unscored_documents:
        note(err, f"{len(report.unscored_documents)} predicted document(s) are not in the gold and were not scored")
    console.print(render(report, f"{pred_label} vs {gold}"))
    if per_doc:
        console.print(render_documents(report))
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        console.print(plain(f"wrote {json_out}"))
