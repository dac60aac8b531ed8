"""Linking in chunks gives the same link tables, row for row and id for id, as linking at once.

Why: ``link.update`` reads texts, story members and events CHUNK rows at a time (and
incidents per block of dyads) so that its memory follows the chunk, not the corpus
(benchmarks/link_bench.py). The chunk size must never change what is linked: a corpus
linked with a chunk of 7 rows and with one chunk larger than the corpus must store
identical tables, after a first link and after an incremental one.
"""

from __future__ import annotations

import importlib
import random
import re

import pytest

from crisislens.model import Claim, Event, Quote, stable_id

link_update = importlib.import_module("crisislens.link.update")

CODES = ["IND", "PAK", "USA", "CHN", "AFG"]
CAMEOS = ["190", "183", "112", "130", "042", "200"]
CATS = ["killed", "injured", "detained"]
OUTLETS = ["Dawn", "The Hindu", "Reuters", "Al Jazeera"]
SPEAKERS = ["Ishaq Dar", "Khawaja Asif", "Vikram Misri", None]
SMALL = 7


def _corpus(seed_texts: dict[str, str], n: int, first: int, mk) -> tuple[list, list, list, list]:
    """Articles spliced from the seeds' sentences (some wire copies, some with blank titles),
    with dyadic events, numeric claims and quotes from their own sentences."""
    rng = random.Random(first)
    pool = [s for t in seed_texts.values() for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) > 5]
    arts, events, claims, quotes = [], [], [], []
    for i in range(first, first + n):
        if arts and rng.random() < 0.15:
            sents = re.split(r"(?<=[.!?])\s+", rng.choice(arts).text)  # a wire copy, reordered
            rng.shuffle(sents)
        else:
            k = rng.randrange(len(pool) - 8)
            sents = pool[k:k + rng.randint(4, 8)]
        title = rng.choice([sents[0][:80], None, "  ", f"Report {i}"])
        day = f"2025-05-{rng.randint(1, 12):02d}"
        art = mk.article(f"chunk_{i:03d}.txt", " ".join(sents), rng.choice(OUTLETS), day, title)
        arts.append(art)
        for k in range(3):
            src, tgt = rng.sample(CODES, 2)
            events.append(mk.event(art.id, k, src, tgt, rng.choice(CAMEOS), rng.choice([day, None, "2025-05-07"]),
                                   rng.choice(sents), rng.choice([None, "Muzaffarabad", "Pahalgam"])))
        for k in range(2):
            value = float(rng.choice([5, 6, 26, 31]))
            s = rng.choice(sents)
            claims.append(Claim(id=stable_id(art.id, "c", k), article_id=art.id, value=value, low=value, high=value,
                                qualifier=rng.choice([None, "at least"]), number_text=str(int(value)),
                                what="people killed", category=rng.choice(CATS), subject_code=rng.choice(CODES[:2]),
                                claimant_actor_id=None, claimant_name=rng.choice(SPEAKERS), claimant_code=None,
                                quote_id=None, date=rng.choice([day, None]), sent_start=0, sent_end=len(s), sentence=s))
            quotes.append(mk.quote(art.id, k, rng.choice(SPEAKERS), rng.choice(sents)))
    return arts, events, claims, quotes


def _add(store, corpus, mk) -> None:
    arts, events, claims, quotes = corpus
    mk.write_articles(store, arts)
    mk.write_records(store, "events", events, Event)
    mk.write_records(store, "claims", claims, Claim)
    mk.write_records(store, "quotes", quotes, Quote)


def _tables(store) -> dict[str, list[tuple]]:
    return {t: store.con.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall() for t in link_update.LINK_TABLES}


def _link_twice(tmp_path, name: str, chunk: int, seed_texts, mk, monkeypatch) -> tuple[dict, dict]:
    monkeypatch.setattr(link_update, "CHUNK", chunk)
    store = mk.store(tmp_path / f"{name}.duckdb")
    try:
        _add(store, _corpus(seed_texts, 40, 0, mk), mk)
        link_update.update(store)
        first = _tables(store)
        _add(store, _corpus(seed_texts, 15, 100, mk), mk)
        link_update.update(store)
        return first, _tables(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def seed_text_map():
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "examples" / "seeds"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}


def test_chunked_linking_stores_the_same_tables_as_linking_at_once(tmp_path, seed_text_map, mk, monkeypatch):
    whole = _link_twice(tmp_path, "whole", 10**9, seed_text_map, mk, monkeypatch)
    small = _link_twice(tmp_path, "small", SMALL, seed_text_map, mk, monkeypatch)
    for at_once, chunked in zip(whole, small, strict=True):
        # the corpus spans many chunks of every chunked read, so the comparison can fail
        assert len(at_once["link_articles"]) > 4 * SMALL
        assert len(at_once["incident_mentions"]) > 4 * SMALL
        assert len(at_once["stories"]) > 1 and at_once["claim_groups"] and at_once["quote_groups"]
        for table in link_update.LINK_TABLES:
            assert chunked[table] == at_once[table], table
    assert len(whole[1]["link_articles"]) == 55


def test_a_story_label_falls_back_to_the_text_when_the_title_is_blank(tmp_path, seed_text_map, mk, monkeypatch):
    """Texts are read only for members with a blank title: such a story is still labelled
    from its member's first sentence, not '(untitled)'."""
    monkeypatch.setattr(link_update, "CHUNK", SMALL)
    store = mk.store(tmp_path / "label.duckdb")
    try:
        text = next(iter(seed_text_map.values()))
        mk.write_articles(store, [mk.article("blank.txt", text, "Dawn", "2025-05-08", " \t ")])
        link_update.update(store)
        label = store.con.execute("SELECT label FROM stories").fetchone()[0]
    finally:
        store.close()
    assert label != "(untitled)" and text.strip().startswith(label[:40])
