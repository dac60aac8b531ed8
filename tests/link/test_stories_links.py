"""stories.cluster's vectorised link filter (kept pairs and each article's best as arrays)
against the per-pair loop it replaced, on dense coverage (few developments, many reports
per day window) placed in two batches so stored stories are joined and bridged."""

from __future__ import annotations

import numpy as np

from crisislens.link import stories as st
from crisislens.link.common import UnionFind


def _loop_cluster(state: st.ClusterState, items: list[st.Item]) -> list[tuple[str, str, float]]:
    """The former cluster(): one Python test, union and running max per candidate pair."""
    order = sorted(items, key=lambda a: (a.day == st.NO_DATE, a.day, a.article_id))
    n_old = len(state.ids)
    old = st._unit(np.stack(state.vecs)) if n_old else np.zeros((0, state.dim), dtype=np.float32)
    new = st._unit(np.stack([it.vec for it in order]))
    ref = [*state.reference[:st.BASELINE_SAMPLE], *[it.vec for it in order]][:st.BASELINE_SAMPLE]
    new_base = st.baselines(new, np.stack(ref))
    base = np.concatenate([np.asarray(state.baselines, dtype=np.float64), new_base])
    days = np.asarray([*state.days, *(it.day for it in order)], dtype=np.int64)
    keys = st._group_codes([g or a for g, a in zip([*state.groups, *(it.group for it in order)],
                                                    [*state.ids, *(it.article_id for it in order)], strict=True)])
    bests = np.concatenate([np.asarray(state.bests, dtype=np.float64), np.zeros(len(order))])
    rows, cols, sims = st._candidate_arrays(old, new, days, keys, st.STORY_THRESHOLD, base, bests)
    cands = zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True)
    uf = UnionFind(("a", it.article_id) for it in order)
    best: dict[str, float] = {}
    nodes = [("s", s) for s in state.story] + [("a", it.article_id) for it in order]
    for i, c, sim in cands:
        if sim < st.NEIGHBOUR_SHARE * min(bests[n_old + i], bests[c]):
            continue
        uf.union(("a", order[i].article_id), nodes[c])
        best[order[i].article_id] = max(best.get(order[i].article_id, 0.0), sim)
    state.raised = {state.ids[k]: float(bests[k]) for k in range(n_old) if bests[k] > state.bests[k]}
    state.bests[:] = bests[:n_old].tolist()
    st._follow_groups(state, order, uf)
    return st._name_components(state, order, uf, best, new_base, bests[n_old:])


def _items(n: int, topics: int, seed: int) -> list[st.Item]:
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(topics, 48)).astype(np.float32)
    out = []
    for i in range(n):
        vec = centers[i % topics] + rng.normal(scale=0.9, size=48).astype(np.float32)
        day = 739_000 + int(rng.integers(0, 20)) if rng.random() > 0.05 else st.NO_DATE
        out.append(st.Item(f"a{rng.integers(10**9):09d}", day, vec, f"g{i % 97}" if i % 5 == 0 else None))
    return out


def test_vectorised_links_give_the_loop_s_stories_bests_and_merges(monkeypatch) -> None:
    monkeypatch.setattr(st, "NEIGHBOUR_SHARE", 0.9)  # the filter is exercised (it is off by default)
    monkeypatch.setattr(st, "GROUP_COHESION", 0.0)  # the former loop was plain single link
    counts = []
    for seed, topics in ((1, 3), (2, 12), (3, 40)):
        items = _items(900, topics, seed)
        fast, slow = st.ClusterState(dim=48), st.ClusterState(dim=48)
        results = []
        for state, place in ((fast, st.cluster), (slow, _loop_cluster)):
            first = place(state, items[:450])
            second = place(state, items[450:])
            results.append((first, second, state.merged, state.raised, state.bests, state.baselines))
        assert results[0] == results[1]
        counts.append((len({sid for sid, _a, _s in results[0][1]}), len(fast.merged)))
    assert max(n for n, _m in counts) > 1 and max(m for _n, m in counts) > 0, counts  # stories apart, some bridged
