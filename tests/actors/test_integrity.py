"""Every fact's actor exists, and the stored result does not depend on the number of workers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crisislens.model import Article, ArticleAnalysis, stable_id

# read by the test only (GPL-3.0, evaluation data; nothing is copied into the product)
UTD = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks" / "utd-cameo" / "utd_cameo_sentences.tsv"


def referenced_ids(an: ArticleAnalysis) -> set[str]:
    ids = {e.source_actor_id for e in an.events} | {e.target_actor_id for e in an.events}
    ids |= {e.claimant_actor_id for e in an.events}
    ids |= {q.speaker_actor_id for q in an.quotes} | {c.claimant_actor_id for c in an.claims}
    ids |= {m.actor_id for m in an.mentions}
    return {i for i in ids if i}


def test_every_actor_a_seed_fact_references_has_a_row(seed_analyses):
    for name, an in seed_analyses.items():
        rows = {a.id for a in an.actors}
        assert referenced_ids(an) <= rows, name
        assert len(rows) == len(an.actors), f"{name}: one row per actor id"


@pytest.fixture(scope="module")
def benchmark_analyses(nlp):
    """Twenty real news sentences of UTD-CAMEO (even rows), analysed as one-sentence articles."""
    with UTD.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))[0:40:2]
    from crisislens.pipeline import analyze_article

    out = []
    for i, row in enumerate(rows):
        text = row["sentence"]
        art = Article(id=stable_id("utd", i, text), doc_name=f"utd:{i}", source="utd", text=text, clean_text=text)
        out.append(analyze_article(art, nlp(text)))
    return out


def test_every_actor_a_benchmark_fact_references_has_a_row(benchmark_analyses):
    assert sum(len(an.events) for an in benchmark_analyses) > 0
    for an in benchmark_analyses:
        assert referenced_ids(an) <= {a.id for a in an.actors}


def test_analysis_does_not_touch_the_input_article(seed_docs):
    from crisislens.pipeline import analyze_article

    art, doc = next(iter(seed_docs.values()))
    before = (list(art.notes), art.text, art.clean_text, art.published)
    analyze_article(art, doc)
    assert (list(art.notes), art.text, art.clean_text, art.published) == before


def _tables(db) -> dict[str, list[tuple]]:
    from crisislens.store import Store

    out = {}
    with Store(db) as store:
        for table in ("articles", "actors", "mentions", "events", "quotes", "claims"):
            frame = store.df(f"SELECT * FROM {table}")
            frame = frame.drop(columns=[c for c in frame.columns if c in ("run_id", "analysed_at", "path")])
            out[table] = sorted(map(repr, frame.itertuples(index=False)))
    return out


def test_one_and_two_workers_store_identical_tables(tmp_path):
    from crisislens.api import analyze

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = [
        "NAIROBI, May 3 - Kenyan police arrested dozens of protesters in Nairobi on Tuesday, "
        "the interior ministry said. The opposition called the arrests illegal.",
        "Angela Merkel met French President Emmanuel Macron in Paris on Monday. Macron said "
        "France would send 200 troops to Mali.",
        "The Wagner Group attacked Malian villagers near Mopti, killing 12 people, officials said.",
    ]
    for i, t in enumerate(texts):
        (corpus / f"{i}.txt").write_text(t, encoding="utf-8")
    dbs = [tmp_path / "one.duckdb", tmp_path / "two.duckdb"]
    for db, workers in zip(dbs, (1, 2), strict=True):
        analyze([str(corpus)], db=str(db), workers=workers, link=False, batch_size=1)
    one, two = _tables(dbs[0]), _tables(dbs[1])
    assert one["events"] and one["actors"]
    assert one == two
