"""The batch function every engine runs: a partition of articles in, tables out.

``analyze_partition`` is the public face for teams that bring their own
cluster (Spark's ``mapInPandas``, Ray, a SLURM array): a pandas DataFrame of
articles in, one pandas DataFrame per store table out. Inside crisislens the
engines call :func:`analyze_articles`, the same function on Article records
with Arrow tables out.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any

import pandas as pd
import pyarrow as pa

from crisislens.engine.frames import JSON_FIELDS, TUPLE_FIELDS, to_tables
from crisislens.model import Article, ArticleAnalysis, InputProblem, field_names, utc_stamp

# Articles parsed per call of the per-article stage: the local engine's batch.
BATCH_SIZE = 32
# Nullable pandas types, so a missing integer stays missing instead of becoming a float NaN.
PANDAS_TYPES = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def analyze_articles(articles: Sequence[Article], batch_size: int = BATCH_SIZE) -> dict[str, pa.Table]:
    """Run the per-article stage on ``articles`` in batches; one Arrow table per store table."""
    from crisislens.pipeline import analyze_batch

    analyses: list[ArticleAnalysis] = []
    for start in range(0, len(articles), batch_size):
        analyses.extend(analyze_batch(articles[start : start + batch_size]))
    return to_tables(articles, analyses)


def analyze_partition(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Analyse a DataFrame of articles; returns {table: DataFrame} for articles, actors,
    mentions, events, quotes, claims and messages.

    ``frame`` holds either ingested articles (every :class:`Article` column, as
    the ``articles`` table returned here or the store holds them) or raw ones:
    a ``text`` column and optional ``title``, ``url``, ``outlet``, ``published``,
    ``language`` and ``doc_name``; raw rows are cleaned and dated as
    ``crisislens analyze`` does with a JSON Lines file. Rows that give no
    article are left out and reported in the ``messages`` table.
    """
    if "clean_text" in frame.columns:
        articles, problems = [_article(row) for row in _rows(frame)], []
    else:
        articles, problems = _ingest_raw(frame)
    tables = analyze_articles(articles)
    out = {name: t.to_pandas(types_mapper=PANDAS_TYPES.get) for name, t in tables.items()}
    if problems:
        extra = pd.DataFrame({"article_id": [None] * len(problems), "message": problems})
        out["messages"] = pd.concat([out["messages"], extra], ignore_index=True)
    return out


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    clean = frame.astype(object).where(frame.notna(), None)
    return clean.to_dict(orient="records")


def _article(row: dict[str, Any]) -> Article:
    """An Article from a row of ingested columns (JSON columns as text or as lists)."""
    kwargs = {c: row.get(c) for c in field_names(Article) if c in row}
    for name in JSON_FIELDS & kwargs.keys():
        value = kwargs[name]
        items = json.loads(value) if isinstance(value, str) else list(value or [])
        kwargs[name] = [tuple(x) for x in items] if name in TUPLE_FIELDS else list(items)
    if kwargs.get("published") is not None:
        kwargs["published"] = str(kwargs["published"])[:10]
    if "published_at" in kwargs:
        kwargs["published_at"] = utc_stamp(kwargs["published_at"])
    return Article(**kwargs)


def _ingest_raw(frame: pd.DataFrame) -> tuple[list[Article], list[str]]:
    """Raw rows through the JSON Lines reader (cleaning, metadata, dates), in row order."""
    from crisislens.ingest import iter_inputs

    rows = _rows(frame)
    lines = [
        json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False, default=str)
        for row in rows
    ]
    articles: list[Article] = []
    problems: list[str] = []
    for item in iter_inputs(["-"], stdin=io.StringIO("\n".join(lines) + "\n")):
        if isinstance(item, InputProblem):
            problems.append(item.message())
            continue
        # the reader names a row "stdin:<line>" when it has no URL: the row's own name is better
        line = item.doc_name.removeprefix("stdin:")
        if line.isdigit() and rows[int(line) - 1].get("doc_name"):
            item.doc_name = str(rows[int(line) - 1]["doc_name"])
        articles.append(item)
    return articles, problems
