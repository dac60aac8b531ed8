"""PETRARCH-2's transformations: a speaker's report of its own act (sentences written for these tests)."""

from __future__ import annotations

import pytest
from test_events_support import code_text  # noqa: E402

from crisislens.events.transform import intent_code
from crisislens.model import ASSERTED


def coded(events):
    return {(e.source_code, e.target_code, e.cameo) for e in events}


def test_a_stated_refusal_is_the_rejection_not_a_statement(nlp):
    events = code_text(nlp, "Turkey says it will not accept more refugees from Iran.")
    assert any(e.source_code == "TUR" and e.cameo_root == "12" and e.modality == ASSERTED for e in events)
    assert not any(e.source_code == "TUR" and e.cameo_root == "01" for e in events)


def test_a_stated_future_release_is_the_intent_to_release(nlp):
    events = code_text(nlp, "Iran said it would release the British sailors.")
    intent = [e for e in events if e.cameo == "0353"]
    assert intent and intent[0].source_code == "IRN" and intent[0].modality == ASSERTED
    assert intent[0].how.startswith("transform:stated_intent")
    # the release itself has not happened: it stays hypothetical
    assert all(e.modality != ASSERTED for e in events if e.cameo_root == "08")


def test_a_reported_own_past_act_is_that_act(nlp):
    events = code_text(nlp, "China said it had expelled two American diplomats.")
    assert ("CHN", "USA", "166") in coded(events)
    assert not any(e.cameo_root == "01" for e in events)


def test_claiming_ones_own_attack_is_a_claim_of_responsibility(nlp):
    events = code_text(nlp, "Russia claimed that it had attacked a Turkish convoy.")
    assert ("RUS", "TUR", "015") in coded(events)
    assert any(e.cameo_root in {"18", "19"} and e.source_code == "RUS" for e in events)


def test_a_report_of_someone_elses_act_stays_a_statement(nlp):
    events = code_text(nlp, "France said Iran would release the British sailors.")
    assert any(e.source_code == "FRA" and e.cameo_root == "01" for e in events)
    assert not any(e.source_code == "FRA" and e.cameo_root == "03" for e in events)


def test_intent_codes_follow_the_code_books_parallel_sub_codes():
    assert intent_code("0841") == "0353"  # the longest prefix wins
    assert intent_code("062") == "0312"
    assert intent_code("190") == "138"
    assert intent_code("010") is None
    assert intent_code("036") == "036"  # an intent stated is that intent


def test_an_unspecified_threat_takes_the_code_of_the_act_threatened(nlp):
    events = code_text(nlp, "Russia threatened to impose sanctions on Iran.")
    assert ("RUS", "IRN", "1312") in coded(events)
    assert any(e.cameo_root == "16" and e.modality != ASSERTED for e in events)  # the sanctions are not imposed


def test_an_offer_to_host_talks_is_the_intent_to_meet_or_to_mediate(nlp):
    events = code_text(nlp, "Turkey offered to host peace talks with Russia.")
    assert ("TUR", "RUS", "036") in coded(events)
    # PETRARCH's HOST block: "- * TALKS (BETWEEN ...) [039]": hosting talks between two others is mediation
    events = code_text(nlp, "France offered to host talks between Iran and the United States.")
    assert {("FRA", "IRN", "039"), ("FRA", "USA", "039")} <= coded(events)
    assert all(e.modality != ASSERTED for e in events if e.cameo_root == "04")  # the talks are only offered


def test_reports_nested_ten_deep_are_bounded_and_keep_the_outer_statement(nlp):
    import time

    text = "France said " + "that Iran said " * 10 + "that Russia would release the British sailors."
    t0 = time.perf_counter()
    events = code_text(nlp, text)
    assert time.perf_counter() - t0 < 10
    # the French statement is about someone else's act: it stays a statement
    assert any(e.source_code == "FRA" and e.cameo_root == "01" for e in events)
    assert len(events) <= 20


def test_saying_another_party_must_act_is_a_demand_of_it(nlp):
    events = code_text(nlp, "Iran said Turkey must withdraw its troops from Iraq.")
    assert ("IRN", "TUR", "100") in coded(events)
    assert not any(e.source_code == "IRN" and e.cameo_root == "01" for e in events)
    # the speaker's own obligation is no demand
    own = code_text(nlp, "Iran said it must defend itself.")
    assert not any(e.cameo_root == "10" for e in own)


def test_a_stated_future_refusal_is_a_rejection_now(nlp):
    events = code_text(nlp, "Turkey has said it will refuse to comply with the EU's demands.")
    assert any(e.source_code == "TUR" and e.cameo_root == "12" and e.modality == ASSERTED for e in events)


def test_transformations_run_by_name_and_a_misspelt_name_is_an_error_naming_it():
    from crisislens.events.config import CoderConfigError, configured
    from crisislens.extract.events import TRANSFORMS

    got = configured(TRANSFORMS, ["own_report", "intended_act"], "transformations")
    assert got == [TRANSFORMS["own_report"], TRANSFORMS["intended_act"]]
    with pytest.raises(CoderConfigError, match="'own_reprot'"):
        configured(TRANSFORMS, ["intended_act", "own_reprot"], "transformations")


def test_the_code_book_fields_follow_a_recoded_event(nlp):
    # the unspecified threat (130) recoded to the threat of sanctions (1312) carries 1312's PLOVER and Goldstein
    from crisislens.extract.codebook import lookup

    threat = next(e for e in code_text(nlp, "Russia threatened to impose sanctions on Iran.") if e.cameo == "1312")
    entry = lookup("1312")
    assert (threat.cameo_root, threat.plover, threat.goldstein) == ("13", entry.plover, entry.goldstein)
    assert "+transform:intended_act" in threat.how


def test_a_misspelt_refinement_is_an_error_naming_it():
    from crisislens.events.config import CoderConfigError, configured
    from crisislens.events.rules import RULES

    configured(RULES, ["appeal_topic", "refusal"], "refinements")
    with pytest.raises(CoderConfigError, match="'phone_cal'"):
        configured(RULES, ["phone_cal"], "noun_refinements")
