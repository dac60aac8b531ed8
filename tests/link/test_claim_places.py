"""Claim groups keyed by where, when and whose: the state holding a count's place, the count's
own clause, the day its claims give, the outlet's own voice and what makes two sources.
Short texts about fighting on the Russia-Ukraine war in Belgorod and Kyiv and Israeli strikes on Lebanon,
written for these tests, through the real path (parse -> extraction -> store -> link)."""

from __future__ import annotations

from tests.link.test_claim_kinds import _article, _store

from crisislens.link.claims import count_clause, independent
from crisislens.link.common import place_state, utc_moment


def _members(group: dict) -> list[tuple[str, float, str | None]]:
    """(document, value, claimant) of each member of a stored group, sorted."""
    return sorted(group["_members"], key=lambda m: (m[0], m[1], m[2] or ""))


def _with_members(tmp_path, nlp, arts, category: str) -> list[dict]:
    store = _store(tmp_path, nlp, arts)
    groups = store.df("SELECT * FROM claim_groups WHERE category = ? ORDER BY id", [category]).to_dict("records")
    for g in groups:
        mem = store.df("SELECT doc_name, value, claimant FROM claim_group_members WHERE group_id = ?", [g["id"]])
        g["_members"] = [(d, float(v), c if isinstance(c, str) else None)
                         for d, v, c in zip(mem["doc_name"], mem["value"], mem["claimant"], strict=True)]
    return groups


def _by_subject(groups: list[dict]) -> dict:
    return {(g["subject_code"], g["kind"], bool(g["parent_id"])): _members(g) for g in groups}


def test_a_place_is_held_by_its_state_across_its_names():
    assert place_state("Belgorod") == "RUS" and place_state("Kyiv") == "UKR"
    assert place_state("Haifa") == "ISR" and place_state("Tyre") == "LBN"
    assert place_state("Ukraine's Kyiv") == "UKR"  # the last place the name holds
    assert place_state("a hillside") is None and place_state(None) is None


def test_a_counts_clause_ends_where_another_report_begins():
    sentence = ("Police in Belgorod reported four deaths from Thursday's shelling, whereas in Kyiv "
                "hospital staff counted three dead.")
    assert count_clause(sentence, "three").startswith(", whereas in Kyiv")
    assert "Kyiv" not in count_clause(sentence, "four")
    sentence = "Mortar fire killed three people in Kyiv; in Belgorod the toll was five, medics said."
    assert count_clause(sentence, "five").startswith("; in Belgorod")
    assert "Kyiv" not in count_clause(sentence, "five") and "Belgorod" not in count_clause(sentence, "three")
    assert count_clause("Two soldiers died.", "Two") == "Two soldiers died."


def test_two_reports_or_two_named_voices_are_independent_one_reports_restatement_is_not():
    assert independent({("a", "(outlet)"), ("b", "(outlet)")})
    assert independent({("a", "governor"), ("a", "chief")})
    assert not independent({("a", "(outlet)"), ("a", "governor")})
    assert not independent({("a", "governor")})


def test_counts_of_unknown_subject_in_towns_of_two_states_are_two_facts(tmp_path, nlp):
    """Local officials speaking in their own town give the count's place; with nobody's
    wounded named, the town's state is whose people they are, and the towns on the two sides
    of the border are two incidents, not rival figures."""
    arts = [
        _article("a.txt", "TASS", "2024-12-13", "Police in Belgorod said on Thursday that two people had been wounded."),
        _article("b.txt", "Kyiv Independent", "2024-12-13",
                 "Nine people were wounded in Kyiv on Thursday, Ukraine's health ministry said."),
        _article("c.txt", "Ukrainska Pravda", "2024-12-13",
                 "Shells that hit a market in Kyiv on Thursday wounded nine people, a hospital director said."),
    ]
    groups = _with_members(tmp_path, nlp, arts, "injured")
    assert _by_subject(groups) == {
        ("UKR", "agreement", False): [("b.txt", 9.0, "Ukraine's health ministry"), ("c.txt", 9.0, "hospital director")],
        ("RUS", "single-source", False): [("a.txt", 2.0, "Police in Belgorod")],
    }


def test_a_sentence_with_two_towns_tolls_keeps_each_with_its_town(tmp_path, nlp):
    arts = [
        _article("a.txt", "Reuters", "2024-12-13",
                 "Medics said shelling killed four people in Belgorod on Thursday; in Kyiv, three people died, "
                 "Ukrainian police said."),
        _article("b.txt", "Kyiv Independent", "2024-12-13",
                 "Three people were killed on Thursday when shells struck homes in Kyiv, Ukrainian police said."),
        _article("c.txt", "TASS", "2024-12-13",
                 "Russian medics said four people died in Belgorod on Thursday after shells hit a market."),
    ]
    groups = _with_members(tmp_path, nlp, arts, "killed")
    assert {g["place"]: (g["kind"], _members(g)) for g in groups} == {
        "Belgorod": ("agreement", [("a.txt", 4.0, "Medics"), ("c.txt", 4.0, "Russian medics")]),
        "Kyiv": ("agreement", [("a.txt", 3.0, "Ukrainian police"), ("b.txt", 3.0, "Ukrainian police")]),
    }


def test_the_outlets_own_voice_joins_a_group_and_is_compared(tmp_path, nlp):
    arts = [
        _article("a.txt", "Kyiv Independent", "2024-12-14", "The Ukrainian army said it shot down four Russian drones over Kyiv on Friday."),
        _article("b.txt", "Ukrainska Pravda", "2024-12-14", "Over Kyiv on Friday, air defences brought down four Russian drones."),
    ]
    groups = _with_members(tmp_path, nlp, arts, "drones_downed")
    assert _by_subject(groups) == {("RUS", "agreement", False): [("a.txt", 4.0, "Ukrainian army"), ("b.txt", 4.0, None)]}


def test_one_report_restating_its_claimants_figure_is_no_agreement(tmp_path, nlp):
    """The outlet's own voice and the governor it quotes give one figure in one report: one
    source said it twice (FORMAT: an agreement is two documents or two claimants)."""
    arts = [
        _article("a.txt", "TASS", "2024-12-13",
                 "Nine civilians were hurt when rockets hit Belgorod on Thursday. All nine wounded civilians are in hospital "
                 "in Belgorod, Governor Vyacheslav Gladkov said."),
    ]
    groups = _with_members(tmp_path, nlp, arts, "injured")
    assert _by_subject(groups) == {("RUS", "single-source", False): [("a.txt", 9.0, None), ("a.txt", 9.0, "Vyacheslav Gladkov")]}


def test_a_group_is_dated_by_the_day_its_claims_give(tmp_path, nlp):
    """The second report's sentence has no day; its article is mostly about Thursday's
    shelling. The group is of Friday's dead, the day the first report's claim gives."""
    arts = [
        _article("a.txt", "Kyiv Independent", "2024-12-14", "The Ukrainian army said two of its soldiers died near the border on Friday."),
        _article("b.txt", "TASS", "2024-12-14",
                 "Russian artillery shelled Ukrainian positions near Kyiv on Thursday. Ukrainian troops attacked Russian "
                 "posts on Thursday. Five Ukrainian soldiers were killed, Russia's defence ministry said."),
    ]
    groups = _with_members(tmp_path, nlp, arts, "killed")
    assert [(g["kind"], str(g["date"])[:10]) for g in groups] == [("contradiction", "2024-12-13")]
    assert _members(groups[0]) == [("a.txt", 2.0, "Ukrainian army"), ("b.txt", 5.0, "Russia's defence ministry")]


def test_the_reports_that_give_a_revised_toll_agree_on_it(tmp_path, nlp):
    arts = [
        _article("early.txt", "NNA", "2024-09-23", "Lebanon's health ministry said 100 people were killed in Israeli strikes on Monday."),
        _article("late.txt", "L'Orient", "2024-09-24",
                 "Lebanon's health ministry said the death toll from Monday's Israeli strikes rose to 492."),
        _article("late2.txt", "Al Jazeera", "2024-09-24",
                 "The death toll from Monday's Israeli strikes on Lebanon rose to 492, the health ministry said."),
    ]
    groups = _with_members(tmp_path, nlp, arts, "killed")
    assert _by_subject(groups) == {
        ("LBN", "revision", False): [("early.txt", 100.0, "Lebanon's health ministry"),
                                     ("late.txt", 492.0, "Lebanon's health ministry"), ("late2.txt", 492.0, "the health ministry")],
        ("LBN", "agreement", True): [("late.txt", 492.0, "Lebanon's health ministry"), ("late2.txt", 492.0, "the health ministry")],
    }


def test_a_publication_moment_is_read_once_for_all_readers():
    assert utc_moment("2025-07-25T05:40:00Z") == utc_moment("2025-07-25 05:40:00+00:00")
    assert utc_moment(None) is None and utc_moment("") is None and utc_moment("not a time") is None


def test_an_increment_is_kept_as_a_part_not_compared_with_the_toll(tmp_path, nlp):
    """"Two more people died" adds to the toll of twelve; it is not a rival figure for it."""
    arts = [
        _article("a.txt", "WAFA", "2024-07-09",
                 "Gaza's health ministry said 12 people were killed in an Israeli strike on a school in Khan Younis on Tuesday."),
        _article("b.txt", "Al Jazeera", "2024-07-10",
                 "Twelve people were killed in the Israeli strike on a school in Khan Younis on Tuesday, the health ministry said. "
                 "Two more people died of their wounds overnight, the ministry said."),
    ]
    store = _store(tmp_path, nlp, arts)
    groups = store.df("SELECT id, kind FROM claim_groups WHERE category = 'killed'").to_dict("records")
    assert [g["kind"] for g in groups] == ["agreement"]
    roles = store.df("SELECT doc_name, value, role FROM claim_group_members ORDER BY doc_name, value")
    assert list(zip(roles["doc_name"], roles["value"], roles["role"], strict=True)) == [
        ("a.txt", 12.0, "count"), ("b.txt", 2.0, "part"), ("b.txt", 12.0, "count")]


def test_a_report_giving_the_new_toll_and_the_one_it_replaced_is_a_revision(tmp_path, nlp):
    """The later report's "14, up from 12" carries the old figure at its own moment: the clock
    cannot order the two figures of one report, its words do ("up from")."""
    from dataclasses import replace

    arts = [
        replace(_article("a.txt", "Sudan Tribune", "2024-06-10",
                         "Shelling killed 12 civilians in Omdurman on Sunday, medics said."), published_at="2024-06-10T08:00:00Z"),
        replace(_article("b.txt", "Radio Dabanga", "2024-06-10",
                         "Medics put the civilian death toll from Sunday's shelling of Omdurman at 14, up from 12."),
                published_at="2024-06-10T18:00:00Z"),
    ]
    groups = _with_members(tmp_path, nlp, arts, "killed")
    top = [g for g in groups if not g["parent_id"]]
    assert [g["kind"] for g in top] == ["revision"], groups
    assert {v for _, v, _ in top[0]["_members"]} == {12.0, 14.0}
