"""A total over several places or sides ("across the country", "on both sides", "a total of")
is a sum, not a rival figure for one town's or one side's count. Rows for the linker written
for these tests about Russian strikes on Ukraine and the fighting in eastern Congo."""

from __future__ import annotations

from tests.link.conftest import top_kinds

from crisislens.link.claim_scope import is_aggregate


def _row(cid: str, art: str, value: int, sentence: str, claimant: str, subject: str = "UKR") -> dict:
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": str(value), "what": "civilians killed", "category": "killed", "subject_code": subject,
            "claimant_name": claimant, "claimant_code": None, "sent_start": 0, "sentence": sentence,
            "ref_date": "2024-08-26", "date": "2024-08-26", "published": "2024-08-26", "published_at": None}


def _kinds(rows: list[dict]) -> list[str]:
    return sorted(top_kinds(rows))


def test_phrases_of_a_total():
    assert is_aggregate("At least 40 civilians were killed across the country on Monday")
    assert is_aggregate("a total of 120 people have died on both sides since Friday")
    assert is_aggregate("the overall toll rose to 60")
    # the other side of a border, or one province, is no total
    assert not is_aggregate("shells fired from across the border killed 12 people in Kharkiv")
    assert not is_aggregate("12 people were killed in Kharkiv province")


def test_a_countrys_total_is_no_rival_for_one_towns_toll():
    rows = [_row("c1", "a1", 7, "7 civilians were killed in Kharkiv on Monday, the governor said.", "governor"),
            _row("c2", "a2", 7, "Seven civilians died in Kharkiv on Monday, police said.", "police"),
            _row("c3", "a3", 23, "In all, 23 civilians were killed across the country on Monday, the interior minister said.",
                 "interior minister")]
    assert _kinds(rows) == ["agreement", "single-source"]


def test_two_totals_that_differ_still_clash():
    rows = [_row("c1", "a1", 23, "23 civilians were killed across the country on Monday, Kyiv said.", "Kyiv"),
            _row("c2", "a2", 41, "A total of 41 civilians were killed across the country on Monday, Ukrinform said.", "Ukrinform")]
    assert _kinds(rows) == ["contradiction"]


def test_without_a_total_a_second_figure_for_the_town_is_compared():
    rows = [_row("c1", "a1", 7, "7 civilians were killed in Kharkiv on Monday, the governor said.", "Oleh Syniehubov"),
            _row("c2", "a2", 23, "23 civilians were killed on Monday, the interior minister said.", "Ihor Klymenko")]
    assert _kinds(rows) == ["contradiction"]
