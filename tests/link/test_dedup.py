"""Near-duplicate threshold measured on real PolNeAR articles: copies and rewrites vs unrelated."""

from __future__ import annotations

import random
import re

import pytest

from crisislens.link import update
from crisislens.link.dedup import DUP_THRESHOLD, assign_groups, jaccard, signature


def rewrite(text: str, rng: random.Random) -> str:
    """A light rewrite: sentences shuffled and a fifth of them dropped, a new first line."""
    sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    keep = [s for s in sents if rng.random() > 0.2] or sents
    rng.shuffle(keep)
    return "UPDATED: wire copy as republished.\n" + " ".join(keep)


@pytest.fixture(scope="module")
def polnear_texts(mk):
    files = sorted((mk.POLNEAR / "dev" / "text").glob("*.txt"))[:30]
    return [f.read_text(encoding="utf-8") for f in files if len(f.read_text(encoding="utf-8").split()) > 150]


def test_threshold_separates_copies_rewrites_and_unrelated(polnear_texts):
    rng = random.Random(7)
    sigs = [signature(t) for t in polnear_texts]
    copies = [jaccard(s, signature(t)) for s, t in zip(sigs, polnear_texts, strict=True)]
    rewrites = [jaccard(s, signature(rewrite(t, rng))) for s, t in zip(sigs, polnear_texts, strict=True)]
    unrelated = [jaccard(sigs[i], sigs[j]) for i in range(len(sigs)) for j in range(i + 1, len(sigs))]
    assert min(copies) == 1.0
    assert min(rewrites) >= DUP_THRESHOLD
    assert max(unrelated) < DUP_THRESHOLD


def test_groups_are_stable_and_copies_join_the_original(polnear_texts):
    a, b, c = polnear_texts[:3]
    first = assign_groups([], [("a", signature(a)), ("b", signature(b))])
    assert first["a"][0] == "a" and first["b"][0] == "b"
    existing = [(k, signature(t), first[k][0]) for k, t in (("a", a), ("b", b))]
    second = assign_groups(existing, [("a2", signature(rewrite(a, random.Random(1)))), ("c", signature(c))])
    assert second["a2"][0] == "a"
    assert second["c"][0] == "c"


def test_empty_text_is_its_own_group():
    out = assign_groups([], [("x", signature("")), ("y", signature(""))])
    assert out["x"][0] == "x" and out["y"][0] == "y"


def test_a_wire_copy_counts_once_as_a_source(tmp_path, mk, seed_texts, gold_data):
    store = mk.store(tmp_path / "d.duckdb")
    name = "001_61afbc4633c98507.txt"
    text = seed_texts[name]
    orig = mk.article(name, text, "Alliance News", "2025-05-08")
    copy = mk.article("copy_" + name, rewrite(text, random.Random(3)), "Reprint Daily", "2025-05-08")
    mk.write_articles(store, [orig, copy])
    claims = [mk.claim_from_gold(a.id, i, g) for a in (orig, copy) for i, g in enumerate(gold_data["documents"][name]["claims"])]
    from crisislens.model import Claim

    mk.write_records(store, "claims", claims, Claim)
    summary = update(store)
    assert summary.duplicates == 1
    groups = store.df("SELECT * FROM claim_groups")
    assert set(groups["kind"]) == {"single-source"}  # two outlets, one wire: no agreement
    assert set(groups["n_sources"]) == {1}
