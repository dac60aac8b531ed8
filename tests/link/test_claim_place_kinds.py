"""Where a count happened, read from a verb of striking ("missiles struck Kramatorsk", "drones
bombed the Sudanese city of El Fasher"), and the kind of people a count of no stated kind
counts, read from its place: the civilians counted in that town, not the soldiers counted on
the front that day. Sentences and rows written for these tests (Ukraine, Sudan)."""

from __future__ import annotations

import pandas as pd

from crisislens.link.claims import _town_named, build


def test_the_object_of_a_strike_is_where_the_count_happened():
    assert _town_named("Twelve people were killed when Russian missiles struck Kramatorsk on Monday.", "Twelve", set()) == "Kramatorsk"
    assert _town_named("Forty people died after drones bombed the Sudanese city of El Fasher.", "Forty", set()) == "El Fasher"
    assert _town_named("The toll after shells hit the town of Kramatorsk rose to 14.", "14", set()) == "Kramatorsk"


def test_a_town_that_is_no_strikes_object_places_nothing():
    assert _town_named("Officials from the town of Kramatorsk said 12 died.", "12", set()) is None
    assert _town_named("Residents who fled Kramatorsk said 12 died.", "12", set()) is None


def _row(cid: str, art: str, value: int, what: str, sentence: str, claimant: str) -> dict:
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": str(value), "what": what, "category": "killed", "subject_code": "UKR",
            "claimant_name": claimant, "claimant_code": None, "sent_start": 0, "sentence": sentence,
            "ref_date": "2024-04-08", "date": "2024-04-08", "published": "2024-04-08", "published_at": None}


def _groups(rows: list[dict]) -> pd.DataFrame:
    ids = sorted({r["article_id"] for r in rows})
    meta = pd.DataFrame({"article_id": ids, "doc_name": ids, "outlet": ids, "dup_group": ids, "story_id": ["s"] * len(ids)})
    groups, _ = build(pd.DataFrame(rows), meta)
    return groups[groups["parent_id"].isna()]


SOLDIERS = _row("c1", "a1", 30, "soldiers killed", "Ukraine said 30 of its soldiers were killed on the front on Monday.", "Ukraine's army")
CIVILIANS = _row("c2", "a2", 12, "civilians killed", "12 civilians were killed in Kramatorsk on Monday, the mayor said.", "Oleksandr Honcharenko")
UNSTATED = _row("c3", "a3", 12, "number killed", "The number killed in Kramatorsk on Monday rose to 12, police said.", "Ukrainian police")


def test_a_count_of_no_stated_kind_in_a_town_is_of_the_kind_counted_there():
    groups = _groups([SOLDIERS, CIVILIANS, UNSTATED])
    agreed = groups[groups["kind"] == "agreement"]
    assert len(agreed) == 1 and "12" in agreed["values"].iloc[0], groups[["kind", "values"]]


def test_an_unplaced_count_of_no_stated_kind_still_stands_apart_from_both_kinds():
    unplaced = {**UNSTATED, "sentence": "The number killed on Monday rose to 12, police said."}
    groups = _groups([SOLDIERS, CIVILIANS, unplaced])
    assert "agreement" not in set(groups["kind"]), groups[["kind", "values"]]
