"""Filters and paging for every list, checked before any SQL runs.

Why strings checked here and not typed query parameters: a bad filter must get
a 400 that names the parameter and says what it accepts ("root: a CAMEO root
01-20"), the same for the JSON API, the pages and the downloads. Every value
reaches SQL only as a bound parameter; column names come from this module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

MAX_LIMIT = 1000
DEFAULT_LIMIT = 50
CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
WORD = re.compile(r"^[A-Za-z_\-]{1,40}$")
MAX_TEXT = 200


class FilterError(ValueError):
    """A filter or paging value the app cannot use; the message names it."""


def text_value(name: str, value: str | None) -> str | None:
    """A free-text filter (outlet, speaker, words): trimmed, bounded, empty means unset."""
    if value is None or not value.strip():
        return None
    if len(value) > MAX_TEXT:
        raise FilterError(f"{name}: at most {MAX_TEXT} characters")
    return value.strip()


def code_value(name: str, value: str | None, pattern: re.Pattern[str] = CODE) -> str | None:
    """An identifier-like filter (actor code or id, story id, PLOVER type, modality)."""
    value = text_value(name, value)
    if value is not None and not pattern.match(value):
        raise FilterError(f"{name}: {value!r} is not a code (letters, digits, _ . -)")
    return value


def date_value(name: str, value: str | None) -> str | None:
    value = text_value(name, value)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise FilterError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from exc


def int_value(name: str, value: str | None, low: int, high: int) -> int | None:
    value = text_value(name, value)
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError as exc:
        raise FilterError(f"{name}: {value!r} is not a whole number") from exc
    if not low <= number <= high:
        raise FilterError(f"{name}: {number} is outside {low}..{high}")
    return number


def root_value(value: str | None) -> str | None:
    number = int_value("root", value, 1, 20)
    return None if number is None else f"{number:02d}"


@dataclass(frozen=True)
class Paging:
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    @classmethod
    def parse(cls, limit: str | None, offset: str | None) -> Paging:
        return cls(
            limit=int_value("limit", limit, 1, MAX_LIMIT) or DEFAULT_LIMIT,
            offset=int_value("offset", offset, 0, 10**9) or 0,
        )


def _date_range(args: Mapping[str, str | None]) -> tuple[str | None, str | None]:
    start, end = date_value("date_from", args.get("date_from")), date_value("date_to", args.get("date_to"))
    if start and end and start > end:
        raise FilterError(f"date_from {start} is after date_to {end}")
    return start, end


@dataclass(frozen=True)
class EventFilter:
    """Which events a list shows: dyad, codes, dates, outlet, story, modality."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None  # either side (a click on a network node)
    root: str | None = None
    plover: str | None = None
    quadclass: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    story: str | None = None
    modality: str | None = None
    article: str | None = None

    @classmethod
    def parse(cls, args: Mapping[str, str | None]) -> EventFilter:
        start, end = _date_range(args)
        return cls(
            source=code_value("source", args.get("source")),
            target=code_value("target", args.get("target")),
            actor=code_value("actor", args.get("actor")),
            root=root_value(args.get("root")),
            plover=code_value("plover", args.get("plover"), WORD),
            quadclass=int_value("quadclass", args.get("quadclass"), 1, 4),
            date_from=start,
            date_to=end,
            outlet=text_value("outlet", args.get("outlet")),
            story=code_value("story", args.get("story")),
            modality=code_value("modality", args.get("modality"), WORD),
            article=code_value("article", args.get("article")),
        )


@dataclass(frozen=True)
class QuoteFilter:
    speaker: str | None = None
    words: str | None = None
    outlet: str | None = None
    article: str | None = None

    @classmethod
    def parse(cls, args: Mapping[str, str | None]) -> QuoteFilter:
        return cls(
            speaker=text_value("speaker", args.get("speaker")),
            words=text_value("words", args.get("words")),
            outlet=text_value("outlet", args.get("outlet")),
            article=code_value("article", args.get("article")),
        )


@dataclass(frozen=True)
class ClaimFilter:
    category: str | None = None
    claimant: str | None = None
    outlet: str | None = None
    subject: str | None = None
    article: str | None = None

    @classmethod
    def parse(cls, args: Mapping[str, str | None]) -> ClaimFilter:
        return cls(
            category=code_value("category", args.get("category"), WORD),
            claimant=text_value("claimant", args.get("claimant")),
            outlet=text_value("outlet", args.get("outlet")),
            subject=code_value("subject", args.get("subject")),
            article=code_value("article", args.get("article")),
        )


@dataclass(frozen=True)
class GroupFilter:
    kind: str | None = None
    category: str | None = None

    @classmethod
    def parse(cls, args: Mapping[str, str | None]) -> GroupFilter:
        kind = code_value("kind", args.get("kind"), WORD)
        if kind and kind not in ("agreement", "contradiction", "single-source"):
            raise FilterError("kind: one of agreement, contradiction, single-source")
        return cls(kind=kind, category=code_value("category", args.get("category"), WORD))


@dataclass(frozen=True)
class ActorFilter:
    name: str | None = None
    code: str | None = None
    sector: str | None = None

    @classmethod
    def parse(cls, args: Mapping[str, str | None]) -> ActorFilter:
        return cls(
            name=text_value("name", args.get("name")),
            code=code_value("code", args.get("code")),
            sector=code_value("sector", args.get("sector")),
        )


@dataclass(frozen=True)
class ArticleFilter:
    outlet: str | None = None
    words: str | None = None
    story: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    @classmethod
    def parse(cls, args: Mapping[str, str | None]) -> ArticleFilter:
        start, end = _date_range(args)
        return cls(
            outlet=text_value("outlet", args.get("outlet")),
            words=text_value("words", args.get("words")),
            story=code_value("story", args.get("story")),
            date_from=start,
            date_to=end,
        )


@dataclass(frozen=True)
class NoFilter:
    @classmethod
    def parse(cls, args: Mapping[str, str | None]) -> NoFilter:
        return cls()


def as_query(flt: Any, paging: Paging | None = None, **extra: Any) -> dict[str, str]:
    """The set filters (and paging) as query parameters, for links that keep them."""
    out = {f.name: str(getattr(flt, f.name)) for f in fields(flt) if getattr(flt, f.name) is not None}
    if paging is not None:
        out.update(limit=str(paging.limit), offset=str(paging.offset))
    out.update({k: str(v) for k, v in extra.items() if v is not None})
    return out


@dataclass
class Page:
    """One page of a list: its rows and how many rows the filters select in all."""

    items: list[dict[str, Any]]
    total: int
    paging: Paging = field(default_factory=Paging)
