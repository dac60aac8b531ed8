"""Is a phrase a place, and whose: the one reading that claims and quotes share.

Why one: a count's subject ("killed in Muzaffarabad" -> PAK) and a "PLACE: ..." dateline
line (not a speaker) ask the same two questions of a phrase: does the gazetteer know it
(and which state holds it), and is it a state's own name. Each used to ask them its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

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


# --- the state a text gives to a place the gazetteer lacks ----------------------------------


@cache
def place_heads() -> frozenset[str]:
    """Nouns that head a description of a settlement or unit ("city", "town": data)."""
    text = resources.files("crisislens.extract").joinpath("data", "place_heads.tsv").read_text("utf-8")
    return frozenset(ln.strip().casefold() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _state_named(index: ActorIndex, tok: Token) -> str | None:
    """The state one token names by its name, a variant or its demonym ("Lebanon",
    "Azerbaijani"), as the actor index resolves it; a body or a role is no state."""
    try:
        actor = index.actor_for(tok)
    except (ValueError, KeyError, IndexError, AttributeError):  # a resolver bug must not cost the fact
        return None
    return actor.code if actor is not None and actor.kind == "state" and actor.code else None


def _located_in(index: ActorIndex, noun: Token, preps: tuple[str, ...]) -> str | None:
    """A state that a prepositional phrase on ``noun`` names ("a city in eastern Congo")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (code := _state_named(index, pobj)):
                    return code
    return None


def _described_state(index: ActorIndex, noun: Token, any_noun: bool) -> str | None:
    """The state of a descriptive noun phrase: its possessor or demonym modifier
    ("Azerbaijan's second city", "the Lebanese town"), or "in"/"of" a state ("a town in
    eastern Ukraine", "the second city of Azerbaijan"). Only a noun that heads a place
    description may take "of" (``place_heads``), so that "the shelling of Kharkiv" and "the
    target of Armenia" give no state; an appositive of the place (``any_noun``) may take
    "in", being the place itself."""
    head = noun.lemma_.casefold() in place_heads() or noun.lower_ in place_heads()
    if not (head or any_noun):
        return None
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound") and (code := _state_named(index, child)):
            return code
    return _located_in(index, noun, ("in", "of") if head else ("in",))


def state_of_place(index: ActorIndex, place: Token) -> str | None:
    """The state the text itself says holds a place the gazetteer does not know.

    English says whose a town is in a few grammatical ways, read here from the parse: an
    appositive ("Ganja, Azerbaijan's second city"; "in Nabatieh, southern Lebanon"; "Ganja
    (Azerbaijan)"), the appositive "of"-construction ("the Azerbaijani city of Ganja"), the
    place phrase's own head noun ("in the Lebanese town"), or an "in"-phrase on the name
    ("Kharkiv in northeastern Ukraine"). The state comes from the actor index (names,
    variants, demonyms); a modifier of a modifier ("Russian-occupied") is not read, so an
    occupier is not taken for the holder."""
    for appos in (c for c in place.children if c.dep_ == "appos"):
        code = _state_named(index, appos) or _described_state(index, appos, any_noun=True)
        if code:
            return code
    if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
        code = _described_state(index, place.head.head, any_noun=False)
        if code:
            return code
    if place.pos_ == "NOUN":
        return _described_state(index, place, any_noun=False)
    return _located_in(index, place, ("in",))
