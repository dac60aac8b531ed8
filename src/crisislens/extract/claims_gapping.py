"""Gapping of a reported count: "Kyiv said 20 Russian soldiers were killed; Moscow said three."

English lets a second report repeat only its speaker and its figure, leaving out the
clause the first report spelled out (gapping / stripping): the bare number object of a
verb of saying, with no clause of its own, stands for the counted phrase of the nearest
earlier report. It counts what that phrase counts (its noun, the outcome its verb says).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from crisislens.extract.quotes_lexicon import speech_verb

# Dependents that give a verb of saying its own content: then nothing was left out.
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "attr"}


def gapped_antecedent(num: Token, counted: Callable[[Token], bool]) -> Token | None:
    """The counted noun a bare reported number stands for, or None.

    ``num`` must be the object of a verb of saying that has no other content ("Moscow said
    three", "the RSF said five"). The antecedent is the nearest noun before it, in its
    sentence or the one before, that sits in the content clause of another verb of saying
    and that ``counted`` accepts (a person or thing whose words say what happened)."""
    verb = num.head
    if num.dep_ != "dobj" or verb.pos_ != "VERB" or not speech_verb(verb.lemma_):
        return None
    if any(_content(c, verb) for c in verb.children if c.i != num.i) or list(num.children):
        return None
    sent = num.sent
    start = num.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(num.doc[start:verb.i]):
        if tok.pos_ == "NOUN" and _reported(tok, verb) and counted(tok):
            return tok
    return None


def _content(child: Token, verb: Token) -> bool:
    """The child says what ``verb`` reports. A clause before a semicolon is no complement of
    the verb after it (a semicolon joins independent clauses), though the parser may hang
    it there: "Kyiv said ...; Moscow said three"."""
    if child.dep_ not in CONTENT_DEPS:
        return False
    if child.i < verb.i:
        return not any(t.text == ";" for t in child.doc[child.i : verb.i])
    return True


def _reported(noun: Token, verb: Token) -> bool:
    """The noun lies in the content clause of a verb of saying other than ``verb``."""
    tok = noun
    while tok.head.i != tok.i:  # spaCy makes a new Token object at each access: compare indices
        if tok.dep_ == "ccomp" and tok.head.i != verb.i and speech_verb(tok.head.lemma_):
            return True
        tok = tok.head
    return False
