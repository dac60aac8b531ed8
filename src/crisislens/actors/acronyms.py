"""Acronyms several organisations share ("RSF": Sudan's Rapid Support Forces and Reporters
Without Borders), settled by the article, never silently by the order of the data files.

Why: a matched phrase used to mean its first gazetteer entry, so every "RSF" was the Sudanese
paramilitary, including the press-freedom group quoted on killed journalists. News style
spells an acronym out at its first use, so the article itself usually says which one it
means; failing that, the actors around it do (acronym_readings.tsv: Sudan's actors for the
paramilitary, journalists and outlets for the press-freedom group). When neither decides,
the acronym is left unresolved and the article's notes say so.

Order of evidence: (1) a reading spelled out (a name or alias only that reading has) in the
article, the nearest one before the acronym, else the nearest after; (2) the actors of the
acronym's own sentence; (3) the actors of the whole article. A tie at a level passes to the
next; a reading must have strictly more support than every other.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Doc

from crisislens.actors import gazetteer as gz
from crisislens.actors.gazetteer import Entry, Gazetteer
from crisislens.actors.vocab import _Match


def readings(m: _Match) -> list[str]:
    """The distinct organisations (canonical names) a matched phrase may name."""
    return list(dict.fromkeys(e.name for e in m.entries if e.kind in gz.ACRONYM_KINDS))


def settle(matches: list[_Match], doc: Doc, g: Gazetteer) -> tuple[list[_Match], list[str]]:
    """Keep one reading of every ambiguous match (or none): the matches left, and a note for
    each acronym the article does not settle."""
    ambiguous = [m for m in matches if len(readings(m)) > 1]
    if not ambiguous:
        return matches, []
    spelled = _spelled_out(matches)
    article = _support(matches, g)
    starts = [m.start for m in matches]  # matches are found left to right
    dropped: set[int] = set()
    notes: list[str] = []
    for m in ambiguous:
        names = readings(m)
        chosen = _nearest(spelled, names, m.start) or _decide(_support(_in_sentence(matches, starts, doc, m), g), names)
        chosen = chosen or _decide(article, names)
        kept = [e for e in m.entries if e.kind not in gz.ACRONYM_KINDS or e.name == chosen]
        if chosen is None:
            note = f"'{doc[m.start:m.end].text}' may be {' or '.join(names)}; the article does not say which: left unresolved"
            notes.extend([note] if note not in notes else [])
        if kept:
            m.entries = kept
        else:
            dropped.add(id(m))
    return [m for m in matches if id(m) not in dropped], notes


def _spelled_out(matches: list[_Match]) -> dict[str, list[int]]:
    """Canonical name -> sorted starts of the matches that can only mean it."""
    out: dict[str, list[int]] = {}
    for m in matches:
        names = readings(m)
        if len(names) == 1:
            out.setdefault(names[0], []).append(m.start)
    return out


def _nearest(spelled: dict[str, list[int]], names: list[str], at: int) -> str | None:
    """The reading spelled out nearest before ``at``, else nearest after it."""
    before: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    for name in names:
        starts = spelled.get(name, [])
        k = bisect_left(starts, at)
        if k > 0:
            before.append((starts[k - 1], name))
        if k < len(starts):
            after.append((-starts[k], name))
    pick = max(before) if before else (max(after) if after else None)
    return pick[1] if pick else None


def _in_sentence(matches: list[_Match], starts: list[int], doc: Doc, m: _Match) -> list[_Match]:
    """The matches of the sentence ``m`` is in."""
    sent = doc[m.start].sent
    return matches[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]


def _support(matches: Iterable[_Match], g: Gazetteer) -> dict[str, int]:
    """Reading -> how many unambiguous matches name an actor that identifies it (a state, or
    a sector, of acronym_readings.tsv)."""
    out: dict[str, int] = {}
    for x in matches:
        if len(readings(x)) > 1:
            continue
        top: Entry = x.entries[0]
        for name, (states, sectors) in g.readings.items():
            if (top.code and top.code in states) or (top.sector and top.sector in sectors):
                out[name] = out.get(name, 0) + 1
    return out


def _decide(support: dict[str, int], names: list[str]) -> str | None:
    """The reading with strictly more support than every other, if any has some."""
    ranked = sorted(((support.get(n, 0), n) for n in names), reverse=True)
    (top, name), (second, _) = ranked[0], ranked[1]
    return name if top > second else None
