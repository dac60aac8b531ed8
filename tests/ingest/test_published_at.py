"""The publication moment: kept (in UTC) where the input states a time with an offset,
None where it gives a day only; the day (``published``) stays as it was computed."""

from __future__ import annotations

import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crisislens.ingest import iter_inputs
from crisislens.ingest.metadata import given_time
from crisislens.model import Article, ArticleAnalysis
from crisislens.store import Store

BODY = ("<p>Flood water broke through a levee outside Porto Alegre early on Wednesday, the state civil defence agency said.</p>"
        "<p>Rescue boats reached the worst-hit streets of the Sarandi district by mid-morning, officials said.</p>")


def _page(meta: str) -> str:
    return (f"<html><head><title>Levee breaks outside Porto Alegre</title>{meta}</head>"
            f"<body><article><h1>Levee breaks outside Porto Alegre</h1>{BODY}</article></body></html>")


def _one(path) -> Article:
    arts = [i for i in iter_inputs([str(path)]) if isinstance(i, Article)]
    assert len(arts) == 1, arts
    return arts[0]


def test_given_stamps_in_utc_and_none_for_a_day_or_a_zoneless_time():
    assert given_time("2024-04-10T08:15:00+03:00").utc == "2024-04-10T05:15:00Z"
    assert given_time("2024-04-09T23:30:00-05:00").utc == "2024-04-10T04:30:00Z"
    assert given_time("Wed, 10 Apr 2024 08:15:00 +0300").utc == "2024-04-10T05:15:00Z"
    assert given_time("2024-04-10") is None
    assert given_time("Wed, 10 Apr 2024") is None
    zoneless = given_time("2024-04-10T08:15:00")  # no offset: the zone is unknown, the clock kept
    assert (zoneless.utc, zoneless.local_text, zoneless.offset_text) == (None, "2024-04-10T08:15:00", "unknown")
    assert given_time("2024-04-31T08:15:00Z") is None


def test_html_published_time_is_stored_in_utc_and_the_day_unchanged(tmp_path):
    path = tmp_path / "levee.html"
    path.write_text(_page('<meta property="article:published_time" content="2024-04-10T08:15:00+03:00">'))
    art = _one(path)
    assert (art.published, art.published_at) == ("2024-04-10", "2024-04-10T05:15:00Z")
    with Store(tmp_path / "at.duckdb") as store:
        store.save_batch("r1", [art], [ArticleAnalysis(art.id)])
        row = store.df("SELECT CAST(published AS VARCHAR) AS d, CAST(published_at AS VARCHAR) AS t FROM articles")
        assert row.to_dict("records") == [{"d": "2024-04-10", "t": "2024-04-10 05:15:00"}]


def test_html_json_ld_date_published_gives_the_moment(tmp_path):
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-04-10T19:40:00Z"}</script>'
    path = tmp_path / "levee.html"
    path.write_text(_page(ld))
    assert _one(path).published_at == "2024-04-10T19:40:00Z"


def test_a_date_only_input_stores_null(tmp_path):
    path = tmp_path / "levee.html"
    path.write_text(_page('<meta property="article:published_time" content="2024-04-10">'))
    art = _one(path)
    assert (art.published, art.published_at) == ("2024-04-10", None)
    lines = tmp_path / "items.jsonl"
    lines.write_text(json.dumps({"text": "Flood water broke through a levee outside Porto Alegre on Wednesday.",
                                 "published": "2024-04-10"}) + "\n")
    art = _one(lines)
    assert (art.published, art.published_at) == ("2024-04-10", None)
    with Store(tmp_path / "at.duckdb") as store:
        store.save_batch("r1", [art], [ArticleAnalysis(art.id)])
        assert store.df("SELECT published_at FROM articles")["published_at"].isna().all()


def test_json_stamp_with_offset_keeps_its_local_day_and_utc_moment(tmp_path):
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"text": "Flood water broke through a levee outside Porto Alegre on Wednesday.",
                                 "published_at": "2024-04-10T23:30:00-03:00"}]))
    art = _one(path)
    assert (art.published, art.published_at) == ("2024-04-10", "2024-04-11T02:30:00Z")


def test_rss_pubdate_gives_the_moment(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Correio do Sul</title>'
        "<item><title>Levee breaks</title><link>https://news.example.org/levee</link>"
        "<pubDate>Wed, 10 Apr 2024 08:15:00 -0300</pubDate>"
        "<description>Flood water broke through a levee outside Porto Alegre on Wednesday, the civil defence agency said.</description>"
        "</item></channel></rss>")
    art = _one(path)
    assert (art.published, art.published_at) == ("2024-04-10", "2024-04-10T11:15:00Z")


def test_warc_date_stands_in_with_its_moment(tmp_path):
    path = tmp_path / "crawl.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example.org/levee", "response", payload=io.BytesIO(_page("").encode()),
            http_headers=headers, warc_headers_dict={"WARC-Date": "2024-04-10T06:05:00Z"}))
    art = _one(path)
    assert (art.published, art.published_at) == ("2024-04-10", "2024-04-10T06:05:00Z")


def test_a_zoneless_time_keeps_its_wall_clock_with_the_offset_unknown(tmp_path):
    path = tmp_path / "levee.html"
    path.write_text(_page('<meta property="article:published_time" content="2024-04-10T08:15:00">'))
    art = _one(path)
    assert (art.published, art.published_at) == ("2024-04-10", None)  # no guessed zone for ordering
    assert (art.published_local, art.published_offset) == ("2024-04-10T08:15:00", "unknown")
    with Store(tmp_path / "at.duckdb") as store:
        store.save_batch("r1", [art], [ArticleAnalysis(art.id)])
        row = store.df("SELECT published_at, published_local, published_offset FROM articles").to_dict("records")[0]
        assert row["published_local"] == "2024-04-10T08:15:00" and row["published_offset"] == "unknown"
        assert row["published_at"] is None or row["published_at"] != row["published_at"]  # NULL
        assert store.article(art.id) == art  # read back as ingested


def test_a_stated_offset_is_kept_with_the_wall_clock_and_a_day_gives_neither(tmp_path):
    path = tmp_path / "levee.html"
    path.write_text(_page('<meta property="article:published_time" content="2024-04-10T08:15:00+03:00">'))
    art = _one(path)
    assert (art.published_at, art.published_local, art.published_offset) == (
        "2024-04-10T05:15:00Z", "2024-04-10T08:15:00", "+03:00")
    path.write_text(_page('<meta property="article:published_time" content="2024-04-10">'))
    art = _one(path)
    assert (art.published_at, art.published_local, art.published_offset) == (None, None, None)


def test_an_rss_stamp_of_unknown_offset_keeps_its_clock(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Correio do Sul</title>'
        "<item><title>Levee breaks</title><link>https://news.example.org/levee</link>"
        "<pubDate>Wed, 10 Apr 2024 08:15:00 -0000</pubDate>"
        "<description>Flood water broke through a levee outside Porto Alegre on Wednesday, the civil defence agency said.</description>"
        "</item></channel></rss>")
    art = _one(path)
    assert (art.published, art.published_at, art.published_local, art.published_offset) == (
        "2024-04-10", None, "2024-04-10T08:15:00", "unknown")


def test_the_first_publication_is_taken_over_a_modification(tmp_path):
    path = tmp_path / "levee.html"
    path.write_text(_page('<meta property="article:modified_time" content="2024-04-12T09:00:00+00:00">'
                          '<meta name="parsely-pub-date" content="2024-04-10T08:15:00-03:00">'))
    art = _one(path)
    assert (art.published, art.published_at, art.published_offset) == ("2024-04-10", "2024-04-10T11:15:00Z", "-03:00")
