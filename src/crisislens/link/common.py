"""Small helpers shared by the linkers: union-find, dates, vector blobs, names.

Why here: every linker groups records by blocking keys and then merges pairs; a
union-find keeps that linear, and one place decides how a "source" is counted
(a near-duplicate group is one independent source everywhere).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable, Iterable
from functools import cache
from importlib import resources

import duckdb
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
    except (duckdb.CatalogException, duckdb.BinderException):  # a table or column not there yet
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


def _actor_rows(name: str) -> list[dict[str, str]]:
    """Rows of an actors data file (TSV with '#' source lines, then a header)."""
    text = resources.files("crisislens.actors").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]


def _names_of(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


@cache
def place_states() -> dict[str, str | None]:
    """Folded place name -> the ISO code of the state holding it (None: disputed, a border).

    The facts are the actors' gazetteer (states.tsv: PETRARCH-2 cities and the capitals;
    places.tsv: curated administered areas and towns, which win over PETRARCH's list as in
    ``actors.gazetteer``). A name PETRARCH gives to two states holds no state. States'
    own names are not places here: "Pakistan said" names an actor, not where a count is."""
    out: dict[str, str | None] = {}
    clash: set[str] = set()
    for row in _actor_rows("states.tsv"):
        for name in _names_of(row.get("capitals")) + _names_of(row.get("places")):
            key = fold(name).casefold()
            if key in out and out[key] != row["code"]:
                clash.add(key)
            out[key] = row["code"]
    for key in clash:
        out[key] = None
    for row in _actor_rows("places.tsv"):
        code = (row.get("code") or "").strip()
        for name in [row["name"], *_names_of(row.get("aliases"))]:
            out[fold(name).casefold()] = None if code in ("", "-") else code
    return out


@cache
def _place_pattern() -> re.Pattern:
    """Every gazetteer place name, longest first, as written (capitalised): one scan of a
    sentence finds the places it names."""
    names: dict[str, None] = {}
    for row in _actor_rows("states.tsv"):
        for name in _names_of(row.get("capitals")) + _names_of(row.get("places")):
            names[name] = None
    for row in _actor_rows("places.tsv"):
        for name in [row["name"], *_names_of(row.get("aliases"))]:
            names[name] = None
    ordered = sorted(names, key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


def places_named(text: object) -> list[tuple[int, str, str | None]]:
    """(offset, name, state code) of each gazetteer place the text names, in order."""
    found = []
    for m in _place_pattern().finditer(clean(text) or ""):
        found.append((m.start(), m.group(0), place_states().get(fold(m.group(0)).casefold())))
    return found


@cache
def capitals() -> frozenset[str]:
    """Folded names of the states' capitals (states.tsv): the seats of governments, where
    statements about other places are made ("in Moscow, the ministry said ...")."""
    return frozenset(fold(c).casefold() for row in _actor_rows("states.tsv") for c in _names_of(row.get("capitals")))


def place_state(name: object) -> str | None:
    """The state holding a place: the name itself in the gazetteer, else the last place
    with a state that the name holds ("Congo's Goma" -> Goma's state)."""
    text = clean(name)
    if not text:
        return None
    whole = place_states().get(fold(text).casefold())
    if whole:
        return whole
    coded = [code for _, _, code in places_named(text) if code]
    return coded[-1] if coded else possessor_state(text)


@cache
def state_names() -> dict[str, str]:
    """Folded name of each state (states.tsv: name and other names) -> its code: "Pakistan's"
    in "Pakistan's Punjab" names whose place it is, not a part of the place's name."""
    out: dict[str, str] = {}
    for row in _actor_rows("states.tsv"):
        for name in [row.get("name") or "", *_names_of(row.get("names"))]:
            if name.strip():
                out[fold(name).casefold()] = row["code"]
    return out


def possessor_state(name: object) -> str | None:
    """The state a place name's possessive names ("Pakistan's Punjab" -> PAK), else None."""
    m = _POSSESSOR.match((clean(name) or "").strip())
    return state_names().get(fold(m["owner"]).casefold()) if m else None


_POSSESSOR = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>\S.*)$")


def without_state_possessor(name: str) -> str:
    """The place name less a state's possessive before it: "Pakistan's Punjab" -> "Punjab",
    "India's Punjab" -> "Punjab" (the state is kept apart by the state split, not the key);
    "Anantnag's market" keeps its possessor (a town owns the market)."""
    m = _POSSESSOR.match(name.strip())
    if m and fold(m["owner"]).casefold() in state_names():
        return m["rest"]
    return name
