"""The contract between actor resolution and the extractors.

``crisislens.actors.resolve.build_index(doc, article)`` returns an object with
this interface; events, quotes and claims only ever ask it questions, so they
never re-implement name matching, pronoun resolution or demonyms.

None of these methods raises on any span of the article's Doc: a question it cannot
answer gets None or an empty list, so callers need no ``try`` around them.

All offsets here are *cleaned-text* character offsets (the offsets of the spaCy
Doc); records convert them with ``Article.to_original`` when they are built.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span, Token

from crisislens.model import Actor, Mention


class ActorIndex(Protocol):
    def actors(self) -> list[Actor]:
        """Every actor this article mentions (canonical, with deterministic ids)."""
        ...

    def mentions(self) -> list[Mention]:
        """Every resolved mention, with original-text offsets (stored as is)."""
        ...

    def actor_for(self, span: Span | Token) -> Actor | None:
        """The actor a noun phrase refers to, or None.

        Handles full names, surnames, title+surname, roles ("Türkiye's foreign
        minister", "the deputy PM"), pronouns resolved in context ("he said"),
        states and their capitals/metonyms ("Islamabad", "the White House"),
        bodies ("the Pakistan Air Force", "ISPR"), and a demonym modifier of a
        non-actor head ("five Indian jets" -> the Indian state; used for
        claim subjects and event targets).
        """
        ...

    def actors_for(self, span: Span | Token) -> list[Actor]:
        """All actors a (possibly coordinated) phrase refers to, in order.

        "India and Pakistan" -> [India, Pakistan]; "the Indian and Pakistani
        national security advisers" -> [the Indian NSA, the Pakistani NSA].
        """
        ...

    def place_for(self, span: Span | Token) -> tuple[str, str | None] | None:
        """(place name, ISO3 of the state it lies in) for a location phrase, else None.

        "Azad Jammu and Kashmir" -> ("Azad Jammu and Kashmir", "PAK"); "Muridke" -> None
        unless the gazetteer knows it.
        """
        ...

    def state(self, code: str) -> Actor:
        """The state actor with this code: the article's own if it mentions it, else one
        registered now, so that it appears in ``actors()`` (every actor a fact references
        has a row; extractors never build Actor records themselves)."""
        ...

    def register(self, actor: Actor) -> Actor:
        """Add an actor that no phrase names but a fact needs (the unnamed attackers of
        "the attack killed 26"): returned as stored, and listed in ``actors()`` from now on.
        An actor with the same id already known is returned instead."""
        ...

    def messages(self) -> list[str]:
        """What resolution could not do for this article (a pathological parse, a name
        too long), without the file name; the pipeline hands them back in the analysis."""
        ...
