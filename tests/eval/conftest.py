"""Fixtures for the evaluation tests: the hand-annotated seeds gold (tests may read ../shared)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "seeds.json"


@pytest.fixture(scope="session")
def seeds_gold_path() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def _seeds_gold_raw() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture
def seeds_gold(_seeds_gold_raw) -> dict:
    """A fresh deep copy of the seeds gold, safe to mutate into a 'prediction'."""
    return copy.deepcopy(_seeds_gold_raw)
