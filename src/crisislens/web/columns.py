"""Which columns each list page shows, and where each cell links.

Why data-like specs and not one template per list: the lists differ only in
their columns; one template renders them all, and every fact links to its own
page or straight to its sentence in the article reader (``#s-<start>``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

Row = dict[str, Any]


@dataclass(frozen=True)
class Col:
    key: str
    label: str
    href: Callable[[Row], str | None] | None = None
    short: int = 0  # cut long text to this many characters (0: whole)
    fallback: str | None = None  # a list column whose first item stands in when the cell is empty

    def cell(self, row: Row) -> str:
        value = row.get(self.key)
        if (value is None or value == "") and self.fallback and row.get(self.fallback):
            value = row[self.fallback][0] if isinstance(row[self.fallback], list) else row[self.fallback]
        if value is None or (isinstance(value, float) and value != value):
            return ""
        if isinstance(value, dict):
            value = "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in value.items())
        elif isinstance(value, list):
            value = "; ".join(map(str, value))
        text = str(value)[:10] if self.key in DATE_KEYS else str(value)
        return text if not self.short or len(text) <= self.short else text[: self.short] + "…"

    def link(self, row: Row) -> str | None:
        return self.href(row) if self.href else None


DATE_KEYS = {"date", "published", "first_date", "last_date", "date_end"}


def reader_link(row: Row) -> str | None:
    """The article reader, scrolled to the fact's sentence."""
    aid = row.get("article_id")
    if not aid:
        return None
    start = row.get("sent_start")
    return f"/articles/{quote(str(aid))}" + (f"#s-{int(start)}" if start is not None else "")


def _to(prefix: str, key: str = "id") -> Callable[[Row], str | None]:
    return lambda r: f"{prefix}/{quote(str(r[key]))}" if r.get(key) else None


def _events_of(key: str, param: str) -> Callable[[Row], str | None]:
    return lambda r: "/events?" + urlencode({param: r[key]}) if r.get(key) else None


COLUMNS: dict[str, list[Col]] = {
    "events": [
        Col("date", "date", _to("/events")),
        Col("source_name", "source", _events_of("source_code", "source")),
        Col("source_code", "code"),
        Col("cameo", "CAMEO"),
        Col("plover", "PLOVER"),
        Col("predicate", "action"),
        Col("target_name", "target", _events_of("target_code", "target")),
        Col("target_code", "code"),
        Col("modality", "modality"),
        Col("outlet", "outlet"),
        Col("sentence", "evidence", reader_link, 160),
    ],
    "quotes": [
        Col("speaker_name", "speaker", lambda r: _to("/actors", "speaker_actor_id")(r)),
        Col("text", "quote", reader_link, 220),
        Col("direct", "direct"),
        Col("cue", "cue"),
        Col("outlet", "outlet"),
        Col("published", "published"),
    ],
    "claims": [
        Col("category", "category"),
        Col("number_text", "number"),
        Col("what", "what"),
        Col("claimant_name", "claimant"),
        Col("subject_code", "subject"),
        Col("date", "date"),
        Col("outlet", "outlet"),
        Col("sentence", "evidence", reader_link, 160),
    ],
    "claim-groups": [
        Col("kind", "kind", _to("/claim-groups")),
        Col("category", "category"),
        Col("subject_code", "subject"),
        Col("about", "about", _to("/claim-groups"), 80),
        Col("date", "date"),
        Col("n_sources", "sources"),
        Col("values", "values", None, 160),
    ],
    "actors": [
        Col("name", "name", _to("/actors"), fallback="roles"),
        Col("code", "code", _events_of("code", "actor")),
        Col("sector", "sector"),
        Col("kind", "kind"),
        Col("roles", "roles", None, 80),
        Col("aliases", "aliases", None, 120),
        Col("mentions", "mentions"),
    ],
    "articles": [
        Col("title", "title", _to("/articles"), 120),
        Col("doc_name", "file", _to("/articles")),
        Col("outlet", "outlet"),
        Col("published", "published"),
        Col("words", "words"),
    ],
    "stories": [
        Col("label", "story", _to("/stories"), 120),
        Col("first_date", "from"),
        Col("last_date", "to"),
        Col("size", "articles"),
    ],
    "incidents": [
        Col("date", "date", _to("/incidents")),
        Col("source_code", "source"),
        Col("cameo", "CAMEO"),
        Col("target_code", "target"),
        Col("place", "place"),
        Col("n_sources", "sources"),
        Col("n_mentions", "mentions"),
        Col("disagreements", "disagreements", None, 120),
    ],
}
