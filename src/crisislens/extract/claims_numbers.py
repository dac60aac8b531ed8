"""Reading a written count ("at least 31", "over two dozen", "1,00,000", "1.5 lakh") into numbers.

Kept apart from claim extraction because it is pure string work that must
never crash: news text carries Indian digit grouping, South Asian scale words,
ranges, vague plurals ("dozens") and the odd absurd string of digits. Each
reading returns a value with its bounds and qualifier, or a reason it was
refused, so the caller can record a clear message instead of inventing a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Counts beyond this are not casualty or damage figures; they are refused with a message.
MAX_PLAUSIBLE = 1e10

_WESTERN = re.compile(r"^\d{1,3}(,\d{3})+$")
_INDIAN = re.compile(r"^\d{1,2}(,\d{2})*,\d{3}$")
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_RANGE = re.compile(r"^(\d[\d,.]*)\s*(?:-|–|—|to)\s*(\d[\d,.]*)$")


@dataclass
class NumberReading:
    """The number a phrase states: ``value`` None when it only bounds a count ("dozens")."""

    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    problem: str | None = None  # why no value could be read (the caller records it)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("crisislens.extract").joinpath("data", name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def number_words() -> dict[str, tuple[float, str]]:
    """word -> (value, kind) where kind is unit, tens, scale, article or vague."""
    return {r[0]: (float(r[1]), r[2]) for r in _rows("numbers.tsv")}


@cache
def qualifiers() -> dict[str, tuple[str, str]]:
    """Qualifier phrase (lower case) -> (bound kind, normalised qualifier)."""
    return {r[0]: (r[1], r[2]) for r in _rows("numbers_qualifiers.tsv")}


def is_number_word(word: str) -> bool:
    """True for words that can be part of a written count ("two", "dozen", "lakh")."""
    w = word.lower()
    if w in number_words():
        return number_words()[w][1] not in ("article", "emphatic")
    return bool(re.match(r"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+$", w))


def parse_digits(text: str) -> float | None:
    """'31' -> 31; '1,000' -> 1000; '1,00,000' (Indian grouping) -> 100000; '1.5' -> 1.5."""
    t = text.strip()
    if _PLAIN.match(t):
        return float(t)
    if _WESTERN.match(t) or _INDIAN.match(t):
        return float(t.replace(",", ""))
    return None


def _words_value(words: list[str]) -> float | None:
    """Value of a run of number words and digits ("two dozen", "1.5 lakh", "twenty-five")."""
    table = number_words()
    total = 0.0
    current: float | None = None
    for raw in words:
        w = raw.lower()
        if "-" in w:
            # a hyphen joins the words of one count ("twenty-five", "six-million", "1.5-million");
            # a range ("5-6") was read before this, and a word that is no number ends the reading
            parts = [p for p in w.split("-") if p]
            joined = _words_value(parts) if len(parts) > 1 else None
            if joined is None:
                return None
            current = (current or 0) + joined
            continue
        digits = parse_digits(w)
        if digits is not None:
            current = (current or 0) + digits
            continue
        if w not in table:
            return None
        val, kind = table[w]
        if kind in ("unit", "tens", "article"):
            current = (current or 0) + val
        elif kind == "emphatic":
            continue  # "a single": the article's one, stressed
        elif kind == "scale":
            base = current if current is not None else 1.0
            if val >= 1000:
                total += base * val
                current = None
            else:
                current = base * val
        else:
            return None
    return total + (current or 0)


POWER_LIMIT = 15  # "10^N" with N above this is far past any count (and not worth computing)


def read_number(text: str, qualifier: str | None = None) -> NumberReading:
    """Read one written count with an optional qualifier phrase before it.

    The gold conventions: an exact count has low = high = value; "at least 31"
    has low 31 and no high; "over two dozen" has value 24 and low 25;
    "approximately 25" has no bounds.
    """
    raw = " ".join(text.split())
    if not raw:
        return NumberReading(None, None, None, None, "empty number")
    low_high = _range(raw)
    if low_high:
        lo, hi = low_high
        if lo > hi:
            return NumberReading(None, None, None, None, f"range {raw!r} is written backwards (the larger number first)")
        return NumberReading(lo, lo, hi, qualifier or "between")
    power = re.fullmatch(r"(\d{1,4})\s*\^\s*(\d{1,4})", raw)
    if power:  # "10^12": a power, read as one number (an exponent past 15 is no count anyway)
        base, exp = int(power.group(1)), int(power.group(2))
        if exp > POWER_LIMIT or base**exp > MAX_PLAUSIBLE:
            return NumberReading(None, None, None, None, f"number {raw!r} is too large to be a count")
        return bounded(float(base**exp), qualifier)
    words = raw.replace("–", "-").split()
    vague = _vague(words)
    if vague is not None:
        return NumberReading(None, vague, None, qualifier or " ".join(w.lower() for w in words))
    if any(re.fullmatch(r"\d{13,}", w.replace(",", "")) for w in words):
        return NumberReading(None, None, None, None, f"number {raw!r} is too large to be a count")
    value = _words_value(words)
    if value is None:
        return NumberReading(None, None, None, None, f"cannot read {raw!r} as a number")
    if value > MAX_PLAUSIBLE:
        return NumberReading(None, None, None, None, f"number {raw!r} is too large to be a count")
    return bounded(value, qualifier)


def _vague(words: list[str]) -> float | None:
    """The lower bound of a vague plural: "dozens" -> 24; "hundreds of thousands" -> 200 x
    1,000 (see ``vague_of_scale``); None otherwise."""
    table = number_words()
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in table and table[low[0]][1] == "vague":
        return table[low[0]][0]
    return vague_of_scale(low)


def vague_of_scale(words: list[str]) -> float | None:
    """ "hundreds of thousands", "tens of millions": one vague count, not two. Its lower bound
    is the first word's bound times the scale the third names; None when the three words are
    not a vague plural, "of" and a scale word. The one reading both the number finder (where
    a written number ends) and the reader (its value) use."""
    table = number_words()
    low = [w.lower() for w in words]
    if len(low) != 3 or low[1] != "of" or low[0] not in table or table[low[0]][1] != "vague":
        return None
    scale = table.get(low[2].rstrip("s"))
    if scale is None or scale[1] != "scale":
        return None
    return table[low[0]][0] * scale[0]


def _range(raw: str) -> tuple[float, float] | None:
    m = _RANGE.match(raw)
    if not m:
        m2 = re.match(r"^between\s+(\S+)\s+and\s+(\S+)$", raw, re.I)
        if not m2:
            return None
        lo, hi = _words_value([m2.group(1)]), _words_value([m2.group(2)])
    else:
        lo, hi = parse_digits(m.group(1)), parse_digits(m.group(2))
    if lo is None or hi is None or max(lo, hi) > MAX_PLAUSIBLE:
        return None
    return lo, hi  # possibly backwards: the caller says so


def bounded(value: float, qualifier: str | None) -> NumberReading:
    """Apply a qualifier phrase ("at least", "over", ...) to an exact value."""
    if not qualifier:
        return NumberReading(value, value, value, None)
    q = qualifier.lower()
    bound, norm = qualifiers().get(q, ("exact", q))
    step = 1.0 if value == int(value) else 0.0
    if bound == "low":
        return NumberReading(value, value, None, norm)
    if bound == "low+1":
        return NumberReading(value, value + step, None, norm)
    if bound == "high":
        return NumberReading(value, None, value, norm)
    if bound == "high-1":
        return NumberReading(value, None, value - step, norm)
    if bound == "approx":
        return NumberReading(value, None, None, norm)
    return NumberReading(value, value, value, norm)
