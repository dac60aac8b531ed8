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


def actor_graph(store: Any, scope: Scope | None = None) -> nx.DiGraph:
    """Build the directed actor network of the articles in ``scope`` (all articles by default).

    Node attributes: label, code, sector, kind, mentions, events.
    Edge attributes: events (count), goldstein (mean, 0.0 when no event has one),
    goldstein_known (how many events had one), cameo_roots ("04 19"), quad_classes ("1:2 4:1").
    Every attribute is a plain str/int/float so the graph writes to GraphML as is.
    """
    scope = scope or _all_articles(store)
    graph = nx.DiGraph()
    events = scoped(store, "events", scope)
    mentions = scoped(store, "mentions", scope)
    actors: dict[str, dict[str, Any]] = {}
    if has_table(store, "actors"):
        for row in frame(store, "SELECT * FROM actors").to_dict("records"):
            actors[row["id"]] = row
    mention_counts: dict[str, int] = {}
    if not mentions.empty:
        mention_counts = mentions.groupby("actor_id").size().to_dict()

    def add_node(key: str, actor_id: Any, code: Any, name: Any, sector: Any) -> None:
        if key in graph:
            graph.nodes[key]["events"] += 1
            return
        info = actors.get(actor_id) if isinstance(actor_id, str) else None
        label = (info or {}).get("name") or (name if isinstance(name, str) else None)
        if not label and info and info.get("roles"):
            roles = info["roles"]
            roles = json.loads(roles) if isinstance(roles, str) else roles
            label = roles[0] if roles else None
        graph.add_node(
            key,
            label=str(label or code or key),
            code=str((info or {}).get("code") or (code if isinstance(code, str) else "") or ""),
            sector=str((info or {}).get("sector") or (sector if isinstance(sector, str) else "") or ""),
            kind=str((info or {}).get("kind") or ""),
            mentions=int(mention_counts.get(actor_id, 0)) if isinstance(actor_id, str) else 0,
            events=1,
        )

    dyads: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for ev in events.to_dict("records"):
        if ev.get("modality") not in (None, "asserted") and not pd.isna(ev.get("modality")):
            continue  # negated or hypothetical events did not happen: they draw no edge
        src = _node_key(ev.get("source_actor_id"), ev.get("source_code"), ev.get("source_name"))
        tgt = _node_key(ev.get("target_actor_id"), ev.get("target_code"), ev.get("target_name"))
        if src is None or tgt is None:
            continue
        add_node(src, ev.get("source_actor_id"), ev.get("source_code"), ev.get("source_name"), ev.get("source_sector"))
        add_node(tgt, ev.get("target_actor_id"), ev.get("target_code"), ev.get("target_name"), ev.get("target_sector"))
        dyads.setdefault((src, tgt), []).append(ev)
    for (src, tgt), evs in dyads.items():
        scores = [float(e["goldstein"]) for e in evs if e.get("goldstein") is not None and not pd.isna(e["goldstein"])]
        quads: dict[int, int] = {}
        for e in evs:
            q = e.get("quad_class")
            if q is not None and not pd.isna(q):
                quads[int(q)] = quads.get(int(q), 0) + 1
        graph.add_edge(
            src,
            tgt,
            events=len(evs),
            goldstein=round(sum(scores) / len(scores), 2) if scores else 0.0,
            goldstein_known=len(scores),
            cameo_roots=" ".join(sorted({str(e.get("cameo_root")) for e in evs if e.get("cameo_root")})),
            quad_classes=" ".join(f"{q}:{n}" for q, n in sorted(quads.items())),
        )
    return graph

