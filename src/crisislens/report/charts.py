"""Charts as inline SVG strings (the incident timeline, the actor network) and the
contradiction board (claim groups by kind, both sides side by side).

Why SVG strings from matplotlib's Figure (not pyplot): the report must be one
self-contained HTML file that opens offline, and the same input must give the
same bytes. The Figure API never touches a GUI backend; ``svg.hashsalt`` fixes
the ids matplotlib writes and ``metadata={"Date": None}`` drops the timestamp.
Text stays text (``svg.fonttype = 'none'``) so it is searchable and small.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Iterable

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


# --- the contradiction board ------------------------------------------------------------------

BOARD_KINDS = (
    ("contradiction", "Contradictions", "incompatible figures for the same incident at the same time"),
    ("revision", "Revisions", "a figure that rises over time: later or updated reports"),
    ("range", "Ranges", "different but compatible figures (bounds that overlap)"),
    ("agreement", "Agreements", "independent sources give the same figure"),
    ("single-source", "Single source", "one independent source so far"),
)


def claim_board(groups: list[dict], esc: Callable[[object], str], link: Callable[[object], str],
                num: Callable[[object], str]) -> str:
    """The numbers section: one table per kind, contradictions first, each side's figures,
    claimants and outlets side by side with their evidence links.

    The escaping and link helpers come from the page that embeds the board, so the board
    never builds markup from unescaped text itself. Agreeing subsets of a contradiction
    (groups with a parent) are its sides, already shown in its row.
    """
    out = []
    for kind, title, meaning in BOARD_KINDS:
        rows = [g for g in groups if (g.get("kind") or "single-source") == kind and not g.get("parent_id")]
        if not rows:
            continue
        body = "".join(_board_row(g, kind, esc, link, num) for g in rows)
        out.append(
            f'<h3 id="board-{kind}">{esc(title)} <span class="muted">({len(rows)}: {esc(meaning)})</span></h3>'
            "<table><thead><tr><th></th><th>About</th><th>Category</th><th>Whose</th><th>Date</th>"
            f"<th>Values</th><th>Sides</th></tr></thead><tbody>{body}</tbody></table>"
        )
    return "".join(out)


def _board_row(g: dict, kind: str, esc: Callable[[object], str], link: Callable[[object], str],
               num: Callable[[object], str]) -> str:
    values = sorted({num(m.get("value")) for m in g["members"] if m.get("role") != "part"}, key=_num_key)
    where = f" <span class='muted'>in {esc(g['place'])}</span>" if g.get("place") else ""
    why = f"<br><span class='muted'>{esc(g['reason'])}</span>" if g.get("reason") else ""
    cells = [
        f'<span class="badge {esc(kind)}">{esc(kind)}</span>',
        esc(g.get("about") or f"{g.get('category')} ({g.get('subject_code') or '?'})") + where + why,
        esc(g.get("category")), esc(g.get("subject_code")), esc(g.get("date")),
        esc(" vs ".join(values)), _sides_cell(g, esc, link, num),
    ]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _sides_cell(g: dict, esc: Callable[[object], str], link: Callable[[object], str],
                num: Callable[[object], str]) -> str:
    """Each side's figures in its own column, next to the other side's."""
    cols = []
    for side in g.get("sides") or [{"side": "", "members": g["members"]}]:
        items = "".join(
            f"<li><b>{esc(num(m.get('value')))}</b> ({esc(m.get('number_text') or '')}) — "
            f"{esc(m.get('claimant') or 'own voice')} <span class='muted'>in {esc(m.get('outlet') or m.get('doc_name'))}"
            f"{', ' + esc(m['published_time']) if m.get('published_time') else ''}"
            f"{', a copy' if m.get('copy_of') else ''}</span>"
            f"{' <span class=muted>(part)</span>' if m.get('role') == 'part' else ''} {link(m['cited'])}</li>"
            for m in side["members"]
        )
        cols.append(f"<div class='side'><b>{esc(side['side'])}</b><ul>{items}</ul></div>")
    return f"<div class='sides'>{''.join(cols)}</div>"


def _num_key(text: str) -> tuple[float, str]:
    try:
        return float(text), text
    except ValueError:
        return math.inf, text
