"""Claim groups: a rising toll is a revision, not a contradiction, when unnamed local voices raise
an army's early count of one town's dead, and when a report names the lower figure as the count's
earlier one though another outlet retells it later (claims._is_revision, _sides_clash). Sentences
composed for these tests about Tigray and Yemen, with negatives."""

from __future__ import annotations

import pandas as pd

from crisislens.link.claims import build


def _dead(cid, art, value, sentence, claimant, code, at, qualifier=None, number_text=None):
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": None if qualifier else value,
            "qualifier": qualifier, "number_text": number_text or str(value), "what": "civilians killed",
            "category": "killed", "subject_code": "YEM", "claimant_name": claimant, "claimant_code": code,
            "sent_start": 0, "sentence": sentence, "ref_date": "2026-06-10", "published": "2026-06-10",
            "published_at": at}


def _meta(n: int) -> pd.DataFrame:
    ids = [f"a{i}" for i in range(1, n + 1)]
    return pd.DataFrame({"article_id": ids, "doc_name": ids, "outlet": [f"O{i}" for i in range(n)],
                         "dup_group": ids, "story_id": ["s"] * n})


def _top_kinds(claims: pd.DataFrame) -> list[str]:
    groups, _ = build(claims, _meta(claims["article_id"].nunique()))
    return list(groups[groups["parent_id"].isna()]["kind"])


def test_unnamed_local_officials_raising_an_armys_toll_is_a_revision():
    claims = pd.DataFrame([
        {**_dead("c1", "a1", 4, "Four civilians were killed when shells hit a market in Adigrat, the army said.",
                 "the army", "ETH", "2026-06-10 06:00:00"), "subject_code": "ETH"},
        {**_dead("c2", "a2", 7, "The number of people killed in the shelling of Adigrat rose to seven, "
                 "regional health officials said.", "regional health officials", None, "2026-06-10 10:00:00"),
         "subject_code": "ETH", "number_text": "seven"},
    ])
    assert _top_kinds(claims) == ["revision"]


def test_a_named_voice_of_no_state_raising_an_armys_toll_is_still_a_rival():
    """Negative: a person named (a rebel commander, an aid worker) with a higher figure is not the
    army's count growing."""
    claims = pd.DataFrame([
        {**_dead("c1", "a1", 4, "Four civilians were killed when shells hit a market in Adigrat, the army said.",
                 "the army", "ETH", "2026-06-10 06:00:00"), "subject_code": "ETH"},
        {**_dead("c2", "a2", 7, "Seven civilians were killed in Adigrat, Getachew Reda said.",
                 "Getachew Reda", None, "2026-06-10 10:00:00"), "subject_code": "ETH"},
    ])
    assert _top_kinds(claims) == ["contradiction"]


def _hodeidah(with_earlier: bool) -> pd.DataFrame:
    update = ("At least 16 civilians were killed in the strike on Hodeidah, hospital officials said"
              + (", raising an earlier toll of 14." if with_earlier else "."))
    rows = [
        _dead("c1", "a1", 14, "At least 14 civilians were killed in the air strike on Hodeidah, medics said.",
              "medics", None, "2026-06-10 06:00:00", "at least", "At least 14"),
        _dead("c2", "a2", 16, update, "hospital officials", None, "2026-06-10 13:00:00", "at least", "At least 16"),
        _dead("c4", "a3", 14, "The governor, Mohammed Saleh, said 14 civilians were killed in the strike.",
              "Mohammed Saleh", None, "2026-06-10 17:00:00"),
    ]
    if with_earlier:
        rows.append({**_dead("c3", "a2", 14, update, None, None, "2026-06-10 13:00:00"), "what": "toll"})
    return pd.DataFrame(rows)


def test_a_figure_named_as_the_earlier_toll_is_earlier_though_retold_later():
    assert _top_kinds(_hodeidah(with_earlier=True)) == ["revision"]


def test_a_lower_figure_published_after_a_higher_one_is_still_a_clash():
    """Negative: with no report naming 14 the earlier toll, the governor's 14 after the hospital's
    16 is not ordered before it: the clock says the figures disagree."""
    assert _top_kinds(_hodeidah(with_earlier=False)) == ["contradiction"]


def _hurt(cid, art, value, sentence, claimant, code):
    return {**_dead(cid, art, value, sentence, claimant, code, None), "category": "injured", "subject_code": "UKR",
            "what": "people injured"}


def _kharkiv(second_article: str) -> pd.DataFrame:
    return pd.DataFrame([
        _hurt("c1", "a1", 21, "Ukraine's interior ministry said 21 people were injured on Tuesday.",
              "Ukraine's interior ministry", "UKR"),
        _hurt("c2", second_article, 11, "A regional spokesperson said four civilians were killed and 11 injured "
              "on the Ukrainian side.", "regional spokesperson", None),
    ])


def test_one_reports_figures_from_a_state_and_its_local_officials_are_no_clash():
    """One report: the ministry's 21 and a local spokesperson's 11 in Kharkiv (Ukraine's ground)
    are the report's side's figures, not a second source disagreeing."""
    assert "contradiction" not in _top_kinds(_kharkiv("a1"))


def test_two_reports_of_those_figures_are_still_compared():
    """Negative: in two reports the two figures are two sources' and stay a clash for a reader."""
    assert _top_kinds(_kharkiv("a2")) == ["contradiction"]
