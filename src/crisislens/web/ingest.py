"""Optional ingestion over HTTP: ``POST /api/articles`` (with ``--token``) and ``GET /api/runs/ID``.

Why a separate process per run: DuckDB lets one process write a file, and a
process that holds a read-only connection cannot also open it for writing. The
analysis runs in a spawned worker process (the same ``crisislens.analyze`` the
CLI calls), so the server stays the reader of its snapshot; while the worker
holds the file, reads get the 503 every writer causes, and the first request
after it is done sees the new articles. Runs execute one at a time, in order.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import shutil
import tempfile
import threading
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Content types the ingest readers understand, and the file suffix that picks the reader.
SUFFIXES = {
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/plain": ".txt",
    "text/html": ".html",
}


@dataclass
class Run:
    """One ingestion run as ``/api/runs/ID`` shows it."""

    id: str
    status: str = "queued"  # queued | running | done | failed
    stage: str | None = None  # what the analysis is doing: parsed, stored, linking, ...
    done: int = 0
    total: int | None = None
    bytes: int = 0
    summary: dict[str, Any] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _work(path: str, db: str, events: Any) -> None:
    """The worker process: analyse one uploaded file into the store, reporting progress."""
    from crisislens.api import analyze

    def progress(stage: str, done: int, total: int | None) -> None:
        events.put(("progress", stage, done, total))

    summary = analyze([path], db, progress=progress, workers=1)
    events.put(("done", summary.counts(), [p.reason for p in summary.problems] + summary.messages[:50]))


class Runner:
    """Queues uploads and analyses them one by one in a spawned worker process."""

    def __init__(self, db: str, timeout_s: float = 3600.0):
        self.db = db
        self.timeout_s = timeout_s
        self.runs: dict[str, Run] = {}
        self._todo: queue.Queue[tuple[Run, Path]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, body: bytes, suffix: str) -> Run:
        """Keep the upload in a private temporary folder and queue its analysis."""
        run = Run(id=uuid.uuid4().hex[:16], bytes=len(body))
        folder = Path(tempfile.mkdtemp(prefix="crisislens-upload-"))
        path = folder / f"upload-{run.id}{suffix}"  # the server names the file, never the client
        path.write_bytes(body)
        self.runs[run.id] = run
        self._todo.put((run, path))
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="crisislens-ingest", daemon=True)
                self._thread.start()
        return run

    def _loop(self) -> None:
        while True:
            try:
                run, path = self._todo.get(timeout=1.0)
            except queue.Empty:
                return
            try:
                self._execute(run, path)
            finally:
                shutil.rmtree(path.parent, ignore_errors=True)

    def _execute(self, run: Run, path: Path) -> None:
        ctx = mp.get_context("spawn")
        events = ctx.Queue()
        proc = ctx.Process(target=_work, args=(str(path), self.db, events), name=f"crisislens-run-{run.id}")
        run.status = "running"
        proc.start()
        self._follow(run, proc, events)
        proc.join(timeout=5)
        if run.status == "running":
            run.status, run.error = "failed", f"the analysis worker stopped (exit code {proc.exitcode})"

    def _follow(self, run: Run, proc: Any, events: Any) -> None:
        """Read the worker's progress until it reports done, dies, or runs past the time limit."""
        waited = 0.0
        while waited < self.timeout_s:
            try:
                event = events.get(timeout=0.5)
            except queue.Empty:
                waited += 0.5
                if not proc.is_alive() and events.empty():
                    return
                continue
            if event[0] == "progress":
                run.stage, run.done, run.total = event[1], event[2], event[3]
            else:
                run.summary, run.messages, run.status, run.stage = event[1], event[2], "done", None
                return
        proc.terminate()
        run.status, run.error = "failed", f"the analysis ran past {self.timeout_s:.0f} s and was stopped"
