"""Metadata the source did not give: outlet, title, language, and the given values normalised.

Why: an analyst must know *how* each field was obtained, because a date read
from a dateline is sturdier than one guessed from the batch. Every inference
here returns its value together with one of the provenance constants of
:mod:`crisislens.model`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from importlib import resources
from urllib.parse import urlparse

from crisislens.ingest.dates import (
    DATELINE_AGENCY_ONLY,
    DATELINE_RUN_ON,
    DATELINE_WITH_DATE,
    parse_date,
)
from crisislens.model import FROM_DATELINE, FROM_TEXT, GIVEN, UNKNOWN, UTC_STAMP

# Detect language on the start of the text only: a few sentences are plenty for
# lingua, and its cost grows with the sample (measured on PolNeAR: ~1 ms per
# article at 1,000 characters, ~0.4 ms at 600), so it cannot dominate ingestion.
LANGUAGE_SAMPLE_CHARS = 600
# Below this many words lingua's fast mode guesses ("India condemned Pakistan." ->
# Turkish, confidence 0.73): such a text takes the batch's language instead.
MIN_LANGUAGE_WORDS = 8
# A first line is taken as a headline only when it is this short.
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
_LANGUAGES = (
    "ENGLISH", "URDU", "HINDI", "BENGALI", "PUNJABI", "ARABIC", "PERSIAN", "TURKISH",
    "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE", "ITALIAN", "DUTCH", "RUSSIAN",
    "UKRAINIAN", "POLISH", "CHINESE", "JAPANESE", "KOREAN", "INDONESIAN", "MALAY",
    "HEBREW", "TAMIL", "GREEK", "SWEDISH",
)
MAX_PERIOD_TITLE_WORDS = 20
_FINAL_PERIOD = re.compile(r"\.([\"”’']?)$")
_INNER_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"”’')]*\s+(?=[A-Z\"“‘'])")
_ISO_DATE = re.compile(r"^\s*((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
# An ISO stamp with a time of day and an offset ("2024-04-10T08:15:00+03:00", "...Z").
_ISO_MOMENT = re.compile(
    r"^\s*((?:19|20)\d\d-[01]\d-[0-3]\d)[T ]([0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?)\s*(Z|[+-][0-2]\d:?[0-5]\d)?\s*$",
    re.I,
)
# An RFC 822 stamp (RSS pubDate) states its time as hh:mm[:ss].
_RFC822_TIME = re.compile(r"\b[0-2]?\d:[0-5]\d(?::[0-5]\d)?\b")
# An unknown dateline credit is taken as an outlet name only when it is shaped like
# one ("Alliance News", "KUNA"), not like a party tag ("R-S.C.") or an aside.
_AGENCY_NAME = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]{2,6})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,6}|&|of)){0,4}$")


def _load_tsv(name: str) -> dict[str, str]:
    text = resources.files("crisislens.ingest").joinpath(f"data/{name}").read_text("utf-8")
    out: dict[str, str] = {}
    for raw in text.splitlines():
        if raw.strip() and not raw.startswith("#"):
            key, _, value = raw.partition("\t")
            out[key.strip().casefold()] = value.strip()
    return out


@cache
def agencies() -> dict[str, str]:
    """Agency names as written in datelines -> outlet name."""
    return _load_tsv("agencies.tsv")


@cache
def outlet_domains() -> dict[str, str]:
    """Web domain -> outlet name."""
    return _load_tsv("outlet_domains.tsv")


def outlet_from_agency(agency: str) -> str | None:
    """The outlet a dateline credit names: a known agency, or a name-shaped credit as written."""
    agency = " ".join(agency.split())
    known = agencies().get(agency.casefold())
    if known:
        return known
    return agency if _AGENCY_NAME.match(agency) else None


def outlet_from_url(url: str) -> str | None:
    """The outlet behind a URL: a known domain's name, else the bare domain."""
    try:
        host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    host = re.sub(r"^(www\d?|m|amp|mobile|edition|english|en)\.", "", host)
    if not host or "." not in host:
        return None
    domains = outlet_domains()
    parts = host.split(".")
    for i in range(len(parts) - 1):  # "sports.ndtv.com" -> "ndtv.com"
        name = domains.get(".".join(parts[i:]))
        if name:
            return name
    return host


def normalise_given_date(value: str) -> str | None:
    """A given publication date as ISO ``YYYY-MM-DD`` (ISO stamps, RFC 822, "May 8, 2025")."""
    m = _ISO_DATE.match(value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    d = parse_date(value[:60])
    return d.isoformat() if d else None


@dataclass(frozen=True)
class GivenTime:
    """A given publication stamp with a time of day, parsed once: its wall-clock time as
    written and its UTC offset, None when the stamp states none (its zone is unknown)."""

    local: datetime  # naive: the clock time the stamp shows
    offset: timedelta | None

    @property
    def day(self) -> str:
        """The day as the stamp writes it (its local day)."""
        return self.local.date().isoformat()

    @property
    def utc(self) -> str | None:
        """The UTC moment ``YYYY-MM-DDTHH:MM:SSZ``, None when the offset is unknown: the claim
        linker orders two reports of one day by this moment, so a guessed zone is worse than none."""
        if self.offset is None:
            return None
        return (self.local - self.offset).strftime(UTC_STAMP)

    @property
    def local_text(self) -> str:
        return self.local.strftime(LOCAL_STAMP)

    @property
    def offset_text(self) -> str:
        """"+03:00", "+00:00", or OFFSET_UNKNOWN."""
        if self.offset is None:
            return OFFSET_UNKNOWN
        minutes = int(self.offset.total_seconds() // 60)
        sign, minutes = ("-", -minutes) if minutes < 0 else ("+", minutes)
        return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


LOCAL_STAMP = "%Y-%m-%dT%H:%M:%S"
OFFSET_UNKNOWN = "unknown"


def given_time(value: str | None) -> GivenTime | None:
    """A given publication stamp with a time of day (ISO 8601 or RFC 822), or None for a day
    alone (no invented midnight) or no stamp. The offset is None when the stamp states none,
    or writes RFC 822's "-0000" (local time, offset unknown)."""
    if not value:
        return None
    moment = _iso_moment(value) if _ISO_MOMENT.match(value) else _rfc822_moment(value)
    if moment is None:
        return None
    offset = moment.utcoffset()
    return GivenTime(moment.replace(tzinfo=None), offset)


def _iso_moment(value: str) -> datetime | None:
    """An ISO 8601 stamp with a time (aware when it names an offset, else naive)."""
    m = _ISO_MOMENT.match(value)
    if m is None:
        return None
    zone = "" if m.group(3) is None else "+00:00" if m.group(3).upper() == "Z" else m.group(3)
    try:
        return datetime.fromisoformat(f"{m.group(1)}T{m.group(2).replace(',', '.')}{zone}")
    except ValueError:
        return None


def _rfc822_moment(value: str) -> datetime | None:
    """An RFC 822 stamp ("Wed, 10 Apr 2024 08:15:00 +0300") with a stated time; the parser
    gives a naive moment for "-0000" or no zone (offset unknown)."""
    if not _RFC822_TIME.search(value):
        return None
    try:
        return parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None


def normalise_language(value: str) -> str | None:
    """ISO 639-1 from "en", "en-US", "eng" or "English"."""
    v = value.strip().lower().replace("_", "-")
    if re.fullmatch(r"[a-z]{2}(-[a-z0-9]+)*", v):
        return v[:2]
    from lingua import IsoCode639_3, Language

    try:
        if len(v) == 3:
            return Language.from_iso_code_639_3(IsoCode639_3.from_str(v)).iso_code_639_1.name.lower()
        return Language.from_str(v).iso_code_639_1.name.lower()
    except ValueError:
        return None


@cache
def _detector():  # noqa: ANN202 - lingua's LanguageDetector
    """Built once per process: lingua loads its models on first use."""
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _LANGUAGES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (from its first ~1,000 characters), or None."""
    sample = text[:LANGUAGE_SAMPLE_CHARS].rsplit(" ", 1)[0] if len(text) > LANGUAGE_SAMPLE_CHARS else text
    if len(sample.split()) < MIN_LANGUAGE_WORDS:
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def title_from_text(clean_text: str) -> str | None:
    """The first line when it reads like a headline: short, text follows, no final period
    (unless it stands alone as one short sentence)."""
    first, sep, rest = clean_text.strip().partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first:
        return None
    words = first.split()
    if len(words) < 3 or len(words) > MAX_TITLE_WORDS or len(first) > MAX_TITLE_CHARS:
        return None
    if DATELINE_WITH_DATE.match(first) or DATELINE_AGENCY_ONLY.match(first):
        return None
    if first.endswith((",", ";", ":")):
        return None
    if _FINAL_PERIOD.search(first):
        # Some archives add a period to the headline line; accept it only for a short,
        # single-sentence line standing as its own paragraph, and drop the period.
        if len(words) > MAX_PERIOD_TITLE_WORDS or not rest.startswith("\n") or _INNER_BREAK.search(first):
            return None
        first = _FINAL_PERIOD.sub(lambda m: m.group(1), first)
    return first


def infer_language(given: str | None, clean_text: str) -> tuple[str | None, str]:
    """Language with its provenance: the given one when it reads as a code, else detected."""
    if given:
        code = normalise_language(given)
        if code:
            return code, GIVEN
    code = detect_language(clean_text)
    return code, (FROM_TEXT if code else UNKNOWN)


def infer_outlet(
    given: str | None, agency: str | None, url: str | None
) -> tuple[str | None, str, str | None]:
    """Outlet, provenance, and a note saying where an inferred outlet came from."""
    if given:
        return given, GIVEN, None
    if agency:
        name = outlet_from_agency(agency)
        if name:
            return name, FROM_DATELINE, None
    if url:
        name = outlet_from_url(url)
        if name:
            return name, FROM_TEXT, "outlet inferred from the URL's domain"
    return None, UNKNOWN, None



# A wire credit on a line of its own ("AFP", "(Reuters)", "— AP", "Agence France-Presse") is read
# among the first CREDIT_LINES lines after the headline and the last CREDIT_LINES lines of the text.
CREDIT_LINES = 2
_CREDIT_LINE = re.compile(r"^\s*(?:[–—-]+\s*)?\(?(?P<name>[^()\n]{2,40}?)\)?\s*$")
# A headline that ends with an agency's name after a dash ("... border clashes - Reuters").
_HEADLINE_CREDIT = re.compile(r"\s[–—-]\s*(?P<name>[^–—\-\n]{2,40}?)\s*$")
# A dateline's credit: a parenthesis before the dash that opens the lead ("PARIS/BERLIN, May 2
# (Reuters) -"), read after a place and date of any shape (dates.find_dateline reads fewer).
_DATELINE_CREDIT = re.compile(r"^[^()\n]{2,60}?\((?P<name>[A-Z][\w&.'’ -]{1,40}?)\)\s*(?:[–—:]|-{1,2}\s)")


def wire_credit(text: str) -> str | None:
    """The agency a wire credit names (the outlet name of agencies.tsv, or a name-shaped dateline
    credit as written), read from the article's original text (the cleaner drops a bare "AFP"
    line as furniture); None without a credit.

    Why: a paper that republishes an agency's report prints it under its own masthead with the
    agency's credit (the dateline's "(Reuters)", an "AFP" line under the headline, "(AP)" at the
    end); the writing, its manner and its voices, are the agency's, and the story linker keeps one
    writer's reports of different days apart (link.stories, own_outlet_same_day), which must hold
    for the copy whether or not the agency's own report arrived first. Read where credits stand:
    the dateline, the headline's end, or a line of its own just under the headline or at the end.
    A bare line or a headline's end counts only when it is a known agency (a short line is too
    often a section, a byline or a name); a dateline's parenthesis is a credit by its place."""
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()]
    for line in lines[:1 + DATELINE_CREDIT_LINES]:
        m = _DATELINE_CREDIT.match(line)
        if m and (name := outlet_from_agency(m.group("name"))):
            return name
        run_on = DATELINE_RUN_ON.match(line)  # "Srinagar, Sep 28 (PTI) Police ...": a known agency only
        if run_on and (known := agencies().get(" ".join(run_on.group("agency").split()).casefold())):
            return known
    head = _HEADLINE_CREDIT.search(lines[0]) if lines else None
    bare = (m.group("name") for ln in (*lines[1:1 + CREDIT_LINES], *lines[-CREDIT_LINES:])
            if (m := _CREDIT_LINE.match(ln)))
    for candidate in ([head.group("name")] if head else []) + list(bare):
        known = agencies().get(" ".join(candidate.split()).casefold())
        if known:
            return known
    return None


DATELINE_CREDIT_LINES = 3  # lines after the headline a dateline may stand on (a byline, a place line)


def writer_of(outlet: str | None, text: str) -> str | None:
    """The outlet whose writing an article is: the agency its credit names (``wire_credit``), else
    its own outlet; an agency's short form spelled out ("AFP" -> "Agence France-Presse") so that an
    agency's own report and a paper's copy of it name one writer. A credit that is the outlet's own
    name or its short form ("(Globe)" in the Globe Tribune's own reports) is the outlet."""
    own = agencies().get(" ".join(outlet.split()).casefold(), outlet) if outlet else None
    credit = wire_credit(text)
    if credit is None or own is None:
        return credit or own
    a, b = credit.casefold().split(), own.casefold().split()
    n = min(len(a), len(b))
    return own if a[:n] == b[:n] else credit
