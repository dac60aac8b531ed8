"""Two reports of one day put in order by their publication time (articles.published_at).

A lower figure published earlier on the incident's day and a higher one later, from one
side or in the outlets' own voice, is a toll that rose: a revision, with no early-count
word needed. The same figures the other way round (the higher one out first) stay a
contradiction, and so do two sides' ministries whatever the times. Without times the
day and the early-count wording decide as before. Texts composed for these tests about
other crises; through the real path (parse -> extraction -> store -> link)."""

from __future__ import annotations

from dataclasses import replace

from tests.link.test_claim_kinds import _article, _groups, _linked_groups, _store, _values

LOW = "Four civilians were killed when shells hit a displacement camp near Goma on Friday, the provincial governor said."
HIGH = "Eleven civilians were killed when shells hit a displacement camp near Goma on Friday, the provincial governor said."
DAY = "2024-05-03"  # a Friday


def _pair(low_at: str | None, high_at: str | None) -> list:
    return [
        replace(_article("low.txt", "Radio Okapi", DAY, LOW), published_at=low_at),
        replace(_article("high.txt", "Actualite.cd", DAY, HIGH), published_at=high_at),
    ]


def test_a_lower_figure_earlier_and_a_higher_one_later_that_day_is_a_revision(tmp_path, nlp):
    store = _store(tmp_path, nlp, _pair("2024-05-03T07:10:00Z", "2024-05-03T16:45:00Z"))
    assert store.df("SELECT count(*) AS n FROM articles WHERE published_at IS NOT NULL")["n"][0] == 2
    groups = _groups(store, "killed")
    assert [g["kind"] for g in groups] == ["revision"], groups
    assert _values(groups[0]) == {4.0, 11.0}
    assert "publication time" in groups[0]["reason"]


def test_the_higher_figure_published_first_stays_a_contradiction(tmp_path, nlp):
    store = _store(tmp_path, nlp, _pair("2024-05-03T16:45:00Z", "2024-05-03T07:10:00Z"))
    groups = _groups(store, "killed")
    assert [g["kind"] for g in groups] == ["contradiction"], groups


def test_without_a_time_on_one_report_the_old_rule_decides(tmp_path, nlp):
    """No early-count word and one report with a day only: nothing orders them, a clash."""
    store = _store(tmp_path, nlp, _pair("2024-05-03T07:10:00Z", None))
    groups = _groups(store, "killed")
    assert [g["kind"] for g in groups] == ["contradiction"], groups


def test_two_sides_ministries_stay_a_contradiction_whatever_the_times(tmp_path, nlp):
    arts = [
        replace(_article("a.txt", "Armenpress", "2020-10-10",
                         "Armenia's defence ministry said three Armenian soldiers were killed in fighting near Martuni on Saturday."),
                published_at="2020-10-10T06:00:00Z"),
        replace(_article("b.txt", "Trend", "2020-10-10",
                         "Azerbaijan's defence ministry said its forces killed 19 Armenian soldiers near Martuni on Saturday."),
                published_at="2020-10-10T18:30:00Z"),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["contradiction"], groups
