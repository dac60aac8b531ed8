"""Charts as inline SVG strings: the incident timeline and the actor network.

Why SVG strings from matplotlib's Figure (not pyplot): the report must be one
self-contained HTML file that opens offline, and the same input must give the
same bytes. The Figure API never touches a GUI backend; ``svg.hashsalt`` fixes
the ids matplotlib writes and ``metadata={"Date": None}`` drops the timestamp.
Text stays text (``svg.fonttype = 'none'``) so it is searchable and small.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable

import matplotlib
import networkx as nx
import pandas as pd
from matplotlib.colors import LinearSegmentedColormap, Normalize
from matplotlib.figure import Figure
from matplotlib.patches import Patch

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
QUAD_COLOURS = {1: "#4daf4a", 2: "#377eb8", 3: "#ff7f00", 4: "#e41a1c", 0: "#999999"}
# red = conflict (-10), grey = neutral, green = cooperation (+10); a dark middle keeps
# near-neutral edges visible on white (RdYlGn's pale yellow is not)
GOLDSTEIN_CMAP = LinearSegmentedColormap.from_list("goldstein", ["#c0392b", "#8a8f94", "#2e7d32"])
SVG_RC = {"svg.fonttype": "none", "svg.hashsalt": "crisislens", "font.size": 9}


def _svg(fig: Figure, id_prefix: str) -> str:
    """Serialise a figure to an SVG element (no XML prolog) with ids unique to this chart."""
    buf = io.StringIO()
    with matplotlib.rc_context(SVG_RC):
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    # two charts inline in one page must not share element ids
    svg = re.sub(r'id="([^"]+)"', lambda m: f'id="{id_prefix}-{m.group(1)}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{id_prefix}-{m.group(1)})", svg)
    svg = re.sub(r'xlink:href="#([^"]+)"', lambda m: f'xlink:href="#{id_prefix}-{m.group(1)}"', svg)
    svg = svg.replace("<svg ", f'<svg class="chart" data-chart="{id_prefix}" role="img" ', 1)
    return svg


def timeline_svg(items: pd.DataFrame, title: str = "Incidents by date") -> str:
    """Stacked bars of items per day, coloured by QuadClass (``date`` and ``quad_class`` columns).

    Items without a date cannot be placed; the caller says how many were left out.
    """
    data = items.copy() if not items.empty else pd.DataFrame(columns=["date", "quad_class"])
    data = data[data["date"].notna()]
    with matplotlib.rc_context(SVG_RC):
        fig = Figure(figsize=(9, 3.2))
        ax = fig.add_subplot()
        if data.empty:
            ax.text(0.5, 0.5, "no dated items", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
            return _svg(fig, "timeline")
        data["day"] = pd.to_datetime(data["date"]).dt.normalize()
        data["quad"] = data["quad_class"].fillna(0).astype(int)
        counts = data.groupby(["day", "quad"]).size().unstack(fill_value=0).sort_index()
        days = pd.date_range(counts.index.min(), counts.index.max(), freq="D")
        counts = counts.reindex(days, fill_value=0)
        bottom = [0] * len(counts)
        for quad in sorted(counts.columns):
            values = counts[quad].tolist()
            ax.bar(
                counts.index,
                values,
                bottom=bottom,
                width=0.8,
                color=QUAD_COLOURS.get(quad, "#999999"),
                label=QUAD_NAMES.get(quad, "no QuadClass"),
            )
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_title(title)
        ax.set_ylabel("count")
        ax.yaxis.get_major_locator().set_params(integer=True)
        step = max(1, len(days) // 12)
        ax.set_xticks(days[::step])
        ax.set_xticklabels([d.strftime("%d %b") for d in days[::step]], rotation=45, ha="right")
        ax.legend(loc="upper left", fontsize=8, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig, "timeline")


def _top_nodes(graph: nx.DiGraph, limit: int) -> Iterable[str]:
    ranked = sorted(
        graph.nodes,
        key=lambda n: (-(graph.nodes[n].get("mentions", 0) + graph.degree(n, weight="events")), str(n)),
    )
    return ranked[:limit]


def network_svg(graph: nx.DiGraph, limit: int = 40) -> str:
    """Draw the actor network: node area by mentions, edge colour by mean Goldstein score.

    Only the ``limit`` most prominent actors are drawn (a hairball helps nobody);
    the GraphML export carries the whole graph.
    """
    with matplotlib.rc_context(SVG_RC):
        fig = Figure(figsize=(9, 7))
        ax = fig.add_subplot()
        ax.set_axis_off()
        sub = graph.subgraph(_top_nodes(graph, limit)).copy()
        sub.remove_edges_from(list(nx.selfloop_edges(sub)))
        if sub.number_of_nodes() == 0:
            ax.text(0.5, 0.5, "no events with both actors known", ha="center", va="center")
            return _svg(fig, "network")
        # deterministic layout: fixed seed and a sorted node order
        ordered = nx.DiGraph()
        ordered.add_nodes_from(sorted(sub.nodes(data=True)))
        ordered.add_edges_from(sorted(sub.edges(data=True)))
        pos = nx.spring_layout(ordered.to_undirected(), seed=7, k=1.6 / max(1, len(ordered)) ** 0.5)
        norm = Normalize(vmin=-10, vmax=10)
        cmap = GOLDSTEIN_CMAP
        edges = list(ordered.edges(data=True))
        nx.draw_networkx_edges(
            ordered,
            pos,
            ax=ax,
            edgelist=[(u, v) for u, v, _ in edges],
            edge_color=[cmap(norm(d.get("goldstein", 0.0))) for _, _, d in edges],
            width=[1.0 + min(4.0, d.get("events", 1) * 0.6) for _, _, d in edges],
            arrows=True,
            arrowsize=10,
            connectionstyle="arc3,rad=0.08",
            node_size=[_node_area(ordered, n) for n in ordered.nodes],
        )
        nx.draw_networkx_nodes(
            ordered,
            pos,
            ax=ax,
            node_size=[_node_area(ordered, n) for n in ordered.nodes],
            node_color="#dde6f0",
            edgecolors="#34495e",
            linewidths=0.8,
        )
        nx.draw_networkx_labels(
            ordered, pos, ax=ax, labels={n: d["label"] for n, d in ordered.nodes(data=True)}, font_size=8
        )
        sm = matplotlib.cm.ScalarMappable(norm=norm, cmap=cmap)
        bar = fig.colorbar(sm, ax=ax, shrink=0.6, pad=0.01)
        bar.set_label("mean Goldstein score (conflict −10 … +10 cooperation)")
        ax.legend(
            handles=[Patch(facecolor="#dde6f0", edgecolor="#34495e", label="actor (area: mentions)")],
            loc="lower left",
            fontsize=8,
            frameon=False,
        )
        ax.set_title("Actor network (who acts on whom)")
    return _svg(fig, "network")


def _node_area(graph: nx.DiGraph, node: str) -> float:
    return 120.0 + 45.0 * min(40, graph.nodes[node].get("mentions", 0) + graph.nodes[node].get("events", 0))
