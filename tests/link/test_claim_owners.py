"""Whose things a count counts and where: a claimant that says it did the striking counts the
other side's sites; a state's possessive before a place ("Ukraine's Donetsk") names whose place
it is, not a part of its name; a weekday nearer the count than a month and day dates it.
Sentences written for these tests (Ukraine, Israel-Iran, Sudan, Red Sea)."""

from __future__ import annotations

import datetime as dt

from tests.link.test_claim_kinds import _article, _linked_groups, _values

from crisislens.link.claim_scope import claimant_struck
from crisislens.link.claims import _place_key, stated_earlier_day
from crisislens.link.common import place_state


def test_a_pronoun_for_the_claimant_as_the_striker():
    assert claimant_struck("Israel said it struck 20 sites in Iran.", "20")
    assert claimant_struck("The Houthis said their forces had hit two ships in the Red Sea.", "two")
    assert claimant_struck("Kyiv said its air defences shot down 30 drones overnight.", "30")
    # the claimant losing things, or another actor striking, is not the claimant striking
    assert not claimant_struck("Russia said it lost two helicopters.", "two")
    assert not claimant_struck("Iran said Israeli jets struck four bases.", "four")
    assert not claimant_struck("The army said 12 soldiers were killed.", "12")


def test_a_state_possessive_keys_the_place_and_gives_its_state():
    assert _place_key("Ukraine's Donetsk region") == _place_key("Donetsk region")
    assert _place_key("Syria's Jazira") == _place_key("Jazira")
    assert place_state("Syria's Jazira") == "SYR" and place_state("Russia's Far East") == "RUS"
    assert place_state("Jazira") is None
    assert place_state("the army's base") is None
    # a town owning a market is kept: the market is the town's
    assert _place_key("Omdurman's market") == _place_key("Omdurman")


def test_the_strikers_count_of_sites_meets_the_struck_sides_count(tmp_path, nlp):
    """Iran counts its sites hit; Israel says it struck 20, naming no owner, on a day when both
    sides' sites are counted: with the owner read from 'it struck' (not Israel's own), the two
    are one fact, and they disagree."""
    arts = [
        _article("a.txt", "IRNA", "2024-10-26",
                 "Israeli missiles struck four Iranian sites on Saturday, Iran's army said."),
        _article("b.txt", "Times of Israel", "2024-10-26",
                 "Israel's military said it struck 20 sites on Saturday."),
        _article("c.txt", "Haaretz", "2024-10-26",
                 "Iranian missiles hit three Israeli sites on Saturday, Israel's military said."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "sites_struck")
    found = {(g["subject_code"], g["kind"], tuple(sorted(_values(g)))) for g in groups}
    assert ("IRN", "contradiction", (4.0, 20.0)) in found, groups
    assert all(g["kind"] != "contradiction" for g in groups if g["subject_code"] != "IRN"), groups


def test_a_weekday_nearer_the_count_than_a_month_day_dates_it():
    thursday = dt.date(2025, 5, 8).toordinal()
    s = ("The flare-up follows strikes on six sites in Sudan early on Thursday, in response to the "
         "attack that killed 30 people on April 15.")
    assert stated_earlier_day(s, "six", thursday) is None
    assert stated_earlier_day(s, "30", thursday) == dt.date(2025, 4, 15).toordinal()
    s = "Aid groups met on Thursday after the killing of 30 people in El Fasher on April 15."
    assert stated_earlier_day(s, "30", thursday) == dt.date(2025, 4, 15).toordinal()
