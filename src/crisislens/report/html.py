"""The report as ONE self-contained HTML page: inline CSS, inline SVG charts, no scripts.

Why no template engine: Jinja2 is not a dependency, and the page is a handful
of sections; small functions returning escaped strings keep every value
escaped in one place (``e``) and the output deterministic.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from importlib import resources
from typing import Any

from crisislens.report.charts import QUAD_NAMES, claim_board
from crisislens.report.evidence import highlighted_paragraphs
from crisislens.report.sections import Cited, ReportData

SECTIONS = (
    ("summary", "Summary"),
    ("timeline", "Timeline"),
    ("network", "Actor network"),
    ("numbers", "Contested numbers"),
    ("quotes", "Most quoted speakers"),
    ("framing", "Framing by outlet"),
    ("evidence", "Evidence"),
)


def e(value: Any) -> str:
    """Escape any value for HTML text or attributes ('' for None)."""
    return "" if value is None else html.escape(str(value), quote=True)


def css() -> str:
    return resources.files("crisislens.report").joinpath("style.css").read_text(encoding="utf-8")


def ev_link(cited: Cited) -> str:
    """A small link from a fact to its evidence sentence."""
    if not cited.anchor:
        return '<span class="muted">(no evidence span)</span>'
    return f'<a class="ev" href="#{e(cited.anchor)}" title="show the sentence">{e(cited.label)} ¶</a>'


def _fmt_num(value: Any) -> str:
    if value is None:
        return ""
    f = float(value)
    return str(int(f)) if f.is_integer() else f"{f:g}"


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _note(data: ReportData, key: str) -> str:
    return f'<p class="note">{e(data.notes[key])}</p>' if key in data.notes else ""


def summary_section(data: ReportData) -> str:
    s = data.summary
    span = f"{s['date_from']} to {s['date_to']}" if s["date_from"] else "no publication dates"
    if s["undated_articles"]:
        span += f" ({s['undated_articles']} article(s) without a date)"
    items = [
        ("Scope", e(s["scope"])),
        ("Articles", e(s["articles"])),
        ("Outlets", e(", ".join(s["outlets"]) or "unknown") + f" ({len(s['outlets'])})"),
        ("Published", e(span)),
        ("Stories", e(s["stories"]) if "stories" not in data.notes else f"0 <span class='note'>{e(data.notes['stories'])}</span>"),
        ("Incidents", e(s["incidents"]) if s["linked"] else f"<span class='note'>{e(data.notes.get('incidents'))}</span>"),
        ("Events / quotes / numbers", f"{s['events']} / {s['quotes']} / {s['claims']}"),
        (
            "Contradictions found",
            f"<span class='badge contradiction'>{s['contradictions']}</span> "
            f"(and {s['agreements']} agreement(s) between sources)",
        ),
    ]
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in items)
    stories = ""
    if data.stories:
        stories = "<h3>Stories</h3>" + _table(
            ["Story", "Articles", "From", "To"],
            ([e(st.get("label") or st["id"]), e(st["n_articles"]), e(str(st.get("first_date") or "")[:10]), e(str(st.get("last_date") or "")[:10])] for st in data.stories),
        )
    return f'<dl class="summary">{body}</dl>{stories}'


def quad_badge(quad: Any) -> str:
    q = int(quad) if quad is not None else 0
    return f'<span class="badge q{q}">{e(QUAD_NAMES.get(q, "unclassified"))}</span>'


def timeline_section(data: ReportData, svg: str) -> str:
    what = data.timeline_kind
    undated = f'<p class="muted">{data.undated} {what} without a date are not on the chart.</p>' if data.undated else ""
    rows = []
    for inc in data.incidents:
        date = inc["date"] or "undated"
        if inc.get("date_end") and inc["date_end"] != inc["date"]:
            date += f" – {inc['date_end']}"
        disagree = ""
        if inc.get("disagreements"):
            disagree = '<br><span class="badge contradiction">sources disagree</span> ' + e(
                "; ".join(f"{k}: {', '.join(map(str, v))}" for k, v in inc["disagreements"].items())
            )
        links = " ".join(ev_link(c) for c in inc["evidence"])
        rows.append(
            [
                e(date),
                e(inc["label"]) + disagree,
                e(inc.get("cameo") or inc.get("cameo_root")),
                quad_badge(inc.get("quad_class")),
                e(inc.get("n_sources") or inc.get("n_articles") or 1),
                links,
            ]
        )
    table = _table(["Date", "What", "CAMEO", "QuadClass", "Sources", "Evidence"], rows) if rows else '<p class="note">no data yet</p>'
    return f"{_note(data, 'incidents')}<figure>{svg}</figure>{undated}<h3>{e(what.capitalize())}</h3>{table}"


def numbers_section(data: ReportData) -> str:
    if not data.claim_groups:
        if not data.claims_fallback:
            return _note(data, "claims") + '<p class="note">no numeric claims found</p>'
        rows = [
            [e(c.get("category")), e(c.get("subject_code")), e(c.get("number_text")), e(c.get("what")),
             e(c.get("claimant_name") or f"{c.get('outlet') or 'the outlet'} (own voice)"), ev_link(c["cited"])]
            for c in data.claims_fallback
        ]
        return _note(data, "claims") + _table(["Category", "Whose", "Number", "What", "Claimant", "Evidence"], rows)
    return claim_board(data.claim_groups, e, ev_link, _fmt_num)


def quotes_section(data: ReportData) -> str:
    if not data.speakers:
        return _note(data, "quotes") or '<p class="note">no quotes found</p>'
    out = []
    for sp in data.speakers:
        code = f" ({e(sp['code'])})" if sp.get("code") else ""
        out.append(
            f"<h3>{e(sp['name'])}{code} <span class='muted'>— {sp['n_quotes']} quote(s) in {sp['n_articles']} article(s)</span></h3>"
        )
        for q in sp["quotes"]:
            text = f"“{e(q['text'])}”" if q.get("direct") else f"{e(q['text'])} <span class='muted'>(reported)</span>"
            cue = f" <span class='muted'>{e(q.get('cue') or '')}{' to ' + e(q['addressee']) if q.get('addressee') else ''}</span>"
            cls = "direct" if q.get("direct") else "reported"
            out.append(f'<blockquote class="{cls}">{text}{cue} {ev_link(q["cited"])}</blockquote>')
    return "".join(out)


def framing_section(data: ReportData) -> str:
    """Contested names per outlet (one table per concept), whom each outlet quotes, dyad tone."""
    if not data.framing or "framing" in data.notes:
        return _note(data, "framing") or '<p class="note">no data yet</p>'
    f = data.framing
    out = []
    for concept, per_outlet in f["concepts"].items():
        out.append(f"<h3>{e(concept[:1].upper() + concept[1:])}</h3>")
        rows = [
            [
                e(outlet),
                ", ".join(
                    f"<b>{e(u.get('variant'))}</b> ×{e(u.get('count'))}"
                    f" <span class='muted'>({e(u.get('stance') or 'unmarked')})</span>"
                    for u in uses
                ),
            ]
            for outlet, uses in sorted(per_outlet.items())
        ]
        out.append(_table(["Outlet", "Words used (count, whose usage it marks)"], rows))
    if f["quoted"]:
        out.append("<h3>Whom each outlet quotes</h3>")
        out.append(
            _table(
                ["Outlet", "Most quoted"],
                (
                    [e(o), ", ".join(f"{e(q.get('speaker'))} ×{e(q.get('quotes'))}" for q in qs)]
                    for o, qs in f["quoted"].items()
                ),
            )
        )
    if f["tone"]:
        out.append("<h3>Tone per dyad (mean Goldstein score of the outlet's events)</h3>")
        out.append(
            _table(
                ["Outlet", "Source → target", "Events", "Mean Goldstein"],
                (
                    [e(t["outlet"]), e(f"{t.get('source_code') or '?'} → {t.get('target_code') or '?'}"),
                     e(t.get("events")), e(t.get("goldstein_mean"))]
                    for t in f["tone"]
                ),
            )
        )
    for m in f.get("messages", []):
        out.append(f'<p class="note">{e(m)}</p>')
    return "".join(out)


# Schemes an article's url may link with; any other (javascript:, data:, file:) is shown as text.
LINK_SCHEMES = ("http://", "https://")
# The page needs no script, no fetch and no outside resource: forbid them all, so text
# that slipped past escaping still cannot run (inline CSS and inline SVG stay allowed).
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _url(url: Any) -> str:
    """An article's url: a link only for http(s), else plain escaped text."""
    if not url:
        return ""
    text = str(url).strip()
    if text.lower().startswith(LINK_SCHEMES):
        return f'<a href="{e(text)}" rel="noreferrer">{e(text)}</a>'
    return f"<span>{e(text)}</span>"


def evidence_section(data: ReportData) -> str:
    out = ['<p class="muted">Each cited sentence, highlighted in its paragraph, with the article it comes from.</p>']
    for aid, art in data.articles.items():
        spans = data.evidence.cited.get(aid)
        if not spans:
            continue
        meta = " · ".join(
            x for x in (
                e(art.get("outlet") or "unknown outlet"),
                e(art.get("published_label") or art.get("published") or "undated"),
                e(art.get("doc_name")),
                _url(art.get("url")),
            ) if x
        )
        paras = "".join(f"<p>{p}</p>" for p in highlighted_paragraphs(aid, art["text"], spans))
        out.append(
            f'<article class="evidence" id="art-{e(aid)}"><header><b>{e(art.get("title") or art.get("doc_name"))}</b><br>{meta}</header>{paras}</article>'
        )
    return "".join(out)


def render_html(data: ReportData, timeline_svg: str, network_svg: str, title: str) -> str:
    """The whole page. Sections render in order; the evidence appendix last (it holds every cited sentence)."""
    bodies = {
        "summary": summary_section(data),
        "timeline": timeline_section(data, timeline_svg),
        "network": f"<figure>{network_svg}</figure><p class='muted'>Node area: how often the coverage names the actor. "
        "Edge colour: mean Goldstein score of the dyad's events (red conflict, green cooperation). "
        "Negated and hypothetical events draw no edge. The full graph is in the GraphML export.</p>",
        "numbers": numbers_section(data),
        "quotes": quotes_section(data),
        "framing": framing_section(data),
    }
    bodies["evidence"] = evidence_section(data)  # after the others: they register the citations
    toc = "".join(f'<a href="#{k}">{e(v)}</a>' for k, v in SECTIONS)
    sections = "".join(f'<section id="{k}"><h2>{e(v)}</h2>{bodies[k]}</section>' for k, v in SECTIONS)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{e(title)}</title>"
        f"<style>{css()}</style></head><body><main><h1>{e(title)}</h1>"
        f"<p class='muted'>Generated by crisislens. Every fact links (¶) to the sentence that states it.</p>"
        f"<nav class=\"toc\">{toc}</nav>{sections}</main></body></html>\n"
    )
