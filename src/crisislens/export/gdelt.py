"""Export the store's events as a GDELT 2.0 event table (61 tab-separated columns, no header).

GDELT 2.0's event table is what most conflict-event tooling reads, so writing
our events in its exact column order lets analysts load them with their
existing GDELT readers. Columns we fill, and how:

- GlobalEventID: a 63-bit integer derived from our stable event id (deterministic).
- Day / MonthYear / Year / FractionDate: from the event date; when the text
  gave none, from the article's publication date (GDELT does the same).
- Actor1Code / Actor2Code: country/IGO code + CAMEO sector ("PAKMIL"); Actor*Name:
  the actor's name (upper-cased, as GDELT prints it); Actor*CountryCode: the
  ISO3 code when it is a state code; Actor*Type1Code: the sector.
- IsRootEvent: 1 (we code the events of a sentence, not only its main clause).
- EventCode / EventBaseCode / EventRootCode: our CAMEO code, its 3-digit base, its root.
- QuadClass, GoldsteinScale: from the code book.
- NumMentions / NumSources / NumArticles: 1 per row (one article states it);
  AvgTone: empty (we do not compute tone).
- ActionGeo_FullName / ActionGeo_CountryCode / ActionGeo_Type: from the event's
  place (type 1 = country when the place is only a state, 4 = sub-national).
- DATEADDED: the publication moment in UTC (articles.published_at, GDELT's
  DATEADDED is UTC) as YYYYMMDDHHMMSS where the input stated a time and its
  offset, else the publication date as YYYYMMDD000000, else (an undated article)
  the moment the run that stored it started: strict GDELT loaders reject an
  empty DATEADDED; SOURCEURL: the article's URL, else its source path.

Left empty (we do not have them): KnownGroup, Ethnic, Religion codes, Type2/3
codes, Actor1Geo/Actor2Geo blocks, ADM1/ADM2 codes, latitude/longitude, FeatureID.
GDELT's own country codes are FIPS-like CAMEO codes; ours are ISO 3166-1 alpha-3,
which is what CAMEO uses for states.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crisislens.export.tables import column_types

GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
assert len(GDELT_COLUMNS) == 61

QUERY = """
SELECT e.*, a.published AS published, {published_at} AS published_at, a.url AS url, a.source AS article_source,
       r.started_at AS stored_at
FROM events e LEFT JOIN articles a ON a.id = e.article_id LEFT JOIN runs r ON r.id = a.run_id
ORDER BY e.date NULLS LAST, e.article_id, e.sent_start, e.id
"""


def _as_date(value: Any) -> date | None:
    if value is None or value != value:  # None or NaN/NaT
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code.isalpha() and code.isupper() and code not in {"NSG", "UNO", "IGO"}


def _actor_code(code: str | None, sector: str | None) -> str:
    return f"{code or ''}{sector or ''}"


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def event_id_number(event_id: str) -> int:
    """A positive 63-bit integer for our hex event id (GDELT ids are integers)."""
    try:
        return int(event_id[:15], 16)
    except (TypeError, ValueError):
        return 0


def date_added(published: date | None, stored_at: Any, when: date | None, published_at: Any = None) -> str:
    """DATEADDED (YYYYMMDDHHMMSS): the UTC publication moment, else the publication day,
    else when it was stored, else the event day.

    The last resort (no run row, no date at all: only hand-built stores) is the
    Unix epoch, a visible sentinel that keeps the export deterministic.
    """
    if isinstance(published_at, datetime) and published_at == published_at:  # a moment, not NaT
        return published_at.strftime("%Y%m%d%H%M%S")
    if published:
        return published.strftime("%Y%m%d") + "000000"
    if isinstance(stored_at, datetime) and stored_at == stored_at:  # not NaT
        return stored_at.strftime("%Y%m%d%H%M%S")
    return (when or date(1970, 1, 1)).strftime("%Y%m%d") + "000000"


def gdelt_row(ev: dict[str, Any]) -> list[str]:
    """One GDELT 2.0 row (61 strings) for an events-table row joined with its article."""
    when = _as_date(ev.get("date")) or _as_date(ev.get("published"))
    published = _as_date(ev.get("published"))
    code = _text(ev.get("cameo")) or _text(ev.get("cameo_root"))
    row = [""] * 61
    row[0] = str(event_id_number(_text(ev.get("id"))))
    if when:
        row[1] = when.strftime("%Y%m%d")
        row[2] = when.strftime("%Y%m")
        row[3] = str(when.year)
        row[4] = f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}"
    for base, side in ((5, "source"), (15, "target")):
        c, s = ev.get(f"{side}_code"), ev.get(f"{side}_sector")
        c = None if _text(c) == "" else str(c)
        s = None if _text(s) == "" else str(s)
        row[base] = _actor_code(c, s)
        row[base + 1] = _text(ev.get(f"{side}_name")).upper()
        row[base + 2] = c if _is_state(c) else ""
        row[base + 7] = s or ""
    row[25] = "1"
    row[26] = code
    row[27] = code[:3]
    row[28] = code[:2]
    row[29] = _text(ev.get("quad_class")).split(".")[0]
    gold = ev.get("goldstein")
    row[30] = "" if gold is None or gold != gold else f"{float(gold):g}"
    row[31] = row[32] = row[33] = "1"
    place, place_code = _text(ev.get("place")), _text(ev.get("place_code"))
    if place or place_code:
        row[51] = "1" if not place or place_code and place.upper() == place_code else "4"
        row[52] = place
        row[53] = place_code
    row[59] = date_added(published, ev.get("stored_at"), when, ev.get("published_at"))
    row[60] = _text(ev.get("url")) or _text(ev.get("article_source"))
    return [cell.replace("\t", " ").replace("\n", " ") for cell in row]


def write_gdelt(store: Any, out_path: str | Path) -> int:
    """Write every stored event as a GDELT 2.0 event row; returns the number of rows."""
    # articles.published_at (migration 005): NULL where an unmigrated read-only store lacks it
    have = {name for name, _ in column_types(store, "articles")}
    frame = store.df(QUERY.format(published_at="a.published_at" if "published_at" in have else "NULL"))
    rows = frame.to_dict("records")
    path = Path(out_path)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for ev in rows:
            writer.writerow(gdelt_row(ev))
    return len(rows)
