"""Framing per outlet for the web: the library's ``crisislens.link.framing`` as JSON-ready rows.

Why cached: framing reads every article's text (regexes over the corpus), so it
is computed once per snapshot of the store and kept until the store changes.
"""

from __future__ import annotations

from typing import Any

from crisislens.web.views import plain


def framing_tables(store: Any) -> dict[str, Any]:
    """Outlets, contested terms, who each outlet quotes, Goldstein per dyad (and messages)."""
    if "framing" not in store.memo:
        from crisislens.link import framing

        report = framing(store)
        store.memo["framing"] = {
            "outlets": _records(report.outlets),
            "terms": _records(report.terms),
            "quoted": _records(report.quoted),
            "goldstein": _records(report.goldstein),
            "messages": list(report.messages),
        }
    return store.memo["framing"]


def _records(frame: Any) -> list[dict[str, Any]]:
    return [plain(r) for r in frame.to_dict("records")] if frame is not None and not frame.empty else []
