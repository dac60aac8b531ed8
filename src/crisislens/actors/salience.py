"""Which resolved actors an export should list as an article's "main actors".

Why: the index keeps every state a text touches ("French-made jets" -> France)
because extractors need them, but a reader (and the gold files) list only the
people and bodies the article names. Kept: named actors (not role-only, not
places) that have at least one mention other than a bare adjective.
"""

from __future__ import annotations

import re
from collections import Counter

from crisislens.model import Actor, Mention

# How a mention names its actor in the text itself (a role or pronoun resolved
# through the gazetteer or context does not make an actor "named").
NAMING = {"name", "surname", "title+surname", "alias", "gazetteer", "capital"}
# A state named once, only inside a list this long, is enumerated, not acting.
LIST_LEN = 5
LIST_GAP = re.compile(r"^\s*(,|,?\s*and|,?\s*or)?\s*(the\s+)?$")


def main_actors(actors: list[Actor], mentions: list[Mention], text: str | None = None) -> list[Actor]:
    """Named actors the article names itself (not only as an adjective, role or pronoun),
    leaving out states named once, inside a long enumeration ("Algeria, Greece, ... and
    Somalia"); ``text`` is the article's original text, used to see the enumerations."""
    named: set[str] = {m.actor_id for m in mentions if m.how in NAMING}
    count = Counter(m.actor_id for m in mentions if m.how in NAMING)
    listed = _enumerated(actors, mentions, text) if text else set()
    return [
        a for a in actors
        if a.name and a.kind != "role" and a.id in named and not (a.id in listed and count[a.id] == 1)
    ]


def _enumerated(actors: list[Actor], mentions: list[Mention], text: str) -> set[str]:
    states = {a.id for a in actors if a.kind == "state"}
    ms = sorted((m for m in mentions if m.actor_id in states and m.how in NAMING), key=lambda m: m.start)
    out: set[str] = set()
    run: list[Mention] = []
    for m in ms:
        if run and LIST_GAP.match(text[run[-1].end:m.start]):
            run.append(m)
            continue
        if len(run) >= LIST_LEN:
            out |= {x.actor_id for x in run}
        run = [m]
    if len(run) >= LIST_LEN:
        out |= {x.actor_id for x in run}
    return out
