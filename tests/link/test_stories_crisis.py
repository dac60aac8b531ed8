"""Stories in dense coverage of one crisis: incidents of one flare-up days apart stay apart, one
incident's reports from several outlets join, and one outlet's articles of different days do not
link on their own likeness (stories.OWN_OUTLET_SAME_DAY). Texts composed for the test: an
invented border crisis between Veldra and Ostmark, invented outlets."""

from __future__ import annotations

import numpy as np

from crisislens.link import stories, vectors

SHELLING = "Brenna market shelled, grain stalls burned, mortar rounds, Brenna hospital treats wounded traders"
DRONE = "Kalsk dam, reconnaissance drone shot down, wreckage over the Kalsk reservoir, radar station"
CRISIS = "Veldra and Ostmark trade blame along the disputed river border; talks stalled."

ARTICLES = [  # (id, outlet, day, text)
    ("w1", "North Wire", 100, f"{SHELLING}. Officials in Brenna said mortar rounds hit the market at dawn. {CRISIS}"),
    ("p1", "Veldra Post", 100, f"Mortar rounds fell on the Brenna market, burning grain stalls. {SHELLING}. {CRISIS}"),
    ("b1", "Channel Nine", 101, f"Traders wounded in Brenna as the market is shelled. {SHELLING}. {CRISIS}"),
    ("w2", "North Wire", 102, f"{DRONE}. Ostmark said its radar station tracked the drone to Kalsk. {CRISIS}"),
    ("o2", "Ostmark Daily", 102, f"Our air defence shot down a drone over the Kalsk dam. {DRONE}. {CRISIS}"),
]


def _items() -> list[stories.Item]:
    texts = [a[3] for a in ARTICLES]
    df = vectors.document_frequencies(texts)
    return [stories.Item(aid, day, vectors.article_vector(text, df, len(texts)), None, outlet)
            for aid, outlet, day, text in ARTICLES]


def _stories(state: stories.ClusterState) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, sid in zip(state.ids, state.story, strict=True):
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_two_incidents_days_apart_stay_apart_and_three_outlets_join():
    state = stories.ClusterState(dim=vectors.dimension())
    stories.cluster(state, _items())
    assert _stories(state) == {frozenset({"w1", "p1", "b1"}), frozenset({"w2", "o2"})}


def test_one_at_a_time_gives_the_batch_stories():
    items = _items()
    state = stories.ClusterState(dim=vectors.dimension())
    for it in reversed(items):
        stories.cluster(state, [it])
    assert _stories(state) == {frozenset({"w1", "p1", "b1"}), frozenset({"w2", "o2"})}


def _unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_one_outlets_articles_of_two_days_do_not_link_but_its_same_day_update_does():
    state = stories.ClusterState(dim=3)
    stories.cluster(state, [stories.Item("am", 100, _unit(1, 0, 0), None, "North Wire"),
                            stories.Item("update", 100, _unit(0.9, 0.3, 0), None, "north  wire"),
                            stories.Item("next", 101, _unit(0.9, 0.3, 0), None, "North Wire")])
    assert _stories(state) == {frozenset({"am", "update"}), frozenset({"next"})}


def test_a_later_article_of_another_outlet_bridges_the_outlets_days():
    state = stories.ClusterState(dim=3)
    stories.cluster(state, [stories.Item("am", 100, _unit(1, 0, 0), None, "North Wire")])
    stories.cluster(state, [stories.Item("next", 101, _unit(0.8, 0.6, 0), None, "North Wire")])
    assert len(_stories(state)) == 2
    stories.cluster(state, [stories.Item("other", 101, _unit(0.95, 0.3, 0), None, "Veldra Post")])
    assert _stories(state) == {frozenset({"am", "next", "other"})}


def test_unknown_outlets_are_not_kept_apart():
    state = stories.ClusterState(dim=3)
    stories.cluster(state, [stories.Item("a", 100, _unit(1, 0, 0)), stories.Item("b", 101, _unit(0.9, 0.3, 0))])
    assert len(_stories(state)) == 1
