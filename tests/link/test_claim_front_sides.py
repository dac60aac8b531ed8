"""Claim groups: a count of people put on a side of the front by its own words ("the toll on its
side", "killed on the Armenian side") is of that state's ground, apart from the other side's
count in one sentence (claim_sides.side_state, claims._count_state); a voice of no known state
saying a state's toll "had risen to" a figure updates it, it is no rival (claims._sides_clash);
', and the army said' begins a second report (claim_clause_breaks.tsv). Sentences composed about
Armenia-Azerbaijan, Ukraine and Sudan, with negatives."""

from __future__ import annotations

import pandas as pd

from crisislens.link.claim_sides import side_state
from crisislens.link.claims import build, count_clause


def _meta(ids):
    return pd.DataFrame({"article_id": ids, "doc_name": ids, "outlet": [f"O {i}" for i in ids],
                         "dup_group": ids, "story_id": ["s"] * len(ids)})


def _dead(cid, art, value, number_text, sentence, claimant, code, subject, published="2026-09-30"):
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": number_text, "what": "civilians killed", "category": "killed", "subject_code": subject,
            "claimant_name": claimant, "claimant_code": code, "sent_start": 0, "sentence": sentence,
            "ref_date": "2026-09-30", "published": published}


def test_side_state_reads_its_side_and_a_named_side():
    assert side_state("while Azerbaijan's ministry put the toll on its side at nine civilians", "AZE") == "AZE"
    assert side_state("Four civilians were killed on the Armenian side of the border", None) == "ARM"
    # negatives: no side named; a pronoun's side with no state behind the claimant
    assert side_state("Four civilians were killed in the shelling", "ARM") is None
    assert side_state("the toll on its side rose to nine", None) is None


def test_a_toll_on_the_claimants_side_stands_apart_from_the_others_toll():
    """Armenia's four dead and Azerbaijan's nine 'on its side', both read as Armenian dead by
    extraction: two sides' own tolls, not a clash of 4 and 9."""
    sent = ("Armenian officials said four civilians were killed on the Armenian side, while Azerbaijan's defence "
            "ministry put the toll on its side at nine civilians.")
    claims = pd.DataFrame([
        _dead("c1", "a1", 4, "four", sent, "Armenian officials", "ARM", "ARM"),
        _dead("c2", "a1", 9, "nine", sent, "Azerbaijan's defence ministry", "AZE", "ARM"),
        _dead("c3", "a2", 4, "Four", "Four civilians were killed on the Armenian side, Armenian officials said.",
              "Armenian officials", "ARM", "ARM"),
    ])
    groups, _ = build(claims, _meta(["a1", "a2"]), None, None)
    assert "contradiction" not in set(groups["kind"])
    assert "agreement" in set(groups["kind"])


def test_a_voice_of_no_state_saying_the_toll_rose_updates_it():
    claims = pd.DataFrame([
        _dead("c1", "a1", 7, "seven", "Sudanese officials said seven civilians were killed in the shelling of Kadugli.",
              "Sudanese officials", "SDN", "SDN", "2026-09-30"),
        _dead("c2", "a2", 9, "nine", "Brigadier Nabil Abdallah said the number of civilians killed in the shelling of "
              "Kadugli had risen to nine.", "Nabil Abdallah", None, "SDN", "2026-10-01"),
    ])
    groups, _ = build(claims, _meta(["a1", "a2"]), None, None)
    assert list(groups[groups["parent_id"].isna()]["kind"]) == ["revision"]


def test_a_voice_of_no_state_giving_its_own_higher_figure_is_a_rival():
    """Negative: the same voice claiming nine, with no word of the toll rising, is a rival figure."""
    claims = pd.DataFrame([
        _dead("c1", "a1", 7, "seven", "Sudanese officials said seven civilians were killed in the shelling of Kadugli.",
              "Sudanese officials", "SDN", "SDN", "2026-09-30"),
        _dead("c2", "a2", 9, "nine", "Brigadier Nabil Abdallah said nine civilians were killed in the shelling of Kadugli.",
              "Nabil Abdallah", None, "SDN", "2026-10-01"),
    ])
    groups, _ = build(claims, _meta(["a1", "a2"]), None, None)
    assert list(groups[groups["parent_id"].isna()]["kind"]) == ["contradiction"]


def test_and_the_army_said_begins_a_second_report():
    sent = ("The toll in the shelling of Kherson remained at four civilians, and the army said the two soldiers "
            "killed near Bakhmut had been buried.")
    assert "Kherson" not in count_clause(sent, "two")
    # negative: 'and the army' inside one report's list of who was hit is no break
    assert "Kherson" in count_clause("Four civilians were killed in Kherson and the army lost two soldiers.", "Four")


def _held(cid, art, value, number_text, what, sentence, claimant, code, subject):
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": number_text, "what": what, "category": "detained", "subject_code": subject,
            "claimant_name": claimant, "claimant_code": code, "sent_start": 0, "sentence": sentence,
            "ref_date": "2026-04-02", "published": "2026-04-02"}


def _captives(second_subject: str | None) -> pd.DataFrame:
    return pd.DataFrame([
        _held("c1", "a1", 40, "40", "soldiers captured", "The Arakan Army said it had captured 40 soldiers.",
              "Arakan Army", "NSG", None),
        _held("c2", "a2", 40, "40", "junta soldiers captured", "The Arakan Army said it captured 40 junta soldiers "
              "near Paletwa.", "Arakan Army", "NSG", "MMR"),
        _held("c3", "a3", 0, "any", "soldiers captured", "Major General Zaw Min Tun denied that any soldiers had "
              "been captured.", "Zaw Min Tun", None, None),
        *([_held("c4", "a4", 12, "12", "soldiers detained", "Twelve Bangladeshi border guards were detained, "
                 "Dhaka said.", "Dhaka", "BGD", second_subject)] if second_subject else []),
    ])


def test_captives_of_unknown_side_are_the_days_one_named_side():
    """The Arakan Army's 40 soldiers, once written 'junta soldiers', and the junta's denial that
    any were captured: one count of Myanmar's soldiers, a contradiction."""
    groups, members = build(_captives(None), _meta(["a1", "a2", "a3"]), None, None)
    top = groups[groups["parent_id"].isna() & (groups["kind"] == "contradiction")]
    assert list(top["subject_code"]) == ["MMR"]
    assert set(members[members["group_id"] == top["id"].iloc[0]]["claim_id"]) == {"c1", "c2", "c3"}


def test_captives_on_a_day_two_sides_men_are_held_keep_no_side():
    """Negative: with another state's soldiers also held that day, the day names no one side."""
    groups, members = build(_captives("BGD"), _meta(["a1", "a2", "a3", "a4"]), None, None)
    c1_groups = set(members[members["claim_id"] == "c1"]["group_id"])
    assert set(groups[groups["id"].isin(c1_groups)]["subject_code"].dropna()) == set()
