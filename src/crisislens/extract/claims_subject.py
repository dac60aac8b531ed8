"""Whose a figure is when the side is named on the clause that sets it, not on the count.

"Pakistan's military put the toll on its side at nine civilians": the count hangs from the
"at" of the figure verb, and the "on ... side" phrase that says whose the nine are hangs from
that verb (or from its toll noun), not from the counted noun or its verb of dying. English
names whose a toll is by the side it falls on, so the side phrase of the figure's own clause
decides, as it does on a verb of dying ("26 civilians were killed on its side").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

from crisislens.actors.index import ActorIndex
from crisislens.extract.claims_lexicon import lexicon
from crisislens.extract.claims_places import read_place

# The prepositions a figure verb sets its count with ("put the toll at nine", "rose to 12").
FIGURE_PREPS = ("at", "to")
# The dependents of a figure verb that may carry its side phrase (the toll set, or stated).
CARRIER_DEPS = ("dobj", "nsubj", "nsubjpass")


def _figure_word(tok: Token) -> bool:
    """A noun of a toll or figure ("toll", "tally", "losses", "figure": the lexicon's
    figures, tallies and loss figures), whose value the verb gives."""
    lex = lexicon()
    words = lex.figures | lex.tallies | lex.loss_figures
    return tok.lemma_.lower() in words or tok.lower_ in words


def _on_side(head: Token) -> Token | None:
    """The "side" of an "on ... side" phrase hanging from ``head``."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"):
        side = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in ("side", "sides")), None)
        if side is not None:
            return side
    return None


def _figure_verb(noun: Token) -> Token | None:
    """The verb that sets a figure at this count: the head of its "at"/"to" ("put the toll at
    nine", "rose to 12"), or the verb of the figure whose earlier value it is ("at nine, up
    from seven": "up/down from" gives the same toll's previous value, so the same side's)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    head = prep.head
    if prep.lower_ == "from" and head.lower_ in ("up", "down") and head.dep_ == "advmod":
        head = head.head
    elif prep.lower_ not in FIGURE_PREPS:
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def figure_side(noun: Token) -> Token | None:
    """The side phrase of the clause that sets a toll or figure at this count: "put the toll
    on its side at nine civilians", "the toll on the Russian side rose to 12 soldiers". Only
    where the count is the "at"/"to" object of a verb that estimates a figure ("put", "place",
    "estimate") or whose object or subject is a toll noun: a side phrase on another verb
    ("fired on the Indian side at 12 posts") says where, not whose figure it is."""
    verb = _figure_verb(noun)
    if verb is None:
        return None
    carriers = [c for c in verb.children if c.dep_ in CARRIER_DEPS and _figure_word(c)]
    if not carriers and verb.lemma_.lower() not in lexicon().estimates:
        return None
    for head in (verb, *carriers):
        side = _on_side(head)
        if side is not None:
            return side
    return None


# --- a member named by its body: "a Border Security Force constable" -------------------------


@cache
def member_sectors() -> frozenset[str]:
    """CAMEO sectors of a state's armed and security bodies (data: claim_subject_member_sectors.tsv)."""
    text = resources.files("crisislens.extract").joinpath("data", "claim_subject_member_sectors.tsv").read_text("utf-8")
    rows = (ln.split("\t")[0].strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return frozenset(r for r in rows if r and r != "sector")


def body_member_code(index: ActorIndex, noun: Token) -> str | None:
    """The state of the armed or security body whose name modifies the counted noun ("a Border
    Security Force constable was killed"): English names a member, or a thing, of a body by
    the body's name as a noun modifier, and a state's army, police or intelligence service
    counts that state's people. Not a body of another kind ("a Reuters journalist": the
    outlet's country is not the journalist's side)."""
    for child in (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        span = noun.doc[child.left_edge.i : child.i + 1]
        try:
            actor = index.actor_for(span)
        except (ValueError, KeyError, IndexError, AttributeError):  # a resolver bug must not cost the claim
            continue
        if actor is not None and actor.kind == "organization" and actor.code and actor.sector in member_sectors():
            return actor.code
    return None


# --- whose detainees are: the state where they are held --------------------------------------

# Prepositions that put a detention in a place ("held in Amritsar", "arrested at the border post").
CUSTODY_PLACE_PREPS = ("in", "at", "inside")


def _military(noun: Token) -> bool:
    """A soldier noun (the lexicon's military persons: "soldier", "serviceman", "troop")."""
    words = lexicon().military
    return noun.lemma_.lower() in words or noun.lower_ in words


def custody_place_code(index: ActorIndex, noun: Token) -> str | None:
    """The state holding the place named on the verb of custody the detained count hangs from
    ("two suspected Ukrainian informants had been held in Belgorod": RUS). The project's code
    book counts detentions under the state where the people are held, whatever their
    nationality, so a place on the detention verb itself outranks a demonym on the detainees.
    Only the verb's own "in/at" phrase (a place elsewhere in the sentence is another clause's).
    Not soldiers: a captured serviceman stays his own side's prisoner of war ("three Thai
    soldiers captured" by Cambodia are Thailand's)."""
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj") or verb.pos_ != "VERB" or _military(noun):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in CUSTODY_PLACE_PREPS):
        for pobj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            code = read_place(index, pobj).code
            if code:
                return code
    return None
