"""`crisislens actors` on a real store, and mention marking for `show --actors`."""

from __future__ import annotations

from typer.testing import CliRunner

from crisislens.cli import app
from crisislens.cli.mentions import mark_mentions
from crisislens.model import Actor, Mention, field_names
from crisislens.store import Store, records_frame

TEXT = "Deputy Prime Minister and Foreign Minister Ishaq Dar said Pakistan will respond. He added more."


def _store(path, index, article):
    with Store(path) as store, store.transaction():
        store.write_df("actors", records_frame(index.actors(), field_names(Actor)))
        store.write_df("mentions", records_frame(index.mentions(), field_names(Mention)))


def test_actors_command_lists_counts_and_filters_by_code(tmp_path, resolve_text):
    index, _, art = resolve_text(TEXT)
    db = tmp_path / "t.duckdb"
    _store(db, index, art)
    res = CliRunner().invoke(app, ["actors", "--db", str(db)], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "Ishaq Dar" in res.output and "Pakistan" in res.output
    res = CliRunner().invoke(app, ["actors", "--code", "IND", "--db", str(db)])
    assert res.exit_code == 0 and "no actors with code IND" in res.output


def test_actors_command_without_store_exits_2(tmp_path):
    res = CliRunner().invoke(app, ["actors", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 2


def test_mark_mentions_tags_pronouns_and_skips_bad_rows(resolve_text):
    index, _, art = resolve_text(TEXT)
    ids = {a.id: a for a in index.actors()}
    rows = [
        {"start": m.start, "end": m.end, "how": m.how, "name": ids[m.actor_id].name,
         "code": ids[m.actor_id].code, "sector": ids[m.actor_id].sector}
        for m in index.mentions()
    ]
    rows.append({"start": 5, "end": 99999, "name": "bad"})  # out of range: skipped
    out = mark_mentions(art.text, rows)
    assert out.plain.startswith("Deputy Prime Minister")
    assert "He [Ishaq Dar PAK] added" in out.plain
    assert "bad" not in out.plain
