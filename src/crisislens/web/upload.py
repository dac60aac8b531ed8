"""Routes for optional ingestion and file downloads (the two routes that move bytes)."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response

from crisislens.web.deps import query_args, reader
from crisislens.web.downloads import download
from crisislens.web.ingest import SUFFIXES
from crisislens.web.queries import NotFound
from crisislens.web.source import Reader

router = APIRouter()


@router.get("/download/{view}.{fmt}", tags=["downloads"], summary="A list as csv, json or parquet")
def get_download(
    view: str, fmt: str, store: Annotated[Reader, Depends(reader)], args: Annotated[dict, Depends(query_args)]
) -> Response:
    body, media, name = download(store, view, fmt, args)
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _check_token(request: Request) -> None:
    token = request.app.state.token
    if token is None:
        raise HTTPException(403, "ingestion is off: start the server with --token TOKEN to allow POST /api/articles")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "send Authorization: Bearer TOKEN (the --token the server was started with)",
                            headers={"WWW-Authenticate": "Bearer"})


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is over the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


BODY_DOC = {
    "requestBody": {
        "required": True,
        "description": "Articles in any format `crisislens analyze` reads: a JSON object or list of objects "
        "(text, title, url, outlet, published), JSON Lines, plain text with an optional `key: value` header, "
        "or HTML. At most --max-mb (default 20 MB).",
        "content": {kind: {"schema": {"type": "object"} if kind == "application/json" else {"type": "string"}}
                    for kind in SUFFIXES},
    },
    "security": [{"bearer": []}],
}


@router.post("/api/articles", status_code=202, tags=["ingest"], openapi_extra=BODY_DOC,
             summary="Analyse articles into the store (only with --token); returns a run to follow")
async def post_articles(request: Request) -> dict[str, Any]:
    _check_token(request)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in SUFFIXES:
        raise HTTPException(415, f"content type {kind or '(none)'!r}: send one of {', '.join(SUFFIXES)}")
    body = await _body(request, request.app.state.max_bytes)
    if not body.strip():
        raise HTTPException(400, "the body is empty")
    run = request.app.state.runner.submit(body, SUFFIXES[kind])
    return {"run": run.id, "status": run.status, "url": f"/api/runs/{run.id}"}


@router.get("/api/runs/{run_id}", tags=["ingest"], summary="Progress of an ingestion run")
def get_run(run_id: str, request: Request) -> dict[str, Any]:
    run = request.app.state.runner.runs.get(run_id)
    if run is None:
        raise NotFound(f"no run {run_id!r}")
    return run.as_dict()
