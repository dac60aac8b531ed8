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
    .venv/bin/python benchmarks/basil_stories.py --cv            # threshold fitted on half the dev events
    .venv/bin/python benchmarks/basil_stories.py --polnear       # false merges on PolNeAR dev

Pairwise precision/recall/F1: over every pair of articles, "same story" predicted
against "same event" in the gold. PolNeAR's seven outlets (dev split, 2016
election coverage) have no gold stories; ``--polnear`` lists the merged pairs
with their titles so that a reader can judge them, and counts merges across
different publication days.
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
sys.path.insert(0, str(ROOT / "src"))

from crisislens.link import dedup, stories, vectors  # noqa: E402


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


def cluster_texts(arts: list[dict], threshold: float, batches: int = 1) -> dict[str, str]:
    """article id -> story id, as the linker computes it: in one batch, or in ``batches``
    batches arriving in publication order (IDF from the whole half either way, so that only
    the clustering differs)."""
    texts = [a["text"] for a in arts]
    df = vectors.document_frequencies(texts)
    vecs = [vectors.article_vector(t, df, len(texts)) for t in texts]
    items = [stories.Item(a["id"], stories.day_of(a["day"]), v) for a, v in zip(arts, vecs, strict=True)]
    items.sort(key=lambda it: (it.day, it.article_id))
    state = stories.ClusterState(dim=vectors.dimension())
    size = -(-len(items) // batches)
    for lo in range(0, len(items), size):
        stories.cluster(state, items[lo:lo + size], threshold=threshold)
    return dict(zip(state.ids, state.story, strict=True))


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
THRESHOLDS = [x / 100 for x in range(8, 32, 2)]


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


def cross_validate(split: str, reps: int = 10) -> None:
    """Fit the threshold on half of the events (middle of its best plateau), score the other half."""
    import random

    arts = basil_articles(split)
    events = list(dict.fromkeys(a["event"] for a in arts))
    rng = random.Random(0)
    for rep in range(reps):
        fit = set(rng.sample(events, len(events) // 2))
        halves = [[a for a in arts if (a["event"] in fit) == side] for side in (True, False)]
        scores = [pairwise(cluster_texts(halves[0], t), {a["id"]: a["event"] for a in halves[0]})[2] for t in THRESHOLDS]
        tops = [t for t, f in zip(THRESHOLDS, scores, strict=True) if f >= max(scores) - 1e-9]
        t = tops[len(tops) // 2]
        p, r, f, _ = pairwise(cluster_texts(halves[1], t), {a["id"]: a["event"] for a in halves[1]})
        print(f"  fold {rep}: fitted threshold {t:.2f} (plateau {tops[0]:.2f}-{tops[-1]:.2f}); "
              f"held-out P {p:.3f} R {r:.3f} F1 {f:.3f}")


def polnear_articles() -> list[dict]:
    meta = {}
    for line in (POLNEAR / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        meta[cols[1]] = cols
    out = []
    for path in sorted((POLNEAR / "dev" / "text").glob("*.txt")):
        cols = meta.get(path.stem)
        if not cols:
            continue
        out.append({"id": path.stem, "outlet": cols[4], "day": dt.date.fromisoformat(cols[5]),
                    "title": cols[7], "text": path.read_text(encoding="utf-8")})
    return out


def run_polnear(threshold: float) -> None:
    arts = polnear_articles()
    pred = cluster_texts(arts, threshold)
    by_id = {a["id"]: a for a in arts}
    sizes = Counter(pred.values())
    print(f"PolNeAR dev: {len(arts)} articles from {len({a['outlet'] for a in arts})} outlets -> "
          f"{len(sizes)} stories; {sum(1 for s in sizes.values() if s > 1)} with more than one article")
    for sid, n in sizes.most_common():
        if n < 2:
            break
        members = sorted((a for a, s in pred.items() if s == sid), key=lambda a: by_id[a]["day"])
        print(f"  story of {n}:")
        for a in members:
            print(f"    {by_id[a]['day']} {by_id[a]['outlet']:12s} {by_id[a]['title'][:90]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--split", choices=["even", "odd", "all"], default="even")
    ap.add_argument("--threshold", type=float, default=stories.STORY_THRESHOLD)
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--polnear", action="store_true")
    ap.add_argument("--singletons", action="store_true")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--batches", type=int, default=1, help="link in this many batches, in publication order")
    ap.add_argument("--share", type=float, default=stories.NEIGHBOUR_SHARE)
    ap.add_argument("--windowless", action="store_true", help="compare every pair of articles, whatever their days")
    args = ap.parse_args()
    stories.NEIGHBOUR_SHARE = args.share
    if args.windowless:
        stories.WINDOW_DAYS = 10**6
    if args.sweep:
        sweep(args.split)
    elif args.singletons:
        singletons(args.split, args.threshold)
    elif args.cv:
        cross_validate(args.split)
    elif args.polnear:
        run_polnear(args.threshold)
    else:
        run_basil(args.split, args.threshold, args.batches)


if __name__ == "__main__":
    main()
