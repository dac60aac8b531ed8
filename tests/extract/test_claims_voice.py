"""Who claims a count no quote holds (``claims_voice``): "according to" mid-sentence, a
sentence-final ", officials said" the parser conjoins to the reported clause, "X says it
...", a verb of saying with the count in its noun object, and a non-restrictive relative
clause inside reported speech. Sentences about other crises than the practice sets,
written for these tests, each rule with a negative probe, run through the real pipeline."""

from __future__ import annotations

import pytest


def _voices(claims) -> list[tuple]:
    return [(c.value, c.category, c.claimant_name) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to" between the count's clause and what follows it
        ("At least nine civilians died in the shelling of Kherson, according to regional officials, "
         "while Moscow said its forces had hit only military targets.",
         [(9, "killed", "regional officials")]),
        ("Thirty people were injured, according to Médecins Sans Frontières, and most were taken to Goma.",
         [(30, "injured", "Médecins Sans Frontières")]),
    ],
)
def test_according_to_on_the_counts_clause_names_the_source(real, text, expected):
    assert _voices(real(text)) == expected


def test_a_final_reporting_clause_the_parser_conjoins_still_reports_both_counts(real):
    text = "Two soldiers were killed and five others wounded as rebels attacked a checkpoint near Lashio, the junta said on Monday."
    assert [c.claimant_name for c in real(text)] == ["the junta", "the junta"]


def test_a_coordinated_clause_of_saying_with_and_reports_something_else(real):
    claims = real("Two soldiers were killed near Lashio on Monday, and the junta said it would retaliate.")
    assert [(c.value, c.claimant_name) for c in claims] == [(2, None)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Kyiv says it shot down 20 drones overnight.", "Ukraine"),
        ("Moscow conceded the loss of two helicopters near Kursk.", "Russia"),
        ("The Ethiopian army confirmed the deaths of 12 soldiers in an ambush in Amhara.", "Ethiopian army"),
    ],
)
def test_the_subject_of_a_verb_of_saying_over_the_count_claims_it(real, text, claimant):
    claims = real(text)
    assert len(claims) == 1 and claims[0].claimant_name == claimant


def test_a_non_restrictive_relative_clause_in_reported_speech_is_the_speakers(real):
    claims = real("The governor told reporters that rockets hit Sderot, where four houses were destroyed.")
    assert _voices(claims) == [(4, "other", "The governor")]


def test_a_restrictive_relative_clause_in_reported_speech_stays_the_outlets(real):
    claims = real("The minister said Egypt condemned the strikes that killed 31 people in Rafah.")
    assert _voices(claims) == [(31, "killed", None)]


def test_a_verb_of_denial_claims_no_figure_it_denies(real):
    # the subject of "denied" does not claim the 40 it denies (the fallback stops at denial)
    claims = real("The army denied the capture of 40 soldiers near El Fasher.")
    assert _voices(claims) == [(40, "detained", None)]
