"""Framing per outlet for the web: the library's ``crisislens.link.framing`` as JSON-ready rows.

Why in the background: framing reads every article's text (each contested-term
regex over the corpus): about a second for the seeds but ~66 s for 10,000
articles on 2 cores. It is computed once per snapshot of the store, in a thread,
and kept until the store changes; until then the page says so and reloads.
"""

from __future__ import annotations

from typing import Any

from crisislens.web.views import plain


def framing_tables(store: Any) -> dict[str, Any] | None:
    """Outlets, contested terms, who each outlet quotes, Goldstein per dyad (None while computing)."""
    return store.in_background("framing", compute_framing)


def compute_framing(store: Any) -> dict[str, Any]:
    from crisislens.link import framing

    report = framing(store)
    return {
        "outlets": _records(report.outlets),
        "terms": _records(report.terms),
        "quoted": _records(report.quoted),
        "goldstein": _records(report.goldstein),
        "messages": list(report.messages),
    }


def _records(frame: Any) -> list[dict[str, Any]]:
    return [plain(r) for r in frame.to_dict("records")] if frame is not None and not frame.empty else []
