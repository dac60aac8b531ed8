"""The library API that the CLI, the report and tests call: ``analyze`` and friends.

``analyze`` is the main job: read inputs, store articles and their facts batch by
batch (each batch one transaction, so a killed run loses at most the batch in
flight and a re-run completes the rest), then link across sources.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from crisislens import __version__
from crisislens.ingest import DEFAULT_MAX_BYTES, iter_inputs
from crisislens.model import Article, InputProblem
from crisislens.pipeline import analyze_batches, default_workers
from crisislens.store import Store

BATCH_SIZE = 32
# A worker process costs a model load (~2 s); below this many articles per
# worker, extra processes cost more than they save.
MIN_ARTICLES_PER_WORKER = 24

Progress = Callable[[int, int], None]


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
    problems: list[InputProblem] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        keys = ("read", "stored", "already_present", "skipped", "not_analysed", "events", "quotes", "claims")
        return {k: getattr(self, k) for k in keys}

    @property
    def exit_code(self) -> int:
        """0 all good, 1 some inputs skipped (the rest stored)."""
        return 1 if any(p.fatal for p in self.problems) else 0


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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
) -> RunSummary:
    """Ingest ``paths`` (files, folders, or "-"), extract facts, store them, link sources."""
    started = time.perf_counter()
    summary = RunSummary(run_id=uuid.uuid4().hex[:16], db=db)
    with Store(db) as store:
        store.start_run(summary.run_id, __version__, list(paths))
        new: list[Article] = []
        seen: set[str] = set()
        for item in iter_inputs(list(paths), year=year, max_bytes=max_bytes, stdin=stdin):
            if isinstance(item, InputProblem):
                summary.problems.append(item)
                if item.fatal:
                    summary.skipped += 1
                continue
            summary.read += 1
            if item.id in seen:
                summary.already_present += 1
                continue
            seen.add(item.id)
            new.append(item)
        known = store.known_ids([a.id for a in new])
        todo = [a for a in new if a.id not in known]
        summary.already_present += len(known)
        # problems are recorded even when nothing new is stored
        store.save_problems(summary.run_id, summary.problems)

        n_workers = workers or min(default_workers(), max(1, math.ceil(len(todo) / MIN_ARTICLES_PER_WORKER)))
        batches = list(_batches(todo, batch_size))
        done = 0
        for batch, analyses in analyze_batches(batches, workers=n_workers):
            store.save_batch(summary.run_id, batch, analyses)
            for res in analyses:
                summary.messages.extend(res.messages)
                summary.not_analysed += int(res.skipped)
                summary.events += len(res.events)
                summary.quotes += len(res.quotes)
                summary.claims += len(res.claims)
            summary.stored += len(batch)
            done += len(batch)
            if progress:
                progress(done, len(todo))
        if link and summary.stored:
            link_store(store, summary)
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.counts())
    return summary


def link_store(store: Store, summary: RunSummary | None = None) -> None:
    """Corpus-level linking (dedup, stories, incidents, claim groups) over the store."""
    from crisislens.link import update

    result = update(store)
    if summary is not None and result is not None:
        summary.messages.extend(getattr(result, "messages", []) or [])
