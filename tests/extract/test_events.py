"""Event coding on real crisis sentences, with the stand-in index (the coder's own logic)."""

from __future__ import annotations

from test_events_support import code_text  # noqa: E402

from crisislens.extract.codebook import codebook, lookup
from crisislens.model import FUTURE, HYPOTHETICAL, NEGATED


def dyads(events):
    return {(e.source_code, e.target_code, e.cameo_root) for e in events}


def test_shoot_down_is_a_fight_event_dated_from_weekday(nlp):
    events = code_text(nlp, "Pakistan shot down five Indian jets on Wednesday.")
    assert dyads(events) == {("PAK", "IND", "19")}
    assert events[0].plover == "ASSAULT" and events[0].date == "2025-05-07"
    assert events[0].goldstein == lookup(events[0].cameo).goldstein < 0


def test_appeal_to_two_states_fans_out_and_is_refined_to_restraint(nlp):
    events = code_text(nlp, "The EU called on India and Pakistan to exercise restraint.")
    assert dyads(events) == {("EU", "IND", "02"), ("EU", "PAK", "02")}
    assert {e.cameo for e in events} == {"025"}
    assert {e.plover for e in events} == {"REQUEST"}


def test_coordinated_sources_fan_out_from_a_nominal_appeal(nlp):
    text = "Similarly, the United Kingdom, Russia, and France have issued calls for restraint to India and Pakistan."
    got = dyads(code_text(nlp, text))
    assert got == {(s, t, "02") for s in ("GBR", "RUS", "FRA") for t in ("IND", "PAK")}


def test_nominal_condemnation_carried_by_statement(nlp):
    events = code_text(nlp, "Türkiye issued a statement of condemnation against India.")
    assert dyads(events) == {("TUR", "IND", "11")}


def test_strikes_on_places_target_the_state_they_lie_in(nlp):
    events = code_text(nlp, "India launched strikes early Wednesday morning on six locations across Pakistan.")
    assert dyads(events) == {("IND", "PAK", "19")}
    assert events[0].cameo == "195"


def test_modality_marks_hypothetical_future_and_denied(nlp):
    assert code_text(nlp, "Pakistan could attack India.")[0].modality == HYPOTHETICAL
    assert code_text(nlp, "Pakistan will attack India.")[0].modality == FUTURE
    denied = code_text(nlp, "Pakistan did not attack India.")
    assert denied and denied[0].modality == NEGATED


def test_material_aid_and_condemnation_in_one_sentence(nlp):
    text = "Turkey not only denounced the Indian attacks but also provided drones to Pakistan."
    got = {(e.source_code, e.target_code, e.cameo) for e in code_text(nlp, text)}
    assert ("TUR", "IND", "111") in got and ("TUR", "PAK", "072") in got


def test_no_event_without_an_actor_on_both_sides(nlp):
    assert code_text(nlp, "The strikes hit six locations overnight.") == []


def test_ids_are_stable_and_evidence_is_the_sentence(nlp):
    text = "Pakistan shot down five Indian jets on Wednesday."
    a, b = code_text(nlp, text), code_text(nlp, text)
    assert [e.id for e in a] == [e.id for e in b]
    assert a[0].sentence == text and (a[0].sent_start, a[0].sent_end) == (0, len(text))


def test_long_run_on_sentence_and_many_actors_do_not_crash(nlp):
    names = ", ".join(["India", "Pakistan", "China", "Russia", "France", "Iran", "Kuwait"] * 6)
    text = f"The United Nations urged {names} to exercise restraint " + "and calm " * 150 + "."
    events = code_text(nlp, text)
    assert all(e.source_code == "UNO" for e in events)
    assert len(events) <= 12


def test_codebook_covers_roots_and_plover_conventions():
    book = codebook()
    assert {c.root for c in book.values()} == {f"{i:02d}" for i in range(1, 21)}
    assert book["025"].plover == "REQUEST" and book["016"].plover == "REJECT"
    assert book["010"].plover is None
    assert lookup("1959").code == "195"  # unknown sub-code falls back to its parent
