"""What each report section shows, gathered from the store into plain Python data.

Why separate from the rendering: the HTML and the Markdown report show the same
facts, and tests can check the facts without parsing HTML. Each gatherer reads
only the tables that exist; a missing link table gives an empty section with a
note ("no data yet: run crisislens link") instead of an error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from crisislens.link.common import side_label, utc_moment
from crisislens.report.charts import BOARD_KINDS
from crisislens.report.evidence import EvidenceIndex
from crisislens.report.query import Scope, columns, frame, has_table, scoped

MAX_SPEAKERS = 12
MAX_QUOTES_PER_SPEAKER = 8
FRAMING_TOP_SPEAKERS = 4
UNKNOWN_OUTLET = "(unknown outlet)"  # the label crisislens.link.framing gives articles without one


def quad_class_of_root(root: Any) -> int | None:
    """CAMEO QuadClass of a root code: 01-05 verbal coop, 06-08 material coop, 09-14 verbal conflict, 15-20 material conflict."""
    try:
        r = int(str(root)[:2])
    except (TypeError, ValueError):
        return None
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 8:
        return 2
    if 9 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    return None


def _clean(value: Any) -> Any:
    """None for pandas' missing values, so templates test one thing."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _date(value: Any) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    return str(value)[:10]


@dataclass
class Cited:
    """A fact's link to its evidence: the anchor and what the link shows (outlet, date)."""

    anchor: str | None
    article_id: str
    label: str


@dataclass
class ReportData:
    """Everything the renderers need, already scoped and ordered."""

    scope: Scope
    evidence: EvidenceIndex = field(default_factory=EvidenceIndex)
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    stories: list[dict[str, Any]] = field(default_factory=list)
    timeline: pd.DataFrame = field(default_factory=pd.DataFrame)
    timeline_kind: str = "incidents"
    undated: int = 0
    incidents: list[dict[str, Any]] = field(default_factory=list)
    claim_groups: list[dict[str, Any]] = field(default_factory=list)
    claims_fallback: list[dict[str, Any]] = field(default_factory=list)
    speakers: list[dict[str, Any]] = field(default_factory=list)
    framing: dict[str, Any] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def cite(self, article_id: Any, sent_start: Any, sent_end: Any) -> Cited:
        art = self.articles.get(article_id) or {}
        label = art.get("outlet") or art.get("doc_name") or str(article_id)[:8]
        return Cited(self.evidence.cite(article_id, sent_start, sent_end), str(article_id), label)


def gather(store: Any, scope: Scope) -> ReportData:
    """Collect every section's data for the articles in ``scope``."""
    data = ReportData(scope)
    arts = scoped_articles(store, scope)
    data.articles = {a["id"]: a for a in arts}
    _stories(store, data)
    _incidents(store, data)
    _claim_groups(store, data)
    _speakers(store, data)
    _framing(store, data)
    _summary(store, data)
    return data


def scoped_articles(store: Any, scope: Scope) -> list[dict[str, Any]]:
    wanted = set(scope.article_ids)
    rows = frame(
        store,
        "SELECT id, doc_name, source, url, outlet, title, published, "
        f"{_PUBLISHED_TIME if 'published_local' in columns(store, 'articles') else ''} "
        "language, text, clean_text FROM articles ORDER BY published, doc_name",
    ).to_dict("records")
    out = []
    for row in rows:
        if row["id"] in wanted:
            row = {k: _clean(v) for k, v in row.items()}
            row["published"] = _date(row["published"])
            row["published_label"] = published_label(row)
            out.append(row)
    return out


# The publication time columns (migration 015), read where the store has them: an older store
# that was never migrated is opened read-only and lacks them.
_PUBLISHED_TIME = (
    "strftime(published_at, '%H:%M') AS published_utc, "
    "published_local, published_offset,"
)


def published_label(art: dict[str, Any]) -> str | None:
    """The publication day and, where the input gave one, its time as written: "2024-04-10
    08:15 +03:00 (05:15 UTC)", or "2024-04-10 08:15 (offset unknown)" when the stamp stated
    no offset (then its UTC moment is not known either)."""
    day, local, offset = art.get("published"), _clean(art.get("published_local")), _clean(art.get("published_offset"))
    if not day or not local:
        return day
    clock = f"{day} {str(local)[11:16]}" if str(local)[:10] == day else f"{day} ({str(local)[:16].replace('T', ' ')})"
    utc = _clean(art.get("published_utc"))
    if offset and offset != "unknown":
        return f"{clock} {offset}" + (f" ({utc} UTC)" if utc and offset not in ("+00:00", "-00:00") else "")
    return f"{clock} (offset unknown)"


def _in_scope_ids(data: ReportData) -> pd.DataFrame:
    return pd.DataFrame({"id": list(data.articles)}, dtype="object")


def _stories(store: Any, data: ReportData) -> None:
    if not (has_table(store, "stories") and has_table(store, "story_articles")):
        data.notes["stories"] = "no stories yet (run `crisislens link`)"
        return
    store.con.register("_report_ids", _in_scope_ids(data))
    try:
        rows = frame(
            store,
            """SELECT s.id, s.label, s.first_date, s.last_date, count(DISTINCT sa.article_id) AS n_articles
               FROM stories s JOIN story_articles sa ON sa.story_id = s.id
               JOIN _report_ids r ON r.id = sa.article_id
               GROUP BY ALL ORDER BY n_articles DESC, s.first_date, s.id""",
        ).to_dict("records")
    finally:
        store.con.unregister("_report_ids")
    data.stories = [{k: _clean(v) for k, v in r.items()} for r in rows]


def _incidents(store: Any, data: ReportData) -> None:
    """Incidents (events of several articles merged) when linked; the raw events otherwise."""
    events = scoped(store, "events", data.scope)
    by_id = {e["id"]: e for e in events.to_dict("records")} if not events.empty else {}
    if has_table(store, "incidents") and has_table(store, "incident_mentions"):
        store.con.register("_report_ids", _in_scope_ids(data))
        try:
            members = frame(
                store,
                """SELECT m.* FROM incident_mentions m JOIN _report_ids r ON r.id = m.article_id""",
            )
            incs = frame(store, "SELECT * FROM incidents")
        finally:
            store.con.unregister("_report_ids")
        if not members.empty:
            incs = incs[incs["id"].isin(set(members["incident_id"]))]
            grouped = {k: g.to_dict("records") for k, g in members.groupby("incident_id")}
            rows = []
            for inc in incs.to_dict("records"):
                inc = {k: _clean(v) for k, v in inc.items() if k not in ("outlets", "story_ids", "disagreements")} | {
                    "outlets": _json(inc.get("outlets"), []),
                    "disagreements": _json(inc.get("disagreements"), {}),
                }
                inc["date"] = _date(inc.get("date"))
                inc["date_end"] = _date(inc.get("date_end"))
                mems = grouped.get(inc["id"], [])
                quads = [by_id[m["event_id"]].get("quad_class") for m in mems if m.get("event_id") in by_id]
                quads = [int(q) for q in quads if _clean(q) is not None]
                inc["quad_class"] = max(set(quads), key=quads.count) if quads else quad_class_of_root(inc.get("cameo_root"))
                inc["label"] = _incident_label(inc, mems, by_id)
                inc["evidence"] = [
                    data.cite(m["article_id"], by_id[m["event_id"]]["sent_start"], by_id[m["event_id"]]["sent_end"])
                    for m in mems
                    if m.get("event_id") in by_id
                ]
                rows.append(inc)
            rows.sort(key=lambda r: (r["date"] or "9999", -(r.get("n_articles") or 0), r["id"]))
            data.incidents = rows
            data.timeline = pd.DataFrame([{"date": r["date"], "quad_class": r["quad_class"]} for r in rows])
            data.undated = sum(1 for r in rows if not r["date"])
            data.timeline_kind = "incidents"
            return
        data.notes["incidents"] = "no incidents yet (run `crisislens link`); showing events"
    else:
        data.notes["incidents"] = "no incidents yet (run `crisislens link`); showing events"
    data.timeline_kind = "events"
    if events.empty:
        return
    asserted = events[events["modality"].fillna("asserted") == "asserted"]
    data.timeline = pd.DataFrame(
        {"date": asserted["date"].map(_date), "quad_class": asserted["quad_class"]}
    )
    data.undated = int(data.timeline["date"].isna().sum())
    rows = []
    for ev in asserted.to_dict("records"):
        ev = {k: _clean(v) for k, v in ev.items()}
        rows.append(
            {
                "id": ev["id"],
                "date": _date(ev.get("date")),
                "source_code": ev.get("source_code"),
                "target_code": ev.get("target_code"),
                "cameo": ev.get("cameo"),
                "cameo_root": ev.get("cameo_root"),
                "quad_class": ev.get("quad_class"),
                "goldstein": ev.get("goldstein"),
                "n_articles": 1,
                "n_sources": 1,
                "outlets": [data.articles.get(ev["article_id"], {}).get("outlet")],
                "disagreements": {},
                "label": _event_label(ev),
                "evidence": [data.cite(ev["article_id"], ev["sent_start"], ev["sent_end"])],
            }
        )
    rows.sort(key=lambda r: (r["date"] or "9999", r["id"]))
    data.incidents = rows


def _event_label(ev: dict[str, Any]) -> str:
    src = ev.get("source_name") or ev.get("source_code") or "?"
    tgt = ev.get("target_name") or ev.get("target_code") or "?"
    return f"{src} — {ev.get('predicate') or ev.get('cameo') or ''} → {tgt}".strip()


def _incident_label(inc: dict[str, Any], mems: list[dict[str, Any]], by_id: dict[str, Any]) -> str:
    """A readable line for an incident: its most common dyad names and predicate."""
    for m in mems:
        ev = by_id.get(m.get("event_id"))
        if ev is not None:
            return _event_label({k: _clean(v) for k, v in ev.items()})
    src = inc.get("source_code") or "?"
    tgt = inc.get("target_code") or "?"
    return f"{src} — {inc.get('cameo') or inc.get('cameo_root') or ''} → {tgt}"


def _json(value: Any, default: Any) -> Any:
    value = _clean(value)
    if value is None:
        return default
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return default
    return value


# The contradiction board's order (charts.BOARD_KINDS): what a reader must check first comes first.
KIND_ORDER = {kind: i for i, (kind, _, _) in enumerate(BOARD_KINDS)}


def _claim_groups(store: Any, data: ReportData) -> None:
    claims = scoped(store, "claims", data.scope)
    by_id = {c["id"]: {k: _clean(v) for k, v in c.items()} for c in claims.to_dict("records")} if not claims.empty else {}
    if has_table(store, "claim_groups") and has_table(store, "claim_group_members"):
        store.con.register("_report_ids", _in_scope_ids(data))
        try:
            members = frame(
                store, "SELECT m.* FROM claim_group_members m JOIN _report_ids r ON r.id = m.article_id"
            )
            groups = frame(store, "SELECT * FROM claim_groups")
        finally:
            store.con.unregister("_report_ids")
        if not members.empty:
            grouped = {k: g.to_dict("records") for k, g in members.groupby("group_id")}
            rows = [
                _claim_group(grp, grouped[grp["id"]], by_id, data)
                for grp in groups.to_dict("records") if grouped.get(grp["id"])
            ]
            rows.sort(key=lambda g: (KIND_ORDER.get(g.get("kind") or "", 5), str(g.get("category")), str(g.get("about")), g["id"]))
            data.claim_groups = rows
            return
    data.notes["claims"] = "no claim groups yet (run `crisislens link`); the numbers are listed ungrouped"
    for c in sorted(by_id.values(), key=lambda c: (str(c.get("category")), c.get("value") or 0)):
        c["cited"] = data.cite(c["article_id"], c.get("sent_start"), c.get("sent_end"))
        c["outlet"] = data.articles.get(c["article_id"], {}).get("outlet")
        data.claims_fallback.append(c)


def _claim_group(grp: dict[str, Any], mems: list[dict[str, Any]], by_id: dict[str, dict], data: ReportData) -> dict[str, Any]:
    """One group for the board: its members with their evidence, and the members by side."""
    grp = {k: _clean(v) for k, v in grp.items() if k not in ("values", "sides")}
    grp["date"] = _date(grp.get("date"))
    grp["members"] = []
    for m in sorted(mems, key=lambda m: (_clean(m.get("value")) or 0, str(m.get("doc_name")))):
        m = {k: _clean(v) for k, v in m.items()}
        claim = by_id.get(m.get("claim_id"), {})
        m["number_text"] = claim.get("number_text")
        m["qualifier"] = claim.get("qualifier")
        m["what"] = claim.get("what")
        m["claimant_code"] = m.get("claimant_code") or claim.get("claimant_code")
        m["published_time"] = member_time(m.get("published_at"))
        m["cited"] = data.cite(m["article_id"], claim.get("sent_start"), claim.get("sent_end"))
        grp["members"].append(m)
    grp["sides"] = sides_of(grp["members"])
    return grp


def member_time(published_at: Any) -> str | None:
    """A member's publication moment as the board prints it ("2026-09-14 05:40 UTC"), so a
    reader sees which of one day's figures came first; None for a day only (or a store
    linked before migration 017)."""
    stamp = utc_moment(published_at)
    return stamp.strftime("%Y-%m-%d %H:%M UTC") if stamp is not None else None


def side_of(member: dict[str, Any]) -> str:
    """Whose figure a member gives (``link.common.side_label``: the linker's own reading)."""
    return side_label(member.get("claimant_code"), member.get("claimant"), member.get("outlet") or member.get("doc_name"))


def sides_of(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The group's members by side, lowest first figure first, so both sides' figures stand side by side."""
    by_side: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        by_side.setdefault(side_of(m), []).append(m)
    return [
        {"side": side, "members": ms}
        for side, ms in sorted(by_side.items(), key=lambda kv: (min(_clean(m.get("value")) or 0 for m in kv[1]), kv[0]))
    ]


def _speakers(store: Any, data: ReportData) -> None:
    quotes = scoped(store, "quotes", data.scope)
    if quotes.empty:
        data.notes["quotes"] = "no quotes found"
        return
    names: dict[str, str] = {}
    if has_table(store, "actors"):
        names = {r["id"]: r["name"] for r in frame(store, "SELECT id, name FROM actors WHERE name IS NOT NULL").to_dict("records")}
    speakers: dict[str, dict[str, Any]] = {}
    for q in quotes.to_dict("records"):
        q = {k: _clean(v) for k, v in q.items()}
        key = q.get("speaker_actor_id") or (q.get("speaker_name") and "name:" + q["speaker_name"])
        if not key:
            continue
        sp = speakers.setdefault(
            key,
            {
                "name": names.get(q.get("speaker_actor_id")) or q.get("speaker_name") or key,
                "code": q.get("speaker_code"),
                "quotes": [],
                "articles": set(),
            },
        )
        q["cited"] = data.cite(q["article_id"], q.get("sent_start"), q.get("sent_end"))
        sp["quotes"].append(q)
        sp["articles"].add(q["article_id"])
    ranked = sorted(speakers.values(), key=lambda s: (-len(s["quotes"]), -len(s["articles"]), str(s["name"])))
    for sp in ranked[:MAX_SPEAKERS]:
        sp["n_quotes"] = len(sp["quotes"])
        sp["n_articles"] = len(sp.pop("articles"))
        sp["quotes"] = sorted(sp["quotes"], key=lambda q: (not q.get("direct"), q["article_id"], q.get("text_start") or 0))[
            :MAX_QUOTES_PER_SPEAKER
        ]
        data.speakers.append(sp)


def _framing(store: Any, data: ReportData) -> None:
    """Per-outlet framing from the link stage (``crisislens.link.framing``), for the outlets in scope.

    Three views: which variant of each contested name an outlet uses (the
    Kashmir naming, "martyred" vs "killed"), whom it quotes most, and its mean
    Goldstein score per dyad.
    """
    try:
        from crisislens.link import framing
    except ImportError:
        data.notes["framing"] = "no framing analysis yet (crisislens.link.framing is not available)"
        return
    try:
        result = framing(store)
    except Exception as exc:  # the report must still be written when one section fails
        data.notes["framing"] = f"framing could not be computed ({type(exc).__name__}: {exc})"
        return
    outlets = {a.get("outlet") or UNKNOWN_OUTLET for a in data.articles.values()}

    def rows(df: Any) -> list[dict[str, Any]]:
        if not isinstance(df, pd.DataFrame) or df.empty or "outlet" not in df.columns:
            return []
        return [{k: _clean(v) for k, v in r.items()} for r in df.to_dict("records") if r["outlet"] in outlets]

    concepts: dict[str, dict[str, list[dict[str, Any]]]] = {}
    term_rows = [r for r in rows(getattr(result, "terms", None)) if r["outlet"] != UNKNOWN_OUTLET]
    for r in term_rows + _unknown_outlet_terms(data):
        concepts.setdefault(str(r.get("concept")), {}).setdefault(str(r["outlet"]), []).append(r)
    for per_outlet in concepts.values():
        for uses in per_outlet.values():
            uses.sort(key=lambda u: (-(u.get("count") or 0), str(u.get("variant"))))
    quoted: dict[str, list[dict[str, Any]]] = {}
    for r in rows(getattr(result, "quoted", None)):
        quoted.setdefault(str(r["outlet"]), []).append(r)
    data.framing = {
        "concepts": dict(sorted(concepts.items())),
        "quoted": {
            o: sorted(q, key=lambda r: (-(r.get("quotes") or 0), str(r.get("speaker"))))[:FRAMING_TOP_SPEAKERS]
            for o, q in sorted(quoted.items())
        },
        # sorted here: the link query breaks no ties, and the report must be byte-stable
        "tone": sorted(
            rows(getattr(result, "goldstein", None)),
            key=lambda t: (str(t["outlet"]), -(t.get("events") or 0), str(t.get("source_code")), str(t.get("target_code"))),
        ),
        "messages": list(getattr(result, "messages", []) or []),
    }
    if not (concepts or quoted or data.framing["tone"]):
        data.notes["framing"] = "no framing terms, quotes or scored events in these articles"


def _unknown_outlet_terms(data: ReportData) -> list[dict[str, Any]]:
    """Term counts per ARTICLE for articles without a known outlet.

    Why: lumping every outlet-less article into one "(unknown outlet)" row
    would hide exactly the differences the section is for (one article writes
    "Indian-administered Kashmir", another "Indian-held Kashmir").
    """
    try:
        from crisislens.link.framing import count_terms, load_terms
    except ImportError:
        return []
    terms = load_terms()
    out = []
    for art in data.articles.values():
        if art.get("outlet"):
            continue
        label = f"{art.get('doc_name')} (outlet unknown)"
        for (concept, variant, stance), n in count_terms(art.get("clean_text") or "", terms).items():
            out.append({"outlet": label, "concept": concept, "variant": variant, "stance": stance, "count": n, "articles": 1})
    return out


def _summary(store: Any, data: ReportData) -> None:
    arts = list(data.articles.values())
    dates = sorted(a["published"] for a in arts if a.get("published"))
    outlets = sorted({a["outlet"] for a in arts if a.get("outlet")})
    n_events = len(scoped(store, "events", data.scope))
    n_quotes = len(scoped(store, "quotes", data.scope))
    n_claims = len(scoped(store, "claims", data.scope))
    data.summary = {
        "scope": data.scope.describe(),
        "articles": len(arts),
        "outlets": outlets,
        "undated_articles": sum(1 for a in arts if not a.get("published")),
        "date_from": dates[0] if dates else None,
        "date_to": dates[-1] if dates else None,
        "stories": len(data.stories),
        "incidents": len(data.incidents) if data.timeline_kind == "incidents" else 0,
        "events": n_events,
        "quotes": n_quotes,
        "claims": n_claims,
        "contradictions": sum(1 for g in data.claim_groups if g.get("kind") == "contradiction"),
        "agreements": sum(1 for g in data.claim_groups if g.get("kind") == "agreement"),
        "ranges": sum(1 for g in data.claim_groups if g.get("kind") == "range"),
        "revisions": sum(1 for g in data.claim_groups if g.get("kind") == "revision"),
        "linked": "incidents" not in data.notes,
        "has_link_tables": bool(columns(store, "incidents")),
    }
