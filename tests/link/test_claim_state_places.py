"""A count's place: a state speaking, a country beside another area, and the towns of a count's
listed parts name no place of the count (claims._incident_place); a country written on its own
after "in/across" still places a national toll. Composed sentences of other crises."""

from __future__ import annotations

import pandas as pd

from crisislens.link.claims import _incident_place, build


def _claim(cid, art, value, sentence, *, category="aircraft_downed", subject="ARM", claimant=None, code=None,
           what="jets downed"):
    return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
            "number_text": {1: "one", 2: "two", 3: "three", 9: "nine", 14: "14"}.get(value, str(value)),
            "what": what, "category": category, "subject_code": subject, "claimant_name": claimant,
            "claimant_code": code, "sent_start": 0, "sentence": sentence, "ref_date": "2026-09-28",
            "published": "2026-09-28"}


def _meta(ids):
    return pd.DataFrame({"article_id": ids, "doc_name": ids, "outlet": [f"Outlet {i}" for i in ids],
                         "dup_group": ids, "story_id": ["s"] * len(ids)})


def _events(places: dict[str, str]):
    ids = list(places)
    return (pd.DataFrame({"id": [f"e-{a}" for a in ids], "article_id": ids, "sent_start": [0] * len(ids),
                          "cameo_root": ["19"] * len(ids), "place": [places[a] for a in ids]}),
            {f"e-{a}": f"inc-{a}" for a in ids})


def test_a_state_speaking_is_no_place_of_its_count():
    sent = "Azerbaijan says its air defences shot down three Armenian Su-25 jets."
    assert _incident_place("Azerbaijan", sent, "three", []) is None


def test_a_country_beside_another_area_is_no_place():
    sent = "Russia said its missiles hit 30 military targets in Ukraine and the occupied Donbas."
    assert _incident_place("Ukraine", sent, "30", []) is None


def test_a_country_after_in_on_its_own_places_a_national_toll():
    """Negative: a national toll stays placed in its country (apart from one town's toll)."""
    sent = "At least 31 civilians were killed in the strikes across Sudan, the health ministry said."
    assert _incident_place("Sudan", sent, "At least 31", []) == "Sudan"


def test_the_town_of_a_listed_part_is_no_place_of_the_count():
    sent = "Ukraine's air force said Russian missiles struck nine sites, including a power plant in Lviv."
    assert _incident_place("Lviv", sent, "nine", []) is None


def test_a_count_placed_before_its_parts_keeps_its_place():
    """Negative: the count's own place comes before the list of its parts."""
    sent = "Five people were killed in Kherson, including two children."
    assert _incident_place("Kherson", sent, "Five", []) == "Kherson"


def test_two_sides_jet_figures_meet_though_one_state_spoke():
    """Azerbaijan's three against Armenia's one, one Armenian figure placed by a town: the state
    speaking does not place the three apart from the one (a contradiction, not two groups)."""
    claims = pd.DataFrame([
        _claim("c1", "a1", 3, "Azerbaijan says its air defences shot down three Armenian Su-25 jets.",
               claimant="Azerbaijan", code="AZE"),
        _claim("c2", "a2", 1, "Armenia's defence ministry said it lost one aircraft near Jermuk.",
               claimant="Armenia's defence ministry", code="ARM"),
        _claim("c3", "a3", 1, "Armenia says it lost one jet.", claimant="Armenia", code="ARM"),
    ])
    events, incident_of = _events({"a1": "Azerbaijan", "a2": "Jermuk"})
    groups, members = build(claims, _meta(["a1", "a2", "a3"]), events, incident_of)
    top = groups[groups["parent_id"].isna()]
    assert list(top["kind"]) == ["contradiction"]
    held = set(members[members["group_id"] == top["id"].iloc[0]]["claim_id"])
    assert held == {"c1", "c2", "c3"}


def test_sites_whose_parts_lie_in_two_towns_meet():
    """Two reports of Ukraine's nine sites, each naming one of its parts' towns, and Russia's 14:
    one count of sites struck, not a Lviv group and a Kovel group."""
    claims = pd.DataFrame([
        _claim("c1", "a1", 9, "Ukraine's air force said Russian missiles struck nine sites, including a power plant in Lviv.",
               category="sites_struck", subject="UKR", claimant="Ukraine's air force", code="UKR", what="sites struck"),
        _claim("c2", "a2", 9, "Ukraine said nine sites were hit, including a rail depot in Kovel.",
               category="sites_struck", subject="UKR", claimant="Ukraine", code="UKR", what="sites hit"),
        _claim("c3", "a3", 14, "Russia's defence ministry said it struck 14 energy facilities.",
               category="sites_struck", subject="UKR", claimant="Russia's defence ministry", code="RUS",
               what="energy facilities struck"),
    ])
    events, incident_of = _events({"a1": "Lviv", "a2": "Kovel"})
    groups, members = build(claims, _meta(["a1", "a2", "a3"]), events, incident_of)
    top = groups[groups["parent_id"].isna()]
    assert list(top["kind"]) == ["contradiction"]
    assert set(members[members["group_id"] == top["id"].iloc[0]]["claim_id"]) == {"c1", "c2", "c3"}


def _toll(cid, art, category, value, number_text, what, sentence, claimant, code):
    return {**_claim(cid, art, value, sentence, category=category, subject="ETH", claimant=claimant, code=code,
                     what=what), "number_text": number_text}


def test_the_wounded_of_a_sentence_share_its_dead_s_kind():
    """'11 soldiers were killed and 27 wounded' counts wounded soldiers; the governor's '14 civilians
    were killed and 52 wounded' counts wounded civilians: two facts, not a clash of 27 and 52."""
    s1 = "Army spokesman Colonel Getnet Adane said 11 soldiers were killed and 27 wounded in the fighting."
    s2 = "The regional governor, Abebe Tadesse, said 14 civilians were killed and 52 wounded when drones struck a market."
    claims = pd.DataFrame([
        _toll("k1", "a1", "killed", 11, "11", "soldiers killed", s1, "Getnet Adane", "ETH"),
        _toll("w1", "a1", "injured", 27, "27", "wounded", s1, "Getnet Adane", "ETH"),
        _toll("k2", "a2", "killed", 14, "14", "civilians killed", s2, "Abebe Tadesse", None),
        _toll("w2", "a2", "injured", 52, "52", "wounded", s2, "Abebe Tadesse", None),
    ])
    groups, _ = build(claims, _meta(["a1", "a2"]), None, None)
    assert "contradiction" not in set(groups["kind"])


def test_a_sentence_counting_two_kinds_lends_its_wounded_none():
    """Negative: 'five soldiers and three civilians were killed and 20 wounded' does not say whose
    the 20 are, so they stay of no kind and meet another report's wounded of either."""
    s1 = "Five soldiers and three civilians were killed and 20 wounded in the shelling, officials said."
    s2 = "Hospital officials said 31 people were wounded in the shelling."
    claims = pd.DataFrame([
        _toll("k1", "a1", "killed", 5, "Five", "soldiers killed", s1, "officials", "ETH"),
        _toll("k2", "a1", "killed", 3, "three", "civilians killed", s1, "officials", "ETH"),
        _toll("w1", "a1", "injured", 20, "20", "wounded", s1, "officials", "ETH"),
        _toll("w2", "a2", "injured", 31, "31", "wounded", s2, "Hospital officials", "ETH"),
    ])
    groups, members = build(claims, _meta(["a1", "a2"]), None, None)
    injured = groups[(groups["category"] == "injured") & groups["parent_id"].isna()]
    assert len(injured) == 1
    assert set(members[members["group_id"] == injured["id"].iloc[0]]["claim_id"]) == {"w1", "w2"}


def _fled(cid, art, value, number_text, what, sentence, claimant):
    return {"id": cid, "article_id": art, "value": value, "low": None, "high": None, "qualifier": "about",
            "number_text": number_text, "what": what, "category": "displaced", "subject_code": "SDN",
            "claimant_name": claimant, "claimant_code": None, "sent_start": 0, "sentence": sentence,
            "ref_date": "2026-06-10", "published": "2026-06-10"}


def test_families_and_people_are_two_measures_of_one_flight():
    claims = pd.DataFrame([
        _fled("c1", "a1", 3000, "About 3,000", "people fled", "About 3,000 people had fled the town since Sunday, "
              "residents said.", "Residents"),
        _fled("c2", "a2", 60, "about 60", "families left", "Amina Hassan said about 60 families from her street had "
              "left.", "Amina Hassan"),
    ])
    groups, _ = build(claims, _meta(["a1", "a2"]), None, None)
    assert "contradiction" not in set(groups["kind"])


def test_two_counts_of_people_who_fled_still_clash():
    """Negative: 3,000 people and 4,500 residents count the same people."""
    claims = pd.DataFrame([
        _fled("c1", "a1", 3000, "About 3,000", "people fled", "About 3,000 people had fled the town since Sunday, "
              "Amina Hassan said.", "Amina Hassan"),
        _fled("c2", "a2", 4500, "about 4,500", "residents left", "Omar Bashir said about 4,500 residents had left "
              "since Sunday.", "Omar Bashir"),
    ])
    groups, _ = build(claims, _meta(["a1", "a2"]), None, None)
    assert "contradiction" in set(groups["kind"])


def test_a_state_in_a_compound_place_name_places_nothing():
    """'in Pakistan-administered Kashmir' names a region, not Pakistan as a national count's place."""
    sent = "Officials in Azerbaijan-controlled Lachin say four civilians have died in the valleys."
    assert _incident_place("Azerbaijan", sent, "four", []) is None


def test_a_wire_copy_is_dated_as_its_original():
    """A copy whose changed dateline dates its sentence a day earlier still reports the original's
    count: the copy's nine drones are not set against another night's two."""
    def drones(cid, art, value, ref, sentence):
        return {**_claim(cid, art, value, sentence, category="drones_downed", subject="UKR", claimant="Russia",
                         code="RUS", what="Ukrainian drones downed"), "ref_date": ref, "published": "2026-06-03"}
    sent = "Russia said it had downed nine Ukrainian drones over Belgorod and Kursk."
    claims = pd.DataFrame([
        drones("c1", "a1", 9, "2026-06-03", sent),
        drones("c2", "a2", 9, "2026-06-02", sent),  # the copy: its dateline moved
        {**drones("c3", "a3", 2, "2026-06-01", "Ukraine said two of its drones were shot down near Bryansk."),
         "published": "2026-06-01", "claimant_name": "Ukraine", "claimant_code": "UKR"},
    ])
    meta = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "doc_name": ["a1", "a2", "a3"],
                         "outlet": ["Wire", "Paper", "Other"], "dup_group": ["a1", "a1", "a3"],
                         "story_id": ["s", "s", "s"]})
    groups, _ = build(claims, meta, None, None)
    assert "contradiction" not in set(groups["kind"])


_BROKEN = ("According to the regional administration, 16 civilians have been killed since Monday - nine in Kherson, "
           "four in Mykolaiv, three in Odesa.")


def test_a_total_broken_down_by_town_is_placed_in_none_of_them():
    assert _incident_place("Kherson", _BROKEN, "16", []) is None


def _ukr(cid, art, value, number_text, sentence, claimant):
    return {**_claim(cid, art, value, sentence, category="killed", subject="UKR", claimant=claimant, code="UKR",
                     what="civilians killed"), "number_text": number_text}


def test_a_total_told_without_its_breakdown_agrees_with_it():
    claims = pd.DataFrame([
        _ukr("c1", "a1", 16, "16", _BROKEN, "the regional administration"),
        _ukr("c2", "a2", 16, "16", "Ukrainian officials say 16 civilians have been killed in the south.",
             "Ukrainian officials"),
        _ukr("c3", "a3", 16, "16", "Officials said 16 civilians had died in the south since Monday.", "Officials"),
    ])
    groups, members = build(claims, _meta(["a1", "a2", "a3"]), None, None)
    top = groups[groups["parent_id"].isna()]
    assert list(top["kind"]) == ["agreement"]
    assert set(members[members["group_id"] == top["id"].iloc[0]]["claim_id"]) == {"c1", "c2", "c3"}


def test_a_towns_own_figure_stays_apart_from_the_total():
    """Negative: a count of another figure than the total is one of its parts, no rival."""
    claims = pd.DataFrame([
        _ukr("c1", "a1", 16, "16", _BROKEN, "the regional administration"),
        _ukr("c2", "a2", 9, "Nine", "Nine civilians were killed in the shelling, officials said.", "officials"),
    ])
    groups, _ = build(claims, _meta(["a1", "a2"]), None, None)
    assert "contradiction" not in set(groups["kind"])
