"""The JSON API on the analysed seed store: filters select what they say, paging adds up,
field names are the JSON export's, bad filters get a 400 with a message, unknown ids a 404."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from crisislens.export.gold import claim_entry, event_entry, quote_entry


def items(client, path, **params):
    r = client.get(path, params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return r.json()


def test_event_pages_partition_the_filtered_list(client):
    everything = items(client, "/api/events")
    first = items(client, "/api/events", limit=7)
    second = items(client, "/api/events", limit=7, offset=7)
    assert first["total"] == second["total"] == everything["total"] > 14
    assert first["next_offset"] == 7 and second["next_offset"] == 14
    ids = [e["id"] for e in first["items"] + second["items"]]
    assert ids == [e["id"] for e in everything["items"][:14]]
    last = items(client, "/api/events", limit=5, offset=everything["total"] - 2)
    assert len(last["items"]) == 2 and last["next_offset"] is None


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"source": "pak"}, lambda e: e["source"]["code"] == "PAK"),
        ({"target": "IND"}, lambda e: e["target"]["code"] == "IND"),
        ({"actor": "TUR"}, lambda e: "TUR" in (e["source"]["code"], e["target"]["code"])),
        ({"root": "4"}, lambda e: e["cameo_root"] == "04"),
        ({"quadclass": "4"}, lambda e: e["quad_class"] == 4),
        ({"plover": "consult"}, lambda e: e["plover"] == "CONSULT"),
        ({"date_from": "2025-05-07", "date_to": "2025-05-08"}, lambda e: "2025-05-07" <= e["date"] <= "2025-05-08"),
        ({"outlet": "Alliance News"}, lambda e: e["article"]["outlet"] == "Alliance News"),
        ({"modality": "asserted"}, lambda e: e["modality"] == "asserted"),
    ],
)
def test_each_event_filter_selects_only_what_it_names(client, params, check):
    page = items(client, "/api/events", **params)
    everything = items(client, "/api/events")["total"]
    assert 0 < page["total"] < everything
    assert all(check(e) for e in page["items"])


def test_story_filter_keeps_the_story_articles_events(client):
    story = items(client, "/api/stories")["items"][0]
    members = {a["id"] for a in client.get(f"/api/stories/{story['id']}").json()["articles"]}
    page = items(client, "/api/events", story=story["id"])
    assert page["total"] > 0
    assert {e["evidence"]["article_id"] for e in page["items"]} <= members


def test_items_carry_the_json_export_field_names(client):
    row = {k: None for k in ("source_code", "target_code", "modality", "sent_start", "sent_end", "article_id")}
    for path, entry in (("/api/events", event_entry), ("/api/quotes", quote_entry), ("/api/claims", claim_entry)):
        item = items(client, path, limit=1)["items"][0]
        assert set(entry(row)) <= set(item), path
        assert item["evidence"]["article_id"] == item["article"]["id"]
        assert isinstance(item["evidence"]["start"], int)


def test_evidence_span_is_the_sentence_in_the_article_text(client):
    ev = items(client, "/api/events", limit=3)["items"][2]
    art = client.get(f"/api/articles/{ev['evidence']['article_id']}").json()
    assert art["text"][ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["sentence"]
    assert ev["id"] in {e["id"] for e in art["events"]}
    assert art["mentions"] and art["quotes"]


def test_quotes_search_by_speaker_alias_and_words(client):
    by_surname = items(client, "/api/quotes", speaker="dar")
    assert by_surname["total"] > 3
    assert all("Dar" in (q["speaker"] or "") for q in by_surname["items"])
    words = items(client, "/api/quotes", speaker="Dar", words="Türkiye friend")
    assert 0 < words["total"] < by_surname["total"]
    assert all("türkiye" in q["text"].lower() and "friend" in q["text"].lower() for q in words["items"])
    literal = items(client, "/api/quotes", words="%")
    assert all("%" in q["text"] for q in literal["items"])  # % is a character, not a wildcard


def test_contradictions_list_and_group_members_with_evidence(client):
    groups = items(client, "/api/contradictions")["items"]
    assert groups and all(g["kind"] == "contradiction" for g in groups)
    group = client.get(f"/api/claim-groups/{groups[0]['id']}").json()
    values = {m["value"] for m in group["members"] if m["role"] != "part"}
    assert len(values) >= 2  # a contradiction: different numbers for one fact
    assert all(m["sent_start"] is not None for m in group["members"])


def test_actor_filters_and_detail(client):
    found = items(client, "/api/actors", name="jaishankar")["items"]
    assert len(found) == 1 and found[0]["code"] == "IND"
    actor = client.get(f"/api/actors/{found[0]['actor_id']}").json()
    assert actor["mentions"] >= 1 and actor["roles"]


@pytest.mark.parametrize(
    ("path", "params", "words"),
    [
        ("/api/events", {"root": "21"}, "root"),
        ("/api/events", {"root": "x"}, "root"),
        ("/api/events", {"quadclass": "5"}, "quadclass"),
        ("/api/events", {"date_from": "07/05/2025"}, "YYYY-MM-DD"),
        ("/api/events", {"date_from": "2025-05-09", "date_to": "2025-05-01"}, "after"),
        ("/api/events", {"source": "IND; DROP TABLE events"}, "source"),
        ("/api/events", {"limit": "0"}, "limit"),
        ("/api/events", {"limit": "1001"}, "limit"),
        ("/api/events", {"offset": "-1"}, "offset"),
        ("/api/claim-groups", {"kind": "maybe"}, "kind"),
        ("/download/events.xlsx", {}, "format"),
    ],
)
def test_bad_filters_get_400_naming_the_parameter(client, path, params, words):
    r = client.get(path, params=params)
    assert r.status_code == 400
    assert words in r.json()["detail"]


@pytest.mark.parametrize(
    "path",
    ["/api/events/0000", "/api/quotes/x", "/api/actors/x", "/api/articles/x", "/api/claim-groups/x",
     "/api/stories/x", "/api/incidents/x", "/api/runs/x", "/download/secrets.csv"],
)
def test_unknown_ids_get_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "no " in r.json()["detail"]


def test_downloads_hold_the_filtered_rows_in_every_format(client):
    params = {"source": "PAK", "quadclass": "4"}
    total = items(client, "/api/events", **params)["total"]
    assert total > 0
    rows = list(csv.DictReader(io.StringIO(client.get("/download/events.csv", params=params).text)))
    data = json.loads(client.get("/download/events.json", params=params).content)
    table = pq.read_table(io.BytesIO(client.get("/download/events.parquet", params=params).content))
    assert len(rows) == len(data) == table.num_rows == total
    assert {r["source_code"] for r in rows} == {"PAK"} and {d["quad_class"] for d in data} == {4}
    assert "sentence" in table.column_names and "sent_start" in rows[0]


def test_overview_counts_match_the_lists(client):
    o = client.get("/api/overview").json()
    assert o["counts"]["events"] == items(client, "/api/events")["total"]
    assert o["counts"]["articles"] == 6
    assert o["counts"]["contradictions"] == len(o["contradictions"]) > 0
    top = o["top_dyads"][0]
    dyad = items(client, "/api/events", source=top["source_code"], target=top["target_code"])
    assert dyad["total"] == top["events"]


def test_framing_is_computed_in_the_background_then_served(client):
    import time

    deadline = time.monotonic() + 90
    while (r := client.get("/api/framing")).status_code == 503:
        assert "being computed" in r.json()["detail"] and r.headers["retry-after"]
        assert time.monotonic() < deadline, "framing not computed in 90 s"
        time.sleep(0.3)
    assert r.status_code == 200
    tables = r.json()
    assert {o["outlet"] for o in tables["outlets"]} >= {"Alliance News"}
    assert tables["terms"] and all(t["count"] > 0 for t in tables["terms"])
    page = client.get("/framing").text
    assert "Contested terms" in page and "being computed" not in page
