"""Is a phrase a place, and whose: the one reading that claims and quotes share.

Why one: a count's subject ("killed in Muzaffarabad" -> PAK) and a "PLACE: ..." dateline
line (not a speaker) ask the same two questions of a phrase: does the gazetteer know it
(and which state holds it), and is it a state's own name. Each used to ask them its own way.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from crisislens.actors.index import ActorIndex
from crisislens.model import Actor

PLACE_ENTS = ("GPE", "LOC")


@dataclass(frozen=True)
class PlaceReading:
    """What the actor index says of a phrase headed by a token."""

    gazetteer: tuple[str, str | None] | None  # (place name, ISO3 of the state holding it)
    state: Actor | None  # the state the phrase names (its name, capital or metonym)
    entity: bool  # the parser tagged the head a GPE/LOC
    own_name: bool  # the phrase is the state's own name ("Pakistan"), not a place within it

    @property
    def code(self) -> str | None:
        """The state a place lies in: the gazetteer's, else the state the phrase names."""
        if self.gazetteer and self.gazetteer[1]:
            return self.gazetteer[1]
        return self.state.code if self.state is not None else None

    @property
    def is_place(self) -> bool:
        """A place other than a state's own name (a town, a region, a capital as a place)."""
        return not self.own_name and (self.gazetteer is not None or self.entity)


def read_place(index: ActorIndex, head: Token) -> PlaceReading:
    """The place reading of the phrase that ends at ``head`` (from its left edge)."""
    span = head.doc[head.left_edge.i : head.i + 1]
    try:
        found = index.place_for(span)
        actor = index.actor_for(span)
    except (ValueError, KeyError, IndexError, AttributeError):  # a resolver bug must not cost the fact
        found, actor = None, None
    state = actor if actor is not None and actor.kind == "state" and actor.code else None
    own = state is not None and (state.name or "").lower() == span.text.lower()
    return PlaceReading(found, state, head.ent_type_ in PLACE_ENTS, own)
