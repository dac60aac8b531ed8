"""Streaming ingest: peak memory of ingest+store alone at 10k and 100k articles.

What it measures: ``crisislens.api.analyze`` reading synthetic small articles
(JSON Lines files of 5,000 articles each, ~90 words per article, with title,
outlet, date and language given, so no model is loaded) and storing them, with
an engine that skips the per-article stage: the memory of reading, checking
ids against the store and writing, nothing else. Each size runs in a fresh
process; peak RSS is that process's ``ru_maxrss``.

    .venv/bin/python benchmarks/ingest_bench.py                 # 10k and 100k, prints the ratio
    .venv/bin/python benchmarks/ingest_bench.py --sizes 2000 20000
    .venv/bin/python benchmarks/ingest_bench.py --mode list     # the pre-streaming shape, for comparison

Goal: peak RSS at 100k within 1.2x of 10k. ``--mode list`` holds every new
article in a list before storing (what ``analyze`` did before it streamed).

Measured (2-core shared machine): streaming 10k 200 MB, 100k 220 MB (1.10x),
300k 224 MB (1.02x of 100k);
the list shape 10k 216 MB, 100k 554 MB. The Python heap stays flat
(tracemalloc peak ~25 MB at any size). Before the writer's DuckDB cap went from
128 MB to 32 MB (``api.WRITER_MEMORY_MB``) it was 10k 202 MB, 100k 317 MB
(1.57x): sampling RSS every 5 ms put every spike inside an automatic
checkpoint (one per ~20k articles, each rewriting the table's partly filled
row group of up to 122,880 rows: +50, +100, +70, +110 MB); under 32 MB the
checkpoint spills to disk instead, spikes +25 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

PER_FILE = 5000
WORDS = ["minister", "army", "border", "talks", "strike", "city", "officials", "said", "statement", "ceasefire", "troops", "government", "spokesman", "region", "attack", "villages", "shelling", "civilians", "report", "agency", "security", "council", "meeting", "capital", "province", "forces", "police", "protest", "election"]
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGH"]


def synthetic(i: int, rng: random.Random) -> dict[str, str]:
    """One small article: a few sentences of news words, distinct by its number."""
    sents = []
    for _ in range(rng.randint(4, 7)):
        words = rng.choices(WORDS, k=rng.randint(10, 18))
        sents.append(" ".join(words).capitalize() + ".")
    day = 1 + i % 28
    return {
        "title": f"Report number {i} on the border",
        "outlet": OUTLETS[i % len(OUTLETS)],
        "published": f"2025-05-{day:02d}",
        "language": "en",
        "url": f"https://example.org/news/{i}",
        "text": f"Report {i}. " + " ".join(sents),
    }


def build(folder: Path, n: int) -> int:
    """Write n articles as JSON Lines files of PER_FILE articles; returns the bytes written."""
    rng = random.Random(12)
    total = 0
    for start in range(0, n, PER_FILE):
        lines = [json.dumps(synthetic(i, rng)) for i in range(start, min(n, start + PER_FILE))]
        data = "\n".join(lines) + "\n"
        (folder / f"part-{start // PER_FILE:05d}.jsonl").write_text(data, encoding="utf-8")
        total += len(data.encode("utf-8"))
    return total


class StoreOnly:
    """An engine that skips the per-article stage: measures ingest and store alone."""

    name = "store-only"
    partition_size = 256

    def run(self, partitions: Iterator[list], tick=None) -> Iterator:  # noqa: ANN001 - api's Tick
        from crisislens.engine import Unit
        from crisislens.model import ArticleAnalysis

        for part in partitions:
            yield Unit(batches=[(part, [ArticleAnalysis(article_id=a.id, skipped=True) for a in part])])

    def close(self) -> None:
        """Nothing to release."""


def child_stream(folder: str, db: str) -> dict[str, float]:
    from crisislens.api import analyze

    t0 = time.perf_counter()
    summary = analyze([folder], db, engine=StoreOnly(), link=False)
    return {"stored": summary.stored, "seconds": time.perf_counter() - t0}


def child_list(folder: str, db: str) -> dict[str, float]:
    """The pre-streaming shape: every new article in a list, then stored in batches."""
    from crisislens.ingest import iter_inputs
    from crisislens.model import Article, ArticleAnalysis
    from crisislens.store import Store

    t0 = time.perf_counter()
    with Store(db) as store:
        new = [a for a in iter_inputs([folder]) if isinstance(a, Article)]
        known = store.known_ids([a.id for a in new])
        todo = [a for a in new if a.id not in known]
        for i in range(0, len(todo), 256):
            batch = todo[i : i + 256]
            store.save_batch("bench", batch, [ArticleAnalysis(article_id=a.id, skipped=True) for a in batch])
    return {"stored": len(todo), "seconds": time.perf_counter() - t0}


def run_size(n: int, mode: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        size = build(folder, n)
        cmd = [sys.executable, __file__, "--child", mode, str(folder), str(Path(tmp) / "b.duckdb")]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
    result["mb_in"] = size / 1e6
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--mode", choices=("stream", "list"), default="stream")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FOLDER", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, folder, db = args.child
        result = (child_stream if mode == "stream" else child_list)(folder, db)
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    peaks = []
    for n in args.sizes:
        r = run_size(n, args.mode)
        peaks.append(r["peak_mb"])
        print(
            f"ingest+store ({args.mode}) {n:>7,} articles ({r['mb_in']:.0f} MB): "
            f"peak RSS {r['peak_mb']:.0f} MB, {r['stored'] / r['seconds']:.0f} articles/s"
        )
    for i in range(1, len(peaks)):
        (n0, p0), (n1, p1) = (args.sizes[i - 1], peaks[i - 1]), (args.sizes[i], peaks[i])
        verdict = "within" if p1 / p0 <= 1.2 else "over"
        print(f"peak RSS ratio {n1:,}/{n0:,}: {p1 / p0:.2f}x ({verdict} the 1.2x goal)")


if __name__ == "__main__":
    main()
