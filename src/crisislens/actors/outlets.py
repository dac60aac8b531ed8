"""The home state of a news outlet: whose bodies a national paper's bare "the army" means.

Why: a national outlet writes for readers at home, so its unqualified "the army", "the
government", "the Foreign Office" are its own country's even in a story that names the other
side more (a Bangkok paper on Cambodian shelling). International wire agencies write for
everyone and have no home for this purpose. The knowledge is data (data/outlet_homes.tsv);
this module only reads it and matches an article's outlet to it leniently: case, diacritics,
a leading "The", punctuation and spacing do not matter, and a web domain ("dawn.com",
"https://www.dawn.com/news/1") or the article's URL is matched by its host.

An outlet the table does not know may still say its home in its name, as many national papers
do ("The Jerusalem Post", "Tehran Times", "Kyiv Independent", "The Irish Times"): a name that
holds places of one state only (capitals, places, state names, demonyms of the gazetteer) is
taken as that state's paper (``named_home``). A name of no place ("Pacific Wire") or of several
states' says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlparse

from crisislens.actors import gazetteer as gz
from crisislens.actors.gazetteer import _rows, _split
from crisislens.model import fold

_HOST_PREFIX = re.compile(r"^(www\d?|m|amp|mobile|edition|english|en)\.")
_NOT_WORD = re.compile(r"[^\w&]+")
# Gazetteer kinds that place a name in a state.
_PLACE_KINDS = (gz.CAPITAL, gz.STATE, gz.PLACE, gz.DEMONYM)


@dataclass(frozen=True)
class Outlet:
    """One outlet of the table: its name, and its home state (None for a wire agency)."""

    name: str
    home: str | None


def name_key(text: str) -> str:
    """An outlet name in the form names are compared in: folded, no leading "The", words only
    ("The Express Tribune" and "express tribune" are one outlet)."""
    words = _NOT_WORD.sub(" ", fold(text)).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def host_of(text: str) -> str | None:
    """The host of a URL or bare domain ("https://www.dawn.com/x" -> "dawn.com"), else None
    (a name with spaces, or no dot, is no domain)."""
    text = text.strip().lower()
    if not text or " " in text or "." not in text:
        return None
    try:
        host = urlparse(text if "//" in text else "//" + text).hostname or ""
    except ValueError:
        return None
    host = _HOST_PREFIX.sub("", host)
    return host if "." in host else None


@cache
def _table() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    """(name key -> outlet, domain -> outlet), read once from data/outlet_homes.tsv."""
    names: dict[str, Outlet] = {}
    domains: dict[str, Outlet] = {}
    for row in _rows("outlet_homes.tsv"):
        outlet = Outlet(row["name"], None if row["home"] in ("", "-") else row["home"])
        for n in [row["name"], *_split(row["aliases"])]:
            names.setdefault(name_key(n), outlet)
        for d in _split(row["domains"]):
            domains.setdefault(d.lower(), outlet)
    return names, domains


def _by_host(host: str) -> Outlet | None:
    """The outlet of a host or of a domain it is under ("sports.ndtv.com" -> NDTV)."""
    _, domains = _table()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        found = domains.get(".".join(parts[i:]))
        if found is not None:
            return found
    return None


def find(outlet: str | None, url: str | None = None) -> Outlet | None:
    """The table's outlet for an article's outlet (a name or a domain), else for its URL."""
    names, _ = _table()
    for text in (outlet, url):
        if not text:
            continue
        found = names.get(name_key(text))
        host = host_of(text)
        if found is None and host is not None:
            found = _by_host(host)
        if found is not None:
            return found
    return None


@cache
def named_home(outlet: str) -> tuple[str, str] | None:
    """(state, the words that place it) when the outlet's name holds places of one state only
    ("Tehran Times" -> IRN, "Tehran"); None for a domain, a name of no place, or of several."""
    if host_of(outlet) is not None:
        return None
    g = gz.load()
    key = gz.phrase_key(outlet)
    found: dict[str, str] = {}
    i = 0
    while i < len(key):  # longest match first, left to right: "New York" before "York"
        n, code = _place_at(g, key, i)
        if code:
            found.setdefault(code, " ".join(key[i:i + n]))
        i += n
    return next(iter(found.items())) if len(found) == 1 else None


def _place_at(g: gz.Gazetteer, key: tuple[str, ...], i: int) -> tuple[int, str | None]:
    """(length, state) of the longest place phrase at word i of a name; (1, None) for none."""
    for n in range(min(g.max_len, len(key) - i), 0, -1):
        entries = g.table.get(key[i:i + n], [])
        code = next((e.code for e in entries if e.kind in _PLACE_KINDS and e.code), None)
        if code:
            return n, code
    return 1, None
