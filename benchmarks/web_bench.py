"""Web latency on a 10,000-article store: p50/p95 of the overview, a filtered events page and /api/events.

The store is the link benchmark's synthetic corpus (benchmarks/link_bench.py:
PolNeAR prose spliced into 10,000 articles, 3 events, 2 claims and 2 quotes
each, 12 outlets over 60 days), stored and linked once, then kept under
out/web-bench/ for reruns (--rebuild to make it again). The server is
`crisislens serve` in its own process on 127.0.0.1; the client sends a fixed
number of sequential requests per endpoint (with a time limit, then it stops).

    .venv/bin/python benchmarks/web_bench.py                 # 10,000 articles, 200 requests each
    .venv/bin/python benchmarks/web_bench.py --n 1000 --requests 50

Goal: p95 <= 200 ms for each endpoint on the 2-core development machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out" / "web-bench"
GOAL_MS = 200.0


def _link_bench():
    spec = importlib.util.spec_from_file_location("link_bench", ROOT / "benchmarks" / "link_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_store(path: Path, n: int) -> float:
    """Write the synthetic corpus into a new store and link it; returns the seconds taken."""
    sys.path.insert(0, str(ROOT / "src"))
    from crisislens.link import update
    from crisislens.model import Article, Claim, Event, Quote, field_names
    from crisislens.store import Store, records_frame

    t0 = time.perf_counter()
    arts, events, claims, quotes = _link_bench().synth(n)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with Store(path) as store:
        rows = [{**{c: getattr(a, c) for c in field_names(Article)}, "words": a.words, "run_id": "bench", "analyzed": True}
                for a in arts]
        with store.transaction():
            store.write_df("articles", records_frame(rows, field_names(Article) + ["words", "run_id", "analyzed"]))
            store.write_df("events", records_frame(events, field_names(Event)))
            store.write_df("claims", records_frame(claims, field_names(Claim)))
            store.write_df("quotes", records_frame(quotes, field_names(Quote)))
        update(store)
    return time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, wait_s: float = 60.0) -> subprocess.Popen:
    import httpx

    proc = subprocess.Popen([sys.executable, "-m", "crisislens", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2.0)
            return proc
        except httpx.TransportError:
            if proc.poll() is not None:
                raise SystemExit(f"server exited: {proc.stderr.read()[-2000:]}") from None
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server did not answer in {wait_s:.0f} s")


def measure(client, url: str, requests: int, limit_s: float) -> dict:
    """Sequential requests (``{i}`` in the url is the request number); stops at ``limit_s``."""
    times, started = [], time.perf_counter()
    for i in range(requests):
        t = time.perf_counter()
        r = client.get(url.format(i=i, offset=(i * 50) % 5000))
        times.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:300]}")
        if time.perf_counter() - started > limit_s:
            break
    times.sort()
    return {"n": len(times), "p50": statistics.median(times), "p95": times[max(0, int(len(times) * 0.95) - 1)],
            "max": times[-1]}


ENDPOINTS = (
    ("overview page", "/"),
    ("events page, dyad + dates", "/events?source=PAK&target=IND&date_from=2025-04-20&date_to=2025-05-20&offset={offset}"),
    ("/api/events", "/api/events?limit=50&offset={offset}"),
    ("/api/events, filtered", "/api/events?actor=USA&root=19&outlet=Outlet+C"),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles in the synthetic store")
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    ap.add_argument("--limit-s", type=float, default=60.0, help="time limit per endpoint")
    ap.add_argument("--rebuild", action="store_true", help="build the store again even if it exists")
    args = ap.parse_args()
    import httpx

    db = OUT / f"web-bench-{args.n}.duckdb"
    if args.rebuild or not db.exists():
        print(f"building a {args.n}-article store at {db} ...", flush=True)
        print(f"  built and linked in {build_store(db, args.n):.1f} s", flush=True)
    print(f"store: {db} ({db.stat().st_size / 1e6:.1f} MB)")
    port = free_port()
    proc = start_server(db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30.0) as client:
            t = time.perf_counter()
            client.get("/api/overview")
            print(f"first request (snapshot of the store taken): {(time.perf_counter() - t) * 1000:.0f} ms")
            for _, url in ENDPOINTS:
                measure(client, url, 5, args.limit_s)  # warm-up
            print(f"{'endpoint':30} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  goal p95 <= {GOAL_MS:.0f} ms")
            for name, url in ENDPOINTS:
                m = measure(client, url, args.requests, args.limit_s)
                verdict = "ok" if m["p95"] <= GOAL_MS else "OVER"
                print(f"{name:30} {m['n']:>5} {m['p50']:>8.1f} {m['p95']:>8.1f} {m['max']:>8.1f}  {verdict}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
