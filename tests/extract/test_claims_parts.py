"""Parts of a toll stated with their place: a partitive with a place ("eight of them in El
Fasher") is a count of its own, and a distributive "one each in A, B and C" states one count
per place. Sentences about other crises, written for these tests, through the real pipeline,
each with a negative probe."""

from __future__ import annotations


def _counts(claims) -> list[tuple]:
    return [(c.value, c.category) for c in claims]


def test_a_partitive_with_its_place_is_a_count_of_the_part(real):
    claims = real("Sudan says at least 20 civilians have been killed, eight of them in El Fasher.")
    assert [(c.value, c.category, c.subject_code) for c in claims] == [(20, "killed", "SDN"), (8, "killed", "SDN")]


def test_a_partitive_with_its_place_keeps_the_tolls_category(real):
    assert _counts(real("Ukraine says 12 soldiers were wounded, five of them in Kherson.")) == [(12, "injured"), (5, "injured")]


def test_a_partitive_naming_what_they_were_is_still_no_count(real):
    assert _counts(real("Twelve people were killed in Kharkiv, five of them children, officials said.")) == [(12, "killed")]


def test_one_each_in_three_places_is_three_counts_of_one(real):
    claims = real("Officials said seven people were killed in Goma, four in Bukavu and one each in Uvira, Baraka and Fizi.")
    assert _counts(claims) == [(7, "killed"), (4, "killed"), (1, "killed"), (1, "killed"), (1, "killed")]
    assert len({c.id for c in claims}) == 5


def test_each_without_a_list_of_places_is_one_count(real):
    assert _counts(real("Two soldiers each were wounded in the attack.")) == [(2, "injured")]


def test_one_each_with_no_outcome_is_no_count(real):
    assert real("The envoys met one each from Kyiv and Moscow.") == []


def test_a_causative_of_rise_takes_the_tally_as_object_and_to_n_as_its_figure(real):
    claims = real("The new attack raised the number of people killed in Darfur to 40.")
    assert [(c.value, c.category) for c in claims] == [(40, "killed")]


def test_a_tally_of_no_outcome_brought_to_a_figure_is_no_count(real):
    assert real("The rally brought the number of protesters to 5,000.") == []
