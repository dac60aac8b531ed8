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

import functools
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


@functools.cache
def _permutations() -> object:
    """The seed's permutations, drawn once: drawing them per article was about half of
    ``signature`` (link_bench 5k); the same seed and scheme give the same values."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def signature(text: str) -> np.ndarray:
    """The MinHash signature (uint64 array of NUM_PERM values) of a text."""
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations())
    sh = shingles(text)
    if sh:
        mh.update_batch(list(sh))
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def _lean(sig: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=sig, scheme=SCHEME)


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(sig_a == sig_b))


class _Index:
    """LSH over distinct signatures: articles with one signature are one LSH entry.

    Why: copies of one text have one signature and are all candidates of every later
    copy, so looking each up against every copy is quadratic in the copies (link_bench:
    dedup.assign_groups 3.1 -> 16 s from 10k to 30k, a corpus of near-copies). A copy
    class answers for its earliest id (the tie-break picks the smallest id of equal
    similarity), and candidates' similarities are one vectorised comparison.
    """

    def __init__(self, threshold: float) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.first: dict[bytes, str] = {}  # signature -> smallest article id with it
        self.sig: dict[bytes, np.ndarray] = {}

    def add(self, aid: str, sig: np.ndarray) -> None:
        key = sig.tobytes()
        if key not in self.first:
            self.first[key], self.sig[key] = aid, sig
            self.lsh.insert(key, _lean(sig), check_duplication=False)
        elif aid < self.first[key]:
            self.first[key] = aid

    def nearest(self, sig: np.ndarray) -> tuple[str | None, float]:
        """The most similar indexed article at or above the threshold (ties: smallest id)."""
        keys = self.lsh.query(_lean(sig))
        if not keys:
            return None, 0.0
        sims = (np.stack([self.sig[k] for k in keys]) == sig).mean(axis=1)
        top = float(sims.max())
        if top < self.threshold:
            return None, 0.0
        return min(self.first[k] for k, s in zip(keys, sims.tolist(), strict=True) if s == top), top


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
    index = _Index(threshold)
    group_of: dict[str, str] = {}
    empty = signature("")  # no shingles: the initial hash values, the permutations drawn once
    for aid, sig, gid in existing:
        group_of[aid] = gid
        if not np.array_equal(sig, empty):
            index.add(aid, sig)
    out: dict[str, tuple[str, float]] = {}
    for aid, sig in new:
        if aid in group_of:
            continue
        best, best_sim = None, 0.0
        if not np.array_equal(sig, empty):  # an empty text duplicates nothing
            best, best_sim = index.nearest(sig)
            index.add(aid, sig)
        gid = group_of[best] if best else aid
        group_of[aid] = gid
        out[aid] = (gid, best_sim if best else 1.0)
    return out
