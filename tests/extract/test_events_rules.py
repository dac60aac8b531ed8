"""The refinement rules, each alone on sentences written for the test, and the registry that orders them."""

from __future__ import annotations

import pytest

from crisislens.events.rules import RULES, refine
from crisislens.model import ASSERTED


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_appeal_topic_names_the_appeal(nlp):
    tok = _verb(nlp, "The council urged both sides to exercise restraint.", "urge")
    assert RULES["appeal_topic"]("020", tok) == ("025", None)
    assert RULES["appeal_topic"]("111", tok) is None  # only appeals are refined


def test_phone_call_refines_a_consultation(nlp):
    tok = _verb(nlp, "The minister called his counterpart.", "call")
    assert RULES["phone_call"]("040", tok) == ("041", None)


def test_refusal_needs_negation_and_a_future_or_conditional_auxiliary(nlp):
    tok = _verb(nlp, "Turkey would not support the bid.", "support")
    assert RULES["refusal"]("051", tok) == ("120", ASSERTED)
    plain = _verb(nlp, "Turkey did not support the bid.", "support")
    assert RULES["refusal"]("051", plain) is None


def test_refine_applies_the_configured_rules_in_order_and_names_them(nlp):
    tok = _verb(nlp, "Turkey would not support the bid.", "support")
    assert refine("051", tok) == ("120", ASSERTED, ["refusal"])
    assert refine("051", tok, []) == ("051", None, [])
    with pytest.raises(KeyError):
        refine("051", tok, ["no_such_rule"])


def test_noun_refinements_come_from_the_configuration_and_exclude_the_verb_only_refusal():
    from crisislens.events.config import CONFIG, NOUN_REFINEMENTS

    assert CONFIG["noun_refinements"] == NOUN_REFINEMENTS
    assert set(NOUN_REFINEMENTS) <= set(RULES)
    assert "refusal" not in NOUN_REFINEMENTS


def test_the_coder_takes_require_dyad_from_the_configuration(nlp):
    from test_events_support import FakeIndex

    from crisislens.events.config import REQUIRE_DYAD
    from crisislens.extract.events import _Coder
    from crisislens.model import Article

    text = "Kenya condemned the decision."
    doc = nlp(text)
    art = Article(id="t", doc_name="t.txt", source="t.txt", text=text, clean_text=text)
    assert _Coder(doc, art, FakeIndex(doc)).require_dyad is REQUIRE_DYAD
    assert _Coder(doc, art, FakeIndex(doc), require_dyad=True).require_dyad is True
