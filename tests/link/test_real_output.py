"""Linking the pipeline's real output for the seeds (whatever the extractors produce today)."""

from __future__ import annotations

from crisislens.link import update
from crisislens.link.incidents import KEEP_MODALITIES
from crisislens.link.update import DYADIC
from crisislens.store import Store


def test_seed_pipeline_output_links_consistently(tmp_path, seed_articles, seed_analyses):
    store = Store(tmp_path / "real.duckdb")
    names = sorted(seed_articles)
    store.save_batch("test", [seed_articles[n] for n in names], [seed_analyses[n] for n in names])
    summary = update(store)
    assert summary.articles == 5 and not summary.messages
    events = store.df(f"SELECT id, modality FROM events WHERE {DYADIC}")
    kept = events[events["modality"].isin(KEEP_MODALITIES)]
    mentions = store.df("SELECT event_id, incident_id FROM incident_mentions")
    assert store.df(f"SELECT count(*) AS n FROM events WHERE NOT ({DYADIC})").n[0] > 0  # one-actor events exist
    # every kept dyadic event sits in exactly one incident (one-actor events key none), and
    # no incident claims more sources than articles
    assert sorted(mentions["event_id"]) == sorted(kept["id"])
    inc = store.df("SELECT n_sources, n_articles, n_mentions FROM incidents")
    assert (inc["n_sources"] <= inc["n_articles"]).all() and (inc["n_articles"] <= inc["n_mentions"]).all()
    # every claim is in exactly one top-level group
    claims = store.df("SELECT id FROM claims")
    top = store.df(
        "SELECT m.claim_id FROM claim_group_members m JOIN claim_groups g ON g.id = m.group_id WHERE g.parent_id IS NULL"
    )
    assert sorted(top["claim_id"]) == sorted(claims["id"])
    # a second update changes nothing
    before = store.df("SELECT * FROM story_articles ORDER BY article_id")
    assert update(store).new_articles == 0
    assert store.df("SELECT * FROM story_articles ORDER BY article_id").equals(before)
    store.close()
