"""Claim groups (issue 14 record practice): counts of unknown subject from two named sides, and
the publication time a member carries. Sentences of the DRC-M23 offensive written for these tests."""

from __future__ import annotations

import pandas as pd

from crisislens.link.claims import build


def _claim(cid: str, art: str, value: int, code: str | None, sentence: str, at: str | None = None) -> dict:
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": str(value), "what": "soldiers killed", "category": "killed", "subject_code": None,
            "claimant_name": {"COD": "Congo's army", "RWA": "Rwanda"}.get(code or ""), "claimant_code": code,
            "sent_start": 0, "sentence": sentence, "ref_date": "2026-03-02", "published": "2026-03-02",
            "published_at": at}


def _meta(n: int) -> pd.DataFrame:
    ids = [f"a{i}" for i in range(1, n + 1)]
    return pd.DataFrame({"article_id": ids, "doc_name": ids, "outlet": [f"O{i}" for i in range(n)],
                         "dup_group": ids, "story_id": ["s"] * n})


def test_two_named_sides_counting_unnamed_soldiers_are_not_a_contradiction():
    """With nobody's soldiers named, each side's toll is most often its own dead: Kinshasa's
    five and Kigali's two are two facts, not rival figures for one."""
    claims = pd.DataFrame([
        _claim("c1", "a1", 5, "COD", "Five soldiers were killed near Sake, Congo's army said."),
        _claim("c2", "a2", 2, "RWA", "Rwanda said two soldiers died in the clash near Sake."),
        _claim("c3", "a3", 5, "COD", "The army said five soldiers had been killed near Sake."),
    ])
    groups, _ = build(claims, _meta(3))
    assert "contradiction" not in set(groups["kind"])
    assert sorted(groups["kind"]) == ["agreement", "single-source"]


def test_one_sides_rival_figures_of_unnamed_soldiers_are_still_compared():
    claims = pd.DataFrame([
        _claim("c1", "a1", 5, "COD", "Five soldiers were killed near Sake, Congo's army said."),
        _claim("c2", "a2", 9, "COD", "Nine soldiers were killed near Sake, the army said."),
    ])
    groups, _ = build(claims, _meta(2))
    # one side, two figures of one day and no order between them: still flagged for a reader
    assert list(groups["kind"]) == ["contradiction"] and list(groups["n_sources"]) == [2]


def test_a_member_carries_the_publication_moment_when_known():
    claims = pd.DataFrame([
        _claim("c1", "a1", 4, "COD", "Four soldiers were killed near Sake, Congo's army said.", "2026-03-02 05:40:00"),
        _claim("c2", "a2", 7, "COD", "Seven soldiers were killed near Sake, Congo's army said.", None),
    ])
    _, members = build(claims, _meta(2))
    at = dict(zip(members["claim_id"], members["published_at"], strict=True))
    assert at["c1"] == pd.Timestamp("2026-03-02 05:40:00")
    assert pd.isna(at["c2"])  # a day alone gives no invented midnight
    assert set(members["published"]) == {"2026-03-02"}


def test_the_store_migration_gives_members_a_publication_time_column(tmp_path):
    from crisislens.store.db import open_store_for_writing

    with open_store_for_writing(tmp_path / "s.duckdb") as store:
        cols = {r[0]: r[1] for r in store.con.execute("DESCRIBE claim_group_members").fetchall()}
    assert cols["published_at"] == "TIMESTAMP" and cols["published"] == "DATE"


def _rwandan_dead(cid: str, art: str, value: int, claimant: str, code: str | None, at: str) -> dict:
    row = _claim(cid, art, value, code, f"{value} Rwandan soldiers were killed near Sake, {claimant} said.", at)
    return {**row, "subject_code": "RWA", "claimant_name": claimant}


def test_another_named_claimants_higher_figure_is_no_revision():
    """Kigali's two dead in the morning and a Congolese officer's eleven in the afternoon
    rise over the day, but the officer does not update Kigali's count: rival figures."""
    claims = pd.DataFrame([
        _rwandan_dead("c1", "a1", 2, "Rwanda's defence ministry", "RWA", "2026-03-02 06:00:00"),
        _rwandan_dead("c2", "a2", 11, "Patrick Mwamba", None, "2026-03-02 15:00:00"),
    ])
    groups, _ = build(claims, _meta(2))
    assert list(groups["kind"])[0] == "contradiction"


def test_a_claimant_raising_its_own_figure_later_is_a_revision():
    claims = pd.DataFrame([
        _rwandan_dead("c1", "a1", 2, "Rwanda's defence ministry", "RWA", "2026-03-02 06:00:00"),
        _rwandan_dead("c2", "a2", 5, "Rwanda's defence ministry", "RWA", "2026-03-02 15:00:00"),
    ])
    groups, _ = build(claims, _meta(2))
    assert list(groups["kind"]) == ["revision"]


def test_the_board_prints_a_members_publication_moment_or_nothing():
    from crisislens.report.sections import member_time

    assert member_time(pd.Timestamp("2026-03-02 05:40:00")) == "2026-03-02 05:40 UTC"
    assert member_time(None) is None and member_time(pd.NaT) is None


def test_an_overnight_toll_counted_next_morning_and_raised_that_day_is_a_revision():
    """The counts refer to the night before (dated the evening before); the morning's four and
    the afternoon's seven of the next day are one side updating, ordered by the clock."""
    rows = [
        {**_rwandan_dead("c1", "a1", 4, "Rwanda's defence ministry", "RWA", "2026-03-03 05:40:00"), "published": "2026-03-03"},
        {**_rwandan_dead("c2", "a2", 7, "Rwanda's defence ministry", "RWA", "2026-03-03 13:20:00"), "published": "2026-03-03"},
    ]
    groups, _ = build(pd.DataFrame(rows), _meta(2))
    assert list(groups["kind"]) == ["revision"]


def test_the_gold_export_gives_each_value_its_publication_moment():
    from crisislens.export.gold import claim_group_entries

    claims = pd.DataFrame([
        _rwandan_dead("c1", "a1", 2, "Rwanda's defence ministry", "RWA", "2026-03-02 06:00:00"),
        _rwandan_dead("c2", "a2", 11, "Patrick Mwamba", None, None),
    ])
    groups, members = build(claims, _meta(2))
    (item,) = claim_group_entries(groups, members)["cross_source"]
    stamps = {v["claim_id"]: v["published_at"] for v in item["values"]}
    assert stamps == {"c1": "2026-03-02T06:00:00Z", "c2": None}
