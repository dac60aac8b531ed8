"""Framing: which words each outlet chooses, whom it quotes, how it scores each dyad.

The contested-terms lexicon (``data/framing_terms.tsv``) maps a regex to a
concept ("naming of Indian-held Kashmir") and a variant ("IIOJK"), with the side
whose usage the variant marks. Users extend it with their own TSV of the same
columns (``--terms FILE``). Within one concept overlapping matches count once,
longest first, so "Indian-occupied Kashmir" is not also counted as "occupied
Kashmir".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from crisislens.link.common import clean, df_or_empty

UNKNOWN_OUTLET = "(unknown outlet)"
TERM_COLUMNS = ["pattern", "concept", "variant", "stance"]


@dataclass
class FramingReport:
    """Per-outlet framing tables (pandas DataFrames) and any messages about the input."""

    outlets: pd.DataFrame  # outlet, articles, words
    terms: pd.DataFrame  # outlet, concept, variant, stance, count, articles, per_10k_words
    quoted: pd.DataFrame  # outlet, speaker, speaker_code, quotes, articles
    goldstein: pd.DataFrame  # outlet, source_code, target_code, events, goldstein_mean
    messages: list[str] = field(default_factory=list)


def _parse_terms(lines: list[str], origin: str, messages: list[str]) -> list[dict]:
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "pattern":
            continue  # header
        if len(cols) < 3:
            messages.append(f"{origin}:{n}: expected pattern<TAB>concept<TAB>variant[<TAB>stance]; line skipped")
            continue
        try:
            rx = re.compile(rf"(?<!\w)(?:{cols[0]})(?!\w)", re.IGNORECASE)
        except re.error as exc:
            messages.append(f"{origin}:{n}: bad pattern {cols[0]!r} ({exc}); line skipped")
            continue
        rows.append({"pattern": cols[0], "concept": cols[1].strip(), "variant": cols[2].strip(),
                     "stance": cols[3].strip() if len(cols) > 3 and cols[3].strip() else None, "_rx": rx})
    return rows


@cache
def _builtin_terms() -> tuple[dict, ...]:
    text = resources.files("crisislens.link").joinpath("data/framing_terms.tsv").read_text(encoding="utf-8")
    return tuple(_parse_terms(text.splitlines(), "framing_terms.tsv", []))


def load_terms(extra_terms: str | Path | None = None, messages: list[str] | None = None) -> list[dict]:
    """The built-in lexicon plus a user TSV; problems go to ``messages``, never raise."""
    messages = messages if messages is not None else []
    terms = [dict(t) for t in _builtin_terms()]
    if extra_terms:
        path = Path(extra_terms)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            messages.append(f"{path}: cannot read the terms file ({exc}); using the built-in terms only")
        else:
            added = _parse_terms(lines, str(path), messages)
            if not added:
                messages.append(f"{path}: no usable term lines")
            terms.extend(added)
    return terms


def count_terms(text: str, terms: list[dict]) -> dict[tuple[str, str, str | None], int]:
    """(concept, variant, stance) -> matches in one text, overlaps inside a concept counted once."""
    by_concept: dict[str, list[tuple[int, int, dict]]] = {}
    for t in terms:
        for m in t["_rx"].finditer(text):
            by_concept.setdefault(t["concept"], []).append((m.start(), m.end(), t))
    out: dict[tuple[str, str, str | None], int] = {}
    for concept, spans in by_concept.items():
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        taken_end = -1
        for start, end, t in spans:
            if start < taken_end:
                continue
            taken_end = end
            key = (concept, t["variant"], t["stance"])
            out[key] = out.get(key, 0) + 1
    return out


def framing(store, extra_terms: str | Path | None = None) -> FramingReport:
    """Term use, quoted actors and per-dyad Goldstein means, per outlet."""
    messages: list[str] = []
    terms = load_terms(extra_terms, messages)
    arts = df_or_empty(store, "SELECT id, outlet, clean_text, words FROM articles", ["id", "outlet", "clean_text", "words"])
    arts["outlet"] = [clean(o) or UNKNOWN_OUTLET for o in arts["outlet"]]
    outlets = (
        arts.groupby("outlet").agg(articles=("id", "count"), words=("words", "sum")).reset_index()
        if len(arts) else pd.DataFrame(columns=["outlet", "articles", "words"])
    )
    rows = []
    for aid, outlet, text in zip(arts["id"], arts["outlet"], arts["clean_text"], strict=True):
        for (concept, variant, stance), n in count_terms(text if isinstance(text, str) else "", terms).items():
            rows.append((outlet, concept, variant, stance, n, aid))
    hits = pd.DataFrame(rows, columns=["outlet", "concept", "variant", "stance", "count", "article_id"])
    if len(hits):
        term_df = (
            hits.groupby(["outlet", "concept", "variant"], dropna=False)
            .agg(stance=("stance", "first"), count=("count", "sum"), articles=("article_id", "nunique"))
            .reset_index()
            .merge(outlets[["outlet", "words"]], on="outlet", how="left")
        )
        term_df["per_10k_words"] = (term_df["count"] * 10000 / term_df["words"].clip(lower=1)).round(2)
        term_df = term_df.drop(columns="words").sort_values(["concept", "outlet", "count"], ascending=[True, True, False])
    else:
        term_df = pd.DataFrame(columns=["outlet", "concept", "variant", "stance", "count", "articles", "per_10k_words"])
    quoted = df_or_empty(
        store,
        "SELECT coalesce(a.outlet, ?) AS outlet, coalesce(q.speaker_name, '(unnamed)') AS speaker, "
        "q.speaker_code, count(*) AS quotes, count(DISTINCT q.article_id) AS articles "
        "FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2",
        ["outlet", "speaker", "speaker_code", "quotes", "articles"], [UNKNOWN_OUTLET],
    )
    gold = df_or_empty(
        store,
        "SELECT coalesce(a.outlet, ?) AS outlet, e.source_code, e.target_code, count(*) AS events, "
        "round(avg(e.goldstein), 2) AS goldstein_mean FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.goldstein IS NOT NULL AND coalesce(e.modality, 'asserted') = 'asserted' "
        "GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC",
        ["outlet", "source_code", "target_code", "events", "goldstein_mean"], [UNKNOWN_OUTLET],
    )
    return FramingReport(outlets=outlets, terms=term_df.reset_index(drop=True), quoted=quoted, goldstein=gold, messages=messages)
