"""The web app's view of the store: a read-only snapshot, refreshed when the file changes.

Why a snapshot and not a connection to the file itself: DuckDB locks the file
for every connection, and a read-only connection's shared lock keeps ``analyze``
(the one writer) out. Opening a connection per request would free the file but
costs 35-60 ms on a 2-core machine. So the server copies the store while it
holds a read-only connection for a moment, serves every request from the copy
(never touching the original), and takes a new copy when the file's size or
modification time changes. While a writer holds the file, that copy cannot be
taken and requests get a 503 that says so; the first request after the writer
is done sees the new data. No migration and no linking ever run here.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from crisislens.store import StoreBusy, StoreError, StoreMissing, open_store_for_reading

__all__ = ["Reader", "StoreBusy", "StoreError", "StoreMissing", "StoreSource", "open_read_only"]


def open_read_only(path: str) -> duckdb.DuckDBPyConnection:
    """The one place the web app opens a DuckDB file: the store's read-only opener (no migrations)."""
    return open_store_for_reading(path).con


class Reader:
    """A Store-like handle on one snapshot cursor: ``con``, ``df``, ``rows``, ``has_table``.

    The library's read functions (``crisislens.link.framing``, ``timeline``) take
    any object with these, so they run unchanged on the snapshot.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, tables: frozenset[str], memo: dict | None = None,
                 parent: duckdb.DuckDBPyConnection | None = None):
        self.con = con
        self.tables = tables
        self.memo = memo if memo is not None else {}  # results kept until the snapshot changes
        self.parent = parent  # the snapshot's connection, for work that outlives the request

    def df(self, sql: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
        return self.con.execute(sql, list(params or [])).df()

    def rows(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params or []))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def value(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        row = self.con.execute(sql, list(params or [])).fetchone()
        return row[0] if row else None

    def has_table(self, name: str) -> bool:
        return name in self.tables

    def cached(self, key: str, compute: Any) -> Any:
        """``compute(self)`` once per snapshot: the snapshot never changes, so neither does the answer."""
        if key not in self.memo:
            self.memo[key] = compute(self)
        return self.memo[key]

    def in_background(self, key: str, compute: Any) -> Any | None:
        """Like ``cached``, for work too slow for a request: None while a thread computes it.

        The thread reads the same snapshot through its own cursor; if it fails, the
        next request starts it again (the error is printed by the thread).
        """
        if key in self.memo:
            return self.memo[key]
        pending, mine = f"{key}#pending", object()
        if self.memo.setdefault(pending, mine) is not mine or self.parent is None:
            return None  # another request started it (or this reader cannot outlive its request)
        memo, tables, parent = self.memo, self.tables, self.parent

        def run() -> None:
            cur = parent.cursor()
            try:
                memo[key] = compute(Reader(cur, tables, memo, parent))
            finally:
                cur.close()
                memo.pop(pending, None)

        threading.Thread(target=run, name=f"crisislens-{key}", daemon=True).start()
        return None


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    """Size and mtime of the store file and its write-ahead log (None: no store)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    wal = path.with_name(path.name + ".wal")
    wst = wal.stat() if wal.exists() else None
    return (st.st_size, st.st_mtime_ns, wst.st_size if wst else -1, wst.st_mtime_ns if wst else -1)


class StoreSource:
    """Hands out Readers over the latest consistent snapshot of one store file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._dir = Path(tempfile.mkdtemp(prefix="crisislens-web-"))
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._stamp: tuple[int, int, int, int] | None = None
        self._tables: frozenset[str] = frozenset()
        self._generation = 0
        self._memo: dict = {}
        self.busy_note: str | None = None  # set while an ingestion run of this server writes

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        """A Reader on the current snapshot (refreshed first when the file has changed)."""
        con = self._current()
        cur = con.cursor()
        try:
            yield Reader(cur, self._tables, self._memo, con)
        finally:
            cur.close()

    def _current(self) -> duckdb.DuckDBPyConnection:
        stamp = _stamp(self.path)
        if stamp is None:
            raise StoreMissing(f"no store at {self.path} (run `crisislens analyze PATH --db {self.path}`)")
        with self._lock:
            if self.busy_note:
                raise StoreBusy(self.busy_note)
            if self._con is None or stamp != self._stamp:
                self._refresh(stamp)
            assert self._con is not None
            return self._con

    def _refresh(self, stamp: tuple[int, int, int, int]) -> None:
        """Copy the store while holding a shared lock on it, then open the copy."""
        try:
            original = open_read_only(str(self.path))
        except StoreBusy as exc:
            raise StoreBusy(f"the store is being written: {exc}") from exc
        self._generation += 1
        self._dir.mkdir(parents=True, exist_ok=True)  # again after close(): an app can be started twice
        snap = self._dir / f"snapshot-{self._generation}.duckdb"
        try:
            shutil.copyfile(self.path, snap)
            wal = self.path.with_name(self.path.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, snap.with_name(snap.name + ".wal"))
        finally:
            original.close()
        con = open_read_only(str(snap))
        rows = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        self._tables = frozenset(r[0] for r in rows)
        old, self._con, self._stamp = self._con, con, stamp
        self._memo = {}
        self._drop(old)

    def _drop(self, old: duckdb.DuckDBPyConnection | None) -> None:
        """Forget the previous snapshot; its file goes once no cursor uses it (POSIX unlink)."""
        for path in sorted(self._dir.glob("snapshot-*.duckdb*")):
            if not path.name.startswith(f"snapshot-{self._generation}."):
                path.unlink(missing_ok=True)
        del old  # cursors still reading keep the old connection alive until they finish

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                _close_or_interrupt(self._con)
            self._con, self._stamp, self._memo = None, None, {}
            shutil.rmtree(self._dir, ignore_errors=True)


def _close_or_interrupt(con: duckdb.DuckDBPyConnection) -> None:
    """Close a snapshot connection, even while a background computation still reads it.

    Why: the framing thread may be mid-query when the app shuts down, and DuckDB refuses
    to close a busy connection. The query is interrupted instead; the connection goes
    with its last reference (DuckDB sometimes closes it while refusing), and the snapshot files are removed by close() all the same.
    """
    try:
        con.close()
    except duckdb.ResourceInUseException:
        with suppress(duckdb.ConnectionException):  # DuckDB may already have closed it while refusing
            con.interrupt()
