"""The one place actor ids are made, and the mutable record of one actor while an article
is resolved (``ActorBuilder``), frozen into a ``model.Actor`` at the end.

Why one place: ids are how two articles, or two worker processes, agree that they met
the same actor; the store merges rows by id (``merge_actors``). Everything that makes an
Actor goes through ``actor_id``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crisislens.actors import lexicon as lex
from crisislens.actors.dictionary import SECTOR_RANK, DictEntry
from crisislens.model import Actor, fold, stable_id


def actor_id(kind: str, name: str | None, code: str | None, key: str | None = None) -> str:
    """The deterministic id of an actor.

    People are keyed by folded canonical name only (the same person may be
    coded in one article and not in another); states by code; bodies, IGOs,
    media and role-only actors by kind + code + key, so "PAF" and "the Pakistan
    Air Force" share an id whatever the surface form.
    """
    if kind == "person":
        return stable_id("person", fold(name or ""))
    if kind == "state":
        return stable_id("state", code)
    return stable_id(kind, code, fold(key or name or ""))


def merge_actors(a: Actor, b: Actor) -> Actor:
    """Merge two records of the same actor (same id): union roles/aliases, fill gaps.

    The store calls this when an actor found in a new article already exists.
    """
    def union(x: list[str], y: list[str]) -> list[str]:
        seen = {fold(v): v for v in x}
        for v in y:
            seen.setdefault(fold(v), v)
        return list(seen.values())

    name = a.name or b.name
    aliases = [v for v in union(a.aliases, b.aliases) if name is None or fold(v) != fold(name)]
    return Actor(
        id=a.id,
        name=name,
        code=a.code or b.code,
        sector=a.sector or b.sector,
        kind=a.kind,
        roles=union(a.roles, b.roles),
        aliases=aliases,
        how=a.how or b.how,
    )


@dataclass
class ActorBuilder:
    """Mutable state of one actor while the article is resolved."""

    kind: str
    name: str | None
    code: str | None
    sector: str | None
    key: str | None = None
    roles: list[str] = field(default_factory=list)
    role_keys: set[str] = field(default_factory=set)
    sectors: list[str] = field(default_factory=list)  # sectors the text gives, in order
    aliases: list[str] = field(default_factory=list)
    known: bool = False  # found in the office-holder gazetteer
    code_from_text: bool = False
    how: str = ""  # how the code was decided when the text did not say it (Actor.how)
    entry: DictEntry | None = None  # the dated dictionary entry of this name, if any

    def add_alias(self, text: str) -> None:
        text = re.sub(r"[’']s$", "", text.strip()).strip()
        text = re.sub(r"^(the|The|THE)\s+", "", text)
        if text and text != self.name and text not in self.aliases:
            self.aliases.append(text)

    def add_role(self, role_text: str, key: str | None, sector: str | None) -> None:
        role_text = role_label(role_text.strip(), key)
        if role_text and fold(role_text) not in {fold(r) for r in self.roles}:
            self.roles.append(role_text)
        if key:
            self.role_keys.add(key)
        if sector:
            self.sectors.append(sector)

    def actor(self) -> Actor:
        sector = self.sector
        if self.sectors and self.kind in ("person", "role"):
            sector = min(self.sectors, key=lambda s: SECTOR_RANK.get(s, 9))
            if self.known and self.sector and self.sector not in self.sectors:
                sector = min([sector, self.sector], key=lambda s: SECTOR_RANK.get(s, 9))
        key = self.key if self.kind != "role" else self.key
        return Actor(
            id=actor_id(self.kind, self.name, self.code, key),
            name=self.name,
            code=self.code,
            sector=sector,
            kind=self.kind,
            roles=list(self.roles),
            aliases=list(self.aliases),
            how=self.how,
        )


# Roles whose holder is only identified together with the body ("DG ISPR" is not "DG ISI").
BODY_QUALIFIED_ROLES = lex.words("body_qualified_roles")


def role_label(surface: str, key: str | None) -> str:
    """The role as written, unless it is a plural or an abbreviation ("NSAs", "FM"): then the
    role's full singular name, so an actor's roles read the same in every article."""
    if not key or not (surface.endswith("s") and not surface.endswith("ss") or surface.replace(".", "").isupper()):
        return surface
    base = next((b for b in BODY_QUALIFIED_ROLES if key.startswith(b + " ")), key)
    return " ".join(w if w in ("of", "the") else w.capitalize() for w in base.split())
