"""stories._row_medians gives np.nanmedian's numbers (0 for a row without values): the
stored baselines of articles must not move when the median is computed another way."""

from __future__ import annotations

import warnings

import numpy as np

from crisislens.link import stories


def test_row_medians_equal_nanmedian_odd_even_and_empty_rows() -> None:
    rng = np.random.default_rng(3)
    for shape, holes in (((64, 2000), 0.0), ((64, 2000), 0.3), ((9, 5), 0.5), ((4, 1), 0.0), ((30, 601), 0.01)):
        sims = rng.normal(size=shape).astype(np.float32)
        sims[rng.random(shape) < holes] = np.nan
        sims[0, :] = np.nan  # no reference left: baseline 0
        if shape[1] > 2:
            sims[1, 2:] = np.nan  # two values: their mean
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # nanmedian of an all-NaN row
            want = np.nan_to_num(np.nanmedian(sims, axis=1))
        got = stories._row_medians(sims)
        assert np.array_equal(got, want)
        assert got[0] == 0.0


def test_baselines_exclude_the_article_itself() -> None:
    rng = np.random.default_rng(4)
    ref = stories._unit(rng.normal(size=(12, 8)).astype(np.float32))
    got = stories.baselines(ref[:3], ref)
    sims = ref[:3] @ ref.T
    sims[sims > 0.9999] = np.nan
    assert np.array_equal(got, np.nanmedian(sims, axis=1).astype(np.float64))
