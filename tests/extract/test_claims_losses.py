"""A figure verb setting losses at a number ("put its own losses at six soldiers", "puts
Russian losses at more than 300"): a count of the dead, of the side whose losses they are
(the possessive binds to the speaker, a demonym names the side), asserted by the verb's
subject. Sentences about other crises, written for these tests, through the real pipeline."""

from __future__ import annotations


def _read(claims) -> list[tuple]:
    return [(c.value, c.category, c.subject_code) for c in claims]


def test_own_losses_put_at_a_count_of_soldiers_are_the_speakers_dead(real):
    claims = real("Sudan's army said it put its losses at 11 soldiers.")
    assert _read(claims) == [(11, "killed", "SDN")]


def test_a_demonym_on_the_losses_names_whose_dead_a_bare_figure_counts(real):
    claims = real("Kyiv's military puts Russian losses at more than 300.")
    assert _read(claims) == [(300, "killed", "RUS")]
    assert claims[0].claimant_code == "UKR"  # the subject of the figure verb asserts it


def test_enemy_losses_are_not_the_speakers_own(real):
    assert _read(real("Ukraine's army puts enemy losses at 40 soldiers.")) == [(40, "killed", None)]


def test_losses_of_things_stay_things(real):
    assert [(c.value, c.category) for c in real("The army put its losses at two aircraft.")] == [(2, "aircraft_downed")]


def test_a_figure_verb_on_a_cost_is_no_count(real):
    assert real("The rebels put the cost of repairs at 40 million.") == []
