"""The Dask engine stores what the local engine stores, row for row and id for id,
and survives a killed worker, a re-run, and a damaged shard.

One LocalCluster (1 worker process, with a nanny that restarts it) serves the
module; the corpus is the seeds plus 6 short PolNeAR dev articles (even rows).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import threading
import time
from pathlib import Path

import pytest

from crisislens.api import analyze
from crisislens.engine import EngineError
from crisislens.engine.cluster import DaskEngine
from crisislens.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
POLNEAR_DEV = ROOT.parent / "shared" / "benchmarks" / "polnear" / "dev" / "text"
TABLES = ("articles", "actors", "mentions", "events", "quotes", "claims")
BATCH = 2  # 2 articles a batch, 2 batches a partition: 11 articles make 3 shards
N_ARTICLES = 11

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for f in SEEDS.iterdir():
        shutil.copy(f, folder / f.name)
    even = sorted(POLNEAR_DEV.glob("*.txt"))[::2]
    for f in sorted(even, key=lambda p: p.stat().st_size)[: N_ARTICLES - 5]:
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    c = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None)
    yield c
    c.close()


def _engine(cluster, run_dir: Path) -> DaskEngine:
    return DaskEngine(run_dir, scheduler=cluster.scheduler_address, batch_size=BATCH, batches_per_partition=2)


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of the fact tables (run_id left out: each run has its own), in a fixed order."""
    out = {}
    with Store(db) as store:
        for table in TABLES:
            cols = [r["column_name"] for r in store.rows(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table]
            ) if r["column_name"] != "run_id"]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[table] = store.con.execute(f"SELECT {sel} FROM {table} ORDER BY {sel}").fetchall()
    return out


@pytest.fixture(scope="module")
def local_rows(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    summary = analyze([str(corpus)], str(db), workers=1, batch_size=BATCH, link=False)
    assert summary.stored == N_ARTICLES
    return _rows(db)


def _kill_worker_when_busy(cluster, client, done: threading.Event) -> list[int]:
    """Kill the worker process once it is working on a partition; returns the killed pids."""
    killed: list[int] = []
    deadline = time.time() + 120
    while not done.is_set() and time.time() < deadline:
        if any(client.processing().values()):
            time.sleep(1.0)  # let it get into the partition (model loaded, parsing)
            pids = client.run(os.getpid)
            for pid in pids.values():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            return killed
        time.sleep(0.2)
    return killed


@pytest.fixture(scope="module")
def killed_run(cluster, corpus, tmp_path_factory):
    """A dask run during which the only worker process is killed (SIGKILL) mid-partition."""
    tmp = tmp_path_factory.mktemp("dask")
    engine = _engine(cluster, tmp / "shards")
    db = tmp / "dask.duckdb"
    done = threading.Event()
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["summary"] = analyze([str(corpus)], str(db), engine=engine, batch_size=BATCH, link=False)
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below, not lost in the thread
            result["error"] = exc
        done.set()

    thread = threading.Thread(target=run)
    thread.start()
    killed = _kill_worker_when_busy(cluster, engine.client, done)
    thread.join(timeout=400)
    engine.close()
    assert "error" not in result, repr(result.get("error"))
    return db, tmp / "shards", result["summary"], killed


def test_dask_with_a_killed_worker_matches_local(killed_run, local_rows):
    db, run_dir, summary, killed = killed_run
    assert killed, "the worker was never seen busy"
    assert (summary.stored, summary.shards_loaded, summary.shards_reused) == (N_ARTICLES, 3, 0)
    assert _rows(db) == local_rows  # nothing lost, nothing doubled
    assert len(list(run_dir.glob("shard-*"))) == 3


def test_a_rerun_loads_no_shard_twice(cluster, corpus, killed_run):
    db, run_dir, _, _ = killed_run
    again = analyze([str(corpus)], str(db), engine=_engine(cluster, run_dir), batch_size=BATCH, link=False)
    assert (again.stored, again.already_present, again.shards_loaded) == (0, N_ARTICLES, 0)


def test_written_shards_are_loaded_and_damaged_ones_recomputed(cluster, corpus, killed_run, local_rows, tmp_path):
    """A new store, the same run folder: as if the coordinator died after the workers wrote."""
    _, run_dir, _, _ = killed_run
    shard = sorted(run_dir.glob("shard-*"))[1]
    events = shard / "events.parquet"
    events.write_bytes(events.read_bytes()[:-100])  # cut short on disk
    db = tmp_path / "b.duckdb"
    second = analyze([str(corpus)], str(db), engine=_engine(cluster, run_dir), batch_size=BATCH, link=False)
    assert (second.shards_loaded, second.shards_reused) == (3, 2)
    assert any("events.parquet: checksum" in m and "recomputed" in m for m in second.messages)
    assert _rows(db) == local_rows


def test_a_scheduler_that_does_not_answer_fails_within_seconds(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket closes
    started = time.perf_counter()
    with pytest.raises(EngineError, match=f"no Dask scheduler answers at tcp://127.0.0.1:{port}"):
        DaskEngine(tmp_path / "shards", scheduler=f"tcp://127.0.0.1:{port}")
    assert time.perf_counter() - started < 15


def test_a_started_cluster_runs_workers_as_a_pool_process_runs(tmp_path, monkeypatch):
    """A LocalCluster the engine starts gives its workers glibc's own malloc settings (no
    MALLOC_TRIM_THRESHOLD_, like a pool process; the rest of the nanny's environment kept)
    and an event loop without the stack-sampling profiler."""
    import dask

    # a nanny writes its worker environment into the environment of the process it runs in
    # (distributed.nanny: os.environ.update before spawning), and spawned workers inherit it:
    # this module's own default LocalCluster has put the trim threshold here already
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    engine = DaskEngine(tmp_path / "shards", workers=1)
    try:
        seen = engine.client.run(lambda: (
            os.environ.get("MALLOC_TRIM_THRESHOLD_"),
            os.environ.get("OMP_NUM_THREADS"),
            dask.config.get("distributed.worker.profile.enabled"),
        ))
    finally:
        engine.close()
    assert list(seen.values()) == [(None, "1", False)]


def test_the_users_worker_environment_is_kept_but_the_trim_threshold():
    import dask

    from crisislens.engine.cluster import local_cluster_config

    mine = {"MALLOC_TRIM_THRESHOLD_": 65536, "TEAM_SETTING": "x"}
    with dask.config.set({"distributed.nanny.pre-spawn-environ": mine}):
        config = local_cluster_config()
    assert config["distributed.nanny.pre-spawn-environ"] == {"TEAM_SETTING": "x"}
