"""A figure given with the earlier one it rose from ("put the toll at 40, up from 25"): one
report, one moment, so the clock orders nothing, and the words say the toll rose. Texts
composed for these tests about other crises; through the real path (parse -> extraction ->
store -> link)."""

from __future__ import annotations

from dataclasses import replace

from tests.link.test_claim_kinds import _article, _linked_groups, _values

from crisislens.link.claims import says_revised

UPDATE = "Sudanese officials now put the civilian death toll from the RSF raids on El Fasher at 40, up from 25 on Monday."


def test_up_from_marks_the_figure_before_it_as_revised():
    assert says_revised(UPDATE, "40")
    assert not says_revised(UPDATE, "25")
    assert not says_revised("Five soldiers were killed and up to 30 wounded.", "Five")


def test_a_toll_with_the_figure_it_rose_from_is_a_revision(tmp_path, nlp):
    arts = [replace(_article("a.txt", "Sudan Tribune", "2024-06-11", UPDATE), published_at="2024-06-11T09:00:00Z")]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["revision"], groups
    assert _values(groups[0]) == {25.0, 40.0}
