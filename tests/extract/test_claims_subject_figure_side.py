"""Whose a figure is when the "on ... side" phrase hangs from the clause that sets it ("put the
toll on its side at nine"), not from the counted noun. Sentences about other crises than the
practice sets, written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest


def _subjects(claims) -> list[tuple]:
    return [(c.value, c.category, c.subject_code) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its side" binds to the one who puts the toll, not to the other side's count before it
        ("Ukrainian officials said 12 civilians were killed in Kharkiv, while Russia's defence ministry "
         "put the toll on its side at nine soldiers.",
         [(12, "killed", "UKR"), (9, "killed", "RUS")]),
        # a group's own side is its own fighters (non-state: NSG), not the state named before
        ("Sudanese officials said four civilians died in El Fasher, while the RSF put the toll on its side "
         "at 30 fighters.",
         [(4, "killed", "SDN"), (30, "killed", "NSG")]),
        # "up from seven" is the same toll's earlier value: the same side's
        ("Kyiv said 12 civilians were killed in Kharkiv, while Russia's defence ministry put the toll on its side "
         "at nine soldiers, up from seven.",
         [(12, "killed", "UKR"), (9, "killed", "RUS"), (7, "killed", "RUS")]),
        # the side named on the toll that is stated, whoever states it
        ("The toll on the Russian side rose to 12 soldiers, Ukraine's military said.", [(12, "killed", "RUS")]),
    ],
)
def test_the_side_on_the_figure_clause_is_whose_the_figure_is(real, text, expected):
    assert _subjects(real(text)) == expected


def test_a_toll_on_both_sides_is_an_aggregate_with_no_single_subject(real):
    claims = real("Ukrainian officials said the toll on both sides had risen to 40 soldiers.")
    assert _subjects(claims) == [(40, "killed", None)]


def test_a_side_phrase_on_a_verb_that_sets_no_figure_is_not_read(real):
    # "fired on its side at 12 posts": where the firing went, not a figure the army puts on its side
    claims = real("Sudan's army said RSF fighters fired on its side at 12 posts.")
    assert _subjects(claims) == [(12, "sites_struck", None)]
