"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest
from test_quotes_support import make_article

from crisislens.extract.claims import extract_claims
from crisislens.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def real(nlp):
    """Claims of one composed text through the real parse, actor index and quotes."""
    from crisislens.actors.resolve import build_index

    def run(text: str):
        art = make_article(text)
        doc = nlp(art.clean_text)
        index = build_index(doc, art)
        return extract_claims(doc, art, index, extract_quotes(doc, art, index))

    return run
