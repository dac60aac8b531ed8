"""Near-duplicate detection: MinHash LSH over 5-word shingles of the cleaned text.

Why: wire copies and light rewrites (a paragraph dropped, sentences reordered, a
new headline) must count as ONE independent source, or a claim repeated by ten
outlets from one agency wire looks like ten confirmations. 5-word shingles
survive reordering of sentences (only the shingles across a boundary change)
while two different articles on the same story share almost none.

Threshold: ``DUP_THRESHOLD`` = 0.25 estimated Jaccard (128 permutations).
Measured by ``benchmarks/link_bench.py --dedup`` (and tests/link/test_dedup.py)
on the 82 PolNeAR dev articles over 150 words: an exact copy scores 1.0; a
rewrite with every sentence shuffled, a fifth dropped and a new first line
scores 0.35-0.8 (median 0.59); the 3,321 pairs of different articles score at
most 0.08. LSH (datasketch) makes candidate search
sub-quadratic: each article is looked up, never compared with all others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5
DUP_THRESHOLD = 0.25
SCHEME = "affine32"  # fixed, so signatures stored by one version stay comparable
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Lower-cased word n-grams; texts shorter than one shingle give themselves."""
    words = _WORD.findall((text or "").lower())
    if not words:
        return set()
    if len(words) < size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (uint64 array of NUM_PERM values) of a text."""
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    sh = shingles(text)
    if sh:
        mh.update_batch(list(sh))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def _lean(sig: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=sig, scheme=SCHEME)


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(sig_a == sig_b))


def assign_groups(
    existing: Iterable[tuple[str, np.ndarray, str]],
    new: Iterable[tuple[str, np.ndarray]],
    threshold: float = DUP_THRESHOLD,
) -> dict[str, tuple[str, float]]:
    """Give each new article a duplicate group: the group of its most similar earlier article.

    ``existing`` is (article_id, signature, group_id) of articles already
    grouped (their groups never change, so ids stay stable across updates);
    ``new`` is (article_id, signature). Returns {article_id: (group_id, similarity)};
    an article with no near-duplicate starts its own group named after itself.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sigs: dict[str, np.ndarray] = {}
    group_of: dict[str, str] = {}
    empty = np.asarray(MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).hashvalues, dtype=np.uint64)
    for aid, sig, gid in existing:
        sigs[aid], group_of[aid] = sig, gid
        if not np.array_equal(sig, empty):
            lsh.insert(aid, _lean(sig), check_duplication=False)
    out: dict[str, tuple[str, float]] = {}
    for aid, sig in new:
        if aid in group_of:
            continue
        best, best_sim = None, 0.0
        if not np.array_equal(sig, empty):  # an empty text duplicates nothing
            for cand in lsh.query(_lean(sig)):
                sim = jaccard(sig, sigs[cand])
                if sim >= threshold and (sim > best_sim or (sim == best_sim and cand < best)):
                    best, best_sim = cand, sim
            lsh.insert(aid, _lean(sig), check_duplication=False)
        gid = group_of[best] if best else aid
        sigs[aid], group_of[aid] = sig, gid
        out[aid] = (gid, best_sim if best else 1.0)
    return out
