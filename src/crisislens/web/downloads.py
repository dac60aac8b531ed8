"""Downloads of any list as CSV, JSON or Parquet: writers registered by format name.

Why a registry (as Datasette's output renderers): the download route does not
grow an if/elif per format; a new format is one function and one entry. Rows
are the flat store columns (the names ``crisislens export --format csv``
writes), so a download opens in a spreadsheet and matches the table export.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from crisislens.export.gold import clean

MAX_ROWS = 100_000  # a download is one response: bounded


@dataclass(frozen=True)
class Writer:
    media_type: str
    write: Callable[[Sequence[dict[str, Any]]], bytes]


def _columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for row in rows[:1]:
        cols.update(dict.fromkeys(row))
    return list(cols)


def _cell(value: Any) -> Any:
    value = clean(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def write_csv(rows: Sequence[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    out = csv.writer(buf)
    cols = _columns(rows)
    out.writerow(cols)
    for row in rows:
        out.writerow(["" if (v := _cell(row.get(c))) is None else v for c in cols])
    return buf.getvalue().encode("utf-8")


def write_json(rows: Sequence[dict[str, Any]]) -> bytes:
    data = [{k: clean(v) for k, v in row.items()} for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def write_parquet(rows: Sequence[dict[str, Any]]) -> bytes:
    cols = _columns(rows)
    table = pa.Table.from_pylist([{c: _cell(r.get(c)) for c in cols} for r in rows]) if rows else pa.table({})
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


WRITERS: dict[str, Writer] = {
    "csv": Writer("text/csv; charset=utf-8", write_csv),
    "json": Writer("application/json", write_json),
    "parquet": Writer("application/vnd.apache.parquet", write_parquet),
}


def download(store: Any, view_name: str, fmt: str, args: dict[str, str]) -> tuple[bytes, str, str]:
    """(body, media type, file name) of a list download with the list's own filters.

    Without ``limit`` every matching row comes (up to MAX_ROWS); ``view_name`` and
    ``fmt`` are looked up in registries and never reach the file system.
    """
    from crisislens.web.filters import FilterError, Paging
    from crisislens.web.queries import NotFound
    from crisislens.web.views import VIEWS

    view, writer = VIEWS.get(view_name), WRITERS.get(fmt)
    if view is None:
        raise NotFound(f"no list {view_name!r} to download")
    if writer is None:
        raise FilterError(f"format: {fmt!r} is not one of {', '.join(WRITERS)}")
    paging = Paging.parse(args.get("limit"), args.get("offset"))
    if not args.get("limit"):
        paging = Paging(limit=MAX_ROWS, offset=paging.offset)
    rows = view.page(store, args, paging).items
    return writer.write(rows), writer.media_type, f"crisislens-{view.name}.{fmt}"
