"""What an engine is: partitions of articles in, loadable units out, in input order.

The coordinator (``crisislens.api.analyze``) reads inputs lazily, drops
duplicates, cuts the stream into partitions and hands them to an engine; the
engine yields one :class:`Unit` per partition, in order, and the coordinator
stores each unit in one transaction. Engines never open the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from crisislens.model import Article, ArticleAnalysis

# stage ("parsed", "shards"), count so far; the coordinator adds "stored" and "linking"
Tick = Callable[[str, int], None]


class EngineError(Exception):
    """An engine that cannot run (no scheduler at the address, a partition that keeps failing)."""


@dataclass
class Unit:
    """One partition's results: batches to store together, in one transaction."""

    batches: list[tuple[list[Article], list[ArticleAnalysis]]]
    shard: Path | None = None  # the Parquet shard it was loaded from, if any
    computed: bool = True  # False when an earlier run had written the shard already
    messages: list[str] = field(default_factory=list)  # about the shard (damaged, recomputed)

    @property
    def articles(self) -> int:
        return sum(len(batch) for batch, _ in self.batches)


class Engine(Protocol):
    """Runs the per-article stage over partitions; ``partition_size`` articles each."""

    name: str
    partition_size: int

    def run(self, partitions: Iterator[list[Article]], tick: Tick | None = None) -> Iterator[Unit]:
        """Yield one Unit per partition, in input order."""
        ...

    def close(self) -> None:
        """Release workers and connections."""
        ...
