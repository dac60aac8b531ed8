"""The frozen query side of the actor index: the ActorIndex protocol's questions.

Once the resolver's passes have run, these methods only read what they built: they
answer None or [] for a span they know nothing about and never raise, so extractors
need no ``try`` around them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.actors.registry import actor_id, merge_actors
from crisislens.actors.vocab import MODIFIER_DEPS, PARTITIVE_HEADS
from crisislens.extract.common import evidence
from crisislens.model import Actor, Mention

# Parts of speech that head a phrase without naming anything (a preposition, a determiner, a
# possessive marker, a number): the phrase's actor is its content word's.
FUNCTION_HEADS = ("ADP", "DET", "PART", "NUM")


class QueryMixin:
    """``actors``, ``mentions``, ``actor_for``, ``actors_for``, ``place_for``, ``state``,
    ``register``, ``messages`` over an ``Index``."""

    def _built(self) -> dict[str, Actor]:
        return {k: b.actor() for k, b in self.builders.items()}

    def actors(self) -> list[Actor]:
        if self._actors is None:
            built = self._built()
            used = {k for _, _, k, _ in self.spans}
            seen: dict[str, Actor] = {}
            for k, a in built.items():
                if k in used:
                    seen[a.id] = merge_actors(seen[a.id], a) if a.id in seen else a
            self._actors = list(seen.values())
        return self._actors

    def state(self, code: str) -> Actor:
        for a in self.actors():
            if a.kind == "state" and a.code == code:
                return a
        name = self.g.state_names.get(code, code)
        return self.register(Actor(id=actor_id("state", name, code), name=name, code=code, sector="GOV", kind="state"))

    def register(self, actor: Actor) -> Actor:
        for a in self.actors():
            if a.id == actor.id:
                return a
        self.actors().append(actor)
        return actor

    def messages(self) -> list[str]:
        return list(self._messages)

    def _actor_map(self) -> dict[str, Actor]:
        """Builder key -> final Actor, computed once (extractors ask many questions)."""
        if self._amap is None:
            ids = {a.id: a for a in self.actors()}
            built = {k: b.actor().id for k, b in self.builders.items()}
            self._amap = {k: ids[i] for k, i in built.items() if i in ids}
        return self._amap

    def mentions(self) -> list[Mention]:
        if self._mentions is None:
            self._mentions = self._build_mentions()
        return list(self._mentions)

    def _build_mentions(self) -> list[Mention]:
        amap = self._actor_map()
        out: list[Mention] = []
        art = self.article
        for s, e, bkey, how in sorted(self.spans):
            span = self.doc[s:e]
            sent = span.sent if len(span) else self.doc[s].sent
            start, end = art.to_original(span.start_char, span.end_char)
            ss, se, _ = evidence(art, sent)
            out.append(Mention(art.id, amap[bkey].id, start, end, art.text[start:end], how, ss, se))
        return out

    def _tokens(self, item: Span | Token) -> tuple[int, int, Token]:
        if isinstance(item, Token):
            return item.i, item.i + 1, item
        return item.start, item.end, item.root

    def _owned_head(self, s: int, e: int, root: Token) -> Token:
        """The owned phrase's head when ``root`` is a state owning a role/body inside [s, e)
        (a misparse made "Pakistan" the root of "Pakistan and India's advisers")."""
        o = self.owned.get(root.i)
        if o is not None and s <= o[0] and o[1] <= e and o[1] - 1 in self.by_token:
            return self.doc[o[1] - 1]
        return root

    def actor_for(self, span: Span | Token) -> Actor | None:
        s, e, root = self._tokens(span)
        root = self._owned_head(s, e, root) if isinstance(span, Span) else root
        amap = self._actor_map()
        keys = self.by_token.get(root.i)
        if keys:
            return amap.get(keys[0])
        # a demonym / possessor / name modifying a non-actor head ("the Indian attacks"); a
        # lone Token carries its modifiers with it, a Span only those inside it
        whole = isinstance(span, Token)
        for child in root.children:
            if (whole or s <= child.i < e) and child.dep_ in MODIFIER_DEPS and child.i in self.by_token:
                return amap.get(self.by_token[child.i][0])
        return self._partitive(root, s, e, whole) or (None if whole else self._content_head(root, s, e))

    def _content_head(self, root: Token, s: int, e: int) -> Actor | None:
        """A phrase whose parse root is a function word or a number ("in eastern Lebanon", "on
        the city", "more than 16,000 Syrians" split by the tokenizer): the actor is that of its
        nearest content word below the root, as a preposition's is its object's."""
        if not (root.pos_ in FUNCTION_HEADS or root.like_num):
            return None
        queue = list(root.children)
        while queue:
            t = queue.pop(0)  # breadth first: the nearest word below the root
            if s <= t.i < e and t.i in self.by_token and t.pos_ in ("NOUN", "PROPN", "ADJ"):
                return self._actor_map().get(self.by_token[t.i][0])
            queue.extend(c for c in t.children if s <= c.i < e)
        # a misparse may hang the counted noun outside the root's subtree: another root of the span
        doc = root.doc
        for t in doc[s:e]:
            if not s <= t.head.i < e and t.i != root.i and t.i in self.by_token and t.pos_ in ("NOUN", "PROPN"):
                return self._actor_map().get(self.by_token[t.i][0])
        return None

    def _partitive(self, root: Token, s: int, e: int, whole: bool) -> Actor | None:
        """"Dozens of Russian peacekeepers", "members of the opposition": a quantity or part
        noun stands for the group its "of" phrase names."""
        if not (root.like_num or root.lower_ in PARTITIVE_HEADS):
            return None
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (whole or s <= obj.i < e) and obj.i in self.by_token:
                        return self._actor_map().get(self.by_token[obj.i][0])
        return None

    def actors_for(self, span: Span | Token) -> list[Actor]:
        s, e, root = self._tokens(span)
        amap = self._actor_map()
        heads = [root, *[c for c in root.conjuncts if s <= c.i < e]]
        if isinstance(span, Span):
            owned = [self._owned_head(s, e, h) for h in heads]
            heads = [h for h, o in zip(heads, owned, strict=True) if o is h or o not in heads]
            heads = list(dict.fromkeys(self._owned_head(s, e, h) for h in heads))
        out: list[Actor] = []
        for h in heads:
            keys = self.by_token.get(h.i, [])
            if not keys:
                a = self.actor_for(h)
                keys_actors = [a] if a else []
            else:
                keys_actors = [amap[k] for k in keys if k in amap]
            for a in keys_actors:
                if a and a.id not in {x.id for x in out}:
                    out.append(a)
        # coordinated modifiers ("Indian and Pakistani advisers") sit on the role's tokens already
        return out

    def place_for(self, span: Span | Token) -> tuple[str, str | None] | None:
        s, e, root = self._tokens(span)
        best = None
        for ps, pe, name, code in self.places:
            if ps <= root.i < pe:
                return name, code
            if s <= ps and pe <= e and best is None:
                best = (name, code)
        return best
