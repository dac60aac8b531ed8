"""Where a count happened, read from its own sentence's words: "five were killed in Lachin".

Why from the words: the claim linker keys a count by the place of the event its sentence
states, but the event coder does not always give that event a place (or finds no event at
all), and then two tolls of two towns on one day met in one group; the linker has the
stored sentence, not its parse. The extractor asks the same question of the same sentence
("is this place where the count happened, or where it was announced?"), so both read it
here, once per sentence: one rule, one answer.

The sentence still says where: a preposition of place, an optional "the town of", and a
proper name. The name must end at punctuation, the end of the sentence or a function word
("in Kotli on Wednesday"): a lower-case content word after it makes it a modifier ("in
Israeli strikes"). A state's own name or demonym, or a region the gazetteer knows, is no key
("across Lebanon" is the national toll's scope, not an incident's place) and neither is a
month or day ("in May", "on Tuesday"). A place that frames the statement ("In Washington,
officials said ...", "..., officials said in Kinshasa") is not the count's.

The words are data: extract/data/claim_places.tsv, the place heads of place_heads.tsv, the
speech verbs of quote_cues.tsv (inflected by rule, verb_forms.tsv for irregular ones); state
and region names come from the actors' gazetteer (states.tsv, places.tsv). What this cannot
tell: a region the gazetteer does not know ("Darfur") against a town in it ("El Fasher") is
read as two places.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources

from crisislens.extract.claims_numbers import is_number_word
from crisislens.extract.claims_places import place_heads
from crisislens.extract.quotes_lexicon import cue_kinds

# A name word: capitalised, its hyphened parts capitalised or Arabic article-joined ("Nagorno-Karabakh",
# "Deir al-Balah"); "Russian-occupied" is a modifier (a lower-case head after the hyphen).
_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w'’.]*(?:-(?:[A-Z]|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z])[\w'’.]*)*"
    r"|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z][\w'’-]*)$"
)
_MODIFIER = re.compile(r"^(?:[a-z]+|[A-Z][a-z]+-[a-z][\w-]*)$")  # "southern", "Russian-occupied"
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
MAX_MODIFIERS = 3  # "the southern Lebanese border town of ..."


def _data_rows(package: str, name: str) -> list[list[str]]:
    text = resources.files(package).joinpath("data", name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def _words() -> dict[str, frozenset[str]]:
    """Word lists by kind (folded): prep, not_place, follow, occasion and determiner from
    claim_places.tsv; head (place_heads.tsv, which may also follow a name: "in Kotli
    district"); speech (the inflected speech verbs of quote_cues.tsv)."""
    out: dict[str, set[str]] = {}
    for kind, word, *_ in _data_rows("crisislens.extract", "claim_places.tsv")[1:]:
        out.setdefault(kind, set()).add(word.strip().casefold())
    out["head"] = set(place_heads())
    out["follow"] = out.get("follow", set()) | out["head"]
    out["speech"] = {form for (lemma, pos), kind in cue_kinds().items()
                     if pos == "verb" and kind in ("speech", "thought") for form in inflections(lemma)}
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _irregular_past() -> dict[str, tuple[str, ...]]:
    return {r[0].strip(): tuple(f.strip() for f in r[1].split("|")) for r in _data_rows("crisislens.extract", "verb_forms.tsv")}


def inflections(lemma: str) -> set[str]:
    """The past and third-person forms of an English verb ("say" -> said, says; "deny" ->
    denied, denies), by the spelling rules, with the irregular pasts from verb_forms.tsv."""
    consonant_y = len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou"
    if lemma in _irregular_past():
        past: tuple[str, ...] = _irregular_past()[lemma]
    elif consonant_y:
        past = (lemma[:-1] + "ied",)
    else:
        past = (lemma + ("d" if lemma.endswith("e") else "ed"),)
    if consonant_y:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    return {*past, third}


def _table(name: str) -> list[dict[str, str]]:
    rows = _data_rows("crisislens.actors", name)
    header = rows[0]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


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


@dataclass(frozen=True)
class PlacePhrase:
    """A locative phrase whose name may key a count."""

    prep: int  # token position of the preposition
    at: int  # token position where the name starts
    name: str
    end: int  # token position after the name
    prep_char: int  # character offset of the preposition in the sentence
    frames: bool  # it places the statement about the count, not the counted event
    several: bool = False  # the name is one of coordinated places ("in the Gegharkunik and Vayots Dzor provinces")


@dataclass(frozen=True)
class SentencePlaces:
    """The place phrases of one sentence, read once, and where its count stands."""

    phrases: tuple[PlacePhrase, ...]
    count_at: int | None  # token position of the count, None when it was not found

    def statement(self) -> set[str]:
        """The names of the places that only frame a statement about the count."""
        return {p.name for p in self.phrases if p.frames}

    def places(self) -> list[tuple[int, str]]:
        """(token position, name) of every place named as where something happened."""
        return [(p.at, p.name) for p in self.phrases if not p.frames]

    def of_count(self) -> str | None:
        """The place named nearest the count, else None. A name coordinated with another
        ("in the Gegharkunik and Vayots Dzor provinces") places the count in several places
        at once: a region, which keys no single place (the count joins by its words)."""
        found = [(p.at, p.name) for p in self.phrases if not p.frames and not p.several]
        at = self.count_at or 0
        return min(found, key=lambda f: (abs(f[0] - at), f[0]))[1] if found else None


def read_sentence(sentence: str | None, number_text: str | None = None, count_char: int | None = None) -> SentencePlaces:
    """The place phrases of ``sentence``, each marked as framing the statement or not.

    The count is at ``count_char`` (a character offset in the sentence) when the caller knows
    it, else at the first token of ``number_text``; with neither, a place frames a statement
    wherever the statement's verb stands."""
    matches = list(_TOKEN.finditer(sentence or ""))
    tokens = [m.group() for m in matches]
    if count_char is not None:
        at: int | None = max(bisect_right([m.start() for m in matches], count_char) - 1, 0) if tokens else None
    else:
        at = _count_position(tokens, number_text)
    speech = [i for i, t in enumerate(tokens) if t.casefold() in _words()["speech"] and not (i and _nominal(tokens[i - 1]))]
    limit = len(tokens) if at is None else at
    phrases = tuple(
        PlacePhrase(prep, k, name, end, matches[prep].start(), _frames_statement(tokens, speech, prep, end, limit),
                    _coordinated(tokens, end))
        for prep, k, name, end in _phrases(tokens)
    )
    return SentencePlaces(phrases, at)


def _coordinated(tokens: list[str], end: int) -> bool:
    """The place name is followed by "and" or "&" and another place name: capitalised words,
    no state or demonym, ending where a name may (punctuation, a place head such as
    "provinces", a following word). Not the subject of a new clause ("in Kharkiv and
    Ukrainian officials said", "in Khartoum and RSF fighters looted", "and Russia said")."""
    if end + 1 >= len(tokens) or tokens[end].casefold() not in ("and", "&"):
        return False
    j = end + 1
    while j < len(tokens) and _NAME_WORD.match(tokens[j]):
        j += 1
    if j == end + 1 or " ".join(tokens[end + 1 : j]).casefold() in _scope_names():
        return False
    after = tokens[j].casefold().rstrip(".") if j < len(tokens) else ""
    return not after[:1].isalnum() or after in _words()["follow"] or after.removesuffix("s") in _words()["head"]


def _nominal(before: str) -> bool:
    """A word after ``before`` is a noun or an adjective, not a finite verb: after a
    determiner, a number or a possessive ("the claims", "13 points", "the army's
    statement", "the alleged attack"); the forms of a reporting verb are nouns too."""
    low = before.casefold()
    return low in _words()["determiner"] or low[:1].isdigit() or is_number_word(low) or low.endswith(("'s", "’s"))


def _count_position(tokens: list[str], number_text: str | None) -> int | None:
    first = (_TOKEN.findall(number_text or "") or [""])[0]
    return tokens.index(first) if first and first in tokens else None


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
        if nxt.casefold() in _words()["head"] and tokens[j - 1].endswith(("'s", "’s")):
            return None  # "in Europe's capital": a possessor, the place is the head noun after it
    return " ".join(tokens[i:j]).rstrip("."), j


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


def _frames_statement(tokens: list[str], speech: list[int], prep: int, end: int, count_at: int) -> bool:
    """The phrase places the statement, not the counted event: it fronts the sentence before
    a reporting verb whose clause holds the count ("In Washington, officials said 12 soldiers
    were killed in Kandahar"), or it follows a reporting verb with nothing but that verb's
    addressee or occasion between them ("..., officials said in Kinshasa", "told reporters
    in Beirut", "said at a news conference in Kyiv on Monday"). ``speech``: the positions of
    the sentence's reporting verbs."""
    if prep == 0 and end < len(tokens) and tokens[end] == "," and any(end < s < count_at for s in speech):
        return True
    between_ok = _between_ok()
    return any(all(t.casefold() in between_ok for t in tokens[s + 1 : prep]) for s in speech if s < prep)


@cache
def _between_ok() -> frozenset[str]:
    """What may stand between a reporting verb and the place of its statement."""
    words = _words()
    return words["occasion"] | words["prep"] | words["not_place"] | {"on"}
