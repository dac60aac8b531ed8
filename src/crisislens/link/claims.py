"""Claim groups: the same number-about-the-same-thing from several sources, compared.

Blocking: claims are grouped by (category, subject_code), then split by time
(the day the count refers to, within ``DATE_WINDOW``) so that the dead of the
April 22 attack and the dead of the May 7 strikes never meet, and by the kind of
people counted (civilians vs soldiers vs militants). Claims with no date join
the time cluster whose words they share (their ``what`` and sentence: the
"sentence context"), else they stand with other undated claims that share words.

Comparison: each claim is an interval — "at least 31" is [31, inf), "over two
dozen" is [25, inf), "about 25" is [21.25, 28.75], "26" is [26, 26]. A group
agrees when all intervals share a point, otherwise it contradicts; with one
independent source (duplicate group x claimant) it is single-source. A number
introduced by "including"/"among them" counts a part of another count ("five
jets, including three Rafales") and is kept as a ``part`` member, not compared.
In a contradiction group, each set of sources that agree with each other also
gets its own agreement group (``parent_id`` = the contradiction).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict

import pandas as pd

from crisislens.link.common import UnionFind, clean, ordinal, person_key, rows
from crisislens.link.vectors import content_words
from crisislens.model import fold, stable_id

DATE_WINDOW = 1
CONTEXT_OVERLAP = 0.15  # Jaccard of context words for an undated claim to join a time cluster
OTHER_OVERLAP = 0.3  # "other" claims only group when their counted things share this much

APPROX = {"approximately", "about", "around", "roughly", "some", "estimated", "an estimated", "nearly", "almost", "close to", "approx", "circa", "~"}
AT_LEAST = {"at least", "over", "more than", "above", "in excess of", "upwards of", "no fewer than", "no less than", "at minimum", "over two", "beyond"}
AT_MOST = {"up to", "at most", "less than", "fewer than", "under", "below", "no more than"}
BELOW = {"nearly", "almost", "close to"}
APPROX_SPREAD = 0.15

# What kind of people a count is about; two claims with different kinds are different facts.
PEOPLE_KINDS = {
    "civilian": ("civilian", "tourist", "child", "children", "women", "people", "resident", "villager", "worshipper", "pilgrim"),
    "military": ("soldier", "troop", "army", "personnel", "jawan", "officer", "serviceman", "servicemen", "pilot", "military", "security forces"),
    "militant": ("militant", "terrorist", "insurgent", "fighter", "rebel", "gunmen", "attacker"),
}
_PART = re.compile(r"\b(?:including|among them|among whom|of whom|of which|of them)\s+(?:\w+\s+){0,2}$", re.I)
_NUMBERISH = re.compile(r"^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundred|hundreds|thousand|thousands)$")

GROUP_COLUMNS = ["id", "category", "subject_code", "about", "kind", "date", "n_sources", "parent_id", "values"]
MEMBER_COLUMNS = ["group_id", "claim_id", "article_id", "doc_name", "outlet", "value", "low", "high", "claimant", "role", "sentence"]


def interval(value: object, low: object, high: object, qualifier: object) -> tuple[float, float] | None:
    """The range of counts a claim allows, from its value, bounds and qualifier."""
    v = float(value) if clean(value) is not None else None
    lo = float(low) if clean(low) is not None else None
    hi = float(high) if clean(high) is not None else None
    if v is None and lo is None and hi is None:
        return None
    q = fold(clean(qualifier) or "")
    base = v if v is not None else (lo if lo is not None else hi)
    if q in APPROX:
        return (lo if lo is not None else base * (1 - APPROX_SPREAD),
                hi if hi is not None else (base if q in BELOW else base * (1 + APPROX_SPREAD)))
    if q in AT_LEAST:
        return (lo if lo is not None else base, hi if hi is not None else math.inf)
    if q in AT_MOST:
        return (lo if lo is not None else 0.0, hi if hi is not None else base)
    if lo is not None and hi is None and v is not None and v < lo:
        return (lo, math.inf)  # "over two dozen": value 24, low 25
    return (lo if lo is not None else base, hi if hi is not None else max(base, lo or base))


def is_part(sentence: object, number_text: object) -> bool:
    """True when the number counts a subset ("including three Rafale jets")."""
    sent, num = clean(sentence) or "", clean(number_text) or ""
    if not num:
        return False
    at = sent.find(num)
    return at > 0 and bool(_PART.search(sent[:at]))


def people_kind(what: object) -> str | None:
    text = fold(clean(what) or "")
    found = {k for k, words in PEOPLE_KINDS.items() if any(re.search(rf"\b{w}", text) for w in words)}
    return found.pop() if len(found) == 1 else None


def _context(what: object, sentence: object) -> set[str]:
    words = content_words(f"{clean(what) or ''} {clean(sentence) or ''}")
    return {w for w in words if not _NUMBERISH.match(w)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _time_clusters(block: pd.DataFrame) -> list[list[str]]:
    """Split one (category, subject) block into clusters of claims about the same time."""
    uf = UnionFind(block["id"])
    dated = block[block["k_day"].notna()].sort_values("k_day")
    anchor_id, anchor_day = None, None  # clusters span at most DATE_WINDOW days: no chaining
    for row in rows(dated):
        if anchor_id is not None and row.k_day - anchor_day <= DATE_WINDOW:
            uf.union(anchor_id, row.id)
        else:
            anchor_id, anchor_day = row.id, row.k_day
    ctx = dict(zip(block["id"], block["k_ctx"], strict=True))
    clusters: dict[str, set[str]] = defaultdict(set)
    for cid in dated["id"]:
        clusters[uf.find(cid)] |= ctx[cid]
    loose: list[tuple[str, set[str]]] = []
    for cid in block.loc[block["k_day"].isna(), "id"]:
        best, best_sim = None, CONTEXT_OVERLAP
        for root, words in clusters.items():
            sim = _jaccard(ctx[cid], words)
            if sim >= best_sim:
                best, best_sim = root, sim
        for other, words in loose:
            sim = _jaccard(ctx[cid], words)
            if sim >= best_sim:
                best, best_sim = other, sim
        if best is not None:
            uf.union(best, cid)
        else:
            loose.append((cid, ctx[cid]))
    return [list(g) for g in uf.groups()]


def _split_kinds(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Claims about civilians and claims about soldiers are separate facts."""
    kinds = set(members["k_kind"].dropna())
    if len(kinds) <= 1:
        return [members]
    parts = [members[members["k_kind"] == k] for k in sorted(kinds)]
    unknown = members[members["k_kind"].isna()]
    if not unknown.empty:
        parts.append(unknown)
    return parts


def _split_other(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Claims of category "other" only compare when they count the same thing."""
    uf = UnionFind(members["id"])
    rows = list(zip(members["id"], members["k_what"], strict=True))
    for i, (a, wa) in enumerate(rows):
        for b, wb in rows[i + 1 :]:
            if _jaccard(wa, wb) >= OTHER_OVERLAP:
                uf.union(a, b)
    return [members[members["id"].isin(g)] for g in uf.groups()]


def _source(row) -> tuple[str, str]:
    return (clean(row.dup_group) or row.article_id, person_key(row.claimant_name) or "(outlet)")


def _label(row) -> str:
    who = clean(row.claimant_name) or "(outlet's own voice)"
    return f"{who} @ {clean(row.outlet) or clean(row.doc_name) or row.article_id}"


def _agreeing_sets(counted: pd.DataFrame) -> list[list[int]]:
    """Positions of members whose intervals share a point, greedily by lower bound."""
    order = sorted(range(len(counted)), key=lambda i: (counted["k_lo"].iloc[i], counted["k_hi"].iloc[i]))
    sets: list[list[int]] = []
    lo, hi = -math.inf, math.inf
    for i in order:
        a, b = counted["k_lo"].iloc[i], counted["k_hi"].iloc[i]
        if sets and max(lo, a) <= min(hi, b):
            sets[-1].append(i)
            lo, hi = max(lo, a), min(hi, b)
        else:
            sets.append([i])
            lo, hi = a, b
    return sets


def _about(members: pd.DataFrame, category: str, subject: str | None, date: str | None) -> str:
    whats = Counter(w for w in members["what"] if clean(w))
    what = min(whats, key=lambda w: (-whats[w], len(w))) if whats else category
    return f"{what} ({subject or 'unknown subject'}, {date or 'date unknown'})"


def build(claims: pd.DataFrame, meta: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """claim_groups and claim_group_members frames from all stored claims."""
    if claims.empty:
        return pd.DataFrame(columns=GROUP_COLUMNS), pd.DataFrame(columns=MEMBER_COLUMNS)
    cl = claims.merge(meta, on="article_id", how="left")
    cl = cl[cl["category"].notna()].copy()
    day_column = "ref_date" if "ref_date" in cl.columns else "date"
    cl["k_day"] = [ordinal(d) for d in cl[day_column]]
    cl["k_ctx"] = [_context(w, s) for w, s in zip(cl["what"], cl["sentence"], strict=True)]
    cl["k_what"] = [_context(w, "") for w in cl["what"]]
    cl["k_kind"] = [people_kind(w) for w in cl["what"]]
    cl["k_part"] = [is_part(s, n) for s, n in zip(cl["sentence"], cl["number_text"], strict=True)]
    bounds = [interval(v, lo, hi, q) for v, lo, hi, q in zip(cl["value"], cl["low"], cl["high"], cl["qualifier"], strict=True)]
    cl["k_lo"] = [b[0] if b else math.nan for b in bounds]
    cl["k_hi"] = [b[1] if b else math.nan for b in bounds]
    cl = cl[cl["k_lo"].notna()]
    groups, members = [], []
    for (category, subject), block in cl.groupby([cl["category"], cl["subject_code"].fillna("")], sort=True):
        for ids in _time_clusters(block):
            cluster = block[block["id"].isin(ids)]
            parts = _split_kinds(cluster)
            if category == "other":
                parts = [p for part in parts for p in _split_other(part)]
            for part in parts:
                _emit(part, category, subject or None, groups, members)
    return pd.DataFrame(groups, columns=GROUP_COLUMNS), pd.DataFrame(members, columns=MEMBER_COLUMNS)


def _emit(part: pd.DataFrame, category: str, subject: str | None, groups: list, members: list) -> None:
    part = part.sort_values("id")
    counted = part[~part["k_part"]]
    if counted.empty:
        counted = part  # only subset counts: compare them with each other
    gid = stable_id("claims", category, subject, part["id"].iloc[0])
    days = sorted(d for d in part["k_day"].dropna())
    date = str(pd.Timestamp.fromordinal(int(days[0])).date()) if days else None
    sources = {_source(r) for r in rows(counted)}
    sets = _agreeing_sets(counted)
    kind = "contradiction" if len(sets) > 1 else ("agreement" if len(sources) > 1 else "single-source")
    values: dict[str, list[str]] = defaultdict(list)
    for r in rows(counted):
        values[_fmt(r)].append(_label(r))
    groups.append({
        "id": gid, "category": category, "subject_code": subject,
        "about": _about(counted, category, subject, date), "kind": kind, "date": date,
        "n_sources": len(sources), "parent_id": None,
        "values": json.dumps(values, ensure_ascii=False),
    })
    for r in rows(part):
        members.append(_member(gid, r, "part" if (r.k_part and r.Index not in counted.index) else "count"))
    if kind != "contradiction":
        return
    for pos in sets:
        sub = counted.iloc[pos]
        sub_sources = {_source(r) for r in rows(sub)}
        if len(sub_sources) < 2:
            continue
        sid = stable_id("claims-agree", gid, sub["id"].iloc[0])
        sub_values: dict[str, list[str]] = defaultdict(list)
        for r in rows(sub):
            sub_values[_fmt(r)].append(_label(r))
        groups.append({
            "id": sid, "category": category, "subject_code": subject,
            "about": _about(sub, category, subject, date), "kind": "agreement", "date": date,
            "n_sources": len(sub_sources), "parent_id": gid,
            "values": json.dumps(sub_values, ensure_ascii=False),
        })
        for r in rows(sub):
            members.append(_member(sid, r, "count"))


def _fmt(r) -> str:
    text = clean(r.number_text)
    val = r.value if clean(r.value) is not None else r.k_lo
    num = f"{val:g}" if isinstance(val, float) else str(val)
    return f"{num} ({text})" if text and text != num else num


def _member(gid: str, r, role: str) -> dict:
    return {
        "group_id": gid, "claim_id": r.id, "article_id": r.article_id,
        "doc_name": clean(r.doc_name), "outlet": clean(r.outlet),
        "value": r.value, "low": r.low, "high": r.high,
        "claimant": clean(r.claimant_name), "role": role, "sentence": r.sentence,
    }
