"""Word lists of the actor resolver (data/words.tsv): titles, speech verbs, name particles...

Why a data file: these lists are knowledge of English and of news style, not mechanism;
a new language or house style changes rows, not code. Each row is one named list; the
resolver asks for it by name once, at import.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _lists() -> dict[str, list[str]]:
    raw = resources.files("crisislens.actors").joinpath("data", "words.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in raw.split("\n") if ln and not ln.startswith("#")][1:]
    out: dict[str, list[str]] = {}
    for ln in lines:
        name, words, *_why = ln.split("\t")
        out[name] = [w for w in words.split("|") if w]
    return out


def words(name: str) -> frozenset[str]:
    """The list ``name`` as a set (KeyError for an unknown list: a typo must fail loudly)."""
    return frozenset(_lists()[name])


def ranks(name: str) -> dict[str, int]:
    """An ordered list as word -> rank (0 = first): precedence tables such as sector_rank."""
    return {w: i for i, w in enumerate(_lists()[name])}
