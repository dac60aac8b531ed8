"""The report of the five seeds analysed for real (ingest → extract → store → link → report)."""

from __future__ import annotations

import re

import pytest

from crisislens.report import build_report
from crisislens.store import Store

pytestmark = pytest.mark.slow


def section(html: str, sid: str) -> str:
    m = re.search(rf'<section id="{sid}">(.*?)</section>', html, re.S)
    assert m, f"section {sid} missing"
    return m.group(1)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    from crisislens.api import analyze
    from crisislens.link import update

    tmp = tmp_path_factory.mktemp("seeds")
    db = tmp / "seeds.duckdb"
    summary = analyze(["examples/seeds"], str(db), workers=1)
    assert summary.stored == 5, summary.messages
    with Store(db) as store:
        update(store)
        return build_report(store, tmp / "report").read_text(encoding="utf-8")


def test_every_seed_contributes_incidents_with_evidence(seed_report):
    timeline = section(seed_report, "timeline")
    assert len(re.findall(r"<tr><td>", timeline)) >= 10
    evidence = section(seed_report, "evidence")
    for prefix in ("000_", "001_", "002_", "003_", "004_"):
        assert prefix in evidence, prefix


def test_dar_and_asif_are_among_the_most_quoted(seed_report):
    quotes = section(seed_report, "quotes")
    assert "Ishaq Dar" in quotes and "Khawaja Asif" in quotes
    assert "there has been contact between the two" in quotes


def test_both_jet_counts_appear_with_their_claimants(seed_report):
    numbers = section(seed_report, "numbers")
    five = [r for r in numbers.split("<li>") if r.startswith("<b>5</b>") and "Ishaq Dar" in r]
    six = [r for r in numbers.split("<li>") if r.startswith("<b>6</b>") and "Khawaja Asif" in r]
    assert five and six


def test_kashmir_naming_differs_between_seed_articles(seed_report):
    framing = section(seed_report, "framing")
    table = framing.split("aming of Indian-held Kashmir</h3>")[1].split("</table>")[0]
    rows = [re.sub(r"<[^>]+>", " ", r) for r in table.split("<tr>")[2:]]
    variants = {r.split("  ")[0].strip(): set(re.findall(r"[A-Z][\w-]+ Kashmir", r)) for r in rows}
    assert len(variants) >= 2
    assert len({frozenset(v) for v in variants.values()}) >= 2  # outlets/articles name it differently
