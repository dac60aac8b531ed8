"""Third-pass event dating: datelines, headlines, paragraph days, the article's main event day."""

from __future__ import annotations

from test_events_support import code_text  # noqa: E402


def dated(events):
    return {(e.source_code, e.target_code, e.cameo_root, e.date) for e in events}


def test_dateline_date_does_not_date_the_lead_events(nlp):
    text = (
        "ISLAMABAD, May 8 (Alliance News) – Pakistan condemned India for the strikes."
    )
    events = code_text(nlp, text, published="2025-05-08")
    got = {(s, t, r, d) for s, t, r, d in dated(events) if r == "11"}
    assert got == {("PAK", "IND", "11", None)}


def test_headline_in_the_present_tense_is_the_reports_day(nlp):
    text = "India holds talks with the United States\nThe talks covered trade."
    events = code_text(nlp, text, published="2025-05-01")
    assert ("IND", "USA", "04", "2025-05-01") in dated(events)


def test_simple_past_statement_takes_the_paragraphs_day(nlp):
    text = (
        "On May 1, the United States called India. "
        "During the conversation, India accused Pakistan of supporting terrorism."
    )
    events = code_text(nlp, text, published="2025-05-03")
    assert ("IND", "PAK", "11", "2025-05-01") in dated(events)


def test_a_year_or_period_does_not_carry_on_to_the_next_sentence(nlp):
    """ "the heaviest since 2016" names background, not the day of what follows."""
    text = (
        "Residents said the shelling was the heaviest since 2016. "
        "Iran accused Saudi Arabia of arming the rebels."
    )
    events = code_text(nlp, text, published="2024-03-02")
    assert ("IRN", "SAU", "11", None) in dated(events)


def test_a_night_carries_on_like_a_day(nlp):
    text = (
        "On the night of May 3, Russia shelled villages near the border. "
        "Kuwait accused Russia of killing civilians."
    )
    events = code_text(nlp, text, published="2024-05-06")
    assert ("KWT", "RUS", "11", "2024-05-03") in dated(events)


def test_present_perfect_statement_does_not_take_the_paragraphs_day(nlp):
    text = (
        "On Wednesday, Kuwait urged India to show restraint. "
        "Saudi Arabia has condemned Pakistan."
    )
    events = code_text(nlp, text, published="2025-05-01")
    # not the paragraph's Wednesday (April 30): a present perfect reports the publication day
    assert ("SAU", "PAK", "11", "2025-05-01") in dated(events)


def test_undated_retaliation_in_its_own_paragraph_gets_the_main_event_day(nlp):
    text = (
        "India launched strikes on Pakistan early on Wednesday.\n"
        "In swift retaliation, Pakistan shot down five Indian jets."
    )
    events = code_text(nlp, text, published="2025-05-08")
    assert ("IND", "PAK", "19", "2025-05-07") in dated(events)
    assert ("PAK", "IND", "19", "2025-05-07") in dated(events)


def test_no_main_day_without_a_dated_strike(nlp):
    text = "India launched strikes on Pakistan.\nIn swift retaliation, Pakistan shot down five Indian jets."
    events = code_text(nlp, text, published="2025-05-08")
    assert all(e.date is None for e in events)


def test_dated_strike_noun_by_one_side_is_coded_against_the_other(nlp):
    text = (
        "Tensions between India and Pakistan are high. "
        "The revelation comes amid a tense standoff following India's strikes on May 7, "
        "which Pakistan has strongly condemned and responded to."
    )
    events = code_text(nlp, text, published="2025-05-08")
    assert ("IND", "PAK", "19", "2025-05-07") in dated(events)


def test_undated_strike_in_a_time_phrase_is_not_an_event(nlp):
    text = "The two sides made contact in the aftermath of India's missile strikes on Pakistani territory."
    events = code_text(nlp, text, published="2025-05-08")
    assert not [e for e in events if e.cameo_root == "19"]


def dyads(events):
    return {(e.source_code, e.target_code, e.cameo_root) for e in events}


def test_reported_judgement_of_a_rivals_strikes_is_an_accusation(nlp):
    text = "Tensions between India and Pakistan rose. Pakistani Foreign Minister Ishaq Dar said the recent Indian airstrikes against Pakistan marked a serious act of aggression."
    got = dyads(code_text(nlp, text))
    assert ("PAK", "IND", "11") in got
    assert ("IND", "PAK", "19") not in got  # the strikes are judged here, not reported


def test_reported_content_without_accusing_words_is_no_accusation(nlp):
    text = "Tensions between India and Pakistan rose. Pakistani Foreign Minister Ishaq Dar said the Indian minister visited Pakistan last year."
    assert ("PAK", "IND", "11") not in dyads(code_text(nlp, text))


def test_third_party_warning_against_escalation_appeals_to_both_sides(nlp):
    text = "Tensions between India and Pakistan rose. France warned against escalation."
    got = dyads(code_text(nlp, text))
    assert {("FRA", "IND", "02"), ("FRA", "PAK", "02")} <= got
    assert not any(r == "13" for _, _, r in got)


def test_partys_warning_about_its_own_response_threatens_the_other_party(nlp):
    text = "Tensions between India and Pakistan rose. Pakistani Foreign Minister Ishaq Dar warned that Pakistan will decide the time and nature of its response."
    assert ("PAK", "IND", "13") in dyads(code_text(nlp, text))


def test_relative_pronoun_object_stands_for_its_antecedent(nlp):
    text = "Tensions between India and Pakistan rose. The talks follow India's missile strikes, which Pakistan has strongly condemned."
    assert ("PAK", "IND", "11") in dyads(code_text(nlp, text))


def test_a_present_clause_under_a_dated_past_saying_keeps_the_sayings_date(nlp):
    """Only a report's own present tense is news of the publication day: "On May 3, Iran
    said it supports Pakistan" is dated May 3 (it was dated the publication day)."""
    events = code_text(nlp, "On May 3, Iran said it supports Pakistan.", published="2025-05-08")
    support = [d for s, t, r, d in dated(events) if (s, t, r) == ("IRN", "PAK", "05")]
    assert support == ["2025-05-03"]
