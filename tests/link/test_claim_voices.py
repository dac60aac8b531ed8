"""Unnamed local voices of no state ("local officials", "medics") counting one town's dead on
two days are one count growing, not two rival sides; two named voices still are. Rows for the
linker written for these tests about strikes on Gaza's Deir al-Balah and Myanmar's Sagaing."""

from __future__ import annotations

from tests.link.conftest import top_kinds

from crisislens.link.claim_scope import named_voice


def _toll(cid: str, art: str, value: int, claimant: str, town: str, published: str) -> dict:
    sentence = f"{value} people were killed in the air strike on {town} on Monday, {claimant} said."
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": str(value), "what": "people killed", "category": "killed", "subject_code": None,
            "claimant_name": claimant, "claimant_code": None, "sent_start": 0, "sentence": sentence,
            "ref_date": "2025-03-03", "date": "2025-03-03", "published": published, "published_at": None}


_kinds = top_kinds


def test_common_nouns_are_unnamed_voices_names_are_not():
    assert not named_voice("local officials") and not named_voice("Medics") and not named_voice("hospital staff")
    assert named_voice("Dr Khalil Daqran") and named_voice("Medics at Al-Aqsa Hospital") and named_voice("Police")


def test_one_towns_toll_from_local_officials_then_medics_next_day_is_a_revision():
    rows = [_toll("c1", "a1", 5, "local officials", "Deir al-Balah", "2025-03-03"),
            _toll("c2", "a2", 12, "medics", "Deir al-Balah", "2025-03-04")]
    assert _kinds(rows) == ["revision"]


def test_a_sentence_initial_plural_voice_is_still_unnamed():
    rows = [_toll("c1", "a1", 9, "residents", "Sagaing", "2025-03-03"),
            _toll("c2", "a2", 21, "Rescuers", "Sagaing", "2025-03-04")]
    assert _kinds(rows) == ["revision"]


def test_two_named_voices_of_no_state_stay_rival_figures():
    rows = [_toll("c1", "a1", 5, "Dr Khalil Daqran", "Deir al-Balah", "2025-03-03"),
            _toll("c2", "a2", 12, "Mahmoud Basal", "Deir al-Balah", "2025-03-04")]
    assert _kinds(rows) == ["contradiction"]


def test_a_lower_figure_later_from_unnamed_voices_is_still_no_revision():
    rows = [_toll("c1", "a1", 12, "local officials", "Deir al-Balah", "2025-03-03"),
            _toll("c2", "a2", 5, "medics", "Deir al-Balah", "2025-03-04")]
    assert _kinds(rows) == ["contradiction"]
