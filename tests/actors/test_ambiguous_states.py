"""A name two states share ("Congo": COD or COG) is read from the article, or left without a
code and marked ambiguous in ``how``; never silently the first state of the data files."""

from __future__ import annotations


def _state(index, doc, word: str, nth: int = 0):
    tokens = [t for t in doc if t.text == word]
    return index.actor_for(tokens[nth])


def test_goma_and_north_kivu_make_congo_the_drc(resolve_text):
    index, doc, _ = resolve_text("GOMA — Rebels seized two towns in North Kivu. Congo said its army would retake them.")
    congo = _state(index, doc, "Congo")
    assert congo.code == "COD" and "COD" in congo.how
    index, doc, _ = resolve_text("GOMA — Rebels seized two towns in North Kivu, and Congo's army vowed to retake them.")
    assert _state(index, doc, "army").code == "COD"


def test_brazzaville_makes_congo_the_republic(resolve_text):
    index, doc, _ = resolve_text("BRAZZAVILLE — Congo's president won a new term, Congolese officials said.")
    assert _state(index, doc, "Congo").code == "COG"
    assert _state(index, doc, "Congolese").code == "COG"


def test_congo_with_nothing_to_settle_it_has_no_code_and_says_so(resolve_text):
    index, doc, _ = resolve_text("Congo and Rwanda signed a peace deal on Friday.")
    congo = _state(index, doc, "Congo")
    assert congo.kind == "state" and congo.code is None and congo.how.startswith("'Congo' names COD or COG: ambiguous")
    assert _state(index, doc, "Rwanda").code == "RWA"


def test_a_name_joined_to_its_capital_is_that_congo(resolve_text):
    index, doc, _ = resolve_text("The DRC and Congo-Brazzaville closed the river crossing after the Kinshasa riots.")
    assert _state(index, doc, "Congo").code == "COG"  # the article names both: only the compound settles


def test_while_the_drc_was_zaire_a_bare_congo_is_the_republic(resolve_text):
    index, doc, _ = resolve_text("Congo and Gabon signed a border treaty.", published="1990-06-01")
    assert _state(index, doc, "Congo").code == "COG"
    index, doc, _ = resolve_text("Congo and Gabon signed a border treaty.", published="2020-06-01")
    assert _state(index, doc, "Congo").code is None


def test_a_person_the_dated_dictionary_codes_settles_it(resolve_text):
    # PETRARCH-2 codes Laurent-Désiré Kabila CODGOV from 1997 to 2001: his Congo is the DRC
    index, doc, _ = resolve_text("On Tuesday, Laurent Desire Kabila said Congo would not negotiate.", published="1999-03-01")
    assert _state(index, doc, "Congo").code == "COD"
