"""The store's access rules: readers never write, the one writer marks killed runs, linking is a step."""

from __future__ import annotations

import os
import subprocess
import sys

import duckdb
import pytest

from crisislens.model import Article, ArticleAnalysis, stable_id
from crisislens.store import (
    EXIT_BUSY,
    Store,
    StoreBusy,
    StoreMissing,
    open_store_for_reading,
    open_store_for_writing,
)
from crisislens.store.db import _open_failure

TEXT = "India and Pakistan agreed to a ceasefire on Saturday."


def _article(text: str = TEXT) -> Article:
    return Article(id=stable_id(text), doc_name="a.txt", source="a.txt", text=text, clean_text=text,
                   offset_map=[(0, 0, len(text))])


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_runs_of_a_dead_process_are_marked_killed_by_the_next_writer(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.start_run("mine", "0.1.0", [])
        store.con.execute("INSERT INTO runs (id, status, kind, pid) VALUES ('gone', 'running', 'analyze', ?)",
                          [_dead_pid()])
    with open_store_for_writing(db) as store:
        status = dict(store.con.execute("SELECT id, status FROM runs").fetchall())
    # a run of this (live) process may still be in progress in another connection: left alone
    assert status == {"mine": "running", "gone": "killed"}


def test_a_killed_link_makes_link_pending_until_a_link_finishes(tmp_path):
    from crisislens.link import update

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.save_batch("r", [_article()], [ArticleAnalysis(article_id=_article().id)])
        assert store.link_pending()  # an article the linker has not seen
        update(store)
        assert not store.link_pending()
        store.con.execute("INSERT INTO runs (id, started_at, status, kind, pid) "
                          "VALUES ('l2', current_timestamp, 'running', 'link', ?)", [_dead_pid()])
    with Store(db) as store:
        assert store.link_pending()  # marked killed on open: the link must run again
        update(store)
        assert not store.link_pending()
        kinds = store.con.execute("SELECT status FROM runs WHERE kind = 'link' ORDER BY started_at").fetchall()
    assert [k[0] for k in kinds] == ["done", "killed", "done"]


def test_reader_neither_migrates_nor_creates(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_migrations (version INTEGER, name VARCHAR, applied_at TIMESTAMP)")
    con.execute("CREATE TABLE articles (id VARCHAR)")
    con.close()
    with open_store_for_reading(db) as store:
        assert store.schema_version() == 0
        with pytest.raises(duckdb.Error):
            store.con.execute("CREATE TABLE x (a INTEGER)")
    with pytest.raises(StoreMissing):
        open_store_for_reading(tmp_path / "none.duckdb")
    assert not (tmp_path / "none.duckdb").exists()


def test_lock_error_names_the_holder_in_one_line():
    exc = duckdb.IOException('IO Error: Could not set lock on file "/x/s.duckdb": Conflicting lock is held in '
                             "/usr/bin/python3.11 (PID 4242) by user ana. See also https://duckdb.org/docs")
    err = _open_failure("/x/s.duckdb", exc)
    assert isinstance(err, StoreBusy) and err.exit_code == EXIT_BUSY
    assert str(err) == ("/x/s.duckdb is in use by another process (PID 4242, python3.11); "
                        "try again when it has finished")


def test_reader_in_the_writing_process_shares_its_connection(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as writer:
        writer.save_batch("r", [_article()], [ArticleAnalysis(article_id=_article().id)])
        with open_store_for_reading(db) as reader:
            assert reader.rows("SELECT count(*) AS n FROM articles")[0]["n"] == 1
    assert os.path.exists(db)
