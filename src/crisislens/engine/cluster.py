"""The Dask engine: partitions to a dask.distributed cluster, results as Parquet shards.

Each partition goes to a worker process that loads the model once (``nlp.load``
is cached per process), runs :func:`analyze_articles` and writes a shard to
the run folder; the coordinator checks each finished shard (row counts,
checksums) and hands it back in input order to be loaded, one transaction per
shard. With no scheduler address a LocalCluster sized to the machine is
started; with one, the run folder must be on a file system the workers share.

Why shards rather than returning tables through the scheduler: a shard on disk
survives a coordinator crash, so a re-run loads what was written instead of
recomputing it, and a team can keep the Parquet dataset as the result when
one DuckDB writer can no longer keep up.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from crisislens.engine.base import EngineError, Tick, Unit
from crisislens.engine.frames import from_tables
from crisislens.engine.partition import BATCH_SIZE, analyze_articles
from crisislens.engine.shards import (
    ShardError,
    discard,
    read_shard,
    shard_key,
    shard_path,
    write_shard,
)
from crisislens.model import Article

BATCHES_PER_PARTITION = 4  # 128 articles: enough work per task, shards small enough to retry
CONNECT_TIMEOUT_S = 5.0

# dask settings for a LocalCluster this engine starts (a scheduler the user runs keeps its own).
# Why: on the same articles a dask worker spent more CPU per batch than a local pool process.
# One worker, the same 32-64 PolNeAR articles, CPU seconds of the task thread (2-core machine
# shared with other jobs, so a few runs each):
# - the nanny puts MALLOC_TRIM_THRESHOLD_=65536 in the worker's environment. An explicit trim
#   threshold turns off glibc's sliding mmap threshold, so every large spaCy/thinc array is a
#   fresh mmap, zero-filled page by page and unmapped again when freed: 32 articles took
#   306,035 minor page faults with it, 24,564 without, 22,269 in a plain process; 64 articles
#   16.7-19.3 s of CPU with it, 15.3-16.5 s without, 14.6-16.8 s in a plain process. The pool's
#   processes never had it: dropped here.
# - the worker's event loop (its main thread) used 1.1-1.4 s of CPU beside a 20 s task: the
#   statistical profiler sampling the task thread every 10 ms about half of it, the 20 ms loop
#   tick, 100 ms memory monitor and 500 ms system monitor the rest; 0.08-0.13 s with the
#   settings below. The nannies and the scheduler, in the coordinator's process, read the same
#   tick and monitor settings.
# End to end: see benchmarks/engine_bench.py (page faults and CPU per article, both engines).
DROPPED_WORKER_ENV = ("MALLOC_TRIM_THRESHOLD_",)
QUIET_LOOPS = {
    "distributed.worker.profile.enabled": False,  # no stack sampling: no dashboard to show it
    "distributed.admin.tick.interval": "1s",  # only warns when the loop is blocked for 3 s
    "distributed.worker.memory.monitor-interval": "1s",  # spill/pause/terminate checks
    "distributed.admin.system-monitor.interval": "5s",  # CPU/memory samples for the dashboard
}


def compute_shard(articles: list[Article], run_dir: str, key: str, batch_size: int) -> str:
    """On a worker: analyse one partition and write its shard; returns the shard's folder."""
    return str(write_shard(run_dir, key, analyze_articles(articles, batch_size)))


# Partitions the coordinator may hold (computing or finished, not yet handed back), in windows.
HELD_WINDOWS = 4
POLL_S = 0.05  # how often a coordinator waiting for any partition looks again


def _ready(item: _Pending) -> bool:
    """Whether a partition needs no more waiting: its shard was on disk, or its task ended."""
    return item.future is None or item.future.done()


@dataclass
class _Pending:
    articles: list[Article]
    key: str
    future: object | None  # a distributed.Future, None when the shard was on disk already


class DaskEngine:
    """Partitions of ``batch_size * BATCHES_PER_PARTITION`` articles, ``partitions`` in flight."""

    name = "dask"

    def __init__(
        self,
        run_dir: str | Path,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        partitions: int | None = None,
        batch_size: int = BATCH_SIZE,
        batches_per_partition: int = BATCHES_PER_PARTITION,
    ):
        self.run_dir = Path(run_dir)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.batch_size = batch_size
        self.partition_size = batch_size * batches_per_partition
        self.client, self.cluster = connect(scheduler, workers)
        threads = sum(self.client.nthreads().values()) or 1
        self.window = partitions or 2 * threads

    def run(self, partitions: Iterator[list[Article]], tick: Tick | None = None) -> Iterator[Unit]:
        """Keep ``window`` partitions computing; hand back finished ones in input order.

        Why not wait for the oldest before submitting more: when the oldest partition is a
        slow one, the other workers finish theirs and sit idle until it is done (head-of-line
        blocking). Finished shards wait on disk, so a bound of ``HELD_WINDOWS`` windows of
        partitions (their article lists) is all the coordinator holds.
        """
        pending: deque[_Pending] = deque()
        parsed = 0
        for part in partitions:
            pending.append(self._start(part))
            while self._busy(pending) >= self.window or len(pending) >= HELD_WINDOWS * self.window:
                # at the bound only the oldest can free room: wait on it, not on any
                if _ready(pending[0]) or len(pending) >= HELD_WINDOWS * self.window:
                    unit, parsed = self._next_unit(pending, parsed, tick)
                    yield unit
                else:
                    self._wait_any(pending)
        while pending:
            unit, parsed = self._next_unit(pending, parsed, tick)
            yield unit

    def _next_unit(self, pending: deque[_Pending], parsed: int, tick: Tick | None) -> tuple[Unit, int]:
        """The oldest partition's unit (waiting for it if need be) and the articles parsed so far."""
        unit = self._finish(pending.popleft())
        parsed += unit.articles
        if tick:
            tick("parsed", parsed)
        return unit, parsed

    @staticmethod
    def _busy(pending: deque[_Pending]) -> int:
        return sum(1 for p in pending if not _ready(p))

    def _wait_any(self, pending: deque[_Pending]) -> None:
        """Block until one more of the computing partitions finishes (or fails: _finish says why)."""
        # distributed.wait and as_completed look for a default client; ours is not one (set_as_default
        # False, so two engines in one process do not share it): poll the futures' states instead
        computing = [p.future for p in pending if not _ready(p)]
        while computing and not any(f.done() for f in computing):
            time.sleep(POLL_S)

    def _start(self, articles: list[Article]) -> _Pending:
        key = shard_key([a.id for a in articles])
        if (shard_path(self.run_dir, key) / "manifest.json").exists():
            return _Pending(articles, key, None)
        return _Pending(articles, key, self._submit(articles, key))

    def _submit(self, articles: list[Article], key: str):  # noqa: ANN202 - a distributed.Future
        return self.client.submit(
            compute_shard, articles, str(self.run_dir), key, self.batch_size,
            pure=False, key=f"crisislens-shard-{key}-{os.urandom(4).hex()}",
        )

    def _wait(self, future) -> None:  # noqa: ANN001 - a distributed.Future
        try:
            future.result()
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"lost the cluster while waiting for a partition: {exc}") from exc
        except Exception as exc:  # noqa: BLE001 - KilledWorker, or whatever the task raised, re-raised by dask
            raise EngineError(f"a partition failed on the cluster: {type(exc).__name__}: {exc}") from exc

    def _finish(self, item: _Pending) -> Unit:
        """Wait for a partition's shard, check it (recompute once if damaged), rebuild its records."""
        if item.future is not None:
            self._wait(item.future)
        path = shard_path(self.run_dir, item.key)
        messages: list[str] = []
        computed = item.future is not None
        try:
            tables = read_shard(path)
        except ShardError as exc:
            discard(path)
            messages.append(f"{exc}; recomputed")
            computed = True
            self._wait(self._submit(item.articles, item.key))
            try:
                tables = read_shard(path)
            except ShardError as again:
                raise EngineError(f"shard still damaged after recomputing: {again}") from again
        articles, analyses = from_tables(tables)
        if [a.id for a in articles] != [a.id for a in item.articles]:
            raise EngineError(f"{path}: holds other articles than its partition")
        step = self.batch_size
        batches = [(articles[i : i + step], analyses[i : i + step]) for i in range(0, len(articles), step)]
        return Unit(batches=batches, shard=path, computed=computed, messages=messages)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def connect(scheduler: str | None, workers: int | None):  # noqa: ANN201 - (Client, LocalCluster | None)
    """A client of the scheduler at ``scheduler``, or of a new LocalCluster sized to the machine.

    An address that does not answer fails within ``CONNECT_TIMEOUT_S`` with an EngineError.
    """
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(
                f"no Dask scheduler answers at {scheduler} (waited {CONNECT_TIMEOUT_S:.0f} s): {exc}"
            ) from exc
        return client, None
    import dask

    n = workers or max(1, os.cpu_count() or 1)
    with dask.config.set(local_cluster_config()):
        cluster = LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.ERROR,
        )
    return Client(cluster, set_as_default=False), cluster


def local_cluster_config() -> dict[str, object]:
    """The dask settings a LocalCluster is started with: QUIET_LOOPS, and the nanny's worker
    environment without DROPPED_WORKER_ENV (the rest of it, and the user's own, kept).

    Read when the cluster starts: nannies hand their config to the worker processes they spawn.
    A nanny also copies its worker environment into this process's own (before spawning), so a
    LocalCluster started earlier in the same process with distributed's defaults leaves the
    threshold in ``os.environ``, and workers spawned later inherit it.
    """
    import dask
    import distributed  # noqa: F401 - puts distributed's defaults into dask.config

    environ = dask.config.get("distributed.nanny.pre-spawn-environ", default={}) or {}
    kept = {k: v for k, v in environ.items() if k not in DROPPED_WORKER_ENV}
    return {**QUIET_LOOPS, "distributed.nanny.pre-spawn-environ": kept}
