"""The timeline: incidents in the order they HAPPENED (event date), not when reported.

Undated incidents come last (a reader must see they could not be placed);
each row carries the sources count and whether the sources disagree.
"""

from __future__ import annotations

import json

import pandas as pd

from crisislens.link.common import df_or_empty

TIMELINE_COLUMNS = [
    "date", "date_end", "incident_id", "cameo", "cameo_root", "source_code", "target_code",
    "actors", "place", "goldstein", "n_sources", "n_mentions", "outlets", "contradiction", "disagreements",
]


def timeline(store, story_id: str | None = None) -> pd.DataFrame:
    """Incidents ordered by event date; only those with a mention in ``story_id`` when given."""
    inc = df_or_empty(store, "SELECT * FROM incidents", [])
    if inc.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    if story_id:
        keep = [story_id in json.loads(s or "[]") for s in inc["story_ids"]]
        inc = inc[keep]
    names = df_or_empty(
        store,
        "SELECT incident_id, mode(source_name) AS src, mode(target_name) AS tgt FROM incident_mentions GROUP BY 1",
        ["incident_id", "src", "tgt"],
    )
    inc = inc.merge(names, left_on="id", right_on="incident_id", how="left")
    inc["actors"] = [
        f"{s or sc or '?'} -> {t or tc or '?'}"
        for s, sc, t, tc in zip(inc["src"], inc["source_code"], inc["tgt"], inc["target_code"], strict=True)
    ]
    inc["contradiction"] = [bool(json.loads(d or "{}")) for d in inc["disagreements"]]
    inc["incident_id"] = inc["id"]
    inc["k_undated"] = inc["date"].isna()
    out = inc.sort_values(["k_undated", "date", "n_sources", "incident_id"], ascending=[True, True, False, True])
    return out[TIMELINE_COLUMNS].reset_index(drop=True)
