"""What a count counts: the category lexicon (extract/data/claim_categories.tsv), loaded once.

Data rather than code so that analysts can add their conflict's vocabulary
("neutralised", "jawans") without a release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass
class CategoryLexicon:
    """Context lemma sets per outcome, counted-thing nouns, and person nouns."""

    context: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # outcome -> lemma tuples
    outcome_nouns: dict[str, str] = field(default_factory=dict)  # "fatality" -> killed
    things: dict[str, str] = field(default_factory=dict)  # "jet" -> aircraft_downed
    persons: set[str] = field(default_factory=set)
    loss_verbs: set[str] = field(default_factory=set)  # "India lost five jets": the subject is the owner
    tallies: set[str] = field(default_factory=set)  # "the number of soldiers killed rose to seven"
    figures: set[str] = field(default_factory=set)  # "Baku's figure of three": the possessor claims it
    military: set[str] = field(default_factory=set)  # soldiers: a side names its own without a demonym
    denials: set[str] = field(default_factory=set)  # "denied that any soldiers were captured": a zero
    estimates: set[str] = field(default_factory=set)  # "officials put the toll at 40": the subject claims it
    accounts: set[str] = field(default_factory=set)  # "Ukrainian media reports that ...": the owner claims it
    parents: set[str] = field(default_factory=set)  # "a mother of three": the number is her children, no count
    nonpersons: set[str] = field(default_factory=set)  # "killed 40 cattle": a living patient that is no person
    animate: set[str] = field(default_factory=set)  # "arrested 12 spies": verbs whose object is a person
    nonstate: set[str] = field(default_factory=set)  # "20 terrorists": members of armed non-state groups (NSG)
    own_dead: set[str] = field(default_factory=set)  # "martyred": a side's word for its own dead
    loss_figures: set[str] = field(default_factory=set)  # "put its losses at six": the losses' owner is the subject
    falls: set[str] = field(default_factory=set)  # "came down": with "down", a craft fell, no one downed it
    claimed_downs: set[str] = field(default_factory=set)  # "claims three Indian jets": claims to have downed them
    custody: set[str] = field(default_factory=set)  # "two suspects were held": detention of its patient only
    patterns: list[tuple[re.Pattern, str]] = field(default_factory=list)  # "F-16s", "MiG-29" -> aircraft_downed


# The set each word kind of claim_categories.tsv fills ("noun" rows are outcome nouns, or
# person nouns when their category is "person"; "context" and "thing" rows are read apart).
_WORD_SETS = {
    "loss": "loss_verbs", "tally": "tallies", "figure": "figures", "military": "military", "denial": "denials",
    "estimate": "estimates", "account": "accounts", "parent": "parents", "nonperson": "nonpersons",
    "animate": "animate", "nonstate": "nonstate",
    "ownloss": "own_dead", "lossfigure": "loss_figures", "fall": "falls", "claimed": "claimed_downs",
    "custody": "custody",
}


@cache
def lexicon() -> CategoryLexicon:
    text = resources.files("crisislens.extract").joinpath("data", "claim_categories.tsv").read_text("utf-8")
    lex = CategoryLexicon()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        category, kind, lemmas = cols[0], cols[1], cols[2].strip().lower()
        if kind == "pattern":  # a designation class, matched on the token as written (case kept)
            lex.patterns.append((re.compile(cols[2].strip()), category))
        elif kind == "context":
            lex.context.setdefault(category, []).append(tuple(lemmas.split()))
        elif kind == "noun" and category == "person":
            lex.persons.add(lemmas)
        elif kind == "noun":
            lex.outcome_nouns[lemmas] = category
        elif kind == "thing":
            lex.things[lemmas] = category
        elif kind in _WORD_SETS:
            getattr(lex, _WORD_SETS[kind]).add(lemmas)
    return lex


@cache
def context_heads() -> frozenset[str]:
    """The first lemma of every context entry ("killed", "shot"): the words that tell a
    headline gives a count of something, built once rather than per article."""
    return frozenset(e[0] for entries in lexicon().context.values() for e in entries)


@cache
def outcome_heads(outcome: str) -> frozenset[str]:
    """The first lemma of each context entry of ``outcome`` ("strike", "hit" for "struck")."""
    return frozenset(e[0] for e in lexicon().context.get(outcome, []))


@cache
def phrase_things() -> tuple[tuple[str, frozenset[str], str], ...]:
    """The things the lexicon names in several words, as (last word, other words, category):
    "unmanned aerial vehicle" -> ("vehicle", {"unmanned", "aerial"}, "drones_downed")."""
    return tuple(
        (name.split()[-1], frozenset(name.split()[:-1]), thing)
        for name, thing in lexicon().things.items() if len(name.split()) > 1
    )


def pattern_thing(text: str) -> str | None:
    """The thing category of a word written as a designation ("F-16s", "Su-30MKI"), if any."""
    return next((category for pattern, category in lexicon().patterns if pattern.fullmatch(text)), None)


def outcome_in(lemmas: set[str], outcome: str) -> str | None:
    """The first context entry of ``outcome`` whose lemmas all occur in ``lemmas``."""
    for entry in lexicon().context.get(outcome, []):
        if all(lemma in lemmas for lemma in entry):
            return " ".join(entry)
    return None
