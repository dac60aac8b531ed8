"""The actor network as GraphML, for Gephi, Cytoscape, yEd and networkx.

Why the same graph as the report's picture: ``crisislens.report.actor_graph``
builds it once, so the file an analyst opens is what the report drew (but
whole: the report draws only the most prominent actors).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from crisislens.report.network import actor_graph


def write_graphml(store: Any, path: str | Path) -> Path:
    """Write the directed actor network of the whole store to ``path`` (GraphML); return the path.

    Nodes: actors (label, code, sector, kind, mentions, events). Edges: event
    dyads (events, goldstein mean, goldstein_known, cameo_roots, quad_classes).
    """
    graph = actor_graph(store)
    out = Path(path)
    if out.is_dir():
        out = out / "actors.graphml"
    out.parent.mkdir(parents=True, exist_ok=True)
    # GraphML has no "null": every attribute is a str/int/float already (see actor_graph)
    nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return out
