"""Arrow schemas of the per-article tables, read from the store's own migrations.

Why derive them instead of writing them down: a shard must load into DuckDB
with exactly the store's column types, and the migrations are the one place
those types are fixed. Applying them to an in-memory DuckDB (never the store
file: workers do not open the database) and reading ``information_schema``
keeps the shard schema right when a migration adds a column.
"""

from __future__ import annotations

from functools import cache

import duckdb
import pyarrow as pa

from crisislens.model import Actor, Article, Claim, Event, Mention, Quote, field_names

# Per-article tables a partition produces, and the record type whose fields they hold.
RECORD_TABLES: dict[str, type] = {
    "mentions": Mention,
    "events": Event,
    "quotes": Quote,
    "claims": Claim,
}
# Article rows carry these store columns on top of the Article fields.
ARTICLE_EXTRA = ("words", "analyzed")
# DuckDB type -> Arrow type (JSON columns travel as their text, as records_frame writes them).
ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}
SPARK_TYPES = {
    pa.string(): "string",
    pa.int32(): "int",
    pa.int64(): "bigint",
    pa.float64(): "double",
    pa.bool_(): "boolean",
    pa.date32(): "date",
    pa.timestamp("us"): "timestamp",
}


@cache
def store_types() -> dict[str, dict[str, str]]:
    """{table: {column: DuckDB type}} after every shipped migration."""
    from crisislens.store.db import migrations

    con = duckdb.connect()
    try:
        for _version, _name, sql in migrations():
            con.execute(sql)
        rows = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
        ).fetchall()
    finally:
        con.close()
    types: dict[str, dict[str, str]] = {}
    for table, column, dtype in rows:
        types.setdefault(table, {})[column] = dtype
    return types


def table_columns() -> dict[str, list[str]]:
    """The columns of each table a partition writes, in a fixed order."""
    cols = {
        "articles": [*field_names(Article), *ARTICLE_EXTRA],
        # actors keep the article they were found in: the store merges them in article order
        "actors": ["article_id", *field_names(Actor)],
        "messages": ["article_id", "message"],
    }
    cols.update({name: field_names(cls) for name, cls in RECORD_TABLES.items()})
    return cols


def _arrow_type(table: str, column: str) -> pa.DataType:
    if column in ("article_id", "message") and table in ("actors", "messages"):
        return pa.string()
    return ARROW_TYPES[store_types()[table][column]]


@cache
def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one partition table (types as the store declares them)."""
    return pa.schema([(c, _arrow_type(table, c)) for c in table_columns()[table]])


def table_ddl(table: str) -> str:
    """A Spark DDL schema string for one table (for ``mapInPandas(..., schema=...)``)."""
    return ", ".join(f"`{f.name}` {SPARK_TYPES[f.type]}" for f in arrow_schema(table))


TABLES = tuple(table_columns())
