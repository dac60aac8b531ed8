"""Speed and memory benchmark (`make bench`): a measurement, never a timed unit test.

Corpus: the PolNeAR texts (real political news, 924 articles in train+dev) from
../shared/benchmarks, repeated to reach ``--n`` articles for the ingestion
figures (each copy gets a distinct first line, so ids differ).

Prints:
1. ingestion + storage alone: articles/s, MB/s (goal ≥ 200 articles/s on 2 cores);
2. the bare spaCy parse of a sample (the floor) and the per-article stage on the
   same sample, split by component (actors, events, quotes, claims), each as a
   share over the floor;
3. `analyze` end to end with 1 and 2 workers: articles/s and peak memory;
4. each area's own benchmark when present (FURTHER_BENCHMARKS: linking, web
   latency, actor dictionary load and coverage, streaming ingest memory, engines).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "benchmarks" / "polnear"


def peak_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def build_corpus(folder: Path, n: int) -> tuple[int, int]:
    """Write n article files into folder (PolNeAR texts, repeated with distinct first lines)."""
    texts = sorted(POLNEAR.glob("*/text/*.txt"))
    if not texts:
        sys.exit(f"benchmark corpus not found under {POLNEAR}")
    total = 0
    for i in range(n):
        src = texts[i % len(texts)]
        body = src.read_text(encoding="utf-8", errors="replace")
        text = f"Copy {i // len(texts)} of {src.stem}\n\n{body}" if i >= len(texts) else body
        out = folder / f"{i:05d}_{src.name}"
        out.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return n, total


def bench_ingest(folder: Path, n_bytes: int) -> None:
    from crisislens.ingest import iter_inputs
    from crisislens.model import Article, ArticleAnalysis
    from crisislens.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        batch: list[Article] = []
        n = 0
        seen: set[str] = set()
        for item in iter_inputs([str(folder)]):
            if not isinstance(item, Article) or item.id in seen:
                continue  # (PolNeAR holds a few identical texts; analyze skips them the same way)
            seen.add(item.id)
            batch.append(item)
            if len(batch) == 256:
                store.save_batch("bench", batch, [ArticleAnalysis(article_id=a.id, skipped=True) for a in batch])
                n += len(batch)
                batch = []
        if batch:
            store.save_batch("bench", batch, [ArticleAnalysis(article_id=a.id, skipped=True) for a in batch])
            n += len(batch)
        dt = time.perf_counter() - t0
        store.close()
    print(f"ingest+store: {n} articles in {dt:.1f} s = {n / dt:.0f} articles/s, {n_bytes / dt / 1e6:.2f} MB/s")


def bench_stage(folder: Path, sample: int) -> None:
    from crisislens import nlp
    from crisislens.actors.resolve import build_index
    from crisislens.extract.claims import extract_claims
    from crisislens.extract.events import extract_events
    from crisislens.extract.quotes import extract_quotes
    from crisislens.ingest import iter_inputs
    from crisislens.model import Article

    arts = [a for a in iter_inputs([str(folder)]) if isinstance(a, Article)][:sample]
    model = nlp.load()
    list(model.pipe(["warm up the model."]))
    t0 = time.perf_counter()
    docs = list(model.pipe([a.clean_text for a in arts], batch_size=16))
    parse = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    timing = {"actors": 0.0, "events": 0.0, "quotes": 0.0, "claims": 0.0}
    n_events = 0
    for art, doc in zip(arts, docs, strict=True):
        t = time.perf_counter()
        index = build_index(doc, art)
        timing["actors"] += time.perf_counter() - t
        t = time.perf_counter()
        n_events += len(extract_events(doc, art, index))
        timing["events"] += time.perf_counter() - t
        t = time.perf_counter()
        quotes = extract_quotes(doc, art, index)
        timing["quotes"] += time.perf_counter() - t
        t = time.perf_counter()
        extract_claims(doc, art, index, quotes)
        timing["claims"] += time.perf_counter() - t
    stage = sum(timing.values())
    print(f"bare parse (floor): {len(arts)} articles, {words} tokens in {parse:.1f} s = {len(arts) / parse:.1f} articles/s")
    for name, secs in timing.items():
        print(f"  {name:7s} {secs:6.2f} s = {100 * secs / parse:5.1f}% over the parse")
    print(f"  quotes+claims together: {100 * (timing['quotes'] + timing['claims']) / parse:.1f}% over the parse")
    print(f"  whole per-article stage: parse + extraction = {(parse + stage) / parse:.2f}x the floor")
    print(f"  events: {n_events} in {timing['events']:.2f} s = {n_events / max(timing['events'], 1e-9):.0f} events/s")


def bench_analyze(folder: Path, sample: int, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "in"
        sub.mkdir()
        for f in sorted(folder.iterdir())[:sample]:
            shutil.copy(f, sub / f.name)
        db = Path(tmp) / "a.duckdb"
        cmd = [sys.executable, "-m", "crisislens", "analyze", str(sub), "--db", str(db), "--workers", str(workers)]
        t0 = time.perf_counter()
        before = peak_mb(children=True)
        subprocess.run(cmd, check=False, capture_output=True)
        dt = time.perf_counter() - t0
        after = peak_mb(children=True)
    print(f"analyze --workers {workers}: {sample} articles in {dt:.1f} s = {sample / dt:.1f} articles/s (peak RSS of a process: {max(before, after):.0f} MB)")


# Each area's own benchmark, run after the per-article figures (script, arguments).
FURTHER_BENCHMARKS = [
    ("link_bench.py", []),  # linking time and memory at 1k and 10k articles
    ("web_bench.py", []),  # p50/p95 of the web app on a 10k-article store
    ("actor_coverage.py", ["--half", "even", "--skip-seeds"]),  # dictionary load time, actor share of the parse
    ("ingest_bench.py", []),  # streaming ingest+store peak RSS at 10k and 100k articles
    ("engine_bench.py", ["--n", "256"]),  # local pool vs Dask, identical stores
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles for the ingestion benchmark")
    parser.add_argument("--sample", type=int, default=200, help="articles for the parse and analyze benchmarks")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        n, n_bytes = build_corpus(folder, args.n)
        print(f"corpus: {n} articles, {n_bytes / 1e6:.1f} MB (PolNeAR texts)")
        bench_ingest(folder, n_bytes)
        bench_stage(folder, args.sample)
        for workers in (1, 2):
            bench_analyze(folder, args.sample, workers)
    print(f"peak RSS of this process: {peak_mb():.0f} MB")
    for script, extra in FURTHER_BENCHMARKS:
        path = ROOT / "benchmarks" / script
        if path.exists():
            print(f"\n== {script} {' '.join(extra)}", flush=True)
            subprocess.run([sys.executable, str(path), *extra], check=False)


if __name__ == "__main__":
    main()
