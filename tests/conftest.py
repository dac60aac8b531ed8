"""Shared fixtures: the seed articles, ingested and parsed once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# stand-in indexes and parsers the extractor tests share (tests/ is not a package)
sys.path.insert(0, str(Path(__file__).resolve().parent / "extract"))
SEEDS = ROOT / "examples" / "seeds"
SHARED = ROOT.parent / "shared"  # benchmarks and gold, for tests only (never the product)


@pytest.fixture(scope="session")
def nlp():
    from crisislens import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def seed_articles():
    """The five seeds as Articles, keyed by file name."""
    from crisislens.ingest import iter_inputs
    from crisislens.model import Article

    arts = [a for a in iter_inputs([str(SEEDS)]) if isinstance(a, Article)]
    return {a.doc_name: a for a in arts}


@pytest.fixture(scope="session")
def seed_docs(seed_articles, nlp):
    """(article, doc) pairs for the seeds, keyed by file name."""
    names = sorted(seed_articles)
    docs = nlp.pipe([seed_articles[n].clean_text for n in names])
    return {n: (seed_articles[n], d) for n, d in zip(names, docs, strict=True)}


@pytest.fixture(scope="session")
def seed_analyses(seed_docs):
    """The per-article stage's output for every seed."""
    from crisislens.pipeline import analyze_article

    return {n: analyze_article(a, d) for n, (a, d) in seed_docs.items()}
