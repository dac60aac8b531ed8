"""Who asserts a count that no quote holds: the reporting clause read from the parse.

Why a second reader: the quote extractor finds a reported quote only where its frames
fit, and a count can sit where none does: in the first of two coordinated clauses before
", officials said", after "India says it ...", beside a mid-sentence "according to
Rescue 1122", or in the noun object of a verb of saying ("acknowledged the loss of one
aircraft"). English grammar says who speaks in each: the subject of the verb of saying
whose content clause or object holds the count, or the object of "according to" on the
count's clause. A restrictive relative clause stops the search (its content is
presupposed background, as ``claims`` treats it inside a quote), and so does a verb of
denial for a count other than zero (who denies a figure does not claim it).
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.actors.index import ActorIndex
from crisislens.extract.claims_lexicon import lexicon
from crisislens.extract.quotes_lexicon import speech_verb
from crisislens.extract.quotes_speaker import Speaker, resolve

# Dependencies a count climbs through to the clause or noun phrase a verb of saying governs.
CONTENT_CLIMB = {
    "nummod", "quantmod", "compound", "amod", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj",
    "appos", "attr", "npadvmod", "acomp", "xcomp", "advcl", "oprd", "agent", "pcomp", "acl",
}
# What a verb of saying governs that is its content: a clause, or a noun object ("reported
# 12 deaths", "acknowledged the loss of one aircraft").
CONTENT_DEPS = {"ccomp", "dobj"}
MAX_CLIMB = 10
# Subordinators that join a second, contrasting statement to a sentence ("while", "whereas"):
# the clause they open is not the content of the first clause's verb of saying.
CONTRAST_MARKS = {"while", "whereas"}


def reporting_voice(num: Token, index: ActorIndex, zero: bool) -> Speaker | None:
    """The speaker the sentence's grammar gives a count no quote holds, else None."""
    return _according_to(num, index) or _saying_subject(num, index, zero)


def _climb(num: Token) -> list[Token]:
    """The heads above ``num`` up to its sentence's root, stopping below a restrictive
    relative clause (one not set off by a comma: presupposed, not asserted)."""
    path: list[Token] = []
    tok = num
    for _ in range(MAX_CLIMB):
        if tok.dep_ == "relcl" and not set_off(tok):
            return []
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children):
            # "..., while the government ordered two diplomats to leave": a second statement,
            # read only by its own verbs ("while police reported two arrests": the police's)
            return path
        if tok.head == tok:
            return path
        tok = tok.head
        path.append(tok)
    return path


def set_off(clause: Token) -> bool:
    """A relative clause after a comma is non-restrictive ("in Zafarwal, where six houses
    were destroyed"): it adds what the speaker asserts rather than picking out a referent."""
    first = clause.left_edge
    return first.i > 0 and clause.doc[first.i - 1].text in (",", "—", "–", "(")


def _according_to(num: Token, index: ActorIndex) -> Speaker | None:
    """ "Twenty-three people were injured, according to Rescue 1122, ...": the object of
    "according to" on the count's own clause (a verb the count hangs from, before any verb
    of saying) is its source."""
    for tok in _climb(num):
        for prep in (c for c in tok.children if c.lower_ == "according" and c.dep_ == "prep"):
            obj = _according_object(prep)
            speaker = resolve(obj, index) if obj is not None else None
            if speaker is not None and speaker.name and not _a_place(obj, index):
                return speaker
        if tok.pos_ in ("VERB", "AUX") and speech_verb(tok.lemma_):
            return None
    return None


def _according_object(prep: Token) -> Token | None:
    """The object of "according to", hung on "to" or on "according" itself."""
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
        if child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _saying_subject(num: Token, index: ActorIndex, zero: bool) -> Speaker | None:
    """The subject of the verb of saying whose content clause or noun object holds the count:
    "Three civilians were killed ..., officials said"; "India says it struck three sites";
    "The Indian Air Force acknowledged the loss of one fighter aircraft"."""
    prev = num
    path = _climb(num)
    for tok in path:
        if tok.pos_ in ("VERB", "AUX") and speech_verb(tok.lemma_) and prev.dep_ in CONTENT_DEPS:
            if tok.lemma_.lower() in lexicon().denials and not zero:
                return None
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            speaker = resolve(subj, index) if subj is not None else None
            return speaker if speaker is not None and speaker.name and not _a_place(subj, index) else None
        if prev.dep_ not in CONTENT_CLIMB and prev is not num:
            return None
        prev = tok
    return _trailing_reporter(path[-1], index) if path and prev.dep_ in CONTENT_CLIMB | {"ROOT"} else None


def _trailing_reporter(root: Token, index: ActorIndex) -> Speaker | None:
    """The parser often makes a sentence-final ", officials said" a conjunct of the reported
    clause ("Three civilians were killed and seven injured ..., officials said on Friday"):
    a verb of saying conjoined to the root after it, its subject right after a comma (no
    "and": "..., and the army said it would retaliate" reports something else)."""
    for verb in (c for c in root.children if c.dep_ in ("conj", "parataxis") and c.i > root.i):
        if verb.pos_ != "VERB" or not speech_verb(verb.lemma_):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i == 0 or root.doc[subj.left_edge.i - 1].text != ",":
            continue
        speaker = resolve(subj, index)
        return speaker if speaker.name and not _a_place(subj, index) else None
    return None


def _a_place(tok: Token | None, index: ActorIndex) -> bool:
    """A town or region, which never claims anything (a dateline or a misparsed place
    subject): the gazetteer knows it as a place and the index as no state or body."""
    if tok is None:
        return False
    try:
        place = index.place_for(tok)  # the head itself: "AJK officials" are no place
        actor = index.actor_for(tok)
    except (ValueError, KeyError, IndexError, AttributeError):  # a resolver bug must not cost the claim
        return False
    return place is not None and (actor is None or actor.kind not in ("state", "organization", "group", "person"))
