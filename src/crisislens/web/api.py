"""The JSON API: ``/api/...`` endpoints over the store, documented by the OpenAPI schema.

Every list takes its filters as query parameters plus ``limit`` (1-1000) and
``offset``, and answers ``{"total", "limit", "offset", "next_offset", "items"}``;
items have the JSON export's field names (``crisislens export --format json``).
Filter values are all declared as text so that a bad one gets a 400 naming it
(from ``web.filters``), never a bare validation error.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from crisislens.web import overview, queries
from crisislens.web.deps import paging, query_args, reader
from crisislens.web.filters import NoFilter, Page, Paging
from crisislens.web.source import Reader
from crisislens.web.views import VIEWS, actor_item, claim_item, event_item, plain, quote_item

router = APIRouter(prefix="/api", tags=["api"])
Store = Annotated[Reader, Depends(reader)]
Pages = Annotated[Paging, Depends(paging)]
Args = Annotated[dict, Depends(query_args)]


def Text(description: str) -> Any:  # noqa: N802 - reads as a type in signatures
    return Query(None, description=description, max_length=200)


LIMIT = Query(None, description="Rows per page, 1-1000 (default 50).")
OFFSET = Query(None, description="Rows to skip (default 0).")


def page_json(view: str, page: Page) -> dict[str, Any]:
    """One page of a list as JSON: the rows in the view's item shape and where the next page starts."""
    item = VIEWS[view].item
    end = page.paging.offset + len(page.items)
    return {
        "total": page.total,
        "limit": page.paging.limit,
        "offset": page.paging.offset,
        "next_offset": end if end < page.total else None,
        "items": [item(r) for r in page.items],
    }


def list_json(view: str, store: Reader, args: dict, pages: Paging) -> dict[str, Any]:
    return page_json(view, VIEWS[view].page(store, args, pages))


@router.get("/overview", summary="Counts, top dyads and the contradiction board")
def get_overview(store: Store) -> dict[str, Any]:
    return {
        "counts": store.cached("counts", overview.counts),
        "top_dyads": [plain(r) for r in store.cached("dyads", overview.top_dyads)],
        "contradictions": [plain(r) for r in store.cached("board", overview.contradiction_board)],
        "outlets": store.cached("outlets", overview.outlets),
    }


@router.get("/timeline", summary="Events per event day and QuadClass")
def get_timeline(store: Store) -> list[dict[str, Any]]:
    return [plain(r) for r in store.cached("timeline", overview.timeline_series)]


@router.get("/network", summary="Actor codes (nodes) and event counts between them (edges)")
def get_network(store: Store) -> dict[str, Any]:
    return store.cached("network", overview.network)


@router.get("/events", summary="Events, filtered and paged")
def list_events(
    store: Store, args: Args, pages: Pages,
    source: str | None = Text("Source actor code (IND) or actor id."),
    target: str | None = Text("Target actor code or actor id."),
    actor: str | None = Text("Either side: actor code or actor id."),
    root: str | None = Text("CAMEO root code, 01-20."),
    plover: str | None = Text("PLOVER event type (ASSAULT, CONSULT, ...)."),
    quadclass: str | None = Text("QuadClass 1-4 (verbal/material cooperation/conflict)."),
    date_from: str | None = Text("Earliest event date, YYYY-MM-DD."),
    date_to: str | None = Text("Latest event date, YYYY-MM-DD."),
    outlet: str | None = Text("Outlet name, exactly as stored."),
    story: str | None = Text("Story id."),
    modality: str | None = Text("asserted, negated, hypothetical, ..."),
    article: str | None = Text("Article id."),
    limit: str | None = LIMIT, offset: str | None = OFFSET,
) -> dict[str, Any]:
    return list_json("events", store, args, pages)


@router.get("/events/{event_id}", summary="One event with its evidence")
def get_event(event_id: str, store: Store) -> dict[str, Any]:
    return event_item(queries.event(store, event_id))


@router.get("/quotes", summary="Quotes, searched by speaker and words")
def list_quotes(
    store: Store, args: Args, pages: Pages,
    speaker: str | None = Text("Speaker name or alias, any part, any case."),
    words: str | None = Text("Words the quote contains (all of them, any order)."),
    outlet: str | None = Text("Outlet name."),
    article: str | None = Text("Article id."),
    limit: str | None = LIMIT, offset: str | None = OFFSET,
) -> dict[str, Any]:
    return list_json("quotes", store, args, pages)


@router.get("/quotes/{quote_id}", summary="One quote")
def get_quote(quote_id: str, store: Store) -> dict[str, Any]:
    return quote_item(queries.quote(store, quote_id))


@router.get("/claims", summary="Numeric claims")
def list_claims(
    store: Store, args: Args, pages: Pages,
    category: str | None = Text("killed, injured, aircraft_downed, ..."),
    claimant: str | None = Text("Claimant name, any part."),
    outlet: str | None = Text("Outlet name."),
    subject: str | None = Text("Subject actor code."),
    article: str | None = Text("Article id."),
    limit: str | None = LIMIT, offset: str | None = OFFSET,
) -> dict[str, Any]:
    return list_json("claims", store, args, pages)


@router.get("/claim-groups", summary="Claim groups: agreements, contradictions, single sources")
def list_claim_groups(
    store: Store, args: Args, pages: Pages,
    kind: str | None = Text("agreement, contradiction or single-source."),
    category: str | None = Text("Claim category."),
    limit: str | None = LIMIT, offset: str | None = OFFSET,
) -> dict[str, Any]:
    return list_json("claim-groups", store, args, pages)


@router.get("/contradictions", summary="Claim groups whose sources disagree")
def list_contradictions(
    store: Store, args: Args, pages: Pages,
    category: str | None = Text("Claim category."),
    limit: str | None = LIMIT, offset: str | None = OFFSET,
) -> dict[str, Any]:
    return list_json("claim-groups", store, {**args, "kind": "contradiction"}, pages)


@router.get("/claim-groups/{group_id}", summary="One claim group with its members and their evidence")
def get_claim_group(group_id: str, store: Store) -> dict[str, Any]:
    group = plain(queries.claim_group(store, group_id))
    group["members"] = [plain(m) for m in group["members"]]
    return group


@router.get("/actors", summary="Actors, most mentioned first")
def list_actors(
    store: Store, args: Args, pages: Pages,
    name: str | None = Text("Name or alias, any part."),
    code: str | None = Text("Actor code (IND, PAK, ...)."),
    sector: str | None = Text("Sector code (GOV, MIL, ...)."),
    limit: str | None = LIMIT, offset: str | None = OFFSET,
) -> dict[str, Any]:
    return list_json("actors", store, args, pages)


@router.get("/actors/{actor_id}", summary="One actor")
def get_actor(actor_id: str, store: Store) -> dict[str, Any]:
    return actor_item(queries.actor(store, actor_id))


@router.get("/articles", summary="Articles")
def list_articles(
    store: Store, args: Args, pages: Pages,
    outlet: str | None = Text("Outlet name."),
    words: str | None = Text("Words in the title or text."),
    story: str | None = Text("Story id."),
    date_from: str | None = Text("Published on or after, YYYY-MM-DD."),
    date_to: str | None = Text("Published on or before, YYYY-MM-DD."),
    limit: str | None = LIMIT, offset: str | None = OFFSET,
) -> dict[str, Any]:
    return list_json("articles", store, args, pages)


@router.get("/articles/{article_id}", summary="One article: its text and every fact found in it")
def get_article(article_id: str, store: Store) -> dict[str, Any]:
    art = plain(queries.article(store, article_id))
    facts = queries.article_facts(store, article_id)
    art["mentions"] = [plain(m) for m in facts["mentions"]]
    art["events"] = [event_item(r) for r in facts["events"]]
    art["quotes"] = [quote_item(r) for r in facts["quotes"]]
    art["claims"] = [claim_item(r) for r in facts["claims"]]
    return art


@router.get("/stories", summary="Stories (articles about the same development)")
def list_stories(
    store: Store, pages: Pages, limit: str | None = LIMIT, offset: str | None = OFFSET
) -> dict[str, Any]:
    return page_json("stories", queries.stories(store, NoFilter(), pages))


@router.get("/stories/{story_id}", summary="One story with its articles")
def get_story(story_id: str, store: Store) -> dict[str, Any]:
    out = plain(queries.story(store, story_id))
    out["articles"] = [plain(a) for a in out["articles"]]
    return out


@router.get("/incidents", summary="Incidents (one real-world event, every report of it)")
def list_incidents(
    store: Store, pages: Pages, limit: str | None = LIMIT, offset: str | None = OFFSET
) -> dict[str, Any]:
    return page_json("incidents", queries.incidents(store, NoFilter(), pages))


@router.get("/incidents/{incident_id}", summary="One incident with every mention")
def get_incident(incident_id: str, store: Store) -> dict[str, Any]:
    out = plain(queries.incident(store, incident_id))
    out["mentions"] = [plain(m) for m in out["mentions"]]
    return out


@router.get("/framing", summary="Per outlet: contested terms, who it quotes, Goldstein per dyad")
def get_framing(store: Store) -> dict[str, Any]:
    from crisislens.web.framing import framing_tables

    tables = framing_tables(store)
    if tables is None:
        raise HTTPException(503, "framing is being computed for this version of the store; try again shortly",
                            headers={"Retry-After": "10"})
    return tables

