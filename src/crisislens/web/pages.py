"""Server-rendered pages (Jinja2, autoescape on): thin routes over ``queries`` and ``overview``.

Every page is a GET with its filters in the query string, so any view can be
bookmarked, shared and downloaded with the same filters. Text from articles
is only ever inserted by the templates, which escape it.
"""

from __future__ import annotations

from dataclasses import fields
from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from crisislens.web import overview, queries
from crisislens.web.columns import COLUMNS, reader_link
from crisislens.web.deps import paging, query_args, reader
from crisislens.web.downloads import WRITERS
from crisislens.web.figures import QUAD_NAMES, network_layout, timeline_bars
from crisislens.web.filters import Paging
from crisislens.web.highlight import blocks, evidence_blocks
from crisislens.web.source import Reader
from crisislens.web.views import VIEWS, event_item, plain

router = APIRouter(include_in_schema=False)
Store = Annotated[Reader, Depends(reader)]
Pages = Annotated[Paging, Depends(paging)]
Args = Annotated[dict, Depends(query_args)]
NAV = (("/", "Overview"), ("/events", "Events"), ("/actors", "Actors"), ("/quotes", "Quotes"),
       ("/claims", "Claims"), ("/claim-groups", "Contradictions"), ("/stories", "Stories"),
       ("/incidents", "Incidents"), ("/articles", "Articles"), ("/framing", "Framing"))
DATE_FILTERS = {"date_from", "date_to"}


def _environment() -> Environment:
    folder = resources.files("crisislens.web").joinpath("templates")
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=select_autoescape(default=True))
    env.globals.update(nav=NAV, quad_names=QUAD_NAMES, reader_link=reader_link)
    return env


ENV = _environment()


def render(request: Request, template: str, status: int = 200, headers: dict | None = None, **context: Any) -> Response:
    html = ENV.get_template(template).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=headers)


def error_page(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    return render(request, "error.html", status=status, headers=headers, status_code=status, message=message)


def _query(args: dict[str, str], **changes: Any) -> str:
    merged = {**args, **{k: v for k, v in changes.items()}}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def list_context(view_name: str, store: Reader, args: dict, pages: Paging) -> dict[str, Any]:
    """What the generic list template needs: rows, columns, filters, paging and download links."""
    view = VIEWS[view_name]
    page = view.page(store, args, pages)
    filters = [f.name for f in fields(view.filter_type)]
    plain_args = {k: v for k, v in args.items() if k not in ("limit", "offset")}
    end = pages.offset + len(page.items)
    return {
        "view": view, "rows": [plain(r) for r in page.items], "columns": COLUMNS[view_name],
        "filters": filters, "date_filters": DATE_FILTERS, "args": args, "total": page.total,
        "first": pages.offset + 1 if page.items else 0, "last": end,
        "prev": _query(args, offset=max(0, pages.offset - pages.limit)) if pages.offset else None,
        "next": _query(args, offset=end) if end < page.total else None,
        "downloads": [(fmt, f"/download/{view_name}.{fmt}?{_query(plain_args)}") for fmt in WRITERS],
    }


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, store: Store) -> Response:
    return render(
        request, "overview.html", counts=store.cached("counts", overview.counts),
        timeline=store.cached("timeline_bars", lambda s: timeline_bars(overview.timeline_series(s))),
        board=store.cached("board", overview.contradiction_board), dyads=store.cached("dyads", overview.top_dyads),
        outlets=store.cached("outlets", overview.outlets),
    )


def _list_route(view_name: str, template: str = "list.html"):
    def page(request: Request, store: Store, args: Args, pages: Pages) -> Response:
        return render(request, template, **list_context(view_name, store, args, pages))

    page.__name__ = f"{view_name.replace('-', '_')}_page"
    return page


for _name in ("events", "quotes", "claims", "claim-groups", "stories", "incidents", "articles"):
    router.add_api_route(f"/{_name}", _list_route(_name), methods=["GET"], response_class=HTMLResponse)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: Store, args: Args, pages: Pages) -> Response:
    context = list_context("actors", store, args, pages)
    layout = store.cached("network_layout", lambda s: network_layout(overview.network(s)))
    return render(request, "actors.html", network=layout, **context)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(event_id: str, request: Request, store: Store) -> Response:
    row = queries.event(store, event_id)
    art = queries.article(store, row["article_id"])
    return render(request, "event.html", event=event_item(row), article=plain(art),
                  blocks=evidence_blocks(art["text"], int(row["sent_start"]), int(row["sent_end"])))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(actor_id: str, request: Request, store: Store) -> Response:
    act = plain(queries.actor(store, actor_id))
    events = store.rows(
        "SELECT e.*, a.outlet FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.source_actor_id = ? OR e.target_actor_id = ? ORDER BY e.date NULLS LAST, e.id LIMIT 200",
        [actor_id, actor_id],
    )
    quotes = store.rows("SELECT q.*, a.outlet FROM quotes q JOIN articles a ON a.id = q.article_id "
                        "WHERE q.speaker_actor_id = ? ORDER BY a.published NULLS LAST, q.id LIMIT 200", [actor_id])
    return render(request, "actor.html", actor=act, events=[plain(e) for e in events],
                  quotes=[plain(q) for q in quotes], event_cols=COLUMNS["events"], quote_cols=COLUMNS["quotes"])


@router.get("/claim-groups/{group_id}", response_class=HTMLResponse)
def claim_group_page(group_id: str, request: Request, store: Store) -> Response:
    group = plain(queries.claim_group(store, group_id))
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for m in group["members"]:
        by_outlet.setdefault(m.get("outlet") or "(unknown outlet)", []).append(plain(m))
    return render(request, "claim_group.html", group=group, by_outlet=sorted(by_outlet.items()))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(story_id: str, request: Request, store: Store) -> Response:
    st = plain(queries.story(store, story_id))
    st["articles"] = [plain(a) for a in st["articles"]]
    return render(request, "story.html", story=st)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(incident_id: str, request: Request, store: Store) -> Response:
    inc = plain(queries.incident(store, incident_id))
    inc["mentions"] = [plain(m) for m in inc["mentions"]]
    return render(request, "incident.html", incident=inc)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request, store: Store) -> Response:
    art = plain(queries.article(store, article_id))
    facts = queries.article_facts(store, article_id)
    return render(request, "article.html", article=art, blocks=blocks(art["text"], facts),
                  facts={k: [plain(r) for r in v] for k, v in facts.items()})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """The OpenAPI schema as a page (no Swagger UI: it would load scripts from a CDN)."""
    spec = request.app.openapi()
    ops = [
        {"method": method.upper(), "path": path, "summary": op.get("summary", ""),
         "params": [(p["name"], p["in"], p.get("description", "")) for p in op.get("parameters", [])]}
        for path, methods in spec["paths"].items() for method, op in methods.items()
    ]
    return render(request, "api_docs.html", spec=spec, ops=ops)


@router.get("/framing", response_class=HTMLResponse)
def framing_page(request: Request, store: Store) -> Response:
    from crisislens.web.framing import framing_tables

    tables = framing_tables(store)
    return render(request, "framing.html", framing=tables, refresh=5 if tables is None else None)
