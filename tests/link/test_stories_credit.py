"""A paper's copy of an agency's report is the agency's writing for the own-outlet rule
(stories._outlet_apart), whatever the order the copy and its original arrive in: the writer is read
from the copy's wire credit (ingest.metadata.writer_of), not from its near-duplicate group, whose
original may not be stored yet. Texts composed for the test: an invented river dispute between
Veldra and Ostmark, invented papers and an invented agency."""

from __future__ import annotations

import itertools

import numpy as np

from crisislens.ingest.metadata import writer_of
from crisislens.link import stories

COPY = "Ferries stop on the Lisk\n\nDORVA, June 4 (Kestrel Wire) - A patrol boat was seized at the weir."
OWN = "Harbor Times view: the weir at Dorva\n\nDORVA, June 4 - Our reporter saw the seized patrol boat."


def _unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def _items(copy_text: str) -> list[stories.Item]:
    """The agency's report of day 100 (one incident), its report of day 101 (the next incident) and
    a paper's word-for-word copy of the latter: the copy is as close to the agency's day-100 report
    as the agency's day-101 report is (one writer's manner), a near-duplicate of the day-101 one."""
    return [stories.Item("wire_100", 100, _unit(1, 0, 0), None, "Kestrel Wire"),
            stories.Item("wire_101", 101, _unit(0.8, 0.6, 0), "wire_101", "Kestrel Wire"),
            stories.Item("copy_101", 101, _unit(0.8, 0.6, 0), "wire_101", writer_of("Harbor Times", copy_text))]


def _stories(state: stories.ClusterState) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, sid in zip(state.ids, state.story, strict=True):
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_a_credited_copy_keeps_its_agencys_days_apart_in_every_order():
    for order in itertools.permutations(_items(COPY)):
        state = stories.ClusterState(dim=3)
        for it in order:
            stories.cluster(state, [it])
        assert _stories(state) == {frozenset({"wire_100"}), frozenset({"wire_101", "copy_101"})}, order


def test_without_a_credit_the_copy_before_its_original_is_the_papers_and_links():
    """The negative: uncredited, the paper's text is its own, and arriving before the agency's
    day-101 report it links to the agency's day-100 report (the class the credit closes)."""
    wire_100, wire_101, copy_101 = _items(OWN)
    state = stories.ClusterState(dim=3)
    for it in (wire_100, copy_101, wire_101):
        stories.cluster(state, [it])
    assert len(_stories(state)) == 1
