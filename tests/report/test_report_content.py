"""The situation report's content: facts, badges, evidence links, scope, degraded stores."""

from __future__ import annotations

import re

import pytest

from crisislens.report import ScopeError, build_report
from crisislens.store import Store


def section(html: str, sid: str) -> str:
    m = re.search(rf'<section id="{sid}">(.*?)</section>', html, re.S)
    assert m, f"section {sid} missing"
    return m.group(1)


def test_report_is_self_contained(hand_report):
    html = hand_report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for forbidden in ("<script", "<link ", "@import", 'src="http', "url(http", "<iframe"):
        assert forbidden not in html, forbidden
    assert html.count("<svg ") >= 2
    assert (hand_report.parent / "report.md").exists()


def test_summary_counts_articles_and_contradictions(hand_report):
    summary = section(hand_report.read_text(encoding="utf-8"), "summary")
    assert "<dt>Articles</dt><dd>5</dd>" in summary
    assert "2025-05-01 to 2025-05-25" in summary
    assert "badge contradiction'>1<" in summary
    assert "India–Pakistan strikes" in summary  # the stories table


def test_jets_contradiction_lists_every_claimant(hand_report):
    numbers = section(hand_report.read_text(encoding="utf-8"), "numbers")
    row = next(r for r in numbers.split("<tr>") if "aircraft_downed" in r)
    assert 'badge contradiction">contradiction' in row
    assert "5 vs 6" in row
    assert "Ishaq Dar" in row and "Khawaja Asif" in row and "own voice" in row
    assert 'badge agreement">agreement' in numbers


def test_quotes_of_dar_and_asif_link_to_their_sentences(hand_report):
    html = hand_report.read_text(encoding="utf-8")
    quotes = section(html, "quotes")
    assert "Ishaq Dar (PAK)" in quotes and "Khawaja Asif (PAK)" in quotes
    assert "Yes, there has been contact between the two" in quotes
    assert quotes.index("Ishaq Dar") < quotes.index("Khawaja Asif")  # most quoted first
    m = re.search(r"in the dark of night.*?href=\"#(ev-[0-9a-f]+-\d+)\"", quotes, re.S)
    assert m
    mark = re.search(rf'<mark class="evidence" id="{m.group(1)}">(.*?)</mark>', html, re.S)
    assert mark and "in the dark of night" in mark.group(1)


def test_every_evidence_link_has_a_target(hand_report):
    html = hand_report.read_text(encoding="utf-8")
    links = set(re.findall(r'href="#(ev-[^"]+)"', html))
    ids = set(re.findall(r'id="(ev-[^"]+)"', html))
    assert len(links) >= 15
    assert links <= ids, sorted(links - ids)


def test_evidence_shows_sentence_inside_paragraph_with_metadata(hand_report):
    evidence = section(hand_report.read_text(encoding="utf-8"), "evidence")
    art = re.search(r'<article class="evidence"[^>]*>(.*?)</article>', evidence, re.S).group(1)
    assert re.search(r"\d{4}-\d{2}-\d{2}", art)  # the publication date in the header
    assert ".txt" in art  # the document name
    # the paragraph around the highlighted sentence is shown too
    para = re.search(r"<p>(.*?)</p>", art, re.S).group(1)
    assert "<mark" in para and re.sub(r"<[^>]+>", "", para) != re.search(r"<mark[^>]*>(.*?)</mark>", para, re.S).group(1)


def test_timeline_lists_incidents_by_date_with_quad_class(hand_report):
    timeline = section(hand_report.read_text(encoding="utf-8"), "timeline")
    dates = re.findall(r"<tr><td>(\d{4}-\d{2}-\d{2})", timeline)
    assert dates == sorted(dates) and dates[0] == "2025-05-01" and dates[-1] == "2025-05-25"
    assert "material conflict" in timeline and "verbal cooperation" in timeline
    assert 'data-chart="timeline"' in timeline
    # the negated event ("Pakistan denies ...") is not an incident
    assert "denies" not in timeline


def test_network_draws_actors_from_the_events(hand_report):
    network = section(hand_report.read_text(encoding="utf-8"), "network")
    assert 'data-chart="network"' in network
    for name in ("India", "Pakistan", "Khawaja Asif", "Pete Hegseth"):
        assert name in network


def test_report_is_deterministic(hand_store, tmp_path):
    a = build_report(hand_store, tmp_path / "a").read_bytes()
    b = build_report(hand_store, tmp_path / "b").read_bytes()
    assert a == b


def test_story_scope_keeps_only_that_storys_articles(hand_store, tmp_path):
    html = build_report(hand_store, tmp_path, story_id="story-2").read_text(encoding="utf-8")
    summary = section(html, "summary")
    assert "<dt>Articles</dt><dd>1</dd>" in summary
    assert "US calls for restraint" in html
    assert "Pete Hegseth" in section(html, "timeline")
    assert "Khawaja Asif" not in section(html, "quotes")


def test_date_scope_filters_by_publication_date(hand_store, tmp_path):
    html = build_report(hand_store, tmp_path, date_from="2025-05-07", date_to="2025-05-08").read_text(encoding="utf-8")
    assert "<dt>Articles</dt><dd>3</dd>" in section(html, "summary")
    assert "2025-05-25" not in section(html, "timeline")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"story_id": "no-such-story"}, "no such story"),
        ({"date_from": "May the fourth"}, "not a date"),
        ({"date_from": "2025-05-09", "date_to": "2025-05-01"}, "after"),
    ],
)
def test_bad_scope_gives_one_clear_error(hand_store, tmp_path, kwargs, message):
    with pytest.raises(ScopeError, match=message):
        build_report(hand_store, tmp_path, **kwargs)


def test_unlinked_store_falls_back_to_events_and_raw_claims(unlinked_store, tmp_path):
    html = build_report(unlinked_store, tmp_path).read_text(encoding="utf-8")
    assert "no incidents yet" in html
    timeline = section(html, "timeline")
    assert "<h3>Events</h3>" in timeline and "Pete Hegseth" in timeline
    numbers = section(html, "numbers")
    assert "no claim groups yet" in numbers and "six" in numbers and "Khawaja Asif" in numbers


def test_empty_store_still_gives_a_report(tmp_path):
    store = Store(tmp_path / "empty.duckdb")
    html = build_report(store, tmp_path / "out").read_text(encoding="utf-8")
    store.close()
    assert "<dt>Articles</dt><dd>0</dd>" in html
    assert "no dated items" in html and "no events with both actors known" in html


def test_markdown_report_carries_the_same_facts(hand_report):
    md = (hand_report.parent / "report.md").read_text(encoding="utf-8")
    for heading in ("## Summary", "## Timeline", "## Actor network", "## Contested numbers", "## Most quoted speakers", "## Framing by outlet"):
        assert heading in md
    assert "**contradiction**" in md and "5 vs 6" in md
    assert re.search(r"\(report\.html#ev-[0-9a-f]+-\d+\)", md)
    assert (hand_report.parent / "timeline.svg").read_text(encoding="utf-8").startswith("<svg")


def test_framing_compares_kashmir_naming_between_outlets(hand_report):
    framing = section(hand_report.read_text(encoding="utf-8"), "framing")
    table = framing.split("aming of Indian-held Kashmir</h3>")[1].split("</table>")[0]
    rows = {re.sub(r"<[^>]+>", "", r.split("</td>")[0]): r for r in table.split("<tr>")[2:]}
    assert "Indian-administered Kashmir" in rows["Outlet 000"]
    assert "Indian-held Kashmir" in rows["Outlet 003"] and "Indian-administered" not in rows["Outlet 003"]
    assert "Whom each outlet quotes" in framing


def test_framing_without_outlets_compares_articles_not_one_unknown_bucket(unlinked_store, tmp_path):
    framing = section(build_report(unlinked_store, tmp_path).read_text(encoding="utf-8"), "framing")
    framing = framing.split("aming of Indian-held Kashmir</h3>")[1].split("</table>")[0]
    assert "(unknown outlet)" not in framing
    assert "000_a626cb16bde43f97.txt (outlet unknown)" in framing
    assert "003_004251e0744beef0.txt (outlet unknown)" in framing
    assert "Indian-administered Kashmir" in framing.split("000_a626cb16bde43f97.txt")[1].split("</tr>")[0]
