"""The store as a Parquet dataset partitioned by publication month.

Why a dataset, not one file per table: a backfill's tables run to millions of
rows; partitioned by month (``events/published_month=2025-05/data_0.parquet``)
a reader that wants one month opens one folder, and DuckDB
(``read_parquet('out/events/**/*.parquet', hive_partitioning = true)``),
pandas (``pd.read_parquet('out/events')``) and Spark
(``spark.read.parquet('out/events')``) all read each folder as one table with
``published_month`` as a column. Rows of articles with no known date go to
``published_month=unknown``. Tables not tied to one article (actors, stories,
claim groups) are one Parquet file in their folder. Written by DuckDB's COPY,
so types stay the store's (dates stay dates).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crisislens.export.tables import (
    CORE_TABLES,
    SAFE_NAME,
    ExportError,
    _tables,
    column_types,
    exportable_columns,
    link_tables,
)

MONTH = "published_month"


def _month(alias: str) -> str:
    return f"coalesce(strftime({alias}.published, '%Y-%m'), 'unknown') AS {MONTH}"


def _query(table: str, cols: list[str]) -> tuple[str, bool]:
    """The SELECT for one table and whether it is partitioned by month."""
    sel = ", ".join(f't."{c}"' for c in cols)
    order = next((c for c in ("id", "article_id") if c in cols), None)
    order_by = f' ORDER BY t."{order}"' if order else ""
    if table == "articles":
        return f"SELECT {sel}, {_month('t')} FROM articles t{order_by}", True
    if "article_id" in cols:
        join = 'LEFT JOIN articles a ON a.id = t.article_id'
        return f'SELECT {sel}, {_month("a")} FROM "{table}" t {join}{order_by}', True
    return f'SELECT {sel} FROM "{table}" t{order_by}', False


def write_parquet_dataset(store: Any, out_dir: str | Path) -> list[Path]:
    """Write each table to ``out_dir/<table>/`` (partitioned by month where rows have an article)."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    present = set(_tables(store))
    written: list[Path] = []
    for table in [t for t in CORE_TABLES if t in present] + link_tables(store):
        if not SAFE_NAME.match(table):
            continue
        sql, by_month = _query(table, exportable_columns(column_types(store, table)))
        folder = out / table
        target = str(folder).replace("'", "''")
        if by_month:
            options = f"(FORMAT parquet, PARTITION_BY ({MONTH}), OVERWRITE)"
        else:
            folder.mkdir(exist_ok=True)
            target = str(folder / "data_0.parquet").replace("'", "''")
            options = "(FORMAT parquet)"
        store.con.execute(f"COPY ({sql}) TO '{target}' {options}").fetchall()
        written.append(folder)
    return written
