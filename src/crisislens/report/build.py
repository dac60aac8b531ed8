"""``build_report``: the situation report of a store, as report.html and report.md.

The library function is the product; ``crisislens report`` and ``crisislens
demo`` are thin shells over it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crisislens.report.charts import network_svg, timeline_svg
from crisislens.report.html import render_html
from crisislens.report.markdown import render_markdown
from crisislens.report.network import actor_graph
from crisislens.report.query import resolve_scope
from crisislens.report.sections import gather


def build_report(
    store: Any,
    out_dir: str | Path,
    story_id: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Path:
    """Write report.html (self-contained), report.md, timeline.svg and network.svg; return report.html.

    Raises ``crisislens.report.ScopeError`` (a ValueError) with one clear message
    when the story does not exist or a date is not a date.
    """
    scope = resolve_scope(store, story_id, date_from, date_to)
    data = gather(store, scope)
    title_kind = "incidents" if data.timeline_kind == "incidents" else "events"
    timeline = timeline_svg(data.timeline, title=f"{title_kind.capitalize()} by date, coloured by QuadClass")
    network = network_svg(actor_graph(store, scope))
    title = "crisislens situation report"
    if story_id:
        label = next((s.get("label") for s in data.stories if s.get("id") == story_id), None)
        title += f": {label or story_id}"
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "timeline.svg").write_text(timeline, encoding="utf-8")
    (out / "network.svg").write_text(network, encoding="utf-8")
    (out / "report.md").write_text(render_markdown(data, title), encoding="utf-8")
    page = out / "report.html"
    page.write_text(render_html(data, timeline, network, title), encoding="utf-8")
    return page
