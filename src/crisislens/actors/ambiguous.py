"""Names several states share ("Congo", "Congolese"), settled by the article, never by the
order of the data files.

Why: "Congo" used to be the Republic of the Congo (COG) wherever it was written, because
PETRARCH-2 lists the bare word under COG, while most news that writes it means the
Democratic Republic of the Congo (COD). The article usually says which: its other names for
the state ("DRC", "Congo-Brazzaville"), its places and capitals (Kinshasa, Goma / Brazzaville),
and its people and bodies whose codes the gazetteer or the dated dictionary knows. A date on
which only one of the states bore the name settles it too (ambiguous_states.tsv). When nothing
decides, or both states have support, the word is a state of no code and its ``how`` says it
is ambiguous: an honest unknown, not a guess.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from crisislens.actors import dictionary as dic
from crisislens.actors import gazetteer as gz
from crisislens.actors.gazetteer import Entry, Gazetteer, norm_token
from crisislens.actors.vocab import _dictionary_person, _Match

# Matched kinds whose code places the article in a state (a person or body is that state's).
EVIDENCE_KINDS = (gz.STATE, gz.DEMONYM, gz.CAPITAL, gz.PLACE, gz.HOLDER, gz.BODY)


def settle(
    matches: list[_Match], doc: Doc, g: Gazetteer, day: str | None
) -> tuple[list[_Match], dict[int, str]]:
    """Each match of a shared state name rewritten to the state the article supports (or to a
    state of no code); also the ``how`` of each such match, by its first token."""
    keys = [tuple(norm_token(t.text) for t in doc[m.start:m.end]) for m in matches]
    if not any(k in g.ambiguous for k in keys):
        return matches, {}
    support = _support(matches, keys, doc, g, day)
    out: list[_Match] = []
    hows: dict[int, str] = {}
    for m, key in zip(matches, keys, strict=True):
        if key not in g.ambiguous:
            out.append(m)
            continue
        codes, dated = g.ambiguous[key]
        joined = _joined_place(m, matches, codes, doc)
        code, why = (joined, f"{joined}, joined to its place") if joined else _decide(codes, dated, support, day)
        written = doc[m.start:m.end].text
        hows[m.start] = f"'{written}' names {' or '.join(codes)}: " + why
        out.append(_Match(m.start, m.end, _entries(m, code, codes, g)))
    return out, hows


def _support(matches: list[_Match], keys: list[tuple[str, ...]], doc: Doc, g: Gazetteer, day: str | None) -> Counter[str]:
    """The states the article's unambiguous names point to, with their names as evidence:
    gazetteer matches (state names, places, capitals, holders, bodies) and people the dated
    dictionary codes on the article's day."""
    found: Counter[str] = Counter()
    for m, key in zip(matches, keys, strict=True):
        e = m.first(*EVIDENCE_KINDS)
        if key not in g.ambiguous and e is not None and e.code:
            found[e.code] += 1
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            entry = _dictionary_person(ent.text)
            code = dic.choose(entry, day).code if entry is not None else None
            if code:
                found[code] += 1
    return found


def _joined_place(m: _Match, matches: list[_Match], codes: tuple[str, ...], doc: Doc) -> str | None:
    """The state of a place hyphenated to the name: English compounds "Congo-Kinshasa" and
    "Congo-Brazzaville" name the Congo of that city."""
    if m.end + 1 >= len(doc) or doc[m.end].text != "-" or doc[m.end - 1].whitespace_:
        return None
    nxt = next((x for x in matches if x.start == m.end + 1), None)
    e = nxt.first(gz.CAPITAL, gz.PLACE) if nxt is not None else None
    return e.code if e is not None and e.code in codes else None


def _decide(
    codes: tuple[str, ...], dated: tuple[tuple[str, str, str], ...], support: Counter[str], day: str | None
) -> tuple[str | None, str]:
    """The one state the date or the article supports, with why; else None, ambiguous."""
    for code, start, end in dated:
        if day and start <= day < end and code in codes:
            return code, f"{code}, the only one so named on {day}"
    backed = [c for c in codes if support[c]]
    if len(backed) == 1:
        return backed[0], f"{backed[0]}, the state the article's other names and places are in"
    if backed:
        return None, "ambiguous: the article names places or people of " + " and ".join(backed)
    return None, "ambiguous: the article names no place, person or other name of either"


def _entries(m: _Match, code: str | None, codes: tuple[str, ...], g: Gazetteer) -> list[Entry]:
    """The match's state entries for the chosen state, or state entries of no code, keyed by
    the states they may be ("Congo" and "Congolese" are one unknown state of the article)."""
    kinds = list(dict.fromkeys(e.kind for e in m.entries if e.kind in (gz.STATE, gz.DEMONYM)))
    if code is None:
        name = " or ".join(g.state_names.get(c, c) for c in codes)
        return [Entry(k, name, None, "GOV", key="ambiguous:" + "|".join(codes)) for k in kinds]
    return [Entry(k, g.state_names.get(code, code), code, "GOV") for k in kinds]
