"""Fixtures for link tests: a store holding the real seed articles and hand-built facts.

The facts are records a reader would write for the seeds' sentences (the gold
claims, a few events and quotes), so the linker is tested on real text even
before the extractors are complete.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from crisislens.link.claims import build
from crisislens.model import Article, Claim, Event, Quote, field_names, stable_id
from crisislens.store import Store, records_frame

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"
POLNEAR = SHARED / "benchmarks" / "polnear"


def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def make_store(path: Path) -> Store:
    return Store(path)


def write_articles(store: Store, articles: list[Article]) -> None:
    cols = field_names(Article) + ["words", "run_id", "analyzed"]
    rows = []
    for a in articles:
        row = {c: getattr(a, c) for c in field_names(Article)}
        row.update(words=a.words, run_id="test", analyzed=True)
        rows.append(row)
    with store.transaction():
        store.write_df("articles", records_frame(rows, cols))


def write_records(store: Store, table: str, records: list, cls: type) -> None:
    with store.transaction():
        store.write_df(table, records_frame(records, field_names(cls)))


def article(doc_name: str, text: str, outlet: str | None = None, published: str | None = None, title: str | None = None) -> Article:
    return Article(
        id=stable_id(doc_name, text), doc_name=doc_name, source=doc_name, text=text, clean_text=text,
        outlet=outlet, published=published, title=title,
    )


NUMBER_WORDS = {3: "three", 5: "five", 6: "six", 7: "seven", 24: "over two dozen", 25: "approximately 25"}


def number_text(value: float, sentence: str) -> str:
    """The number as the sentence writes it (digits or words), as an extractor reports it."""
    digits = str(int(value))
    if digits in sentence:
        return digits
    word = NUMBER_WORDS.get(int(value), digits)
    return word if word in sentence else digits


def claim_from_gold(aid: str, i: int, g: dict) -> Claim:
    return Claim(
        id=stable_id(aid, "claim", i), article_id=aid, value=g["value"], low=g["low"], high=g["high"],
        qualifier=g["qualifier"], number_text=number_text(g["value"], g["sentence"]), what=g["what"], category=g["category"],
        subject_code=g["subject_code"], claimant_actor_id=None, claimant_name=g["claimant"],
        claimant_code=g["claimant_code"], quote_id=None, date=g["date"], sent_start=0,
        sent_end=len(g["sentence"]), sentence=g["sentence"],
    )


def event(aid: str, n: int, src: str, tgt: str, cameo: str, date: str | None, sentence: str, place: str | None = None, modality: str = "asserted") -> Event:
    return Event(
        id=stable_id(aid, "event", n), article_id=aid, source_actor_id=None, source_name=src,
        source_code=src, source_sector=None, target_actor_id=None, target_name=tgt, target_code=tgt,
        target_sector=None, cameo=cameo, cameo_root=cameo[:2], plover=None, plover_mode=None,
        goldstein=-10.0 if cameo.startswith(("18", "19", "20")) else 1.0, quad_class=None,
        predicate="x", date=date, date_end=None, date_text=None, place=place, place_code=None,
        claimant_actor_id=None, claimant_name=None, modality=modality, sent_start=0,
        sent_end=len(sentence), sentence=sentence,
    )


def quote(aid: str, n: int, speaker: str | None, text: str, code: str | None = "PAK") -> Quote:
    return Quote(
        id=stable_id(aid, "quote", n), article_id=aid, speaker_actor_id=None, speaker_name=speaker,
        speaker_code=code, direct=True, text=text, text_start=0, text_end=len(text), cue="said",
        addressee=None, medium=None, embedded_post=False, sent_start=0, sent_end=len(text), sentence=text,
    )


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    seeds = Path(__file__).resolve().parents[2] / "examples" / "seeds"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}


SEED_META = {  # outlet and date as a reader finds them in each seed (its dateline or header)
    "000_a626cb16bde43f97.txt": ("The Express Tribune", "2025-05-08"),
    "001_61afbc4633c98507.txt": ("Alliance News", "2025-05-08"),
    "002_990d20206c8e0fb1.txt": ("Anadolu Agency", "2025-05-08"),
    "003_004251e0744beef0.txt": ("News18", "2025-05-25"),
    "004_ddf334acd5167ce5.txt": ("Press Information Bureau", "2025-05-01"),
}


@pytest.fixture()
def seed_store(tmp_path, seed_texts):
    """A store with the five seeds and the gold claims as Claim records."""
    store = make_store(tmp_path / "link.duckdb")
    arts = {}
    for name, text in seed_texts.items():
        outlet, published = SEED_META[name]
        arts[name] = article(name, text, outlet, published, text.split("\n", 1)[0][:120])
    write_articles(store, list(arts.values()))
    claims = []
    for name, doc in gold()["documents"].items():
        for i, g in enumerate(doc["claims"]):
            claims.append(claim_from_gold(arts[name].id, i, g))
    write_records(store, "claims", claims, Claim)
    store.seed_ids = {n: a.id for n, a in arts.items()}  # type: ignore[attr-defined]
    yield store
    store.close()


@pytest.fixture(scope="session")
def gold_data() -> dict:
    return gold()


@pytest.fixture(scope="session")
def mk():
    """Record builders for tests (articles, events, quotes, claims) and store writers."""
    from types import SimpleNamespace

    return SimpleNamespace(
        article=article, event=event, quote=quote, claim_from_gold=claim_from_gold,
        write_articles=write_articles, write_records=write_records, store=make_store,
        POLNEAR=POLNEAR,
    )


def claim_meta(n: int) -> pd.DataFrame:
    """Article metadata for ``n`` claim-only articles a1..an, each its own outlet, one story."""
    ids = [f"a{i}" for i in range(1, n + 1)]
    return pd.DataFrame({"article_id": ids, "doc_name": ids, "outlet": [f"O{i}" for i in range(n)],
                         "dup_group": ids, "story_id": ["s"] * n})


def top_kinds(rows: list[dict]) -> list[str]:
    """The kinds of the top-level claim groups the linker builds from claim rows, in its order."""
    groups, _ = build(pd.DataFrame(rows), claim_meta(len({r["article_id"] for r in rows})))
    return list(groups.loc[groups["parent_id"].isna(), "kind"])
