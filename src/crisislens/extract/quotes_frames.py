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

from crisislens.extract.quotes_lexicon import cue_frames

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
