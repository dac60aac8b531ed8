"""Safety: writes need the token, bodies are bounded, markup is shown as text, ids never
reach the file system, the store is only read, and a writer makes the app answer 503."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

import duckdb
import pytest
from fastapi.testclient import TestClient

from crisislens.web import create_app

TOKEN = "s3cret-token"
HOSTILE_JSON = {
    "title": "Raid <script>alert(1)</script>",
    "outlet": "Wire <b onmouseover=alert(2)>",
    "published": "2025-05-10",
    "text": 'India said on Saturday that Pakistan shelled <img src=x onerror="alert(3)"> border villages, killing 4 people. '
            '"<script>alert(4)</script> We will respond," the Indian defence minister said.',
}


@pytest.fixture
def store_copy(web_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copyfile(web_db, path)
    return path


@pytest.fixture
def writable(store_copy):
    with TestClient(create_app(store_copy, token=TOKEN, max_bytes=4096)) as c:
        yield c


def test_ingestion_is_off_without_a_token(client):
    r = client.post("/api/articles", json=HOSTILE_JSON)
    assert r.status_code == 403 and "--token" in r.json()["detail"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic czNjcmV0LXRva2Vu", TOKEN])
def test_writes_without_the_right_bearer_token_get_401(writable, header):
    headers = {"Authorization": header} if header else {}
    r = writable.post("/api/articles", json=HOSTILE_JSON, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_a_body_over_the_limit_gets_413(writable):
    big = {**HOSTILE_JSON, "text": "word " * 2000}
    r = writable.post("/api/articles", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413 and "4096" in r.json()["detail"]


def test_an_unknown_content_type_gets_415(writable):
    r = writable.post("/api/articles", content=b"\x00\x01", headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/octet-stream"})
    assert r.status_code == 415


def _wait_for_run(client, url: str, seconds: float = 240) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        run = client.get(url).json()
        if run["status"] in ("done", "failed"):
            return run
        time.sleep(0.5)
    raise AssertionError(f"run not finished in {seconds} s: {run}")


@pytest.mark.slow
def test_ingested_article_is_analysed_and_its_markup_shown_escaped(writable):
    r = writable.post("/api/articles", json=HOSTILE_JSON, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 202
    run = _wait_for_run(writable, r.json()["url"])
    assert run["status"] == "done", run
    assert run["summary"]["stored"] == 1 and run["done"] >= 1
    found = writable.get("/api/articles", params={"words": "shelled border villages"}).json()["items"]
    assert len(found) == 1 and found[0]["title"] == HOSTILE_JSON["title"]
    page = writable.get(f"/articles/{found[0]['id']}").text
    for raw in ("<script>alert", "<img src=x", "<b onmouseover"):
        assert raw not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "onerror=&#34;alert(3)&#34;" in page or "onerror=&quot;alert(3)&quot;" in page
    for listing in ("/", "/articles", "/quotes", "/events", "/claims"):
        html = writable.get(listing).text
        assert "<script>alert" not in html and "<b onmouseover" not in html, listing


@pytest.mark.parametrize(
    "path",
    ["/api/articles/%2e%2e", "/api/articles/..%2F..%2Fetc%2Fpasswd", "/articles/..%2Fcopy.duckdb",
     "/static/..%2F..%2Fapp.py", "/static/%2e%2e/app.py", "/download/..%2Fevents.csv", "/events/%2e%2e",
     "/api/runs/..%2F..%2Fetc"],
)
def test_dotdot_in_ids_gets_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "root:" not in r.text and "crisislens.web" not in r.text


def test_serving_never_writes_the_store(store_copy):
    before = (store_copy.stat().st_mtime_ns, store_copy.read_bytes())
    with TestClient(create_app(store_copy)) as c:
        for path in ("/", "/events", "/api/events", "/framing", "/actors", "/api/overview"):
            assert c.get(path).status_code == 200
    assert (store_copy.stat().st_mtime_ns, store_copy.read_bytes()) == before


WRITER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("INSERT INTO articles (id, doc_name, text, clean_text) VALUES ('late0000', 'late.txt', 'A late article', 'A late article')")
print("holding", flush=True)
sys.stdin.readline()
con.close()
"""


def test_a_writer_makes_the_app_answer_503_then_new_data_shows(store_copy):
    with TestClient(create_app(store_copy)) as c:
        assert c.get("/api/articles").json()["total"] == 6
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store_copy)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert writer.stdout.readline().strip() == "holding"
            api = c.get("/api/articles")
            assert api.status_code == 503 and "being written" in api.json()["detail"]
            assert api.headers["retry-after"]
            page = c.get("/events")
            assert page.status_code == 503 and "being written" in page.text
        finally:
            writer.communicate("\n", timeout=30)
        after = c.get("/api/articles")
        assert after.status_code == 200 and after.json()["total"] == 7


def test_a_missing_store_gets_503_with_how_to_make_one(tmp_path):
    with TestClient(create_app(tmp_path / "none.duckdb")) as c:
        r = c.get("/api/events")
        assert r.status_code == 503 and "crisislens analyze" in r.json()["detail"]


def test_the_app_serves_again_after_its_shutdown(store_copy):
    app = create_app(store_copy)
    for _ in range(2):  # shutdown drops the snapshot; the next start takes a new one
        with TestClient(app) as c:
            assert c.get("/api/events").json()["total"] > 0


def test_a_file_that_is_not_a_store_gets_503_not_a_crash(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a DuckDB file" * 100)
    with TestClient(create_app(bad)) as c:
        for path in ("/api/events", "/"):
            r = c.get(path)
            assert r.status_code == 503 and "bad.duckdb" in r.text


def test_pages_carry_a_policy_that_forbids_inline_and_outside_scripts(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text  # every script is a file under /static


def test_a_foreign_host_header_is_refused_when_serving_on_localhost(store_copy):
    app = create_app(store_copy, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/events").status_code == 200
        assert c.get("/api/events", headers={"Host": "attacker.example"}).status_code == 400


def test_a_store_without_link_tables_answers_503_for_those_views_only(store_copy):
    import duckdb

    con = duckdb.connect(str(store_copy))
    con.execute("DROP TABLE claim_group_members")
    con.execute("DROP TABLE claim_groups")
    con.close()
    with TestClient(create_app(store_copy)) as c:
        assert c.get("/api/events").status_code == 200
        assert c.get("/").status_code == 200  # the overview leaves the board empty
        r = c.get("/api/claim-groups")
        assert r.status_code == 503 and "relink" in r.json()["detail"]


def test_closing_while_a_background_query_runs_does_not_raise(store_copy):
    """The framing thread may still be reading when the app shuts down: close() must not fail."""
    import threading

    from crisislens.web.source import StoreSource

    source = StoreSource(store_copy)
    started, outcome = threading.Event(), {}

    def long_query():
        with source.reader() as r:
            started.set()
            try:
                r.con.execute("SELECT count(*) FROM range(3000000000) a").fetchall()
                outcome["result"] = "finished"
            except duckdb.Error as exc:
                outcome["result"] = type(exc).__name__

    worker = threading.Thread(target=long_query)
    worker.start()
    assert started.wait(30)
    source.close()
    worker.join(60)
    assert not worker.is_alive()
    assert not source._dir.exists()
