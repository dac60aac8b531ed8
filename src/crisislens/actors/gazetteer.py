"""The actor gazetteer: the package's data files loaded once into token-sequence lookups.

Why token sequences: the resolver matches names against the spaCy Doc it is
given, so every name is tokenised with the same English tokenizer and folded
(lower case, no diacritics, one apostrophe) into a tuple key. Matching a doc is
then one dict probe per candidate start token and length, which keeps the actor
layer cheap next to the parse; a trie or PhraseMatcher would buy little here.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from io import StringIO
from pathlib import Path

import spacy

from crisislens.actors import lexicon as lex
from crisislens.model import fold

# Kinds of gazetteer entries (what a matched phrase is).
STATE = "state"  # a state's name ("Pakistan", "Türkiye")
DEMONYM = "demonym"  # "Pakistani", "Turkish"
CAPITAL = "capital"  # seat of government used for the state ("Islamabad")
PLACE = "place"  # a place in a state, not an actor ("Pahalgam", "AJK")
TOWN = "town"  # a generated town or subdivision (towns.tsv): a place only where the parser reads one
IGO = "igo"
MEDIA = "media"
GROUP = "group"  # non-state armed group (code NSG)
BODY = "named_body"  # a named state body ("ISI", "White House")
HOLDER = "holder"  # a known office holder's name
ROLE = "role"  # a role phrase ("foreign minister")
GENERIC_BODY = "body"  # a generic body phrase ("foreign ministry", "air force")
GENERIC = "generic"  # a role-like group noun ("troops", "militants", "protesters", "civilians")
AGENT = "agent"  # a CAMEO agent phrase of PETRARCH-2 (agents.tsv): an actor only with a state owner
# Agent sectors of armed non-state actors: coded NSG whatever state owns them (FORMAT.md)
NSG_SECTORS = {"REB", "UAF"}

COMMON_SURNAMES = lex.words("common_surnames")
# A holder alias never overrides a state, place or organisation name ("Jordan", "Chad").
HOLDER_KIND_CLASH = {"state", "demonym", "capital", "place", "igo", "media", "group", "named_body"}

# Kinds that are proper names: they match only when the text capitalises them.
PROPER = {STATE, DEMONYM, CAPITAL, PLACE, TOWN, IGO, MEDIA, GROUP, BODY, HOLDER}
# Entity labels inside which a generated town may match: the list is too large to trust a
# capitalised word alone ("Kathua" is a town, "Bucha" a surname too). An ORG or PERSON entity
# holds a town only where the town fills it in a place's position (candidates._place_entity_ends).
TOWN_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Kinds whose short names are acronyms (UN, AP, ISI): matched only where written in capitals.
ACRONYM_KINDS = {IGO, MEDIA, GROUP, BODY}


@dataclass(frozen=True)
class Entry:
    """One thing a phrase can mean."""

    kind: str
    name: str  # canonical name (state short name, body name, role key, ...)
    code: str | None = None
    sector: str | None = None
    key: str | None = None  # role/body key, or the id key of a named body
    role: str | None = None  # office of a holder
    start: str | None = None  # holder's term (ISO dates)
    end: str | None = None
    display: str | None = None  # how a generic body is written after a state name


@dataclass
class Gazetteer:
    """Folded-token-tuple -> entries, plus the per-code facts the resolver needs."""

    table: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    first: set[str] = field(default_factory=set)
    max_len: int = 1
    state_names: dict[str, str] = field(default_factory=dict)  # code -> short name
    demonym_of: dict[str, str] = field(default_factory=dict)  # code -> main adjective
    holders: list[Entry] = field(default_factory=list)
    role_sector: dict[str, str] = field(default_factory=dict)
    body_sector: dict[str, str] = field(default_factory=dict)
    body_display: dict[str, str] = field(default_factory=dict)
    # canonical name -> (states, sectors) of the actors that identify it among the readings of
    # an acronym several organisations share (acronym_readings.tsv)
    readings: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # phrase key -> (the states it may name, (code, start, end) of a reading the date settles):
    # names several states share (ambiguous_states.tsv, "Congo"), settled by the article
    ambiguous: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[tuple[str, str, str], ...]]] = field(
        default_factory=dict
    )

    # generated towns (towns.tsv), kept compact because they are many: the space-joined key
    # -> index of a "name\tcode\tkind" row; an Entry is made only for a phrase a doc holds
    towns: dict[str, int] = field(default_factory=dict)
    town_rows: list[str] = field(default_factory=list)

    def lookup(self, key: tuple[str, ...]) -> list[Entry] | None:
        """The entries of a folded token key: the curated tables', else a generated town's."""
        found = self.table.get(key)
        if found or not self.towns:
            return found
        row = self.towns.get(" ".join(key))
        return None if row is None else [_town_entry(self.town_rows[row])]

    def add(self, phrase: str, entry: Entry) -> None:
        self.add_key(phrase_key(phrase), entry)

    def add_key(self, key: tuple[str, ...], entry: Entry) -> None:
        """Add an entry under a folded token key (pre-tokenised data skips the tokenizer)."""
        if not key or entry in self.table[key]:
            return
        self.table[key].append(entry)
        self.first.add(key[0])
        self.max_len = max(self.max_len, len(key))


def norm_token(text: str) -> str:
    """The folded form tokens are compared in (one apostrophe, no diacritics, lower case)."""
    return fold(text.replace("’", "'").replace("‘", "'"))


@cache
def _tokenizer():
    return spacy.blank("en").tokenizer


@cache
def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(norm_token(t.text) for t in _tokenizer()(phrase.strip()) if not t.is_space)


def plural(phrase: str) -> str:
    """The regular English plural of a role phrase ("chief of army staff" -> "chiefs of army
    staff", "secretary" -> "secretaries"); PETRARCH-2 builds its noun plurals the same way."""
    words = phrase.split()
    i = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    w = words[i]
    if len(w) <= 1 or w.endswith(("s", "'")) or not w.isalpha():
        return phrase
    if w.endswith("man"):
        w = w[:-3] + "men"
    elif w.endswith("y") and w[-2:-1] not in "aeiou":
        w = w[:-1] + "ies"
    elif w.endswith(("sh", "ch", "x", "z")):
        w += "es"
    else:
        w += "s"
    return " ".join([*words[:i], w, *words[i + 1:]])


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file, skipping its ``# source:`` header lines."""
    raw = resources.files("crisislens.actors").joinpath("data", name).read_text(encoding="utf-8")
    body = "\n".join(line for line in raw.splitlines() if not line.startswith("#"))
    return [
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(StringIO(body), delimiter="\t")
    ]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _code(cell: str) -> str | None:
    return None if cell in ("", "-") else cell


def _states(g: Gazetteer) -> None:
    for row in _rows("states.tsv"):
        code, name = row["code"], row["name"]
        g.state_names[code] = name
        for n in [name, *_split(row["names"])]:
            g.add(n, Entry(STATE, name, code, "GOV"))
        dems = _split(row["demonyms"])
        if dems:
            g.demonym_of[code] = dems[0]
        for d in dems:
            g.add(d, Entry(DEMONYM, name, code, "GOV"))
        for c in _split(row["capitals"]):
            g.add(c, Entry(CAPITAL, name, code, "GOV", display=c))
        for p in _split(row["places"]):
            g.add(p, Entry(PLACE, p, code))


def _places(g: Gazetteer) -> None:
    for row in _rows("places.tsv"):
        for n in [row["name"], *_split(row["aliases"])]:
            key = phrase_key(n)
            # the curated list wins over PETRARCH's city list for the same phrase
            g.table[key] = [e for e in g.table.get(key, []) if e.kind != PLACE]
            g.add(n, Entry(PLACE, row["name"], _code(row["code"]), key=row["kind"]))


def _named(g: Gazetteer) -> None:
    """IGOs, media, armed groups and named state bodies: names with aliases."""
    for row in _rows("igos.tsv"):
        for n in [row["name"], *_split(row["aliases"])]:
            g.add(n, Entry(IGO, row["name"], row["code"], "IGO", key=row["key"]))
    for row in _rows("media.tsv"):
        for n in [row["name"], *_split(row["aliases"])]:
            g.add(n, Entry(MEDIA, row["name"], _code(row["code"]), "MED", key=fold(row["name"])))
    for row in _rows("groups.tsv"):
        for n in [row["name"], *_split(row["aliases"])]:
            g.add(n, Entry(GROUP, row["name"], "NSG", row["sector"] or None, key=fold(row["name"])))
    for row in _rows("named_bodies.tsv"):
        for n in [row["name"], *_split(row["aliases"])]:
            g.add(n, Entry(BODY, row["name"], _code(row["code"]), row["sector"], key=row["key"]))


def _ngos(g: Gazetteer) -> None:
    """Non-governmental organisations (no code, sector NGO), and what identifies each reading
    of an acronym that organisations share (see crisislens.actors.acronyms)."""
    for row in _rows("ngos.tsv"):
        for n in [row["name"], *_split(row["aliases"])]:
            g.add(n, Entry(BODY, row["name"], None, row["sector"], key=fold(row["name"])))
    for row in _rows("acronym_readings.tsv"):
        g.readings[row["name"]] = (frozenset(_split(row["states"])), frozenset(_split(row["sectors"])))


def _roles(g: Gazetteer) -> None:
    rows = _rows("roles.tsv")
    for row in rows:
        g.role_sector[row["key"]] = row["sector"]
        for v in _split(row["variants"]):
            g.add(v, Entry(ROLE, row["key"], sector=row["sector"], key=row["key"]))
    for row in rows:
        # plurals name one holder per owner ("the foreign ministers of India and Pakistan")
        for v in _split(row["variants"]):
            p = plural(v)
            if p != v and not g.table.get(phrase_key(p)):
                g.add(p, Entry(ROLE, row["key"], sector=row["sector"], key=row["key"]))


def _groups_and_bodies(g: Gazetteer) -> None:
    for row in _rows("generic_actors.tsv"):
        for v in _split(row["variants"]):
            g.add(v, Entry(GENERIC, row["key"], _code(row["code"]), row["sector"], key=row["key"]))
    for row in _rows("bodies.tsv"):
        g.body_sector[row["key"]] = row["sector"]
        g.body_display[row["key"]] = row["display"]
        for v in _split(row["variants"]):
            g.add(v, Entry(GENERIC_BODY, row["key"], sector=row["sector"], key=row["key"], display=row["display"]))


def _agents(g: Gazetteer) -> None:
    """PETRARCH-2 agent phrases, pre-tokenised by the generator; the curated lists win."""
    for row in _rows("agents.tsv"):
        code = "NSG" if row["sector"] in NSG_SECTORS else None
        entry = Entry(AGENT, row["key"], code, row["sector"], key=row["key"])
        for k in _split(row["keys"]):
            key = tuple(k.split(" "))
            if not g.table.get(key):
                g.add_key(key, entry)


def _holders(g: Gazetteer) -> None:
    holder_rows = _rows("office_holders.tsv")
    surnames = Counter(fold(r["name"].split()[-1]) for r in {r["name"]: r for r in holder_rows}.values())
    for row in holder_rows:
        e = Entry(
            HOLDER, row["name"], _code(row["code"]), row["sector"] or None,
            role=row["role"], start=row["start"] or None, end=row["end"] or None,
        )
        g.holders.append(e)
        names = [row["name"], *_split(row["aliases"])]
        last = row["name"].split()[-1]
        # a distinctive surname alone names the holder ("Doval", "Araghchi"); common ones
        # (Singh, Sharif, Khan) are left to the article's own full names
        if surnames[fold(last)] == 1 and fold(last) not in COMMON_SURNAMES and len(last) > 3:
            names.append(last)
        for n in names:
            if HOLDER_KIND_CLASH.isdisjoint(e2.kind for e2 in g.table.get(phrase_key(n), [])):
                g.add(n, e)


def _ambiguous(g: Gazetteer) -> None:
    """Phrases that name several states ("Congo"): which one, the article decides
    (crisislens.actors.ambiguous)."""
    for row in _rows("ambiguous_states.tsv"):
        dated = tuple(tuple(d.split(" ")) for d in _split(row["dated"]) if len(d.split(" ")) == 3)
        g.ambiguous[phrase_key(row["phrase"])] = (tuple(_split(row["codes"])), dated)


@cache
def _town_entry(row: str) -> Entry:
    name, code, kind = row.split("\t")
    return Entry(TOWN, name, code, key=kind)


def _towns(g: Gazetteer) -> None:
    """Generated towns and subdivisions (crisislens.actors.build_towns), pre-tokenised. Last,
    and only on phrases nothing else holds: every curated or state meaning wins."""
    for row in _rows("towns.tsv"):
        g.town_rows.append(f"{row['name']}\t{row['code']}\t{row['kind']}")
        for k in _split(row["keys"]):
            key = tuple(k.split(" "))
            if not g.table.get(key) and key not in g.ambiguous:
                g.towns[k] = len(g.town_rows) - 1
                g.first.add(key[0])
                g.max_len = max(g.max_len, len(key))


# Loaders in order: later kinds add entries to phrases the earlier ones already hold.
LOADERS = (_states, _places, _named, _ngos, _roles, _groups_and_bodies, _agents, _holders, _ambiguous, _towns)


def build() -> Gazetteer:
    """Build the gazetteer from the data files (tokenising every phrase: ~1 s)."""
    g = Gazetteer()
    for loader in LOADERS:
        loader(g)
    g.table = dict(g.table)
    return g


def _cache_path() -> Path | None:
    """Where the built gazetteer is cached, keyed by the data files' and this module's bytes."""
    digest = hashlib.sha1(Path(__file__).read_bytes())
    data = resources.files("crisislens.actors").joinpath("data")
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith(".tsv")):
        digest.update(name.encode() + data.joinpath(name).read_bytes())
    root = os.environ.get("CRISISLENS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "crisislens"
    )
    return Path(root) / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


@cache
def load() -> Gazetteer:
    """The gazetteer, once per process: from the cache when the data has not changed (a
    pickle loads in a tenth of the time tokenising every phrase takes), else built and cached.
    A cache that cannot be read or written is rebuilt or skipped, never fatal."""
    path = _cache_path()
    try:
        with path.open("rb") as fh:
            g = pickle.load(fh)
        if isinstance(g, Gazetteer):
            return g
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    g = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(g, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: parallel workers never read a half-written file
    except OSError:
        pass
    return g


def holder_aliases() -> dict[str, set[str]]:
    """Canonical holder name -> every name the gazetteer knows for them."""
    out: dict[str, set[str]] = defaultdict(set)
    g = load()
    for key, entries in g.table.items():
        for e in entries:
            if e.kind == HOLDER:
                out[e.name].add(" ".join(key))
    return out
