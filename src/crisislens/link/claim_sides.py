"""Whose side of a front a count's own words put it on: "the toll on its side", "four were
killed on the Indian side". English news writes a side of a border or a front line with a
possessive pronoun (the speaking state's own side) or a state's adjective; a count so placed is
of that state's ground whatever its subject was read as, and stands apart from the other side's
counts (``claims._split_states``). The adjectives and names are the actors' gazetteer's
states and demonyms (states.tsv)."""

from __future__ import annotations

import re

from crisislens.actors import gazetteer as gz

_OWN_SIDE = re.compile(r"\bon\s+(?:its|their|our)\s+(?:own\s+)?side\b", re.I)
_NAMED_SIDE = re.compile(r"\bon\s+the\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+side\b")


def _state_named(words: str) -> str | None:
    """The state a name or demonym stands for in the actors' gazetteer ("Pakistani",
    "Armenia"), read through its lookup rather than a second parse of states.tsv."""
    entries = gz.load().lookup(gz.phrase_key(words)) or []
    return next((e.code for e in entries if e.kind in (gz.STATE, gz.DEMONYM)), None)


def side_state(clause: str, claimant_code: str | None) -> str | None:
    """The state whose side the clause puts its count on: the claimant's own for "on its side"
    (when the claimant is a state's voice), the named state's for "on the Pakistani side"; None
    when the clause names no side."""
    if claimant_code and _OWN_SIDE.search(clause):
        return claimant_code
    m = _NAMED_SIDE.search(clause)
    if m:
        return _state_named(m["who"])
    return None
