"""The app in a real browser (Playwright driving Debian's chromium): the analyst's main flows.

Each flow saves a screenshot under out/web-screenshots/. These tests fail, never
skip, when chromium is missing (`make browser` installs it).
"""

from __future__ import annotations

import csv
import shutil

import pytest

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "chromium is not installed: run `make browser`"
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=ARGS, timeout=60_000)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    p = context.new_page()
    p.set_default_timeout(TIMEOUT_MS)
    yield p
    context.close()


def test_overview_to_contradiction_to_evidence_sentence_in_reader(page, live, shots):
    page.goto(live.url + "/")
    page.screenshot(path=shots / "overview.png", full_page=True)
    card = page.locator(".board a.card.contradiction").first
    card.click()
    page.wait_for_url("**/claim-groups/**")
    page.screenshot(path=shots / "contradiction.png", full_page=True)
    member = page.locator(".member").first
    sentence = member.locator("blockquote").inner_text().strip()
    member.locator("a.evidence-link").click()
    page.wait_for_url("**/articles/**#s-*")
    target = page.locator(".sent.target")
    assert target.count() == 1
    assert sentence[:60] in " ".join(target.inner_text().split())
    assert target.is_visible()
    page.screenshot(path=shots / "reader.png")


def _rows(page, col: str) -> list[str]:
    return [t.strip() for t in page.locator(f"table.list td.c-{col}").all_inner_texts()]


def test_filter_events_by_dyad_and_date(page, live, client, shots):
    page.goto(live.url + "/events")
    page.fill("input[name=source]", "IND")
    page.fill("input[name=target]", "PAK")
    page.fill("input[name=date_from]", "2025-05-07")
    page.fill("input[name=date_to]", "2025-05-10")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*source=IND*")
    expected = client.get("/api/events", params={"source": "IND", "target": "PAK", "date_from": "2025-05-07",
                                                 "date_to": "2025-05-10"}).json()
    assert expected["total"] > 0
    assert page.locator("#total").inner_text() == str(expected["total"])
    assert set(_rows(page, "source_code")) == {"IND"}
    assert all("2025-05-07" <= d <= "2025-05-10" for d in _rows(page, "date"))
    page.screenshot(path=shots / "events-filtered.png", full_page=True)
    first = expected["items"][0]
    page.locator("table.list td.c-date a").first.click()
    page.wait_for_url(f"**/events/{first['id']}")
    evidence = page.locator("#evidence")
    assert " ".join(evidence.inner_text().split()) == " ".join(first["sentence"].split())
    assert evidence.is_visible()
    page.screenshot(path=shots / "event.png")


def test_search_quotes_by_speaker(page, live, client, shots):
    page.goto(live.url + "/quotes")
    page.fill("input[name=speaker]", "Dar")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/quotes?*speaker=Dar*")
    speakers = _rows(page, "speaker_name")
    assert speakers and all("Dar" in s for s in speakers)
    total = client.get("/api/quotes", params={"speaker": "Dar"}).json()["total"]
    assert page.locator("#total").inner_text() == str(total)
    page.screenshot(path=shots / "quotes-dar.png", full_page=True)


def test_download_filtered_csv_and_read_it_back(page, live, client, tmp_path):
    page.goto(live.url + "/events?source=PAK&root=19")
    with page.expect_download() as info:
        page.click("a.download[data-format=csv]")
    path = tmp_path / "events.csv"
    info.value.save_as(path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    total = client.get("/api/events", params={"source": "PAK", "root": "19"}).json()["total"]
    assert total > 0 and len(rows) == total
    assert {r["source_code"] for r in rows} == {"PAK"}
    assert {r["cameo_root"] for r in rows} == {"19"}
    assert all(r["sentence"] for r in rows)


def test_network_node_click_filters_events(page, live, shots):
    page.goto(live.url + "/actors")
    page.screenshot(path=shots / "actors.png", full_page=True)
    node = page.locator("#network a.node[data-id=IND]")
    node.hover()
    assert "focus" in (page.locator("#network").get_attribute("class") or "")
    node.click()
    page.wait_for_url("**/events?actor=IND")
    assert int(page.locator("#total").inner_text()) > 0


def test_hostile_article_shows_markup_as_text(page, live, client, shots):
    found = client.get("/api/articles", params={"words": "shelling villages"}).json()["items"]
    assert len(found) == 1
    page.goto(f"{live.url}/articles/{found[0]['id']}")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.locator("h1").inner_text()
    assert 'onerror="window.__pwned=4"' in page.locator(".reader-text").inner_text()
    assert page.locator("main script, main img").count() == 0
    page.screenshot(path=shots / "hostile-article.png")


def _detail_urls(client) -> dict[str, str]:
    """One record of each kind, for the detail pages."""
    first = {k: client.get(f"/api/{k}", params={"limit": 1}).json()["items"][0]
             for k in ("events", "stories", "incidents", "articles", "contradictions")}
    actor = client.get("/api/actors", params={"limit": 1}).json()["items"][0]
    return {"event": f"/events/{first['events']['id']}", "story": f"/stories/{first['stories']['id']}",
            "incident": f"/incidents/{first['incidents']['id']}", "article": f"/articles/{first['articles']['id']}",
            "claim-group": f"/claim-groups/{first['contradictions']['id']}", "actor": f"/actors/{actor['actor_id']}"}


PAGES = ("/", "/events", "/actors", "/quotes", "/claims", "/claim-groups", "/stories", "/incidents",
         "/articles", "/framing", "/docs")


def test_every_page_renders_offline_without_script_errors(page, live, client, shots):
    outside, errors = [], []
    page.route("**/*", lambda route: (outside.append(route.request.url) or route.abort())
               if not route.request.url.startswith(live.url) else route.continue_())
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    for name, path in [(p.strip("/") or "overview", p) for p in PAGES] + sorted(_detail_urls(client).items()):
        response = page.goto(live.url + path)
        assert response.status == 200, path
        assert page.locator("h1").first.is_visible(), path
        page.screenshot(path=shots / f"page-{name}.png", full_page=True)
    assert outside == [], outside  # no CDN, no network: every asset comes from the app
    assert errors == [], errors
