"""The app factory: the JSON API, the pages and the static assets in one FastAPI app.

``create_app(db)`` is what ``crisislens serve`` runs and what tests call. Errors
from the library become one answer each, for every route: a bad filter 400, an
unknown id 404, a store being written (or not there yet) 503 with a message;
pages get the same status with an HTML page, the API a JSON ``detail``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from crisislens import __version__
from crisislens.ingest.sources import DEFAULT_MAX_BYTES
from crisislens.web import api, pages, upload
from crisislens.web.filters import FilterError
from crisislens.web.ingest import Runner
from crisislens.web.queries import NotFound
from crisislens.web.source import StoreBusy, StoreError, StoreMissing, StoreSource

ERRORS: tuple[tuple[type[Exception], int], ...] = (
    (FilterError, 400),
    (RequestValidationError, 400),
    (NotFound, 404),
    (StoreBusy, 503),
    (StoreMissing, 503),
    (StoreError, 503),  # not a store, or unreadable: the server cannot answer from it
    (duckdb.CatalogException, 503),  # a store from before a table existed: it needs `crisislens relink`
)


def _message(exc: Exception) -> str:
    if isinstance(exc, duckdb.CatalogException):
        return f"the store lacks what this view reads ({str(exc).splitlines()[0]}); run `crisislens relink`"
    if isinstance(exc, RequestValidationError):
        return "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in exc.errors())
    return str(exc)


def error_response(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    """JSON for the API, a small HTML page for the pages (message escaped by the template)."""
    if request.url.path.startswith(("/api/", "/download/")):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    return pages.error_page(request, status, message, headers)


def _install_handlers(app: FastAPI) -> None:
    for exc_type, status in ERRORS:

        async def handler(request: Request, exc: Exception, status: int = status) -> Response:
            headers = {"Retry-After": "5"} if status == 503 else None
            return error_response(request, status, _message(exc), headers)

        app.add_exception_handler(exc_type, handler)

    async def http_handler(request: Request, exc: HTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    app.add_exception_handler(HTTPException, http_handler)
    from starlette.exceptions import HTTPException as StarletteHTTPException

    app.add_exception_handler(StarletteHTTPException, http_handler)


# Defence in depth behind the templates' escaping: no inline or outside script can run,
# the pages cannot be framed, and a browser never guesses a download's type.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def _install_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # noqa: ANN001, ANN202 - Starlette's signature
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def create_app(
    db: str | Path,
    token: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The crisislens web app over the store at ``db`` (read-only; ingestion only with ``token``).

    ``allowed_hosts`` (what ``crisislens serve`` passes on localhost) refuses requests whose
    Host header names another site, so a web page cannot reach the app by DNS rebinding.
    """
    app = FastAPI(
        # FastAPI's own /docs and /redoc load Swagger UI from a CDN; pages.api_docs renders the schema here
        docs_url=None,
        redoc_url=None,
        title="crisislens",
        version=__version__,
        description="News coverage of a crisis as a checkable record: events, quotes, claims, "
        "contradictions, framing. Every fact carries its article and sentence span.",
    )
    app.state.source = StoreSource(db)
    app.state.token = token
    app.state.max_bytes = max_bytes
    app.state.runner = Runner(str(db))
    static = resources.files("crisislens.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(upload.router)
    app.include_router(pages.router)
    _install_handlers(app)
    _install_headers(app)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.router.add_event_handler("shutdown", app.state.source.close)
    _document_security(app)
    return app


def _document_security(app: FastAPI) -> None:
    """Name the bearer scheme that ``POST /api/articles`` needs in the OpenAPI schema."""
    build = app.openapi

    def openapi() -> dict:
        spec = build()
        spec.setdefault("components", {}).setdefault("securitySchemes", {})["bearer"] = {
            "type": "http", "scheme": "bearer", "description": "the --token the server was started with"}
        return spec

    app.openapi = openapi  # type: ignore[method-assign]
