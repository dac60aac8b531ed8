"""Review probe of link.story_places: a province is no incident's place. Two reports of
different incidents in one province (Pakistan's Khyber Pakhtunkhwa, India's Jammu and
Kashmir) both name it, so it must not waive the relative floor between them; the towns do.
Headlines written for this test."""

from __future__ import annotations

from crisislens.link.story_places import lead_places, place_kinds


def test_a_province_is_not_a_lead_place_its_towns_are():
    assert set(place_kinds(lead_places("Drone strike kills three in Bannu, Khyber Pakhtunkhwa", ""))) == {"Bannu|PAK"}
    assert lead_places("Police post attacked in Khyber Pakhtunkhwa", "") == frozenset()
    assert lead_places("Shelling hits villages in Jammu and Kashmir", "Residents fled overnight.") == frozenset()
    assert lead_places("Rebels advance on Goma", "") == frozenset({"Goma|COD"})
