"""The local engine: today's process pool on this machine (the default)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

from crisislens.engine.base import Tick, Unit
from crisislens.engine.partition import BATCH_SIZE
from crisislens.model import Article
from crisislens.pipeline import analyze_batches, default_workers

# A worker process costs a model load (~2 s); below this many articles per
# worker, extra processes cost more than they save.
MIN_ARTICLES_PER_WORKER = 24


class LocalEngine:
    """One partition is one batch; batches go to a pool of ``workers`` processes."""

    name = "local"

    def __init__(self, workers: int | None = None, batch_size: int = BATCH_SIZE):
        self.workers = workers
        self.partition_size = batch_size

    def run(self, partitions: Iterator[list[Article]], tick: Tick | None = None) -> Iterator[Unit]:
        partitions, workers = self._size(partitions)
        parsed = 0
        for batch, analyses in analyze_batches(partitions, workers=workers):
            parsed += len(batch)
            if tick:
                tick("parsed", parsed)
            yield Unit(batches=[(list(batch), analyses)])

    def _size(self, partitions: Iterator[list[Article]]) -> tuple[Iterator[list[Article]], int]:
        """The worker count: as asked, else all cores, fewer when the whole input is small.

        Looks ahead at most one batch per ``MIN_ARTICLES_PER_WORKER`` articles per core,
        so a small input is not given processes it cannot use, and a large one is not read first.
        """
        if self.workers:
            return partitions, self.workers
        cores = default_workers()
        need = math.ceil(cores * MIN_ARTICLES_PER_WORKER / max(self.partition_size, 1))
        head = list(itertools.islice(partitions, need))
        n = sum(len(p) for p in head)
        if len(head) < need:  # the whole input is in hand
            cores = min(cores, max(1, math.ceil(n / MIN_ARTICLES_PER_WORKER)))
        return itertools.chain(head, partitions), cores

    def close(self) -> None:
        """Nothing to release: the pool closes when ``run`` ends."""
