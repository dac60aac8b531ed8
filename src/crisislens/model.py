"""Records shared by every stage of crisislens.

Every fact record (Event, Quote, Claim, Mention) carries its evidence flat: the
article id and the character span of its sentence in the article's *original*
text (``sent_start``/``sent_end``) plus that sentence verbatim. Extractors work
on the cleaned text that spaCy parsed; they convert cleaned offsets to original
offsets with :meth:`Article.to_original` before building a record, so that a
user can always go back to the exact characters the outlet published.

Records are plain dataclasses: ``dataclasses.asdict`` gives the row that the
store writes (lists and dicts become JSON columns), and they pickle cleanly
across worker processes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache

# How a metadata field was obtained.
GIVEN = "given"
FROM_DATELINE = "inferred-from-dateline"
FROM_TEXT = "inferred-from-text"
FROM_BATCH = "inferred-from-batch"
FROM_OPTION = "from-option"
UNKNOWN = "unknown"

# Event modality.
ASSERTED = "asserted"
NEGATED = "negated"
HYPOTHETICAL = "hypothetical"
FUTURE = "future"

CLAIM_CATEGORIES = (
    "killed",
    "injured",
    "aircraft_downed",
    "drones_downed",
    "missiles",
    "sites_struck",
    "detained",
    "displaced",
    "other",
)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case and strip diacritics, so Erdoğan/Erdogan and Türkiye/Turkiye compare equal.

    Cached: resolvers fold the same few hundred names again for every mention, which made
    actor resolution grow faster than the article (1.26 million calls on 300 KB)."""
    text = text.replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def stable_id(*parts: object, length: int = 16) -> str:
    """A short deterministic id: the same inputs give the same id in every run and process."""
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass
class Article:
    """One news article as ingested: original text, cleaned text and the map between them.

    ``offset_map`` is a sorted list of ``(clean_start, orig_start, length)``
    segments: the cleaned text is the concatenation of those slices of the
    original (cleaning only removes whole lines or runs of characters, it never
    rewrites characters), so any cleaned offset maps back exactly.
    """

    id: str
    doc_name: str  # base name of the source file, or the URL / "stdin:N" when there was no file
    source: str  # the path (or URL, or "-") it was read from
    text: str  # original text as read (decoded)
    clean_text: str
    offset_map: list[tuple[int, int, int]] = field(default_factory=list)
    url: str | None = None
    outlet: str | None = None
    outlet_how: str = UNKNOWN
    title: str | None = None
    title_how: str = UNKNOWN
    published: str | None = None  # ISO date YYYY-MM-DD
    published_how: str = UNKNOWN
    language: str | None = None  # ISO 639-1
    language_how: str = UNKNOWN
    # spans of the cleaned text that are the text of an embedded social-media post
    embedded_posts: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # messages about this article (warnings)
    # the publication moment in UTC, ISO 8601 "YYYY-MM-DDTHH:MM:SSZ", when the input gives
    # a time with an offset; None for a day only (``published`` keeps the day either way)
    published_at: str | None = None
    # the publication time as the input wrote it: its wall-clock time ("YYYY-MM-DDTHH:MM:SS")
    # and UTC offset ("+03:00"), the offset "unknown" when the stamp has none (then
    # ``published_at`` stays None); both None for a day only
    published_local: str | None = None
    published_offset: str | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``clean_text`` to the same characters in ``text``."""
        return self.original_offset(start), self.original_offset(end, is_end=True)

    def original_offset(self, pos: int, is_end: bool = False) -> int:
        if not self.offset_map:
            return pos
        starts = [seg[0] for seg in self.offset_map]
        i = bisect_right(starts, pos) - 1
        if is_end and i > 0 and pos == self.offset_map[i][0]:
            # an end offset on a segment boundary belongs to the previous segment
            i -= 1
        i = max(i, 0)
        clean_start, orig_start, length = self.offset_map[i]
        return orig_start + min(max(pos - clean_start, 0), length)

    def in_embedded_post(self, start: int, end: int) -> bool:
        """True when the cleaned span lies inside an embedded social-media post."""
        return any(s <= start and end <= e for s, e in self.embedded_posts)

    @property
    def words(self) -> int:
        return len(self.clean_text.split())


@dataclass
class Actor:
    """A canonical actor: a person, a body, a state, an armed group, or a role without a name.

    ``id`` is deterministic (see ``crisislens.actors``) so the same actor found
    in two articles, or two worker processes, gets the same id and the store
    merges them.
    """

    id: str
    name: str | None  # None for a role-only actor ("Türkiye's foreign minister")
    code: str | None  # ISO alpha-3, IGO code, "NSG", or None
    sector: str | None  # CAMEO agent code: GOV, MIL, DIP, SPY, MED, IGO, NSG, CVL, ...
    kind: str  # person | organization | state | group | role
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    # how the code and sector were decided ("dictionary (petrarch2:Countries): USAGOV in force",
    # "inferred: holder of chancellor (DEU) on 2025-05-10"); empty when the text says it all
    how: str = ""


@dataclass
class Mention:
    """One place an article names an actor (offsets in the original text)."""

    article_id: str
    actor_id: str
    start: int
    end: int
    text: str
    how: str  # name | surname | title+surname | role | pronoun | demonym | capital | alias | gazetteer
    sent_start: int
    sent_end: int


@dataclass
class Event:
    """Who did what to whom, when, where: one (source, target) pair, CAMEO and PLOVER coded."""

    id: str
    article_id: str
    source_actor_id: str | None
    source_name: str | None
    source_code: str | None
    source_sector: str | None
    target_actor_id: str | None
    target_name: str | None
    target_code: str | None
    target_sector: str | None
    cameo: str | None  # most specific code the text supports, e.g. "195"
    cameo_root: str  # "01" .. "20"
    plover: str | None  # PLOVER event type
    plover_mode: str | None
    goldstein: float | None
    quad_class: int | None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    predicate: str  # the words that triggered the code ("shot down", "strikes on")
    date: str | None  # ISO date the event happened (start of range)
    date_end: str | None  # end of a range ("May 7-10"), else None
    date_text: str | None  # the phrase the date was resolved from
    place: str | None
    place_code: str | None  # state the place lies in
    claimant_actor_id: str | None
    claimant_name: str | None
    modality: str  # asserted | negated | hypothetical | future
    sent_start: int
    sent_end: int
    sentence: str
    # how the code was found: "dictionary" (a lexicon pattern), "rule:<name>" (a refinement),
    # "nearest:<lemma>" (word-vector back-off to the nearest dictionary verb)
    how: str = "dictionary"
    # how the date was found: own (a time phrase governing the predicate), tense (a present /
    # present-perfect report: the publication day), paragraph, headline, incident, main; None: undated
    date_how: str | None = None

    @property
    def negated(self) -> bool:
        return self.modality == NEGATED


@dataclass
class Quote:
    """Words attributed to a speaker, direct (in quotation marks) or reported."""

    id: str
    article_id: str
    speaker_actor_id: str | None  # None: the text names no speaker
    speaker_name: str | None
    speaker_code: str | None
    direct: bool
    text: str  # the quoted words (direct) or the reported content (indirect), verbatim
    text_start: int  # original-text offsets of ``text``
    text_end: int
    cue: str | None  # said, told, according to, posted, ...
    addressee: str | None  # "TRT World" in "told TRT World"
    medium: str | None  # "X", "a statement", "an interview with CNN"
    embedded_post: bool  # the quote sits in an embedded social-media post
    sent_start: int
    sent_end: int
    sentence: str


@dataclass
class Claim:
    """A number someone asserts about the world, with what it counts and who asserts it."""

    id: str
    article_id: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None  # at least, over, approximately, up to, ...
    number_text: str  # the number as written ("over two dozen")
    what: str  # the counted noun phrase ("civilians killed")
    category: str  # one of CLAIM_CATEGORIES
    subject_code: str | None  # whose people or things are counted
    claimant_actor_id: str | None  # None: the outlet's own voice
    claimant_name: str | None
    claimant_code: str | None
    quote_id: str | None  # the quote the number sits in, if any
    date: str | None  # the day the count refers to
    sent_start: int
    sent_end: int
    sentence: str


@dataclass
class ArticleAnalysis:
    """Everything the per-article stage returns for one article (a pure function of it)."""

    article_id: str
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # for the user, each naming the file
    notes: list[str] = field(default_factory=list)  # the same, stored with the article (no file name)
    skipped: bool = False  # True when the English extractors did not run (language, empty)


UTC_STAMP = "%Y-%m-%dT%H:%M:%SZ"


def utc_stamp(value: object) -> str | None:
    """A stored publication moment (a naive UTC datetime, as DuckDB and Arrow give a
    TIMESTAMP back, or the stamp text itself) as the one ISO form ``Article.published_at``
    holds, so an article read back from the store or a shard equals the one ingested."""
    if value is None or value != value:  # None, NaN or NaT: no moment
        return None
    if isinstance(value, datetime):
        return value.strftime(UTC_STAMP)
    if isinstance(value, date):  # a day alone is no moment
        return None
    text = str(value).strip()
    return text or None


def field_names(cls: type) -> list[str]:
    """Column names of a record type, in declaration order (the store's column order)."""
    return [f.name for f in fields(cls)]


@dataclass
class InputProblem:
    """An input that could not be (fully) read: one clear reason, naming the file."""

    source: str
    reason: str
    line: int | None = None  # line number for JSON Lines / header problems
    fatal: bool = True  # False: the article was still stored (e.g. invalid UTF-8 replaced)

    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"
