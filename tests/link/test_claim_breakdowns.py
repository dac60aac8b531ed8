"""Second pass on claim groups: per-place breakdowns, lists of parts, the kind of attack that
caused a toll, and clashes of nobody's stated people. Sentences written for these tests about
Sudan, Ukraine, Myanmar, Gaza and Yemen."""

from __future__ import annotations

from tests.link.conftest import top_kinds

from crisislens.link.claim_scope import breakdown_item, broken_down, cause_kind
from crisislens.link.claims import is_part


def _row(cid: str, art: str, value: int, sentence: str, claimant: str | None, subject: str | None = "SDN",
         number_text: str | None = None, what: str = "civilians killed", category: str = "killed") -> dict:
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": number_text or str(value), "what": what, "category": category, "subject_code": subject,
            "claimant_name": claimant, "claimant_code": None, "sent_start": 0, "sentence": sentence,
            "ref_date": "2024-06-10", "date": "2024-06-10", "published": "2024-06-10", "published_at": None}


def _kinds(rows: list[dict]) -> list[str]:
    return sorted(top_kinds(rows))


def test_a_dash_breakdown_makes_a_total_and_its_items_parts():
    s = "At least 31 civilians have been killed in El Fasher since Sunday – 20 in Abu Shouk, 11 in Zamzam."
    assert broken_down(s, "31")
    assert breakdown_item(s, "20") and breakdown_item(s, "11")
    assert is_part(s, "11")
    s2 = "Officials said 14 people died: nine in Kharkiv, three in Izium and two in Kupiansk."
    assert broken_down(s2, "14") and breakdown_item(s2, "three") and breakdown_item(s2, "two")
    s3 = "Rescuers pulled eight bodies from the rubble in Sagaing, three at the monastery and five in the market."
    assert breakdown_item(s3, "five")


def test_no_breakdown_without_a_place_list():
    # a second outcome joined by "and", and a count followed by its noun, are no breakdown items
    s = "At least 12 civilians, including three children, were killed and 40 others injured in Taiz."
    assert not breakdown_item(s, "40")
    assert not broken_down(s, "12")
    s2 = "Officials say 16 civilians and five soldiers died in Kharkiv - a grim week."
    assert not breakdown_item(s2, "five") and not broken_down(s2, "16")
    # a hyphenated word is no dash
    assert not broken_down("The 24-hour toll rose to 9 in Kherson", "9")


def test_later_items_of_a_list_of_parts_are_parts():
    s = "Ministry figures put the toll at 27, among them nine children and four women."
    assert is_part(s, "four") and is_part(s, "nine")
    s2 = "At least 30 people, including six children and two medics, died in the strike on Rafah."
    assert is_part(s2, "two")
    # a later outcome is not an item of the list
    s3 = "At least eight civilians, including two children, were killed and 21 others injured in Hodeidah."
    assert not is_part(s3, "21")


def test_cause_kind_names_one_kind_of_attack():
    assert cause_kind("four civilians were killed in the shelling of Kupiansk") == "ground"
    assert cause_kind("nine died when a missile struck a market in Kramatorsk") == "strike"
    assert cause_kind("two were wounded by a drone in Kherson") == "drone"
    # several kinds, or none, name no one cause
    assert cause_kind("three days of air strikes and artillery duels killed dozens") is None
    assert cause_kind("12 people were killed in Kherson on Monday") is None


def test_a_strikes_toll_and_a_shelling_toll_are_two_facts():
    rows = [_row("c1", "a1", 21, "21 people were injured when missile strikes hit Omdurman, the army said.",
                 "army", what="people injured", category="injured"),
            _row("c2", "a2", 11, "A state official said 11 people had been injured in the shelling near the front.",
                 "state official", what="people injured", category="injured")]
    assert _kinds(rows) == ["single-source", "single-source"]
    # the same cause keeps the two figures together
    rows[1]["sentence"] = "A state official said 11 people had been injured in the missile strikes."
    assert _kinds(rows) == ["contradiction"]


def test_nobodys_people_in_no_shared_place_clash_with_no_one():
    rows = [_row("c1", "a1", 21, "Abdul Rahman said 21 people were wounded.", "Abdul Rahman", subject=None,
                 what="people wounded", category="injured"),
            _row("c2", "a2", 34, "In an updated statement, the ministry said 34 were wounded.", "ministry", subject=None,
                 what="people wounded", category="injured")]
    kinds = _kinds(rows)
    assert "contradiction" not in kinds and len(kinds) == 2
    # with a subject, the same figures are compared
    for r in rows:
        r["subject_code"] = "SDN"
    assert "contradiction" in _kinds(rows)


def test_nobodys_people_in_one_named_place_still_clash():
    rows = [_row("c1", "a1", 7, "Seven people were killed in Kassala, Abdul Rahman said.", "Abdul Rahman", subject=None,
                 what="people killed"),
            _row("c2", "a2", 19, "Nineteen people were killed in Kassala, Mohamed Osman said.", "Mohamed Osman", subject=None,
                 what="people killed", number_text="Nineteen")]
    assert _kinds(rows) == ["contradiction"]


def test_one_reports_figures_from_one_states_officials_are_no_contradiction():
    rows = [_row("c1", "a1", 21, "The ministry had put the toll at 21 injured in the morning.", "health ministry",
                 what="injured", category="injured"),
            _row("c2", "a1", 11, "A Darfur state official said 11 had been injured.", "state official",
                 what="injured", category="injured")]
    for r in rows:
        r["claimant_code"] = "SDN"
    assert "contradiction" not in _kinds(rows)
    # two states' officials in one report are rivals
    rows[1]["claimant_code"] = "TCD"
    assert _kinds(rows) == ["contradiction"]
