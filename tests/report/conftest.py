"""Fixtures for the report tests: hand-made seed stores and their built reports."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from crisislens.store import Store

HERE = Path(__file__).resolve().parent


def load_handmade():
    """The hand-made store builder (tests run with --import-mode=importlib, so load it by path)."""
    spec = importlib.util.spec_from_file_location("report_handmade", HERE / "handmade.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def handmade():
    return load_handmade()


@pytest.fixture(scope="session")
def hand_store(tmp_path_factory, handmade):
    """A store with the seeds' hand-made facts and link tables."""
    store = Store(tmp_path_factory.mktemp("hand") / "hand.duckdb")
    handmade.fill(store, link=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def hand_report(hand_store, tmp_path_factory) -> Path:
    """report.html of the linked hand-made store."""
    from crisislens.report import build_report

    return build_report(hand_store, tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="session")
def unlinked_store(tmp_path_factory, handmade):
    """The same facts, no link-stage tables filled (a store never linked), no outlet known."""
    store = Store(tmp_path_factory.mktemp("unlinked") / "unlinked.duckdb")
    handmade.fill(store, link=False, outlets=False)
    yield store
    store.close()
