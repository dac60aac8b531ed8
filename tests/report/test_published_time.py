"""The report shows when each article was published: its time as written, with its offset
or "offset unknown" where the stamp gave none (articles.published_local / published_offset)."""

from __future__ import annotations

from crisislens.model import Article, ArticleAnalysis, stable_id
from crisislens.report.query import Scope
from crisislens.report.sections import published_label, scoped_articles
from crisislens.store import Store

TEXT = "Flood water broke through a levee outside Porto Alegre on Wednesday, the civil defence agency said."


def _article(name: str, **when: str | None) -> Article:
    return Article(id=stable_id(name), doc_name=name, source=name, text=TEXT, clean_text=TEXT,
                   published="2024-04-10", published_how="given", **when)


def test_article_list_shows_the_time_with_its_offset_or_offset_unknown(tmp_path):
    arts = [
        _article("a.html", published_at="2024-04-10T05:15:00Z", published_local="2024-04-10T08:15:00", published_offset="+03:00"),
        _article("b.html", published_local="2024-04-10T08:15:00", published_offset="unknown"),
        _article("c.html"),
    ]
    with Store(tmp_path / "t.duckdb") as store:
        store.save_batch("r1", arts, [ArticleAnalysis(a.id) for a in arts])
        rows = scoped_articles(store, Scope(article_ids=[a.id for a in arts]))
    labels = {r["doc_name"]: r["published_label"] for r in rows}
    assert labels == {
        "a.html": "2024-04-10 08:15 +03:00 (05:15 UTC)",
        "b.html": "2024-04-10 08:15 (offset unknown)",
        "c.html": "2024-04-10",
    }


def test_a_local_time_of_another_day_than_the_given_one_is_shown_whole():
    art = {"published": "2024-04-10", "published_local": "2024-04-09T23:30:00", "published_offset": "-05:00",
           "published_utc": "04:30"}
    assert published_label(art) == "2024-04-10 (2024-04-09 23:30) -05:00 (04:30 UTC)"
