"""The event lexicon: predicate lemma + syntactic context -> CAMEO code, compiled once.

Three data files feed it: ``data/event_lexicon.tsv`` (our curated rows, from
the CAMEO manual, with the source of each row named) and the two files
generated from PETRARCH-2's verb dictionary by ``crisislens.events.petrarch``:
``event_petrarch_verbs.tsv`` (each verb, its own or its block's default code,
and its block) and ``event_petrarch_patterns.tsv`` (each block's patterns:
subject, object, preposition and its object, code; ``---`` means "no event").

Each lemma's patterns are filed under their most telling slot (the object, the
preposition, ...), so coding a token is a few dict lookups and a check of the
candidates, never a scan of hundreds of patterns: event coding must stay a
small fraction of the parse time. A row that cannot be read is reported with
its file and line (``Lexicon.problems``) and the rest is loaded.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)
NO_EVENT = "---"
ANY = "*"  # a slot value that any word fills: "xcomp:*" is any verbal complement ("considering sending aid")
SLOTS = ("obj", "prep", "prt", "xcomp", "subj")


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry for a lemma: the context it needs and the code it gives.

    ``obj``/``prt``/``prep``/``pobj``/``xcomp``/``subj`` are None when the
    pattern does not constrain that slot. ``specificity`` orders competing
    matches: a pattern that names an object beats one that names only a
    preposition, which beats the lemma's default. ``code`` NO_EVENT blocks the
    lemma in that context (PETRARCH's ``[---]``).
    """

    code: str
    obj: str | None = None
    prt: str | None = None
    prep: str | None = None
    pobj: str | None = None
    xcomp: str | None = None
    source: str = ""
    subj: str | None = None
    order: int = 0
    origin: str = ""  # the verb a PETRARCH pattern was written for ('' for curated rows and defaults)
    reverse: bool = False  # the subject is the one acted on (PETRARCH [:CODE], "died in an airstrike")

    @property
    def specificity(self) -> int:
        score = 0
        if self.obj or self.pobj or self.xcomp:
            score += 2
        if self.prt or self.prep:
            score += 1
        if self.subj:
            score += 1
        return score

    @property
    def anchor(self) -> str | None:
        """The slot key this pattern is filed under ("obj:talk"), None for a lemma default."""
        for slot in SLOTS:
            value = getattr(self, slot)
            if value:
                return f"{slot}:{value}"
        return None


def _parse_part(part: str, fields: dict[str, str]) -> bool:
    """One ``slot:value`` part of a context into ``fields``; False when it is not one."""
    bits = part.split(":")
    kind = bits[0]
    if kind in {"obj", "xcomp", "subj"} and len(bits) == 2 and bits[1]:
        fields[kind] = bits[1]
    elif kind == "prt" and len(bits) in (2, 3):
        fields["prt"] = bits[1]
        if len(bits) == 3:
            fields["obj"] = bits[2]
    elif kind == "prep" and len(bits) in (2, 3):
        fields["prep"] = bits[1]
        if len(bits) == 3:
            fields["pobj"] = bits[2]
    else:
        return False
    return True


def parse_context(ctx: str, code: str, source: str, order: int = 0, origin: str = "") -> Pattern | None:
    """``obj:talk prep:with`` -> a Pattern; None when a part is not a known slot."""
    fields: dict[str, str] = {}
    for part in ctx.split():
        if not _parse_part(part, fields):
            return None
    reverse = code.startswith(":")
    return Pattern(code=code.lstrip(":"), source=source, order=order, origin=origin, reverse=reverse, **fields)


@dataclass
class Entry:
    """A lemma's patterns, filed by anchor slot; ``free`` holds the ones that constrain nothing."""

    anchored: dict[str, list[Pattern]] = field(default_factory=dict)
    free: list[Pattern] = field(default_factory=list)
    needs_subject: bool = False  # some pattern constrains the subject: only then is it looked up

    def add(self, pat: Pattern) -> None:
        self.needs_subject = self.needs_subject or pat.subj is not None
        key = pat.anchor
        if key is None:
            self.free.append(pat)
        else:
            self.anchored.setdefault(key, []).append(pat)

    def __bool__(self) -> bool:
        return bool(self.free or self.anchored)


@dataclass
class Lexicon:
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    problems: list[str] = field(default_factory=list)


def _rows(name: str) -> list[tuple[int, list[str]]]:
    """(line number, columns) of a data file's rows after its header line."""
    text = resources.files("crisislens.extract").joinpath(f"data/{name}").read_text("utf-8")
    out = []
    header_seen = False
    for no, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        if header_seen:
            out.append((no, line.split("\t")))
        header_seen = True
    return out


def _load_curated(lex: Lexicon, order: list[int]) -> None:
    for no, cols in _rows("event_lexicon.tsv"):
        if len(cols) < 4:
            lex.problems.append(f"event_lexicon.tsv:{no}: fewer than 4 columns")
            continue
        pos, lemma, ctx, code = cols[:4]
        order[0] += 1
        pat = parse_context(ctx, code, cols[4] if len(cols) > 4 else "", order[0])
        if pat is None:
            lex.problems.append(f"event_lexicon.tsv:{no}: context not read: {ctx!r}")
            continue
        (lex.verbs if pos == "verb" else lex.nouns).setdefault(lemma, Entry()).add(pat)


def _load_petrarch(lex: Lexicon, order: list[int]) -> None:
    blocks: dict[str, list[Pattern]] = {}
    for no, cols in _rows("event_petrarch_patterns.tsv"):
        pat = parse_context(cols[1], cols[2], "petrarch2", no, cols[3]) if len(cols) == 4 else None
        if pat is None or not pat.anchor:
            lex.problems.append(f"event_petrarch_patterns.tsv:{no}: row not read")
            continue
        blocks.setdefault(cols[0], []).append(pat)
    for no, cols in _rows("event_petrarch_verbs.tsv"):
        if len(cols) != 4:
            lex.problems.append(f"event_petrarch_verbs.tsv:{no}: row not read")
            continue
        lemma, ctx, block, code = cols
        entry = lex.verbs.setdefault(lemma, Entry())
        if code:
            pat = parse_context(ctx, code, "petrarch2", order[0] + no)
            if pat is None:
                lex.problems.append(f"event_petrarch_verbs.tsv:{no}: context not read: {ctx!r}")
            else:
                entry.add(pat)
        for pat in blocks.get(block, []) if block else []:
            entry.add(pat)


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (loaded once per process); unreadable rows are logged once."""
    lex = Lexicon(verbs={}, nouns={})
    order = [0]
    _load_curated(lex, order)
    order[0] = 10**6  # PETRARCH rows rank after curated ones at equal specificity
    _load_petrarch(lex, order)
    for p in lex.problems:
        log.warning("event lexicon: %s (row skipped)", p)
    return lex


def singular(word: str) -> str:
    """A cheap singular for lexicon keys the lemmatizer left plural ("talks", "arms")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _fits(
    pat: Pattern, objs: set[str], prts: set[str], preps: dict[str, set[str]], xcomps: set[str], subj: set[str]
) -> bool:
    """True when the predicate's context satisfies every slot the pattern constrains."""
    if (pat.obj and pat.obj not in objs) or (pat.prt and pat.prt not in prts):
        return False
    if pat.prep and (pat.prep not in preps or (pat.pobj and pat.pobj not in preps[pat.prep])):
        return False
    if pat.pobj and not pat.prep:
        return False
    if pat.xcomp and not (pat.xcomp in xcomps or (pat.xcomp == ANY and xcomps)):
        return False
    return not (pat.subj and pat.subj not in subj)


def _borrowed(pat: Pattern, lemma: str) -> bool:
    """A PETRARCH pattern its block took from a synonym of ``lemma`` (its comment names another verb)."""
    return bool(lemma) and pat.source == "petrarch2" and bool(pat.origin) and pat.origin != lemma


def match(
    entry: Entry,
    objs: set[str],
    prts: set[str],
    preps: dict[str, set[str]],
    xcomps: set[str],
    subj: set[str] | None = None,
    lemma: str = "",
) -> Pattern | None:
    """The most specific pattern whose context the predicate satisfies.

    On a tie, a curated row or a PETRARCH pattern written for ``lemma``
    itself beats one its block took from a synonym (``Pattern.origin``),
    then curated rows come first and file order decides.
    """
    subj = subj or set()
    keys = [f"obj:{o}" for o in objs] + [f"prep:{p}" for p in preps] + [f"prt:{p}" for p in prts]
    keys += [f"xcomp:{x}" for x in xcomps] + [f"subj:{s}" for s in subj] + ([f"xcomp:{ANY}"] if xcomps else [])
    candidates = [p for k in keys for p in entry.anchored.get(k, ())]
    fitting = [pat for pat in candidates if _fits(pat, objs, prts, preps, xcomps, subj)]
    best = min(fitting, key=lambda p: (-p.specificity, _borrowed(p, lemma), p.order), default=None)
    if best is not None:
        return best
    return min(entry.free, key=lambda p: p.order) if entry.free else None


@cache
def refusals() -> dict[str, str]:
    """Cooperation root -> the CAMEO 12 code for refusing it (``data/event_refusals.tsv``)."""
    return {cols[0].zfill(2): cols[1] for _no, cols in _rows("event_refusals.tsv") if len(cols) >= 2}


@cache
def intents() -> dict[str, str]:
    """Act code prefix -> the CAMEO 03/13 code for stating the intent of it (``data/event_intents.tsv``)."""
    return {cols[0]: cols[1] for _no, cols in _rows("event_intents.tsv") if len(cols) >= 2}


@cache
def nominalizations() -> dict[str, str]:
    """Event noun -> the verb it names the act of ("suspension" -> "suspend"; ``data/event_nominalizations.tsv``)."""
    return {cols[0]: cols[1] for _no, cols in _rows("event_nominalizations.tsv") if len(cols) >= 2}


@cache
def coder_config() -> dict:
    """The coder's switches, word classes and refinement codes (``data/event_coder.json``).

    The engine holds no words and no CAMEO codes of its own: they are read
    from this file once, as PETRARCH-2 reads PETR_config.ini.
    """
    text = resources.files("crisislens.extract").joinpath("data/event_coder.json").read_text("utf-8")
    return json.loads(text)
