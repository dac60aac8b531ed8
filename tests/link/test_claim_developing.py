"""A toll that develops on the incident's own day is a revision, not a contradiction.

The store keeps the publication day only (articles.published is a DATE), so two reports of
one day cannot be put in order by the clock. What the text does say is whether a figure is
an early count ("so far", "initial", "preliminary", "the toll could rise"): an early lower
figure of one side, reported on the incident's day, and a higher one that day or later, are
one toll growing. Two sides asserting incompatible figures stay a contradiction, and so do
two outlets giving final-sounding figures that differ. Texts composed for these tests about
other crises; through the real path (parse -> extraction -> store -> link)."""

from __future__ import annotations

from tests.link.test_claim_kinds import _article, _linked_groups, _values

from crisislens.link.claims import early_count


def test_early_count_words_are_read_from_the_sentence_and_the_next():
    assert early_count("Two people were killed so far in the shelling of Kharkiv, the governor said.")
    assert early_count("An initial toll put the dead at three, rescuers said.")
    assert early_count("Four people were killed in the strike, officials said.", "The toll could rise as rescuers search the rubble.")
    assert not early_count("Four people were killed in the strike, officials said.", "The strike hit a market.")
    # a word for rising that is not about a count, or a superlative "to date", is no early count
    assert not early_count("Four people were killed, officials said.", "Tensions are expected to rise.")
    assert not early_count("The deadliest attack to date killed 40 people in Kharkiv.")


def test_a_same_day_toll_that_grows_from_an_early_count_is_a_revision(tmp_path, nlp):
    arts = [
        _article("early.txt", "Ukrinform", "2024-04-10",
                 "Two people were killed so far in a Russian missile strike on Zaporizhzhia on Wednesday, the regional governor said."),
        _article("late.txt", "Kyiv Independent", "2024-04-10",
                 "Nine people were killed in a Russian missile strike on Zaporizhzhia on Wednesday, the regional governor said."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["revision"], groups
    assert _values(groups[0]) == {2.0, 9.0}
    assert "early count" in groups[0]["reason"]


def test_a_preliminary_toll_in_the_outlets_own_voice_then_a_higher_one_is_a_revision(tmp_path, nlp):
    arts = [
        _article("a.txt", "Outlet A", "2024-05-02",
                 "A preliminary toll said three civilians were killed when shells hit a market in El Obeid on Thursday."),
        _article("b.txt", "Outlet B", "2024-05-02",
                 "Shells hit a market in El Obeid on Thursday, killing 17 civilians."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["revision"], groups


def test_two_final_sounding_figures_on_one_day_stay_a_contradiction(tmp_path, nlp):
    arts = [
        _article("a.txt", "Outlet A", "2024-05-02",
                 "Three civilians were killed when shells hit a market in El Obeid on Thursday."),
        _article("b.txt", "Outlet B", "2024-05-02",
                 "Shells hit a market in El Obeid on Thursday, killing 17 civilians."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["contradiction"], groups


def test_two_sides_figures_stay_a_contradiction_even_with_early_words(tmp_path, nlp):
    arts = [
        _article("a.txt", "Armenpress", "2020-10-04",
                 "Armenia's defence ministry said two Armenian soldiers were killed so far in fighting near Martakert on Sunday."),
        _article("b.txt", "Trend", "2020-10-04",
                 "Azerbaijan's defence ministry said its forces killed 14 Armenian soldiers near Martakert on Sunday."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["contradiction"], groups


def test_an_early_count_the_day_after_the_incident_is_not_a_developing_toll(tmp_path, nlp):
    """A day later the first count is no longer early by its day: a later report giving a lower
    'so far' figure than one already published is still a clash."""
    arts = [
        _article("a.txt", "Outlet A", "2024-09-17",
                 "Nine people were killed in pager blasts across the Bekaa valley in Lebanon on Tuesday, the health ministry said."),
        _article("b.txt", "Outlet B", "2024-09-18",
                 "Four people were killed so far in pager blasts across the Bekaa valley in Lebanon on Tuesday, the health ministry said."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["contradiction"], groups
