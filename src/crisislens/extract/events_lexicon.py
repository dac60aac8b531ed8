"""The event lexicon: predicate lemma + syntactic context -> CAMEO code, compiled once.

The TSV (``data/event_lexicon.tsv``) holds curated entries for the whole CAMEO
code book plus patterns derived from PETRARCH-2's verb dictionary. It is
compiled into dicts keyed by lemma so coding a token is a dict lookup and a
scan of that lemma's few patterns, never a regex pass over the lexicon: event
coding must stay a small fraction of the parse time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry for a lemma: the context it needs and the code it gives.

    ``obj``/``prt``/``prep``/``pobj``/``xcomp`` are None when the pattern does
    not constrain that slot. ``specificity`` orders competing matches: a
    pattern that names an object beats one that names only a preposition,
    which beats the lemma's default.
    """

    code: str
    obj: str | None = None
    prt: str | None = None
    prep: str | None = None
    pobj: str | None = None
    xcomp: str | None = None
    source: str = ""

    @property
    def specificity(self) -> int:
        score = 0
        if self.obj or self.pobj or self.xcomp:
            score += 2
        if self.prt or self.prep:
            score += 1
        if self.source == "crisislens":
            score += 0  # ties resolved by file order (curated rows come first)
        return score


def _parse_context(ctx: str, code: str, source: str) -> Pattern | None:
    if not ctx:
        return Pattern(code=code, source=source)
    parts = ctx.split(":")
    kind = parts[0]
    if kind == "obj" and len(parts) == 2:
        return Pattern(code=code, obj=parts[1], source=source)
    if kind == "prt" and len(parts) in (2, 3):
        return Pattern(code=code, prt=parts[1], obj=parts[2] if len(parts) == 3 else None, source=source)
    if kind == "prep" and len(parts) in (2, 3):
        return Pattern(code=code, prep=parts[1], pobj=parts[2] if len(parts) == 3 else None, source=source)
    if kind == "xcomp" and len(parts) == 2:
        return Pattern(code=code, xcomp=parts[1], source=source)
    return None


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (loaded once per process)."""
    text = resources.files("crisislens.extract").joinpath("data/event_lexicon.tsv").read_text("utf-8")
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    header_seen = False
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            continue
        pos, lemma, ctx, code = cols[:4]
        source = cols[4] if len(cols) > 4 else ""
        pat = _parse_context(ctx, code, source)
        if pat is None:
            continue
        table = verbs if pos == "verb" else nouns
        table.setdefault(lemma, []).append(pat)
    for table in (verbs, nouns):
        for lemma, pats in table.items():
            # stable sort: most specific first, curated before derived at equal specificity
            table[lemma] = sorted(pats, key=lambda p: (-p.specificity, p.source != "crisislens"))
    return Lexicon(verbs=verbs, nouns=nouns)


def singular(word: str) -> str:
    """A cheap singular for lexicon keys the lemmatizer left plural ("talks", "arms")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def match(
    patterns: list[Pattern],
    objs: set[str],
    prts: set[str],
    preps: dict[str, set[str]],
    xcomps: set[str],
) -> Pattern | None:
    """The most specific pattern whose context the predicate satisfies."""
    for pat in patterns:
        if pat.obj and pat.obj not in objs:
            continue
        if pat.prt and pat.prt not in prts:
            continue
        if pat.prep:
            if pat.prep not in preps:
                continue
            if pat.pobj and pat.pobj not in preps[pat.prep]:
                continue
        elif pat.pobj:
            continue
        if pat.xcomp and pat.xcomp not in xcomps:
            continue
        return pat
    return None


@cache
def refusals() -> dict[str, str]:
    """Cooperation root -> the CAMEO 12 code for refusing it (``data/event_refusals.tsv``)."""
    text = resources.files("crisislens.extract").joinpath("data/event_refusals.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r[0].zfill(2): r[1] for r in rows[1:] if len(r) >= 2}
