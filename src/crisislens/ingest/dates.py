"""Publication dates and outlets read from the article's own words.

Why: many inputs (pasted text, scraped bodies) come without metadata, yet every
relative date an extractor resolves ("on Wednesday") hangs on the publication
date. Wire and newspaper copy states it in a *dateline* ("ISLAMABAD, May 8
(Alliance News) –", "New Delhi, May 1:"), usually without a year; the year then
comes from full dates in the text ("May 7, 2025"), or from the rest of the batch.

Only the date phrase is handed to dateparser, with a fixed relative base and a
required day, month and year, so nothing defaults silently to today.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import dateparser

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_DAY = rf"(?:{_MONTHS}\s+\d{{1,2}}(?!\d)|\d{{1,2}}\s+{_MONTHS})"
_YEAR = r"(?:19|20)\d\d"
# "May 7, 2025", "7 May 2025", "May 7 2025" (and ISO "2025-05-07")
FULL_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+{_YEAR}"
    rf"|{_YEAR}-[01]\d-[0-3]\d)\b"
)
_PLACE = r"[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}"
_AGENCY = r"\((?P<agency>[A-Z][\w&.'’ -]{0,40}?)\)"
_DASH = r"(?:[–—:]|-{1,2}(?=\s))"
# "ISLAMABAD, May 8 (Alliance News) –", "New Delhi, May 1:", "LONDON, 8 May 2025 (Reuters) -"
DATELINE_WITH_DATE = re.compile(
    rf"^\s*(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?)\s*,\s*"
    rf"(?P<date>{_MONTH_DAY}(?:,?\s+{_YEAR})?)\s*(?:{_AGENCY})?\s*{_DASH}"
)
# "Srinagar, Sep 28 (PTI) Police have ...": some agencies' copy runs the lead on after the
# credit with no dash. Without the dash the parenthesis alone marks the dateline, so it must be
# a known agency (``find_dateline`` checks agencies.tsv) and a sentence must start after it;
# an aside ("In Paris, May 3 (Friday) Macron said") is no credit.
DATELINE_RUN_ON = re.compile(
    rf"^\s*(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?)\s*,\s*"
    rf"(?P<date>{_MONTH_DAY}(?:,?\s+{_YEAR})?)\s*{_AGENCY}\s+(?=[A-Z0-9\"“‘'])"
)
# "WASHINGTON (AP) —": an agency but no date
DATELINE_AGENCY_ONLY = re.compile(rf"^\s*(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?)\s*{_AGENCY}\s*{_DASH}")
# "Published: May 8, 2025", "Updated on 8 May 2025 10:12 PM"
PUBLISHED_LINE = re.compile(
    r"^\s*(?:published|posted|first published|updated|last updated)(?:\s+on)?\s*:?\s*(?P<date>.{6,40}?)\s*$",
    re.I,
)
# How far into the cleaned text a dateline may sit (after a headline and a byline).
DATELINE_WINDOW_LINES = 4

_FIXED_BASE = datetime(2000, 1, 1)  # only used to keep dateparser away from "today"
# A year written out: four digits, or the two-digit year of a numeric date ("8/5/25").
_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)")
_DP_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": _FIXED_BASE,
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: month/day (year when written), the place, the agency."""

    month_day: str | None  # the date phrase, e.g. "May 8"
    year: int | None
    place: str
    agency: str | None


@lru_cache(maxsize=4096)
def parse_date(phrase: str) -> date | None:
    """Parse one complete date phrase (day, month and year all written) with dateparser.

    A phrase that writes no year ("today", "yesterday", "2 days ago") is not a date
    here: dateparser would resolve it against its fixed base and give 2000-01-01.
    """
    phrase = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", phrase.strip().rstrip("."))
    if not _WRITTEN_YEAR.search(phrase):
        return None
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=_DP_SETTINGS)
    except (ValueError, OverflowError, TypeError):  # dateparser raises on odd inputs
        return None
    return parsed.date() if parsed else None


def with_year(month_day: str, year: int) -> date | None:
    """Complete a dateline's month and day with a year inferred elsewhere."""
    return parse_date(f"{month_day} {year}")


def find_dateline(clean_text: str) -> Dateline | None:
    """The dateline in the first lines of the cleaned text, if there is one."""
    lines = [ln for ln in clean_text.split("\n") if ln.strip()][:DATELINE_WINDOW_LINES]
    for line in lines:
        m = DATELINE_WITH_DATE.match(line) or _run_on_dateline(line)
        if m:
            phrase = m.group("date")
            ym = re.search(_YEAR, phrase)
            md = re.sub(rf",?\s*{_YEAR}$", "", phrase).strip()
            return Dateline(md, int(ym.group()) if ym else None, m.group("place"), m.group("agency"))
        m = DATELINE_AGENCY_ONLY.match(line)
        if m:
            return Dateline(None, None, m.group("place"), m.group("agency"))
    return None


def _run_on_dateline(line: str) -> re.Match[str] | None:
    """A dateline whose lead runs on after a known agency's credit, with no dash."""
    from crisislens.ingest.metadata import agencies  # metadata imports this module

    m = DATELINE_RUN_ON.match(line)
    if m and " ".join(m.group("agency").split()).casefold() in agencies():
        return m
    return None


def find_published_line(text: str) -> date | None:
    """A "Published: <date>" line near the top of a page (scraped text keeps them)."""
    for line in text.split("\n")[:15]:
        m = PUBLISHED_LINE.match(line)
        if m:
            d = FULL_DATE.search(m.group("date"))
            if d and (parsed := parse_date(d.group())):
                return parsed
    return None


def full_dates(text: str) -> list[date]:
    """Every complete, valid date written in ``text`` (day, month and year), in order."""
    out: list[date] = []
    for m in FULL_DATE.finditer(text):
        d = parse_date(m.group())
        if d is not None:
            out.append(d)
    return out


def year_from_text(text: str) -> int | None:
    """The year the text's full dates are mostly in (latest year on a tie)."""
    counts = Counter(d.year for d in full_dates(text))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))
