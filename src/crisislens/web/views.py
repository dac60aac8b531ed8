"""The registry of lists: one entry per list the app shows, serves and lets you download.

Why a registry: the JSON endpoint, the HTML page and the CSV/JSON/Parquet
download of a list must select exactly the same rows for the same query string.
Each entry names its filter (which parses and checks the query), its read
function, and how a flat row becomes an item of the JSON export's shape.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from crisislens.export.gold import actor_entry, claim_entry, clean, event_entry, quote_entry
from crisislens.web import queries
from crisislens.web.filters import (
    ActorFilter,
    ArticleFilter,
    ClaimFilter,
    EventFilter,
    GroupFilter,
    NoFilter,
    Page,
    Paging,
    QuoteFilter,
)

BRIEF = ("doc_name", "outlet", "title", "published")
JSON_TEXT = ("values", "outlets", "story_ids", "disagreements", "roles", "aliases", "speakers", "notes")


def plain(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row with JSON-ready values: dates as ISO text, JSON columns decoded."""
    out = {}
    for key, value in row.items():
        value = clean(value)
        if key in JSON_TEXT and isinstance(value, str):
            with contextlib.suppress(json.JSONDecodeError):
                value = json.loads(value)
        out[key] = value
    return out


def _with_article(entry: dict[str, Any], row: Mapping[str, Any]) -> dict[str, Any]:
    """An export entry plus the article it comes from (id, file name, outlet, title, date)."""
    entry["article"] = {"id": row.get("article_id"), **{k: clean(row.get(k)) for k in BRIEF if k in row}}
    return {k: clean(v) if not isinstance(v, (dict, list)) else v for k, v in entry.items()}


def event_item(row: Mapping[str, Any]) -> dict[str, Any]:
    return _with_article(event_entry(dict(row)), row)


def quote_item(row: Mapping[str, Any]) -> dict[str, Any]:
    entry = quote_entry(dict(row))
    entry["speaker_actor_id"] = row.get("speaker_actor_id")
    return _with_article(entry, row)


def claim_item(row: Mapping[str, Any]) -> dict[str, Any]:
    return _with_article(claim_entry(dict(row)), row)


def actor_item(row: Mapping[str, Any]) -> dict[str, Any]:
    entry = actor_entry(dict(row))
    entry["roles"] = plain({"roles": row.get("roles")})["roles"] or []
    entry["mentions"] = int(row.get("mentions") or 0)
    return entry


@dataclass(frozen=True)
class ListView:
    """One list: its filter type, its read function and its JSON item shape."""

    name: str
    title: str
    filter_type: type
    read: Callable[[Any, Any, Paging], Page]
    item: Callable[[Mapping[str, Any]], dict[str, Any]] = plain

    def page(self, store: Any, args: Mapping[str, str | None], paging: Paging) -> Page:
        return self.read(store, self.filter_type.parse(args), paging)


VIEWS: dict[str, ListView] = {
    v.name: v
    for v in (
        ListView("events", "Events", EventFilter, queries.events, event_item),
        ListView("quotes", "Quotes", QuoteFilter, queries.quotes, quote_item),
        ListView("claims", "Claims", ClaimFilter, queries.claims, claim_item),
        ListView("claim-groups", "Claim groups", GroupFilter, queries.claim_groups),
        ListView("actors", "Actors", ActorFilter, queries.actors, actor_item),
        ListView("articles", "Articles", ArticleFilter, queries.articles),
        ListView("stories", "Stories", NoFilter, queries.stories),
        ListView("incidents", "Incidents", NoFilter, queries.incidents),
    )
}
