"""Stories: articles about the same development, clustered by content and time.

Links: two articles published within ``WINDOW_DAYS`` of each other whose cosine is at least
``STORY_THRESHOLD`` and at least ``RELATIVE_FACTOR`` x each one's baseline (its median cosine
to a reference sample, stored when it is linked: in dense coverage of one crisis every article
shares the crisis vocabulary, and an absolute threshold alone would chain the crisis), that
floor capped at ``RELATIVE_CAP`` (in a store of one crisis only the medians are ~0.2 and the
uncapped floor blocked nearly every link between two outlets' reports of one incident; see
``_floor``). A pair at the threshold whose headlines and leads name one specific place below
the state (``link.story_places``: what one incident's reports share when their words do not)
needs no relative floor (``PLACE_WAIVES_FLOOR``, see ``_waive_shared_places``), and where the
floor is above the threshold (a store of one crisis) it needs only ``PLACE_THRESHOLD`` (``_place_bar``);
the place counts only where the two leads name it as the place of one kind of happening, or one of
them names none in the clause naming it (``PLACE_KINDS``, see ``_places_meet``).
The cosine is that of vectors.article_vector, whose lead part (``vectors.LEAD_SHARE``) weighs the
headlines and first paragraphs, where reports state their incident, against the bodies, where
reports of one crisis retell its background. Two articles whose leads each name a kind of
happening (a strike, shelling, an air battle, arrests, talks, a truce: vectors.lead_kinds) and
share none are not linked (``KIND_APART``, see ``_kinds_apart``).

Stories: single link along those links, with one check (``GROUP_COHESION``, see ``_Groups``).
Why single link and not a centroid: the three outlets of one event write three different
articles (a wire-like report, an analysis, an opinion piece), so a centroid drifts and the
third article often misses it; but each article is close to at least one other report of its
event (BASIL: every article's nearest neighbour within three days is in its own event). Why
the check: single link joins two groups on one pair, so in dense coverage developments chain
into one story, each article close to the next only (PolNeAR train: 13 articles of the New
Hampshire primary week, a debate, ad buys, a loss, a rival's attacks). Two articles make a pair
on their link; a join that makes a story of three or more needs the mean cosine over every pair
across the two groups to reach GROUP_COHESION (average link), taken strongest link first.

One outlet's articles of different days are never linked to each other directly
(``OWN_OUTLET_SAME_DAY``, see ``_outlet_apart``): in dense coverage of one crisis an outlet's
own manner (bylines, the spokesmen it quotes, its background paragraph) makes its reports of two
incidents a day apart closer than two outlets' reports of one incident, and those links chained
the crisis. Its next-day article still joins a story through other outlets' reports. The
outlet is the article's stored ``outlet`` (unknown: no such rule); a near-duplicate also carries
the outlet of the article its group began with (a wire copy under a paper's masthead, ``_copy_outlets``). Measured with
benchmarks/basil_stories.py --practice (written single-crisis sets, stories = incidents,
benchmarks/data/story_labels.json): lexical cosine alone does not separate the incidents of
one flare-up there (a set's weakest link an incident needs is below its strongest
cross-incident pair), so this rule cuts one cause of chains, not all of them.

What keeps two events of one window apart is the vector: names are weighted
(``vectors.NAME_WEIGHT``), so that the pair rule alone separates BASIL's even events even
with every pair compared (margin between the weakest link a triplet needs and the strongest
cross-event pair: -0.021 before, +0.032 with names).

Arrival order. Plain single link (GROUP_COHESION 0) reads only the pair (its cosine, days and
two stored baselines), so given the vectors and baselines its stories are the same whatever
order articles arrive in. No check that cuts chains can keep that while stored stories are only
ever joined: if a1 and b1 arrive first and link, they are a story; if the batch of a1, a2, b1,
b2 makes {a1, a2} and {b1, b2}, a merge-only update cannot reach it. So the cohesion check
depends on arrival order where chains form, measured (benchmarks/basil_stories.py --orders,
--polnear --orders): BASIL even, own days and all on one day, every order gives the batch's
stories; PolNeAR train one article at a time gives pairwise F1 0.87-0.96 against the batch (its
largest story 7-11, batch 7; plain single link 13 in every order). Chosen because a chain is a
false merge in every order, and the stories it gives in any order are closer to the batch than
single link's. Two inputs carry the order for either rule: the IDF a vector is computed with
(the corpus at link time) and the baseline (the reference at link time; under BASELINE_MIN
articles it is 0, no floor). The five seeds, undated, one at a time as link.update links them
(--seed-orders): 0 of 120 orders give the one-batch stories, with or without the check (36
when every vector has the final IDF; 120 when every baseline is taken against all five: here
the baseline is what carries the order). PolNeAR train and dev (924) one article at a time
with the IDF at link time: pairwise F1 against the batch 0.72-0.74 (single link 0.68-0.84),
day by day 0.88 (0.93). A fixed IDF (word frequencies of a public corpus) was measured and
ruled out (vectors.py). The nearest-neighbour rule of migration 014 (``NEIGHBOUR_SHARE``:
a link must reach a share of one article's best cosine) is off: bests rise as articles arrive
and made links are not undone. Bests are still kept and stored.

Re-testing stored pairs (``RETEST_STORED``, see ``_stored_pairs``): a pair's floor and place bar
come from baselines re-taken at each link, so a stored pair that failed when its later article
arrived (few articles stored, no lowered place bar) is tested again at each later link, under that
link's baselines and the cohesion check (2: the pairs whose leads name one place; 1: every pair in
the window). Only joins are added. Practice sets one article at a time: 128 -> 138 of 160 orders
give the batch's stories (story_settings.tsv).

Incremental: stored articles keep their stories. A new article joins the story of a stored
article it links to (the check counts the stored story's members inside the date window);
when it joins two stories it bridges them and the older story (earliest first day, then id)
keeps its id. A story made only of new articles takes its id from its earliest article.

The settings and their measurements are in link/data/story_settings.tsv
(benchmarks/basil_stories.py --margin, --sweep, --cv, --orders, --polnear, --seed-orders).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from crisislens.link import story_places, vectors
from crisislens.link.common import UnionFind
from crisislens.link.vectors import story_settings
from crisislens.model import stable_id

_SETTINGS = story_settings()  # link/data/story_settings.tsv: each value's measurement is written there
WINDOW_DAYS = int(_SETTINGS["window_days"])
# STORY_THRESHOLD: a pair at or above it, inside the window and above both baselines, is linked.
# Before name weighting (vectors.NAME_WEIGHT) it was 0.17, the highest value that kept BASIL dev
# whole, and the nearest-neighbour rule did the separating below it; with names weighted the
# weakest link a BASIL dev triplet needs is 0.232 and the strongest cross-event pair 0.200 even
# with every pair compared (no window), so the threshold alone separates.
STORY_THRESHOLD = _SETTINGS["story_threshold"]
# A link must also stand out from the article's ordinary likeness to the corpus: at least
# RELATIVE_FACTOR x the median cosine of each of the two articles to a reference sample.
# Why: the absolute threshold is measured on BASIL, 50 unrelated events, where unrelated
# articles score ~0.03; in dense coverage of one crisis every article shares the crisis
# vocabulary and unrelated developments score 0.15-0.23 (the seeds), so an absolute
# threshold alone chains a crisis into one story. BASIL dev and PolNeAR dev (dated) are
# unchanged for factors 0-2.0; on the five seeds 1.2-1.5 keep Dar's two reports together and
# the other developments apart. Only the seeds bound it from both sides: a corpus of dense
# single-crisis coverage with gold stories is what would measure it properly.
RELATIVE_FACTOR = _SETTINGS["relative_factor"]
# RELATIVE_CAP > 0: the relative floor never asks more than this cosine (0: uncapped). See _floor.
RELATIVE_CAP = _SETTINGS.get("relative_cap", 0.0)
# PLACE_WAIVES_FLOOR: a pair at the threshold whose headlines and leads name one specific place
# (link.story_places) needs no relative floor (1), or the floor holds for every pair (0). See _floor.
PLACE_WAIVES_FLOOR = bool(_SETTINGS.get("place_waives_floor", 0.0))
PLACE_THRESHOLD = _SETTINGS.get("place_threshold", 0.0)
# PLACE_KINDS: a lead place two leads share waives the floor only where the clauses naming it in the
# two leads name one kind of happening, or one of them names none there (1); 0: any shared place.
# See _places_meet.
PLACE_KINDS = bool(_SETTINGS.get("place_kinds", 0.0))
# NEIGHBOUR_SHARE > 0: a link must reach that share of one of its two articles' best cosine
# (the nearest-neighbour rule of migration 014). Off (0): an article's best rises as later
# articles arrive and links already made are not undone, so in a dense window the stories
# depended on the order articles arrived in (measured in link/data/story_settings.tsv). Kept
# as a setting, and bests are still kept and stored, so that it can be measured again.
NEIGHBOUR_SHARE = _SETTINGS["neighbour_share"]
# GROUP_COHESION: a join that makes a story of three or more articles needs the mean cosine over
# every pair across the two groups to reach it (0: plain single link). See _Groups.
GROUP_COHESION = _SETTINGS["group_cohesion"]
# OWN_OUTLET_SAME_DAY: two articles of one outlet are linked only when published on the same day
# (1), or on any days in the window (0). See _outlet_apart.
OWN_OUTLET_SAME_DAY = bool(_SETTINGS.get("own_outlet_same_day", 0.0))
# KIND_APART: two articles whose leads each name a kind of happening (vectors.lead_kinds), none
# of them shared, are not linked (1); 0: kinds are not read. See _kinds_apart.
KIND_APART = bool(_SETTINGS.get("kind_apart", 0.0))
# RETEST_STORED: at each link the stored pairs of two different stories are tested again under the
# baselines of this link (only joins are added): 2: the pairs whose leads name one place; 1: every
# pair in the window; 0: a stored pair is tested once, when its later article arrives. See _stored_pairs.
RETEST_STORED = int(_SETTINGS.get("retest_stored", 0.0))
# KIND_BRIDGE: 1: a join on a link one of whose articles' leads names no kind may not put two
# kind-apart members into one story; 2: no join may; 0: off. See _Groups._kinds_clash.
KIND_BRIDGE = int(_SETTINGS.get("kind_bridge", 0.0))
BASELINE_SAMPLE = 2000  # reference articles for the median (stored ones first by id, then the batch)
# Fewer reference articles than BASELINE_MIN (the article itself among them, when stored or in
# the batch) give no baseline (0: no floor). 3, not 4: the first articles of a store linked one at
# a time then had no floor while the same pairs in one batch had one, so the stories depended on
# which articles came first (practice sets, 20 random orders each, one article at a time: 93 -> 101
# of 140 give the batch's stories with 3; 110 with _stored_baselines too). Not 2 (115 with both): the
# median of the one other cosine is the cosine to the other article, often the very pair being
# tested (tests/link/test_stories_leads.py, two articles and no store).
BASELINE_MIN = 3
NO_DATE = -1
_BLOCK = 256  # new articles compared per matrix product


class Item(NamedTuple):
    """One article to place: id, day ordinal (NO_DATE when unknown), content vector."""

    article_id: str
    day: int
    vec: np.ndarray
    group: str | None = None  # near-duplicate group: copies follow their original
    outlet: str | None = None  # the publishing outlet, when known (see _outlet_apart)
    places: frozenset[str] = frozenset()  # specific places its headline and lead name, with their clauses' kinds (link.story_places)


@dataclass
class ClusterState:
    """Stored articles (vectors, days, stories) and stories' date ranges."""

    dim: int
    ids: list[str] = field(default_factory=list)
    days: list[int] = field(default_factory=list)
    story: list[str] = field(default_factory=list)
    vecs: list[np.ndarray] = field(default_factory=list)
    baselines: list[float] = field(default_factory=list)  # median cosine to the reference sample
    bests: list[float] = field(default_factory=list)  # best cosine to another group's article in the window
    groups: list[str | None] = field(default_factory=list)  # near-duplicate group of each stored article
    outlets: list[str | None] = field(default_factory=list)  # outlet of each stored article, when known
    places: list[frozenset[str]] = field(default_factory=list)  # specific places of each stored article's lead
    reference: list[np.ndarray] = field(default_factory=list)  # stored vectors the baselines use
    first: dict[str, tuple[int, str]] = field(default_factory=dict)  # story -> (first day, id) for seniority
    story_of_group: dict[str, str] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)  # bridged story -> story that absorbed it
    raised: dict[str, float] = field(default_factory=dict)  # stored article -> its best, raised by the last batch

    def add_stored(self, article_id: str, day: int, vec: np.ndarray, story_id: str, baseline: float = 0.0,
                   best: float = 0.0, group: str | None = None, outlet: str | None = None,
                   places: frozenset[str] = frozenset()) -> None:
        """A stored article and its story (called when loading the store)."""
        self.places.append(places)
        self.bests.append(float(best))
        self.groups.append(group)
        self.outlets.append(outlet)
        self.ids.append(article_id)
        self.days.append(day)
        self.vecs.append(np.asarray(vec, dtype=np.float32))
        self.story.append(story_id)
        self.baselines.append(float(baseline))
        self._note_first(story_id, day)

    def _note_first(self, story_id: str, day: int) -> None:
        key = (day if day != NO_DATE else 10**9, story_id)
        if story_id not in self.first or key < self.first[story_id]:
            self.first[story_id] = key


def _norms(mat: np.ndarray) -> np.ndarray:
    """Row norms as a column, np.linalg.norm's numbers, a block of rows at a time (on the whole
    matrix it squares every vector into a full copy first)."""
    out = np.empty((len(mat), 1), dtype=mat.dtype)
    for lo in range(0, len(mat), 16 * _BLOCK):
        out[lo:lo + 16 * _BLOCK] = np.linalg.norm(mat[lo:lo + 16 * _BLOCK], axis=1, keepdims=True)
    return out


def _unit(mat: np.ndarray) -> np.ndarray:
    norms = _norms(mat)
    return mat / np.where(norms > 0, norms, 1.0)


def _in_window(days_a: np.ndarray, days_b: np.ndarray) -> np.ndarray:
    """Pairs of days within the window; an unknown day is compared with every day."""
    close = np.abs(days_a[:, None] - days_b[None, :]) <= WINDOW_DAYS
    return close | (days_a[:, None] == NO_DATE) | (days_b[None, :] == NO_DATE)


def baselines(new: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """Median cosine of each new (unit) vector to the reference sample, itself excluded."""
    out = np.zeros(len(new), dtype=np.float64)
    if len(reference) < BASELINE_MIN:
        return out
    ref = _unit(reference)
    for lo in range(0, len(new), _BLOCK):
        sims = new[lo:lo + _BLOCK] @ ref.T
        sims[sims > 0.9999] = np.nan  # the article itself (or an exact copy) is no reference
        out[lo:lo + _BLOCK] = _row_medians(sims)
    return out


def _row_medians(sims: np.ndarray) -> np.ndarray:
    """Each row's median over its non-NaN values (0 for a row of NaN), as ``np.nanmedian``.

    Why not nanmedian: on rows this wide it drops the NaN of each row in a Python loop,
    which was most of the stories stage; one sort per block (NaN sort last) and the two
    middle values averaged in the array's own precision (as np.median does) give the
    same numbers."""
    ordered = np.sort(sims, axis=1)
    count = (~np.isnan(sims)).sum(axis=1)
    rows = np.arange(len(sims))
    lo = ordered[rows, np.maximum(count - 1, 0) // 2]
    hi = ordered[rows, np.maximum(count, 1) // 2 - (count == 0)]
    mid = np.mean(np.stack([lo, hi]), axis=0)
    return np.where(count > 0, mid, 0.0)


def _group_codes(keys: list[str]) -> np.ndarray:
    """Integer codes of the group keys, so that the per-block comparison is one vectorised step."""
    codes: dict[str, int] = {}
    return np.fromiter((codes.setdefault(k, len(codes)) for k in keys), dtype=np.int64, count=len(keys))


def _outlet_apart(days_a: np.ndarray, days_b: np.ndarray, outlets_a: np.ndarray, outlets_b: np.ndarray) -> np.ndarray:
    """Pairs that OWN_OUTLET_SAME_DAY keeps apart: one outlet (code >= 0: known), two dated days.

    Why: in dense coverage of one crisis an outlet's articles of different days share its own
    manner (bylines, its correspondents' places, the spokesmen it quotes, its background
    paragraph) more than two outlets' reports of one incident share theirs, so its report of
    today's incident links to its report of yesterday's and chains the crisis (practice sets:
    a wire's articles of two incidents a day apart at cosine 0.3-0.5, two outlets' reports of
    one incident at 0.1-0.25). An outlet writes one report of an incident a day (an update of
    the same day is the same story); what it writes the next day joins the story through the
    other outlets' reports of it, under the cohesion check, not on its own outlet's likeness.
    BASIL (one article per outlet and event) cannot be changed by it."""
    if not OWN_OUTLET_SAME_DAY:
        return np.zeros((len(days_a), len(days_b)), dtype=bool)
    same = _shared_outlet(outlets_a, outlets_b)
    dated = (days_a[:, None] != NO_DATE) & (days_b[None, :] != NO_DATE)
    return same & dated & (days_a[:, None] != days_b[None, :])


def _shared_outlet(outlets_a: np.ndarray, outlets_b: np.ndarray) -> np.ndarray:
    """Pairs that share a known outlet: codes as 1-D (one outlet an article) or as rows of
    (own outlet, outlet of its near-duplicate group's first article), see ``_copy_outlets``."""
    a = outlets_a.reshape(len(outlets_a), -1)
    b = outlets_b.reshape(len(outlets_b), -1)
    same = np.zeros((len(a), len(b)), dtype=bool)
    for i in range(a.shape[1]):
        for j in range(b.shape[1]):
            same |= (a[:, i, None] == b[None, :, j]) & (a[:, i, None] >= 0)
    return same


def _copy_outlets(ids: list[str], groups: list[str | None], codes: np.ndarray) -> np.ndarray:
    """Rows of (own outlet code, outlet code of the article its near-duplicate group started with).

    Why: a wire report republished word for word by another outlet (an agency's copy under a
    paper's masthead) is the agency's writing, manner and all, so OWN_OUTLET_SAME_DAY must keep
    it from the agency's reports of other days as it keeps the agency's own (practice sets: a
    paper's copy of a wire's report of one incident linked to the wire's report of the day
    before, at the same cosine as the wire's two reports, and chained the incidents). The group
    is named after its first article (dedup.assign_groups); where that article is not in the
    state the copy has its own outlet only."""
    at = {a: k for k, a in enumerate(ids)}
    first = np.fromiter((codes[at.get(g, k)] if g else codes[k] for k, g in enumerate(groups)),
                        dtype=np.int64, count=len(ids))
    return np.stack([codes, first], axis=1)


def _outlet_codes(outlets: list[str | None]) -> np.ndarray:
    """Integer codes of the outlets (case and spaces folded), -1 where unknown."""
    codes: dict[str, int] = {}
    keys = [" ".join(o.lower().split()) if o else "" for o in outlets]
    return np.fromiter((codes.setdefault(k, len(codes)) if k else -1 for k in keys), dtype=np.int64, count=len(keys))


def _candidate_arrays(old: np.ndarray, new: np.ndarray, days: np.ndarray, keys: np.ndarray, threshold: float,
                      base: np.ndarray, bests: np.ndarray,
                      allv: np.ndarray | None = None,
                      outlets: np.ndarray | None = None,
                      places: list[frozenset[str]] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(new index, column, cosine as float64) arrays of every pair at or above the threshold and
    the baseline floor.

    Columns 0..len(old)-1 are stored articles, the rest are new articles (only links to earlier
    new ones are returned, so each pair appears once). ``days`` and ``keys`` (near-duplicate
    group, else the article id) cover old then new. Pairs of one group are never candidates
    (copies follow their group) and do not count towards an article's best; ``bests`` (old then
    new) is raised in place to each article's best cosine in the window. Why arrays: in dense
    coverage the pairs grow faster than the articles, and a Python tuple and test per pair were
    most of the stage. ``allv``, when given, is old then new as one matrix (no copy is made);
    ``outlets`` (codes, old then new, -1 unknown) keeps one outlet's days apart (_outlet_apart);
    ``places`` (old then new) waives the floor for pairs that name one place (_waive_shared_places)."""
    if allv is None:
        allv = np.concatenate([old, new]) if len(old) else new
    if outlets is None:
        outlets = np.full((len(days), 1), -1, dtype=np.int64)
    n_old = len(old)
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    window = _DayIndex(days)
    for lo in range(0, len(new), _BLOCK):
        block = new[lo:lo + _BLOCK]
        rows_at = slice(n_old + lo, n_old + lo + len(block))
        cols = window.columns(days[rows_at])
        floor = _floor(base[rows_at], base[cols])
        sims = block @ allv[cols].T
        sims[~_in_window(days[rows_at], days[cols]) | (keys[rows_at, None] == keys[None, cols])] = -1.0
        sims[_outlet_apart(days[rows_at], days[cols], outlets[rows_at], outlets[cols])] = -1.0
        bests[rows_at] = np.maximum(bests[rows_at], sims.max(axis=1))
        bests[cols] = np.maximum(bests[cols], sims.max(axis=0))
        linked = (sims >= threshold) & (sims >= floor)
        if places is not None and PLACE_WAIVES_FLOOR:
            _waive_shared_places(linked, sims >= _place_bar(floor, threshold), n_old + lo, cols, places)
        linked &= ~_kinds_apart(block, allv[cols])
        rows, found = np.nonzero(linked)
        at, col = lo + rows, cols[found].astype(np.int64)
        keep = (col < n_old) | (col - n_old < at)
        parts.append((at[keep], col[keep], sims[rows[keep], found[keep]].astype(np.float64)))
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    return tuple(np.concatenate(p) for p in zip(*parts, strict=True))  # type: ignore[return-value]


def _waive_shared_places(linked: np.ndarray, above: np.ndarray, row0: int, cols: np.ndarray,
                         places: list[frozenset[str]]) -> None:
    """Mark as linked (in place) the pairs above the threshold but under the floor whose leads
    name one specific place (PLACE_WAIVES_FLOOR).

    Why: the floor asks a link to stand out from the article's likeness to the whole store, and
    in a store of one crisis two outlets' reports of one incident do not stand out by words
    (record_practice_fresh, five reports of one battle: cosines 0.13-0.38, floor 0.26), but they
    name the town it was fought at; reports of different incidents of the crisis name different
    towns, or none (measured in link/data/story_settings.tsv). A pair still needs the threshold,
    the window, and the cohesion check of a story of three or more."""
    rows, found = np.nonzero(above & ~linked)
    for r, f in zip(rows.tolist(), found.tolist(), strict=True):
        if places[row0 + r] and _places_meet(places[row0 + r], places[int(cols[f])]):
            linked[r, f] = True


def _places_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two leads name one specific place, and (PLACE_KINDS) name it as the place of one kind of
    happening: the clauses naming it in the two leads (link.story_places.lead_places) share a kind,
    or one of them names none there.

    Why: within one crisis a border town or district is the place of several incidents, and
    reports of different incidents name it (record_practice, with the towns gazetteer down to
    2,000 people: 'shelled positions in the Kalbajar and Lachin districts' on the 14th, 'shot
    down three drones over the Kalbajar district' on the 15th, 'detained after crossing into
    the Kalbajar district' on the 16th): the shared district waived the floor between a
    shelling report and a drone report and chained three incidents into one story. What tells
    them apart is what each says happened there, the story rule of KIND_APART read at the
    place's own clause; a clause that names no kind (a toll, funerals, a dateline) is no
    evidence of another incident and keeps the place's tie."""
    ka, kb = _place_kinds(a), _place_kinds(b)
    return any(p in kb and (not PLACE_KINDS or not k or not kb[p] or not k.isdisjoint(kb[p])) for p, k in ka.items())


@lru_cache(maxsize=1 << 16)
def _place_kinds(places: frozenset[str]) -> dict[str, frozenset[str]]:
    """story_places.place_kinds, cached: an article's places are tested against many others."""
    return story_places.place_kinds(places)


def _kinds_apart(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Pairs whose leads each name a kind of happening and share none (KIND_APART), read from the
    vectors' kind marks (vectors.kind_slots; vectors of another layout: none).

    Why: a news lead states what happened (a strike, shelling, an air battle, arrests, talks, a
    truce), and an outlet's report of an incident names that kind in its lead, whatever else its
    lead adds; within one crisis the reports of different incidents share the crisis's words, its
    places and its officials, and what tells a report of the air battle from a report of the
    strikes the night before is that they name different things that happened (practice sets:
    the links it cuts were between incidents, measured in link/data/story_settings.tsv). A lead
    that names no kind (an analysis, a profile, most of a political corpus) keeps every link, and
    a lead that names several (a roundup) keeps its links to each."""
    if not KIND_APART or rows.shape[1] != vectors.dimension():
        return np.zeros((len(rows), len(cols)), dtype=bool)
    at = vectors.kind_slots()
    ka, kb = rows[:, at] > 0, cols[:, at] > 0
    shared = ka.astype(np.float32) @ kb.T.astype(np.float32)
    return ka.any(axis=1)[:, None] & kb.any(axis=1)[None, :] & (shared == 0)


def _place_bar(floor: np.ndarray, threshold: float) -> np.ndarray:
    """The cosine a pair whose leads name one specific place must reach: PLACE_THRESHOLD where the
    pair's floor is above the threshold (a store of one crisis), else the threshold.

    Why lower in one crisis: there the floor says that the words every report of the crisis shares
    raise every pair's cosine, and two outlets' reports of one incident, each in its own manner and
    with its own voices, still share little beyond the incident's place and its lead (practice
    sets: a paper's report of the strike on the town it names at 0.11-0.20 to the wires' reports
    of it); the place is what ties them. Why not in a sparse store (baselines low, the floor under
    the threshold: BASIL, PolNeAR): there a shared lead place of unknown level (a US state in a
    country dictionary's list) between unrelated reports is no rarer than the low cosine, and all
    75 BASIL articles put on one day linked two events' reports (3 of 5 arrival orders)."""
    if PLACE_THRESHOLD <= 0:
        return np.full(floor.shape, threshold)
    return np.where(floor > threshold, min(threshold, PLACE_THRESHOLD), threshold)


def _floor(base_a: np.ndarray, base_b: np.ndarray) -> np.ndarray:
    """The cosine each pair must reach besides the threshold: RELATIVE_FACTOR x the larger of the
    two baselines, at most RELATIVE_CAP (when set).

    Why the cap: the factor is a guard for dense coverage, where every article shares the
    crisis vocabulary; but when the store is all one crisis each article's median cosine to it
    is ~0.2, so the floor rose to ~0.3 and asked more of a link than the reports of one incident
    by different outlets reach (0.06-0.25 in the practice sets: record_practice_fresh, one
    incident in five articles, recall 0). In a mixed store baselines are low (BASIL ~0.03) and
    the cap never bites; where it bites, it keeps the floor above the unrelated developments of
    one crisis the factor was measured against (the seeds: 0.15-0.23). Measured in
    link/data/story_settings.tsv."""
    floor = RELATIVE_FACTOR * np.maximum(base_a[:, None], base_b[None, :])
    return np.minimum(floor, RELATIVE_CAP) if RELATIVE_CAP > 0 else floor


class _DayIndex:
    """The columns (articles) a block of days can link to: within WINDOW_DAYS, or undated.

    Why: multiplying each block by every vector and masking the days afterwards
    made the candidate search quadratic in the corpus (link_bench, 60 days of
    news: 11 s at 10k articles, 102 s at 30k); cutting the columns to the
    block's window first gives the same pairs (ascending column order kept)
    and costs the articles in the window, not the corpus (10k: 8.0 -> 0.4 s).
    """

    def __init__(self, days: np.ndarray):
        self.order = np.argsort(days, kind="stable")
        self.sorted = days[self.order]
        self.undated = self.order[self.sorted == NO_DATE]
        self.all = np.arange(len(days))

    def columns(self, block_days: np.ndarray) -> np.ndarray:
        if (block_days == NO_DATE).any():  # an undated article is compared with every one
            return self.all
        lo = np.searchsorted(self.sorted, block_days.min() - WINDOW_DAYS, "left")
        hi = np.searchsorted(self.sorted, block_days.max() + WINDOW_DAYS, "right")
        dated = self.order[lo:hi]
        return np.sort(np.concatenate([self.undated, dated[self.sorted[lo:hi] != NO_DATE]]))


def cluster(state: ClusterState, items: list[Item], threshold: float = STORY_THRESHOLD) -> list[tuple[str, str, float]]:
    """Place new articles into stories; returns (story_id, article_id, similarity) rows.

    The similarity is the article's best link inside its story (1.0 for an
    article alone). Bridged stories are recorded in ``state.merged`` so the
    caller can move their stored members. Each new article's baseline (median
    cosine to the reference sample: ``state.reference`` then the batch) and best
    cosine are kept in ``state.baselines`` and ``state.bests`` for the caller to store;
    stored articles whose best rose are listed in ``state.raised``.
    """
    order = sorted(items, key=lambda a: (a.day == NO_DATE, a.day, a.article_id))
    n_old = len(state.ids)
    allv = _unit_rows([*state.vecs, *(it.vec for it in order)], state.dim)
    new = allv[n_old:]
    ref = [*state.reference[:BASELINE_SAMPLE], *[it.vec for it in order]][:BASELINE_SAMPLE]
    new_base = baselines(new, np.stack(ref)) if ref else np.zeros(len(order))
    base = np.concatenate([_stored_baselines(state, allv[:n_old], ref), new_base])
    days = np.asarray([*state.days, *(it.day for it in order)], dtype=np.int64)
    keys = _group_codes([g or a for g, a in zip([*state.groups, *(it.group for it in order)],
                                                 [*state.ids, *(it.article_id for it in order)], strict=True)])
    bests = np.concatenate([np.asarray(state.bests, dtype=np.float64), np.zeros(len(order))])
    all_ids = [*state.ids, *(it.article_id for it in order)]
    outlets = _copy_outlets(all_ids, [*state.groups, *(it.group for it in order)],
                            _outlet_codes([*state.outlets, *(it.outlet for it in order)]))
    places = [*state.places, *(it.places for it in order)] if len(state.places) == n_old else None
    rows, cols, sims = _candidate_arrays(allv[:n_old], new, days, keys, threshold, base, bests, allv=allv,
                                         outlets=outlets, places=places)
    keep = ~(sims < NEIGHBOUR_SHARE * np.minimum(bests[n_old + rows], bests[cols]))
    rows, cols, sims = n_old + rows[keep], cols[keep], sims[keep]
    if RETEST_STORED:
        again = _stored_pairs(state, allv[:n_old], days[:n_old], keys[:n_old], threshold, base[:n_old],
                              outlets[:n_old], places[:n_old] if places is not None else None)
        rows, cols, sims = (np.concatenate(p) for p in zip((rows, cols, sims), again, strict=True))
    groups = _Groups([("s", s) for s in state.story] + [("a", it.article_id) for it in order], allv)
    rows, cols, sims = groups.join_strongest_first(rows, cols, sims)
    new_rows = rows >= n_old
    best = _best_links(order, rows[new_rows] - n_old, sims[new_rows])
    state.raised = {state.ids[k]: float(bests[k]) for k in range(n_old) if bests[k] > state.bests[k]}
    state.bests[:] = bests[:n_old].tolist()
    _follow_groups(state, order, groups.uf)
    return _name_components(state, order, groups.uf, best, new_base, bests[n_old:])


def _stored_pairs(state: ClusterState, stored: np.ndarray, days: np.ndarray, keys: np.ndarray, threshold: float,
                  base: np.ndarray, outlets: np.ndarray,
                  places: list[frozenset[str]] | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, cosine) of the stored pairs in two different stories that link under this
    link's baselines (RETEST_STORED): rows and columns are both stored rows.

    Why: a pair's floor and its place bar come from both articles' baselines, re-taken at each link
    against the store as it is then (``_stored_baselines``); a stored pair that failed when its later
    article arrived, against the few articles stored then, is tested only that once, so whether it
    links depended on what had arrived before it. Testing it again now, with the same rules (window,
    threshold, floor, place, kinds, own outlet) and then the cohesion check, gives it the test it
    would have had in one batch with everything stored. Only joins are added: made links are not
    undone, and the bests are not raised (a re-test is no new cosine). With RETEST_STORED 2 only
    the pairs whose leads name one place are re-tested, each place's articles among themselves:
    those are the pairs whose bar moves with the baselines (``_place_bar``), and the cost is the
    pairs of a place, not the square of the window."""
    empty = np.zeros(0, dtype=np.int64)
    if len(stored) < 2 or (RETEST_STORED == 2 and places is None):
        return empty, empty, np.zeros(0, dtype=np.float64)
    found = [_candidate_arrays(stored[:0], stored[at], days[at], keys[at], threshold, base[at], np.zeros(len(at)),
                               allv=stored[at], outlets=outlets[at],
                               places=[places[k] for k in at.tolist()] if places is not None else None)
             + (at,) for at in _retest_sets(len(stored), places)]
    rows = np.concatenate([empty, *(at[r] for r, _c, _s, at in found)])
    cols = np.concatenate([empty, *(at[c] for _r, c, _s, at in found)])
    sims = np.concatenate([np.zeros(0, dtype=np.float64), *(s for _r, _c, s, _at in found)])
    lo, hi = np.minimum(rows, cols), np.maximum(rows, cols)
    _, first = np.unique(lo * len(stored) + hi, return_index=True)
    story = _group_codes(state.story)
    apart = first[story[lo[first]] != story[hi[first]]]
    return hi[apart], lo[apart], sims[apart]


def _retest_sets(n: int, places: list[frozenset[str]] | None) -> list[np.ndarray]:
    """The sets of stored rows whose pairs are re-tested: all of them (RETEST_STORED 1), or the
    rows of each lead place that two or more name (2), whatever kinds their clauses name there
    (whether the place ties a pair, ``_places_meet``, is decided in the re-test)."""
    if RETEST_STORED != 2:
        return [np.arange(n)]
    rows_of: dict[str, list[int]] = {}
    for k, named in enumerate(places or []):
        for place in _place_kinds(named):
            rows_of.setdefault(place, []).append(k)
    return [np.asarray(rows, dtype=np.int64) for rows in rows_of.values() if len(rows) > 1]


def _stored_baselines(state: ClusterState, stored: np.ndarray, ref: list[np.ndarray]) -> np.ndarray:
    """The stored articles' baselines against the reference of this link (the stored sample and
    the batch), not the one each had when it was linked; ``state.baselines`` keeps the latter.

    Why: a pair's floor is taken from both articles' baselines, and a baseline taken when the
    store held a few articles is the likeness to those few; re-taken now, the floor between a new
    article and a stored one is what it would be had both arrived in one batch with everything
    stored (practice sets, 20 random orders each, one article at a time: 101 -> 110 of 140 give
    the batch's stories with BASELINE_MIN 3, 93 -> 101 with 4). Only the stored articles the caller loaded (the
    window) are re-taken, against at most BASELINE_SAMPLE references."""
    if not len(stored) or len(ref) < BASELINE_MIN:
        return np.asarray(state.baselines, dtype=np.float64)
    return baselines(stored, np.stack(ref))


def _unit_rows(vecs: list[np.ndarray], dim: int) -> np.ndarray:
    """Stored then new vectors as one matrix of unit rows (zero rows stay zero), made once.

    Why one matrix: stacking the stored vectors, normalising them and joining them to the new
    ones were three copies of every stored vector (link memory at 100k articles: link_bench);
    the stored and new parts are views of this one."""
    out = np.empty((len(vecs), dim), dtype=np.float32)
    for k, v in enumerate(vecs):
        out[k] = v
    norms = _norms(out)
    out /= np.where(norms > 0, norms, 1.0)
    return out


class _Groups:
    """Stories being formed: a union-find over story nodes (a stored story, a new article) that
    keeps each group's member rows, so that a join can be checked against the groups' cohesion.

    Why: single link joins two groups on one pair, so in dense coverage articles of different
    developments chain into one story, each close to the next only (PolNeAR train, an election's
    primaries: 13 New Hampshire articles of a debate, ad buys, a candidate's loss, a rival's
    attacks). Two articles make a pair on their link alone; any join that makes a story of three
    or more needs the mean cosine over every pair across the two groups to reach
    ``GROUP_COHESION`` (an average-link check): a third outlet's report joins a pair it is close
    to on the whole, not one that a single member's link reaches (BASIL: the third report's mean
    cosine to its event's pair is at least 0.21). Links are taken strongest first, so each group is
    formed by its closest pairs before a weaker link asks to join it to another. The members are
    the rows in this batch's state (stored ones inside the date window), vectors unit or zero.
    """

    def __init__(self, nodes: list[tuple[str, str]], vecs: np.ndarray):
        self.uf = UnionFind(nodes)
        self.vecs = vecs
        self.nodes = nodes
        self.members: dict[tuple[str, str], list[int]] = {}
        for k, node in enumerate(nodes):
            self.members.setdefault(node, []).append(k)
        self.sums: dict[tuple[str, str], np.ndarray] = {}  # member-vector sums of groups of several
        self.kinds = _kind_masks(vecs)  # per row: the kinds its lead names, as bits (0: none)
        self.masks: dict[tuple[str, str], set[int]] = {}  # per group: its members' nonzero kind masks
        for node, rows in self.members.items():
            self.masks[node] = {int(self.kinds[k]) for k in rows if self.kinds[k]}

    def _sum(self, root: tuple[str, str]) -> np.ndarray:
        rows = self.members[root]
        if len(rows) == 1:
            return self.vecs[rows[0]].astype(np.float64)
        if root not in self.sums:
            total = np.zeros(self.vecs.shape[1], dtype=np.float64)
            for lo in range(0, len(rows), _BLOCK):  # a block at a time: no copy of a large story's rows
                total += self.vecs[rows[lo:lo + _BLOCK]].sum(axis=0, dtype=np.float64)
            self.sums[root] = total
        return self.sums[root]

    def cohesive(self, ra: tuple[str, str], rb: tuple[str, str]) -> bool:
        """A pair always; a larger story if the mean cosine across the two groups reaches GROUP_COHESION."""
        na, nb = len(self.members[ra]), len(self.members[rb])
        if na + nb <= 2 or GROUP_COHESION <= 0:
            return True
        return float(self._sum(ra) @ self._sum(rb)) >= GROUP_COHESION * na * nb

    def join(self, a: int, b: int) -> bool:
        """Join the groups of rows a and b if they are one group already or cohesive; False if not."""
        ra, rb = self.uf.find(self.nodes[a]), self.uf.find(self.nodes[b])
        if ra == rb:
            return True
        if not self.cohesive(ra, rb) or self._kinds_clash(a, b, ra, rb):
            return False
        merged = self._sum(ra) + self._sum(rb) if ra in self.sums or rb in self.sums else None
        self.uf.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        self.sums.pop(rb, None)
        self.masks[ra] |= self.masks.pop(rb)
        if merged is not None:
            self.sums[ra] = merged
        return True

    def _kinds_clash(self, a: int, b: int, ra: tuple[str, str], rb: tuple[str, str]) -> bool:
        """A join that KIND_BRIDGE refuses: it would put two members whose leads name kinds, none
        shared, into one story; with KIND_BRIDGE 1 only a join on a link with an end whose lead names
        no kind (a weak member), with 2 every join. See KIND_BRIDGE."""
        if not KIND_APART or not KIND_BRIDGE or (KIND_BRIDGE == 1 and self.kinds[a] and self.kinds[b]):
            return False
        return any(x & y == 0 for x in self.masks[ra] for y in self.masks[rb])

    def join_strongest_first(self, rows: np.ndarray, cols: np.ndarray,
                             sims: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Join along the links strongest first (ties by rows, then columns) and return the links kept."""
        at = np.lexsort((cols, rows, -sims))
        ok = np.fromiter((self.join(int(rows[k]), int(cols[k])) for k in at.tolist()), dtype=bool, count=len(at))
        kept = np.sort(at[ok])
        return rows[kept], cols[kept], sims[kept]


def _kind_masks(vecs: np.ndarray) -> np.ndarray:
    """Per row, the kinds its lead names (vectors.kind_slots) as the bits of one integer; zeros for
    vectors of another layout."""
    if vecs.ndim != 2 or vecs.shape[1] != vectors.dimension():
        return np.zeros(len(vecs), dtype=np.int64)
    marks = vecs[:, vectors.kind_slots()] > 0
    return marks.astype(np.int64) @ (1 << np.arange(marks.shape[1], dtype=np.int64))


def _best_links(order: list[Item], rows: np.ndarray, sims: np.ndarray) -> dict[str, float]:
    """Each linked new article's best kept link (at least 0, as the former running max began)."""
    top = np.zeros(len(order), dtype=np.float64)
    np.maximum.at(top, rows, sims)
    linked = np.zeros(len(order), dtype=bool)
    linked[rows] = True
    return {order[i].article_id: float(top[i]) for i in np.flatnonzero(linked).tolist()}


def _follow_groups(state: ClusterState, order: list[Item], uf: UnionFind) -> None:
    """A near-duplicate joins its group's story (stored or new): a copy is never a story alone."""
    first_of: dict[str, tuple] = {}
    for it in order:
        if it.group is None:
            continue
        node = ("a", it.article_id)
        if it.group in state.story_of_group:
            uf.union(node, ("s", state.story_of_group[it.group]))
        elif it.group in first_of:
            uf.union(node, first_of[it.group])
        else:
            first_of[it.group] = node


def _name_components(state: ClusterState, order: list[Item], uf: UnionFind, best: dict[str, float],
                     new_base: np.ndarray, new_bests: np.ndarray) -> list[tuple[str, str, float]]:
    """Story id per component: the most senior stored story, else the earliest new article's id."""
    comps: dict[object, list[tuple]] = {}
    for node in list(uf.parent):
        comps.setdefault(uf.find(node), []).append(node)
    story_of: dict[str, str] = {}
    for nodes in comps.values():
        stored = sorted({n[1] for n in nodes if n[0] == "s"}, key=lambda s: state.first[s])
        arts = [n[1] for n in nodes if n[0] == "a"]
        if not arts:  # stored stories joined by a re-tested pair (RETEST_STORED): the senior absorbs
            for other in stored[1:]:
                state.merged[other] = stored[0]
                _relabel(state, other, stored[0])
            continue
        sid = stored[0] if stored else stable_id("story", arts[0])
        for other in stored[1:]:
            state.merged[other] = sid
            _relabel(state, other, sid)
        for a in arts:
            story_of[a] = sid
    rows = []
    for it, b, top in zip(order, new_base, new_bests, strict=True):
        sid = story_of[it.article_id]
        state.add_stored(it.article_id, it.day, it.vec, sid, float(b), float(top), it.group, it.outlet, it.places)
        if it.group is not None:
            state.story_of_group.setdefault(it.group, sid)
        rows.append((sid, it.article_id, round(best.get(it.article_id, 1.0), 4)))
    return rows


def _relabel(state: ClusterState, old: str, sid: str) -> None:
    """The stored members of a bridged story now belong to the story that absorbed it, in the
    state too: a caller that keeps one state across batches (the benchmark, the tests) then
    links later articles to the merged story, as a caller that reloads the store does."""
    state.story[:] = [sid if s == old else s for s in state.story]
    state.first[sid] = min(state.first[sid], state.first.pop(old))
    for group, s in state.story_of_group.items():
        if s == old:
            state.story_of_group[group] = sid


def day_of(value: dt.date | None) -> int:
    return value.toordinal() if value else NO_DATE


def central_label(members: list[tuple[str, np.ndarray, str | None, str]]) -> str:
    """The headline (or first sentence) of the member nearest the story's centroid."""
    mat = np.stack([m[1] for m in members])
    mean = mat.mean(axis=0)
    norms = np.linalg.norm(mat, axis=1) * (np.linalg.norm(mean) or 1.0)
    sims = (mat @ mean) / np.where(norms > 0, norms, 1.0)
    best = members[int(np.argmax(sims))]
    title, text = best[2], best[3]
    if title and title.strip():
        return title.strip()[:200]
    first = (text or "").strip().split("\n", 1)[0]
    cut = first.find(". ")
    return (first[: cut + 1] if 0 < cut < 200 else first[:200]).strip() or "(untitled)"
