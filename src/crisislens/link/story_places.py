"""The specific places an article's headline and lead name: where its incident happened.

Why: within one crisis every article shares the crisis vocabulary, and two outlets' reports of
one incident score a cosine of 0.06-0.25 (the practice sets, benchmarks/basil_stories.py
--practice), below the relative floor a link must reach in dense coverage (stories._floor). What
one incident's reports do share is where it happened, named in the headline or the first
paragraphs ("Goma", "Kherson"); a pair at the threshold that names one such place needs no
relative floor (stories.PLACE_WAIVES_FLOOR). Only places below the state count (a town, a
district, a curated place of a state: the actors gazetteer's PLACE and TOWN entries with a state
code, not a generated province): a state, capital or province names the crisis, not the
incident.

No parse: the gazetteer's folded token keys are probed on the tokens of the lead's capitalised
runs (tokenised one run at a time, cached: most of a lead is lower case, and tokenising whole
leads was 3.5 s of CPU per 10,000 articles), and a phrase counts only where the text writes its
words capitalised (the generated towns match only inside a
place entity in the actor layer; a capitalised phrase is the cheap stand-in here). An outlet's
own name is no place of the incident (an outlet named after its home town, "The Town Courier",
is credited in its every lead), so the caller passes the outlets it knows and those names are dropped.

A place counts as the place of the happenings its own clause names (``lead_places``: each place
carries the kinds of happening, link/data/story_kinds.tsv, that the clauses naming it name), and a
place inside a background phrase ("in connection with Monday's ambush near X") is no place of the
lead: two reports of one crisis name one town as the place of two incidents (a district shelled on
one day, drones downed over it the next), and stories.PLACE_KINDS lets the shared town tie them only
where they name it as the place of one kind of happening, or one of them names none there.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crisislens.actors import gazetteer as gz
from crisislens.link import vectors

LEAD_PARAGRAPHS = 3  # headline, then the first paragraphs: where a report states its incident
# story_settings.tsv lead_skips_headline (measured there; off): a text's first line that repeats
# its headline is no paragraph of the lead
SKIPS_HEADLINE = bool(vectors.story_settings().get("lead_skips_headline", 0.0))
LEAD_CHARS = 1500  # at most this much of the text is read (the lead, not the background)
_KINDS = (gz.PLACE, gz.TOWN)
# A province is no incident's place: a generated first-level subdivision (towns.tsv kind
# "subdivision": "Khyber Pakhtunkhwa", a US state) or a curated administered area (places.tsv
# kind "administered": "Jammu and Kashmir"). Every incident of a crisis in it names it, so a
# shared one would waive the floor between unrelated reports.
_WIDE = frozenset({"subdivision", "administered"})
# A run of capitalised words, short joining words between them ("Jammu and Kashmir", "El Fasher").
_RUN = re.compile(r"[^\W\d_a-z][\w'’-]*(?: (?:[a-z]{1,3} )*[^\W\d_a-z][\w'’-]*)*")


@cache
def _gazetteer() -> gz.Gazetteer:
    return gz.load()


def lead(title: str | None, text: str) -> str:
    """The headline and the first LEAD_PARAGRAPHS paragraphs of the text after it.

    With SKIPS_HEADLINE (story_settings.tsv lead_skips_headline, off: see its measurement there),
    a text whose first line is its headline (the title, or the start of a title that adds a deck
    after a semicolon; case and punctuation folded) starts its paragraphs after that line. Why: most
    texts read by ingest begin with their headline (the title is taken from that line when none is
    given), and that line counted as the first of the lead's paragraphs, so such a text's lead read
    one paragraph of body fewer than a text whose title stands apart (BASIL): record_practice_4's
    arrest report named its town in its third paragraph."""
    paras = [p for p in (text or "")[:LEAD_CHARS].split("\n") if p.strip()]
    if SKIPS_HEADLINE and title and paras and _is_headline(paras[0], title):
        paras = paras[1:]
    return "\n".join([title or "", *paras[:LEAD_PARAGRAPHS]])


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text).lower().split())


def _is_headline(line: str, title: str) -> bool:
    """The text's first line is the title, or (three words or more) the start of it."""
    first, whole = _folded(line), _folded(title)
    return bool(first) and (first == whole or (len(first.split()) >= 3 and whole.startswith(first)))


def _written_as_name(words: list[str]) -> bool:
    """Each word of a phrase capitalised, short joining words ("and", "of", "e") aside."""
    return words[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 or not w.isalpha() for w in words)


def _place_at(g: gz.Gazetteer, words: list[str], keys: list[str], i: int) -> tuple[int, str | None]:
    """(length, place name or None) of the longest gazetteer phrase starting at token i."""
    for size in range(min(g.max_len, len(keys) - i), 0, -1):
        entries = g.lookup(tuple(keys[i:i + size]))
        if not entries:
            continue
        top = entries[0]
        named = (top.kind in _KINDS and top.code and top.key not in _WIDE
                 and not (top.key is None and _generated_province(keys[i:i + size]))
                 and _written_as_name(words[i:i + size]))
        return size, (f"{top.name}|{top.code}" if named else None)
    return 1, None


def _generated_province(keys: list[str]) -> bool:
    """A phrase the generated towns list names a first-level subdivision ("Surin", "Balochistan").

    Why: a state's places of unknown level (states.tsv, PETRARCH's country dictionary: entries with
    no kind) mix its cities with its provinces, and that entry shadows the generated list's reading
    of the phrase; a province is no incident's place (see _WIDE)."""
    return " ".join(keys) in _subdivision_keys()


@cache
def _subdivision_keys() -> frozenset[str]:
    """The folded keys towns.tsv gives its subdivisions, shadowed or not (the gazetteer indexes a
    generated row only on phrases no curated table holds, so it cannot be asked)."""
    return frozenset(k for row in gz._rows("towns.tsv") if row["kind"] == "subdivision" for k in gz._split(row["keys"]))


def lead_places(title: str | None, text: str, outlets: frozenset[str] = frozenset()) -> frozenset[str]:
    """Specific places the headline and lead name: "name|state code", then "|kind+kind" where the
    clauses that name the place (vectors.lead_clauses) name kinds of happening (vectors.kinds_named:
    "Kalbajar|AZE|drone"; a place named in several clauses takes all their kinds);
    ``outlets`` are folded outlet names that are not taken as places. A place written inside a
    background phrase (vectors.without_background) is left out: it is the place of the earlier
    happening the lead follows from, not of the lead's own."""
    body = vectors.without_background(lead(title, text))
    if not _places_in(body, outlets):  # most clauses name no place: split only a lead that names one
        return frozenset()
    kinds: dict[str, set[str]] = {}
    for clause in vectors.lead_clauses(body):
        named = _places_in(clause, outlets)
        own = vectors.kinds_named(clause) if named else frozenset()
        for place in named:
            kinds.setdefault(place, set()).update(own)
    return frozenset(p + ("|" + "+".join(sorted(k)) if k else "") for p, k in kinds.items())


def _places_in(text: str, outlets: frozenset[str]) -> list[str]:
    """The places ("name|state code") of a text's capitalised runs, outlets' names left out."""
    return [p for run in _RUN.findall(text) for p in _run_places(run) if fold_outlet(p.split("|", 1)[0]) not in outlets]


def place_kinds(places: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each place ("name|state code") of ``lead_places``' strings -> the kinds its clauses name (empty: none)."""
    out: dict[str, frozenset[str]] = {}
    for token in places:
        name, _, rest = token.partition("|")
        code, _, kinds = rest.partition("|")
        out[f"{name}|{code}"] = out.get(f"{name}|{code}", frozenset()) | frozenset(k for k in kinds.split("+") if k)
    return out


@lru_cache(maxsize=1 << 16)  # names recur across articles; bounded for a large corpus
def _run_places(run: str) -> tuple[str, ...]:
    """The places of one capitalised run, longest gazetteer phrase first."""
    g = _gazetteer()
    words = [t.text for t in gz._tokenizer()(run) if not t.is_space]
    keys = [gz.norm_token(w) for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        if not words[i][:1].isupper() or keys[i] not in g.first:
            i += 1
            continue
        size, place = _place_at(g, words, keys, i)
        if place is not None:
            out.append(place)
        i += size
    return tuple(out)


def fold_outlet(name: str | None) -> str:
    """An outlet or place name folded for comparison (case and spaces)."""
    return " ".join(gz.norm_token(name or "").split())


def specific_places(text: str | None) -> list[tuple[int, int, str, str]]:
    """(start, end of its capitalised run, canonical name, state code) of each specific place
    (a town, a district: not a state or a province) the text names, in order: what keys a
    count whose sentence names a town that no event of its article was placed in."""
    out: list[tuple[int, int, str, str]] = []
    for m in _RUN.finditer(text or ""):
        out.extend((m.start(), m.end(), *p.split("|", 1)) for p in _run_places(m.group(0)))
    return out
