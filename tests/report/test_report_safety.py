"""Nothing an article says can run in the report: hrefs only for http(s), escaped Markdown, a CSP."""

from __future__ import annotations

import re

import pytest

from crisislens.ingest import iter_inputs
from crisislens.model import Article, ArticleAnalysis, Quote
from crisislens.report import build_report
from crisislens.store import Store

HOSTILE = 'We will <script>alert(1)</script> respond <img src=x onerror="alert(2)"> [go](javascript:alert(3))'


def _store(tmp_path, url: str):
    f = tmp_path / "a.txt"
    f.write_text(f"url: {url}\ntitle: A <b>title</b>\n\nPakistan said: “{HOSTILE},” on Thursday.\n", encoding="utf-8")
    (art,) = [a for a in iter_inputs([str(f)]) if isinstance(a, Article)]
    start = art.text.index(HOSTILE)
    sent_start, sent_end = art.text.index("Pakistan"), len(art.text.rstrip())
    quote = Quote("q1", art.id, None, "Pakistan", "PAK", True, HOSTILE, start, start + len(HOSTILE), "said",
                  None, None, False, sent_start, sent_end, art.text[sent_start:sent_end])
    db = tmp_path / "r.duckdb"
    with Store(db) as store:
        store.save_batch("r1", [art], [ArticleAnalysis(article_id=art.id, quotes=[quote])])
    return db


def _report(tmp_path, url: str) -> tuple[str, str]:
    db = _store(tmp_path, url)
    with Store(db) as store:
        path = build_report(store, tmp_path / "out")
    return path.read_text(encoding="utf-8"), (path.parent / "report.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["javascript:alert(11)", " JavaScript:alert(1)", "data:text/html,<b>x</b>",
                                 "file:///etc/passwd"])
def test_only_http_urls_become_links(tmp_path, url):
    html, _ = _report(tmp_path, url)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("#", "http://", "https://")) for h in hrefs)


def test_http_url_is_a_link(tmp_path):
    html, _ = _report(tmp_path, "https://example.org/a?x=1&y=2")
    assert 'href="https://example.org/a?x=1&amp;y=2"' in html


def test_page_has_a_content_security_policy_and_no_live_markup(tmp_path):
    html, _ = _report(tmp_path, "https://example.org/a")
    assert re.search(r'<meta http-equiv="Content-Security-Policy" content="default-src \'none\';', html)
    assert "<script>" not in html and "<img src=x" not in html


def test_markdown_escapes_article_html_and_links(tmp_path):
    _, md = _report(tmp_path, "https://example.org/a")
    assert "<script>" not in md and "<img" not in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # an escaped \] makes no link
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
