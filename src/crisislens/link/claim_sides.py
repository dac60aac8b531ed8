"""Whose side of a front a count's own words put it on: "the toll on its side", "four were
killed on the Indian side". English news writes a side of a border or a front line with a
possessive pronoun (the speaking state's own side) or a state's adjective; a count so placed is
of that state's ground whatever its subject was read as, and stands apart from the other side's
counts (``claims._split_states``). The adjectives and names are the actors' gazetteer
(states.tsv: names, other names, demonyms)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from crisislens.model import fold

_OWN_SIDE = re.compile(r"\bon\s+(?:its|their|our)\s+(?:own\s+)?side\b", re.I)
_NAMED_SIDE = re.compile(r"\bon\s+the\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+side\b")


@cache
def _side_names() -> dict[str, str]:
    """Folded state name, other name or demonym (states.tsv) -> the state's code."""
    text = resources.files("crisislens.actors").joinpath("data", "states.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    out: dict[str, str] = {}
    for ln in lines[1:]:
        row = dict(zip(header, ln.split("\t"), strict=False))
        for cell in (row.get("name"), row.get("names"), row.get("demonyms")):
            for name in (cell or "").split("|"):
                if name.strip():
                    out.setdefault(fold(name.strip()).casefold(), row["code"])
    return out


def side_state(clause: str, claimant_code: str | None) -> str | None:
    """The state whose side the clause puts its count on: the claimant's own for "on its side"
    (when the claimant is a state's voice), the named state's for "on the Pakistani side"; None
    when the clause names no side."""
    if claimant_code and _OWN_SIDE.search(clause):
        return claimant_code
    m = _NAMED_SIDE.search(clause)
    if m:
        return _side_names().get(fold(m["who"]).casefold())
    return None
