"""What every route needs: a Reader on the store snapshot, and the paging of the query."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request

from crisislens.web.filters import Paging
from crisislens.web.source import Reader


def reader(request: Request) -> Iterator[Reader]:
    """A Reader for one request (503 via the app's handlers while a writer holds the store)."""
    with request.app.state.source.reader() as r:
        yield r


def query_args(request: Request) -> dict[str, str]:
    """The query string as a plain dict (the last value of a repeated key wins)."""
    return dict(request.query_params)


def paging(request: Request) -> Paging:
    q = request.query_params
    return Paging.parse(q.get("limit"), q.get("offset"))
