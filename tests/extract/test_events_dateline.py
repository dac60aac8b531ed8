"""A dateline the parser takes for a subject ("Lagos: ...", "Goma -- ...") is not who acts."""

from __future__ import annotations

import pytest

from crisislens.actors.resolve import build_index
from crisislens.extract.events import extract_events
from crisislens.model import Article


def _events(nlp, text: str):
    art = Article(id="t", doc_name="t", source="t", text=text, clean_text=text, published="2024-03-04")
    doc = nlp(text)
    return extract_events(doc, art, build_index(doc, art))


@pytest.mark.parametrize(
    ("text", "predicate", "dyad"),
    [
        # two subjects of "said": the dateline and the speaker (before: no event at all)
        ("Lagos: Former Nigerian vice president Atiku Abubakar has said the ruling party rigged the vote.",
         "said", ("NGA", None)),
        # the actor parsed as an apposition of the dateline (before: no source)
        ("Goma -- The Congolese army, on Sunday, accused Rwanda of backing the M23 rebels.",
         "accused", ("COD", "RWA")),
        ("Mogadishu -- Somali troops, yesterday, attacked al-Shabaab positions near Baidoa.",
         "attacked", ("SOM", "NSG")),
    ],
)
def test_dateline_is_not_the_source(nlp, text, predicate, dyad):
    found = {(e.source_code, e.target_code) for e in _events(nlp, text) if e.predicate.startswith(predicate)}
    assert dyad in found


def test_an_apposition_after_a_comma_is_not_a_dateline(nlp):
    # "Putin, the Russian leader, accused": Putin is the subject, not the role in apposition
    evs = [e for e in _events(nlp, "Putin, the Russian leader, accused Ukraine of sabotage.") if e.predicate == "accused"]
    assert [(e.source_code, e.target_code) for e in evs] == [("RUS", "UKR")]
    assert all("Putin" in (e.source_name or "") for e in evs)


def test_a_hyphenated_title_is_no_dateline(nlp):
    evs = _events(nlp, "Iraq's Sunni vice-president has denied charges that he ran a hit squad.")
    assert any(e.source_code == "IRQ" and e.cameo.startswith("01") for e in evs)
