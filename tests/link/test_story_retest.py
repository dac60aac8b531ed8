"""Stories one article at a time: a stored pair of two stories is tested again at each link under
that link's baselines (stories.RETEST_STORED), so a pair whose place bar was not yet lowered when
its later article arrived still links once the store shows it is one crisis, as in one batch.
With RETEST_STORED 2 only pairs whose leads name one place are tested again. Vectors composed
for the test (4 dimensions: no kind marks)."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.link import stories


def _u(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


# x and y: two reports of one incident that name one town (cosine 0.15: above PLACE_THRESHOLD, under
# the threshold); the crisis's other reports, days later, are like both (their floor is then above
# the threshold, so the place bar is the lower one).
X, Y = _u(1, 0, 0, 0), _u(0.15, 0.989, 0, 0)
STORE = [_u(0.3, 0.3, 0.906, 0), _u(0.3, 0.3, 0, 0.906), _u(0.3, 0.3, -0.906, 0)]
TOWN = frozenset({"Bunia|COD"})


def _one_story(state: stories.ClusterState) -> bool:
    return state.story[state.ids.index("x")] == state.story[state.ids.index("y")]


def _one_at_a_time() -> stories.ClusterState:
    state = stories.ClusterState(dim=4)
    for item in [stories.Item("x", 100, X, places=TOWN), stories.Item("y", 100, Y, places=TOWN),
                 *(stories.Item(f"r{k}", 140, v) for k, v in enumerate(STORE))]:
        state.reference = list(state.vecs)
        stories.cluster(state, [item])
    return state


@pytest.fixture
def settings(monkeypatch):
    assert stories.PLACE_WAIVES_FLOOR and stories.PLACE_THRESHOLD < 0.15 < stories.STORY_THRESHOLD
    monkeypatch.setattr(stories, "KIND_APART", False)
    return monkeypatch


@pytest.mark.parametrize("mode", [1, 2])
def test_a_stored_pair_that_failed_early_links_when_tested_again(settings, mode):
    batch = stories.ClusterState(dim=4)
    batch.reference = list(STORE)
    stories.cluster(batch, [stories.Item("x", 100, X, places=TOWN), stories.Item("y", 100, Y, places=TOWN)])
    assert _one_story(batch)
    settings.setattr(stories, "RETEST_STORED", mode)
    state = _one_at_a_time()
    assert _one_story(state)
    assert len(set(state.story)) == 4  # the crisis's other reports stay apart
    settings.setattr(stories, "RETEST_STORED", 0)
    assert not _one_story(_one_at_a_time())  # tested once, with y, when nothing else was stored


@pytest.mark.parametrize("mode", [1, 2])
def test_a_retest_joins_no_pair_that_fails_the_rules(settings, mode):
    """Without the shared town the pair is under the threshold whatever the baselines."""
    settings.setattr(stories, "RETEST_STORED", mode)
    state = stories.ClusterState(dim=4)
    for item in [stories.Item("x", 100, X, places=TOWN), stories.Item("y", 100, Y, places=frozenset({"Beni|COD"})),
                 *(stories.Item(f"r{k}", 140, v) for k, v in enumerate(STORE))]:
        state.reference = list(state.vecs)
        stories.cluster(state, [item])
    assert not _one_story(state) and not state.merged
