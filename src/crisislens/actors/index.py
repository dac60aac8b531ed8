"""The contract between actor resolution and the extractors.

``crisislens.actors.resolve.build_index(doc, article)`` returns an object with
this interface; events, quotes and claims only ever ask it questions, so they
never re-implement name matching, pronoun resolution or demonyms.

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
