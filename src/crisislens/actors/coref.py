"""Coreference passes of the actor resolver: surnames, he/she, it/they.

Each pass is a method registered with ``@coreference_pass``; the resolver runs them in
the order they are registered, after names, roles and bodies are resolved, so a pass
only links a mention to an actor the article already has. Each has its own tests
(tests/actors/test_resolve.py, test_body_pronouns.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from crisislens.actors import gazetteer as gz
from crisislens.actors.gazetteer import norm_token
from crisislens.actors.vocab import (
    BODY_POSSESSIVES,
    BODY_PRONOUNS,
    EXPLETIVE_HEADS,
    GENERIC_HOW,
    PERSON_POSSESSIVES,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    past_dateline,
    without_article,
)

PASSES: list[Callable[[Any], None]] = []


def coreference_pass(fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """Register a pass; passes run in registration order."""
    PASSES.append(fn)
    return fn


class CoreferenceMixin:
    """Coreference passes over an ``Index`` (they use its spans, builders and mentions)."""

    @coreference_pass
    def _surnames(self) -> None:
        """Surnames and given names of the article's people, wherever they are not yet resolved."""
        parts = self._name_parts()
        if not parts:
            return
        doc = self.doc
        for t in doc:
            if t.i in self.used or not t.text[:1].isupper():
                continue
            keys = parts.get(norm_token(t.text))
            bkey = self._dominant(keys) if keys else None
            if bkey is None:
                continue
            if t.pos_ not in ("PROPN", "NOUN", "X") and t.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            m = self._role_at(t.i - 1) if t.i > 0 and t.i - 1 not in self.used else None
            if m is not None:
                self.builders[bkey].add_role(doc[m.start:m.end].text, m.first(gz.ROLE).key, None)
                self._mention(m.start, t.i + 1, bkey, "title+surname")
            else:
                self._mention(t.i, t.i + 1, bkey, "surname")
            self._note_subject(t.i, t.i + 1, bkey)

    def _name_parts(self) -> dict[str, set[str]]:
        """Folded first and last words (over two letters) of every person's names -> their builders."""
        parts: dict[str, set[str]] = {}
        for k, b in self.builders.items():
            if b.kind != "person" or not b.name:
                continue
            for n in [b.name, *b.aliases]:
                words = n.split()
                for w in (words[-1], words[0]) if len(words) >= 2 else ():
                    for f in {norm_token(w), norm_token(without_article(w))}:
                        if len(f) > 2:
                            parts.setdefault(f, set()).add(k)
        return parts

    def _dominant(self, keys: set[str]) -> str | None:
        """The person a bare surname means: the only one who has it, else the one the article
        names in full at least three times as often as all the others together (news style:
        "Clinton" is Hillary Clinton in a story that names Bill Clinton once)."""
        if len(keys) == 1:
            return next(iter(keys))
        full = Counter({k: self.name_counts[k] for k in keys if self.name_counts[k]})
        (top, n), *rest = full.most_common() or [("", 0)]
        others = sum(c for _k, c in rest)
        return top if n >= 2 and n >= 3 * max(others, 1) and len(full) == len(keys) else None

    @coreference_pass
    def _pronouns(self) -> None:
        """he/she as the subject: the most recent person subject (of a speech verb, when the
        pronoun's verb is one) in this or the two previous sentences."""
        doc = self.doc
        sents = list(doc.sents)
        starts = [s.start for s in sents]
        # (token, order noted, builder key, speech) sorted by token: a window is a slice
        noted = sorted((i, n, k, sp) for n, (i, k, sp) in enumerate(self.subject_people))
        for t in doc:
            if t.lower_ not in PRONOUNS or t.dep_ not in SUBJECT_DEPS:
                continue
            si = bisect_right(starts, t.i) - 1
            window_start = sents[max(0, si - 2)].start
            speech = t.head.lemma_ in SPEECH_VERBS
            cands = noted[bisect_left(noted, (window_start,)):bisect_left(noted, (t.i,))]
            if speech:
                cands = [c for c in cands if c[3]] or cands
            if not cands:
                continue
            _i, _n, bkey, _sp = max(cands, key=lambda c: (c[0], -c[1]))  # the latest; first noted on a tie
            self._mention(t.i, t.i + 1, bkey, "pronoun")
            insort(noted, (t.i, len(self.subject_people), bkey, speech))
            self.subject_people.append((t.i, bkey, speech))

    @coreference_pass
    def _possessed_bodies(self) -> None:
        """A body owned by a possessive pronoun belongs to the pronoun's owner: "Erdogan said
        his government would retaliate against Syria" is Turkey's government, not the Syria
        the sentence names; "Russia said its army ..." is Russia's army. An owner the text
        does not fix (or one of no state) leaves the body to the usual rules."""
        for m, body in self.possessed:
            pron = self._possessive_of(m)
            code = self._possessor_code(pron) if pron is not None else None
            if code is None:
                self._settle_bare_body(m, body)
            elif not code:  # "The president said his country ...": an owner of no known state
                key = "government" if body.key == "state" else body.key
                self._mention(m.start, m.end, self._generic_builder(None, key, body.sector), GENERIC_HOW)
            elif body.key == "state":
                self._mention(m.start, m.end, self._state_builder(self._state_entry(code)), GENERIC_HOW)
            else:
                self._mention(m.start, m.end, self._body_builder(code, body), GENERIC_HOW)

    def _possessive_of(self, m: Any) -> Token | None:
        """The possessive pronoun that determines the phrase's head ("his" of "his country")."""
        head = self.doc[m.end - 1]
        for c in head.children:
            if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES | BODY_POSSESSIVES:
                return c
        return None

    def _possessor_code(self, pron: Token) -> str | None:
        """The state of the pronoun's owner: the subject of the nearest clause above it that
        names an actor of the pronoun's kind ("his": a person; "its"/"their": a state, body
        or group), a relative pronoun standing for the noun its clause modifies; else the one
        state that the sentence's earlier actors of that kind share. None when no owner is
        found, "" for an owner of no known state (not the article's setting: "The president
        said his country would reject the deal with Iran" is not Iran)."""
        kinds = ("person", "role") if pron.lower_ in PERSON_POSSESSIVES else ("state", "organization", "group", "role")
        for anc in pron.ancestors:
            for subj in (c for c in anc.children if c.dep_ in SUBJECT_DEPS and c.i < pron.i):
                if pron in subj.subtree:
                    continue
                if subj.lower_ in RELATIVE_PRONOUNS and anc.dep_ == "relcl":
                    subj = anc.head
                codes = self._codes_of_kind(subj, kinds)
                if codes:
                    return (codes[0] or "") if len(set(codes)) == 1 else None
        return self._only_code_before(pron, kinds)

    def _codes_of_kind(self, tok: Token, kinds: tuple[str, ...]) -> list[str | None]:
        """Codes of the actors of these kinds mentioned at a token (empty: none of the kind)."""
        return [self.builders[k].code for k in self.by_token.get(tok.i, []) if self.builders[k].kind in kinds]

    def _only_code_before(self, pron: Token, kinds: tuple[str, ...]) -> str | None:
        """The one state that every coded actor of these kinds before the pronoun in its
        sentence has (two states: the owner is not fixed)."""
        codes = {
            self.builders[k].code for i in range(pron.sent.start, pron.i)
            for k in self.by_token.get(i, []) if self.builders[k].kind in kinds and self.builders[k].code
        }
        return codes.pop() if len(codes) == 1 else None

    @coreference_pass
    def _body_pronouns(self) -> None:
        """it/they for states, bodies and groups, conservatively: only the subject of a verb
        that governs the pronoun's own clause in the same sentence ("The ministry said it
        would respond", "India and Pakistan said they ..."), or, for "It said"/"They said"
        opening a sentence, the subject of the previous sentence's main verb. Number must
        agree; a person antecedent is left alone (he/she handle people)."""
        doc = self.doc
        for t in doc:
            number = BODY_PRONOUNS.get(t.lower_)
            if number is None or t.i in self.used:
                continue
            if t.dep_ not in SUBJECT_DEPS:
                continue
            if t.lower_ == "it" and t.head.lemma_ in EXPLETIVE_HEADS:
                continue  # "it is unclear whether", "it was raining": no referent
            keys = self._antecedent_in_sentence(t, number)
            if keys is None and t.dep_ in SUBJECT_DEPS and t.head.lemma_ in SPEECH_VERBS:
                sent = t.sent
                if all(x.is_punct or x.is_space for x in doc[sent.start:t.i]) and sent.start > 0:
                    keys = self._subject_actors(doc[sent.start - 1].sent.root, t, number)
            for k in keys or []:
                self._mention(t.i, t.i + 1, k, "pronoun")

    def _antecedent_in_sentence(self, t: Token, number: str) -> list[str] | None:
        """Actors of the nearest governing verb's subject (not the pronoun's own)."""
        for anc in t.ancestors:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            subj = [c for c in anc.children if c.dep_ in SUBJECT_DEPS and c is not t and c.i < t.i]
            subj = [c for c in subj if t not in list(c.subtree)]
            if subj:
                return self._subject_actors(anc, t, number)
        return None

    def _subject_actors(self, verb: Token, t: Token, number: str) -> list[str] | None:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c is not t), None)
        subj = past_dateline(subj) if subj is not None else None  # "Abuja -- The military said it"
        if subj is None or subj.lower_ in BODY_PRONOUNS or subj.lower_ in PRONOUNS:
            return None
        heads = [subj, *subj.conjuncts]
        plural = len(heads) > 1 or subj.tag_ in ("NNS", "NNPS")
        if plural != (number == "pl") and not (number == "pl" and self._is_body(subj)):
            return None  # "it" for a plural or "they" for one state
        keys: list[str] = []
        for h in heads:
            hk = self.by_token.get(h.i) or []
            if not hk or any(self.builders[k].kind == "person" for k in hk):
                return None
            keys.extend(k for k in hk if k not in keys)
        return keys or None

    def _is_body(self, tok: Token) -> bool:
        """A body a writer may call "they" ("the ministry ... they said")."""
        return any(self.builders[k].kind in ("organization", "group") for k in self.by_token.get(tok.i, []))
