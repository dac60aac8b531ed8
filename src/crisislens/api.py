"""The library API that the CLI, the report and tests call: ``analyze`` and friends.

``analyze`` is the main job: read inputs, store articles and their facts batch by
batch (each batch one transaction, so a killed run loses at most the batch in
flight and a re-run completes the rest), then link across sources.

Why it streams: a backfill is millions of articles. Inputs are read lazily and
in order, ids are checked against the store a chunk at a time, and only the
partitions in flight are held in memory, so memory stays flat however large
the corpus. The per-article stage runs on an engine (``crisislens.engine``):
the local process pool, or Dask with Parquet shards; the store is written here
only, by this one process.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from crisislens import __version__
from crisislens.engine import BATCH_SIZE, Engine, Unit, make_engine
from crisislens.ingest import DEFAULT_MAX_BYTES, iter_inputs
from crisislens.model import Article, InputProblem
from crisislens.store import Store

# Article ids looked up in the store at once: one query per chunk, never a set of every id.
CHECK_CHUNK = 1000
# Messages and problems kept for the end-of-run printout; the rest are counted (all are stored).
MAX_KEPT = 1000

# DuckDB's own memory while articles stream in. Uncapped, its buffer pool grows with the
# file (peak RSS 420 MB at 100k articles); capped at 128 MB, every automatic checkpoint
# still rewrote the table's partly filled row group (up to 122,880 rows) in memory, a
# spike that grew with the rows (ingest_bench: 10k 202 MB, 100k 317 MB). At 32 MB the
# checkpoint spills instead (10k 199 MB, 100k 220 MB). A unit of huge articles needs
# more than that to commit, so the cap grows with the unit (see ``_WriterMemory``).
# Linking gets the defaults back (its joins want memory and threads).
WRITER_MEMORY_MB = 32
WRITER_THREADS = 1
# The unit's share of the cap moves in steps of this many MB: each unit's texts have a
# different size, and a cap to the MB was re-set (a SET statement) on nearly every unit.
WRITER_MEMORY_STEP_MB = 8

# stage ("parsed", "stored", "shards", "linking"), done so far, total when known
Progress = Callable[[str, int, int | None], None]


@dataclass
class RunSummary:
    """What one ``analyze`` run did; printed by the CLI and stored in ``runs``."""

    run_id: str
    db: str
    read: int = 0
    stored: int = 0
    already_present: int = 0
    skipped: int = 0  # inputs that gave no article (problems with fatal=True)
    not_analysed: int = 0  # stored, but the English extractors did not run
    events: int = 0
    quotes: int = 0
    claims: int = 0
    shards_loaded: int = 0  # dask engine: shards loaded into the store
    shards_reused: int = 0  # of those, shards an earlier run had written (not recomputed)
    problems: list[InputProblem] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    not_shown: int = 0  # messages and problems past MAX_KEPT (stored, not kept here)
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        keys = ["read", "stored", "already_present", "skipped", "not_analysed", "events", "quotes", "claims"]
        keys += [k for k in ("shards_loaded", "shards_reused") if getattr(self, k)]
        return {k: getattr(self, k) for k in keys}

    @property
    def exit_code(self) -> int:
        """0 all good, 1 some inputs skipped (the rest stored)."""
        return 1 if self.skipped else 0  # every fatal problem is counted in skipped

    def note(self, messages: Iterable[str]) -> None:
        for m in messages:
            if len(self.messages) < MAX_KEPT:
                self.messages.append(m)
            else:
                self.not_shown += 1

    def problem(self, item: InputProblem) -> None:
        self.skipped += int(item.fatal)
        if len(self.problems) < MAX_KEPT:
            self.problems.append(item)
        else:
            self.not_shown += 1


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Intake:
    """The articles of a run that are new to the run and to the store, read lazily.

    Ids are checked against the store one chunk at a time; ``pending`` holds only
    the ids handed out and not yet stored (the partitions in flight), so the
    check never needs the ids of the whole corpus.
    """

    def __init__(self, store: Store, summary: RunSummary, chunk: int | None = None):
        self.store, self.summary, self.chunk = store, summary, chunk or CHECK_CHUNK
        self.pending: set[str] = set()

    def articles(self, items: Iterable[Article | InputProblem]) -> Iterator[Article]:
        chunk: list[Article] = []
        problems: list[InputProblem] = []
        for item in items:
            if isinstance(item, InputProblem):
                self.summary.problem(item)
                problems.append(item)
                continue
            self.summary.read += 1
            chunk.append(item)
            if len(chunk) >= self.chunk:
                yield from self._new(chunk, problems)
                chunk, problems = [], []
        yield from self._new(chunk, problems)

    def _new(self, chunk: list[Article], problems: list[InputProblem]) -> Iterator[Article]:
        # problems are recorded even when nothing new is stored
        self.store.save_problems(self.summary.run_id, problems)
        known = self.store.known_ids(list(dict.fromkeys(a.id for a in chunk)))
        fresh = []
        for art in chunk:
            if art.id in known or art.id in self.pending:
                self.summary.already_present += 1
                continue
            self.pending.add(art.id)
            fresh.append(art)
        yield from fresh

    def stored(self, articles: Sequence[Article]) -> None:
        self.pending.difference_update(a.id for a in articles)


def _save_unit(store: Store, summary: RunSummary, unit: Unit) -> None:
    """Store one partition's batches in one transaction, and count what they hold."""
    with store.transaction():
        for batch, analyses in unit.batches:
            store.save_batch(summary.run_id, batch, analyses)
    summary.note(unit.messages)
    for batch, analyses in unit.batches:
        for res in analyses:
            summary.note(res.messages)
            summary.not_analysed += int(res.skipped)
            summary.events += len(res.events)
            summary.quotes += len(res.quotes)
            summary.claims += len(res.claims)
        summary.stored += len(batch)
    if unit.shard is not None:
        summary.shards_loaded += 1
        summary.shards_reused += int(not unit.computed)


def _unit_bytes(unit: Unit) -> int:
    """The UTF-8 bytes of a unit's article texts: what DuckDB must hold to commit it."""
    return sum(
        len(art.text.encode("utf-8", "replace")) + len(art.clean_text.encode("utf-8", "replace"))
        for batch, _ in unit.batches
        for art in batch
    )


class _WriterMemory:
    """DuckDB's memory cap while storing: small, but never less than one unit needs.

    A transaction's new rows stay in memory until it commits (three 19 MB articles
    in one unit failed to commit under a 128 MB cap), so a unit larger than the
    base cap raises it for that unit, with room for a copy; the next one lowers it.
    """

    def __init__(self, store: Store):
        self.store = store
        self.mb: int | None = None

    def set(self, mb: int) -> None:
        if mb != self.mb:
            self.store.con.execute(f"SET memory_limit = '{mb}MB'")
            self.mb = mb

    def fit(self, unit: Unit) -> None:
        steps = math.ceil(2 * _unit_bytes(unit) / 1e6 / WRITER_MEMORY_STEP_MB)
        self.set(WRITER_MEMORY_MB + WRITER_MEMORY_STEP_MB * steps)


@contextmanager
def writer_limits(store: Store) -> Iterator[_WriterMemory]:
    """Cap DuckDB's memory and threads while streaming writes; back to its defaults afterwards."""
    memory = _WriterMemory(store)
    memory.set(WRITER_MEMORY_MB)
    store.con.execute(f"SET threads = {WRITER_THREADS}")
    try:
        yield memory
    finally:
        store.con.execute("RESET memory_limit")
        store.con.execute("RESET threads")


def store_stream(
    store: Store,
    summary: RunSummary,
    items: Iterable[Article | InputProblem],
    engine: Engine,
    progress: Progress | None = None,
    memory: _WriterMemory | None = None,
) -> None:
    """Run ``engine`` over the new articles of ``items`` and store its units as they come."""
    intake = _Intake(store, summary)

    def tick(stage: str, done: int) -> None:
        if progress:
            progress(stage, done, None)

    partitions = _batches(intake.articles(items), engine.partition_size)
    for unit in engine.run(partitions, tick):
        if memory is not None:
            memory.fit(unit)
        _save_unit(store, summary, unit)
        for batch, _ in unit.batches:
            intake.stored(batch)
        tick("stored", summary.stored)
        if unit.shard is not None:
            tick("shards", summary.shards_loaded)


def analyze(
    paths: Sequence[str],
    db: str = "crisislens.duckdb",
    *,
    year: int | None = None,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    link: bool = True,
    progress: Progress | None = None,
    stdin=None,
    batch_size: int = BATCH_SIZE,
    engine: str | Engine = "local",
    scheduler: str | None = None,
    partitions: int | None = None,
    run_dir: str | Path | None = None,
) -> RunSummary:
    """Ingest ``paths`` (files, folders, or "-"), extract facts, store them, link sources.

    ``engine`` is "local" (a process pool of ``workers``), "dask" (a LocalCluster
    of ``workers``, or the scheduler at ``scheduler``; ``partitions`` in flight;
    shards under ``run_dir``, default ``<db>.shards``), or an Engine object.
    """
    started = time.perf_counter()
    summary = RunSummary(run_id=uuid.uuid4().hex[:16], db=db)
    with ExitStack() as stack:
        if isinstance(engine, str):
            engine = make_engine(
                engine, run_dir=run_dir or f"{db}.shards", workers=workers,
                scheduler=scheduler, partitions=partitions, batch_size=batch_size,
            )
            stack.callback(engine.close)
        store = stack.enter_context(Store(db))
        store.start_run(summary.run_id, __version__, list(paths))
        items = iter_inputs(list(paths), year=year, max_bytes=max_bytes, stdin=stdin)
        try:
            with writer_limits(store) as memory:
                store_stream(store, summary, items, engine, progress, memory)
        except BaseException:
            store.finish_run(summary.run_id, summary.counts(), status="failed")
            raise
        if link and (summary.stored or store.link_pending()):  # a killed link is re-run
            if progress:
                progress("linking", 0, 1)
            link_store(store, summary)
            if progress:
                progress("linking", 1, 1)
        if summary.not_shown:
            summary.messages.append(f"{summary.not_shown:,} more notes and problems not shown (stored with the run)")
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.counts())
    return summary


def link_store(store: Store, summary: RunSummary | None = None) -> None:
    """Corpus-level linking (dedup, stories, incidents, claim groups) over the store."""
    from crisislens.link import update

    result = update(store)
    if summary is not None and result is not None:
        summary.note(getattr(result, "messages", []) or [])
