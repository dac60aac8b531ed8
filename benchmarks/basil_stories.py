"""Story clustering across outlets, measured on BASIL (50 events x Fox, NYT, HuffPost).

The gold stories are BASIL's triplets: the three outlets' articles of one event
should land in one story, and articles of different events in different stories.
Events are numbered in the order of their files (year folder, then triplet id);
even-numbered events are the development half, odd-numbered ones are reported
untouched. Each half is clustered on its own, through the product's own path
(``vectors.article_vector`` with IDF from the half, then ``stories.cluster``),
without parsing: story linking needs no parse.

    .venv/bin/python benchmarks/basil_stories.py                 # dev half (even events)
    .venv/bin/python benchmarks/basil_stories.py --split odd     # the report half
    .venv/bin/python benchmarks/basil_stories.py --sweep         # threshold x neighbour-share grid on dev
    .venv/bin/python benchmarks/basil_stories.py --sweep --windowless   # the same with no date window
    .venv/bin/python benchmarks/basil_stories.py --singletons    # one article per event: all should stay alone
    .venv/bin/python benchmarks/basil_stories.py --cv            # leave-one-event-out: threshold fitted on the rest
    .venv/bin/python benchmarks/basil_stories.py --margin        # weakest needed true link vs strongest false pair
    .venv/bin/python benchmarks/basil_stories.py --orders 5      # one article at a time in random orders = one batch?
    .venv/bin/python benchmarks/basil_stories.py --mix 3         # dev events moved onto PolNeAR's days, among its articles
    .venv/bin/python benchmarks/basil_stories.py --polnear       # false merges on PolNeAR dev
    .venv/bin/python benchmarks/basil_stories.py --polnear --polnear-split train --orders 5  # PolNeAR train in random orders, day by day
    .venv/bin/python benchmarks/basil_stories.py --seed-orders   # the five seeds one at a time, all 120 orders
    .venv/bin/python benchmarks/basil_stories.py --practice      # crisis practice sets: each, pooled, pooled on one day
    .venv/bin/python benchmarks/basil_stories.py --cohesion 0    # plain single link (stories.GROUP_COHESION off)
    .venv/bin/python benchmarks/basil_stories.py --name-weight 1 --share 0.9 --threshold 0.17 ...  # the former method

Pairwise precision/recall/F1: over every pair of articles, "same story" predicted
against "same event" in the gold. PolNeAR's seven outlets (dev split, 2016
election coverage) have no gold stories; ``--polnear`` lists the merged pairs
with their titles so that a reader can judge them, and counts merges across
different publication days.

``--practice`` is the one-crisis measure: the written practice sets (benchmarks/data/record_practice*,
one invented flare-up each, several outlets, several incidents a few days apart) and the five
seeds, read through the product's reader (``ingest.iter_inputs``: clean text, publication day)
and near-duplicate groups, each set clustered on its own (IDF from the set), then all sets
pooled (cross-crisis merges), and pooled with every article on one day (what content alone
keeps apart). Gold stories: benchmarks/data/story_labels.json, its rule written at its top
(a story is one incident).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASIL = ROOT.parent / "shared" / "benchmarks" / "basil"
POLNEAR = ROOT.parent / "shared" / "benchmarks" / "polnear"
LABELS = ROOT / "benchmarks" / "data" / "story_labels.json"
sys.path.insert(0, str(ROOT / "src"))

from crisislens.link import dedup, stories, story_places, vectors  # noqa: E402


def lead_places(arts: list[dict]) -> dict[str, frozenset[str]]:
    """article id -> the specific places its headline and lead name, as link.update finds them
    (the outlets of these articles are no places)."""
    outlets = frozenset(story_places.fold_outlet(a.get("outlet")) for a in arts if a.get("outlet"))
    return {a["id"]: story_places.lead_places(a.get("title"), a["text"], outlets) for a in arts}


def basil_articles(split: str) -> list[dict]:
    """BASIL articles of the chosen half: id, event, outlet, day, title, text."""
    files = sorted((BASIL / "articles").glob("*/*.json"), key=lambda p: (p.parent.name, p.name))
    events: list[str] = []
    out = []
    for path in files:
        d = json.loads(path.read_text(encoding="utf-8"))
        ev = d["triplet-uuid"]
        if ev not in events:
            events.append(ev)
        k = events.index(ev)
        if (split == "even") != (k % 2 == 0) and split != "all":
            continue
        body = "\n\n".join(" ".join(p) for p in d["body-paragraphs"])
        out.append({"id": path.stem, "event": ev, "outlet": d["source"].lower(),
                    "day": dt.date.fromisoformat(d["date"][:10]), "title": d.get("title") or "", "text": body})
    return out


def vectorise(arts: list[dict], day_of=None) -> list[stories.Item]:
    """The product's story items (IDF from these articles), in publication order; ``day_of``
    (article -> day ordinal) replaces the articles' own days, e.g. to put them all on one day."""
    texts = [a["text"] for a in arts]
    df = vectors.document_frequencies(texts)
    vecs = [vectors.article_vector(t, df, len(texts)) for t in texts]
    days = [day_of(a) if day_of else stories.day_of(a["day"]) for a in arts]
    places = lead_places(arts)
    from crisislens.ingest import metadata

    items = [stories.Item(a["id"], d, v, None, metadata.writer_of(a.get("outlet"), a.get("raw", a["text"])),
                          places[a["id"]])
             for a, d, v in zip(arts, days, vecs, strict=True)]
    return sorted(items, key=lambda it: (it.day, it.article_id))


def cluster_items(items: list[stories.Item], threshold: float, batches: int = 1) -> dict[str, str]:
    """article id -> story id, the items arriving in ``batches`` batches in the given order."""
    state = stories.ClusterState(dim=vectors.dimension())
    size = max(1, -(-len(items) // batches))
    for lo in range(0, len(items), size):
        cluster_batch(state, items[lo:lo + size], threshold)
    return dict(zip(state.ids, state.story, strict=True))


def cluster_batch(state: stories.ClusterState, batch: list[stories.Item], threshold: float) -> None:
    """Link one batch as link.update does: its baselines against the stored vectors (by id,
    BASELINE_SAMPLE of them) and the batch. Why: without the stored reference every article of a
    one-at-a-time or day-by-day run had no baseline (fewer than BASELINE_MIN references), and
    those runs measured the links with the relative floor off."""
    by_id = sorted(range(len(state.ids)), key=state.ids.__getitem__)[:stories.BASELINE_SAMPLE]
    state.reference = [state.vecs[k] for k in by_id]
    stories.cluster(state, batch, threshold=threshold)


def cluster_texts(arts: list[dict], threshold: float, batches: int = 1) -> dict[str, str]:
    """article id -> story id, as the linker computes it: in one batch, or in ``batches``
    batches arriving in publication order (IDF from the whole half either way, so that only
    the clustering differs)."""
    return cluster_items(vectorise(arts), threshold, batches)


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float, int]:
    """Pairwise precision, recall, F1 and the number of predicted stories."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
        tp += same_p and same_g
        fp += same_p and not same_g
        fn += same_g and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, len(set(pred.values()))


def false_duplicates(arts: list[dict]) -> int:
    """Articles the near-duplicate detector puts in another article's group (BASIL has no
    wire copies, so every one is a false alarm)."""
    groups = dedup.assign_groups([], [(a["id"], dedup.signature(a["text"])) for a in arts])
    return sum(1 for aid, (gid, _) in groups.items() if gid != aid)


def run_basil(split: str, threshold: float, batches: int = 1) -> None:
    arts = basil_articles(split)
    gold = {a["id"]: a["event"] for a in arts}
    pred = cluster_texts(arts, threshold, batches)
    p, r, f, n = pairwise(pred, gold)
    print(f"BASIL {split}: {len(arts)} articles, {len(set(gold.values()))} events -> {n} stories; "
          f"threshold {threshold:.2f}, {batches} batch(es): pairwise P {p:.3f} R {r:.3f} F1 {f:.3f}; "
          f"false duplicates {false_duplicates(arts)}")


SHARES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
THRESHOLDS = [x / 100 for x in range(8, 32, 1)]


def sweep(split: str) -> None:
    """Pairwise F1 for every neighbour share (rows) and threshold (columns)."""
    arts = basil_articles(split)
    gold = {a["id"]: a["event"] for a in arts}
    print("  share \\ threshold " + " ".join(f"{t:.2f}" for t in THRESHOLDS))
    for share in SHARES:
        stories.NEIGHBOUR_SHARE = share
        row = [pairwise(cluster_texts(arts, t), gold)[2] for t in THRESHOLDS]
        print(f"  {share:.1f}{'':15s}" + " ".join(f"{f:.2f}" for f in row))


def singletons(split: str, threshold: float) -> None:
    """Each event reduced to one article (each outlet in turn): every story should hold one article.

    BASIL has no event reported by one outlet only; this is how such an article fares, and
    it is what the absolute threshold is for.
    """
    arts = basil_articles(split)
    events = list(dict.fromkeys(a["event"] for a in arts))
    for outlet in ("fox", "nyt", "hpo"):
        alone = [a for a in arts if a["outlet"].startswith(outlet[:3])]
        pred = cluster_texts(alone, threshold)
        merged = len(alone) - len(set(pred.values()))
        print(f"  {outlet}: {len(alone)} articles of {len(events)} events -> {len(set(pred.values()))} stories "
              f"({merged} false merges)")


def _plateau(items: list[stories.Item], gold: dict[str, str]) -> list[float]:
    """The thresholds of THRESHOLDS at which these items' F1 is at its maximum."""
    gold = {it.article_id: gold[it.article_id] for it in items}
    scores = [pairwise(cluster_items(items, t), gold)[2] for t in THRESHOLDS]
    return [t for t, f in zip(THRESHOLDS, scores, strict=True) if f >= max(scores) - 1e-9]


def cross_validate(split: str) -> None:
    """Leave one event out: the threshold is the middle of the best plateau on the other events;
    the held-out event's pairs (its own and those with every other event) are scored with the
    whole half clustered at that threshold. Vectors (IDF, no labels) from the whole half."""
    arts = basil_articles(split)
    gold = {a["id"]: a["event"] for a in arts}
    items = vectorise(arts)
    tp = fp = fn = 0
    fitted = []
    for ev in dict.fromkeys(a["event"] for a in arts):
        rest = [it for it in items if gold[it.article_id] != ev]
        tops = _plateau(rest, gold)
        t = tops[len(tops) // 2]
        fitted.append((t, tops[0], tops[-1]))
        pred = cluster_items(items, t)
        for a, b in itertools.combinations(sorted(gold), 2):
            if ev not in (gold[a], gold[b]):
                continue
            same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
            tp, fp, fn = tp + (same_p and same_g), fp + (same_p and not same_g), fn + (same_g and not same_p)
    p, r = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
    print(f"leave-one-event-out over {len(fitted)} events: fitted thresholds {min(f[0] for f in fitted):.2f}-"
          f"{max(f[0] for f in fitted):.2f}; plateaus from {min(f[1] for f in fitted):.2f}-{max(f[1] for f in fitted):.2f} "
          f"to {min(f[2] for f in fitted):.2f}-{max(f[2] for f in fitted):.2f}; held-out pairs P {p:.3f} R {r:.3f} "
          f"F1 {2 * p * r / (p + r) if p + r else 0:.3f}")


def margin(split: str, threshold: float) -> None:
    """The similarity margin: the weakest link each event needs (its weakest maximum-spanning-tree
    edge: single link joins the event at any threshold at or below it) against the strongest
    pair of two different events, with every pair compared and inside the day window."""
    import numpy as np

    arts = basil_articles(split)
    items = {it.article_id: it for it in vectorise(arts)}
    ids = [a["id"] for a in arts]
    mat = np.stack([items[i].vec for i in ids])
    sims = mat @ mat.T
    event = np.array([a["event"] for a in arts])
    days = np.array([items[i].day for i in ids])
    needed = min(_weakest_tree_edge(sims[np.ix_(idx, idx)]) for idx in (np.flatnonzero(event == e) for e in set(event)))
    upper = np.triu(np.ones_like(sims, dtype=bool), 1) & (event[:, None] != event[None, :])
    window = np.abs(days[:, None] - days[None, :]) <= stories.WINDOW_DAYS
    for name, mask in (("every pair compared", upper), ("inside the day window", upper & window)):
        false = sims[mask]
        near = int((np.abs(false - threshold) <= 0.05).sum())
        print(f"BASIL {split}, {name}: weakest needed true link {needed:.3f}, strongest false pair {false.max():.3f}, "
              f"margin {needed - false.max():+.3f}; false pairs within 0.05 of the threshold {threshold:.2f}: {near}")


def _weakest_tree_edge(sims) -> float:  # noqa: ANN001 - a square numpy block
    """The weakest edge of the maximum spanning tree (Prim) of one event's articles."""
    import numpy as np

    n = len(sims)
    inside, weakest = [0], 1.0
    while len(inside) < n:
        rest = [j for j in range(n) if j not in inside]
        block = sims[np.ix_(inside, rest)]
        i, j = np.unravel_index(int(np.argmax(block)), block.shape)
        weakest = min(weakest, float(block[i, j]))
        inside.append(rest[j])
    return weakest


def orders(split: str, threshold: float, reps: int) -> None:
    """One article at a time in random orders, on the articles' own days and all on one day:
    the same stories as one batch? (Stories must not depend on the arrival order.)"""
    arts = basil_articles(split)
    gold = {a["id"]: a["event"] for a in arts}
    for name, day_of in (("own days", None), ("one day", lambda _a: 800_000)):
        _orders(f"BASIL {split}, {name}", vectorise(arts, day_of), gold, threshold, reps)


def polnear_orders(split: str, threshold: float, reps: int) -> None:
    """PolNeAR one article at a time in random orders, and day by day in publication order (as a
    daily feed arrives), against one batch; scored against the batch's stories (no gold)."""
    items = vectorise(polnear_articles((split,)))
    once = cluster_items(items, threshold)
    _orders(f"PolNeAR {split}", items, once, threshold, reps)
    state = stories.ClusterState(dim=vectors.dimension())
    for day in sorted({it.day for it in items}):
        cluster_batch(state, [it for it in items if it.day == day], threshold)
    daily = dict(zip(state.ids, state.story, strict=True))
    print(f"PolNeAR {split}, day by day: same as one batch {_partition(daily) == _partition(once)}, pairwise F1 "
          f"against it {pairwise(daily, once)[2]:.3f}, largest story {max(Counter(daily.values()).values())} "
          f"(one batch {max(Counter(once.values()).values())})")


def _orders(name: str, items: list[stories.Item], gold: dict[str, str], threshold: float, reps: int) -> None:
    import random

    once = cluster_items(items, threshold)
    same, scores, largest = 0, [], []
    for rep in range(reps):
        shuffled = random.Random(rep).sample(items, len(items))
        pred = cluster_items(shuffled, threshold, batches=len(items))
        same += _partition(pred) == _partition(once)
        scores.append(pairwise(pred, gold)[2])
        largest.append(max(Counter(pred.values()).values()))
    print(f"{name}: {same}/{reps} random orders give the one-batch stories (F1 {min(scores):.3f}-{max(scores):.3f}, "
          f"one batch {pairwise(once, gold)[2]:.3f}; largest story {min(largest)}-{max(largest)}, one batch "
          f"{max(Counter(once.values()).values())})")


def seed_orders(threshold: float) -> None:
    """The five seeds (examples/seeds), undated, linked one at a time in each of the 120 orders as
    link.update links them: IDF from the articles linked so far, baselines from the stored
    vectors (the reference sample, by id). How many orders give the one-batch stories?"""
    from crisislens.model import stable_id

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "seeds").glob("*.txt"))}
    ids = {n: stable_id(n, t) for n, t in texts.items()}
    batch = _seed_link([list(texts)], texts, ids, threshold)
    perms = list(itertools.permutations(texts))
    same = sum(_seed_link([[n] for n in perm], texts, ids, threshold) == batch for perm in perms)
    print(f"seeds, undated, one at a time: {same}/{len(perms)} orders give the one-batch stories "
          f"({len(batch)} stories in one batch)")


def _seed_link(batches: list[list[str]], texts: dict[str, str], ids: dict[str, str],
               threshold: float) -> set[frozenset[str]]:
    """link.update's story path over the given batches of seed names: stored word counts plus the
    batch's, each new vector under the IDF of that moment, stored vectors unchanged."""
    state = stories.ClusterState(dim=vectors.dimension())
    df: Counter = Counter()
    n_docs = 0
    for names in batches:
        df.update(vectors.document_frequencies([texts[n] for n in names]))
        n_docs += len(names)
        items = [stories.Item(ids[n], stories.NO_DATE, vectors.article_vector(texts[n], df, n_docs)) for n in names]
        state.reference = [v for _a, v in sorted(zip(state.ids, state.vecs, strict=True), key=lambda p: p[0])]
        stories.cluster(state, items, threshold=threshold)
    return _partition(dict(zip(state.ids, state.story, strict=True)))


def _partition(pred: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, sid in pred.items():
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def polnear_articles(splits: tuple[str, ...] = ("dev",)) -> list[dict]:
    meta = {}
    for line in (POLNEAR / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        meta[cols[1]] = cols
    out = []
    for path in sorted(p for split in splits for p in (POLNEAR / split / "text").glob("*.txt")):
        cols = meta.get(path.stem)
        if not cols:
            continue
        out.append({"id": path.stem, "outlet": cols[4], "day": dt.date.fromisoformat(cols[5]),
                    "title": cols[7], "text": path.read_text(encoding="utf-8")})
    return out


def run_polnear(threshold: float, split: str = "dev") -> None:
    arts = polnear_articles((split,))
    pred = cluster_texts(arts, threshold)
    by_id = {a["id"]: a for a in arts}
    sizes = Counter(pred.values())
    print(f"PolNeAR {split}: {len(arts)} articles from {len({a['outlet'] for a in arts})} outlets -> "
          f"{len(sizes)} stories; {sum(1 for s in sizes.values() if s > 1)} with more than one article")
    for sid, n in sizes.most_common():
        if n < 2:
            break
        members = sorted((a for a, s in pred.items() if s == sid), key=lambda a: by_id[a]["day"])
        print(f"  story of {n}:")
        for a in members:
            print(f"    {by_id[a]['day']} {by_id[a]['outlet']:12s} {by_id[a]['title'][:90]}")


def practice_articles(name: str, spec: dict) -> list[dict]:
    """One labelled practice set as the product reads it: id (set/file), story, day, title, text."""
    from crisislens import ingest
    from crisislens.model import Article

    out = []
    for art in ingest.iter_inputs([str(ROOT / spec["dir"])]):
        stem = Path(art.doc_name).stem if isinstance(art, Article) else None
        if stem not in spec["labels"]:
            continue  # an input problem, or the README
        day = dt.date.fromisoformat(art.published[:10]) if art.published else None
        out.append({"id": f"{name}/{stem}", "event": f"{name}/{spec['labels'][stem]}", "day": day, "outlet": art.outlet,
                    "title": art.title or "", "text": art.clean_text, "raw": art.text})
    return out


def practice_items(arts: list[dict], one_day: bool = False) -> list[stories.Item]:
    """Story items as link.update makes them: IDF from these articles, near-duplicate groups
    (a copy follows its original), undated articles compared with every day, each article's outlet
    the writer its wire credit names (ingest.metadata.writer_of), as link.update reads it."""
    from crisislens.ingest import metadata

    texts = [a["text"] for a in arts]
    df = vectors.document_frequencies(texts)
    groups = dedup.assign_groups([], [(a["id"], dedup.signature(a["text"])) for a in arts])
    places = lead_places(arts)
    items = [stories.Item(a["id"], 800_000 if one_day else stories.day_of(a["day"]),
                          vectors.article_vector(a["text"], df, len(texts)), groups[a["id"]][0],
                          metadata.writer_of(a["outlet"], a.get("raw", a["text"])),
                          places[a["id"]])
             for a in arts]
    return sorted(items, key=lambda it: (it.day, it.article_id))


def _practice_line(name: str, arts: list[dict], threshold: float, one_day: bool = False) -> None:
    gold = {a["id"]: a["event"] for a in arts}
    pred = cluster_items(practice_items(arts, one_day), threshold)
    p, r, f, n = pairwise(pred, gold)
    print(f"  {name:28s} {len(arts):3d} articles, {len(set(gold.values())):2d} stories -> {n:2d}: "
          f"P {p:.3f} R {r:.3f} F1 {f:.3f}; largest {max(Counter(pred.values()).values())}")
    for sid in sorted({s for s in pred.values()}):
        members = sorted(a for a in pred if pred[a] == sid)
        if len({gold[a] for a in members}) > 1:
            print("      false merge: " + ", ".join(f"{a} [{gold[a].split('/')[-1]}]" for a in members))


def practice(threshold: float, reps: int = 0) -> None:
    """Pairwise P/R/F1 of the stories of each practice set, of all pooled, and pooled on one day;
    with ``reps``, each set and the pool also one article at a time in that many random orders."""
    spec = json.loads(LABELS.read_text(encoding="utf-8"))
    sets = {name: practice_articles(name, s) for name, s in spec["sets"].items()}
    print(f"practice sets (stories = incidents, {LABELS.name}), threshold {threshold:.2f}:")
    for name, arts in sets.items():
        _practice_line(name, arts, threshold)
    pooled = [a for arts in sets.values() for a in arts]
    _practice_line("pooled", pooled, threshold)
    _practice_line("pooled, all on one day", pooled, threshold, one_day=True)
    for name, arts in [*sets.items(), ("pooled", pooled)] if reps else []:
        _orders(f"  {name}", practice_items(arts), {a["id"]: a["event"] for a in arts}, threshold, reps)


def mix(split: str, threshold: float, reps: int) -> None:
    """Dense election coverage around the events: each event of the half is moved (its articles
    keep their spacing) onto a random day of PolNeAR's dev and train articles (924 articles of
    2016 from seven outlets, 3-4 a day), and all are clustered together. A PolNeAR article in
    a BASIL event's story is a certain false merge (other years, other events)."""
    import random

    basil = basil_articles(split)
    polnear = polnear_articles(("dev", "train"))
    days = sorted({a["day"] for a in polnear})
    gold = {a["id"]: a["event"] for a in basil}
    for rep in range(reps):
        rng = random.Random(rep)
        moved = []
        for ev in dict.fromkeys(gold.values()):
            members = [a for a in basil if a["event"] == ev]
            shift = rng.choice(days) - min(a["day"] for a in members)
            moved += [dict(a, day=a["day"] + shift) for a in members]
        pred = cluster_items(vectorise(moved + polnear), threshold)
        p, r, f, _ = pairwise({a: pred[a] for a in gold}, gold)
        basil_stories = {pred[a] for a in gold}
        joined = sum(1 for a in polnear if pred[a["id"]] in basil_stories)
        sizes = Counter(pred[a["id"]] for a in polnear if pred[a["id"]] not in basil_stories)
        print(f"  placement {rep}: BASIL {split} P {p:.3f} R {r:.3f} F1 {f:.3f}; PolNeAR articles in a BASIL story "
              f"{joined}; PolNeAR articles in stories of several ({sum(n for n in sizes.values() if n > 1)} of "
              f"{len(polnear)})")
        titles = {a["id"]: a["title"] for a in moved}
        for a in polnear:
            if pred[a["id"]] in basil_stories:
                event = next(t for i, t in titles.items() if pred[i] == pred[a["id"]])
                print(f"    {a['outlet']} {a['day']} {a['title'][:60]!r} joined {event[:60]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--split", choices=["even", "odd", "all"], default="even")
    ap.add_argument("--threshold", type=float, default=stories.STORY_THRESHOLD)
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--polnear", action="store_true")
    ap.add_argument("--singletons", action="store_true")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--margin", action="store_true")
    ap.add_argument("--orders", type=int, default=0, help="this many random arrival orders, one article at a time")
    ap.add_argument("--seed-orders", action="store_true", help="the five seeds one at a time in all 120 orders")
    ap.add_argument("--mix", type=int, default=0, help="this many placements of the events among PolNeAR's articles")
    ap.add_argument("--batches", type=int, default=1, help="link in this many batches, in publication order")
    ap.add_argument("--polnear-split", choices=["dev", "train"], default="dev", help="PolNeAR split of --polnear")
    ap.add_argument("--share", type=float, default=stories.NEIGHBOUR_SHARE)
    ap.add_argument("--cohesion", type=float, default=stories.GROUP_COHESION, help="stories.GROUP_COHESION (0: plain single link)")
    ap.add_argument("--practice", action="store_true", help="the crisis practice sets against story_labels.json")
    ap.add_argument("--own-outlet-same-day", type=int, choices=[0, 1], default=int(stories.OWN_OUTLET_SAME_DAY),
                    help="stories.OWN_OUTLET_SAME_DAY (1: one outlet's articles link only within a day)")
    ap.add_argument("--relative-factor", type=float, default=stories.RELATIVE_FACTOR, help="stories.RELATIVE_FACTOR")
    ap.add_argument("--relative-cap", type=float, default=stories.RELATIVE_CAP,
                    help="stories.RELATIVE_CAP (0: the relative floor uncapped)")
    ap.add_argument("--place-waives-floor", type=int, choices=[0, 1], default=int(stories.PLACE_WAIVES_FLOOR),
                    help="stories.PLACE_WAIVES_FLOOR (1: a pair naming one specific place needs no relative floor)")
    ap.add_argument("--place-threshold", type=float, default=stories.PLACE_THRESHOLD,
                    help="stories.PLACE_THRESHOLD (cosine a pair naming one lead place needs; 0: the threshold)")
    ap.add_argument("--place-kinds", type=int, choices=[0, 1], default=int(stories.PLACE_KINDS),
                    help="stories.PLACE_KINDS (1: a shared lead place ties two leads only where its clauses name one kind of happening, or one names none)")
    ap.add_argument("--lead-share", type=float, default=vectors.LEAD_SHARE, help="vectors.LEAD_SHARE (0: no lead part)")
    ap.add_argument("--kind-apart", type=int, choices=[0, 1], default=int(stories.KIND_APART),
                    help="stories.KIND_APART (1: leads of different kinds of happening are not linked)")
    ap.add_argument("--retest-stored", type=int, choices=[0, 1, 2], default=stories.RETEST_STORED,
                    help="stories.RETEST_STORED (1: stored pairs of two stories are tested again at each link; 2: only pairs with an article whose floor moved)")
    ap.add_argument("--kind-bridge", type=int, choices=[0, 1, 2], default=stories.KIND_BRIDGE,
                    help="stories.KIND_BRIDGE (1: a weak member's link may not join kind-apart leads; 2: no link may)")
    ap.add_argument("--window-days", type=int, default=stories.WINDOW_DAYS, help="stories.WINDOW_DAYS")
    ap.add_argument("--windowless", action="store_true", help="compare every pair of articles, whatever their days")
    ap.add_argument("--name-weight", type=float, default=vectors.NAME_WEIGHT, help="vectors.NAME_WEIGHT (1: names unweighted)")
    args = ap.parse_args()
    vectors.NAME_WEIGHT = args.name_weight
    stories.NEIGHBOUR_SHARE = args.share
    stories.GROUP_COHESION = args.cohesion
    stories.OWN_OUTLET_SAME_DAY = bool(args.own_outlet_same_day)
    stories.RELATIVE_FACTOR = args.relative_factor
    stories.RELATIVE_CAP = args.relative_cap
    stories.PLACE_WAIVES_FLOOR = bool(args.place_waives_floor)
    stories.PLACE_THRESHOLD = args.place_threshold
    stories.PLACE_KINDS = bool(args.place_kinds)
    vectors.LEAD_SHARE = args.lead_share
    stories.KIND_APART = bool(args.kind_apart)
    stories.WINDOW_DAYS = args.window_days
    stories.KIND_BRIDGE = args.kind_bridge
    stories.RETEST_STORED = args.retest_stored
    if args.windowless:
        stories.WINDOW_DAYS = 10**6
    modes = {"sweep": lambda: sweep(args.split), "singletons": lambda: singletons(args.split, args.threshold),
             "cv": lambda: cross_validate(args.split), "polnear": lambda: run_polnear(args.threshold, args.polnear_split),
             "margin": lambda: margin(args.split, args.threshold),
             "orders": lambda: (polnear_orders(args.polnear_split, args.threshold, args.orders) if args.polnear
                                else orders(args.split, args.threshold, args.orders)),
             "seed_orders": lambda: seed_orders(args.threshold), "practice": lambda: practice(args.threshold, args.orders),
             "mix": lambda: mix(args.split, args.threshold, args.mix)}
    chosen = [run for name, run in modes.items() if getattr(args, name)]
    if args.polnear and args.orders:
        chosen.remove(modes["polnear"])
    if args.practice and args.orders:
        chosen.remove(modes["orders"])
    for run in chosen or [lambda: run_basil(args.split, args.threshold, args.batches)]:
        run()


if __name__ == "__main__":
    main()
