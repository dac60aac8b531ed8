"""The store as gold-shaped JSON (gold/FORMAT.md): what ``crisislens eval`` scores.

Why the gold shape: one file a user can diff against a hand annotation, or
score with ``crisislens eval --pred``; fields the gold lacks (Goldstein score,
modality, evidence offsets, ids) ride along and scorers ignore them.

The work is done on plain DataFrames (``gold_json_from_frames``) so that it
can be tested and reused without a store; ``gold_json(store)`` reads them.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd

from crisislens.export.tables import column_types
from crisislens.link.common import utc_moment

ARTICLE_COLUMNS = "id, doc_name, source, url, outlet, title, published, published_how, {time}, language, analyzed, text"
# The publication time columns (migrations 005 and 015), NULL where a store never migrated
# to them lacks them (read-only stores are not migrated).
PUBLISHED_TIME = {
    "published_at": "strftime(published_at, '%Y-%m-%dT%H:%M:%SZ') AS published_at",
    "published_local": "published_local",
    "published_offset": "published_offset",
}
# Actor kinds that are places, not actors: the gold lists who acts, not where.
PLACE_KINDS = frozenset({"place", "location", "gpe-place"})


def clean(value: Any) -> Any:
    """A JSON-ready Python value: NaN/NaT -> None, numpy scalars -> Python, dates -> ISO."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        try:
            return clean(value.item())
        except (ValueError, AttributeError):
            return value
    return value


def number(value: Any) -> int | float | None:
    """A count as the gold writes it: 31, not 31.0."""
    v = clean(value)
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return int(f) if f.is_integer() else f


def _json_list(value: Any) -> list:
    v = clean(value)
    if isinstance(v, list):
        return v
    if isinstance(v, str) and v.strip():
        try:
            parsed = json.loads(v)
        except json.JSONDecodeError:
            return [v]
        return parsed if isinstance(parsed, list) else [parsed]
    return []


def _rows(frame: pd.DataFrame | None) -> list[dict[str, Any]]:
    if frame is None or frame.empty:
        return []
    return [{k: clean(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": row.get("article_id"), "start": row.get("sent_start"), "end": row.get("sent_end")}


def actor_entry(row: dict[str, Any]) -> dict[str, Any]:
    """One gold ACTOR from an actors row: name (or its role when unnamed), code, sector, role, aliases."""
    roles = [r for r in _json_list(row.get("roles")) if isinstance(r, str)]
    aliases = [a for a in _json_list(row.get("aliases")) if isinstance(a, str)]
    name = row.get("name") or (roles[0] if roles else None)
    return {
        "name": name,
        "code": row.get("code"),
        "sector": row.get("sector"),
        "role": roles[0] if roles else None,
        "aliases": [a for a in aliases if a != name],
        "kind": row.get("kind"),
        "actor_id": row.get("id"),
    }


def event_entry(row: dict[str, Any]) -> dict[str, Any]:
    """One gold EVENT (plus Goldstein, quad class, modality, predicate, place, claimant, evidence)."""

    def side(prefix: str) -> dict[str, Any]:
        return {
            "code": row.get(f"{prefix}_code"),
            "name": row.get(f"{prefix}_name"),
            "actor_id": row.get(f"{prefix}_actor_id"),
            "sector": row.get(f"{prefix}_sector"),
        }

    return {
        "source": side("source"),
        "target": side("target"),
        "cameo": row.get("cameo"),
        "cameo_root": row.get("cameo_root"),
        "plover": row.get("plover"),
        "plover_mode": row.get("plover_mode"),
        "date": row.get("date"),
        "date_end": row.get("date_end"),
        "negated": row.get("modality") == "negated",
        "modality": row.get("modality"),
        "goldstein": row.get("goldstein"),
        "quad_class": row.get("quad_class"),
        "predicate": row.get("predicate"),
        "place": row.get("place"),
        "place_code": row.get("place_code"),
        "claimant": row.get("claimant_name"),
        "sentence": row.get("sentence"),
        "id": row.get("id"),
        "evidence": _evidence(row),
    }


def quote_entry(row: dict[str, Any]) -> dict[str, Any]:
    """One gold QUOTE (plus addressee, medium, embedded-post flag and offsets)."""
    direct = row.get("direct")
    return {
        "speaker": row.get("speaker_name"),
        "speaker_code": row.get("speaker_code"),
        "direct": bool(direct) if direct is not None else False,
        "text": row.get("text"),
        "cue": row.get("cue"),
        "addressee": row.get("addressee"),
        "medium": row.get("medium"),
        "embedded_post": bool(row.get("embedded_post")) if row.get("embedded_post") is not None else False,
        "sentence": row.get("sentence"),
        "id": row.get("id"),
        "evidence": {
            **_evidence(row),
            "text_start": row.get("text_start"),
            "text_end": row.get("text_end"),
        },
    }


def claim_entry(row: dict[str, Any]) -> dict[str, Any]:
    """One gold CLAIM (plus the number as written, the quote it sits in, offsets)."""
    return {
        "value": number(row.get("value")),
        "low": number(row.get("low")),
        "high": number(row.get("high")),
        "qualifier": row.get("qualifier"),
        "number_text": row.get("number_text"),
        "what": row.get("what"),
        "category": row.get("category"),
        "subject_code": row.get("subject_code"),
        "claimant": row.get("claimant_name"),
        "claimant_code": row.get("claimant_code"),
        "date": row.get("date"),
        "sentence": row.get("sentence"),
        "quote_id": row.get("quote_id"),
        "id": row.get("id"),
        "evidence": _evidence(row),
    }


# The gold format knows two kinds of cross-source item; the linker's four map onto them
# (a range is compatible figures, so an agreement), the finer kind kept as ``relation``.
# A revision (one side updating its own figure) is neither: it is listed under ``revisions``.
FORMAT_KIND = {"agreement": "agreement", "range": "agreement", "contradiction": "contradiction"}
REVISION_KINDS = ("revision",)


def _utc_stamp(value: Any) -> str | None:
    """A member's publication moment (claim_group_members.published_at, UTC) as the documents'
    ``published_at`` is written ("2024-04-10T05:15:00Z"); None for a day only or an old store."""
    stamp = utc_moment(value)
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ") if stamp is not None else None


def _group_entry(g: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    """One gold CROSS item from a claim group row and its counted members."""
    values = [
        {
            "doc": m.get("doc_name"),
            "value": number(m.get("value")),
            "claimant": m.get("claimant"),
            "outlet": m.get("outlet"),
            "claim_id": m.get("claim_id"),
            "published_at": m.get("published_at"),  # formatted by claim_group_entries
        }
        for m in sorted(members, key=lambda m: (str(m.get("doc_name")), str(m.get("claim_id"))))
    ]
    return {
        "kind": FORMAT_KIND.get(g.get("kind"), g.get("kind")),
        "relation": g.get("kind"),
        "category": g.get("category"),
        "subject_code": g.get("subject_code"),
        "about": g.get("about"),
        "date": g.get("date"),
        "n_sources": g.get("n_sources"),
        "parent_id": g.get("parent_id"),
        "id": g.get("id"),
        "values": values,
    }


def claim_group_entries(
    groups: pd.DataFrame | None, members: pd.DataFrame | None
) -> dict[str, list[dict[str, Any]]]:
    """Gold items from the linker's claim groups, in one pass over groups and members:
    ``cross_source`` (the kinds of FORMAT_KIND) and ``revisions``; single-source groups
    are neither.

    Members with role ``part`` (an "including three ..." subset) are not values
    of the group's fact, so they are left out.
    """
    by_group: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if members is not None and "published_at" in members.columns:
        # the moment is formatted before the rows are cleaned (clean() keeps a timestamp's day only)
        members = members.assign(published_at=[_utc_stamp(v) for v in members["published_at"]])
    for m in _rows(members):
        if m.get("role") != "part":
            by_group[m.get("group_id")].append(m)
    out: dict[str, list[dict[str, Any]]] = {"cross_source": [], "revisions": []}
    for g in _rows(groups):
        kind = g.get("kind")
        section = "cross_source" if kind in FORMAT_KIND else "revisions" if kind in REVISION_KINDS else None
        if section:
            out[section].append(_group_entry(g, by_group.get(g.get("id"), [])))
    return out


def _main_actor_ids(
    actors: dict[str, dict[str, Any]], mentions: list[dict[str, Any]], text: str | None
) -> set[str] | None:
    """Ids of the actors the article names itself (``actors.salience.main_actors``).

    Why: the resolver keeps every state a text touches ("French-made jets") for the
    extractors, but the gold lists the people and bodies an article names. None when
    the mention rows lack what the selection needs (frames built by hand).
    """
    if not mentions or "how" not in mentions[0]:
        return None
    from crisislens.actors.salience import main_actors
    from crisislens.model import Actor, Mention

    objs = [
        Actor(
            id=a["id"], name=a.get("name"), code=a.get("code"), sector=a.get("sector"),
            kind=a.get("kind") or "", roles=[], aliases=[],
        )
        for a in actors.values()
    ]
    ments = [
        Mention(
            article_id=m["article_id"], actor_id=m["actor_id"], start=int(m["start"]), end=int(m["end"]),
            text=m.get("text") or "", how=m.get("how") or "", sent_start=int(m.get("sent_start") or 0),
            sent_end=int(m.get("sent_end") or 0),
        )
        for m in mentions
    ]
    return {a.id for a in main_actors(objs, ments, text)}


def _facts_by_article(frames: dict[str, pd.DataFrame | None]) -> dict[str, dict[str, list]]:
    per_article: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for table in ("events", "quotes", "claims"):
        rows = sorted(
            _rows(frames.get(table)),
            key=lambda r: (r.get("sent_start") or 0, r.get("text_start") or 0, str(r.get("id"))),
        )
        for r in rows:
            per_article[r.get("article_id")][table].append(r)
    return per_article


def _first_mentions(
    frames: dict[str, pd.DataFrame | None],
) -> tuple[dict[str, dict[str, int]], dict[str, list[dict[str, Any]]]]:
    """Per article: actor id -> offset of its first mention, and the mention rows."""
    first_seen: dict[str, dict[str, int]] = defaultdict(dict)
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in _rows(frames.get("mentions")):
        by_article[m.get("article_id")].append(m)
        seen = first_seen[m.get("article_id")]
        start = m.get("start") if m.get("start") is not None else 0
        aid = m.get("actor_id")
        if aid is not None and (aid not in seen or start < seen[aid]):
            seen[aid] = start
    return first_seen, by_article


# The actor columns of each fact table: actors a fact names count as mentioned even
# when the resolver stored no mention row for them.
FACT_ACTOR_COLUMNS = {
    "events": ("source_actor_id", "target_actor_id"),
    "quotes": ("speaker_actor_id",),
    "claims": ("claimant_actor_id",),
}


def _fact_actors(facts: dict[str, list], seen: dict[str, int]) -> None:
    for table, cols in FACT_ACTOR_COLUMNS.items():
        for r in facts.get(table, []):
            for k in cols:
                if r.get(k):
                    seen.setdefault(r[k], r.get("sent_start") or 0)


def _document_actors(
    art: dict[str, Any], facts: dict[str, list], seen: dict[str, int],
    actors: dict[str, dict[str, Any]], mentions: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The article's main actors in order of first mention (places left out)."""
    _fact_actors(facts, seen)
    main = _main_actor_ids({k: actors[k] for k in seen if k in actors}, mentions, art.get("text"))
    if main is not None:
        seen = {k: v for k, v in seen.items() if k in main}
    return [
        actor_entry(actors[x])
        for x, _ in sorted(seen.items(), key=lambda kv: (kv[1], kv[0]))
        if x in actors and (actors[x].get("kind") or "") not in PLACE_KINDS
    ]


def _dyadic(row: dict[str, Any]) -> bool:
    """An event with both sides found. The gold format's EVENT is a (source, target) pair;
    one-actor events (GDELT keeps them too: "protesters rallied in Nairobi") are listed
    apart, under ``one_actor_events``, which scorers ignore."""
    def side(prefix: str) -> bool:
        return any(clean(row.get(f"{prefix}_{k}")) for k in ("actor_id", "code", "name"))

    return side("source") and side("target")


def gold_json_from_frames(
    frames: dict[str, pd.DataFrame | None], corpus_name: str = "crisislens"
) -> dict[str, Any]:
    """Build the gold-shaped dict from table frames (articles, actors, mentions, events, quotes, claims,
    and optionally claim_groups / claim_group_members)."""
    actors = {r["id"]: r for r in _rows(frames.get("actors"))}
    per_article = _facts_by_article(frames)
    first_seen, mentions_by_article = _first_mentions(frames)
    documents: dict[str, Any] = {}
    for art in sorted(_rows(frames.get("articles")), key=lambda a: str(a.get("doc_name"))):
        aid = art.get("id")
        facts = per_article.get(aid, {})
        doc_actors = _document_actors(
            art, facts, dict(first_seen.get(aid, {})), actors, mentions_by_article.get(aid, [])
        )
        name = art.get("doc_name") or art.get("url") or aid
        if name in documents:  # two stored articles with one file name: keep both, apart
            name = f"{name}#{str(aid)[:8]}"
        documents[name] = {
            "id": aid,
            "published": art.get("published"),
            "published_how": art.get("published_how"),
            # the time of publication: UTC where the input stated its offset; the wall-clock
            # time as written, with its offset or "unknown" (docs/publication-time.md)
            "published_at": art.get("published_at"),
            "published_local": art.get("published_local"),
            "published_offset": art.get("published_offset"),
            "outlet": art.get("outlet"),
            "title": art.get("title"),
            "url": art.get("url"),
            "language": art.get("language"),
            "actors": doc_actors,
            "events": [event_entry(r) for r in facts.get("events", []) if _dyadic(r)],
            "one_actor_events": [event_entry(r) for r in facts.get("events", []) if not _dyadic(r)],
            "quotes": [quote_entry(r) for r in facts.get("quotes", []) if clean(r.get("speaker_name"))],
            # words in quotation marks whose speaker the text does not name: the format's
            # QUOTE has a speaker, so these are listed apart
            "unattributed_quotes": [
                quote_entry(r) for r in facts.get("quotes", []) if not clean(r.get("speaker_name"))
            ],
            "claims": [claim_entry(r) for r in facts.get("claims", [])],
        }
    return {
        "corpus": corpus_name,
        "documents": documents,
        **claim_group_entries(frames.get("claim_groups"), frames.get("claim_group_members")),
    }


def read_frames(store: Any) -> dict[str, pd.DataFrame | None]:
    """The tables gold_json needs, read from a Store (claim groups only when the linker made them)."""

    # information_schema through df(): works on any store version, leaves no open result
    present = set(store.df("SELECT table_name FROM information_schema.tables")["table_name"])
    have = {name for name, _ in column_types(store, "articles")}
    time = ", ".join(sql if col in have else f"NULL AS {col}" for col, sql in PUBLISHED_TIME.items())

    frames: dict[str, pd.DataFrame | None] = {
        "articles": store.df(f"SELECT {ARTICLE_COLUMNS.format(time=time)} FROM articles"),
        "actors": store.df("SELECT * FROM actors"),
        "mentions": store.df("SELECT * FROM mentions"),
        "events": store.df("SELECT * FROM events"),
        "quotes": store.df("SELECT * FROM quotes"),
        "claims": store.df("SELECT * FROM claims"),
    }
    for table in ("claim_groups", "claim_group_members"):
        frames[table] = store.df(f"SELECT * FROM {table}") if table in present else None
    return frames


def gold_json(store: Any, corpus_name: str = "crisislens") -> dict[str, Any]:
    """The store's contents in the shape of gold/FORMAT.md (documents keyed by doc_name)."""
    return gold_json_from_frames(read_frames(store), corpus_name)


def write_json(store: Any, path: str | Path, corpus_name: str = "crisislens") -> Path:
    """Write ``gold_json(store)`` to ``path`` (UTF-8, readable indentation); returns the path."""
    out = Path(path)
    data = gold_json(store, corpus_name)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
