"""Second-pass recall rules of the event coder, on real crisis sentences (stand-in index)."""

from __future__ import annotations

from test_events_support import code_text  # noqa: E402

from crisislens.extract.dates import reference_date


def dyads(events):
    return {(e.source_code, e.target_code, e.cameo_root) for e in events}


def test_group_noun_with_inclusion_list_codes_each_member(nlp):
    text = "Several global powers, including the United Nations, have urged both Pakistan and India to de-escalate."
    assert dyads(code_text(nlp, text)) == {("UNO", "PAK", "02"), ("UNO", "IND", "02")}


def test_appeal_for_restraint_without_addressee_targets_the_crisis_dyad(nlp):
    text = (
        "Tensions between India and Pakistan rose after the strikes. "
        "Iran, Malaysia, and Turkey have all called for restraint amid rising tensions."
    )
    got = dyads(code_text(nlp, text))
    assert {("IRN", "IND", "02"), ("IRN", "PAK", "02"), ("TUR", "IND", "02"), ("TUR", "PAK", "02")} <= got


def test_crisis_dyad_is_the_coordinated_pair_not_the_most_mentioned_state(nlp):
    text = (
        "The United States spoke to India and Pakistan. The United States was worried. "
        "The United States said so. Saudi Arabia has issued a call for restraint."
    )
    got = {t for s, t, r in dyads(code_text(nlp, text)) if s == "SAU"}
    assert got == {"IND", "PAK"}


def test_collective_pronoun_under_a_speech_verb_is_the_speaker(nlp):
    text = "The United States said it is monitoring the situation and urged both countries to talk. India and Pakistan agreed."
    got = dyads(code_text(nlp, text))
    assert ("USA", "IND", "02") in got and ("USA", "PAK", "02") in got


def test_coordinated_sides_of_a_contact_act_on_each_other(nlp):
    events = code_text(nlp, "Pakistan and India have made contact after the strikes.")
    assert dyads(events) == {("PAK", "IND", "04"), ("IND", "PAK", "04")}


def test_condemning_an_unattributed_attack_targets_unnamed_attackers(nlp):
    events = code_text(nlp, "On April 25, the United Nations condemned the attack in the strongest terms.")
    assert dyads(events) == {("UNO", "NSG", "11")}
    assert events[0].date == "2025-04-25"
    # a named perpetrator stays the target
    assert dyads(code_text(nlp, "Turkey denounced the Indian attacks.")) == {("TUR", "IND", "11")}


def test_phone_call_and_date_preposition(nlp):
    events = code_text(nlp, "US Secretary Hegseth, on May 01, called India to express his condolences.")
    assert ("USA", "IND", "04") in dyads(events)
    call = next(e for e in events if e.cameo_root == "04")
    assert call.cameo == "041" and call.date == "2025-05-01"


def test_relative_dates_resolve_against_the_texts_own_date_when_unpublished(nlp):
    text = "India struck Pakistan on May 7, 2025. Also on Wednesday, Pakistan condemned India."
    events = code_text(nlp, text, published=None)
    cond = next(e for e in events if e.cameo_root == "11")
    assert cond.date == "2025-05-07"


def test_reference_date_is_the_latest_full_date():
    assert reference_date("Strikes on May 7, 2025 and talks on 9 May 2025; see 2025-05-08.") == "2025-05-09"
    assert reference_date("On May 7 India struck.") is None
    assert reference_date("") is None


def test_participle_without_target_inherits_its_governors_target(nlp):
    text = "Turkey spoke with Pakistan, expressing deep solidarity and extending condolences to the victims."
    events = code_text(nlp, text)
    assert ("TUR", "PAK", "04") in dyads(events)
    assert any(e.cameo == "018" and e.target_code == "PAK" for e in events)
