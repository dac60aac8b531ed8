"""Where a count happened, read from its own sentence: "five were killed in Lachin".

Why at link time and from the text: a claim is keyed by the place of the event its sentence
states, but the event coder does not always give that event a place (or finds no event at
all), and then two tolls of two towns on one day met in one group. The sentence still says
where: a preposition of place, an optional "the town of", and a proper name. The name must
end at punctuation, the end of the sentence or a function word ("in Kotli on Wednesday"):
a lower-case content word after it makes it a modifier ("in Israeli strikes"). A state's own
name or demonym, or a region the gazetteer knows, is no key ("across Lebanon" is the national
toll's scope, not an incident's place) and neither is a month or day ("in May", "on
Tuesday"). The words are data (link/data/claim_places.tsv); state and region names come from
the actors' gazetteer (states.tsv, places.tsv). What this cannot tell: a region the gazetteer
does not know ("Darfur") against a town in it ("El Fasher") is read as two places.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# A name word: capitalised, its hyphened parts capitalised or Arabic article-joined ("Nagorno-Karabakh",
# "Deir al-Balah"); "Russian-occupied" is a modifier (a lower-case head after the hyphen).
_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w'’.]*(?:-(?:[A-Z]|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z])[\w'’.]*)*"
    r"|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z][\w'’-]*)$"
)
_MODIFIER = re.compile(r"^(?:[a-z]+|[A-Z][a-z]+-[a-z][\w-]*)$")  # "southern", "Russian-occupied"
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")


@cache
def _words() -> dict[str, frozenset[str]]:
    text = resources.files("crisislens.link").joinpath("data", "claim_places.tsv").read_text("utf-8")
    out: dict[str, set[str]] = {}
    for line in text.splitlines()[2:]:
        if line.strip() and not line.startswith("#"):
            kind, word = line.split("\t")[:2]
            out.setdefault(kind, set()).add(word.strip().casefold())
    return {k: frozenset(v) for k, v in out.items()}


def _table(name: str) -> list[dict[str, str]]:
    text = resources.files("crisislens.actors").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]


def _names(row: dict[str, str], cols: tuple[str, ...]) -> set[str]:
    return {v.strip().casefold() for c in cols for v in (row.get(c) or "").split("|") if v.strip()}


@cache
def _scope_names() -> frozenset[str]:
    """Names that give a scope, not an incident's place (folded): states' names, variants and
    demonyms (states.tsv), and the gazetteer's regions, administered areas and borders
    (places.tsv rows that are not a city or town): "26 killed in Indian-held Kashmir" and
    "26 killed in Pahalgam" are one toll told at two scales."""
    out: set[str] = set()
    for row in _table("states.tsv"):
        out |= _names(row, ("name", "names", "demonyms"))
    for row in _table("places.tsv"):
        if (row.get("kind") or "").strip() not in ("city", "town"):
            out |= _names(row, ("name", "aliases"))
    return frozenset(out)


def _name_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """The proper name starting at token i and where it ends, if it ends where a name may."""
    j = i
    while j < len(tokens) and _NAME_WORD.match(tokens[j]):
        j += 1
    if j == i:
        return None
    if j < len(tokens):
        nxt = tokens[j]
        if nxt[0].isalnum() and nxt.casefold() not in _words()["follow"]:
            return None  # "in Israeli strikes": the name is a modifier
    name = " ".join(tokens[i:j]).rstrip(".")
    return name, j


MAX_MODIFIERS = 3  # "the southern Lebanese border town of ..."


def _past_description(tokens: list[str], k: int) -> int:
    """Where the name starts after a preposition: past "the", past an appositive
    "of"-construction ("the town of Lachin", "the southern Lebanese town of Nabatieh"), and
    past modifiers before a name ("Russian-occupied Melitopol", "eastern Kharkiv"): up to
    three lower-case words, demonyms or hyphened modifiers, stopping at a function word."""
    words = _words()
    if k < len(tokens) and tokens[k].casefold() == "the":
        k += 1
    j = k
    while j < len(tokens) and j - k <= MAX_MODIFIERS:
        tok = tokens[j]
        if j + 1 < len(tokens) and tok.casefold() in words["head"] and tokens[j + 1] == "of":
            return j + 2
        if j > k and _NAME_WORD.match(tok) and tok.casefold() not in _scope_names():
            return j
        modifier = _MODIFIER.match(tok) or tok.casefold() in _scope_names()
        if not modifier or tok.casefold() in words["follow"] or tok.casefold() in words["prep"]:
            break
        j += 1
    return k


def _phrases(tokens: list[str]) -> list[tuple[int, int, str, int]]:
    """(preposition position, name position, name, position after the name) of every
    locative phrase whose name may key a count."""
    words = _words()
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.casefold() not in words["prep"]:
            continue
        k = _past_description(tokens, i + 1)
        found = _name_at(tokens, k) if k < len(tokens) else None
        if found is None:
            continue
        name, end = found
        if name.casefold() in _scope_names() or name.casefold() in words["not_place"]:
            continue
        out.append((i, k, name, end))
    return out


def _frames_statement(tokens: list[str], phrase: tuple[int, int, str, int], count_at: int) -> bool:
    """The phrase places the statement, not the counted event: it fronts the sentence before
    a reporting verb whose clause holds the count ("In Washington, officials said 12 soldiers
    were killed in Kandahar"), or it follows a reporting verb with nothing but that verb's
    addressee or occasion between them ("..., officials said in Kinshasa", "told reporters
    in Beirut", "said at a news conference in Kyiv on Monday")."""
    words = _words()
    prep, _, _, end = phrase
    speech = [i for i, t in enumerate(tokens) if t.casefold() in words["speech"]]
    if prep == 0 and end < len(tokens) and tokens[end] == "," and any(end < s < count_at for s in speech):
        return True
    between_ok = words["occasion"] | words["prep"] | words["not_place"] | {"on"}
    for s in (s for s in speech if s < prep):
        if all(t.casefold() in between_ok for t in tokens[s + 1 : prep]):
            return True
    return False


def _count_position(tokens: list[str], number_text: str | None) -> int | None:
    first = (_TOKEN.findall(number_text or "") or [""])[0]
    return tokens.index(first) if first and first in tokens else None


def statement_places(sentence: str | None, number_text: str | None = None) -> set[str]:
    """The names of the places in the sentence that only frame a statement about the count."""
    tokens = _TOKEN.findall(sentence or "")
    at = _count_position(tokens, number_text)
    at = len(tokens) if at is None else at
    return {p[2] for p in _phrases(tokens) if _frames_statement(tokens, p, at)}


def places_in(sentence: str | None, number_text: str | None = None) -> list[tuple[int, str]]:
    """(token position, name) of every place a locative phrase in the sentence names as
    where something happened (a place that frames a statement is left out)."""
    tokens = _TOKEN.findall(sentence or "")
    at = _count_position(tokens, number_text)
    at = len(tokens) if at is None else at
    return [(p[1], p[2]) for p in _phrases(tokens) if not _frames_statement(tokens, p, at)]


def place_of_count(sentence: str | None, number_text: str | None) -> str | None:
    """The place named nearest the count in its sentence, else None."""
    found = places_in(sentence, number_text)
    if not found:
        return None
    tokens = _TOKEN.findall(sentence or "")
    at = _count_position(tokens, number_text) or 0
    return min(found, key=lambda f: (abs(f[0] - at), f[0]))[1]
