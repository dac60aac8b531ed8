"""Dependency-tree helpers every extractor shares: subjects, phrases, complements, passives, coordination.

These encode English grammar over spaCy's (ClearNLP-style) dependency labels,
not knowledge of any domain: who the subject of a clause is when it is
inherited through coordination or a control verb, which noun is the logical
object of a passive, which clause a control verb embeds. They know no words
except the grammatical ones a label cannot tell apart (the object-control
verbs "ask/urge ... Y to X" are given by the caller, as data).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Dependencies along which a clause inherits its governor's subject; a predicate adjective
# ("Kenya is [ready] to send troops") predicates of its copula's subject.
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "acomp"})
# Right-hand modifiers that belong to a noun phrase (names, titles, numbers, appositions).
NP_RIGHT_DEPS = frozenset({"compound", "amod", "nummod", "appos", "flat"})
# How far up a chain of clauses the helpers climb: bounded, so ten nested complements cost ten steps.
MAX_CLIMB = 6
# A phrase longer than this is a parse failure (a run-on list): fall back to the head's own words.
MAX_PHRASE = 40


def conjuncts_of(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it, when ``tok`` heads the coordination."""
    return [tok, *tok.conjuncts] if tok.dep_ != "conj" else [tok]


def phrase_of(tok: Token, of_heads: Collection[str] = ()) -> Span:
    """The noun phrase of ``tok`` with its conjuncts, without the clauses hanging off it.

    ``of_heads`` are head lemmas whose "of" complement belongs to the phrase
    ("the foreign minister of Türkiye"): for those nouns the owner is part of
    the name, for others ("attacks of May 7") it is not.
    """
    doc = tok.doc
    toks = conjuncts_of(tok)
    start = min(t.left_edge.i for t in toks)
    end = max(t.i for t in toks)
    for t in toks:
        for child in t.children:
            if child.i <= t.i:
                continue
            owner = child.dep_ == "prep" and child.lower_ == "of" and t.lemma_ in of_heads
            if child.dep_ in NP_RIGHT_DEPS or owner:
                end = max(end, child.right_edge.i)
    span = doc[start : end + 1]
    if len(span) > MAX_PHRASE:
        span = doc[tok.left_edge.i : tok.i + 1]
    return span


def agent_of(tok: Token) -> Token | None:
    """The noun of a passive's by-phrase ("were imposed by the European Union")."""
    for child in tok.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def passive_object(tok: Token) -> Token | None:
    """The passive subject, i.e. the logical object ("Sanctions ... were imposed")."""
    return next((c for c in tok.children if c.dep_ == "nsubjpass"), None)


def direct_object(tok: Token) -> Token | None:
    """The direct object of a verb, if any."""
    return next((c for c in tok.children if c.dep_ == "dobj"), None)


def _own_subject(tok: Token) -> Token | None:
    """A clause's own subject: nsubj/csubj, else the agent of a passive."""
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return agent_of(tok)


def subject_of(tok: Token, object_control: Collection[str] = ()) -> Token | None:
    """Who performs ``tok``: its subject, inherited along conj / xcomp / advcl chains.

    An infinitive under an object-control verb ("urged India to de-escalate",
    lemmas in ``object_control``) takes the governor's object as its subject;
    under any other verb ("agreed to withdraw") the governor's subject. A
    participle modifying a noun ("troops, acting on orders") is done by that noun.
    """
    cur: Token | None = tok
    for _ in range(MAX_CLIMB):
        if cur is None:
            return None
        own = _own_subject(cur)
        if own is not None:
            return own
        if cur.dep_ in INHERIT_DEPS and cur.head is not cur:
            head = cur.head
            obj = direct_object(head) if cur.dep_ == "xcomp" else None
            if obj is not None and head.lemma_.lower() in object_control:
                return obj
            cur = head
            continue
        if cur.dep_ == "acl" and cur.tag_ in {"VBG", "VBN"}:
            return cur.head
        return None
    return None


def complements(tok: Token) -> list[Token]:
    """The open clausal complements (xcomp) a verb embeds: "threatened [to use force]"."""
    return [c for c in tok.children if c.dep_ == "xcomp"]


def acts_as_verb(tok: Token) -> bool:
    """A verb by its tag or by its syntax: the tagger calls "host" in "offered to host talks" a noun.

    A word tagged as a noun that takes an auxiliary ("to host", "will strike")
    or a verb tag heads a verb phrase, whatever its part-of-speech guess.
    """
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.pos_ == "NOUN" and (tok.tag_.startswith("VB") or any(c.dep_ == "aux" for c in tok.children))


def verb_of(tok: Token) -> Token | None:
    """The verb a predicate belongs to: itself, or the nearest verb above a noun predicate."""
    cur = tok
    for _ in range(MAX_CLIMB):
        if acts_as_verb(cur):
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def negated(tok: Token) -> bool:
    """True when the verb itself carries a negation ("would not support")."""
    return any(c.dep_ == "neg" for c in tok.children)


def auxiliaries(tok: Token) -> set[str]:
    """The lower-cased auxiliaries of a verb ("would", "will", "has")."""
    return {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}


def prep_objects(tok: Token, preps: Collection[str] | None = None) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs under ``tok``, optionally only for the given prepositions."""
    out: list[tuple[Token, Token]] = []
    for child in tok.children:
        if child.dep_ not in {"prep", "dative", "agent"}:
            continue
        if preps is not None and child.lower_ not in preps:
            continue
        out.extend((child, g) for g in child.children if g.dep_ == "pobj")
    return out
