"""A casualty toll that rises through the day as different voices of one side count it
("one dead", medics said in the morning; 14 by evening, the governor said) is a revision,
not a contradiction: the clock orders it and no second state stands behind either figure.
Texts composed for this test about another crisis; through the real path (parse ->
extraction -> store -> link)."""

from __future__ import annotations

from dataclasses import replace

from tests.link.test_claim_kinds import _article, _linked_groups, _values

MORNING = ("A Russian missile struck a shopping centre in Kharkiv on Tuesday morning. "
           "One person was killed, medics at the scene said.")
EVENING = ("The death toll from a Russian missile strike on a shopping centre in Kharkiv rose to 14 on "
           "Tuesday evening, Ukraine's Kharkiv regional governor Oleh Syniehubov said.")


def _arts(first: str, second: str):
    return [
        replace(_article("a.txt", "Kyiv Independent", "2024-06-11", MORNING), published_at=first),
        replace(_article("b.txt", "Reuters", "2024-06-11", EVENING), published_at=second),
    ]


def test_a_toll_counted_later_by_another_voice_of_one_side_is_a_revision(tmp_path, nlp):
    groups = _linked_groups(tmp_path, nlp, _arts("2024-06-11T08:00:00Z", "2024-06-11T19:00:00Z"), "killed")
    assert [(g["kind"], sorted(_values(g))) for g in groups] == [("revision", [1.0, 14.0])], groups


def test_the_higher_toll_out_first_is_no_revision(tmp_path, nlp):
    groups = _linked_groups(tmp_path, nlp, _arts("2024-06-11T19:00:00Z", "2024-06-11T08:00:00Z"), "killed")
    assert [g["kind"] for g in groups] == ["contradiction"], groups
