"""`crisislens eval` through Typer's CliRunner."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from typer.testing import CliRunner

from crisislens.cli import app

runner = CliRunner()


def test_eval_pred_of_the_gold_itself_is_perfect(seeds_gold_path, tmp_path):
    out = tmp_path / "scores.json"
    result = runner.invoke(
        app, ["eval", "--gold", str(seeds_gold_path), "--pred", str(seeds_gold_path), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "events" in result.output and "100.0" in result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    for key, s in scores["scores"].items():
        assert s["f1"] == 1.0, key
    for key, a in scores["accuracy"].items():
        assert a["accuracy"] == 1.0, key
    assert len(scores["documents"]) == 5


def test_eval_reports_a_worse_prediction(seeds_gold, tmp_path):
    pred = copy.deepcopy(seeds_gold)
    for doc in pred["documents"].values():
        doc["quotes"] = []
    path = tmp_path / "pred.json"
    path.write_text(json.dumps(pred), encoding="utf-8")
    out = tmp_path / "scores.json"
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(seeds_gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(path), "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["scores"]["quotes"]["recall"] == 0.0
    assert scores["scores"]["events"]["f1"] == 1.0


def test_eval_bad_gold_file_exits_2_naming_it(tmp_path, seeds_gold_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"documents": {"a.txt": {"events": [ }}', encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(bad), "--pred", str(seeds_gold_path)])
    assert result.exit_code == 2
    text = " ".join(result.output.split())
    assert "broken.json: not valid JSON (line 1" in text
    missing = runner.invoke(app, ["eval", "--gold", str(tmp_path / "nope.json"), "--pred", str(seeds_gold_path)])
    assert missing.exit_code == 2 and "not found" in missing.output


def test_eval_without_prediction_or_store_is_a_usage_error(seeds_gold_path, tmp_path):
    result = runner.invoke(app, ["eval", "--gold", str(seeds_gold_path), "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no store" in result.output


def _fill_store(db: str, seeds_gold: dict) -> tuple[str, dict]:
    """A store holding seed 003 with one of its gold events (as the pipeline would store it)."""
    import pandas as pd

    from crisislens.store import Store

    name = "003_004251e0744beef0.txt"
    text = (Path(__file__).resolve().parents[2] / "examples" / "seeds" / name).read_text(encoding="utf-8")
    gev = seeds_gold["documents"][name]["events"][0]
    start = text.find(gev["sentence"])
    with Store(db) as st, st.transaction():
        st.write_df("articles", pd.DataFrame([{"id": "a3", "doc_name": name, "text": text, "clean_text": text}]))
        st.write_df("events", pd.DataFrame([{
            "id": "e1", "article_id": "a3", "source_code": gev["source"]["code"], "source_name": gev["source"]["name"],
            "target_code": gev["target"]["code"], "target_name": gev["target"]["name"], "cameo": gev["cameo"],
            "cameo_root": gev["cameo_root"], "plover": gev["plover"], "modality": "asserted",
            "sent_start": start, "sent_end": start + len(gev["sentence"]), "sentence": gev["sentence"],
        }]))
    return name, gev


def test_eval_scores_an_existing_store(seeds_gold, seeds_gold_path, tmp_path):
    db = str(tmp_path / "s.duckdb")
    name, _ = _fill_store(db, seeds_gold)
    out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", "--gold", str(seeds_gold_path), "--db", db, "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    n_gold = sum(len(d["events"]) for d in seeds_gold["documents"].values())
    assert scores["scores"]["events"]["tp"] == 1 and scores["scores"]["events"]["gold"] == n_gold
    assert scores["scores"]["events"]["precision"] == 1.0
    doc = next(d for d in scores["documents"] if d["document"] == name)
    assert doc["found"] and doc["events"]["tp"] == 1


def test_eval_corpus_is_analysed_into_a_temporary_store(seeds_gold, seeds_gold_path, tmp_path, monkeypatch):
    import crisislens.api

    seen: dict = {}

    def fake_analyze(paths, db, **kwargs):
        seen.update(paths=paths, db=db)
        _fill_store(db, seeds_gold)
        return crisislens.api.RunSummary(run_id="t", db=db)

    monkeypatch.setattr(crisislens.api, "analyze", fake_analyze)
    corpus = str(Path(__file__).resolve().parents[2] / "examples" / "seeds")
    out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", "--gold", str(seeds_gold_path), corpus, "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert seen["paths"] == [corpus] and not Path(seen["db"]).exists()  # temporary store removed
    assert json.loads(out.read_text(encoding="utf-8"))["scores"]["events"]["tp"] == 1
