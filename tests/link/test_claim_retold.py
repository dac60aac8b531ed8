"""Claim groups: the day a statement was made ("the ministry said on Wednesday that ...") is no
day of its count (claim_period.tsv 'statement', claim_scope.count_span), so it does not part the
count from a running total's; a count its words give no day, dated only by its report's story,
whose figure of its kind the next day's reports give, is that count (claims._retold_later).
Sentences composed about Ukraine and Armenia-Azerbaijan, with negatives."""

from __future__ import annotations

import pandas as pd

from crisislens.link.claim_scope import count_span
from crisislens.link.claims import build


def _meta(ids):
    return pd.DataFrame({"article_id": ids, "doc_name": ids, "outlet": [f"O {i}" for i in ids],
                         "dup_group": ids, "story_id": ["s"] * len(ids)})


def _soldiers(cid, art, value, number_text, sentence, claimant, code, subject, ref, published, date=None,
              qualifier=None):
    return {"id": cid, "article_id": art, "value": value, "low": value + 1 if qualifier == "more than" else value,
            "high": None if qualifier else value, "qualifier": qualifier, "number_text": number_text,
            "what": "soldiers killed", "category": "killed", "subject_code": subject, "claimant_name": claimant,
            "claimant_code": code, "sent_start": 0, "sentence": sentence, "ref_date": ref, "published": published,
            "date": date}


def test_the_day_of_a_statement_is_no_day_of_its_count():
    assert count_span("Russia's defence ministry said on Wednesday that more than 50 soldiers had been killed") is None
    assert count_span("Three soldiers were killed on Tuesday, the ministry said") == "day"  # negative


def test_a_total_since_a_day_meets_a_figure_stated_on_a_day():
    claims = pd.DataFrame([
        _soldiers("c1", "a1", 5, "five", "General Oleksandr Tarnavskyi said five Ukrainian soldiers had been killed "
                  "since Monday.", "Oleksandr Tarnavskyi", "UKR", "UKR", "2026-06-03", "2026-06-03"),
        _soldiers("c2", "a2", 50, "more than 50", "Russia's defence ministry said on Wednesday that more than 50 "
                  "Ukrainian soldiers had been killed.", "Russia's defence ministry", "RUS", "UKR", "2026-06-03",
                  "2026-06-03", "2026-06-03", "more than"),
        _soldiers("c3", "a3", 5, "five", "Ukraine's army says five of its soldiers have been killed.",
                  "Ukraine's army", "UKR", "UKR", "2026-06-03", "2026-06-03"),
    ])
    groups, members = build(claims, _meta(["a1", "a2", "a3"]), None, None)
    top = groups[groups["parent_id"].isna() & (groups["kind"] == "contradiction")]
    assert len(top) == 1
    assert set(members[members["group_id"] == top["id"].iloc[0]]["claim_id"]) == {"c1", "c2", "c3"}


def _front(published_c1: str) -> pd.DataFrame:
    return pd.DataFrame([
        _soldiers("c0", "a0", 3, "three", "Armenia said three of its soldiers were killed on Sunday.", "Armenia",
                  "ARM", "ARM", "2026-05-31", "2026-05-31", "2026-05-31"),
        _soldiers("c1", "a1", 40, "around 40", "He said Azerbaijani fire had killed around 40 Armenian soldiers.",
                  "Elchin Guliyev", None, "ARM", "2026-06-01", published_c1, None, "around"),
        _soldiers("c2", "a2", 40, "around 40", "Azerbaijan's defence ministry said around 40 Armenian soldiers had "
                  "been killed.", "Azerbaijan's defence ministry", "AZE", "ARM", "2026-06-02", "2026-06-02",
                  None, "around"),
        _soldiers("c3", "a3", 6, "six", "Armenia's defence ministry said six of its soldiers had died on Tuesday.",
                  "Armenia's defence ministry", "ARM", "ARM", "2026-06-02", "2026-06-02", "2026-06-02"),
    ])


def _held_with(claims: pd.DataFrame, cid: str) -> set[str]:
    groups, members = build(claims, _meta(sorted(set(claims["article_id"]))), None, None)
    top = set(groups[groups["parent_id"].isna()]["id"])
    gid = members[(members["claim_id"] == cid) & members["group_id"].isin(top)]["group_id"].iloc[0]
    return set(members[members["group_id"] == gid]["claim_id"])


def test_a_figure_dated_by_its_story_joins_the_next_days_same_figure():
    assert _held_with(_front("2026-06-02"), "c1") == {"c1", "c2", "c3"}


def test_a_report_out_before_the_next_days_counts_keeps_its_day():
    """Negative: published on the 1st, the report could not retell the 2nd's figure."""
    assert "c2" not in _held_with(_front("2026-06-01"), "c1")


def _sites(cid, art, value, number_text, what, subject, claimant, code, start, end):
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": number_text, "what": what, "category": "sites_struck", "subject_code": subject,
            "claimant_name": claimant, "claimant_code": code, "sent_start": start, "sent_end": end,
            "sentence": "", "ref_date": "2026-06-03", "published": "2026-06-03", "date": None}


def _kyiv(start_of_bare: int) -> pd.DataFrame:
    first = "Russia's defence ministry said its forces struck 14 energy facilities."
    bare = "Kyiv says four were hit."
    rows = [
        {**_sites("c1", "a1", 14, "14", "energy facilities struck", "UKR", "Russia's defence ministry", "RUS",
                  0, len(first)), "sentence": first},
        {**_sites("c2", "a1", 4, "four", "hit", None, "Kyiv", "UKR", start_of_bare, start_of_bare + len(bare)),
         "sentence": bare},
        {**_sites("c3", "a2", 4, "four", "energy sites hit", "UKR", "Ukraine's energy ministry", "UKR", 0, 40),
         "sentence": "Ukraine's energy ministry said four energy sites were hit."},
        # another owner's sites counted that day: the day alone names no one owner for the bare four
        {**_sites("c4", "a3", 3, "three", "Russian ammunition depots destroyed", "RUS", "Ukraine's military", "UKR",
                  0, 60), "sentence": "Ukraine's military said it destroyed three Russian ammunition depots."},
    ]
    return pd.DataFrame(rows)


def test_a_bare_count_of_things_counts_the_sentence_befores_things():
    """'... struck 14 energy facilities. Kyiv says four were hit.': the four are Ukraine's sites."""
    assert _held_with(_kyiv(len("Russia's defence ministry said its forces struck 14 energy facilities.") + 1),
                      "c2") == {"c1", "c2", "c3"}


def test_a_bare_count_far_from_the_last_count_takes_no_owner():
    """Negative: paragraphs later, 'four were hit' may be of anything the report went on to."""
    assert _held_with(_kyiv(900), "c2") == {"c2"}
