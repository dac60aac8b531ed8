"""The analyze progress bar: articles parsed, stored, shards loaded, linking (every engine).

A Rich bar on a terminal; a log line per stored batch when stderr is not one
(CI logs, nohup), so a long backfill still shows that it moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

LABELS = {"parsed": "articles parsed", "stored": "articles stored", "shards": "shards loaded", "linking": "linking"}


@contextmanager
def run_progress(err: Console) -> Iterator[Callable[[str, int, int | None], None]]:
    """A ``progress(stage, done, total)`` callback for ``crisislens.api.analyze``."""
    with Progress(
        TextColumn("{task.description:>16}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(LABELS.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)
            if not err.is_terminal and stage in ("stored", "shards", "linking"):
                # "stored 8/?": the total of a streamed input is not known until it ends
                err.print(f"{stage} {done}/{total if total else '?'}")

        yield progress
