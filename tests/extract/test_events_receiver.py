"""The receiver construction: "X received / got / obtained / accepted Y from Z" is Z's act Y on X.

Sentences written for these tests about several crises (Sudan, Ukraine, the
Sahel, Myanmar, Armenia-Azerbaijan); none comes from a benchmark. The real
actor resolver is used.
"""

from __future__ import annotations

import pytest

from crisislens.model import ASSERTED, NEGATED


def code_real(nlp, text: str):
    from crisislens.actors.resolve import build_index
    from crisislens.extract.events import extract_events
    from crisislens.model import Article

    doc = nlp(text)
    art = Article(id="r", doc_name="r.txt", source="r.txt", text=text, clean_text=text, published="2025-05-08")
    return extract_events(doc, art, build_index(doc, art))


def asserted(events):
    return {(e.source_code, e.target_code, e.cameo) for e in events if e.modality == ASSERTED}


@pytest.mark.parametrize(
    ("text", "giver", "receiver", "code"),
    [
        # the noun has no code of its own: coded as the giving verb's block codes it
        ("Sudan received humanitarian aid from Egypt.", "EGY", "SDN", "07"),
        ("Ukraine received weapons from Germany.", "DEU", "UKR", "072"),
        ("Ukraine got an apology from Poland.", "POL", "UKR", "055"),
        ("Azerbaijan accepted an apology from Armenia.", "ARM", "AZE", "055"),
        ("Armenia received a loan from the IMF.", "IMF", "ARM", "071"),
        # the longest phrase the block names: "financial support" (071), not "support" (051)
        ("Niger received financial support from Algeria.", "DZA", "NER", "071"),
        # the noun's own code: a pledge (030), criticism (111), not the block's "issue criticism" (114)
        ("Armenia obtained a pledge of support from France.", "FRA", "ARM", "030"),
        ("Myanmar received criticism from Thailand.", "THA", "MMR", "111"),
    ],
)
def test_the_giver_acts_on_the_receiver(nlp, text, giver, receiver, code):
    got = asserted(code_real(nlp, text))
    assert any(s == giver and t == receiver and c.startswith(code) for s, t, c in got), got
    assert not any(s == receiver for s, _t, _c in got), got  # the receiver is never the source


def test_a_receiver_with_no_giver_is_not_made_the_source(nlp):
    # PETRARCH-2 codes RECEIVE * &WEAPON [072] with the receiver as source
    got = code_real(nlp, "Ukraine received weapons.")
    assert not any(e.source_code == "UKR" for e in got)


def test_a_received_noun_that_names_no_act_keeps_the_verbs_own_code(nlp):
    # a letter is no event noun: the dictionary's RECEIVE * LETTER [:040] stands, nothing is given
    got = asserted(code_real(nlp, "Sudan received a letter from Egypt."))
    assert got == {("EGY", "SDN", "040")}


def test_received_no_aid_is_negated_not_a_fact(nlp):
    got = code_real(nlp, "Niger received no aid from France.")
    assert not asserted(got)
    assert {(e.source_code, e.target_code, e.modality) for e in got} == {("FRA", "NER", NEGATED)}


def test_assurances_from_a_giver_are_the_givers_act(nlp):
    # "give assurances" (030): Russia assures Armenia
    got = asserted(code_real(nlp, "Armenia received assurances from Russia."))
    assert ("RUS", "ARM", "030") in got


def test_a_verbs_own_reversed_pattern_still_codes_a_noun_received_from_no_one(nlp):
    # RECEIVE * ASSURANCE [:030] already makes the receiver the one acted on: kept, one-sided
    got = code_real(nlp, "Armenia received assurances.")
    assert {(e.source_code, e.target_code, e.cameo) for e in got} == {(None, "ARM", "030")}


def test_patriot_missiles_and_ammunition_from_the_united_states(nlp):
    got = asserted(code_real(nlp, "Ukraine received Patriot missiles and ammunition from the United States."))
    assert ("USA", "UKR", "072") in got and not any(s == "UKR" for s, _t, _c in got)


def test_accepting_demands_is_not_a_demand_made_of_the_accepter(nlp):
    # a demand is not given: "accepted the demands" answers one, so no receiver event is made
    got = code_real(nlp, "Armenia accepted the demands of Azerbaijan.")
    assert not any(e.source_code == "AZE" and e.target_code == "ARM" and e.cameo_root == "10" for e in got)


def test_a_noun_denied_by_its_determiner_is_negated(nlp):
    # "no" denies the noun as "not" denies the verb: the threat was not made
    got = code_real(nlp, "Russia made no threat against Armenia.")
    assert {(e.source_code, e.target_code, e.cameo_root, e.modality) for e in got} == {("RUS", "ARM", "13", NEGATED)}
