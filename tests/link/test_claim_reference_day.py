"""The day a count is referred to when its own sentence gives none: an event dated only by
a year ("the 2020 peace agreement") is background, not the day of the count, and in an
article with no publication date it must not become the article's main day (counts of this
week's shelling grouped as of 1 January 2020). Composed text about another crisis, through
the real path (parse -> extraction -> store -> link)."""

from __future__ import annotations

from tests.link.test_claim_kinds import _groups, _store

from crisislens.model import Article, stable_id

UNDATED = (
    "Twelve civilians were killed and 30 wounded when shells hit the market in Kadugli, "
    "the state governor said. The governor accused the rebels of breaking the 2020 peace "
    "agreement. The rebels attacked the army in 2020 near Dilling."
)


def _undated(text: str) -> Article:
    return Article(id=stable_id("undated.txt", text), doc_name="undated.txt", source="undated.txt",
                   text=text, clean_text=text, outlet=None, published=None, title=None)


def test_a_year_only_event_does_not_date_the_counts_of_an_undated_article(tmp_path, nlp):
    store = _store(tmp_path, nlp, [_undated(UNDATED)])
    years = store.df("SELECT date, date_end FROM events WHERE date IS NOT NULL")
    assert any(str(d).startswith("2020") for d in years["date"]), years  # the background year is coded
    groups = _groups(store, "killed")
    assert groups, "the toll forms a group"
    assert all(g["date"] is None or not str(g["date"]).startswith("2020") for g in groups), groups
