"""Claim groups that wording must not split and places must: one fact told with different nouns
and verbs by several outlets ("jets downed", "aircraft lost", "planes brought down") is one
group; tolls of two towns of one state on one day, and a toll an outlet recalls from an earlier
day in another state, are different facts. Short texts about Russian aircraft over Ukraine,
strikes in Sudan and Gaza, written for these tests, through the real path (parse -> extraction
-> store -> link)."""

from __future__ import annotations

import datetime as dt

from tests.link.test_claim_kinds import _article
from tests.link.test_claim_places import _with_members

from crisislens.link.claims import stated_earlier_day


def _top(groups: list[dict]) -> dict:
    """(subject, kind, place) -> sorted (document, value) of each top-level group."""
    return {(g["subject_code"], g["kind"], g["place"]): sorted((d, v) for d, v, _ in g["_members"])
            for g in groups if not g["parent_id"]}


def test_one_downing_told_with_different_nouns_and_verbs_is_one_group(tmp_path, nlp):
    """"Fighter jets" are aircraft, not fighters (militants), and "military aircraft" are not
    soldiers: the people-kind split must not part counts of things, or each outlet's wording
    becomes its own group and no group holds both sides' figures."""
    arts = [
        _article("a.txt", "Kyiv Independent", "2024-02-18",
                 "Ukraine's air force said it shot down six Russian fighter jets over Donetsk on Saturday."),
        _article("b.txt", "TASS", "2024-02-18",
                 "Russia's defence ministry said two Russian military aircraft were lost over Donetsk on Saturday."),
        _article("c.txt", "Ukrainska Pravda", "2024-02-18",
                 "Ukrainian air defences brought down six Russian planes over the east on Saturday, the general staff said."),
        _article("d.txt", "RIA Novosti", "2024-02-18",
                 "Two Russian warplanes were downed on Saturday, the Russian defence ministry said."),
    ]
    groups = _with_members(tmp_path, nlp, arts, "aircraft_downed")
    top = [g for g in groups if not g["parent_id"]]
    assert [(g["subject_code"], g["kind"]) for g in top] == [("RUS", "contradiction")]
    assert sorted((d, v) for d, v, _ in top[0]["_members"]) == [
        ("a.txt", 6.0), ("b.txt", 2.0), ("c.txt", 6.0), ("d.txt", 2.0)]
    children = sorted(sorted(d for d, _, _ in g["_members"]) for g in groups if g["parent_id"])
    assert children == [["a.txt", "c.txt"], ["b.txt", "d.txt"]]


def test_two_towns_tolls_and_an_earlier_days_toll_are_different_facts(tmp_path, nlp):
    """A town's toll rising during the day is a revision; another town's shelling toll of that
    day and the 14 killed days earlier across the border, recalled in one report's sentence,
    are not rival figures for it."""
    arts = [
        _article("a.txt", "Sudan Tribune", "2024-03-12",
                 "A missile strike on a market in El Fasher killed six people on Tuesday, medics said."),
        _article("b.txt", "Radio Dabanga", "2024-03-12",
                 "The toll from Tuesday's missile strike on El Fasher rose to 11 dead, medics said."),
        _article("c.txt", "Al Jazeera", "2024-03-12", "Shelling killed five people in Kadugli on Tuesday, residents said."),
        _article("d.txt", "Reuters", "2024-03-12",
                 "Eleven people were killed in the missile strike on El Fasher on Tuesday, medics said, days after "
                 "the killing of 14 villagers in Abéché in Chad on March 9."),
    ]
    assert _top(_with_members(tmp_path, nlp, arts, "killed")) == {
        ("SDN", "revision", "El Fasher"): [("a.txt", 6.0), ("b.txt", 11.0), ("d.txt", 11.0)],
        ("SDN", "single-source", "Kadugli"): [("c.txt", 5.0)],
        ("TCD", "single-source", "Abéché"): [("d.txt", 14.0)],
    }


def test_two_towns_injured_of_one_day_are_two_groups(tmp_path, nlp):
    arts = [
        _article("a.txt", "WAFA", "2024-01-15",
                 "Twelve Palestinians were wounded in an air strike on Khan Younis on Monday, medics said."),
        _article("b.txt", "Al Jazeera", "2024-01-15",
                 "Medics said 12 Palestinians were wounded in Monday's air strike on Khan Younis."),
        _article("c.txt", "Reuters", "2024-01-15",
                 "Shelling wounded 30 Palestinians in Jabalia on Monday, the civil defence said."),
    ]
    top = _top(_with_members(tmp_path, nlp, arts, "injured"))
    assert sorted(top.values()) == [[("a.txt", 12.0), ("b.txt", 12.0)], [("c.txt", 30.0)]]


def test_a_clause_that_states_an_earlier_day_gives_the_count_that_day():
    day = dt.date(2024, 3, 12).toordinal()
    sentence = "Eleven were killed on Tuesday, days after the killing of 14 villagers in Abéché on March 9."
    assert stated_earlier_day(sentence, "14", day) == dt.date(2024, 3, 9).toordinal()
    assert stated_earlier_day(sentence, "Eleven", day) is None  # the toll's own clause names no earlier day
    sentence = "Medics counted 11 dead on Tuesday, a week after 14 villagers were shot in Abeche on March 5."
    assert stated_earlier_day(sentence, "14", day) == dt.date(2024, 3, 5).toordinal()
    assert stated_earlier_day(sentence, "11", day) is None
    assert stated_earlier_day("Five died on 2 December.", "Five", dt.date(2025, 1, 3).toordinal()) == dt.date(2024, 12, 2).toordinal()
    assert stated_earlier_day("Five died on March 20.", "Five", day) is None  # later day: read as is
