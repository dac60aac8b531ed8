"""The report as Markdown: the same facts as the HTML page, for diffs, wikis and notebooks.

Charts are referenced as the SVG files written next to it; evidence links
point into report.html's anchors, so a reader of the Markdown still gets to the
highlighted sentence in one click.
"""

from __future__ import annotations

from typing import Any

from crisislens.report.charts import QUAD_NAMES
from crisislens.report.sections import Cited, ReportData

# Characters of article text that Markdown renderers would read as HTML or as a link.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]"})


def _text(value: Any) -> str:
    """Article text made inert: raw ``<script>``/``<img onerror>`` and ``[..](javascript:..)``
    show as the characters they are, never as HTML or a link."""
    return "" if value is None else str(value).translate(_ESCAPES).replace("\n", " ")


def _cell(value: Any) -> str:
    """Markdown table cell text: escaped, no pipes or newlines."""
    return _text(value).replace("|", "\\|")


def _link(c: Cited) -> str:
    return f"[{_cell(c.label)}](report.html#{c.anchor})" if c.anchor else "(no evidence span)"


def _num(v: Any) -> str:
    if v is None:
        return ""
    f = float(v)
    return str(int(f)) if f.is_integer() else f"{f:g}"


def render_markdown(data: ReportData, title: str) -> str:
    lines = [f"# {_text(title)}", ""]
    for section in (_summary, _timeline, _numbers, _speakers, _framing):
        lines += section(data)
    lines += ["", "Evidence: every link above opens the sentence, highlighted in its paragraph, in report.html.", ""]
    return "\n".join(lines)


def _summary(data: ReportData) -> list[str]:
    s = data.summary
    return [
        "## Summary",
        "",
        f"- Scope: {_text(s['scope'])}",
        f"- Articles: {s['articles']}",
        f"- Outlets ({len(s['outlets'])}): {_text(', '.join(s['outlets'])) or 'unknown'}",
        f"- Published: {s['date_from']} to {s['date_to']}" if s["date_from"] else "- Published: no dates",
        f"- Stories: {s['stories']}",
        f"- Incidents: {s['incidents'] if s['linked'] else _text(data.notes.get('incidents'))}",
        f"- Events / quotes / numbers: {s['events']} / {s['quotes']} / {s['claims']}",
        f"- Contradictions found: {s['contradictions']} (agreements: {s['agreements']})",
        "",
    ]


def _timeline(data: ReportData) -> list[str]:
    lines = ["## Timeline", "", "![timeline](timeline.svg)", ""]
    if not data.incidents:
        return [*lines, "_no data yet_"]
    lines += ["| Date | What | CAMEO | QuadClass | Sources | Evidence |", "|---|---|---|---|---|---|"]
    for inc in data.incidents:
        q = inc.get("quad_class")
        lines.append(
            f"| {_cell(inc['date'] or 'undated')} | {_cell(inc['label'])} | {_cell(inc.get('cameo') or inc.get('cameo_root'))} "
            f"| {_cell(QUAD_NAMES.get(int(q)) if q is not None else '')} | {_cell(inc.get('n_sources') or inc.get('n_articles'))} "
            f"| {' '.join(_link(c) for c in inc['evidence'])} |"
        )
    return lines


def _numbers(data: ReportData) -> list[str]:
    lines = ["", "## Actor network", "", "![actor network](network.svg)", "", "## Contested numbers", ""]
    if data.claim_groups:
        lines += ["| Kind | About | Values | Claimants |", "|---|---|---|---|"]
        for g in data.claim_groups:
            who = "; ".join(
                f"{_num(m.get('value'))} — {_cell(m.get('claimant') or 'own voice')} in "
                f"{_cell(m.get('outlet') or m.get('doc_name'))}"
                f"{', ' + _cell(m['published_time']) if m.get('published_time') else ''} {_link(m['cited'])}"
                for m in g["members"]
            )
            values = " vs ".join(sorted({_num(m.get("value")) for m in g["members"] if m.get("role") != "part"}))
            lines.append(f"| **{_cell(g.get('kind'))}** | {_cell(g.get('about'))} | {values} | {who} |")
    elif data.claims_fallback:
        lines += [f"_{_text(data.notes.get('claims', ''))}_", ""]
        for c in data.claims_fallback:
            lines.append(
                f"- {_text(c.get('category'))}: {_text(c.get('number_text'))} {_text(c.get('what'))} — "
                f"{_text(c.get('claimant_name') or 'own voice')} {_link(c['cited'])}"
            )
    else:
        lines.append("_no numeric claims found_")
    return lines


def _speakers(data: ReportData) -> list[str]:
    lines = ["", "## Most quoted speakers", ""]
    for sp in data.speakers:
        lines += [f"### {_text(sp['name'])}" + (f" ({_text(sp['code'])})" if sp.get("code") else ""), ""]
        for q in sp["quotes"]:
            text = f"“{_text(q['text'])}”" if q.get("direct") else f"{_text(q['text'])} (reported)"
            lines += [f"> {text} — {_link(q['cited'])}", ""]
    if not data.speakers:
        lines.append("_no quotes found_")
    return lines


def _framing(data: ReportData) -> list[str]:
    lines = ["", "## Framing by outlet", ""]
    if not data.framing or "framing" in data.notes:
        return [*lines, f"_{_text(data.notes.get('framing', 'no data yet'))}_"]
    for concept, per_outlet in data.framing["concepts"].items():
        lines += [f"### {_text(concept)}", "", "| Outlet | Words used |", "|---|---|"]
        for outlet, uses in sorted(per_outlet.items()):
            used = ", ".join(f"{u.get('variant')} ×{u.get('count')} ({u.get('stance') or 'unmarked'})" for u in uses)
            lines.append(f"| {_cell(outlet)} | {_cell(used)} |")
        lines.append("")
    if data.framing["quoted"]:
        lines += ["### Whom each outlet quotes", ""]
        for outlet, qs in data.framing["quoted"].items():
            lines.append(f"- {_text(outlet)}: " + ", ".join(f"{_text(q.get('speaker'))} ×{q.get('quotes')}" for q in qs))
    return lines
