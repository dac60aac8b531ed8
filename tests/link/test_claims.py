"""Claim groups on the seeds' gold claims: the gold cross-source relations must come out."""

from __future__ import annotations

import json
import math

from crisislens.link import update
from crisislens.link.claims import interval, is_part, people_kind


def _groups(store):
    return store.df('SELECT * FROM claim_groups ORDER BY id')


def _members(store, gid):
    return store.df("SELECT * FROM claim_group_members WHERE group_id = ?", [gid])


def test_bounds_follow_the_qualifier():
    assert interval(31, 31, None, "at least") == (31, math.inf)
    assert interval(24, 25, None, "more than") == (25, math.inf)  # "over two dozen"
    assert interval(26, 26, 26, None) == (26, 26)
    lo, hi = interval(25, None, None, "approximately")
    assert lo < 25 < hi
    assert interval(10, None, None, "up to") == (0.0, 10)
    assert interval(None, None, None, None) is None


def test_including_marks_a_part_count():
    sent = "the Pakistan Air Force retaliated by downing five Indian fighter jets, including three French-made Rafale aircraft, according to Dar."
    assert is_part(sent, "three")
    assert not is_part(sent, "five")


def test_people_kind_separates_civilians_from_soldiers():
    assert people_kind("civilians killed in the strikes") == "civilian"
    assert people_kind("Indian soldiers killed along the LoC") == "military"
    assert people_kind("jets downed") is None


def test_every_gold_contradiction_is_found(seed_store, gold_data):
    update(seed_store)
    groups = _groups(seed_store)
    contra = groups[groups["kind"] == "contradiction"]
    for cross in gold_data["cross_source"]:
        if cross["kind"] != "contradiction":
            continue
        hit = contra[(contra["category"] == cross["category"]) & (contra["subject_code"] == cross["subject_code"])]
        assert len(hit) == 1
        members = _members(seed_store, hit["id"].iloc[0])
        counted = members[members["role"] == "count"]
        assert {v["value"] for v in cross["values"]} == set(counted["value"])
        assert {v["claimant"] for v in cross["values"] if v["claimant"]} <= set(counted["claimant"].dropna())
        # the Rafale subset is kept but not compared
        assert (members["role"] == "part").sum() == 1


def test_gold_agreements_are_found_and_contradictions_are_not_overcalled(seed_store, gold_data):
    update(seed_store)
    groups = _groups(seed_store)
    for cross in gold_data["cross_source"]:
        if cross["kind"] != "agreement":
            continue
        # the gold predates ranges: compatible figures of different precision (24 / 26) are a range
        hit = groups[
            groups["kind"].isin(["agreement", "range"]) & (groups["category"] == cross["category"])
            & (groups["subject_code"] == cross["subject_code"])
        ]
        found = [set(_members(seed_store, g)["value"]) for g in hit["id"]]
        assert {float(v["value"]) for v in cross["values"]} in found
    # precision: only the gold contradiction is flagged on the seeds
    assert (groups["kind"] == "contradiction").sum() == 1


def test_pahalgam_and_strike_deaths_are_never_grouped(seed_store):
    update(seed_store)
    killed = _groups(seed_store).query("category == 'killed'")
    dates = {str(d)[:10] for d in killed["date"]}
    assert {"2025-04-22", "2025-05-07"} <= dates
    for gid in killed["id"]:
        values = set(_members(seed_store, gid)["value"])
        assert values in ({31.0}, {24.0, 26.0})  # May 7 strike toll apart from the Pahalgam toll


def test_values_json_names_claimant_and_outlet(seed_store):
    update(seed_store)
    groups = _groups(seed_store)
    values = json.loads(groups[groups["kind"] == "contradiction"]["values"].iloc[0])
    assert any("Khawaja Asif" in who for whos in values.values() for who in whos)
    assert any("Alliance News" in who for whos in values.values() for who in whos)
