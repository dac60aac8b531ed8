"""One file per store table, as CSV, Parquet or JSON Lines, for spreadsheets, R, pandas, Spark.

Why DuckDB's COPY: it streams a table straight to the file in the engine
(columnar, parallel), orders of magnitude faster than going through pandas, and
writes the same types the store holds (dates stay dates in Parquet).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb

CORE_TABLES = ("articles", "actors", "mentions", "events", "quotes", "claims")
# The record of every run and every input problem (README: "what each run did").
RUN_TABLES = ("runs", "run_problems")
# Link tables (migrations 010-019) exported when present; other link tables are
# found from the store itself (see ``link_tables``).
KNOWN_LINK_TABLES = (
    "stories", "story_articles", "dup_groups", "incidents", "incident_mentions",
    "claim_groups", "claim_group_members", "quote_groups", "quote_group_members",
)
# bookkeeping of the store and the linker (vectors, document frequencies), not data to analyse
INTERNAL_TABLES = {"schema_migrations", "link_articles", "link_df"}
# Columns that hold binary vectors (MinHash signatures, embeddings): no use in a table export.
BINARY_TYPES = ("BLOB",)
FORMATS = {"csv": ("csv", "(FORMAT csv, HEADER)"), "parquet": ("parquet", "(FORMAT parquet)"), "jsonl": ("jsonl", "(FORMAT json)")}
SAFE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ExportError(ValueError):
    """An export that cannot be written: unknown format, or an output path that is not a folder."""


def _tables(store: Any) -> list[str]:
    rows = store.con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
    ).fetchall()
    return [r[0] for r in rows]


def link_tables(store: Any) -> list[str]:
    """The corpus-level tables this store holds: known link tables first, then any other non-core ones."""
    present = _tables(store)
    known = [t for t in KNOWN_LINK_TABLES if t in present]
    skip = {*CORE_TABLES, *RUN_TABLES, *KNOWN_LINK_TABLES, *INTERNAL_TABLES}
    other = [t for t in present if t not in skip]
    return known + sorted(other)


def column_types(store: Any, table: str) -> list[tuple[str, str]]:
    """(name, DuckDB type) of a table's columns, in table order."""
    return store.con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()


def exportable_columns(cols: list[tuple[str, str]]) -> list[str]:
    """The columns worth exporting: binary vectors (MinHash signatures) mean nothing in a file."""
    return [name for name, dtype in cols if not any(b in dtype.upper() for b in BINARY_TYPES)]


def _select(store: Any, table: str) -> str:
    """SELECT of a table's exportable columns (binary vectors left out), in a stable row order."""
    cols = column_types(store, table)
    keep = [f'"{name}"' for name in exportable_columns(cols)]
    names = [name for name, _ in cols]
    order = next((c for c in ("id", "article_id", "group_id", "incident_id", "story_id", "run_id") if c in names), None)
    order_by = f' ORDER BY "{order}"' if order else ""
    if table in RUN_TABLES and "id" not in names:
        order_by = " ORDER BY ALL"  # problem rows have no id: every column decides the order
    return f'SELECT {", ".join(keep)} FROM "{table}"{order_by}'


def write_tables(store: Any, out_dir: str | Path, fmt: str = "csv") -> list[Path]:
    """Write every core table and every link table present to ``out_dir/<table>.<ext>``; return the files.

    ``fmt`` is csv (with a header line), parquet, or jsonl (one JSON object per line).
    A table that cannot be written is reported in the ExportError after the others are written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown table format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    ext, options = FORMATS[fmt]
    present = set(_tables(store))
    written: list[Path] = []
    failed: list[str] = []
    for table in [t for t in CORE_TABLES + RUN_TABLES if t in present] + link_tables(store):
        if not SAFE_NAME.match(table):
            continue
        path = out / f"{table}.{ext}"
        target = str(path).replace("'", "''")
        try:
            store.con.execute(f"COPY ({_select(store, table)}) TO '{target}' {options}").fetchall()
        except duckdb.Error as exc:  # one bad table must not lose the others
            failed.append(f"{table}: {exc}")
            continue
        written.append(path)
    if failed:
        raise ExportError(f"wrote {len(written)} table(s) to {out}, but not: " + "; ".join(failed))
    return written
