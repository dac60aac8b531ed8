"""The actor network: actors as nodes, event dyads as directed edges.

Shared by the report's drawing and the GraphML export so that the picture and
the file an analyst opens in Gephi are the same graph. Node size is how often
the coverage names an actor (mentions); edge colour is the mean Goldstein score
of the dyad's events, from cooperation (+10) to conflict (-10).
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
import pandas as pd

from crisislens.report.query import Scope, frame, has_table, scoped


def _node_key(actor_id: Any, code: Any, name: Any) -> str | None:
    """An event side's node: its actor id, else its code, else its name (None: unknown side)."""
    for prefix, value in (("", actor_id), ("code:", code), ("name:", name)):
        if isinstance(value, str) and value.strip():
            return prefix + value.strip()
    return None


def _all_articles(store: Any) -> Scope:
    ids = frame(store, "SELECT id FROM articles")["id"].tolist() if has_table(store, "articles") else []
    return Scope(ids)


def _actor_rows(store: Any) -> dict[str, dict[str, Any]]:
    if not has_table(store, "actors"):
        return {}
    return {row["id"]: row for row in frame(store, "SELECT * FROM actors").to_dict("records")}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _label(info: dict[str, Any] | None, name: Any) -> str | None:
    """An actor's name, else the side's name in the event, else its first role."""
    label = (info or {}).get("name") or _text(name)
    if not label and info and info.get("roles"):
        roles = info["roles"]
        roles = json.loads(roles) if isinstance(roles, str) else roles
        label = roles[0] if roles else None
    return label


def _node_attrs(info: dict[str, Any] | None, actor_id: Any, code: Any, name: Any, sector: Any,
                mention_counts: dict[str, int]) -> dict[str, Any]:
    info_ = info or {}
    return {
        "label": str(_label(info, name) or code or actor_id or ""),
        "code": str(info_.get("code") or _text(code) or ""),
        "sector": str(info_.get("sector") or _text(sector) or ""),
        "kind": str(info_.get("kind") or ""),
        "mentions": int(mention_counts.get(actor_id, 0)) if isinstance(actor_id, str) else 0,
        "events": 1,
    }


def _asserted_sides(events: pd.DataFrame):
    """(source key, target key, event row, source fields, target fields) of asserted events."""
    for ev in events.to_dict("records"):
        if ev.get("modality") not in (None, "asserted") and not pd.isna(ev.get("modality")):
            continue  # negated or hypothetical events did not happen: they draw no edge
        sides = [
            tuple(ev.get(f"{side}_{f}") for f in ("actor_id", "code", "name", "sector"))
            for side in ("source", "target")
        ]
        keys = [_node_key(*side[:3]) for side in sides]
        if None in keys:
            continue
        yield keys[0], keys[1], ev, sides


def _edge_attrs(evs: list[dict[str, Any]]) -> dict[str, Any]:
    def known(v: Any) -> bool:
        return v is not None and not pd.isna(v)

    scores = [float(e["goldstein"]) for e in evs if known(e.get("goldstein"))]
    quads: dict[int, int] = {}
    for e in evs:
        if known(e.get("quad_class")):
            quads[int(e["quad_class"])] = quads.get(int(e["quad_class"]), 0) + 1
    return {
        "events": len(evs),
        "goldstein": round(sum(scores) / len(scores), 2) if scores else 0.0,
        "goldstein_known": len(scores),
        "cameo_roots": " ".join(sorted({str(e.get("cameo_root")) for e in evs if e.get("cameo_root")})),
        "quad_classes": " ".join(f"{q}:{n}" for q, n in sorted(quads.items())),
    }


def actor_graph(store: Any, scope: Scope | None = None) -> nx.DiGraph:
    """Build the directed actor network of the articles in ``scope`` (all articles by default).

    Node attributes: label, code, sector, kind, mentions, events.
    Edge attributes: events (count), goldstein (mean, 0.0 when no event has one),
    goldstein_known (how many events had one), cameo_roots ("04 19"), quad_classes ("1:2 4:1").
    Every attribute is a plain str/int/float so the graph writes to GraphML as is.
    """
    scope = scope or _all_articles(store)
    graph = nx.DiGraph()
    actors = _actor_rows(store)
    mentions = scoped(store, "mentions", scope)
    mention_counts = mentions.groupby("actor_id").size().to_dict() if not mentions.empty else {}
    dyads: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for src, tgt, ev, sides in _asserted_sides(scoped(store, "events", scope)):
        for key, (actor_id, code, name, sector) in zip((src, tgt), sides, strict=True):
            if key in graph:
                graph.nodes[key]["events"] += 1
                continue
            info = actors.get(actor_id) if isinstance(actor_id, str) else None
            graph.add_node(key, **_node_attrs(info, actor_id, code, name, sector, mention_counts))
        dyads.setdefault((src, tgt), []).append(ev)
    for (src, tgt), evs in dyads.items():
        graph.add_edge(src, tgt, **_edge_attrs(evs))
    return graph
