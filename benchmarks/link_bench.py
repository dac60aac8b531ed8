"""Linking speed and memory for 1,000 and 10,000 synthetic-but-realistic articles.

Articles are PolNeAR news texts (real prose; for 10,000 we splice sentences of
several articles into new ones), 5% are light rewrites of another (wire
copies), dates spread over 60 days, 12 outlets; each carries 3 events (dyads
among 8 actors, CAMEO codes), 2 numeric claims and 2 quotes taken from its own
sentences. Each size runs in a fresh process (peak RSS is per process).

    .venv/bin/python benchmarks/link_bench.py            # both sizes, prints the ratio
    .venv/bin/python benchmarks/link_bench.py --n 1000   # one size
    .venv/bin/python benchmarks/link_bench.py --dedup    # the dedup threshold measurement
    .venv/bin/python benchmarks/link_bench.py --sizes 10000 30000   # any sizes, each in its own process

The growth must be no worse than n log n: ratio(10k/1k) <= 10 * log(10000)/log(1000) = 13.3.
Peak RSS includes the benchmark's own records (built before linking starts);
``rss_before_mb`` is the process's RSS when ``update`` starts, so the peak
minus it is what linking itself added.

Measured (2-core machine shared with other jobs, so seconds are loose; one
run each, per-stage times from wrapping the link functions, the bench's
records still held while linking; they are now dropped first):
10k: 151 s, RSS 930 -> 1,507 MB; 30k: 553 s (3.7x; n log n allows 3.4x),
RSS 1,597 -> 3,343 MB (linking adds ~0.6 GB at 10k, ~1.7 GB at 30k: linear).
By stage 10k -> 30k: claims.build 77 -> 264 s (3.4x), stories.cluster 11 -> 102 s
(9.2x, quadratic: each block of new articles is multiplied by every vector,
the day window applied after), incidents.build 5.6 -> 27 s (4.9x),
dedup.assign_groups 3.1 -> 16 s (5.2x), quotes.build 30 -> 62 s (2.1x),
dedup.signature 13 -> 35 s (2.7x). After the candidate search was cut to
each block's day window (link.stories._DayIndex), ``--sizes 10000 30000``:
10k 123 s, peak 1,341 MB (848 MB when linking starts); 30k 412 s (3.4x, bound
3.4: OK), peak 3,074 MB (1,409 MB at the start: linking adds 0.49 -> 1.67 GB,
3.4x); stories.cluster 102 -> 34 s at 30k. ``--sizes 100000`` on that code:
1,330 s (10.8x of 10k; n log n allows 12.5x), peak 8,362 MB (1,125 MB at the
start: linking adds 7.2 GB, 14.7x of 10k's 0.49 GB, past the bound: it loads
whole fact tables into pandas in one transaction). After the quotes,
incidents, dedup and stories speed-ups (same link tables): 10k 115 s, peak
1,351 MB (814 at the start); 30k 301 s (2.6x, bound 3.4), peak 3,102 MB
(1,436 at the start); 100k 993 s (8.6x of 10k, bound 12.5), peak 8,997 MB
(2,096 at the start: linking adds 6.9 GB, 12.8x of 10k's 0.54 GB, just past
the bound); the same link counts as the 100k run before the speed-ups.
After linking was read and written in chunks (link/update.py: texts streamed, story
members, link rows and incidents per chunk, each group stage written before the next;
same 11 link tables row for row at 10k, ``--dump``/``--compare``), ``--sizes 10000
100000`` in one invocation (load ~4.5 on 2 cores): 10k 208 s, linking's own peak
1,189 MB (857 at the start: adds 332 MB, was 474 in a 10k run of the code before,
peak 1,363); 100k 1,608 s (7.7x, bound 12.5), peak 6,526 MB (2,957 at the start:
linking adds 3.57 GB, was 6.9; 10.7x of 10k, bound 12.5: OK). The same counts as
before at 10k; 100k: 24,626 duplicate groups, 32 stories, 13,911 incidents, 45,797
claim groups, 23,446 quote groups. What is left at 100k is mostly data linking must
hold at once (read from the code and the 10k per-stage samples, not sampled per
stage at 100k): every new vector for stories.cluster (530 MB, plus the stacked and
normalised copies it makes) and one story of nearly every article (central_label
stacks its members' vectors twice). "Linking's own peak" is VmHWM reset when linking
starts (``_reset_peak``); the peak RSS printed is the larger of it and the records' peak.
The corpus thins out past 10k: splices of the same few hundred PolNeAR texts
become near-copies (30k: 17,071 duplicates, 80 stories), so larger sizes
measure a corpus of copies, not news.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "benchmarks" / "polnear"
CODES = ["IND", "PAK", "USA", "CHN", "TUR", "UNO", "IRN", "NSG"]
ROOTS = ["010", "036", "042", "057", "112", "130", "173", "190", "183", "195"]
CATS = ["killed", "injured", "aircraft_downed", "drones_downed", "detained"]
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKL"]
SPEAKERS = ["Ishaq Dar", "Khawaja Asif", "S. Jaishankar", "Vikram Misri", "Marco Rubio", "Antonio Guterres"]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 5]


def synth(n: int, seed: int = 0):
    """Articles, events, claims and quotes as records."""
    sys.path.insert(0, str(ROOT / "src"))
    from crisislens.model import Article, Claim, Event, Quote, stable_id

    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((POLNEAR / "train" / "text").glob("*.txt"))]
    pool = [_sentences(t) for t in texts if len(t.split()) > 150]
    arts, events, claims, quotes = [], [], [], []
    start = dt.date(2025, 4, 15)
    for i in range(n):
        if i < len(pool) and n <= len(pool):
            sents = pool[i]
        elif arts and rng.random() < 0.05:
            base = _sentences(rng.choice(arts).clean_text)
            sents = [s for s in base if rng.random() > 0.2]
            rng.shuffle(sents)
        else:
            donors = rng.sample(pool, 3)
            sents = []
            for d in donors:  # a random stretch of each donor, so splices rarely share text
                k = rng.randint(0, max(len(d) - 4, 0))
                sents.extend(d[k : k + rng.randint(4, 8)])
        text = " ".join(sents) or "empty"
        aid = stable_id("bench", i, text)
        day = start + dt.timedelta(days=rng.randint(0, 59))
        arts.append(Article(id=aid, doc_name=f"bench_{i:05d}.txt", source="bench", text=text, clean_text=text,
                            outlet=rng.choice(OUTLETS), published=day.isoformat(), title=sents[0][:100] if sents else None))
        for k in range(3):
            src, tgt = rng.sample(CODES, 2)
            code = rng.choice(ROOTS)
            s = rng.choice(sents) if sents else text
            events.append(Event(id=stable_id(aid, "e", k), article_id=aid, source_actor_id=None, source_name=src,
                                source_code=src, source_sector=None, target_actor_id=None, target_name=tgt, target_code=tgt,
                                target_sector=None, cameo=code, cameo_root=code[:2], plover=None, plover_mode=None,
                                goldstein=rng.uniform(-10, 7), quad_class=None, predicate="x",
                                date=(day - dt.timedelta(days=rng.randint(0, 2))).isoformat() if rng.random() > 0.2 else None,
                                date_end=None, date_text=None, place=None, place_code=None, claimant_actor_id=None,
                                claimant_name=None, modality="asserted", sent_start=0, sent_end=len(s), sentence=s))
        for k in range(2):
            v = float(rng.choice([5, 6, 26, 31, 57, 100]))
            s = rng.choice(sents) if sents else text
            claims.append(Claim(id=stable_id(aid, "c", k), article_id=aid, value=v, low=v, high=v, qualifier=None,
                                number_text=str(int(v)), what="people killed", category=rng.choice(CATS),
                                subject_code=rng.choice(CODES[:3]), claimant_actor_id=None,
                                claimant_name=rng.choice(SPEAKERS + [None]), claimant_code=None, quote_id=None,
                                date=(day - dt.timedelta(days=rng.randint(0, 1))).isoformat(), sent_start=0,
                                sent_end=len(s), sentence=s))
            q = rng.choice(sents) if sents else text
            quotes.append(Quote(id=stable_id(aid, "q", k), article_id=aid, speaker_actor_id=None,
                                speaker_name=rng.choice(SPEAKERS), speaker_code="PAK", direct=True, text=q,
                                text_start=0, text_end=len(q), cue="said", addressee=None, medium=None,
                                embedded_post=False, sent_start=0, sent_end=len(q), sentence=q))
    return arts, events, claims, quotes


def run_one(n: int, profile: bool = False, dump: Path | None = None) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from crisislens.link import update, vectors
    from crisislens.model import Article, Claim, Event, Quote, field_names
    from crisislens.store import Store, records_frame

    vectors.dimension()  # load the spaCy vectors before the clock starts
    arts, events, claims, quotes = synth(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        rows = []
        for a in arts:
            row = {c: getattr(a, c) for c in field_names(Article)}
            row.update(words=a.words, run_id="bench", analyzed=True)
            rows.append(row)
        with store.transaction():
            store.write_df("articles", records_frame(rows, field_names(Article) + ["words", "run_id", "analyzed"]))
            store.write_df("events", records_frame(events, field_names(Event)))
            store.write_df("claims", records_frame(claims, field_names(Claim)))
            store.write_df("quotes", records_frame(quotes, field_names(Quote)))
        del rows, arts, events, claims, quotes  # linking reads the store, not these
        rss_before = _rss_mb()
        records_peak = _hwm_mb()  # building the records; the reset below also resets ru_maxrss
        _reset_peak()
        t0 = time.perf_counter()
        if profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            summary = prof.runcall(update, store)
            pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
        else:
            summary = update(store)
        seconds = time.perf_counter() - t0
        link_peak = _hwm_mb()
        if dump:
            dump_link_tables(store, dump)
        store.close()
    peak_mb = max(records_peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return {"n": n, "seconds": round(seconds, 2), "peak_rss_mb": round(peak_mb, 1), "rss_before_mb": round(rss_before, 1),
            "link_peak_mb": round(link_peak, 1),
            "summary": {k: v for k, v in summary.as_dict().items() if k != "messages"}}


def dump_link_tables(store, out: Path) -> None:
    """Every link table, rows sorted, as Parquet: two runs' dumps compare row for row (``--compare``)."""
    from crisislens.link.update import LINK_TABLES

    out.mkdir(parents=True, exist_ok=True)
    for table in LINK_TABLES:
        store.con.execute(f"COPY (SELECT * FROM \"{table}\" ORDER BY ALL) TO '{out / table}.parquet' (FORMAT PARQUET)")


def compare_dumps(a: Path, b: Path) -> list[str]:
    """Tables whose rows differ between two dumps (multiset difference both ways), with counts."""
    import duckdb

    con = duckdb.connect()
    diffs = []
    for pa in sorted(a.glob("*.parquet")):
        pb = b / pa.name
        if not pb.exists():
            diffs.append(f"{pa.stem}: missing in {b}")
            continue
        q = "SELECT count(*) FROM (SELECT * FROM read_parquet(?) EXCEPT ALL SELECT * FROM read_parquet(?))"
        only_a = con.execute(q, [str(pa), str(pb)]).fetchone()[0]
        only_b = con.execute(q, [str(pb), str(pa)]).fetchone()[0]
        rows = con.execute("SELECT count(*) FROM read_parquet(?)", [str(pa)]).fetchone()[0]
        print(f"{pa.stem}: {rows} rows, {only_a} only in {a.name}, {only_b} only in {b.name}")
        if only_a or only_b:
            diffs.append(pa.stem)
    return diffs


def _reset_peak() -> None:
    """Reset the kernel's peak-RSS mark (VmHWM, also what ru_maxrss reads), so ``_hwm_mb`` is
    linking's own peak: the records built before linking peak higher than linking itself."""
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")


def _hwm_mb() -> float:
    """Peak RSS since the last ``_reset_peak`` (VmHWM from /proc/self/status), in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _rss_mb() -> float:
    """This process's resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def measure_dedup() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from crisislens.link.dedup import DUP_THRESHOLD, jaccard, signature

    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted((POLNEAR / "dev" / "text").glob("*.txt"))]
    texts = [t for t in texts if len(t.split()) > 150]
    sigs = [signature(t) for t in texts]

    def rewrite(t: str) -> str:
        keep = [s for s in _sentences(t) if rng.random() > 0.2]
        rng.shuffle(keep)
        return "UPDATED: wire copy as republished.\n" + " ".join(keep)

    rw = sorted(jaccard(s, signature(rewrite(t))) for s, t in zip(sigs, texts, strict=True))
    un = sorted(jaccard(sigs[i], sigs[j]) for i in range(len(sigs)) for j in range(i + 1, len(sigs)))
    print(json.dumps({"articles": len(texts), "threshold": DUP_THRESHOLD, "copy_min": 1.0,
                      "rewrite_min": rw[0], "rewrite_median": rw[len(rw) // 2],
                      "unrelated_pairs": len(un), "unrelated_max": un[-1]}, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, help="run one size in this process")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of update() to stderr")
    ap.add_argument("--dedup", action="store_true", help="measure the near-duplicate threshold")
    ap.add_argument("--dump", type=Path, help="with --n: write the link tables, sorted, as Parquet into this folder")
    ap.add_argument("--compare", type=Path, nargs=2, help="compare two --dump folders row for row")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="sizes to compare, each in a fresh process")
    args = ap.parse_args()
    if args.dedup:
        measure_dedup()
        return
    if args.compare:
        diffs = compare_dumps(*args.compare)
        print("identical" if not diffs else f"DIFFERENT: {', '.join(diffs)}")
        sys.exit(1 if diffs else 0)
    if args.n:
        print(json.dumps(run_one(args.n, args.profile, args.dump)))
        return
    results = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--n", str(n)], capture_output=True, text=True, check=True)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(res)
        print(f"n={n:>6}: link {res['seconds']:.2f} s, peak RSS {res['peak_rss_mb']:.0f} MB "
              f"(RSS {res['rss_before_mb']:.0f} MB when linking starts, linking's own peak {res['link_peak_mb']:.0f} MB), "
              f"{res['summary']}")
    for a, b in itertools.pairwise(results):
        ratio = b["seconds"] / max(a["seconds"], 1e-9)
        bound = b["n"] / a["n"] * math.log(b["n"]) / math.log(a["n"])
        verdict = "OK" if ratio <= bound else "WORSE THAN n log n"
        print(f"ratio {b['n']}/{a['n']} = {ratio:.1f} (n log n bound {bound:.1f}): {verdict}")

if __name__ == "__main__":
    main()
