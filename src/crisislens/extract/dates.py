"""Resolve the date an event happened from its sentence and the publication date.

News reports date events relative to the day they are published ("early on
Wednesday", "yesterday", "last month") far more often than absolutely. We find
the phrase with spaCy's DATE/TIME entities, resolve the relative forms with
small explicit rules (so "Wednesday" in a Thursday article is the day before,
not the next Wednesday dateparser would pick for a future-looking sentence),
and hand absolute phrases only to dateparser with the publication date as its
base. Anything we cannot pin down gives None: defaulting to the publication
date would silently assert a date the text never stated.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from spacy.tokens import Span

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

# Words that make a weekday or month point forward from the publication date.
FUTURE_CUES = {"next", "coming", "upcoming", "following", "will", "shall", "scheduled", "due"}
SAME_DAY = ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today")
PREVIOUS_DAY = ("yesterday", "last night", "overnight")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# "May 7-10", "May 7 to 10", "7-10 May", "May 7, 2025"
MONTH_DAY = re.compile(
    rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*(?:-|–|to|and|through)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\b(?:,?\s+(?P<year>\d{{4}}))?",
    re.I,
)
DAY_MONTH = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?(?P<mon>{_MONTH_RE})\b\.?(?:,?\s+(?P<year>\d{{4}}))?",
    re.I,
)
MONTH_YEAR = re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?\b", re.I)
ISO_DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
YEAR_ONLY = re.compile(r"^(?:in\s+|the\s+year\s+)?(?P<year>(?:19|20)\d{2})$", re.I)
AGO = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
                 r"(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|before)\b", re.I)
RELATIVE_UNIT = re.compile(r"\b(?P<which>last|this|next|past|previous)\s+(?P<unit>week|month|year)\b", re.I)
WEEKDAY_RE = re.compile(r"\b(?P<day>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.I)


@dataclass(frozen=True)
class DateResolution:
    """A resolved date or date range (ISO strings) and the phrase it came from."""

    start: str
    end: str | None
    text: str


def _parse_iso(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _closest_year(month: int, day: int, pub: date, forward: bool) -> int:
    """Year for a month/day with no year: the one that puts it nearest the publication date.

    Reports mostly look back, so a date up to ~two months ahead of publication
    stays in the same year only when the sentence looks forward.
    """
    year = pub.year
    cand = _safe_date(year, month, day if month != 2 or day <= 28 else 28)
    if cand is None:
        return year
    if cand - pub > timedelta(days=60 if forward else 31):
        return year - 1
    if pub - cand > timedelta(days=300):
        return year + 1
    return year


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _iso(d: date) -> str:
    return d.isoformat()


def _resolution(start: date, end: date | None, text: str) -> DateResolution:
    return DateResolution(_iso(start), _iso(end) if end and end != start else None, text)


# A step returns a resolution, None (not this form: try the next) or STOP (this form, but no date).
STOP = object()


def _iso_step(phrase: str) -> object:
    m = ISO_DATE.search(phrase)
    if not m:
        return None
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _resolution(d, None, phrase) if d else STOP


def _month_day_step(phrase: str, pub: date | None, forward: bool) -> object:
    """ "May 7", "7-10 May", "May 7, 2025": a day (or range) of a named month."""
    for rx in (MONTH_DAY, DAY_MONTH):
        m = rx.search(phrase)
        if not m:
            continue
        month = MONTHS[m["mon"].lower().rstrip(".")]
        d1 = int(m["d1"])
        d2 = int(m["d2"]) if m["d2"] else None
        if m["year"]:
            year = int(m["year"])
        elif pub:
            year = _closest_year(month, d1, pub, forward)
        else:
            return STOP
        start = _safe_date(year, month, d1)
        end = _safe_date(year, month, d2) if d2 else None
        if start is None or (d2 and (end is None or end < start)):
            return STOP
        return _resolution(start, end, phrase)
    return None


def _deictic_step(phrase: str, low: str, words: set[str], pub: date) -> object:
    """today / this morning, yesterday / last night, tomorrow."""
    if any(p in low for p in SAME_DAY) or low in {"now", "this morning", "today"}:
        return _resolution(pub, None, phrase)
    if any(p in low for p in PREVIOUS_DAY):
        return _resolution(pub - timedelta(days=1), None, phrase)
    if "tomorrow" in words:
        return _resolution(pub + timedelta(days=1), None, phrase)
    return None


def _shift_month(pub: date, shift: int) -> tuple[date, date]:
    y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
    return _month_range(y, mo + 1)


def _ago_step(phrase: str, low: str, pub: date) -> object:
    """ "three days ago", "two weeks earlier"."""
    m = AGO.search(low)
    if not m:
        return None
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
    unit = m["unit"]
    if unit == "day":
        return _resolution(pub - timedelta(days=n), None, phrase)
    if unit == "week":
        return _resolution(pub - timedelta(weeks=n), None, phrase)
    if unit == "month":
        return _resolution(*_shift_month(pub, -n), phrase)
    return _resolution(date(pub.year - n, 1, 1), date(pub.year - n, 12, 31), phrase)


def _relative_unit_step(phrase: str, low: str, words: set[str], pub: date) -> object:
    """ "last week", "this month", "next year" (not "the past two weeks")."""
    m = RELATIVE_UNIT.search(low)
    if not m or ({"past"} & words and m["unit"] != "year" and "the" in words):
        return None
    shift = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[m["which"].lower()]
    unit = m["unit"].lower()
    if unit == "month":
        return _resolution(*_shift_month(pub, shift), phrase)
    if unit == "year":
        y = pub.year + shift
        return _resolution(date(y, 1, 1), date(y, 12, 31), phrase)
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
    return _resolution(monday, monday + timedelta(days=6), phrase)


def _weekday_step(phrase: str, words: set[str], pub: date, forward: bool) -> object:
    """A weekday: the latest one on or before publication, or the next one when the sentence looks ahead."""
    m = WEEKDAY_RE.search(phrase)
    if not m:
        return None
    wd = WEEKDAYS[m["day"].lower().rstrip(".")]
    if forward:
        delta = (wd - pub.weekday()) % 7
        if "next" in words and delta == 0:
            delta = 7
        return _resolution(pub + timedelta(days=delta), None, phrase)
    delta = (pub.weekday() - wd) % 7
    if "last" in words and delta == 0:
        delta = 7
    return _resolution(pub - timedelta(days=delta), None, phrase)


def _month_year_step(phrase: str, low: str, pub: date | None, forward: bool) -> object:
    """ "2024", "in 2024", "May 2025", "last May" (a bare "may" is the modal, not the month)."""
    m = YEAR_ONLY.match(low)
    if m:
        y = int(m["year"])
        return _resolution(date(y, 1, 1), date(y, 12, 31), phrase)
    m = MONTH_YEAR.search(phrase)
    if not m or (m["mon"] == "may" and not m["year"]):
        return None
    month = MONTHS[m["mon"].lower().rstrip(".")]
    if m["year"]:
        year = int(m["year"])
    elif pub:
        year = _closest_year(month, 1, pub, forward)
        if not forward and date(year, month, 1) > pub:
            year -= 1
    else:
        return STOP
    return _resolution(*_month_range(year, month), phrase)


def resolve_text(text: str, published: str | None, forward: bool = False) -> DateResolution | None:
    """Resolve one date phrase (not a whole sentence) against the publication date.

    ``forward``: the sentence is about the future ("will meet on Sunday"), so
    weekdays and bare months point ahead of the publication date. The forms
    are tried from the most to the least explicit; the first that applies decides.
    """
    if not text or not text.strip():
        return None
    phrase = " ".join(text.split())
    low = phrase.lower()
    pub = _parse_iso(published)
    words = set(re.findall(r"[a-z]+", low))
    forward = forward or bool(words & {"next", "coming", "upcoming"})
    steps = [lambda: _iso_step(phrase), lambda: _month_day_step(phrase, pub, forward)]
    if pub is not None:
        steps += [
            lambda: _deictic_step(phrase, low, words, pub),
            lambda: _ago_step(phrase, low, pub),
            lambda: _relative_unit_step(phrase, low, words, pub),
            lambda: _weekday_step(phrase, words, pub, forward),
        ]
    steps.append(lambda: _month_year_step(phrase, low, pub, forward))
    for step in steps:
        got = step()
        if got is STOP:
            return None
        if got is not None:
            return got
    return _dateparser_fallback(phrase, pub)


@cache
def _dateparser():
    """Import dateparser lazily: it is slow to import and only needed for rare forms."""
    try:
        import dateparser

        return dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None


def _dateparser_fallback(phrase: str, pub: date | None) -> DateResolution | None:
    """Absolute phrases our rules did not catch ("1 May 2025" variants, "May 1st, 2025")."""
    if not re.search(r"\d", phrase):
        return None  # without a number only our rules above are trustworthy
    if not re.search(rf"\b(?:{_MONTH_RE})\b|\d{{1,4}}[/.-]\d{{1,2}}", phrase, re.I):
        return None  # a bare number ("the 99th", "24 hours") is not a date
    dp = _dateparser()
    if dp is None:
        return None
    settings: dict = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    elif not re.search(r"\b\d{4}\b", phrase):
        return None
    try:
        parsed = dp.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if parsed is None:
        return None
    return _resolution(parsed.date(), None, phrase)


def _looks_forward(sent: Span) -> bool:
    """True when the sentence speaks of the future ("will meet on Sunday", "next week")."""
    for tok in sent:
        if tok.lower_ in FUTURE_CUES and tok.lower_ not in {"following"}:
            return True
        if tok.tag_ == "MD" and tok.lower_ in {"will", "shall", "'ll"}:
            return True
    return False


def date_phrases(span: Span) -> list[Span]:
    """DATE/TIME entities inside ``span`` (or ``span`` itself when it is one)."""
    if getattr(span, "label_", "") in {"DATE", "TIME"}:
        return [span]
    try:
        return [e for e in span.ents if e.label_ in {"DATE", "TIME"}]
    except (AttributeError, ValueError):
        return []


def resolve_date(phrase_or_sentence: Span, published: str | None) -> DateResolution | None:
    """The first resolvable date in a phrase or sentence, or None.

    DATE entities come before TIME ones ("at 1 a.m. on Wednesday" resolves from
    "Wednesday"); a TIME entity counts only when it names a day ("this
    morning", "last night").
    """
    try:
        phrases = date_phrases(phrase_or_sentence)
        if not phrases:
            return None
        sent = phrase_or_sentence.sent if len(phrase_or_sentence) else phrase_or_sentence
    except (AttributeError, ValueError):
        return None
    forward = _looks_forward(sent)
    ordered = [p for p in phrases if p.label_ == "DATE"] + [p for p in phrases if p.label_ == "TIME"]
    for phrase in ordered:
        res = resolve_text(_with_context(phrase), published, forward=forward)
        if res is not None:
            return res
    return None


def _with_context(phrase: Span) -> str:
    """The entity text plus a directly preceding "last"/"next"/"this" the NER left outside."""
    doc = phrase.doc
    text = phrase.text
    if phrase.start > 0 and doc[phrase.start - 1].lower_ in {"last", "next", "this", "early", "late"}:
        text = f"{doc[phrase.start - 1].text} {text}"
    return text


def reference_date(text: str) -> str | None:
    """The latest full date (with its year) written in a text, as ISO, or None.

    When an article's publication date is unknown, relative phrases ("on
    Wednesday", "yesterday") can still be resolved against the news day the
    article itself names ("strikes on May 7, 2025"): reports are written within
    days of the latest full date they state. Dates without a year are not used:
    their year would be a guess.
    """
    best: date | None = None
    try:
        for rx in (MONTH_DAY, DAY_MONTH):
            for m in rx.finditer(text or ""):
                if not m["year"]:
                    continue
                year = int(m["year"])
                if not 1900 <= year <= 2100:
                    continue
                d = _safe_date(year, MONTHS[m["mon"].lower().rstrip(".")], int(m["d2"] or m["d1"]))
                if d is not None and (best is None or d > best):
                    best = d
        for m in ISO_DATE.finditer(text or ""):
            d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if d is not None and 1900 <= d.year <= 2100 and (best is None or d > best):
                best = d
    except (TypeError, ValueError, KeyError):
        return None
    return best.isoformat() if best else None
