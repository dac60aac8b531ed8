"""Whose detainees are: the state where they are held (the project's code book), read from the
place on the verb of custody; a captured soldier stays his own side's. Sentences about other
crises than the practice sets, written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest


def _subjects(claims) -> list[tuple]:
    return [(c.value, c.category, c.subject_code) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian police said two suspected Ukrainian informants had been held in Belgorod on Tuesday.",
         [(2, "detained", "RUS")]),
        ("Sudan's army said it had arrested four suspected Ethiopian agents in Kassala.", [(4, "detained", "SDN")]),
        # each clause's own verb and place: not the nearest demonym, not the other clause's place
        ("Ukraine said its security service had detained three Russian agents in Kharkiv, while Russian police "
         "reported two arrests in Belgorod.",
         [(3, "detained", "UKR"), (2, "detained", "RUS")]),
    ],
)
def test_detainees_are_counted_under_the_state_holding_them(real, text, expected):
    assert _subjects(real(text)) == expected


def test_a_captured_soldier_stays_his_own_sides(real):
    claims = real("Russian forces said they had captured three Ukrainian soldiers in Kursk.")
    assert [c.subject_code for c in claims] == ["UKR"]
