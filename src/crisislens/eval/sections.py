"""Per-document matching of actors, events, quotes and claims (gold/FORMAT.md rules).

Why greedy one-to-one: a system that reports the same event three times must
not get three true positives for one gold event; and among candidates the
one stated in the same sentence is the one the annotator meant, so pairs are
ranked by sentence overlap before they are taken.
"""

from __future__ import annotations

from typing import Any

from crisislens.eval.metrics import PRF, Accuracy, match_one_to_one, overlap_f1
from crisislens.eval.names import ActorDirectory, name_set, norm_name, same_speaker

QUOTE_OVERLAP = 0.5  # token-overlap F1 a quote's text needs to match (FORMAT.md)


def _code(x: Any) -> str | None:
    """A code compared as text, upper-cased; empty and null are the same (unknown)."""
    if x is None:
        return None
    s = str(x).strip().upper()
    return s or None


def _side(event: dict, side: str) -> dict:
    val = event.get(side)
    return val if isinstance(val, dict) else {}


def _root(event: dict) -> str | None:
    root = event.get("cameo_root")
    if root is None and event.get("cameo"):
        root = str(event["cameo"])[:2]
    return str(root).zfill(2) if root is not None else None


def _date(x: Any) -> str | None:
    return str(x)[:10] if x else None


def _same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


def _sentence_pref(g: dict, p: dict) -> float:
    """How strongly two facts share a sentence (0 when either has none)."""
    return overlap_f1(g.get("sentence"), p.get("sentence")) if g.get("sentence") and p.get("sentence") else 0.0


def score_actors(gold: list[dict], pred: list[dict], prf: PRF, code_acc: Accuracy) -> int:
    """Actors match by name/alias (surname for persons) with the same code and sector."""
    gsets = [name_set(a.get("name") or a.get("role"), a.get("aliases") or [], a.get("kind")) for a in gold]
    psets = [name_set(a.get("name") or a.get("role"), a.get("aliases") or [], a.get("kind")) for a in pred]

    def by_name(i: int, j: int) -> float | None:
        if not gsets[i].matches(psets[j]):
            return None
        return 2.0 if norm_name(gold[i].get("name")) == norm_name(pred[j].get("name")) else 1.0

    def exact(i: int, j: int) -> float | None:
        g, p = gold[i], pred[j]
        if _code(g.get("code")) != _code(p.get("code")) or _code(g.get("sector")) != _code(p.get("sector")):
            return None
        return by_name(i, j)

    pairs = match_one_to_one(range(len(gold)), range(len(pred)), exact)
    prf.add(len(pairs), len(gold), len(pred))

    # code accuracy: match on names alone, then compare codes
    named = match_one_to_one(range(len(gold)), range(len(pred)), by_name)
    for i, j in named:
        code_acc.add(_code(gold[i].get("code")) == _code(pred[j].get("code")))
    return len(pairs)


def score_events(gold: list[dict], pred: list[dict], prf: PRF, acc: dict[str, Accuracy]) -> int:
    """Events match on source code, target code and CAMEO root; then date, PLOVER, code are checked."""

    def key(e: dict) -> tuple:
        return (_code(_side(e, "source").get("code")), _code(_side(e, "target").get("code")), _root(e))

    gkeys = [key(e) for e in gold]
    pkeys = [key(e) for e in pred]
    pairs = match_one_to_one(
        range(len(gold)), range(len(pred)),
        lambda i, j: _sentence_pref(gold[i], pred[j]) if gkeys[i] == pkeys[j] else None,
    )
    prf.add(len(pairs), len(gold), len(pred))
    for i, j in pairs:
        g, p = gold[i], pred[j]
        if g.get("date"):
            acc["event_date"].add(_date(g["date"]) == _date(p.get("date")))
        acc["event_plover"].add(_code(g.get("plover")) == _code(p.get("plover")))
        if g.get("cameo"):
            acc["event_cameo"].add(str(g["cameo"]).strip() == str(p.get("cameo") or "").strip())
        acc["event_negated"].add(bool(g.get("negated")) == bool(p.get("negated")))
    return len(pairs)


def score_quotes(
    gold: list[dict],
    pred: list[dict],
    gdir: ActorDirectory,
    pdir: ActorDirectory,
    prf: dict[str, PRF],
    acc: dict[str, Accuracy],
) -> int:
    """Quotes match on speaker (alias or surname) and text overlap >= 0.5, overall and per kind."""

    def scorer(gs: list[dict], ps: list[dict], need_speaker: bool):
        def s(i: int, j: int) -> float | None:
            ov = overlap_f1(gs[i].get("text"), ps[j].get("text"))
            if ov < QUOTE_OVERLAP:
                return None
            if need_speaker and not same_speaker(gs[i].get("speaker"), ps[j].get("speaker"), gdir, pdir):
                return None
            return ov
        return s

    pairs = match_one_to_one(range(len(gold)), range(len(pred)), scorer(gold, pred, True))
    prf["quotes"].add(len(pairs), len(gold), len(pred))
    for i, j in pairs:
        acc["quote_direct"].add(bool(gold[i].get("direct")) == bool(pred[j].get("direct")))
    for flag, key in ((True, "quotes_direct"), (False, "quotes_reported")):
        gs = [q for q in gold if bool(q.get("direct")) is flag]
        ps = [q for q in pred if bool(q.get("direct")) is flag]
        sub = match_one_to_one(range(len(gs)), range(len(ps)), scorer(gs, ps, True))
        prf[key].add(len(sub), len(gs), len(ps))
    by_text = match_one_to_one(range(len(gold)), range(len(pred)), scorer(gold, pred, False))
    for i, j in by_text:
        acc["quote_speaker"].add(same_speaker(gold[i].get("speaker"), pred[j].get("speaker"), gdir, pdir))
    return len(pairs)


def match_claims(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """The one-to-one pairs of gold and predicted claims of one value and category (the
    sentence preferred): the scorer's match, shared with benchmarks/record_diff.py."""

    def s(i: int, j: int) -> float | None:
        g, p = gold[i], pred[j]
        if not _same_value(g.get("value"), p.get("value")):
            return None
        if (g.get("category") or "other") != (p.get("category") or "other"):
            return None
        return _sentence_pref(g, p)

    return match_one_to_one(range(len(gold)), range(len(pred)), s)


def score_claims(
    gold: list[dict],
    pred: list[dict],
    gdir: ActorDirectory,
    pdir: ActorDirectory,
    prf: PRF,
    claimant_acc: Accuracy,
) -> int:
    """Claims match on value and category; the claimant is then compared by alias/surname."""
    pairs = match_claims(gold, pred)
    prf.add(len(pairs), len(gold), len(pred))
    for i, j in pairs:
        claimant_acc.add(same_speaker(gold[i].get("claimant"), pred[j].get("claimant"), gdir, pdir))
    return len(pairs)
