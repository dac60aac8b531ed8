"""The dated actor dictionary (data/dictionary.tsv, generated from PETRARCH-2): names -> dated codes.

Why dated: a name's code and sector change with office ("Barack Obama" is
USAELI until 2009-01-20 and USAGOV after), so a lookup is always asked for a day
and answers with the codes in force on it. The file is loaded once into a dict
from folded token keys (pre-tokenised by the generator, so loading runs no
tokenizer) to row numbers; rows are decoded only when looked up.

A malformed date range in the file is reported in ``problems()`` and that code
is never used as a restriction: it is used only when nothing else is known, and
the lookup says so in ``how``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from crisislens.actors import lexicon as lex

RANGE = re.compile(r"^(\d{8})?-(\d{8})?$")
# Agent codes that qualify a role rather than name a sector of their own (CAMEO: elite, retired).
WEAK_SECTORS = {"ELI", "UNR", "---"}
# A code with more agent letters says more ("USAGOVMIL" over "USAGOV"); ties break on the
# sector precedence of data/words.tsv (the same order a person's several roles are ranked by).
SECTOR_RANK = lex.ranks("sector_rank")


@dataclass(frozen=True)
class Dated:
    """One code of an actor with the days it is in force (ISO dates; None = open)."""

    raw: str
    code: str | None
    sector: str | None
    start: str | None
    end: str | None
    malformed: bool = False

    def in_force(self, day: str) -> bool:
        return not self.malformed and (self.start is None or self.start <= day) and (
            self.end is None or day < self.end
        )

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def specificity(self) -> tuple[int, int]:
        return (-len(self.raw.split(" ")[0]), SECTOR_RANK.get(self.sector or "", 9))


@dataclass(frozen=True)
class DictEntry:
    """One actor of the dictionary: canonical name, kind hint, its codes, the file it came from."""

    name: str
    kind: str
    codes: tuple[Dated, ...]
    source: str


@dataclass(frozen=True)
class Choice:
    """The code a dictionary entry has on a day, and why (for the actor's ``how``); ``malformed``
    when the code comes from a row whose date range could not be read (callers report it:
    ``how`` is for people, the flag for code)."""

    entry: DictEntry
    code: str | None
    sector: str | None
    how: str
    malformed: bool = False


class Dictionary:
    """Folded token key -> dictionary entries; frozen once loaded."""

    def __init__(self, rows: list[list[str]], states: frozenset[str], orgs: tuple[tuple[str, str], ...]) -> None:
        self._rows = rows
        self._states = states
        self._orgs = orgs
        self.keys: dict[str, tuple[int, ...]] = {}
        self.problems: list[str] = []
        keys: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            for k in row[2].split("|"):
                keys.setdefault(k, []).append(i)
        self.keys = {k: tuple(v) for k, v in keys.items()}

    def lookup(self, key: tuple[str, ...] | str) -> list[DictEntry]:
        """Entries whose name or alias is this folded token key (never raises)."""
        k = key if isinstance(key, str) else " ".join(key)
        rows = self.keys.get(k) or self.keys.get(k.replace(" - ", " "), ())  # "Kim Jong-un" ~ KIM_JONG_UN
        return [self._entry(i) for i in rows]

    @lru_cache(maxsize=4096)  # noqa: B019 - one frozen Dictionary per process
    def _entry(self, i: int) -> DictEntry:
        name, kind, _keys, codes, source = self._rows[i]
        return DictEntry(name, kind, tuple(self._decode(c, name, source) for c in codes.split(";") if c), source)

    def _decode(self, raw: str, name: str, source: str) -> Dated:
        code, _, rng = raw.partition(" ")
        m = RANGE.match(rng) if rng else None
        malformed = bool(rng) and m is None
        if malformed:
            self.problems.append(f"dictionary: {name}: malformed date range [{raw}] not used as a restriction")
        start, end = (_iso(m.group(1)), _iso(m.group(2))) if m else (None, None)
        country, sector = self._split(code)
        if source.endswith("MilNonState") and country not in (None, "IGO"):
            country, sector = "NSG", sector or "REB"  # FORMAT.md: non-state armed groups are NSG
        return Dated(code, country, sector, start, end, malformed)

    def _split(self, code: str) -> tuple[str | None, str | None]:
        """A PETRARCH code -> (crisislens code, sector): ISO3 + agent, IGO/NGO/MNC, armed groups."""
        for prefix, org in self._orgs:
            if code.startswith(prefix):
                return org, "IGO"
        head, rest = code[:3], code[3:]
        agent = rest[:3] or None
        if head == "IGO":
            return "IGO", "IGO"
        if head in ("NGO", "MNC"):
            return None, "NGO" if head == "NGO" else "BUS"
        if head == "IMG" or agent in ("REB", "INS") and head not in self._states:
            return "NSG", "REB"
        if head in self._states:
            return head, agent if agent not in WEAK_SECTORS else (agent if agent == "ELI" else None)
        return None, agent


def _iso(d: str | None) -> str | None:
    return f"{d[:4]}-{d[4:6]}-{d[6:]}" if d else None


def choose(entry: DictEntry, day: str | None, text_code: str | None = None) -> Choice:
    """The code of ``entry`` on ``day``: codes in force (dated before undated), the one the
    text names if several disagree, else the most specific; with no day, an open or
    undated code; with none in force, the country of the latest one (no sector)."""
    codes = [c for c in entry.codes if not c.malformed and c.raw != "---"]
    live = [c for c in codes if day and c.in_force(day) and c.dated] or [
        c for c in codes if not c.dated and c.code
    ]
    if not day:
        live = [c for c in codes if c.dated and c.end is None] or live
    if live:
        return _pick(entry, live, text_code)
    past = sorted((c for c in codes if c.dated), key=lambda c: c.end or c.start or "")
    if past and (not day or (past[-1].start or "") <= day):
        last = past[-1]
        return Choice(entry, last.code, None, f"dictionary ({entry.source}): {last.raw} ended {last.end}; country kept")
    bad = [c for c in entry.codes if c.malformed]
    if bad:
        return Choice(entry, bad[0].code, None, f"dictionary ({entry.source}): only a malformed range [{bad[0].raw}]",
                      malformed=True)
    return Choice(entry, None, None, f"dictionary ({entry.source}): no code in force")


def _pick(entry: DictEntry, live: list[Dated], text_code: str | None) -> Choice:
    distinct = {(c.code, c.sector) for c in live}
    if len({c.code for c in live}) > 1 and text_code and any(c.code == text_code for c in live):
        best = min((c for c in live if c.code == text_code), key=Dated.specificity)
        why = f"{len(distinct)} codes in force ({', '.join(c.raw for c in live)}); the text names {text_code}"
    elif len(distinct) > 1:
        best = min(live, key=Dated.specificity)
        why = f"{len(distinct)} codes in force ({', '.join(c.raw for c in live)}); the more specific {best.raw}"
    else:
        best = live[0]
        why = f"{best.raw} in force"
    return Choice(entry, best.code, best.sector, f"dictionary ({entry.source}): {why}")


def _rows(name: str) -> list[list[str]]:
    raw = resources.files("crisislens.actors").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in raw.split("\n") if ln and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


@cache
def load() -> Dictionary:
    """The dictionary, once per process (states from states.tsv decide what a country code is)."""
    from crisislens.actors import gazetteer as gz

    orgs = tuple(sorted(((r[0], r[1]) for r in _rows("petrarch_orgs.tsv")), key=lambda p: -len(p[0])))
    rows = [r for r in _rows("dictionary.tsv") if len(r) == 5]
    return Dictionary(rows, frozenset(gz.load().state_names), orgs)


def problems() -> list[str]:
    """What the dictionary could not use as written (malformed rows met so far)."""
    return list(load().problems)
