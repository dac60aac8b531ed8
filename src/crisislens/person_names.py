"""Whole personal names: a PERSON entity the model cut short is extended over the name's
first words.

Why: en_core_web_md often starts a South Asian name at its middle word ("Lt Gen Manjinder
Singh Gill" -> "Singh Gill", "Harinder Singh Grewal" -> "Singh Grewal"), so a speaker or an
actor was stored under a name the text never gives. In English a name's words stand
together, title-cased, right before its surname; the words a name never starts with
(titles, ranks, offices: actors/data/name_titles.tsv) stop the extension, and so do
another entity, a lower-case word, a stop word and punctuation. At most ``MAX_EXTRA``
words are taken, so a run of capitalised headline words cannot swallow a sentence.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

TITLES_FILE = Path(__file__).parent / "actors" / "data" / "name_titles.tsv"
# A given name and one more word ("Manjinder Singh Gill" from "Singh Gill").
MAX_EXTRA = 2


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Words written before a name that are never its first word (lower case)."""
    lines = TITLES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _name_word(tok: Token) -> bool:
    """Whether ``tok`` can be a word of the name that follows it."""
    return (
        not tok.ent_type_
        and tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.is_title
        and not tok.is_stop
        and tok.lower_.rstrip(".") not in titles()
    )


def _extended(doc: Doc, ent: Span) -> Span:
    start = ent.start
    while start > 0 and ent.start - start < MAX_EXTRA and _name_word(doc[start - 1]):
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label)


@Language.component("crisislens_person_names")
def person_names(doc: Doc) -> Doc:
    """Extend each PERSON entity leftwards over the given names the model left out."""
    ents = [_extended(doc, e) if e.label_ == "PERSON" else e for e in doc.ents]
    if any(a is not b for a, b in zip(ents, doc.ents, strict=True)):
        doc.set_ents(ents)
    return doc
