"""Server-side geometry for the two pictures: the timeline bars and the actor network.

Why computed in Python and drawn as plain SVG: no front-end library to vendor
or trust, the picture works without JavaScript, and the layout is the same on
every load (networkx's spring layout with a fixed seed). A few lines of plain
JS (static/network.js) add the interaction: hover shows an actor's neighbours,
a click opens that actor's events.
"""

from __future__ import annotations

import math
from typing import Any

QUAD_NAMES = {0: "uncoded", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def timeline_bars(series: list[dict[str, Any]], width: int = 900, height: int = 160) -> dict[str, Any]:
    """Stacked bars of events per day (one stack per day, one band per QuadClass)."""
    days: dict[str, dict[int, int]] = {}
    for r in series:
        day = str(r["date"])[:10]
        days.setdefault(day, {})[int(r["quad_class"])] = int(r["n"])
    if not days:
        return {"width": width, "height": height, "bars": [], "labels": []}
    order = sorted(days)
    peak = max(sum(v.values()) for v in days.values())
    step = width / len(order)
    bars, labels = [], []
    for i, day in enumerate(order):
        y = height
        for quad in sorted(days[day]):
            h = days[day][quad] / peak * (height - 20)
            y -= h
            bars.append({"x": round(i * step + 1, 1), "y": round(y, 1), "w": round(max(step - 2, 1), 1),
                         "h": round(h, 1), "quad": quad, "day": day,
                         "title": f"{day}: {days[day][quad]} {QUAD_NAMES.get(quad, quad)} events"})
        if i % max(1, len(order) // 8) == 0:
            labels.append({"x": round(i * step, 1), "text": day})
    return {"width": width, "height": height, "bars": bars, "labels": labels, "peak": peak}


def network_layout(net: dict[str, list[dict[str, Any]]], size: int = 560) -> dict[str, Any]:
    """Node positions (spring layout, fixed seed), radii by activity, edge strokes by count."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in net["nodes"])
    graph.add_weighted_edges_from((e["source"], e["target"], float(e["events"])) for e in net["edges"])
    if not graph:
        return {"size": size, "nodes": [], "edges": []}
    # unweighted: heavy hub-to-hub edges would otherwise pull the busiest actors on top of each other
    pos = nx.spring_layout(graph, seed=7, k=3.0 / math.sqrt(max(len(graph), 1)), iterations=150, weight=None)
    pad = 40
    peak = max(n["events"] for n in net["nodes"]) or 1

    def at(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return round(pad + (x + 1) / 2 * (size - 2 * pad), 1), round(pad + (y + 1) / 2 * (size - 2 * pad), 1)

    nodes = [{**n, "x": at(n["id"])[0], "y": at(n["id"])[1], "r": round(4 + 14 * math.sqrt(n["events"] / peak), 1)}
             for n in net["nodes"]]
    separate(nodes, size, pad)
    where = {n["id"]: (n["x"], n["y"]) for n in nodes}
    edges = [{**e, "x1": where[e["source"]][0], "y1": where[e["source"]][1], "x2": where[e["target"]][0],
              "y2": where[e["target"]][1], "w": round(0.6 + math.log1p(e["events"]), 1),
              "tone": "coop" if (e.get("goldstein_mean") or 0) >= 0 else "conflict"}
             for e in net["edges"]]
    return {"size": size, "nodes": nodes, "edges": edges}


def separate(nodes: list[dict[str, Any]], size: int, pad: int, gap: float = 14.0, rounds: int = 60) -> None:
    """Push overlapping circles apart (labels need room), a fixed number of rounds, inside the frame."""
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = b["x"] - a["x"], b["y"] - a["y"]
                dist = math.hypot(dx, dy) or 0.01
                need = a["r"] + b["r"] + gap
                if dist < need:
                    push = (need - dist) / 2
                    ux, uy = (dx / dist, dy / dist) if dist > 0.01 else (1.0, 0.0)
                    a["x"], a["y"] = a["x"] - ux * push, a["y"] - uy * push
                    b["x"], b["y"] = b["x"] + ux * push, b["y"] + uy * push
                    moved = True
        for n in nodes:
            n["x"] = round(min(max(n["x"], pad / 2), size - pad / 2), 1)
            n["y"] = round(min(max(n["y"], pad / 2), size - pad / 2), 1)
        if not moved:
            return
