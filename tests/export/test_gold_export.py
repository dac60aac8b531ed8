"""gold_json: a store with a few rows of seed 000 comes out in the gold shape and scores as gold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from crisislens.eval import score
from crisislens.export.gold import gold_json, gold_json_from_frames, write_json
from crisislens.model import Actor, Claim, Event, Mention, Quote, field_names
from crisislens.store import Store, records_frame

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
VALIDATE = ROOT.parent / "shared" / "gold" / "validate.py"
DOC = "000_a626cb16bde43f97.txt"
AID = "a626cb16bde43f97"


def _span(text: str, needle: str) -> tuple[int, int, str]:
    start = text.index(needle)
    return start, start + len(needle), needle


@pytest.fixture
def store(tmp_path):
    text = (SEEDS / DOC).read_text(encoding="utf-8")
    s_dar = _span(text, "In response to India’s claims of targeting \"terrorist camps\" in Pakistan, the Pakistan Air Force retaliated by downing five Indian fighter jets, including three French-made Rafale aircraft, according to Dar.")
    s_asif = _span(text, "He claimed Pakistan successfully shot down six Indian aircraft, and that evidence of Indian planes being downed is “already circulating on social media and being reported by Indian media.”")
    s_quote = _span(text, "“India has taken a war step against Pakistan,” he asserted, describing New Delhi’s actions as “unforgivable.”")
    q_text = _span(text, "India has taken a war step against Pakistan")
    actors = [
        Actor("dar", "Ishaq Dar", "PAK", "GOV", "person", ["Deputy Prime Minister and Foreign Minister"], ["Dar", "Ishaq Dar"]),
        Actor("asif", "Khawaja Asif", "PAK", "GOV", "person", ["Defence Minister"], ["Asif"]),
        Actor("paf", "Pakistan Air Force", "PAK", "MIL", "organization", [], ["PAF"]),
        Actor("ind", "India", "IND", None, "state", [], []),
        Actor("pjk", "Punjab", "PAK", None, "place", [], []),
    ]
    mentions = [
        Mention(AID, "dar", s_dar[0] + s_dar[2].index("Dar."), s_dar[0] + s_dar[2].index("Dar.") + 3, "Dar", "surname", s_dar[0], s_dar[1]),
        Mention(AID, "paf", s_dar[0] + s_dar[2].index("the Pakistan"), s_dar[0] + s_dar[2].index(" retaliated"), "Pakistan Air Force", "name", s_dar[0], s_dar[1]),
        Mention(AID, "pjk", 0, 6, "Punjab", "gazetteer", 0, 10),
    ]
    events = [
        Event("e1", AID, "paf", "Pakistan Air Force", "PAK", "MIL", "ind", "India", "IND", None,
              "190", "19", "ASSAULT", None, -10.0, 4, "downing", "2025-05-07", None, "Wednesday",
              None, None, "dar", "Ishaq Dar", "asserted", s_dar[0], s_dar[1], s_dar[2]),
    ]
    quotes = [
        Quote("q1", AID, "dar", "Ishaq Dar", "PAK", True, q_text[2], q_text[0], q_text[1], "asserted",
              None, None, False, s_quote[0], s_quote[1], s_quote[2]),
    ]
    claims = [
        Claim("c1", AID, 5.0, 5.0, 5.0, None, "five", "Indian fighter jets downed", "aircraft_downed", "IND",
              "dar", "Ishaq Dar", "PAK", None, "2025-05-07", s_dar[0], s_dar[1], s_dar[2]),
        Claim("c2", AID, 6.0, 6.0, 6.0, None, "six", "Indian aircraft shot down", "aircraft_downed", "IND",
              "asif", "Khawaja Asif", "PAK", None, "2025-05-07", s_asif[0], s_asif[1], s_asif[2]),
    ]
    st = Store(tmp_path / "t.duckdb")
    tables = set(st.df("SELECT table_name FROM information_schema.tables")["table_name"])
    with st.transaction():
        st.write_df("articles", pd.DataFrame([{
            "id": AID, "doc_name": DOC, "source": str(SEEDS / DOC), "text": text, "clean_text": text,
            "outlet": "The Express Tribune", "published": "2025-05-07", "published_how": "given",
            "published_at": pd.Timestamp("2025-05-07 09:30:00"), "published_local": "2025-05-07T14:30:00",
            "published_offset": "+05:00", "title": "Pakistan and India NSAs in contact",
        }]))
        st.write_df("actors", records_frame(actors, field_names(Actor)))
        st.write_df("mentions", records_frame(mentions, field_names(Mention)))
        st.write_df("events", records_frame(events, field_names(Event)))
        st.write_df("quotes", records_frame(quotes, field_names(Quote)))
        st.write_df("claims", records_frame(claims, field_names(Claim)))
        if "claim_groups" in tables:
            st.write_df("claim_groups", pd.DataFrame([
                {"id": "g1", "category": "aircraft_downed", "subject_code": "IND", "about": "Indian jets downed",
                 "kind": "contradiction", "n_sources": 2},
                {"id": "g0", "category": "killed", "subject_code": "PAK", "kind": "single-source", "n_sources": 1},
            ]))
            st.write_df("claim_group_members", pd.DataFrame([
                {"group_id": "g1", "claim_id": "c1", "article_id": AID, "doc_name": DOC, "value": 5.0, "claimant": "Ishaq Dar", "role": "count"},
                {"group_id": "g1", "claim_id": "c2", "article_id": AID, "doc_name": DOC, "value": 6.0, "claimant": "Khawaja Asif", "role": "count"},
                {"group_id": "g1", "claim_id": "c3", "article_id": AID, "doc_name": DOC, "value": 3.0, "claimant": "Ishaq Dar", "role": "part"},
            ]))
    yield st
    st.close()


def test_documents_are_keyed_by_file_name_with_gold_fields(store):
    data = gold_json(store, "seeds")
    assert data["corpus"] == "seeds"
    doc = data["documents"][DOC]
    assert doc["id"] == AID and doc["published"] == "2025-05-07" and doc["outlet"] == "The Express Tribune"
    # the time of publication: UTC, and the wall clock as written with its offset
    assert (doc["published_at"], doc["published_local"], doc["published_offset"]) == (
        "2025-05-07T09:30:00Z", "2025-05-07T14:30:00", "+05:00")
    ev = doc["events"][0]
    assert ev["source"] == {"code": "PAK", "name": "Pakistan Air Force", "actor_id": "paf", "sector": "MIL"}
    assert ev["cameo_root"] == "19" and ev["date"] == "2025-05-07" and ev["negated"] is False
    assert ev["goldstein"] == -10.0 and ev["claimant"] == "Ishaq Dar"
    text = (SEEDS / DOC).read_text(encoding="utf-8")
    assert text[ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["sentence"]
    q = doc["quotes"][0]
    assert q["speaker"] == "Ishaq Dar" and q["direct"] is True and q["cue"] == "asserted"
    assert text[q["evidence"]["text_start"]:q["evidence"]["text_end"]] == q["text"]
    assert [c["value"] for c in doc["claims"]] == [5, 6] and isinstance(doc["claims"][0]["value"], int)


def test_actors_come_from_mentions_and_facts_and_skip_places(store):
    doc = gold_json(store)["documents"][DOC]
    names = [a["name"] for a in doc["actors"]]
    assert "Punjab" not in names
    # Dar and PAF are named in the text; India (only an event target) and Asif (only a
    # claimant) have no naming mention in this article, so they are not its main actors
    assert set(names) == {"Ishaq Dar", "Pakistan Air Force"}
    dar = next(a for a in doc["actors"] if a["name"] == "Ishaq Dar")
    assert dar["role"] == "Deputy Prime Minister and Foreign Minister" and dar["aliases"] == ["Dar"]


def test_cross_source_from_claim_groups_leaves_out_parts_and_singletons(store):
    cross = gold_json(store)["cross_source"]
    assert len(cross) == 1
    item = cross[0]
    assert item["kind"] == "contradiction" and item["subject_code"] == "IND"
    assert sorted(v["value"] for v in item["values"]) == [5, 6]


def test_export_scores_perfectly_against_itself_and_finds_the_gold_contradiction(store, tmp_path):
    path = write_json(store, tmp_path / "out.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    report = score(data, data)
    assert report.prf["events"].f1 == 1.0 and report.prf["claims"].f1 == 1.0
    gold = {"documents": {DOC: {"claims": [], "events": [], "quotes": [], "actors": []}},
            "cross_source": [{"kind": "contradiction", "category": "aircraft_downed", "subject_code": "IND",
                              "values": [{"doc": DOC, "value": 5}, {"doc": DOC, "value": 6}]}]}
    assert score(gold, data).prf["contradictions"].recall == 1.0


def test_export_passes_the_gold_validator(store, tmp_path):
    path = write_json(store, tmp_path / "out.json")
    run = subprocess.run([sys.executable, str(VALIDATE), str(path), str(SEEDS)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 errors" in run.stdout


def test_empty_frames_give_an_empty_corpus():
    data = gold_json_from_frames({"articles": pd.DataFrame(), "events": None})
    assert data == {"corpus": "crisislens", "documents": {}, "cross_source": [], "revisions": []}


def test_one_actor_events_are_listed_apart_from_dyads():
    """The gold format's EVENT is a (source, target) pair: one-actor events go to
    ``one_actor_events``, which scorers ignore, and are not lost."""
    from crisislens.export.gold import _dyadic

    assert _dyadic({"source_actor_id": "a", "target_actor_id": "b"})
    assert _dyadic({"source_code": "IND", "target_code": "PAK"})  # sides known by code only
    assert not _dyadic({"source_actor_id": "a", "target_actor_id": None, "target_code": None})
    assert not _dyadic({"source_code": float("nan"), "target_code": "PAK"})


def test_cross_source_kinds_follow_the_gold_format():
    """A range is an agreement in the gold format (relation keeps 'range'); a revision is no
    cross-source item and is listed under 'revisions'."""
    groups = pd.DataFrame(
        [{"id": g, "kind": k, "category": "killed", "subject_code": "PAK", "about": "", "date": None,
          "n_sources": 2, "parent_id": None} for g, k in (("g1", "range"), ("g2", "revision"), ("g3", "contradiction"))]
    )
    members = pd.DataFrame(
        [{"group_id": g, "doc_name": f"{g}.txt", "value": 5, "claimant": None, "outlet": None,
          "claim_id": f"c{g}", "role": "member"} for g in ("g1", "g2", "g3")]
    )
    data = gold_json_from_frames({"articles": pd.DataFrame(), "claim_groups": groups, "claim_group_members": members})
    assert [(c["kind"], c["relation"]) for c in data["cross_source"]] == [("agreement", "range"), ("contradiction", "contradiction")]
    assert [r["relation"] for r in data["revisions"]] == ["revision"]


def test_a_store_from_before_the_publication_time_columns_exports_without_them(store):
    # a store never migrated to 005/015 (read-only stores are not migrated): the documents
    # carry no time rather than the export failing
    store.con.execute("ALTER TABLE articles DROP COLUMN published_local")
    store.con.execute("ALTER TABLE articles DROP COLUMN published_offset")
    store.con.execute("ALTER TABLE articles DROP COLUMN published_at")
    doc = gold_json(store, "seeds")["documents"][DOC]
    assert doc["published"] == "2025-05-07"
    assert (doc["published_at"], doc["published_local"], doc["published_offset"]) == (None, None, None)
