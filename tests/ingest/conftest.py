"""Fixtures for the ingestion tests: the fixture folder and a helper that splits results."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisislens.model import Article, InputProblem

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


def _split(items) -> tuple[list[Article], list[InputProblem]]:
    items = list(items)
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, InputProblem)],
    )


@pytest.fixture(scope="session")
def split():
    """Separate the articles from the problems an iter_inputs run yielded."""
    return _split


@pytest.fixture(scope="session")
def shared_gold() -> dict:
    """The hand-annotated seeds (tests may read /work/shared; the product never does)."""
    import json

    path = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "seeds.json"
    return json.loads(path.read_text(encoding="utf-8"))
