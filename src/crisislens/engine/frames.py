"""Articles and their analyses <-> Arrow tables, one per store table.

Why a round trip through records instead of writing the tables straight into
DuckDB: the coordinator loads a shard with the very ``Store.save_batch`` the
local engine uses (same actor merging, same notes, same order), so the two
engines store the same rows, id for id. The conversion is exact: JSON columns
carry the text ``records_frame`` would write, dates travel as Arrow dates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

import pyarrow as pa

from crisislens.engine.schema import RECORD_TABLES, TABLES, arrow_schema
from crisislens.model import UTC_STAMP, Actor, Article, ArticleAnalysis, field_names, utc_stamp

JSON_FIELDS = {"offset_map", "embedded_posts", "notes", "roles", "aliases"}
TUPLE_FIELDS = {"offset_map", "embedded_posts"}


_DATE = pa.date32()
_TIMESTAMP = pa.timestamp("us")  # built once: _encode runs for every cell


def _encode(name: str, value: Any, dtype: pa.DataType) -> Any:
    if name in JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and dtype == _DATE:
        return date.fromisoformat(value[:10])
    if isinstance(value, str) and dtype == _TIMESTAMP:
        return datetime.strptime(value, UTC_STAMP)  # naive UTC, as the store's TIMESTAMP holds it
    return value


def _decode(name: str, value: Any) -> Any:
    if name in JSON_FIELDS:
        items = json.loads(value or "[]")
        return [tuple(x) for x in items] if name in TUPLE_FIELDS else items
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return utc_stamp(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _table(name: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    schema = arrow_schema(name)
    types = {f.name: f.type for f in schema}
    encoded = [{k: _encode(k, v, types[k]) for k, v in row.items() if k in types} for row in rows]
    return pa.Table.from_pylist(encoded, schema=schema)


def _article_row(art: Article, res: ArticleAnalysis) -> dict[str, Any]:
    row = {c: getattr(art, c) for c in field_names(Article)}
    row["notes"] = list(dict.fromkeys([*art.notes, *res.notes]))
    row.update(words=art.words, analyzed=not res.skipped)
    return row


def to_tables(articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> dict[str, pa.Table]:
    """One Arrow table per store table for a batch of analysed articles (input order kept)."""
    by_id = {res.article_id: res for res in analyses}
    pairs = [(art, by_id[art.id]) for art in articles]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for art, res in pairs:
        rows["articles"].append(_article_row(art, res))
        rows["actors"].extend({"article_id": art.id, **asdict(a)} for a in res.actors)
        rows["messages"].extend({"article_id": art.id, "message": m} for m in res.messages)
        for name in RECORD_TABLES:
            rows[name].extend(asdict(r) for r in getattr(res, name))
    return {name: _table(name, rows[name]) for name in TABLES}


def _records(table: pa.Table) -> list[dict[str, Any]]:
    return [{k: _decode(k, v) for k, v in row.items()} for row in table.to_pylist()]


def from_tables(tables: dict[str, pa.Table]) -> tuple[list[Article], list[ArticleAnalysis]]:
    """The articles and analyses that :func:`to_tables` was given, rebuilt from its tables."""
    articles: list[Article] = []
    analyses: dict[str, ArticleAnalysis] = {}
    art_fields = field_names(Article)
    for row in _records(tables["articles"]):
        articles.append(Article(**{c: row[c] for c in art_fields}))
        analyses[row["id"]] = ArticleAnalysis(article_id=row["id"], skipped=not row["analyzed"])
    for row in _records(tables["actors"]):
        aid = row.pop("article_id")
        analyses[aid].actors.append(Actor(**row))
    for row in _records(tables["messages"]):
        analyses[row["article_id"]].messages.append(row["message"])
    for name, cls in RECORD_TABLES.items():
        for row in _records(tables[name]):
            getattr(analyses[row["article_id"]], name).append(cls(**row))
    return articles, [analyses[a.id] for a in articles]
