"""Where the content of a cue sits in the parse: one argument frame per attribution.

PolNeAR-style attribution is broader than "X said that ...": news writers
attribute stances with object noun phrases ("Cruz blasted [the deal]"),
prepositional objects ("called for [a ban]", "talked about [trade]"), and
infinitives ("declined [to comment]", "vowed [to fight]"). Which frame a lemma
takes reliably is data (quotes_lexicon.cue_frames, measured on PolNeAR train);
this module only finds the argument a frame names in a spaCy parse.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from crisislens.extract.quotes_lexicon import (
    acknowledging_verb,
    anonymity_verb,
    appeal_verb,
    belief_verb,
    cue_frames,
    fact_nouns,
    media_words,
    speech_verb,
)

# Objects that carry no content of their own ("said it", "called them").
EMPTY_OBJECTS = {"it", "this", "that", "them", "him", "her", "me", "us", "you", "so", "something", "anything"}


def frames_of(tok: Token) -> frozenset[str]:
    """The measured frames of a cue token (empty when the lemma is no cue)."""
    pos = "NOUN" if tok.pos_ == "NOUN" else "VERB" if tok.pos_ in ("VERB", "AUX") else ""
    if not pos:
        return frozenset()
    return cue_frames().get((tok.lemma_.lower(), pos), frozenset())


def frame_arguments(tok: Token) -> Iterator[tuple[str, Token, Token | None]]:
    """(frame, head of the content, preposition or None) for each frame the cue fills here."""
    wanted = frames_of(tok)
    if not wanted:
        return
    for child in tok.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj") and child.dep_ in wanted:
            if child.dep_ == "dobj" and child.lower_ in EMPTY_OBJECTS and child.n_rights == 0:
                continue
            yield child.dep_, child, None
        elif child.dep_ == "prep" and f"prep:{child.lower_}" in wanted:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    yield f"prep:{child.lower_}", obj, child
        elif (
            child.dep_ == "acl"
            and "that" in wanted
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
        ):
            yield "that", child, None


def propositional(frame: str, node: Token, cue: Token) -> bool:
    """Whether a frame argument is a proposition someone asserts, not an event or a topic.

    The object of condemn, accuse, reject or deny is an event ("rejected the
    accusation", "accused each other of violating the ceasefire"): the event coder
    owns it. A quote is a clause: a that-clause or a complement clause with its own
    subject ("talked about how [the plan] failed"), or the infinitive of a speech or
    belief verb ("vowed to respond") that is not a directive to someone else ("urged
    both sides to show restraint" is an appeal, an event).
    """
    if frame in ("ccomp", "that"):
        return True
    if frame == "xcomp":
        if withholds_name(node):
            return False
        lemma = cue.lemma_.lower()
        directive = any(c.dep_ in ("dobj", "dative") for c in cue.children) or any(
            c.dep_ == "nsubj" for c in node.children
        )
        return (speech_verb(lemma) or belief_verb(lemma)) and not appeal_verb(lemma) and not directive
    if frame == "dobj" and acknowledging_verb(cue.lemma_) and stated_fact(node):
        return True
    # a noun or prepositional object: only a clause with its own subject carries a proposition
    return node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)


def stated_fact(node: Token) -> bool:
    """An object that states a fact as a noun of a happening with its "of" argument
    ("acknowledged the loss of one fighter aircraft", "confirmed the deaths of two
    peacekeepers"): the nominal form of "that one aircraft was lost". Only a verb of
    acknowledging asks (announcing an arrest reports an act); "the loss" alone names nothing."""
    if node.pos_ != "NOUN" or node.lower_ not in fact_nouns():
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
               for c in node.children)


def withholds_name(node: Token) -> bool:
    """A passive infinitive of a verb of naming ("asking not to be named", "declined to be
    identified"): the source's terms of speaking, which assert nothing about the world."""
    passive = any(c.dep_ == "auxpass" for c in node.children)
    return passive and anonymity_verb(node.lemma_)


# Words that introduce a line with a colon without naming anyone who speaks.
COLON_LABELS = {
    "update", "updates", "watch", "related", "read", "note", "editor", "photo", "photos", "video",
    "source", "sources", "click", "follow", "subscribe", "advertisement", "breaking", "exclusive",
    "live", "correction", "disclosure", "also", "see", "listen", "more", "tags", "topics", "share",
    "question", "answer", "q", "a", "date", "time", "location", "contact", "email", "tel", "phone",
    "caption", "credit", "image", "file", "warning", "here", "this", "that", "it", "they", "what",
}
MAX_COLON_SOURCE_TOKENS = 6


def colon_source(sent_tokens: list[Token]) -> tuple[Token, int] | None:
    """ "Graham: Trump's rhetoric is destroying the party" (headline) and "MATTHEWS: Well, ..."
    (transcript): a short noun phrase that opens a line and ends in a colon names who says
    what follows. Returns (head of the phrase, index of the colon) or None."""
    colon = next((t for t in sent_tokens[: MAX_COLON_SOURCE_TOKENS + 2] if t.text == ":"), None)
    if colon is None:
        return None
    words = [t for t in sent_tokens if t.i < colon.i and not t.is_punct and not t.is_space]
    if not words or len(words) > MAX_COLON_SOURCE_TOKENS:
        return None
    if words[0].like_num or any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") for t in words):
        return None  # "6:05 p.m.:", "Here is what he said:"
    if words[-1].lower_ in COLON_LABELS or words[0].lower_ in COLON_LABELS and len(words) == 1:
        return None
    heads = [t for t in words if t.pos_ in ("PROPN", "NOUN") and (t.head.i >= colon.i or t.head not in words)]
    head = next((t for t in words if t.pos_ == "PROPN"), None) or (heads[0] if heads else None)
    if head is None:
        return None
    # the noun phrase's last name-like token is its head ("Former AG Mukasey at RNC" -> Mukasey)
    for t in words:
        if t.pos_ == "PROPN" and t.i > head.i and all(w.pos_ == "PROPN" for w in words if head.i <= w.i <= t.i):
            head = t
    return head, colon.i


def finding_source(prep: Token) -> Token | None:
    """ "In a CNN poll released Monday, 50 percent chose Clinton": a clause-initial "in" phrase
    naming a poll, survey or report, set off by a comma, makes that document the source of
    the clause. Returns the document noun or None."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i < prep.i:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or media_words().get(obj.lemma_.lower()) != "finding":
        return None
    after = prep.right_edge.i + 1
    if after >= len(prep.doc) or prep.doc[after].text != ",":
        return None
    return obj
