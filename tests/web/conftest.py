"""Fixtures for the web tests: ONE analysed store of the seeds (plus a hostile article), shared.

The store is built once per test session through the real ``crisislens.analyze``
(parse, extract, store, link: ~20 s); every test reads it through the app. A
live server for the browser and schema tests runs uvicorn on 127.0.0.1 in a
thread, started and stopped within bounded waits.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
SHOTS = ROOT / "out" / "web-screenshots"
# An article written to attack the pages: markup in its title, text and a quote.
HOSTILE = """title: Border talks <script>window.__pwned = 1</script>
outlet: Test Wire <img src=x onerror="window.__pwned = 2">
published: 2025-05-09

Pakistan's foreign minister said on Friday that "<script>window.__pwned = 3</script> we will respond" to India.
India accused Pakistan of shelling villages <img src=x onerror="window.__pwned=4"> near the border, killing 3 civilians.
"""


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """The seeds and the hostile article, analysed and linked into one store."""
    from crisislens.api import analyze

    folder = tmp_path_factory.mktemp("web-corpus")
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path_factory.mktemp("web-store") / "web.duckdb"
    summary = analyze([str(folder)], str(db), workers=1)
    assert summary.stored == 6, summary
    return db


@pytest.fixture(scope="session")
def app(web_db):
    from crisislens.web import create_app

    return create_app(web_db)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a background thread."""

    def __init__(self, app, port: int):
        import uvicorn

        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the test server did not start in 20 s"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live(app) -> Iterator[LiveServer]:
    with LiveServer(app, free_port()) as server:
        yield server


@pytest.fixture(scope="session")
def shots() -> Path:
    """Where the browser tests save their screenshots (out/ is not committed)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
