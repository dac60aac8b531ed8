"""Store access for the report: table checks, the article scope, tolerant reads.

Why a module of its own: the report reads tables that other stages fill (the
core facts, and the link stage's stories, incidents and claim groups). Those
may be missing (a store that was never linked) or shaped a little differently
than expected, so every read here checks what exists first and returns an
empty frame rather than failing: a report with a "no data yet" section is more
useful than no report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd


def has_table(store: Any, name: str) -> bool:
    """True when the store holds a table (or view) of that name."""
    rows = store.con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchall()  # fetch everything: DuckDB refuses new work while a result is unfinished
    return bool(rows and rows[0][0])


def columns(store: Any, table: str) -> list[str]:
    """Column names of a table, in order ([] when it does not exist)."""
    rows = store.con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [r[0] for r in rows]


def frame(store: Any, sql: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
    """Run a query and return a DataFrame."""
    return store.con.execute(sql, list(params or [])).df()


def first_column(cols: Sequence[str], *candidates: str) -> str | None:
    """The first of ``candidates`` that is a column, so reads survive small schema differences."""
    for c in candidates:
        if c in cols:
            return c
    return None


@dataclass
class Scope:
    """Which articles a report covers: all, one story's, or those published in a date range."""

    article_ids: list[str] = field(default_factory=list)
    story_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    @property
    def filtered(self) -> bool:
        return bool(self.story_id or self.date_from or self.date_to)

    def describe(self) -> str:
        parts = []
        if self.story_id:
            parts.append(f"story {self.story_id}")
        if self.date_from or self.date_to:
            parts.append(f"published {self.date_from or '…'} to {self.date_to or '…'}")
        return ", ".join(parts) or "all articles in the store"


class ScopeError(ValueError):
    """A report scope that selects nothing usable (unknown story, bad date)."""


def story_article_ids(store: Any, story_id: str) -> list[str]:
    """Ids of the articles of one story, whichever way the link stage records membership."""
    for table in ("story_articles", "story_members"):
        cols = columns(store, table)
        if cols and "story_id" in cols:
            art = first_column(cols, "article_id", "id")
            ids = frame(store, f'SELECT DISTINCT "{art}" AS id FROM {table} WHERE story_id = ?', [story_id])
            return ids["id"].tolist()
    if "story_id" in columns(store, "articles"):
        return frame(store, "SELECT id FROM articles WHERE story_id = ?", [story_id])["id"].tolist()
    raise ScopeError(f"story {story_id!r}: the store has no stories yet (run `crisislens link` first)")


def resolve_scope(
    store: Any, story_id: str | None = None, date_from: str | None = None, date_to: str | None = None
) -> Scope:
    """Select the article ids a report covers, with a clear error when the selection is unusable."""
    for label, value in (("--from", date_from), ("--to", date_to)):
        if value is not None:
            try:
                pd.Timestamp(value)
            except ValueError as exc:
                raise ScopeError(f"{label} {value!r} is not a date (use YYYY-MM-DD)") from exc
    if date_from and date_to and str(date_from) > str(date_to):
        raise ScopeError(f"--from {date_from} is after --to {date_to}")
    ids = frame(store, "SELECT id, published FROM articles ORDER BY doc_name")
    keep = ids
    if date_from:
        keep = keep[keep["published"].notna() & (pd.to_datetime(keep["published"]) >= pd.Timestamp(date_from))]
    if date_to:
        keep = keep[keep["published"].notna() & (pd.to_datetime(keep["published"]) <= pd.Timestamp(date_to))]
    selected = keep["id"].tolist()
    if story_id:
        members = set(story_article_ids(store, story_id))
        if not members:
            raise ScopeError(f"story {story_id!r}: no such story in the store")
        selected = [a for a in selected if a in members]
    return Scope(selected, story_id, date_from, date_to)


def scoped(store: Any, table: str, scope: Scope, order: str = "") -> pd.DataFrame:
    """Rows of a per-article fact table for the articles in scope."""
    if not has_table(store, table):
        return pd.DataFrame()
    ids = pd.DataFrame({"id": scope.article_ids}, dtype="object")
    store.con.register("_report_scope", ids)
    try:
        sql = f"SELECT t.* FROM {table} t JOIN _report_scope s ON t.article_id = s.id"
        return frame(store, sql + (f" ORDER BY {order}" if order else ""))
    finally:
        store.con.unregister("_report_scope")
