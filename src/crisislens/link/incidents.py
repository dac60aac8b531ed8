"""Incidents: event mentions from different articles that are the same happening.

Blocking keeps this near-linear: mentions are grouped by (source code, target
code, root family) and only compared inside a block, sorted by date. Two
mentions merge when their dates are within ``DATE_WINDOW`` days of the
incident's first day (a stated range "May 7-10" covers its days; daily strikes
on one dyad do not chain into one month-long incident), and their places do not clash. A mention with no
date joins only on strong other evidence: the same full CAMEO code in an article
of the same story. An incident keeps every mention with its own values, so
sources that disagree on the date, the code or the target stay visible.

Root families: CAMEO 18 (assault), 19 (fight) and 20 (mass violence) are how
different outlets code the same strike ("attacked" vs "shelled" vs "bombed"),
so they merge; 13 (threaten) with 13, 11/12 (disapprove/reject) together, and
every other root only with itself.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from crisislens.link.common import UnionFind, clean, ordinal
from crisislens.model import stable_id

DATE_WINDOW = 1
ROOT_FAMILY = {"18": "force", "19": "force", "20": "force", "11": "disapprove", "12": "disapprove"}
# Mentions that did not happen (hypothetical, future) are not incidents.
KEEP_MODALITIES = {"asserted", "negated", None}

INCIDENT_COLUMNS = [
    "id", "source_code", "target_code", "cameo", "cameo_root", "date", "date_end", "place",
    "goldstein", "n_mentions", "n_articles", "n_sources", "outlets", "story_ids", "disagreements",
]
MENTION_COLUMNS = [
    "incident_id", "event_id", "article_id", "doc_name", "outlet", "dup_group", "source_name",
    "target_name", "target_code", "cameo", "date", "place", "modality", "claimant_name", "sentence",
]


def family(root: object) -> str:
    r = (clean(root) or "")[:2]
    return ROOT_FAMILY.get(r, r)


def _places_clash(a: object, b: object) -> bool:
    pa, pb = clean(a), clean(b)
    return bool(pa and pb and pa.casefold() != pb.casefold())


def build(events: pd.DataFrame, meta: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Incidents and incident_mentions frames from all stored events.

    ``events`` has the events table's columns; ``meta`` has per article
    article_id, doc_name, outlet, dup_group, story_id.
    """
    if events.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS), pd.DataFrame(columns=MENTION_COLUMNS)
    ev = events[events["modality"].isin(KEEP_MODALITIES) | events["modality"].isna()].copy()
    ev = ev.merge(meta, on="article_id", how="left")
    ev["k_day"] = [ordinal(d) for d in ev["date"]]
    ev["k_end"] = [ordinal(d) for d in ev["date_end"]]
    ev["k_fam"] = [family(r) for r in ev["cameo_root"]]
    recs = ev.to_dict("records")
    uf = UnionFind(ev["id"])
    days = ev["k_day"].to_numpy()
    dated = ev["k_day"].notna().to_numpy()
    for pos in _blocks(ev):
        block = [recs[i] for i in pos]
        if all(pd.isna(r["source_code"]) and pd.isna(r["target_code"]) for r in block):
            continue  # no dyad at all: nothing says two such mentions are one happening
        on_day = pos[dated[pos]]
        by_day = [recs[i] for i in on_day[_day_order(days[on_day])]]
        _sweep_dated(by_day, uf)
        _attach_undated(by_day, [recs[i] for i in pos[~dated[pos]]], uf)
    return _frames(recs, uf)


def _blocks(ev: pd.DataFrame) -> list[np.ndarray]:
    """Row positions of each (source code, target code, root family) block, in frame order.

    Why positions: the former per-block frame (groupby, filter, sort, records) cost a
    fixed pandas overhead per block that dominated the stage; one records pass and
    position arrays give the same blocks."""
    keys = zip(ev["source_code"].fillna("?"), ev["target_code"].fillna("?"), ev["k_fam"], strict=True)
    found: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        found[key].append(i)
    return [np.asarray(p, dtype=np.int64) for p in found.values()]


def _day_order(days: np.ndarray) -> np.ndarray:
    """The order ``DataFrame.sort_values`` gives (numpy quicksort), so that mentions of one day
    meet in the sweep in the same order as before."""
    return np.argsort(days, kind="quicksort")


def _sweep_dated(dated: list[dict], uf: UnionFind) -> None:
    """Date-sorted sweep: a mention joins the open cluster while it lies within the window
    of the cluster's first day (or a stated range) and its place does not clash."""
    prev = None  # the open cluster of a date-sorted sweep, anchored on its first day
    reach = None  # first day + window, or the end of a stated range ("May 7-10")
    for row in dated:
        end = row["k_end"] if pd.notna(row["k_end"]) else row["k_day"]
        if prev is not None and row["k_day"] <= reach and not _places_clash(prev["place"], row["place"]):
            uf.union(prev["id"], row["id"])
            reach = max(reach, end)
        else:
            reach = max(row["k_day"] + DATE_WINDOW, end)
        prev = row


def _attach_undated(dated: list[dict], undated: list[dict], uf: UnionFind) -> None:
    """An undated mention joins only on the same full CAMEO code in an article of the same story."""
    if not undated:
        return
    anchors: dict[tuple, str] = {}
    for row in dated:
        anchors.setdefault((clean(row["cameo"]), clean(row["story_id"])), row["id"])
    for row in undated:
        key = (clean(row["cameo"]), clean(row["story_id"]))
        if key[0] and key[1]:
            if key in anchors:
                uf.union(anchors[key], row["id"])
            else:
                anchors[key] = row["id"]


def _disagreements(members: list[dict]) -> dict:
    """Per field, the values different sources give (only fields with 2+ values)."""
    out: dict[str, dict[str, list[str]]] = {}
    for col in ("date", "cameo", "target_code", "place", "modality"):
        by_value: dict[str, set[str]] = defaultdict(set)
        for row in members:
            val = clean(row[col])
            if val is None:
                continue
            by_value[str(val)[:10] if col == "date" else str(val)].add(
                clean(row["outlet"]) or clean(row["doc_name"]) or row["article_id"]
            )
        if len(by_value) > 1:
            out[col] = {k: sorted(v) for k, v in sorted(by_value.items())}
    return out


def _span_end(dates: list[str], ends: list[str]) -> str | None:
    """The last day any mention gives, when it is later than the first (else None)."""
    last = max(dates + ends) if (dates or ends) else None
    return last if dates and last and last > dates[0] else None


def _most_common(values: list) -> object:
    found = Counter(v for v in values if clean(v) is not None)
    return found.most_common(1)[0][0] if found else None


def _frames(recs: list[dict], uf: UnionFind) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Plain-Python pass over records (pandas per-group access is ~1000x slower here)."""
    groups: dict[object, list[dict]] = defaultdict(list)
    for rec in recs:
        groups[uf.find(rec["id"])].append(rec)
    inc_rows, men_rows = [], []
    for members in groups.values():
        members.sort(key=lambda r: r["id"])
        dates = sorted(str(r["date"])[:10] for r in members if r["k_day"] is not None and not pd.isna(r["k_day"]))
        ends = sorted(str(r["date_end"])[:10] for r in members if clean(r["date_end"]))
        iid = stable_id("incident", members[0]["id"])
        gold = [r["goldstein"] for r in members if clean(r["goldstein"]) is not None]
        inc_rows.append(
            {
                "id": iid,
                "source_code": clean(members[0]["source_code"]),
                "target_code": _most_common([r["target_code"] for r in members]),
                "cameo": _most_common([r["cameo"] for r in members]),
                "cameo_root": _most_common([r["cameo_root"] for r in members]),
                "date": dates[0] if dates else None,
                "date_end": _span_end(dates, ends),
                "place": _most_common([r["place"] for r in members]),
                "goldstein": float(sum(gold) / len(gold)) if gold else None,
                "n_mentions": len(members),
                "n_articles": len({r["article_id"] for r in members}),
                "n_sources": len({clean(r["dup_group"]) or r["article_id"] for r in members}),
                "outlets": json.dumps(sorted({r["outlet"] for r in members if clean(r["outlet"])})),
                "story_ids": json.dumps(sorted({r["story_id"] for r in members if clean(r["story_id"])})),
                "disagreements": json.dumps(_disagreements(members), ensure_ascii=False),
            }
        )
        for r in members:
            men_rows.append(
                {
                    "incident_id": iid,
                    "event_id": r["id"],
                    "article_id": r["article_id"],
                    "doc_name": clean(r["doc_name"]),
                    "outlet": clean(r["outlet"]),
                    "dup_group": clean(r["dup_group"]),
                    "source_name": clean(r["source_name"]),
                    "target_name": clean(r["target_name"]),
                    "target_code": clean(r["target_code"]),
                    "cameo": clean(r["cameo"]),
                    "date": str(r["date"])[:10] if clean(r["date"]) else None,
                    "place": clean(r["place"]),
                    "modality": clean(r["modality"]),
                    "claimant_name": clean(r["claimant_name"]),
                    "sentence": r["sentence"],
                }
            )
    inc = pd.DataFrame(inc_rows, columns=INCIDENT_COLUMNS)
    men = pd.DataFrame(men_rows, columns=MENTION_COLUMNS)
    for frame, cols in ((inc, ("date", "date_end")), (men, ("date",))):
        for c in cols:
            frame[c] = pd.to_datetime(frame[c], errors="coerce").dt.date
    return inc, men
