"""The DuckDB store: one file, a versioned schema, transactional batch writes.

Why this shape: DuckDB lets one process write a file at a time and is ~300x
slower row by row than in batches, so every write here is a DataFrame insert
inside an explicit transaction. A crash (or SIGKILL) mid-run leaves the file as
it was after the last committed batch; re-running the same inputs then stores
only what is missing, because article ids are hashes of their text.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from crisislens.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    InputProblem,
    Mention,
    Quote,
    field_names,
    utc_stamp,
)

MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
# Record lists of ArticleAnalysis -> (table, record type)
FACT_TABLES: tuple[tuple[str, str, type], ...] = (
    ("mentions", "mentions", Mention),
    ("events", "events", Event),
    ("quotes", "quotes", Quote),
    ("claims", "claims", Claim),
)
JSON_COLUMNS = {"offset_map", "embedded_posts", "notes", "roles", "aliases", "inputs", "counts"}


# Exit codes of the command line for store errors (README "Exit codes").
EXIT_STORE = 4  # the store cannot be opened or written (not a store, corrupt, no permission)
EXIT_BUSY = 3  # another process is writing the store
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<prog>.+?) \(PID (?P<pid>\d+)\)")


class StoreError(Exception):
    """A store that cannot be opened or written: the message names the file and why."""

    exit_code = EXIT_STORE


class StoreBusy(StoreError):
    """Another process holds the store's lock (DuckDB lets one process write a file)."""

    exit_code = EXIT_BUSY


class StoreMissing(StoreError):
    """A store opened for reading that does not exist."""


def _open_failure(path: str, exc: duckdb.Error) -> StoreError:
    """One line naming the file and, for a lock, the process that holds it."""
    m = _LOCK_HOLDER.search(str(exc))
    if m:
        prog = os.path.basename(m.group("prog"))
        return StoreBusy(
            f"{path} is in use by another process (PID {m.group('pid')}, {prog}); "
            "try again when it has finished"
        )
    if "database does not exist" in str(exc):
        return StoreMissing(f"no store at {path}")
    return StoreError(f"{path}: cannot open the store ({exc})")


def open_store_for_reading(path: str | Path) -> Store:
    """Open a store to read it: DuckDB read-only, no migrations, never a write.

    Several readers may run at once, and a store on a read-only file or medium
    can be read. A writer in another process blocks readers (DuckDB's lock):
    that is a :class:`StoreBusy`.
    """
    return Store(path, read_only=True)


def open_store_for_writing(path: str | Path) -> Store:
    """Open (or create) a store as its one writer: migrated, killed runs marked."""
    return Store(path)


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped in the package, in order."""
    found = []
    for entry in resources.files("crisislens.store").joinpath("migrations").iterdir():
        m = MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return value


def records_frame(records: Sequence[Any], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of dataclass records with JSON-encoded list/dict columns."""
    rows = [
        {c: _jsonable(getattr(r, c) if not isinstance(r, dict) else r.get(c)) for c in columns}
        for r in records
    ]
    return pd.DataFrame(rows, columns=columns)


class Store:
    """A crisislens store in one DuckDB file (created and migrated on first use)."""

    def __init__(self, path: str | Path = "crisislens.duckdb", read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        self.con = self._connect()
        self._in_tx = False
        if not read_only:
            self.migrate()
            self.mark_killed_runs()

    def _connect(self) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(self.path, read_only=self.read_only)
        except duckdb.ConnectionException as exc:
            # this process already writes the store: a reader shares that connection's database
            if self.read_only and "different configuration" in str(exc):
                return duckdb.connect(self.path)
            raise _open_failure(self.path, exc) from exc
        except duckdb.Error as exc:
            raise _open_failure(self.path, exc) from exc

    # -- schema -------------------------------------------------------------
    def schema_version(self) -> int:
        if not self.has_table("schema_migrations"):
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0]

    def migrate(self) -> list[str]:
        """Apply the migrations this store has not seen, each in its own transaction."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        done = {r[0] for r in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in migrations():
            if version in done:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name]
                )
            applied.append(name)
        return applied

    def has_table(self, name: str) -> bool:
        found = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        ).fetchall()
        return bool(found[0][0])

    # -- generic access -----------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all (nested use joins the outer one)."""
        if self._in_tx:
            yield
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")
        finally:
            self._in_tx = False

    def df(self, sql: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
        return self.con.execute(sql, params or []).df()

    def rows(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def write_df(self, table: str, frame: pd.DataFrame) -> int:
        """Insert a DataFrame into ``table`` by column name (one batch insert)."""
        if frame.empty:
            return 0
        cols = ", ".join(f'"{c}"' for c in frame.columns)
        self.con.register("_crisislens_batch", frame)
        try:
            self.con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM _crisislens_batch')
        finally:
            self.con.unregister("_crisislens_batch")
        return len(frame)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles and facts -------------------------------------------------
    def known_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        frame = pd.DataFrame({"id": list(ids)})
        self.con.register("_crisislens_ids", frame)
        try:
            found = self.con.execute(
                "SELECT a.id FROM articles a JOIN _crisislens_ids i ON a.id = i.id"
            ).fetchall()
        finally:
            self.con.unregister("_crisislens_ids")
        return {r[0] for r in found}

    def save_batch(
        self,
        run_id: str,
        articles: Sequence[Article],
        analyses: Sequence[ArticleAnalysis],
        problems: Sequence[InputProblem] = (),
    ) -> None:
        """Store one batch of articles with their facts, in one transaction."""
        with self.transaction():
            art_cols = [c for c in field_names(Article)] + ["words", "run_id", "analyzed"]
            analysed = {a.article_id for a in analyses if not a.skipped}
            notes = {a.article_id: a.notes for a in analyses}
            rows = []
            for art in articles:
                row = {c: getattr(art, c) for c in field_names(Article)}
                row["notes"] = list(dict.fromkeys([*art.notes, *notes.get(art.id, [])]))
                row.update(words=art.words, run_id=run_id, analyzed=art.id in analysed)
                rows.append(row)
            self.write_df("articles", records_frame(rows, art_cols))
            self._upsert_actors([act for an in analyses for act in an.actors])
            for attr, table, cls in FACT_TABLES:
                recs = [r for an in analyses for r in getattr(an, attr)]
                self.write_df(table, records_frame(recs, field_names(cls)))
            self.save_problems(run_id, problems)

    def save_problems(self, run_id: str, problems: Sequence[InputProblem]) -> None:
        if not problems:
            return
        frame = pd.DataFrame(
            [
                {"run_id": run_id, "source": p.source, "line": p.line, "reason": p.reason, "fatal": p.fatal}
                for p in problems
            ]
        )
        self.write_df("run_problems", frame)

    def _upsert_actors(self, actors: Sequence[Actor]) -> None:
        """Merge actors by id with what is stored (aliases and roles are unioned)."""
        if not actors:
            return
        from crisislens.actors.resolve import merge_actors

        merged: dict[str, Actor] = {}
        for act in actors:
            merged[act.id] = merge_actors(merged[act.id], act) if act.id in merged else act
        stored = self.known_actor_rows(list(merged))
        for row in stored:
            old = Actor(
                id=row["id"], name=row["name"], code=row["code"], sector=row["sector"],
                kind=row["kind"], roles=json.loads(row["roles"] or "[]"),
                aliases=json.loads(row["aliases"] or "[]"), how=row.get("how") or "",
            )
            merged[old.id] = merge_actors(old, merged[old.id])
        if stored:
            ids = pd.DataFrame({"id": [r["id"] for r in stored]})
            self.con.register("_crisislens_ids", ids)
            try:
                self.con.execute("DELETE FROM actors WHERE id IN (SELECT id FROM _crisislens_ids)")
            finally:
                self.con.unregister("_crisislens_ids")
        self.write_df("actors", records_frame(list(merged.values()), field_names(Actor)))

    def known_actor_rows(self, ids: list[str]) -> list[dict[str, Any]]:
        frame = pd.DataFrame({"id": ids})
        self.con.register("_crisislens_ids", frame)
        try:
            return self.rows("SELECT a.* FROM actors a JOIN _crisislens_ids i ON a.id = i.id")
        finally:
            self.con.unregister("_crisislens_ids")

    # -- runs ---------------------------------------------------------------
    def start_run(self, run_id: str, version: str, inputs: list[str], kind: str = "analyze") -> None:
        """Record a run (``kind`` "analyze" or "link") as running in this process."""
        with self.transaction():
            self.con.execute(
                "INSERT INTO runs (id, started_at, version, inputs, counts, status, kind, pid) "
                "VALUES (?, current_timestamp, ?, ?, '{}', 'running', ?, ?)",
                [run_id, version, json.dumps(inputs), kind, os.getpid()],
            )

    def mark_killed_runs(self) -> int:
        """Runs left 'running' by a process that is gone become 'killed'.

        Only one process writes a store at a time, so when this writer opens it a
        run of another process that is still 'running' was killed mid-way.
        """
        if not self.has_table("runs"):
            return 0
        stale = self.con.execute(
            "SELECT count(*) FROM runs WHERE status = 'running' AND (pid IS NULL OR pid <> ?)",
            [os.getpid()],
        ).fetchall()[0][0]
        if stale:
            with self.transaction():
                self.con.execute(
                    "UPDATE runs SET status = 'killed' WHERE status = 'running' AND (pid IS NULL OR pid <> ?)",
                    [os.getpid()],
                )
        return int(stale)

    def link_pending(self) -> bool:
        """Whether linking must run: articles the linker has not seen, or a link that did not finish."""
        if not self.has_table("link_articles"):
            return False
        unseen = self.con.execute(
            "SELECT count(*) FROM articles a LEFT JOIN link_articles l ON l.article_id = a.id "
            "WHERE l.article_id IS NULL"
        ).fetchall()[0][0]
        if unseen:
            return True
        last = self.con.execute(
            "SELECT status FROM runs WHERE kind = 'link' ORDER BY started_at DESC LIMIT 1"
        ).fetchall()
        return bool(last) and last[0][0] != "done"

    def finish_run(self, run_id: str, counts: dict[str, int], status: str = "done") -> None:
        with self.transaction():
            self.con.execute(
                "UPDATE runs SET finished_at = current_timestamp, counts = ?, status = ? WHERE id = ?",
                [json.dumps(counts), status, run_id],
            )

    def article(self, article_id: str) -> Article | None:
        """One stored article (by full id or a unique id prefix or doc_name)."""
        rows = self.rows(
            "SELECT * FROM articles WHERE id = ? OR doc_name = ? OR id LIKE ? LIMIT 2",
            [article_id, article_id, f"{article_id}%"],
        )
        if len(rows) != 1:
            return None
        row = rows[0]
        kwargs = {c: row[c] for c in field_names(Article)}
        for c in ("offset_map", "embedded_posts", "notes"):
            kwargs[c] = [tuple(x) if isinstance(x, list) else x for x in json.loads(row[c] or "[]")]
        kwargs["published"] = row["published"].isoformat() if row["published"] else None
        kwargs["published_at"] = utc_stamp(row.get("published_at"))
        return Article(**kwargs)

    def articles(self) -> Iterator[Article]:
        for (aid,) in self.con.execute("SELECT id FROM articles ORDER BY doc_name").fetchall():
            art = self.article(aid)
            if art:
                yield art
