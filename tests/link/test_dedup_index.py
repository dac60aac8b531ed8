"""dedup.assign_groups with verbatim copies collapsed to one LSH entry gives the groups and
similarities of comparing every candidate: the best is the most similar earlier article,
ties going to the smallest id, whichever copy of a text arrived first."""

from __future__ import annotations

import random

import numpy as np

from crisislens.link import dedup


def _reference(existing: list, new: list, threshold: float = dedup.DUP_THRESHOLD) -> dict[str, tuple[str, float]]:
    """Every earlier article compared (no LSH): what the LSH answer must agree with when its
    candidates include every pair above the threshold, as they do for these near-copies."""
    seen = [(a, s, g) for a, s, g in existing]
    out = {}
    for aid, sig in new:
        scored = [(dedup.jaccard(sig, s), a, g) for a, s, g in seen]
        scored = [x for x in scored if x[0] >= threshold]
        if scored:
            sim, _a, gid = min(scored, key=lambda x: (-x[0], x[1]))
            out[aid] = (gid, sim)
        else:
            gid = aid
            out[aid] = (aid, 1.0)
        seen.append((aid, sig, gid))
    return out


def _corpus(seed: int) -> tuple[list, list]:
    rng = random.Random(seed)
    texts = [
        "Pakistan said on Wednesday that Indian missiles struck six sites overnight, killing 26 people",
        "The Indian army said its air defence shot down drones over Amritsar and Jammu before dawn",
        "Officials in Kabul said the border crossing at Torkham would stay closed for a second week",
    ]
    docs = []
    for i in range(60):
        base = texts[i % 3].split()
        if rng.random() < 0.5:  # a light rewrite: a word dropped or appended
            base = base[1:] if rng.random() < 0.5 else [*base, "officials", "added"]
        docs.append((f"d{rng.randint(0, 10**6):07d}", " ".join(base)))  # ids out of arrival order
    sigs = [(a, dedup.signature(t)) for a, t in docs]
    existing = [(a, s, a) for a, s in sigs[:10]]
    return existing, sigs[10:]


def test_collapsed_copies_give_the_pairwise_answer() -> None:
    for seed in range(3):
        existing, new = _corpus(seed)
        assert dedup.assign_groups(existing, new) == _reference(existing, new)


def test_verbatim_copies_are_one_lsh_entry() -> None:
    sig = dedup.signature("Pakistan said Indian missiles struck six sites overnight, killing 26 people")
    index = dedup._Index(dedup.DUP_THRESHOLD)
    for aid in ("c", "a", "b"):
        index.add(aid, sig.copy())
    assert len(index.first) == 1
    assert index.nearest(sig) == ("a", 1.0)  # the smallest id answers for its copies
    assert np.array_equal(index.sig[sig.tobytes()], sig)
