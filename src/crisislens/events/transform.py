"""PETRARCH-2's transformations: what a reporting verb and the act in its complement make together.

The CAMEO.2.0 verb dictionary ends with rules over a speech verb and the event
of its complement (``~ a (a b ATTACK) SAY = a b 015``, ``~ a (a b Q) SAY = a b Q``):
a speaker that reports its own act has done that act (the statement adds
nothing to code), and one that reports its own attack claims responsibility
for it. The CAMEO manual adds the future case: a speaker's statement that it
will (or would) act is the intent or the threat of that act (categories 03 and
13, ``event_intents.tsv``), asserted, while the act itself stays hypothetical.

This module decides; the coder (``extract/events.py``) applies the decision.
Which transformations run is chosen in event_coder.json (``transformations``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from crisislens.events.config import CODES, DENYING, INTENT_ADJECTIVES, REPORTING, WORDS
from crisislens.extract.events_lexicon import intents
from crisislens.model import ASSERTED, FUTURE, HYPOTHETICAL, Actor, Event

ATTACK_ROOTS = frozenset(CODES["attack_roots"])
# The verbs of CAMEO 015 "Acknowledge or claim responsibility".
CLAIMING = frozenset(WORDS["claiming"])
# Modals that make a reported clause about another party a demand of it ("X said Y must withdraw").
DEMAND_MODALS = frozenset(WORDS["demand_modals"])
# How far up the parse an act may sit below the reporting verb (a bound for odd parses).
MAX_DEPTH = 12


@dataclass(frozen=True)
class Rewrite:
    """The statement is replaced: by nothing (``code`` None: the act stands) or by ``code``, asserted."""

    code: str | None
    name: str


def intent_code(code: str) -> str | None:
    """The CAMEO code for stating the intent of act ``code``: the longest prefix in the table.

    An act that is itself an intent or a threat ("will meet for talks" 036)
    keeps its code: stating it is that intent.
    """
    if code[:2] in CODES["intent_roots"]:
        return code
    table = intents()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def reports(tok: Token) -> bool:
    """A reporting verb whose complement can be the speaker's own act ("said", "announced"), not a denial."""
    lemma = tok.lemma_.lower()
    return lemma in REPORTING and lemma not in DENYING


def under_report(say: Token, act: Token) -> bool:
    """True when ``act`` lies in a clausal complement of ``say`` ("X said [it will Y]")."""
    cur = act
    for _ in range(MAX_DEPTH):
        if cur.head is cur:
            return False
        if cur.head == say:
            return cur.dep_ == "ccomp"
        cur = cur.head
    return False


def same_side(a: Actor | None, b: Actor | None) -> bool:
    """The speaker and the act's source are one party: one actor, or one coded country or group."""
    if a is None or b is None:
        return False
    return a.id == b.id or (bool(a.code) and a.code == b.code)


def complement_depth(outer: Token, act: Token) -> int | None:
    """How many infinitives down ``act`` sits below ``outer`` ("promised [to send]": 1), None if not below."""
    cur, depth = act, 0
    while depth < MAX_DEPTH and cur.dep_ == "xcomp" and cur.head is not cur:
        cur, depth = cur.head, depth + 1
        if cur == outer:
            return depth
    return None


def intended_act(outer: Event, act: Event) -> str | None:
    """The specific intent or threat an unspecified one (030, 130) names through its infinitive's act.

    "threatened to impose sanctions" is the threat of sanctions (1312) and
    "offered to host talks" the intent to meet (036): the code book's 03 and 13
    sub-codes name the act intended (``event_intents.tsv``); a sub-code of the
    other category (a promise to attack) is not taken.
    """
    if outer.cameo not in {CODES["intent"], CODES["threat"]}:
        return None
    code = intent_code(act.cameo)
    return code if code is not None and code[:2] == outer.cameo_root else None


def own_report(say: Token, act: Event) -> Rewrite | None:
    """What a speaker's report ``say`` of its own act ``act`` is; None when the statement stays a statement.

    Asserted: the act itself (``a b Q``), or, when the verb claims ("claimed
    that they had attacked"), a claim of responsibility for the attack
    (``a b 015``); "the army says it killed 20 militants" is the killing. Future or hypothetical: its intent or threat. A
    negated act ("said it had not attacked") is a denial, left to the statement.
    """
    if act.modality == ASSERTED:
        if act.cameo_root in ATTACK_ROOTS and say.lemma_.lower() in CLAIMING:
            return Rewrite(CODES["claim_responsibility"], "claimed_attack")
        return Rewrite(None, "own_act")
    if act.modality in {FUTURE, HYPOTHETICAL}:
        code = intent_code(act.cameo)
        return Rewrite(code, "stated_intent") if code else None
    return None


def demanded_clause(say: Token) -> Token | None:
    """The clause a reporting verb demands ("Sudan said [Chad must withdraw]"), None when it demands none.

    A clausal complement whose verb carries an obligation modal states what
    someone must do: the speaker demands it (CAMEO 10), of the clause's subject.
    """
    if not reports(say):
        return None
    for clause in say.children:
        if clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in clause.children):
            return clause
    return None


def readiness_of(act: Token) -> Token | None:
    """The adjective of readiness governing ``act`` ("Kenya is [ready] to send troops"), None if none.

    CAMEO 03 and 13 code the expression of an intent, and "X is ready,
    willing or prepared to Y" expresses X's intent to Y as plainly as "X
    promised to Y" does; a negated readiness ("is not willing to") is a
    refusal, which this does not code.
    """
    adj = act.head
    if act.dep_ != "xcomp" or adj.pos_ != "ADJ" or adj.lemma_.lower() not in INTENT_ADJECTIVES:
        return None
    if any(c.dep_ == "neg" for c in (*adj.children, *adj.head.children)):
        return None
    return adj
