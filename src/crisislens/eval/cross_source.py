"""Scoring cross-source items: were the differing (or agreeing) numbers grouped and flagged?

Why containment and not equality: a system that also puts a third outlet's
matching number into the group has still found the contradiction the
annotator saw; it has not found it when a gold value is missing from the group,
or when the group is of another category, subject or kind.
"""

from __future__ import annotations

from typing import Any

from crisislens.eval.goldfile import doc_key
from crisislens.eval.metrics import PRF

KIND_KEYS = {"contradiction": "contradictions", "agreement": "agreements"}
# Gold files written before the four kinds mark compatible figures of different precision
# ("over two dozen" and 26) as an agreement; the linker calls them a range. A range finds
# a gold agreement; a revision or contradiction never does.
SAME_KIND = {"range": "agreement"}


def _kind(item: dict) -> Any:
    kind = item.get("kind")
    return SAME_KIND.get(kind, kind)


def _pairs(item: dict) -> set[tuple[str, float | None]]:
    out = set()
    for v in item.get("values") or []:
        if not isinstance(v, dict):
            continue
        val = v.get("value")
        try:
            num = round(float(val), 6) if val is not None else None
        except (TypeError, ValueError):
            num = None
        out.add((doc_key(str(v.get("doc"))), num))
    return out


def _head(item: dict) -> tuple[Any, ...]:
    subj = item.get("subject_code")
    return (_kind(item), item.get("category") or "other", str(subj).upper() if subj else None)


def finds(pred: dict, gold: dict) -> bool:
    """Whether a predicted group finds a gold item (same head, holds all its (doc, value) pairs)."""
    return _head(pred) == _head(gold) and _pairs(gold) <= _pairs(pred)


def score_cross_source(gold: list[dict], pred: list[dict], prf: dict[str, PRF]) -> None:
    """Recall over gold items and precision over predicted groups, per kind."""
    for kind, key in KIND_KEYS.items():
        gs = [g for g in gold if g.get("kind") == kind]
        ps = [p for p in pred if _kind(p) == kind]
        found = sum(1 for g in gs if any(finds(p, g) for p in ps))
        right = sum(1 for p in ps if any(finds(p, g) for g in gs))
        prf[key].add(found, len(gs), len(ps), tp_pred=right)
