"""The story candidate search reads only the articles within the day window, and finds the same pairs."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.link import stories as st


def _dense(old, new, days, keys, threshold, base, bests):  # noqa: ANN001 - the reference: every column, masked after
    allv = np.concatenate([old, new]) if len(old) else new
    n_old, out = len(old), []
    for lo in range(0, len(new), st._BLOCK):
        block = new[lo:lo + st._BLOCK]
        rows_at = slice(n_old + lo, n_old + lo + len(block))
        sims = block @ allv.T
        sims[~st._in_window(days[rows_at], days) | (keys[rows_at, None] == keys[None, :])] = -1.0
        bests[rows_at] = np.maximum(bests[rows_at], sims.max(axis=1))
        bests[:] = np.maximum(bests, sims.max(axis=0))
        floor = st._floor(base[rows_at], base)
        rows, cols = np.nonzero((sims >= threshold) & (sims >= floor))
        out.extend((lo + r, c, float(sims[r, c])) for r, c in zip(rows.tolist(), cols.tolist(), strict=True)
                   if c < n_old or c - n_old < lo + r)
    return out


def _case(seed: int, n_old: int, n_new: int, undated: float):
    rng = np.random.default_rng(seed)
    dim = 24
    base_vec = rng.normal(size=(8, dim))  # 8 topics, so some pairs clear the threshold
    def vecs(n):  # noqa: ANN001, ANN202
        v = base_vec[rng.integers(0, 8, n)] + rng.normal(scale=0.8, size=(n, dim))
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)
    days = rng.integers(739_000, 739_060, n_old + n_new)
    days[rng.random(n_old + n_new) < undated] = st.NO_DATE
    new_days = np.sort(days[n_old:])  # cluster() hands the new articles over sorted by day, undated last
    new_days = np.concatenate([new_days[new_days != st.NO_DATE], new_days[new_days == st.NO_DATE]])
    days = np.concatenate([days[:n_old], new_days])
    keys = rng.integers(0, (n_old + n_new) // 2, n_old + n_new)
    base = rng.uniform(0, 0.3, n_old + n_new)
    bests = rng.uniform(0, 0.2, n_old + n_new)
    return vecs(n_old), vecs(n_new), days, keys, 0.3, base, bests


@pytest.mark.parametrize(("seed", "n_old", "n_new", "undated"), [(1, 0, 700, 0.0), (2, 300, 900, 0.0), (3, 200, 600, 0.05)])
def test_same_pairs_and_bests_as_the_full_product(seed, n_old, n_new, undated):
    old, new, days, keys, threshold, base, bests = _case(seed, n_old, n_new, undated)
    want_bests, got_bests = bests.copy(), bests.copy()
    want = _dense(old, new, days, keys, threshold, base, want_bests)
    rows, cols, sims = st._candidate_arrays(old, new, days, keys, threshold, base, got_bests)
    assert len(want) > 100  # the case links something
    # the same pairs; cosines and bests to float32 rounding: a product over the window's columns and
    # one over every column may round the last bit differently (OpenBLAS picks its kernel by shape)
    assert list(zip(rows.tolist(), cols.tolist(), strict=True)) == [(r, c) for r, c, _s in want]
    assert np.allclose(sims, [s for _r, _c, s in want], rtol=0, atol=1e-6)
    assert np.allclose(got_bests, want_bests, rtol=0, atol=1e-6)


def test_a_block_of_dated_articles_reads_only_its_window_and_the_undated():
    days = np.array([10, 50, st.NO_DATE, 12, 14, 30, 9])
    index = st._DayIndex(days)
    assert index.columns(np.array([11, 12])).tolist() == [0, 2, 3, 4, 6]
    assert index.columns(np.array([12, st.NO_DATE])).tolist() == list(range(7))
