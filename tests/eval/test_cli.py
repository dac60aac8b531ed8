"""`crisislens eval` through Typer's CliRunner."""

from __future__ import annotations

import copy
import json

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
