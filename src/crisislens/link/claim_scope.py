"""What a count's words say about its scope, for the claim groups (``link.claims``).

Three readings, each from English grammar, with their phrases kept as data:

* a count that a copula puts "among" a larger count ("four children were among the dead") is
  part of that toll, not a rival figure for it (``part_after``);
* a place named as the occasion of a statement ("at a briefing in X", "speaking to reporters
  outside X") is where someone spoke, not where a count happened (``speech_settings``);
* a denial's zero ("no military facilities were targeted") denies the thing its noun phrase
  names; it is a figure against another side's count of that same thing, not against any
  count of its category (``counted_nouns``, used by ``claims._denials_apart``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from crisislens.link.common import clean
from crisislens.link.vectors import content_words
from crisislens.model import fold


@cache
def pattern_lines(name: str) -> tuple[str, ...]:
    """The first column of a link/data pattern file, '#' lines (the source, the header) skipped."""
    text = resources.files("crisislens.link").joinpath("data", name).read_text("utf-8")
    return tuple(ln.split("\t")[0].strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@cache
def _part_after() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in pattern_lines("claim_part_after.tsv")), re.I)


def part_after(sentence: object, number_text: object) -> bool:
    """The words after the number put its noun phrase among a larger count: "four children and
    three women were among the dead" counts parts of the toll, so neither figure is compared
    with the toll (nor with each other: children and women are not one count). Read within
    the number's own clause, up to the next comma ("two died, and ten were among the
    wounded" says nothing of the two)."""
    sent, num = clean(sentence) or "", clean(number_text) or ""
    at = sent.find(num) if num else -1
    if at < 0:
        return False
    rest = sent[at + len(num):].split(",", 1)[0]
    return bool(_part_after().search(rest))


@cache
def _speech_settings() -> re.Pattern:
    pats = "|".join(f"(?:{p})" for p in pattern_lines("claim_speech_settings.tsv"))
    # the place: capitalised words (with "'s" and hyphens) right after the adjunct's preposition
    return re.compile(rf"(?i:{pats})(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def speech_settings(sentence: object) -> set[str]:
    """Folded names of the places where the sentence says a statement was made ("at a briefing
    in New Delhi, the air marshal said ...", "told a news conference in Rawalpindi"): they
    frame the statement and place no count."""
    return {fold(m["place"]).casefold() for m in _speech_settings().finditer(clean(sentence) or "")}


@cache
def _participles() -> frozenset[str]:
    return frozenset(pattern_lines("claim_participles.tsv"))


def counted_nouns(what: object) -> set[str]:
    """The words of a count's noun phrase that name the thing counted, less the predicate that
    closes it ("military facilities targeted" -> military, facilities): two counts that share
    only "targeted" do not count the same thing."""
    words = content_words(clean(what) or "")
    return {_singular(w) for w in words if not re.search(r"(?:ed|ing)$", w) and w not in _participles()}


def _singular(word: str) -> str:
    """"facilities" and "facility", "soldiers" and "soldier" name one thing."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@cache
def _site_kinds() -> tuple[tuple[str, re.Pattern], ...]:
    text = resources.files("crisislens.link").joinpath("data", "claim_site_kinds.tsv").read_text("utf-8")
    lines = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple((kind.strip(), re.compile(rf"\b(?:{pat.strip()})", re.I)) for kind, pat in lines)


def site_kind(what: object) -> str | None:
    """Whether a count of sites struck counts armed sites ("six military sites", "terror launch
    pads") or civilian ones ("three villages", "a school and two homes"), when its phrase says
    one kind only: the attacker's count of the targets it chose and the attacked side's count
    of villages hit are two facts, not rival figures. None for "five locations", "sites"."""
    text = fold(clean(what) or "")
    found = {kind for kind, pat in _site_kinds() if pat.search(text)}
    return f"site:{found.pop()}" if len(found) == 1 else None


def named_voice(name: object) -> bool:
    """Whether a claimant is a named voice (a person, a body: "Patrick Mwamba", "Rescue 1122",
    "Medics at Nasser Hospital") rather than a common noun for an unnamed group ("local
    officials", "medics", "hospital staff"): English writes names capitalised, and a plural
    common noun is capitalised only as a sentence's first word. Unnamed groups of no state
    counting one town's dead are the one local count growing, not rival sides."""
    words = (clean(name) or "").split()
    if not words:
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return True
    first = words[0]
    # a lone capitalised word is a name ("Rwanda", "Police" kept as one) unless a plural
    # common noun ("Medics", "Residents"): the sentence's first word
    return first[:1].isupper() and not (len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+s", first) is not None)


@cache
def _claimant_agent() -> re.Pattern:
    verbs = "|".join(f"(?:{p})" for p in pattern_lines("claim_agent_verbs.tsv"))
    subject = r"(?:it|we|they|(?:its|our|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
    return re.compile(rf"\b{subject}\s+(?:had\s+|has\s+|have\s+|also\s+)*(?:{verbs})\s+(?:[\w'\"“”-]+\s+){{0,3}}$", re.I)


def claimant_struck(sentence: object, number_text: object) -> bool:
    """The count's verb has the claimant, as a pronoun, for its subject ("India says it struck
    three sites", "Kyiv said its air defences shot down 30 drones"): the claimant did the
    striking, so what it counts is the other side's."""
    sent, num = clean(sentence) or "", clean(number_text) or ""
    at = sent.find(num) if num else -1
    return at > 0 and bool(_claimant_agent().search(sent[:at]))


@cache
def _aggregate() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in pattern_lines("claim_aggregate.tsv")), re.I)


def is_aggregate(clause: object) -> bool:
    """The count's clause makes it a total over several places, sides or incidents ("at least
    50 people were killed on both sides", "across the region", "a total of 40"): compared with
    one town's or one side's figure it is a sum, not a rival figure."""
    return bool(_aggregate().search(clean(clause) or ""))


# The kinds of attack (link/data/story_kinds.tsv, from CAMEO's roots) that can cause a count of
# people: a toll "in the missile strikes" and one "in the shelling" are two incidents' counts.
CAUSE_KINDS = ("strike", "ground", "drone")
_WORD = re.compile(r"[\w-]+")


@cache
def _cause_forms() -> tuple[tuple[str, frozenset[tuple[str, ...]]], ...]:
    text = resources.files("crisislens.link").joinpath("data", "story_kinds.tsv").read_text("utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return tuple((kind, frozenset(tuple(w.split()) for w in words.split(",") if w.strip()))
                 for kind, words in rows if kind in CAUSE_KINDS)


def cause_kind(clause: object) -> str | None:
    """The one kind of attack a count's clause names as its cause ("killed in the shelling":
    ground fire; "when missiles struck": a strike), else None (none named, or several: "three
    days of strikes and artillery duels" is a total over both). Why: on one day and in one
    state the dead of an air strike and the dead of cross-border shelling are two facts, and
    their two figures are no contradiction."""
    words = [w.lower() for w in _WORD.findall(clean(clause) or "")]
    grams = set(zip(words, words[1:], strict=False)) | {(w,) for w in words}
    kinds = {kind for kind, forms in _cause_forms() if forms & grams}
    return kinds.pop() if len(kinds) == 1 else None


# A per-place breakdown after a count: "16 were killed - nine in A, four in B"; "... five at the
# mosque in A, three in B, two in C": a number followed by a locative preposition.
_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)"
_LIST_ITEM = rf"{_NUM}\s+(?:each\s+)?(?:in|at)\s+"
_BREAKDOWN_AFTER = re.compile(rf"(?:\s[–—-]|:)\s*{_LIST_ITEM}", re.I)
_BREAKDOWN_ITEM = re.compile(r"(?:[–—:-]\s*|,\s+(?:and\s+)?|\s+and\s+)$", re.I)
_A_NUMBER = re.compile(rf"\b{_NUM}\b", re.I)
_ITEM_START = re.compile(r"^\s*(?:each\s+)?(?:in|at)\s+", re.I)


def broken_down(sentence: object, number_text: object) -> bool:
    """The count is followed by a dash or colon and its breakdown by place ("16 civilians have
    been killed since Monday - nine in A, four in B"): it is a total over those places, not
    the count of the first place the sentence names."""
    sent, num = clean(sentence) or "", clean(number_text) or ""
    at = sent.find(num) if num else -1
    if at < 0:
        return False
    rest = sent[at + len(num):].split(";", 1)[0]
    return bool(_BREAKDOWN_AFTER.search(rest))


def breakdown_start(text: str, after: int) -> int | None:
    """Where a per-place breakdown of a count begins in ``text`` after position ``after`` (the
    dash or colon of "16 killed - nine in A, four in B"), else None: the towns after it place
    the parts, not the total."""
    m = _BREAKDOWN_AFTER.search(text, after)
    return m.start() if m else None


def breakdown_item(sentence: object, number_text: object) -> bool:
    """The number is an item of a per-place list that follows another count, set off by a dash,
    a colon or a comma, and placed by the preposition right after it ("- nine in A, four in
    B", "five at A, three in B, and two in C"): each item is a part of the total or of the
    place it names, not a rival figure for the count before it."""
    sent, num = clean(sentence) or "", clean(number_text) or ""
    at = sent.find(num) if num else -1
    if at <= 0 or not _ITEM_START.match(sent[at + len(num):]):
        return False
    before = sent[:at]
    return bool(_BREAKDOWN_ITEM.search(before) and _A_NUMBER.search(before))


@cache
def _spans() -> tuple[tuple[str, re.Pattern], ...]:
    text = resources.files("crisislens.link").joinpath("data", "claim_period.tsv").read_text("utf-8")
    lines = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple((span.strip(), re.compile(pat.strip(), re.I)) for span, pat, *_ in lines)


_REMOVED_SPANS = frozenset({"comparison", "statement"})


def count_span(clause: object) -> str | None:
    """The span of time a count's clause gives it: "period" for a running total from a start
    to the report ("40 soldiers killed since the fighting began", "over the past three days"),
    "day" for a count of one stated day ("three soldiers were killed on Tuesday"), else None.
    Why: a day's count and a period's total are two facts (the day's dead are among the
    period's), so their two figures are no contradiction; a period phrase wins in one clause."""
    text = clean(clause) or ""
    for span, pat in _spans():
        # "the deadliest clash since ...": another period than the count's; "said on Wednesday":
        # the day a statement was made, not a day the count is of
        if span in _REMOVED_SPANS:
            text = pat.sub(" ", text)
    found = {span for span, pat in _spans() if span not in _REMOVED_SPANS and pat.search(text)}
    return "period" if "period" in found else "day" if found else None
