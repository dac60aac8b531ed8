"""Claim groups: the same number-about-the-same-thing from several sources, compared.

Blocking: claims are grouped by (category, subject_code), then split by time
(the day the count refers to, within ``DATE_WINDOW``) so that the dead of the
April 22 attack and the dead of the May 7 strikes never meet, and by the kind of
people counted (civilians vs soldiers vs militants; only for counts of people: "fighter
jets" and "military aircraft" are one downing however an outlet names them). A count whose
own clause states an earlier day ("after the killing of 14 in B on March 9") is of that day. Claims with no date join
the time cluster whose words they share (their ``what`` and sentence: the
"sentence context"), else they stand with other undated claims that share words.

Counts whose subject is unknown are compared only inside one story.

Incidents: a claim is tied to the incident of an event stated in its own
sentence (the event coder's; a force event first), which gives it a place; when that
event has none, a place the sentence itself names ("killed in Lachin": see
``extract.claims_phrases``) keys the count; else a gazetteer town the count's own clause names as where it happened
("the strike on El Fasher"; not "Kotli district", not a clause naming several towns). In
one time cluster, counts placed in different places are different facts (the
toll of the attack in one town and the national toll of a night of strikes);
an unplaced count joins the place group whose words it shares most.

Comparison: each claim is an interval — "at least 31" is [31, inf), "over two
dozen" is [25, inf), "about 25" is [21.25, 28.75], "26" is [26, 26]. Kinds:
``agreement`` (every source gives the same figure), ``range`` (different but
compatible figures: "at least 20" and "26"), ``revision`` (incompatible figures
that rise over time: a later report, or one that says the toll "rose", with no
two sides asserting different figures on the same day), ``contradiction``
(incompatible figures at the same time), and ``single-source``. Sources are
(duplicate group x claimant): a wire copy counts once. A number
introduced by "including"/"among them" counts a part of another count ("five
jets, including three Rafales") and is kept as a ``part`` member, not compared.
In a contradiction or a revision group, each set of independent sources that agree with
each other also gets its own agreement group (``parent_id`` = the parent): the outlets
that all gave the revised toll agree on it. An agreement needs two reports or two named
voices; one report restating its claimant's figure in its own voice is one source.

Places and states: a count's place is keyed across its names ("Congo's Goma"
and "Goma"); the state holding it (the actors' gazetteer) separates counts on the two
sides of a border, and gives a count of civilians whose subject is unknown its subject.
A group is dated by the day its claims give themselves, not the earliest day a member
was referred to.

Scope (``link.claim_scope``): a count "among the dead" or "eight of them" is a part; one voice
of one article giving two figures is no contradiction; a place named as a statement's
occasion ("at a briefing in X") places nothing; a denial's zero meets only another side's
count of the thing it names; struck sites split armed / civilian; a total ("on both sides",
"across the country") stands apart from single counts; a thing-count of no named owner takes
the one owner counted that day (other than the claimant when it says it did the striking);
voices of no state are rival sides only when each side names one; a count of one stated day and
a running total of a period ("since the fighting began": ``claim_scope.count_span``) stand apart,
and a total "since Tuesday morning" is of the day it was reported, not of its period's start.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources

import pandas as pd

from crisislens.extract.claims_phrases import read_sentence
from crisislens.extract.dates import MONTHS
from crisislens.link.claim_scope import (
    breakdown_item,
    breakdown_start,
    broken_down,
    cause_kind,
    claimant_struck,
    count_span,
    counted_nouns,
    is_aggregate,
    named_voice,
    part_after,
    site_kind,
    speech_settings,
)
from crisislens.link.claim_sides import side_state
from crisislens.link.common import (
    UnionFind,
    capitals,
    clean,
    ordinal,
    person_key,
    place_state,
    places_named,
    rows,
    side_label,
    state_names,
    utc_moment,
    without_state_possessor,
)
from crisislens.link.stories import WINDOW_DAYS
from crisislens.link.story_places import specific_places
from crisislens.link.vectors import content_words
from crisislens.model import fold, stable_id

DATE_WINDOW = 1
CONTEXT_OVERLAP = 0.15  # Jaccard of context words for an undated claim to join a time cluster
OTHER_OVERLAP = 0.3  # "other" claims only group when their counted things share this much

APPROX = {"approximately", "about", "around", "roughly", "some", "estimated", "an estimated", "nearly", "almost", "close to", "approx", "circa", "~"}
AT_LEAST = {"at least", "over", "more than", "above", "in excess of", "upwards of", "no fewer than", "no less than", "at minimum", "over two", "beyond"}
AT_MOST = {"up to", "at most", "less than", "fewer than", "under", "below", "no more than"}
BELOW = {"nearly", "almost", "close to"}
APPROX_SPREAD = 0.15

# What kind of people a count is about; two claims with different kinds are different facts.
PEOPLE_KINDS = {
    "civilian": ("civilian", "tourist", "child", "children", "women", "people", "resident", "villager", "worshipper", "pilgrim"),
    "military": ("soldier", "troop", "army", "personnel", "jawan", "officer", "serviceman", "servicemen", "pilot", "military", "security forces",
                 r"rangers?\b", "constable", r"guard(?:s|sm[ae]n)?\b", "paramilitar"),
    "militant": ("militant", "terrorist", "insurgent", "fighter", "rebel", "gunmen", "attacker"),
    # a count of families or households counts homes, not people: "about 40 families moved" and
    # "2,500 people left" are two measures of one flight, not rival figures
    "household": ("famil", "household"),
}
# Categories that count things, not people: "fighter jets" are aircraft, not militants, and
# "military aircraft" are not soldiers, so the people-kind split must not part their counts.
THING_CATEGORIES = frozenset({"aircraft_downed", "drones_downed", "missiles", "sites_struck"})
# Categories of people counted as a toll develops through the day (see _sides_clash).
TOLL_CATEGORIES = frozenset({"killed", "injured"})
_PART = re.compile(r"\b(?:including|among them|among whom|of whom|of which|of them)\s+(?:\w+\s+){0,2}$", re.I)
_INCREMENT_BEFORE = re.compile(r"\b(?:another|a further|an additional)\s+$", re.I)
_INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|further)\b(?!\s+than\b)", re.I)  # not "three more than"
_NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 r"a\s+dozen|dozens|hundreds?|thousands?)")
# A later item of a list of parts: "among them three children and two women" (the women too).
_PART_LIST = re.compile(
    rf"\b(?:including|among them|among whom|of whom|of which|of them)\s+(?:(?:\d[\d,]*|{_NUMBER_WORDS})\s+[\w-]+(?:\s+[\w-]+)?"
    r"(?:,\s+and\s+|,\s+|\s+and\s+))+$", re.I)
_NUMBERISH = re.compile(r"^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundred|hundreds|thousand|thousands)$")

GROUP_COLUMNS = [
    "id", "category", "subject_code", "about", "kind", "date", "n_sources", "parent_id", "values",
    "incident_id", "place", "reason", "sides",
]
MEMBER_COLUMNS = [
    "group_id", "claim_id", "article_id", "doc_name", "outlet", "value", "low", "high", "claimant", "role",
    "sentence", "claimant_code", "published", "incident_id", "copy_of", "published_at",
]
FORCE_ROOTS = ("18", "19", "20")


def interval(value: object, low: object, high: object, qualifier: object) -> tuple[float, float] | None:
    """The range of counts a claim allows, from its value, bounds and qualifier."""
    v = float(value) if clean(value) is not None else None
    lo = float(low) if clean(low) is not None else None
    hi = float(high) if clean(high) is not None else None
    if v is None and lo is None and hi is None:
        return None
    q = fold(clean(qualifier) or "")
    base = v if v is not None else (lo if lo is not None else hi)
    if q in APPROX:
        return (lo if lo is not None else base * (1 - APPROX_SPREAD),
                hi if hi is not None else (base if q in BELOW else base * (1 + APPROX_SPREAD)))
    if q in AT_LEAST:
        return (lo if lo is not None else base, hi if hi is not None else math.inf)
    if q in AT_MOST:
        return (lo if lo is not None else 0.0, hi if hi is not None else base)
    if lo is not None and hi is None and v is not None and v < lo:
        return (lo, math.inf)  # "over two dozen": value 24, low 25
    return (lo if lo is not None else base, hi if hi is not None else max(base, lo or base))


def is_part(sentence: object, number_text: object) -> bool:
    """True when the number counts a subset ("including three Rafale jets") or an increment
    ("two more died overnight", "another three soldiers"): neither is the toll itself, so
    neither is compared with the toll."""
    sent, num = clean(sentence) or "", clean(number_text) or ""
    if not num:
        return False
    at = sent.find(num)
    if at < 0:
        return False
    return bool((at > 0 and (_PART.search(sent[:at]) or _PART_LIST.search(sent[:at])))
                or _INCREMENT_BEFORE.search(sent[:at]) or _INCREMENT_AFTER.match(sent[at + len(num):])
                or part_after(sent, num) or breakdown_item(sent, num))


def people_kind(what: object) -> str | None:
    text = fold(clean(what) or "")
    found = {k for k, words in PEOPLE_KINDS.items() if any(re.search(rf"\b{w}", text) for w in words)}
    return found.pop() if len(found) == 1 else None


def _kind_of(category: str, what: object) -> str | None:
    """What kind of thing a count counts, where kinds part facts: people by ``people_kind``;
    struck sites armed or civilian (``claim_scope.site_kind``); aircraft, drones and missiles
    by no noun ("fighter jets" and "military aircraft" are one downing)."""
    if category == "sites_struck":
        return site_kind(what)
    return None if category in THING_CATEGORIES else people_kind(what)


def _context(what: object, sentence: object) -> set[str]:
    words = content_words(f"{clean(what) or ''} {clean(sentence) or ''}")
    return {w for w in words if not _NUMBERISH.match(w)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _time_clusters(block: pd.DataFrame) -> list[list[str]]:
    """Split one (category, subject) block into clusters of claims about the same time."""
    uf = UnionFind(block["id"])
    dated = block[block["k_day"].notna()].sort_values("k_day")
    anchor_id, anchor_day = None, None  # clusters span at most DATE_WINDOW days: no chaining
    for cid, day in zip(dated["id"], dated["k_day"], strict=True):
        if anchor_id is not None and day - anchor_day <= DATE_WINDOW:
            uf.union(anchor_id, cid)
        else:
            anchor_id, anchor_day = cid, day
    ctx = dict(zip(block["id"], block["k_ctx"], strict=True))
    _join_recaps(uf, dated, ctx)
    _join_undated(uf, block, dated, ctx)
    return _retold_later([list(g) for g in uf.groups()], block)


def _join_undated(uf: UnionFind, block: pd.DataFrame, dated: pd.DataFrame, ctx: dict[str, set[str]]) -> None:
    """Counts of no known day join the time cluster where their side gave the same figure
    (``_side_figures``), else the cluster or undated count whose words they share most, at
    least ``CONTEXT_OVERLAP``; else they stand alone."""
    clusters: dict[str, set[str]] = defaultdict(set)
    for cid in dated["id"]:
        clusters[uf.find(cid)] |= ctx[cid]
    said = _said_by_root(uf, dated)
    loose: list[tuple[str, set[str]]] = []
    undated = block[block["k_day"].isna()]
    for cid, pair in zip(undated["id"], _side_figures(undated), strict=True):
        retold = [(_jaccard(ctx[cid], clusters[r]), r) for r, pairs in said.items() if pair and pair in pairs]
        if retold:  # the same side's same figure, in a report of no day: that figure's count
            uf.union(max(retold)[1], cid)
            continue
        best, best_sim = None, CONTEXT_OVERLAP
        for root, words in clusters.items():
            sim = _jaccard(ctx[cid], words)
            if sim >= best_sim:
                best, best_sim = root, sim
        for other, words in loose:
            sim = _jaccard(ctx[cid], words)
            if sim >= best_sim:
                best, best_sim = other, sim
        if best is not None:
            uf.union(best, cid)
        else:
            loose.append((cid, ctx[cid]))


def _side_figures(part: pd.DataFrame) -> list[tuple[str, float] | None]:
    """Per member: (claimant state, figure) when a state's voice gives it, else None: a side's
    figure, which that side's later retelling repeats."""
    codes = part["claimant_code"] if "claimant_code" in part.columns else [None] * len(part)
    return [(c, f) if clean(c) else None for c, f in zip(codes, _feature(part, "k_figure", _figure), strict=True)]


def _said_by_root(uf: UnionFind, dated: pd.DataFrame) -> dict[str, set[tuple[str, float]]]:
    """Each time cluster's side figures (``_side_figures``), by its root."""
    said: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for cid, pair in zip(dated["id"], _side_figures(dated), strict=True):
        if pair:
            said[uf.find(cid)].add(pair)
    return said


def _join_recaps(uf: UnionFind, dated: pd.DataFrame, ctx: dict[str, set[str]]) -> None:
    """A later report's counts that state no day ("India's air force said it had lost one
    aircraft", in a piece two days on) are dated only by their report, the last day they can
    be of: when none of their time cluster states a day, the cluster is a recap and joins the
    earlier cluster, within a story's window (``stories.WINDOW_DAYS``) before it, whose
    counts state their day and whose words it shares most (``CONTEXT_OVERLAP``, as an
    undated count joins); or, stated or not, the earlier cluster where the same side gave the
    same figure (a state's claimant and its figure: "India claimed about 20 Pakistani soldiers
    were killed" retold). A cluster holding a count that states its day is of that day."""
    if "date" not in dated.columns:
        return
    info: dict[str, list] = {}  # root -> [first day, last day, states a day, words, side figures]
    for cid, day, own, pair in zip(dated["id"], dated["k_day"], dated["date"], _side_figures(dated), strict=True):
        root = uf.find(cid)
        it = info.setdefault(root, [day, day, False, set(), set()])
        it[0], it[1] = min(it[0], day), max(it[1], day)
        it[2] = it[2] or clean(own) is not None
        it[3] |= ctx[cid]
        if pair:
            it[4].add(pair)
    for root, (first, _, own, words, said) in info.items():
        if own:
            continue
        near = [(bool(said & it[4]), _jaccard(words, it[3]), r) for r, it in info.items()
                if 0 < first - it[1] <= WINDOW_DAYS and (it[2] or said & it[4])]
        best = max(near, default=(False, 0.0, None))
        if best[2] is not None and (best[0] or best[1] >= CONTEXT_OVERLAP):
            uf.union(best[2], root)


def _retold_later(clusters: list[list[str]], block: pd.DataFrame) -> list[list[str]]:
    """A count whose own words state no day, dated only by its report (the day the report's story
    began), moves to the next cluster when that cluster's counts give its figure of its kind of
    people and its own cluster's other counts do not, and its report came out by then: "around 40
    Pakistani soldiers" in a report of the 19th, dated the 18th by its story, is the "around 40"
    the next day's reports give of the fighting, not a rival of the 18th's counts. One day on at
    most (``DATE_WINDOW``)."""
    if "date" not in block.columns or len(clusters) < 2:
        return clusters
    by_id = {r.id: r for r in rows(block)}  # _prepare's frame: k_figure and k_kind are there
    where = {cid: i for i, ids in enumerate(clusters) for cid in ids}

    def figures(ids: list[str], less: str | None = None) -> set[tuple[float, str | None]]:
        return {(by_id[c].k_figure, clean(by_id[c].k_kind)) for c in ids if c != less}

    first = [min((by_id[c].k_day for c in ids if pd.notna(by_id[c].k_day)), default=None) for ids in clusters]
    moved: dict[str, int] = {}
    for cid, r in by_id.items():
        if clean(r.date) is not None or pd.isna(r.k_day) or pd.isna(r.k_pub) or not clean(r.k_kind):
            continue
        mine = (r.k_figure, clean(r.k_kind))
        if mine in figures(clusters[where[cid]], less=cid):
            continue
        later = [i for i, d in enumerate(first) if d is not None and 0 < d - r.k_day <= DATE_WINDOW
                 and d <= r.k_pub and mine in figures(clusters[i])]
        if later:
            moved[cid] = min(later, key=lambda i: first[i])
    if not moved:
        return clusters
    out = [[c for c in ids if c not in moved] for ids in clusters]
    for cid, i in moved.items():
        out[i].append(cid)
    return [ids for ids in out if ids]


def _feature(members: pd.DataFrame, column: str, compute) -> list:
    """A per-claim feature: the column ``_per_claim`` computed once per claim, else (a frame
    built by hand, as in a unit test) computed here from the claim's fields by ``compute``."""
    if column in members.columns:
        return list(members[column])
    return [compute(r) for r in rows(members)]


def _split_kinds(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Claims about civilians and claims about soldiers are separate facts; where both kinds
    are counted, counts of people of no stated kind ("two more died") stand apart from both."""
    kinds = set(members["k_kind"].dropna())
    if len(kinds) <= 1:
        return [members]
    kind = _kinds_by_place(members)
    parts = [members[[k == c for c in kind]] for k in sorted(kinds)]
    unknown = members[[c is None for c in kind]]
    if not unknown.empty:
        parts.append(unknown)
    return parts


def _split_aggregates(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Totals over several places or sides ("killed on both sides", "across the region":
    ``claim_scope.is_aggregate`` on the count's clause) stand apart from single counts: a sum
    is not a rival figure for one of its parts."""
    total = _feature(members, "k_total", _is_total)
    if all(total) or not any(total):
        return [members]
    # a count giving a total's very figure is that total told without its breakdown ("16
    # civilians have died in Kashmir" beside "16 have been killed - nine in A, four in B, three
    # in C"): it goes with the total, to agree with it
    sums = {f for f, t in zip(_feature(members, "k_figure", _figure), total, strict=True) if t}
    total = [t or f in sums for f, t in zip(_feature(members, "k_figure", _figure), total, strict=True)]
    if all(total):
        return [members]
    return [members[[not t for t in total]], members[total]]


def _split_causes(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Counts of people whose clauses name different kinds of attack as their cause ("killed in
    the missile strikes", "wounded in the shelling": ``claim_scope.cause_kind``) are different
    incidents' counts; a count naming none or several joins by day and words (``_split_on``).
    Things (jets, drones, sites) are not split: their kind is the category."""
    if set(members["category"]) & THING_CATEGORIES:
        return [members]
    return _split_on(members, _feature(members, "k_cause", _cause))


def _kinds_by_place(members: pd.DataFrame) -> list[str | None]:
    """Each member's people kind; a count of no stated kind placed where the counts of one
    kind only are placed is of that kind: "the number killed when missiles hit the town of
    <T> rose to 11" counts the civilians the other reports count in <T>, not the soldiers
    counted that day on the front."""
    keys = _feature(members, "k_pkey", _pkey)
    found: dict[str, set[str]] = defaultdict(set)
    for k, kind in zip(keys, members["k_kind"], strict=True):
        if k and clean(kind):
            found[k].add(kind)
    return [clean(kind) or (next(iter(found[k])) if k and len(found.get(k, ())) == 1 else None)
            for k, kind in zip(keys, members["k_kind"], strict=True)]


def _split_other(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Claims of category "other" only compare when they count the same thing."""
    uf = UnionFind(members["id"])
    rows = list(zip(members["id"], members["k_what"], strict=True))
    for i, (a, wa) in enumerate(rows):
        for b, wb in rows[i + 1 :]:
            if _jaccard(wa, wb) >= OTHER_OVERLAP:
                uf.union(a, b)
    return [members[members["id"].isin(g)] for g in uf.groups()]


def _split_stories(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Counts whose subject is unknown are compared only inside one story: with nobody's
    dead named, "20 killed" and "31 killed" on one day are more often two happenings (a
    crash and a strike) than two sides' figures."""
    if "story_id" not in members.columns:
        return [members]
    key = [clean(s) or a for s, a in zip(members["story_id"], members["article_id"], strict=True)]
    return [members[[k == s for k in key]] for s in sorted(set(key))]


def _split_sides(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Counts of soldiers whose side is unknown, given by two named sides (claimant states),
    are kept apart: "Armenia said four soldiers were killed" and "Azerbaijan said two
    servicemen died" are each side counting its own losses (what armies report), not rival
    figures for one fact. Civilians killed in one place stay one fact whoever counts them.
    Counts in an outlet's own voice stay together, apart from the sides'."""
    if "claimant_code" not in members.columns or set(members["k_kind"].dropna()) != {"military"}:
        return [members]
    key = [clean(c) or "" for c in members["claimant_code"]]
    if len({k for k in key if k}) <= 1:
        return [members]
    return [members[[k == side for k in key]] for side in sorted(set(key))]


OUTLET_VOICE = "(outlet)"


def _source(row) -> tuple[str, str]:
    return (clean(row.dup_group) or row.article_id, person_key(row.claimant_name) or OUTLET_VOICE)


def independent(sources: set[tuple[str, str]]) -> bool:
    """Whether (report, voice) sources make two independent sources: two reports (duplicate
    groups), or two named voices in one report (FORMAT: "the same value from two or more
    documents or claimants"). A report's own voice restating the figure a named claimant of
    that report gives is the same report saying it twice, not a second source."""
    reports = {r for r, _ in sources}
    named = {v for _, v in sources if v != OUTLET_VOICE}
    return len(reports) >= 2 or len(named) >= 2


def _label(row) -> str:
    who = clean(row.claimant_name) or "(outlet's own voice)"
    return f"{who} @ {clean(row.outlet) or clean(row.doc_name) or row.article_id}"


def _agreeing_sets(counted: pd.DataFrame) -> list[list[int]]:
    """Positions of members whose intervals share a point, greedily by lower bound."""
    los, his = counted["k_lo"].tolist(), counted["k_hi"].tolist()
    order = sorted(range(len(counted)), key=lambda i: (los[i], his[i]))
    sets: list[list[int]] = []
    lo, hi = -math.inf, math.inf
    for i in order:
        a, b = los[i], his[i]
        if sets and max(lo, a) <= min(hi, b):
            sets[-1].append(i)
            lo, hi = max(lo, a), min(hi, b)
        else:
            sets.append([i])
            lo, hi = a, b
    return sets


def _about(members: pd.DataFrame, category: str, subject: str | None, date: str | None) -> str:
    whats = Counter(w for w in members["what"] if clean(w))
    what = min(whats, key=lambda w: (-whats[w], len(w))) if whats else category
    return f"{what} ({subject or 'unknown subject'}, {date or 'date unknown'})"


@cache
def _pattern_lines(name: str) -> tuple[str, ...]:
    """The regular expressions of a link/data pattern file: first column, '#' lines (the source
    and the header) skipped. One reader for the word lists below."""
    text = resources.files("crisislens.link").joinpath("data", name).read_text("utf-8")
    return tuple(ln.split("\t")[0].strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@cache
def _revision_words() -> re.Pattern:
    """An updating verb that governs the number right after it: "rose to", "revised the toll
    to", "now stands at" (the text before the number must end so)."""
    pats = _pattern_lines("claim_revision.tsv")
    verbs = "|".join(f"(?:{p})" for p in pats)
    return re.compile(r"\b(?:" + verbs + r")\b(?:\s+\S+){0,3}?\s+(?:to|at)\s+(?:\S+\s+){0,2}$")


@cache
def _early_words() -> re.Pattern:
    """Words that mark a figure as an early count of a toll still being made (data)."""
    pats = _pattern_lines("claim_early.tsv")
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in pats) + r")\b", re.I)


@cache
def _clause_breaks() -> re.Pattern:
    """Where one report of a sentence ends and another begins (data: claim_clause_breaks.tsv)."""
    pats = _pattern_lines("claim_clause_breaks.tsv")
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


def count_clause(sentence: object, number_text: object) -> str:
    """The clause of the sentence that holds the count: "Four were killed in A, officials
    said, while officials in B said three died" gives the three the clause about B. The whole
    sentence when the number is not found or no break divides it."""
    text, num = clean(sentence) or "", clean(number_text) or ""
    at = text.find(num) if num else -1
    if at < 0:
        return text
    start, end = _own_sentence_bounds(text, at)
    for m in _clause_breaks().finditer(text, start, end):
        if m.end() <= at:
            start = m.start()
        elif m.start() >= at + len(num):
            end = m.start()
            break
    return text[start:end]


# The end of a sentence inside a claim's sentence (a quote of several sentences: "One aircraft was
# lost. The pilot ejected safely near <town>."): a full stop, "!" or "?" after a word of three
# lower-case letters or a digit (not "Gen." or "U.S."), then a capital.
_INNER_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=\d[.!?]))[\"'”’]?\s+(?=[\"'“‘]?[A-Z])")


def _own_sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding position ``at``: what one sentence of a quote
    says of its count is not said by the quote's next sentence ("One aircraft was lost. The
    pilot ejected safely near <town>": the town is where the pilot landed, not where the
    aircraft was lost)."""
    start, end = 0, len(text)
    for m in _INNER_SENTENCE_END.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def own_sentence(sentence: object, number_text: object) -> str:
    """The sentence of the claim's text that holds its number (the whole text when the number
    is not found)."""
    text, num = clean(sentence) or "", clean(number_text) or ""
    at = text.find(num) if num else -1
    if at < 0:
        return text
    start, end = _own_sentence_bounds(text, at)
    return text[start:end]


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_STATED_DAY = re.compile(rf"\bon\s+(?:(?P<mon>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTH})\b)(?!\d)", re.I)
STATED_LOOKBACK = 300  # days: a stated month and day further back than this is read in the year before


def stated_earlier_day(sentence: object, number_text: object, day: int | None) -> int | None:
    """The earlier day the count's own clause states ("... after the killing of 14 pilgrims in
    B on March 9"), as an ordinal, when it is before ``day`` (the day the count was given):
    such a count is of that day's happening, not of the publication day's, and must not meet
    the day's tolls. None when the clause names no month and day, or not an earlier one."""
    if day is None:
        return None
    clause = count_clause(sentence, number_text)
    m = _STATED_DAY.search(clause)
    if m is None or _weekday_nearer(clause, clean(number_text) or "", m):
        return None
    month = MONTHS[(m["mon"] or m["mon2"]).lower()]
    given = dt.date.fromordinal(day)
    for year in (given.year, given.year - 1):
        try:
            stated = dt.date(year, month, int(m["d1"] or m["d2"])).toordinal()
        except ValueError:
            return None
        if stated <= day:
            return stated if 0 < day - stated <= STATED_LOOKBACK else None
    return None


_WEEKDAY = re.compile(r"\b(?:on|early|late|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _weekday_nearer(clause: str, number_text: str, stated: re.Match) -> bool:
    """The clause gives the count a day of the week nearer the number than the month and day
    it also names ("strikes on three sites early on Thursday, in response to the attack that
    killed 14 on March 9"): the month and day is another happening's, the count is of the
    weekday's (the day the count was given, or one the time split reads)."""
    at = clause.find(number_text) if number_text else -1
    if at < 0:
        return False
    far = min(abs(stated.start() - at), abs(stated.end() - at))
    return any(min(abs(w.start() - at), abs(w.end() - at)) < far for w in _WEEKDAY.finditer(clause))


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s")


def early_count(sentence: object, after: object = None) -> bool:
    """The count's sentence, or the sentence right after it ("The toll could rise."), says
    the figure is an early count: "so far", "initial", "preliminary", "the toll could rise"."""
    following = clean(after) or ""
    following = _SENTENCE_END.split(following.lstrip(), maxsplit=1)[0]
    return bool(_early_words().search(clean(sentence) or "") or _early_words().search(following))


def moment(value: object) -> float:
    """A publication moment (articles.published_at, UTC) as seconds, NaN when the input
    gave a day only: what orders two reports of one day."""
    stamp = utc_moment(value)
    return stamp.timestamp() if stamp is not None else math.nan


@cache
def _rise_after() -> re.Pattern:
    """Words right after a figure that give the earlier figure it rose from ("at 14, up from
    12"): the figure is an update of that one (data: claim_rise_after.tsv)."""
    pats = _pattern_lines("claim_rise_after.tsv")
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in pats) + r")\b")


@cache
def _earlier_figure() -> re.Pattern:
    """Words right before a figure that name it as an earlier count of the same toll ("raising
    an earlier toll of 14"), data: claim_earlier_figure.tsv; the pattern ends at the number."""
    pats = _pattern_lines("claim_earlier_figure.tsv")
    # the figure follows: digits or a number word ("up from twelve"), not any word ("which came
    # up from the south" names no earlier figure)
    return re.compile(r"(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?=\d|" + _NUMBER_WORDS + r"\b)")


@cache
def _earlier_report() -> re.Pattern:
    """Words before a figure in its clause that report it as a voice's earlier word ("the army
    initially said five", "Earlier, the ministry had said nine"), data: claim_earlier_report.tsv."""
    return re.compile("|".join(f"(?:{p})" for p in _pattern_lines("claim_earlier_report.tsv")), re.I)


def earlier_figure(sentence: object, number_text: object) -> bool:
    """The text says this figure is an earlier one, since replaced: reported as what a voice
    said before ("initially said five", ``_earlier_report``) or named as the toll a new one
    rose from ("nine, up from seven", ``_earlier_figure``). Such a figure comes before any
    higher figure of its voice whenever it is printed, so a recap that prints it after the
    update does not make the rise a clash."""
    text, num = clean(sentence) or "", (clean(number_text) or "").lower()
    clause = count_clause(text, number_text).lower()
    at = clause.find(num) if num else -1
    if at < 0:
        return False
    if _earlier_report().search(clause[:at]):
        return True
    low = text.lower()
    start = low.find(num)
    return any(m.end() == start for m in _earlier_figure().finditer(low))


def says_revised(sentence: object, number_text: object = None) -> bool:
    """The sentence reports this count being updated ("the toll rose to 26", "at 14, up from
    12", "16 were killed, raising an earlier toll of 14": the figure that is not the earlier
    one)."""
    low, num = (clean(sentence) or "").lower(), (clean(number_text) or "").lower()
    at = low.find(num) if num else -1
    if at < 0:
        return False
    if _revision_words().search(low[:at]) or _rise_after().match(low[at + len(num):]):
        return True
    return any(m.end() != at for m in _earlier_figure().finditer(low))


def incident_links(events: pd.DataFrame, incident_of: dict[str, str]) -> dict[tuple[str, int], tuple[str | None, str | None]]:
    """(article, sentence start) -> (incident id, place) of the event that sentence states.

    A force event (CAMEO 18-20: the attack, the strikes) is preferred over a statement
    in the same sentence; among equals the first by id, so the link is deterministic."""
    if events is None or events.empty:
        return {}
    out: dict[tuple[str, int], tuple[int, str, str | None, str | None]] = {}
    for r in rows(events):
        key = (r.article_id, int(r.sent_start))
        rank = 0 if (clean(r.cameo_root) or "")[:2] in FORCE_ROOTS else 1
        cand = (rank, r.id, incident_of.get(r.id), clean(r.place))
        if key not in out or cand[:2] < out[key][:2]:
            out[key] = cand
    return {k: (v[2], v[3]) for k, v in out.items()}


def build(
    claims: pd.DataFrame, meta: pd.DataFrame, events: pd.DataFrame | None = None,
    incident_of: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """claim_groups and claim_group_members frames from all stored claims.

    ``events`` (the events table) and ``incident_of`` (event id -> incident id) tie each
    claim to the incident its sentence states; without them claims have no incident."""
    if claims.empty:
        return pd.DataFrame(columns=GROUP_COLUMNS), pd.DataFrame(columns=MEMBER_COLUMNS)
    cl = _prepare(claims, meta, incident_links(events, incident_of or {}))
    groups: list[dict] = []
    members: list[dict] = []
    for (category, subject), block in cl.groupby([cl["category"], cl["subject_code"].fillna("")], sort=True):
        for ids in _time_clusters(block):
            cluster = block[block["id"].isin(ids)]
            parts = [p for k in _split_kinds(cluster) for st in _split_states(k) for p in _split_places(st)]
            parts = [p for part in parts for a in _split_aggregates(part) for c in _split_causes(a)
                     for p in _split_periods(c)]
            if not subject:
                parts = [p for part in parts for s in _split_stories(part) for p in _split_sides(s)]
            if category == "other":
                parts = [p for part in parts for p in _split_other(part)]
            for part in parts:
                _emit(part, category, subject or None, groups, members)
    return pd.DataFrame(groups, columns=GROUP_COLUMNS), pd.DataFrame(members, columns=MEMBER_COLUMNS)


def _prepare(claims: pd.DataFrame, meta: pd.DataFrame, links: dict) -> pd.DataFrame:
    """Claims with their grouping keys: day, words, people kind, part, interval, incident, place."""
    cl = claims.merge(meta, on="article_id", how="left")
    cl = cl[cl["category"].notna()].copy()
    day_column = "ref_date" if "ref_date" in cl.columns else "date"
    stated = [stated_earlier_day(s, n, ordinal(d)) for s, n, d in zip(cl["sentence"], cl["number_text"], cl[day_column], strict=True)]
    cl["k_day"] = [s or ordinal(d) for s, d in zip(stated, cl[day_column], strict=True)]
    if "date" in cl.columns:  # the group is dated by the day its count states
        cl["date"] = [str(dt.date.fromordinal(s)) if s else d for s, d in zip(stated, cl["date"], strict=True)]
    cl["k_pub"] = [ordinal(d) for d in (cl["published"] if "published" in cl.columns else [None] * len(cl))]
    _copy_days(cl)
    _period_days(cl)
    cl["k_at"] = [moment(t) for t in (cl["published_at"] if "published_at" in cl.columns else [None] * len(cl))]
    cl["k_ctx"] = [_context(w, s) for w, s in zip(cl["what"], cl["sentence"], strict=True)]
    cl["k_what"] = [_context(w, "") for w in cl["what"]]
    cl["k_kind"] = _elliptic_kind(cl, [_kind_of(c, w) for c, w in zip(cl["category"], cl["what"], strict=True)])
    cl["k_part"] = [is_part(s, n) for s, n in zip(cl["sentence"], cl["number_text"], strict=True)]
    after = cl["next_text"] if "next_text" in cl.columns else [None] * len(cl)
    cl["k_early"] = [early_count(s, a) for s, a in zip(cl["sentence"], after, strict=True)]
    bounds = [interval(v, lo, hi, q) for v, lo, hi, q in zip(cl["value"], cl["low"], cl["high"], cl["qualifier"], strict=True)]
    cl["k_lo"] = [b[0] if b else math.nan for b in bounds]
    cl["k_hi"] = [b[1] if b else math.nan for b in bounds]
    found = [links.get((a, int(s)), (None, None)) for a, s in zip(cl["article_id"], cl["sent_start"], strict=True)]
    cl["k_incident"] = [f[0] for f in found]
    named = _places_by_article(links)
    cl["k_place"] = [
        _incident_place(f[1], sent, num, named.get(a, ()))
        for f, a, sent, num in zip(found, cl["article_id"], cl["sentence"], cl["number_text"], strict=True)
    ]
    cl["k_place"] = _restated_place(cl)
    claimants = cl["claimant_code"] if "claimant_code" in cl.columns else []
    parties = frozenset(c for c in (clean(v) for v in [*cl["subject_code"], *claimants]) if c)
    # whose side a count of people is on ("the toll on its side"); a thing's side ("debris fell on
    # the Indian side") is where it came down, not whose it was
    codes = [None if c in THING_CATEGORIES else clean(v) or ""
             for c, v in zip(cl["category"], list(claimants) if len(claimants) else [None] * len(cl), strict=True)]
    cl["k_state"] = [
        _count_state(place, sent, num, parties, code)
        for place, sent, num, code in zip(cl["k_place"], cl["sentence"], cl["number_text"], codes, strict=True)
    ]
    _subject_from_place(cl)
    _subject_of_ellipsis(cl)
    _subject_of_things(cl)
    _subject_of_held(cl)
    _subject_of_place_peers(cl)
    return _per_claim(cl[cl["k_lo"].notna()].copy())


def _copy_days(cl: pd.DataFrame) -> None:
    """A wire copy's count is of the day its original's same count is of: a copy that changes the
    dateline or the headline reprints the original's facts, so it is dated once, as it counts
    once (the copy's own events may date its sentences otherwise)."""
    if "dup_group" not in cl.columns:
        return
    original = {(a, c, s): d for a, g, c, s, d in zip(cl["article_id"], cl["dup_group"], cl["category"], cl["sentence"],
                                                     cl["k_day"], strict=True) if a == g and d is not None}
    cl["k_day"] = [original.get((g, c, s), d) if clean(g) and g != a else d
                   for a, g, c, s, d in zip(cl["article_id"], cl["dup_group"], cl["category"], cl["sentence"],
                                            cl["k_day"], strict=True)]


def _period_days(cl: pd.DataFrame) -> None:
    """Each count's span (``claim_scope.count_span``); a running total ("five soldiers killed
    since Tuesday morning") is of the day it was reported, to which its period runs, not of the
    day its period starts: the start is no day the count refers to, so it neither dates the
    group nor keeps the count from the reports of its own day."""
    cl["k_span"] = [_span(r) for r in rows(cl)]
    period = [s == "period" and pd.notna(p) for s, p in zip(cl["k_span"], cl["k_pub"], strict=True)]
    cl["k_day"] = [p if t else d for t, p, d in zip(period, cl["k_pub"], cl["k_day"], strict=True)]
    if "date" in cl.columns:
        cl["date"] = [None if t else d for t, d in zip(period, cl["date"], strict=True)]


def _span(r) -> str | None:
    return count_span(count_clause(r.sentence, r.number_text))


def _split_periods(members: pd.DataFrame) -> list[pd.DataFrame]:
    """A count of one stated day ("three soldiers were killed on Tuesday") and a running total
    of a period ("about 40 soldiers killed since the fighting began") are two facts, the day's
    dead among the period's: where both are counted they stand apart, and a count of no stated
    span joins the one of its day and words (``_split_on``)."""
    return _split_on(members, _feature(members, "k_span", _span))


def _elliptic_kind(cl: pd.DataFrame, kinds: list[str | None]) -> list[str | None]:
    """Each count's kind of people; a count that names none takes the one kind its own
    sentence's other counts of its category name: "Pakistan said it killed 15 Indian soldiers;
    India said it lost two" leaves the noun out of the second figure, which counts soldiers
    too (English ellipsis of a noun already given). The dead and the wounded of one sentence
    share the noun too: "11 soldiers were killed and 27 wounded" counts 27 wounded soldiers (a
    toll's two figures, ``TOLL_CATEGORIES``). Not where the sentence counts two kinds."""
    toll = [("toll" if c in TOLL_CATEGORIES else c) for c in cl["category"]]
    sentence = list(zip(cl["article_id"], cl["sent_start"], toll, strict=True))
    named: dict[tuple, set[str]] = defaultdict(set)
    for key, kind in zip(sentence, kinds, strict=True):
        if kind:
            named[key].add(kind)
    return [k or (next(iter(named[key])) if len(named.get(key, ())) == 1 else None)
            for key, k in zip(sentence, kinds, strict=True)]


def _restated_place(cl: pd.DataFrame) -> list[str | None]:
    """Each count's place; an unplaced count takes the place of the count of its category and
    figure that its own report placed: "three villagers were injured in <town>" and, further
    down, "the three injured villagers were stable, the deputy commissioner said" are one
    count said twice, not a figure free to join another town's group. Only where the report
    placed that figure of that kind of people in one place: "two daughters" killed in a town
    and "two of its soldiers" killed are two counts of one figure."""
    placed: dict[tuple, set[str]] = defaultdict(set)
    keys = list(zip(cl["article_id"], cl["category"], cl["k_kind"], strict=True))
    for key, v, p in zip(keys, cl["value"], cl["k_place"], strict=True):
        if clean(p) and clean(v) is not None:
            placed[(*key, float(v))].add(p)
    out = []
    for key, v, p in zip(keys, cl["value"], cl["k_place"], strict=True):
        same = placed.get((*key, float(v)), set()) if clean(v) is not None else set()
        out.append(p if clean(p) or len(same) != 1 else next(iter(same)))
    return out


def _count_state(place: object, sentence: object, number_text: object, parties: frozenset[str],
                 claimant_code: str | None = None) -> str | None:
    """The state where the count happened: the state holding its place, else the state of the
    gazetteer place the count's clause (``count_clause``) names nearest the number ("In <town>, the district chief said
    nine were wounded": a local official speaks where the count is). A capital named only
    in the sentence is not the count's place (governments speak there about other places:
    "in Moscow, the ministry said ..."), and only a party's state (``parties``: the states
    whose people are counted or who claim) is kept: a third state that hosts a statement
    ("in Geneva, the UN said ...") does not locate the dead. A count of people whose clause puts
    it on a side of the front ("the toll on its side", "killed on the Indian side":
    ``claim_sides.side_state``) is on that state's ground: ``claimant_code`` is the count's
    claimant's code ("" when it has none), None for a count of things, whose side is where they
    came down ("debris fell on the Indian side")."""
    state = place_state(place)
    if state in parties:
        return state
    text, num = count_clause(sentence, number_text), clean(number_text) or ""
    side = side_state(text, claimant_code or None) if claimant_code is not None else None
    if side in parties:  # "the toll on its side", "killed on the Indian side"
        return side
    at = text.find(num) if num else -1
    named = [(off, code) for off, name, code in places_named(text)
             if code in parties and fold(name).casefold() not in capitals()]
    near = sorted((abs(off - at) if at >= 0 else off, code) for off, code in named)
    return near[0][1] if near else None


def _subject_from_place(cl: pd.DataFrame) -> None:
    """Whose people a count of unknown subject counts, from where it happened: civilians (or
    people of no stated kind) hurt in a town are that town's state's people, as an annotator
    reads "nine were wounded in <town>". Soldiers and militants are not (armies fight on the
    other side's ground), so their counts stay of unknown subject."""
    given = [clean(v) for v in cl["subject_code"]]
    cl["k_subject_from_place"] = [
        g is None and state is not None and kind not in ("military", "militant")
        for g, state, kind in zip(given, cl["k_state"], cl["k_kind"], strict=True)
    ]
    cl["subject_code"] = [
        state if inferred else g for g, state, inferred in zip(given, cl["k_state"], cl["k_subject_from_place"], strict=True)
    ]


def _subject_of_place_peers(cl: pd.DataFrame) -> None:
    """A civilian count of unknown subject placed in a town where the counts of its category
    within its day window name one subject only takes that subject: two ministries counting
    the dead of one shelled town are counting the same people, and when extraction could tell
    whose they are for one report (the town's state) but not for the other (there the town's
    state is the attacker the report names, so it was rightly not guessed), the two would
    otherwise never be compared. Soldiers and militants are left, as in ``_subject_from_place``."""
    given = [clean(v) for v in cl["subject_code"]]
    known: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for c, place, d, g in zip(cl["category"], cl["k_place"], cl["k_day"], given, strict=True):
        if g and place and pd.notna(d):
            known.setdefault((c, place), []).append((d, g))
    out = []
    for c, place, d, g, kind in zip(cl["category"], cl["k_place"], cl["k_day"], given, cl["k_kind"], strict=True):
        if g or not place or pd.isna(d) or kind in ("military", "militant"):
            out.append(g)
            continue
        peers = {s for kd, s in known.get((c, place), []) if abs(kd - d) <= DATE_WINDOW}
        out.append(peers.pop() if len(peers) == 1 else g)
    cl["subject_code"] = out


def _subject_of_ellipsis(cl: pd.DataFrame) -> None:
    """A count of things that names no thing ("Pakistan says six were hit": its noun phrase is a
    bare number, ``claim_scope.counted_nouns`` finds nothing) counts what the count of its
    category just before it in its report counted, in the same sentence or the one before
    ("The government said Indian forces struck nine sites. Pakistan says six were hit."): English
    leaves out a noun just given. It takes that count's owner when it has none."""
    if "sent_end" not in cl.columns:
        return
    given = [clean(v) for v in cl["subject_code"]]
    recs = list(zip(cl["article_id"], cl["category"], cl["sent_start"], cl["sent_end"], given, cl["what"], strict=True))
    out = list(given)
    for i, (art, cat, start, _, subj, what) in enumerate(recs):
        if subj or cat not in THING_CATEGORIES or counted_nouns(what):
            continue
        before = [(s0, subject) for a, c, s0, e0, subject, _ in recs if a == art and c == cat and subject
                  and s0 <= start and (s0 == start or 0 <= start - e0 <= ELLIPSIS_GAP)]
        if before:
            out[i] = max(before)[1]
    cl["subject_code"] = out


ELLIPSIS_GAP = 3  # characters between one sentence's end and the next one's start (a space, a newline)


def _subject_of_things(cl: pd.DataFrame) -> None:
    """Whose aircraft, drones, missiles or sites a count of unknown owner counts, when the
    counts of its category within its day window (``DATE_WINDOW``) name one owner only: on a
    day when only one side's jets are counted ("Pakistan says it downed four Indian jets"),
    "We have lost one aircraft", the air marshal said, and "the military put the figure at
    four" count those jets. A claimant that says it did the striking ("India says it hit three
    sites": ``claim_scope.claimant_struck``) counts an owner other than itself. Where two such
    owners are counted that day, or the count has no day, it keeps no subject (it is compared
    only within its story). People are not read so: whose dead an unnamed toll counts is what
    the two sides dispute."""
    given = [clean(v) for v in cl["subject_code"]]
    codes = [clean(c) for c in cl["claimant_code"]] if "claimant_code" in cl.columns else [None] * len(cl)
    known = [(c, d, g) for c, d, g in zip(cl["category"], cl["k_day"], given, strict=True)
             if g and c in THING_CATEGORIES and pd.notna(d)]
    out = []
    for c, d, g, who, sent, num in zip(cl["category"], cl["k_day"], given, codes, cl["sentence"], cl["number_text"], strict=True):
        owners = set() if g or c not in THING_CATEGORIES or pd.isna(d) else {
            s for kc, kd, s in known if kc == c and abs(kd - d) <= DATE_WINDOW}
        if who and claimant_struck(sent, num):
            owners.discard(who)
        out.append(owners.pop() if len(owners) == 1 else g)
    cl["subject_code"] = out


def _subject_of_held(cl: pd.DataFrame) -> None:
    """Whose people a count of captives of unknown subject counts, when the detention counts of
    its kind of people within its day window (``DATE_WINDOW``) name one subject only: "the RSF
    said it had captured 35 soldiers" and, elsewhere, "35 army soldiers" captured that day are
    one side's men, and so are the soldiers the army denies any were captured of. What the
    sides dispute there is how many, not whose; a day with two subjects' captives named, or a
    count of no day or no kind, keeps no subject."""
    given = [clean(v) for v in cl["subject_code"]]
    kinds = [clean(k) for k in cl["k_kind"]]
    known = [(d, k, g) for c, d, k, g in zip(cl["category"], cl["k_day"], kinds, given, strict=True)
             if g and k and c == "detained" and pd.notna(d)]
    out = []
    for c, d, k, g in zip(cl["category"], cl["k_day"], kinds, given, strict=True):
        subjects = set() if g or c != "detained" or not k or pd.isna(d) else {
            s for kd, kk, s in known if kk == k and abs(kd - d) <= DATE_WINDOW}
        out.append(subjects.pop() if len(subjects) == 1 else g)
    cl["subject_code"] = out


def _per_claim(cl: pd.DataFrame) -> pd.DataFrame:
    """What each claim contributes to any group it lands in, computed once per claim rather
    than once per group and per sub-group: its source, figure, shown value, label, side,
    whether it is a wire copy or says the count was revised, and its member row."""
    recs = rows(cl)
    cl["k_source"] = [_source(r) for r in recs]
    cl["k_figure"] = [_figure(r) for r in recs]
    cl["k_fmt"] = [_fmt(r) for r in recs]
    cl["k_label"] = [_label(r) for r in recs]
    cl["k_side"] = [_side(r) for r in recs]
    cl["k_copy"] = [bool(clean(r.dup_group) and r.dup_group != r.article_id) for r in recs]
    cl["k_earlier"] = [earlier_figure(r.sentence, r.number_text) for r in recs]
    # an earlier figure is not the update, though its sentence names another earlier one
    cl["k_revised"] = [says_revised(r.sentence, r.number_text) and not e for r, e in zip(recs, cl["k_earlier"], strict=True)]
    cl["k_member"] = [_member(r) for r in recs]
    for column, compute in _SCOPE_FEATURES.items():  # the clause readings the splits and _emit use
        cl[column] = [compute(r) for r in recs]
    return cl


def _pkey(r) -> str | None:
    return _place_key(r.k_place)


def _is_total(r) -> bool:
    return is_aggregate(count_clause(r.sentence, r.number_text)) or broken_down(r.sentence, r.number_text)


def _cause(r) -> str | None:
    return cause_kind(count_clause(r.sentence, r.number_text))


def _shared_key(r) -> str | None:
    return _place_key(r.k_place) or _written_place(r.sentence, r.number_text)


def _voice(r) -> str | None:
    """The claimant's key when it is a named voice (``claim_scope.named_voice``), else None."""
    return person_key(r.claimant_name) if named_voice(r.claimant_name) else None


def _nouns(r) -> frozenset[str]:
    return frozenset(counted_nouns(r.what))


# Readings of a claim's own words that the splits and the comparison use, each computed once per
# claim in ``_per_claim`` (they were computed per group and per pair of claims).
_SCOPE_FEATURES = {"k_pkey": _pkey, "k_total": _is_total, "k_cause": _cause, "k_shared": _shared_key,
                   "k_voice": _voice, "k_nouns": _nouns}


def _incident_place(event_place: str | None, sentence: object, number_text: object, named: Iterable[str]) -> str | None:
    """Where the count happened: the place its own words give it ("three were killed in
    <town>": a sentence with two tolls in two towns has one event but two places), else its
    sentence's event's place, else a place of the article's events that the sentence names;
    each only when named in the count's own clause (``count_clause``: the event of
    "four were killed in A" is not where "..., while B said three died" happened); never a
    place that only frames the statement ("In Washington, officials said ...",
    "..., officials said in Kinshasa"). A clause that writes no name at all ("four were killed
    in A, while three were wounded") states no place of its own and is read in its whole
    sentence: it is the same report's next figure, not another place's."""
    read = read_sentence(clean(sentence), clean(number_text))
    framing = {p.casefold() for p in read.statement()} | speech_settings(sentence)
    written = count_clause(sentence, number_text)
    if not _NAME_IN_CLAUSE.search(written[1:]):
        written = own_sentence(sentence, number_text)
    written = _before_parts(written, number_text)
    clause = written.casefold()
    for place in (read.of_count(), event_place, _place_named(clause, named, framing)):
        if place and place.casefold() not in framing and place.casefold() in clause and not _state_unplaced(place, written):
            return place
    return _town_named(written, number_text, framing)


# Where a count's list of its parts begins, after the count: "six locations, including a mosque in
# <town>" names the town of one part, not where the six were.
_PARTS_OPEN = re.compile(r",?\s+(?:including|among them|among whom|of whom|of which|such as)\b", re.I)


def _before_parts(clause: str, number_text: object) -> str:
    """The clause up to the list of the count's parts that follows its number ("India hit six
    locations, including a mosque in A and a school in B": A and B place two of the six, so
    neither is the six's place), or up to its per-place breakdown ("16 killed - nine in A, four
    in B": a total over both)."""
    num = clean(number_text) or ""
    at = clause.find(num) if num else -1
    if at < 0:
        return clause
    ends = [len(clause)]
    m = _PARTS_OPEN.search(clause, at + len(num))
    if m:
        ends.append(m.start())
    breakdown = breakdown_start(clause, at + len(num))
    if breakdown is not None:
        ends.append(breakdown)
    return clause[: min(ends)]


def _state_unplaced(place: str, clause: str) -> bool:
    """The place is a state's own name ("Pakistan", "Sudan") that does not place the count: a
    state speaking ("Pakistan says it downed three jets", which an event coder may read as the
    event's place), or a country named beside another area ("nine sites in Pakistan and
    Pakistan-administered Kashmir": a count across both). Written after a locative preposition
    on its own ("31 were killed in the strikes across Pakistan") it places a national count."""
    if fold(place).casefold() not in state_names():
        return False
    for m in re.finditer(rf"\b{re.escape(place)}\b(?![-‐–])", clause, re.I):  # not "Pakistan-administered"
        if _STATE_LOCATIVE.search(clause[: m.start()]) and not _COORDINATED_AFTER.match(clause[m.end():]):
            return False
    return True


_STATE_LOCATIVE = re.compile(r"\b(?:in|across|throughout|inside|over|on)\s+(?:the\s+)?$", re.I)
# another place named right after the country ("in Pakistan and Pakistan-occupied Kashmir")
_COORDINATED_AFTER = re.compile(r"^\s*(?:,|and|or|&)\s+(?:the\s+)?(?:[a-z-]+\s+)?[A-Z]")


def _town_named(clause: str, number_text: object, framing: set[str]) -> str | None:
    """The gazetteer town the count's own clause names as where it happened, when no event
    gave one ("the toll from the strike on El Fasher rose to 11"): without it the count is
    unplaced and joins whatever other town's count of the day its words share most (a
    different town's toll), which is a false contradiction. A clause naming several towns
    ("strikes on A, B and C") gives a toll across them: no one place."""
    found = specific_places(clause)
    if len({name for _, _, name, _ in found}) != 1:
        return None
    start, end, name, _ = found[0]
    written = clause[start:end].casefold()
    if written in framing or name.casefold() in framing:
        return None
    if not _LOCATIVE.search(clause[:start]) or _AREA_AFTER.match(clause[end:]):
        return None
    return name


# A place a count happened in is written after "in", "on", "at", "near", "outside", "over", or
# as the object of a verb of striking ("shells hit Martuni"), also as "the <adjective> town of X".
_LOCATIVE = re.compile(
    r"\b(?:in|on|at|near|outside|over|struck|hit|shelled|bombed|pounded|attacked|raided)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:(?:town|village|city|port)\s+of\s+)?$", re.I)


# "Kotli district", "Kharkiv region": the area around a town, which may hold the town of another
# report's count (a village in it), so it keys no place of its own.
_AREA_AFTER = re.compile(r"^\s+(?:district|province|region|governorate|oblast|state|county|division|area)s?\b", re.I)


# A capitalised word after a space inside a clause: the clause names someone or somewhere.
_NAME_IN_CLAUSE = re.compile(r"\s[^\W\d_a-z]")


def _places_by_article(links: dict) -> dict[str, list[str]]:
    """The places the event coder found anywhere in each article, longest first."""
    out: dict[str, set[str]] = defaultdict(set)
    for (article_id, _), (_, place) in links.items():
        if place:
            out[article_id].add(place)
    return {a: sorted(ps, key=lambda p: (-len(p), p)) for a, ps in out.items()}


def _place_named(sentence: object, places: Iterable[str], framing: set[str]) -> str | None:
    """A place of the article's events that the count's own sentence names ("5 killed in Kotli"),
    other than one that frames the statement (``framing``, folded)."""
    text = clean(sentence) or ""
    for place in places:
        if place.casefold() not in framing and re.search(rf"\b{re.escape(place)}\b", text, re.I):
            return place
    return None


def _place_key(place: object) -> str | None:
    """One key for the names of one place: "Congo's Goma" and "Goma" are one
    town (the last gazetteer place a name holds), else the folded name."""
    text = clean(place)
    if text is None:
        return None
    named = places_named(text)
    if named:
        return fold(named[-1][1]).casefold()
    towns = specific_places(text)  # "Khan Younis" and "Khān Yūnis": the generated town's name
    return fold(towns[-1][2] if towns else without_state_possessor(text)).casefold()


def _split_places(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Counts placed in different places are different facts. An unplaced count of people
    that is of another day than every placed count, and whose own clause names towns none of
    which is their place ("23 were injured and taken to hospitals in A and B", the day before
    a toll placed in C), is keyed by those towns: two signs that it is of another incident,
    so it does not join C's group by its words. Either sign alone is weak (a district's
    count names its chief town, not the village of the placed count; an overnight toll is
    dated either day)."""
    key = _feature(members, "k_pkey", _pkey)
    places = {k for k in key if k}
    days = {d for d, k in zip(members["k_day"], key, strict=True) if k and pd.notna(d)}
    if places:
        rows_ = zip(key, members["sentence"], members["number_text"], members["category"], members["k_day"], strict=True)
        for i, (k, sent, num, cat, day) in enumerate(rows_):
            if k is not None or cat in THING_CATEGORIES or pd.isna(day) or day in days:
                continue
            towns = _clause_towns(sent, num)
            if towns and not towns & places:
                key[i] = "~" + "|".join(sorted(towns))
    return _split_on(members, key)


def _clause_towns(sentence: object, number_text: object) -> set[str]:
    """Place keys of the gazetteer towns the count's clause names, capitals aside (governments
    speak there about other places)."""
    names = {name for _, _, name, _ in specific_places(count_clause(sentence, number_text))}
    return {k for k in (_place_key(n) for n in names) if k and k not in capitals()}


def _split_states(members: pd.DataFrame) -> list[pd.DataFrame]:
    """Counts that happened in different states are different facts, whatever their subject:
    the toll of a town on one side of a border and the toll of a town on the other are two
    incidents even when one outlet's sentence mixes them up."""
    return _split_on(members, [clean(s) for s in members["k_state"]])


def _split_on(members: pd.DataFrame, key: list[str | None]) -> list[pd.DataFrame]:
    """Split by a key (a place, a state): members with different keys are
    different facts; those without one join a key group of their own day if there is one
    (a time cluster spans two days: an unplaced count of Thursday is Thursday's town's), and
    among those the one whose words they share most (the largest on a tie); they stand
    together when no member has a key."""
    places = sorted({k for k in key if k})
    if len(places) <= 1:
        return [members]
    days = list(members["k_day"])
    words = {p: set().union(*[c for c, k in zip(members["k_ctx"], key, strict=True) if k == p]) for p in places}
    on_day = {p: {d for d, k in zip(days, key, strict=True) if k == p} for p in places}
    size = Counter(k for k in key if k)
    out = []
    for ctx, k, day in zip(members["k_ctx"], key, days, strict=True):
        out.append(k or max(places, key=lambda p: (day in on_day[p], _jaccard(ctx, words[p]), size[p], p)))
    return [members[[o == p for o in out]] for p in places]


def _side(row) -> str:
    """Whose figure it is (``common.side_label``)."""
    return side_label(getattr(row, "claimant_code", None), row.claimant_name,
                      clean(row.outlet) or clean(row.doc_name) or row.article_id)


def _figure(r) -> float:
    return float(r.value) if clean(r.value) is not None else float(r.k_lo)


# Why a rising figure is a revision, by what ordered the figures (``_is_revision``).
REVISION_WHY = {
    "timed": ("a lower figure published earlier on the incident's day and a higher one later "
              "(by the publication time)"),
    "developing": ("an early count of the incident's day ('so far', 'initial', 'could rise') and a "
                   "higher one that day or later"),
    "later": "later or updated reports",
    "earlier": "a figure the text names as an earlier one ('initially said', 'up from') and a higher one",
}


def classify(counted: pd.DataFrame, sets: list[list[int]]) -> tuple[str, str]:
    """(kind, why) for the counted members of one group."""
    sources = set(counted["k_source"])
    figures = sorted(set(counted["k_figure"]))
    shown = " / ".join(f"{f:g}" for f in figures)
    if len(sets) == 1:
        if not independent(sources):
            return "single-source", "one independent source"
        if len(figures) == 1:
            return "agreement", f"{len(sources)} independent sources give {shown}"
        return "range", f"figures {shown} differ but their bounds are compatible"
    why = _is_revision([counted.iloc[pos] for pos in sets])
    if why is not None:
        return "revision", f"the figure rises over time ({shown}): {REVISION_WHY[why]}"
    if _one_voice_of_one_article(counted):
        return "single-source", f"one voice of one report gives {shown}: no second source disagrees"
    return "contradiction", f"incompatible figures {shown} for the same incident and time"


def _one_voice_of_one_article(counted: pd.DataFrame) -> bool:
    """All figures are one article's, in one voice: "four children and three women were among
    the dead", the official said, gives two figures but no second source to disagree with
    (a toll it says rose is still a revision); so do several voices of one report that all speak
    for one state. Two articles of one duplicate group are not
    this: an updated wire copy that raises its figure is a revision, one that lowers it a
    clash (``_is_revision``)."""
    if counted["article_id"].nunique() != 1:
        return False
    if counted["k_side"].nunique() <= 1:
        return True
    # one report's figures from officials of one state (a ministry's morning and evening toll,
    # a province's count of another incident): the report gives its side's figures, no rival's
    # a voice of no known state counting on that state's ground ("an AJK government spokesperson
    # said four were killed and 11 injured in the shelling", beside the ISPR's toll) is one of its
    # local officials
    states = list(counted["k_state"]) if "k_state" in counted.columns else [None] * len(counted)
    codes = ([clean(c) or clean(st) for c, st in zip(counted["claimant_code"], states, strict=True)]
             if "claimant_code" in counted.columns else [None])
    return all(codes) and len(set(codes)) == 1


def _is_revision(parts: list[pd.DataFrame]) -> str | None:
    """Why the figures are a revision (a key of REVISION_WHY), or None when they are not.

    Each higher set of figures comes later than the one below it (a later publication
    day, a later publication time on the incident's day, or a sentence that says the count
    rose), or, where a report has no time, the lower set is a developing toll
    (``_developing``); and no two named sides (claimant states) stand behind the lower and
    the higher figures: a revision is one side updating. The reason is the strongest order
    any step has: the clock, else an early count's own words, else the day or the wording."""
    timed_any = developing_any = earlier_any = False
    for low, high in zip(parts, parts[1:], strict=False):
        earlier = _said_earlier(low)
        # a figure the text names as an earlier one was out before the higher one, whatever day
        # the report that recalls it came out
        lo_pub = [d for d, e in zip(low["k_pub"], earlier, strict=True) if pd.notna(d) and not e]
        hi_pub = [d for d in high["k_pub"] if pd.notna(d)]
        if lo_pub and hi_pub and min(hi_pub) < max(lo_pub):
            return None  # a higher figure published before a lower one: not a rising toll
        # a report that names the lower figure as the count's earlier one ("raising an earlier toll
        # of 14") orders the two figures itself: another report of the lower one published after
        # the higher is a late retelling of the earlier count, not a clock that says it came later
        timed = None if any(earlier) else _timed_order(low, high)
        if timed is False:
            return None  # the higher figure was out first that day: the clock beats the wording
        developing = _developing(low)
        later = bool(lo_pub and hi_pub and min(hi_pub) > max(lo_pub))
        if not (later or bool(high["k_revised"].any()) or all(earlier) or timed or (timed is None and developing)):
            return None
        if _sides_clash(low, high, by_states_only=bool(timed) and _counted_toll(low, high)):
            return None  # another side's higher figure does not revise this side's
        timed_any, developing_any = timed_any or bool(timed), developing_any or developing
        earlier_any = earlier_any or (all(earlier) and not (later or timed or developing))
    return "timed" if timed_any else "developing" if developing_any else "earlier" if earlier_any else "later"


def _said_earlier(part: pd.DataFrame) -> list[bool]:
    """Per member: its text names it an earlier figure (``earlier_figure``)."""
    if "k_earlier" in part.columns:
        return [bool(e) for e in part["k_earlier"]]
    return [earlier_figure(s, n) for s, n in zip(part["sentence"], part["number_text"], strict=True)]


def _timed_order(low: pd.DataFrame, high: pd.DataFrame) -> bool | None:
    """By the clock, for lower figures reported on the incident's own day: True when every
    higher figure was published after every lower one, False when one was not. None when a
    report has no publication time (the input gave a day only) or the lower figures are not
    of the incident's day: then the day and the early-count wording decide, as before."""
    if "k_at" not in low.columns or "k_at" not in high.columns or not _on_incident_day(low):
        return None
    lo, hi = list(low["k_at"]), list(high["k_at"])
    if not lo or not hi or any(pd.isna(t) for t in (*lo, *hi)):
        return None
    if min(hi) == max(lo):
        return None  # the last lower figure and the first higher one came out at one moment (one
        # report giving both: "14, up from 12"): the clock says nothing, the words decide
    return bool(min(hi) > max(lo))


def _on_incident_day(part: pd.DataFrame) -> bool:
    """Every report of these figures was published on the day the counts refer to, or the
    day after (within DATE_WINDOW): a toll of an overnight attack ("overnight", dated the
    evening before) is first counted the next morning, and still develops that day."""
    return all(
        pd.notna(p) and pd.notna(d) and 0 <= p - d <= DATE_WINDOW
        for p, d in zip(part["k_pub"], part["k_day"], strict=True)
    )


def _developing(low: pd.DataFrame) -> bool:
    """A lower figure reported on the incident's own day, each report of it saying it is an
    early count ("so far", "initial", "the toll could rise"): where a report has no time of
    day (the input gave a day only), the text's own word for an incomplete count is what
    orders it before a higher figure of that day."""
    if "k_early" not in low.columns or not bool(low["k_early"].all()):
        return False
    return _on_incident_day(low)


def _counted_toll(low: pd.DataFrame, high: pd.DataFrame) -> bool:
    """Both figures count people killed or injured: a toll that grows as bodies and wounded
    are counted, unlike aircraft, drones or sites, whose rival figures are claims of outcome."""
    cats = set(low["category"]) | set(high["category"]) if "category" in low.columns else set()
    return bool(cats) and cats <= TOLL_CATEGORIES


def _sides_clash(low: pd.DataFrame, high: pd.DataFrame, by_states_only: bool = False) -> bool:
    """Two named sides (claimant states) behind the two figures on the same day; or named
    claimants on both sides who share neither a name nor a state: a revision is a source
    updating its own count, so another named claimant's higher figure is a rival one
    ("two dead", says Baku's ministry; "at least ten", says a Yerevan official).

    ``by_states_only``: a casualty toll whose higher figure came out later by the clock on
    the incident's day ("one dead", police said in the morning; 14 by evening, the
    governor said) is the count developing through several voices of one side, as the
    issue's early tolls do; then only claimants of two different states, or a stateless voice
    raising a state's own figure, make it a rivalry."""
    lo = {clean(c) for c in low["claimant_code"]} if "claimant_code" in low.columns else set()
    hi = {clean(c) for c in high["claimant_code"]} if "claimant_code" in high.columns else set()
    lo.discard(None)
    hi.discard(None)
    if lo and hi and lo != hi:
        return True
    lo_names = {person_key(n) for n in low["claimant_name"]} - {None}
    hi_names = {person_key(n) for n in high["claimant_name"]} - {None}
    every_named = all(clean(n) for n in high["claimant_name"]) and all(clean(n) for n in low["claimant_name"])
    rivals = bool(every_named and lo_names and hi_names and not lo_names & hi_names and not lo & hi)
    if rivals and not hi and "k_revised" in high.columns and bool(high["k_revised"].any()):
        # a voice of no known state saying the count "had risen to" the higher figure reports the
        # same count growing (a rival claims its own figure; it does not say another's toll rose)
        rivals = False
    if rivals and not (lo or hi):
        # voices of no state are rivals only when each side names one: "local officials" then
        # "medics" are one town's count growing, not two sides ("Medics" begins a sentence)
        rivals = any(named_voice(n) for n in low["claimant_name"]) and any(named_voice(n) for n in high["claimant_name"])
    if by_states_only:
        # a named voice of no known state does not raise a known state's own count
        # ("two dead", Kigali said; eleven, a Congolese officer said), but a known
        # state's voice may raise an early count from medics or witnesses
        # ... and only a named one: unnamed local voices ("provincial officials", "medics") raising
        # an army's early count of one town's dead are the local count growing
        return rivals and bool(lo) and not hi and any(named_voice(n) for n in high["claimant_name"])
    return rivals


def _reason(part: pd.DataFrame, category: str, subject: str | None, date: str | None, why: str) -> str:
    bits = [f"{len(part)} claims of '{category}' about {subject or 'an unknown subject'}",
            f"referring to {date or 'no known day'} (within {DATE_WINDOW} day)"]
    incidents = Counter(i for i in part["k_incident"] if clean(i))
    if incidents:
        inc, n = incidents.most_common(1)[0]
        bits.append(f"{n} stated with the same incident {inc}")
    places = sorted({p for p in part["k_place"] if clean(p)})
    if places:
        bits.append(f"placed in {', '.join(places)}")
    copies = int(part["k_copy"].sum())
    if copies:
        bits.append(f"{copies} near-duplicate cop{'y' if copies == 1 else 'ies'} counted once")
    return "; ".join(bits) + f": {why}"


def _values(counted: pd.DataFrame) -> tuple[dict[str, list[str]], dict[str, dict[str, list[str]]]]:
    values: dict[str, list[str]] = defaultdict(list)
    sides: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for fmt, label, side in zip(counted["k_fmt"], counted["k_label"], counted["k_side"], strict=True):
        values[fmt].append(label)
        sides[side][fmt].append(label)
    return values, sides


def _emit(part: pd.DataFrame, category: str, subject: str | None, groups: list, members: list) -> None:
    part = part.sort_values("id")
    counted = _denials_apart(part[~part["k_part"] & _has_figure(part)])
    if counted.empty:
        counted = part  # only subset counts: compare them with each other
    gid = stable_id("claims", category, subject, part["id"].iloc[0])
    date = _group_date(part)
    sets = _agreeing_sets(counted)
    kind, why = classify(counted, sets)
    if kind == "contradiction" and subject is None and not _shared_place(counted) and not _rival_sets(counted, sets):
        _emit_apart(part, counted, sets, category, groups, members)
        return
    groups.append(_group_row(gid, part, counted, category, subject, date, kind, _reason(part, category, subject, date, why)))
    counted_at = set(counted.index)
    for at, base in zip(part.index, part["k_member"], strict=True):
        members.append({**base, "group_id": gid, "role": "count" if at in counted_at else "part"})
    if kind not in ("contradiction", "revision"):
        return
    for pos in sets:
        sub = counted.iloc[pos]
        if not independent(set(sub["k_source"])):
            continue
        sid = stable_id("claims-agree", gid, sub["id"].iloc[0])
        sub_kind, sub_why = classify(sub, [list(range(len(sub)))])
        whose = "one side of contradiction" if kind == "contradiction" else "one figure of revision"
        row = _group_row(sid, sub, sub, category, subject, date, sub_kind, f"{whose} {gid}: {sub_why}")
        row["parent_id"] = gid
        groups.append(row)
        members.extend({**base, "group_id": sid, "role": "count"} for base in sub["k_member"])


def _has_figure(part: pd.DataFrame) -> pd.Series:
    """Per member: it states a figure, a number or a closed range. A word of open size
    ("dozens of drones", "thousands fled": no value, only a floor) says many, not how many:
    no figure to agree or clash with, so it is held in the group as a part, like a subset."""
    high = part["high"] if "high" in part.columns else pd.Series(math.nan, index=part.index)
    return part["value"].notna() | high.notna()


def _shared_place(counted: pd.DataFrame) -> bool:
    """Every counted member is placed, in one place: what a clash of unknown subject needs. The
    place is the member's key place, else the name its own clause writes after a locative
    preposition ("killed in the air strike on Deir al-Balah": a town the gazetteer lacks)."""
    keys = _feature(counted, "k_shared", _shared_key)
    return all(keys) and len(set(keys)) == 1


_WRITTEN_PLACE = re.compile(r"\b(?:in|on|at|near)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*)*)")
_NOT_PLACES = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", *MONTHS))


def _written_place(sentence: object, number_text: object) -> str | None:
    """The first capitalised name after "in/on/at/near" in the count's clause, days and months
    aside, folded; statement settings ("at a briefing in X") aside."""
    framing = speech_settings(sentence)
    for m in _WRITTEN_PLACE.finditer(count_clause(sentence, number_text)):
        name = fold(m.group("name")).casefold()
        if name.split()[0] not in _NOT_PLACES and name not in framing:
            return name
    return None


def _rival_sets(counted: pd.DataFrame, sets: list[list[int]]) -> bool:
    """Two of the figures come from rival voices: claimants of two states, or two named voices
    (``claim_scope.named_voice``), none of either behind the other's figure. One voice behind
    both figures (the ministry's morning and evening toll) makes no rivalry."""
    codes = [{c for c in (clean(v) for v in counted.iloc[pos]["claimant_code"]) if c}
             if "claimant_code" in counted.columns else set() for pos in sets]
    voice = _feature(counted, "k_voice", _voice)
    voices = [{voice[i] for i in pos} - {None} for pos in sets]
    pairs = [(i, j) for i in range(len(sets)) for j in range(i + 1, len(sets))]
    return any((codes[i] and codes[j] and not codes[i] & codes[j]) or (voices[i] and voices[j] and not voices[i] & voices[j])
               for i, j in pairs)


def _emit_apart(part: pd.DataFrame, counted: pd.DataFrame, sets: list[list[int]], category: str,
                groups: list, members: list) -> None:
    """Incompatible figures of nobody's stated people, in no one shared place and from no two
    rival voices (``_rival_sets``), are not a contradiction: "21 were wounded" and "34 were wounded" say the numbers differ without saying
    whose or where, which is as often two counts (two incidents, or one voice's early and late
    toll) as two sides' rival figures. Each agreeing set stands as its own group; a part goes
    with the set of its own article."""
    for pos in sets:
        sub = counted.iloc[pos]
        extra = part[~part.index.isin(counted.index) & part["article_id"].isin(set(sub["article_id"]))]
        _emit(pd.concat([sub, extra]), category, None, groups, members)
        part = part[~part.index.isin(extra.index)]


def _denials_apart(counted: pd.DataFrame) -> pd.DataFrame:
    """The counted members less each denial's zero that denies nothing another side counts: "no
    military facilities were targeted" (one side) against "missiles hit five locations" (the
    other) denies a kind of site, not the five; the zero is compared only with another side's
    count of a thing its noun phrase names ("he denied that any soldiers were captured" against
    "35 soldiers captured"). A side's zero beside its own count says what was not hit, not a
    second figure of its own."""
    zero = [f == 0 for f in counted["k_figure"]]
    if not any(zero) or all(zero):
        return counted
    nouns_of = _feature(counted, "k_nouns", _nouns)
    others = [(side, n) for side, n, z in zip(counted["k_side"], nouns_of, zero, strict=True) if not z]
    keep = [not z or any(side != s and own & nouns for s, nouns in others)
            for side, own, z in zip(counted["k_side"], nouns_of, zero, strict=True)]
    return counted[keep]


def _group_date(part: pd.DataFrame) -> str | None:
    """The day the group's counts refer to: the day most of its claims give themselves (the
    incident's day, "on Thursday"), else the day most of them are referred to (an event in
    the sentence, the article's main day); the earlier day on a tie. Not the earliest day
    any member has: one member referred to another incident's day would date the group."""
    own = [ordinal(d) for d in part["date"]] if "date" in part.columns else []
    for days in ([d for d in own if d is not None], [int(d) for d in part["k_day"].dropna()]):
        if days:
            counts = Counter(days)
            day = min(counts, key=lambda d: (-counts[d], d))
            return str(pd.Timestamp.fromordinal(day).date())
    return None


def _group_row(gid: str, part: pd.DataFrame, counted: pd.DataFrame, category: str, subject: str | None,
               date: str | None, kind: str, reason: str) -> dict:
    values, sides = _values(counted)
    incidents = Counter(i for i in part["k_incident"] if clean(i))
    places = Counter(p for p in part["k_place"] if clean(p))
    return {
        "id": gid, "category": category, "subject_code": subject,
        "about": _about(counted, category, subject, date), "kind": kind, "date": date,
        "n_sources": len(set(counted["k_source"])), "parent_id": None,
        "values": json.dumps(values, ensure_ascii=False),
        "incident_id": incidents.most_common(1)[0][0] if incidents else None,
        "place": places.most_common(1)[0][0] if places else None,
        "reason": reason, "sides": json.dumps(sides, ensure_ascii=False),
    }


def _fmt(r) -> str:
    text = clean(r.number_text)
    val = r.value if clean(r.value) is not None else r.k_lo
    num = f"{val:g}" if isinstance(val, float) else str(val)
    return f"{num} ({text})" if text and text != num else num


def _member(r) -> dict:
    """A claim's member row, less the group and the role it has there."""
    dup = clean(r.dup_group)
    pub = clean(getattr(r, "published", None))
    return {
        "claim_id": r.id, "article_id": r.article_id,
        "doc_name": clean(r.doc_name), "outlet": clean(r.outlet),
        "value": r.value, "low": r.low, "high": r.high,
        "claimant": clean(r.claimant_name), "sentence": r.sentence,
        "claimant_code": clean(getattr(r, "claimant_code", None)),
        "published": str(pub)[:10] if pub is not None else None,
        "incident_id": clean(r.k_incident), "copy_of": dup if dup and dup != r.article_id else None,
        "published_at": utc_moment(getattr(r, "published_at", None)),
    }

