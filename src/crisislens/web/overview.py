"""Corpus-wide summaries: counts, the timeline series, top dyads, the contradiction board, the network.

Why apart from ``queries``: these aggregate the whole store (one GROUP BY each)
and feed the overview page and its endpoints; lists with filters and paging are
in ``queries``.
"""

from __future__ import annotations

import json
from typing import Any

COUNTED = ("articles", "events", "quotes", "claims", "actors", "stories", "incidents", "claim_groups")


def counts(store: Any) -> dict[str, int]:
    """How many rows each main table holds, plus outlets and contradictions."""
    out = {t: int(store.value(f"SELECT count(*) FROM {t}") or 0) for t in COUNTED if store.has_table(t)}
    out["outlets"] = int(store.value("SELECT count(DISTINCT outlet) FROM articles") or 0)
    if store.has_table("claim_groups"):
        out["contradictions"] = int(
            store.value("SELECT count(*) FROM claim_groups WHERE kind = 'contradiction'") or 0
        )
    return out


def timeline_series(store: Any) -> list[dict[str, Any]]:
    """Events per event day and QuadClass (1 verbal coop .. 4 material conflict)."""
    return store.rows(
        "SELECT date, coalesce(quad_class, 0) AS quad_class, count(*) AS n FROM events "
        "WHERE date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
    )


def top_dyads(store: Any, limit: int = 10) -> list[dict[str, Any]]:
    """The most frequent (source code, target code) pairs, with their mean Goldstein score."""
    return store.rows(
        "SELECT source_code, target_code, count(*) AS events, round(avg(goldstein), 2) AS goldstein_mean, "
        "count(DISTINCT article_id) AS articles FROM events "
        "WHERE source_code IS NOT NULL AND target_code IS NOT NULL "
        "GROUP BY 1, 2 ORDER BY events DESC, source_code, target_code LIMIT ?",
        [limit],
    )


def contradiction_board(store: Any, limit: int = 12) -> list[dict[str, Any]]:
    """The contradiction groups with the most sources, each with its values by outlet."""
    if not store.has_table("claim_groups"):
        return []
    groups = store.rows(
        "SELECT id, category, subject_code, about, date, n_sources, \"values\" FROM claim_groups "
        "WHERE kind = 'contradiction' ORDER BY n_sources DESC, date NULLS LAST, id LIMIT ?",
        [limit],
    )
    for g in groups:
        g["values"] = json.loads(g["values"] or "{}")
    return groups


def network(store: Any, limit: int = 60) -> dict[str, list[dict[str, Any]]]:
    """Actors (nodes) and who acts on whom (edges), the ``limit`` most active actors only.

    Nodes are actor codes (a code gathers a state's officials, as dyads are counted in CAMEO).
    """
    edges = store.rows(
        "SELECT source_code AS source, target_code AS target, count(*) AS events, "
        "round(avg(goldstein), 2) AS goldstein_mean FROM events "
        "WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> target_code "
        "GROUP BY 1, 2"
    )
    weight: dict[str, int] = {}
    for e in edges:
        for side in ("source", "target"):
            weight[e[side]] = weight.get(e[side], 0) + int(e["events"])
    keep = set(sorted(weight, key=lambda c: (-weight[c], c))[:limit])
    names = dict(
        (r["code"], r["name"]) for r in store.rows(
            "SELECT code, mode(name) AS name FROM actors WHERE code IS NOT NULL AND kind = 'state' GROUP BY 1"
        )
    )
    nodes = [{"id": c, "label": names.get(c) or c, "events": weight[c]} for c in sorted(keep)]
    return {"nodes": nodes, "edges": [e for e in edges if e["source"] in keep and e["target"] in keep]}


def outlets(store: Any) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT coalesce(outlet, '(unknown outlet)') AS outlet, count(*) AS articles FROM articles "
        "GROUP BY 1 ORDER BY articles DESC, outlet"
    )
