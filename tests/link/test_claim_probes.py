"""Review probes of the claim-group word rules on short texts written for these tests (the
Russia-Ukraine war, the eastern Congo, Gaza): where a clause break is not one, a clause with
no name of its own, increments and earlier figures, and the kinds of people counted."""

from __future__ import annotations

from crisislens.link.claims import _incident_place, count_clause, is_part, people_kind, says_revised


def test_as_well_as_and_as_many_as_do_not_split_one_report():
    sentence = "Five soldiers, as well as three civilians, were killed in Kherson on Monday."
    assert count_clause(sentence, "Five") == sentence
    assert _incident_place(None, sentence, "Five", []) == "Kherson"
    assert count_clause("Twelve people were killed in Goma, as many as 40 were wounded.", "40").startswith("Twelve")


def test_a_clause_naming_no_place_shares_its_sentences_place():
    assert _incident_place(None, "Four people were killed in Kharkiv, while three were wounded.", "three", []) == "Kharkiv"
    assert _incident_place(None, "Seven were killed in Rafah, but the army said only two died.", "two", []) == "Rafah"
    # a clause that names another place is still its own report
    assert _incident_place(None, "Seven were killed in Rafah, officials said, while officials in "
                           "Khan Younis said three died.", "three", []) == "Khan Younis"


def test_more_than_is_no_increment():
    assert is_part("Two more bodies were found in Bunia.", "Two")
    assert not is_part("Three more than last week died in Bunia.", "Three")


def test_up_from_a_word_that_is_no_figure_is_no_revision():
    assert not says_revised("Twelve were killed in the raid, which came up from the south at night.", "Twelve")
    assert says_revised("Sixteen were killed, up from twelve on Monday.", "Sixteen")
    assert says_revised("16 were killed, raising an earlier toll of 14.", "16")


def test_guardians_are_not_guards():
    assert people_kind("parents and guardians") is None
    assert people_kind("border guards") == "military" and people_kind("national guardsmen") == "military"
