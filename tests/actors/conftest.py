"""Fixtures for actor tests: seed articles built directly (independent of ingest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisislens.model import Article

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"


def make_article(text: str, name: str = "t.txt", published: str | None = "2025-05-08") -> Article:
    return Article(id=name, doc_name=name, source=name, text=text, clean_text=text, published=published)


@pytest.fixture(scope="session")
def resolve_text(nlp):
    """Parse a text and resolve its actors: returns (index, doc, article)."""
    from crisislens.actors.resolve import build_index

    def run(text: str, published: str | None = "2025-05-08"):
        art = make_article(text, published=published)
        doc = nlp(text)
        return build_index(doc, art), doc, art

    return run


@pytest.fixture(scope="session")
def seed_indexes(nlp):
    """name -> (index, doc, article) for every seed (publication dates from the gold, May 2025)."""
    from crisislens.actors.resolve import build_index

    dates = {"001": "2025-05-08", "004": "2025-05-01"}  # the dates the texts state (gold `published`)
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        art = make_article(text, path.name, dates.get(path.name[:3]))
        doc = nlp(text)
        out[path.name] = (build_index(doc, art), doc, art)
    return out
