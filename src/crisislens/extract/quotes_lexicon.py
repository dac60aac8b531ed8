"""The cue-verb and medium lexicons for quote attribution, loaded once from data files.

Kept as data (extract/data/quote_cues.tsv, quote_media.tsv) so an analyst can
add a reporting verb of their outlets ("averred", "quipped") without touching
code.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("crisislens.extract").joinpath("data", name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def cue_kinds() -> dict[tuple[str, str], str]:
    """(lemma, 'verb'|'noun') -> kind: speech (takes reported content), attitude, noun."""
    out: dict[tuple[str, str], str] = {}
    for row in _rows("quote_cues.tsv"):
        lemma, kind = row[0].strip().lower(), row[1].strip()
        pos = "noun" if kind == "noun" else "verb"
        out.setdefault((lemma, pos), kind)
    return out


def speech_verb(lemma: str) -> bool:
    """A verb that reports speech or thought and can take a content clause ("said that ...")."""
    return cue_kinds().get((lemma.lower(), "verb")) == "speech"


def belief_verb(lemma: str) -> bool:
    """A verb that attributes a thought or an intention ("wants to", "found that")."""
    return cue_kinds().get((lemma.lower(), "verb")) == "belief"


def cue_verb(lemma: str) -> bool:
    """Any verb that can attribute quoted words to its subject (speech or attitude)."""
    return (lemma.lower(), "verb") in cue_kinds()


def cue_noun(lemma: str) -> bool:
    """A noun that attributes quoted words to its possessor ("India's claims of ...")."""
    return (lemma.lower(), "noun") in cue_kinds()


@cache
def media_words() -> dict[str, str]:
    """Lower-case word -> channel | platform."""
    return {r[0].strip().lower(): r[1].strip() for r in _rows("quote_media.tsv")}
