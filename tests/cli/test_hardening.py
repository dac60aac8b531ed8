"""What the CLI prints is what the text says; reads never write; one error path, its exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from crisislens.cli import app
from crisislens.ingest import iter_inputs
from crisislens.model import Article, ArticleAnalysis, Event, Quote
from crisislens.store import EXIT_BUSY, Store, open_store_for_reading

runner = CliRunner()
TITLE = "Strikes [/caption] and [bold]claims[/bold] :thumbs_up: in Kashmir"
QUOTE = "We will respond to [the] aggression"
LONG = "Pakistan " + " ".join(f"word{i}" for i in range(60))
TEXT = f"title: {TITLE}\npublished: 2025-05-08\n\nIslamabad said: “{QUOTE},” on Thursday.\n\n{LONG}.\n"


def _article(tmp_path) -> Article:
    f = tmp_path / "[bold]odd[x].txt"
    f.write_text(TEXT, encoding="utf-8")
    (art,) = [a for a in iter_inputs([str(f)]) if isinstance(a, Article)]
    return art


def _facts(art: Article) -> ArticleAnalysis:
    start = art.text.index(QUOTE)
    sent_start, sent_end = art.text.index("Islamabad"), art.text.index("Thursday.") + 9
    sentence = art.text[sent_start:sent_end]
    quote = Quote("q1", art.id, None, "Islamabad [govt]", "PAK", True, QUOTE, start, start + len(QUOTE),
                  "said", None, None, False, sent_start, sent_end, sentence)
    event = Event("e1", art.id, None, "Islamabad [govt]", "PAK", "GOV", None, "India", "IND", None,
                  "138", "13", "THREATEN", None, -7.0, 3, "respond to [the]", "2025-05-08", None, None,
                  None, None, None, None, "asserted", sent_start, sent_end, sentence)
    return ArticleAnalysis(article_id=art.id, quotes=[quote], events=[event])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hard")
    art = _article(tmp)
    path = tmp / "hard.duckdb"
    with Store(path) as store:
        store.save_batch("r1", [art], [_facts(art)])
    return path


def _ok(args, **kw):
    result = runner.invoke(app, args, **kw)
    assert result.exit_code == 0, result.output
    return result.output


def test_quotes_print_brackets_verbatim(db):
    out = _ok(["quotes", "--db", str(db)])
    assert QUOTE in out and "Islamabad [govt]" in out


def test_events_print_brackets_verbatim_and_days_as_dates(db):
    out = _ok(["events", "--db", str(db)])
    assert "respond to [the]" in out and "2025-05-08" in out and "00:00:00" not in out


def test_articles_and_show_print_markup_like_titles_and_names_unchanged(db):
    out = _ok(["articles", "--db", str(db)])
    assert TITLE in out and "[bold]odd[x].txt" in out and "2025-05-08 (given)" in out
    out = _ok(["show", "[bold]odd[x].txt", "--db", str(db)])
    assert TITLE in out and f"“{QUOTE},”" in out


def test_output_to_a_pipe_is_not_wrapped_at_80_columns(db):
    out = _ok(["show", "[bold]odd[x].txt", "--db", str(db)])
    assert LONG in out  # one line, longer than 80 characters


def test_reading_commands_never_write(db):
    before = os.stat(db).st_mtime_ns
    for cmd in (["articles"], ["quotes"], ["events"], ["claims"], ["actors"], ["stories"], ["incidents"],
                ["contradictions"]):
        result = runner.invoke(app, [*cmd, "--db", str(db)])
        assert result.exit_code == 0, (cmd, result.output)
    assert os.stat(db).st_mtime_ns == before
    assert not os.path.exists(f"{db}.wal")


def test_unlinked_store_names_relink_and_link_is_an_alias(tmp_path, db):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(db.read_bytes())
    result = runner.invoke(app, ["stories", "--db", str(copy)])
    assert result.exit_code == 0 and "crisislens relink" in result.output
    _ok(["link", "--db", str(copy)])
    result = runner.invoke(app, ["stories", "--db", str(copy)])
    assert "relink" not in result.output
    with open_store_for_reading(copy) as store:
        (run,) = store.rows("SELECT status, pid FROM runs WHERE kind = 'link'")
    assert run["status"] == "done" and run["pid"] == os.getpid()


def test_two_readers_at_once_and_a_read_only_file(tmp_path, db):
    copy = tmp_path / "ro.duckdb"
    copy.write_bytes(db.read_bytes())
    os.chmod(copy, 0o444)
    with open_store_for_reading(copy) as first, open_store_for_reading(copy) as second:
        assert first.rows("SELECT count(*) AS n FROM articles") == second.rows("SELECT count(*) AS n FROM articles")
    code = "import sys; from crisislens.store import open_store_for_reading as o; o(sys.argv[1]).close()"
    with open_store_for_reading(copy):
        subprocess.run([sys.executable, "-c", code, str(copy)], check=True, timeout=60)


def test_busy_store_has_its_own_exit_code_and_names_the_process(tmp_path, db):
    copy = tmp_path / "busy.duckdb"
    copy.write_bytes(db.read_bytes())
    hold = textwrap.dedent("""
        import sys, time
        from crisislens.store import Store
        s = Store(sys.argv[1]); print("held", flush=True); time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", hold, str(copy)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        for cmd in (["articles"], ["relink"]):
            result = runner.invoke(app, [*cmd, "--db", str(copy)])
            assert result.exit_code == EXIT_BUSY, result.output
            assert f"PID {proc.pid}" in result.output and "Traceback" not in result.output
            assert len(result.output.strip().splitlines()) == 1
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("value", ["inf", "nan", "0", "-1"])
def test_max_mb_must_be_a_finite_size(tmp_path, value):
    result = runner.invoke(app, ["analyze", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--max-mb", value])
    assert result.exit_code == 2
    assert "--max-mb" in result.output and not (tmp_path / "x.duckdb").exists()


def test_bad_report_scope_is_one_usage_error(db, tmp_path):
    result = runner.invoke(app, ["report", "--story", "nope", "--out", str(tmp_path / "r"), "--db", str(db)])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_analyze_with_nothing_new_relinks_a_store_whose_link_did_not_finish(tmp_path, db):
    copy = tmp_path / "unlinked.duckdb"
    copy.write_bytes(db.read_bytes())  # stored, never linked (as after a kill during linking)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "same.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(copy), "--workers", "1"])
    assert result.exit_code == 0, result.output
    with open_store_for_reading(copy) as store:
        assert not store.link_pending()
        assert store.rows("SELECT count(*) AS n FROM stories")[0]["n"] == 1
        counts = store.rows("SELECT counts FROM runs WHERE kind = 'analyze'")[0]["counts"]
    assert '"stored": 0' in counts and '"already_present": 1' in counts
