"""Refinement rules: small named functions that turn a dictionary code into a more specific one.

Each rule does one thing and is tested alone; ``refine`` applies the rules
that event_coder.json lists under ``refinements``, in that order, the way
spaCy's registries let configuration choose functions by name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from crisislens.events.config import (
    APPEAL_REACH,
    APPEAL_TOPICS,
    CODES,
    CONFIG,
    NOUN_REFINEMENTS,
    PHONE_WORDS,
    REFUSAL_AUX,
    configured,
    registrar,
)
from crisislens.extract.events_lexicon import (
    refusals,
)
from crisislens.model import (
    ASSERTED,
)
from crisislens.syntax import (
    auxiliaries,
    negated,
)

# A rule takes the code so far and the predicate token; it returns the new code and, when the
# rule also fixes it, the modality (None: leave the modality to the clause), or None when it
# does not apply.
Rule = Callable[[str, Token], "tuple[str, str | None] | None"]
RULES: dict[str, Rule] = {}

# ``@rule(name)`` registers a refinement under the name event_coder.json's ``refinements`` chooses it by.
rule = registrar(RULES)


@rule("appeal_topic")
def appeal_topic(code: str, tok: Token) -> tuple[str, str | None] | None:
    """020 "make an appeal" -> the specific appeal its complement names (025, 026, ...).

    The complement follows the appeal verb ("called for restraint", "urged
    talks"): only words after it, within a clause's reach, name the topic.
    """
    if code != CODES["appeal"]:
        return None
    for t in tok.subtree:
        if t.i <= tok.i or t.i - tok.i > APPEAL_REACH:
            continue
        sub = APPEAL_TOPICS.get(t.lemma_.lower()) or APPEAL_TOPICS.get(t.lower_)
        if sub:
            return sub, None
    return None


@rule("phone_call")
def phone_call(code: str, tok: Token) -> tuple[str, str | None] | None:
    """040 -> 041 when the consultation is a call ("telephonic talk", "phone call", "called X")."""
    if code != CODES["consult"]:
        return None
    if tok.lemma_.lower() in PHONE_WORDS or any(c.lower_ in PHONE_WORDS for c in tok.children):
        return CODES["phone_call"], None
    return None


@rule("refusal")
def refusal(code: str, tok: Token) -> tuple[str, str | None] | None:
    """ "would not support", "will not attend": a refused cooperation is a rejection (CAMEO 12), asserted.

    A negated cooperative act with a future or conditional auxiliary states an
    intention not to act: the speaker rejects now, which is the event; the
    code comes from ``event_refusals.tsv`` (the CAMEO 12 sub-code for the
    cooperation refused).
    """
    refused = refusals().get(code[:2])
    if refused is None or not negated(tok) or not auxiliaries(tok) & REFUSAL_AUX:
        return None
    return refused, ASSERTED


def refine(code: str, tok: Token, names: list[str] | None = None) -> tuple[str, str | None, list[str]]:
    """(code, modality or None, names of the rules that fired), the configured rules applied in order.

    The configured names are checked at load (``config.configured``); a caller's own
    list with an unknown name raises KeyError naming it.
    """
    modality: str | None = None
    fired: list[str] = []
    for name in CONFIG["refinements"] if names is None else names:
        got = RULES[name](code, tok)
        if got is not None:
            code, modality = got[0], got[1] or modality
            fired.append(name)
    return code, modality, fired


configured(RULES, CONFIG["refinements"], "refinements")
configured(RULES, NOUN_REFINEMENTS, "noun_refinements")
