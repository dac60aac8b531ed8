"""Small helpers shared by the linkers: union-find, dates, vector blobs, names.

Why here: every linker groups records by blocking keys and then merges pairs; a
union-find keeps that linear, and one place decides how a "source" is counted
(a near-duplicate group is one independent source everywhere).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable, Iterable

import numpy as np
import pandas as pd

from crisislens.model import fold


class UnionFind:
    """Disjoint sets over hashable items, with path halving."""

    def __init__(self, items: Iterable[Hashable] = ()) -> None:
        self.parent: dict[Hashable, Hashable] = {i: i for i in items}

    def add(self, item: Hashable) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: Hashable) -> Hashable:
        self.add(item)
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def groups(self) -> list[list[Hashable]]:
        out: dict[Hashable, list[Hashable]] = {}
        for item in self.parent:
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())


def to_date(value: object) -> dt.date | None:
    """A date from whatever DuckDB/pandas hands back (date, Timestamp, str, NaT, None)."""
    if value is None or value is pd.NaT:
        return None
    try:
        if pd.isna(value):  # type: ignore[arg-type]
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def utc_moment(value: object) -> pd.Timestamp | None:
    """A publication moment (articles.published_at, stored in UTC) as a Timestamp; None when
    the input gave a day only, a time without its offset, or nothing. One reading for the
    linker (which orders one day's reports by it), the gold export and the report (which
    print it), so that all three agree on which values are moments."""
    if clean(value) is None:
        return None
    try:
        return pd.Timestamp(value)
    except ValueError:
        return None


def ordinal(value: object) -> int | None:
    d = to_date(value)
    return d.toordinal() if d else None


def vec_to_blob(vec: np.ndarray) -> bytes:
    return np.asarray(vec, dtype=np.float32).tobytes()


def blob_to_vec(blob: object, dim: int | None = None) -> np.ndarray | None:
    if blob is None or (isinstance(blob, float) and np.isnan(blob)):
        return None
    arr = np.frombuffer(bytes(blob), dtype=np.float32)  # type: ignore[arg-type]
    if dim is not None and arr.shape[0] != dim:
        return None
    return arr


def clean(value: object) -> str | None:
    """None for NaN/None/empty, else the string."""
    if value is None:
        return None
    try:
        if pd.isna(value):  # type: ignore[arg-type]
            return None
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    return text or None


_TITLES = re.compile(
    r"^(?:(?:president|prime minister|pm|minister|general|gen\.?|army chief|chief|"
    r"foreign minister|defen[cs]e minister|deputy|secretary|spokesperson|mr\.?|ms\.?|"
    r"dr\.?|field marshal|lt\.?|col\.?|external affairs minister)\s+)+",
)


def person_key(name: object) -> str | None:
    """A comparable key for a speaker or claimant: the folded surname.

    Outlets write "Khawaja Muhammad Asif", "Khawaja Asif" and "Asif"; the last
    token is what all forms share, so claimants and speakers compare on it.
    """
    text = clean(name)
    if not text:
        return None
    text = _TITLES.sub("", fold(text)).strip()
    text = re.sub(r"[^\w\s-]", "", text)
    toks = text.split()
    return toks[-1] if toks else None


def df_or_empty(store, sql: str, columns: list[str], params: list | None = None) -> pd.DataFrame:
    """Run a query; an absent table (older store) gives an empty frame instead of a crash."""
    try:
        return store.df(sql, params or [])
    except Exception:  # duckdb.CatalogException and friends: the table is not there yet
        return pd.DataFrame(columns=columns)


def rows(frame: pd.DataFrame) -> list:
    """Rows as attribute objects (``r.col``, ``r.Index``).

    ``DataFrame.itertuples`` builds a namedtuple class per call and indexes each
    column, which dominated linking time on many small groups.
    """
    from types import SimpleNamespace

    return [SimpleNamespace(Index=i, **rec) for i, rec in zip(frame.index, frame.to_dict("records"), strict=True)]


def side_label(claimant_code: object, claimant: object, outlet: object) -> str:
    """Whose figure a claim gives: the claimant's state, else the claimant, else the outlet's
    own voice. One definition for the linker (which groups figures by side) and the report
    (which shows them side by side), so that both name a side the same way."""
    code = clean(claimant_code)
    if code:
        return code
    who = clean(claimant)
    return who or f"{clean(outlet) or 'the outlet'} (own voice)"
