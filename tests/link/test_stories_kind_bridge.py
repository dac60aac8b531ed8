"""KIND_BRIDGE (stories._Groups._kinds_clash): an article whose lead names no kind of happening (an
analysis) links to a strike's report and to a shelling's report; single link would make the two
incidents one story through it. Vectors built for the test (content slots and kind marks), as an
invented crisis's reports would give them."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.link import stories, vectors


def _vec(content: tuple[float, float, float], kinds: tuple[str, ...]) -> np.ndarray:
    v = np.zeros(vectors.dimension(), dtype=np.float32)
    v[:3] = content
    v[:3] /= np.linalg.norm(v[:3])
    names = vectors.kind_names()
    for k in kinds:
        v[vectors.kind_slots().start + names.index(k)] = vectors.KIND_MARK
    return v


def _items() -> list[stories.Item]:
    return [stories.Item("strike", 100, _vec((1, 0.2, 0), ("strike",))),
            stories.Item("analysis", 100, _vec((0.8, 0.8, 0), ())),
            stories.Item("shelling", 100, _vec((0.2, 1, 0), ("ground",)))]


def _stories(state: stories.ClusterState) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, sid in zip(state.ids, state.story, strict=True):
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("bridge", [1, 2])
def test_a_kindless_article_does_not_bridge_two_kinds(monkeypatch: pytest.MonkeyPatch, bridge: int):
    monkeypatch.setattr(stories, "KIND_BRIDGE", bridge)
    monkeypatch.setattr(stories, "GROUP_COHESION", 0.0)
    state = stories.ClusterState(dim=vectors.dimension())
    stories.cluster(state, _items())
    assert len(_stories(state)) == 2
    assert frozenset({"strike", "shelling"}) not in {s & {"strike", "shelling"} for s in _stories(state)}


def test_off_the_kindless_article_chains_them(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(stories, "KIND_BRIDGE", 0)
    monkeypatch.setattr(stories, "GROUP_COHESION", 0.0)
    state = stories.ClusterState(dim=vectors.dimension())
    stories.cluster(state, _items())
    assert _stories(state) == {frozenset({"strike", "analysis", "shelling"})}
