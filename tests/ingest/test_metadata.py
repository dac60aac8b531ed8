"""Metadata inference on the seeds and on real datelines, with its provenance."""

from __future__ import annotations

import io

from crisislens.ingest import dates, iter_inputs, metadata
from crisislens.model import FROM_BATCH, FROM_DATELINE, FROM_OPTION, FROM_TEXT, UNKNOWN, Article

S001 = "001_61afbc4633c98507.txt"
S004 = "004_ddf334acd5167ce5.txt"
DATELINED = "ISLAMABAD, May 8 (Alliance News) – Deputy Prime Minister Ishaq Dar confirmed that the NSAs made contact.\n"


def _arts(paths, **kw) -> list[Article]:
    return [a for a in iter_inputs(paths, **kw) if isinstance(a, Article)]


def test_seed_publication_dates_match_gold(seed_articles, shared_gold):
    for name, doc in shared_gold["documents"].items():
        assert seed_articles[name].published == doc["published"], name


def test_dateline_dates_take_the_year_from_the_batch(seed_articles):
    a = seed_articles[S001]
    assert (a.published, a.published_how) == ("2025-05-08", FROM_BATCH)
    assert (a.outlet, a.outlet_how) == ("Alliance News", FROM_DATELINE)
    b = seed_articles[S004]
    assert (b.published, b.published_how) == ("2025-05-01", FROM_BATCH)


def test_dateline_year_from_option_or_unknown_never_today(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DATELINED)
    (a,) = _arts([str(f)], year=2025)
    assert (a.published, a.published_how) == ("2025-05-08", FROM_OPTION)
    (b,) = _arts([str(f)])
    assert (b.published, b.published_how) == (None, UNKNOWN)
    assert any("no year" in n for n in b.notes)


def test_batch_that_disagrees_on_the_year_gives_no_year(tmp_path):
    (tmp_path / "a.txt").write_text(DATELINED)
    (tmp_path / "b.txt").write_text("The talks were held on May 7, 2025 in Geneva.\n")
    (tmp_path / "c.txt").write_text("The agreement was signed on March 3, 2019 in Doha.\n")
    first = _arts([str(tmp_path)])[0]
    assert first.published is None
    only_2025 = _arts([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert only_2025[0].published == "2025-05-08"
    # order is the input order even though the first article waited for the batch
    assert [a.doc_name for a in only_2025] == ["a.txt", "b.txt"]


def test_dateline_year_from_the_article_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DATELINED + "The attack on April 22, 2025 killed 26 people.\n")
    (a,) = _arts([str(f)])
    assert (a.published, a.published_how) == ("2025-05-08", FROM_DATELINE)


def test_real_datelines():
    cases = {
        "NEW DELHI, May 9 (Reuters) - India said on Friday": ("May 9", None, "Reuters"),
        "New Delhi, May 1: As tensions flare between India and Pakistan": ("May 1", None, None),
        "LONDON, 8 May 2025 (AFP) — Britain urged restraint": ("8 May", 2025, "AFP"),
        "MUZAFFARABAD, Pakistan, May 7 (AP) — Residents fled": ("May 7", None, "AP"),
        "WASHINGTON (AP) — The Latest on the U.S. presidential race": (None, None, "AP"),
    }
    for line, (md, year, agency) in cases.items():
        dl = dates.find_dateline(line)
        assert dl is not None, line
        assert (dl.month_day, dl.year, dl.agency) == (md, year, agency), line
    assert dates.find_dateline("Pakistan, India and China share borders in Kashmir.") is None
    assert metadata.outlet_from_agency("AP") == "Associated Press"
    assert metadata.outlet_from_agency("Alliance News") == "Alliance News"


def test_full_date_in_body_text_is_a_text_inference(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Pakistan's army said on May 10, 2025 that it had launched a retaliatory operation.\n")
    (a,) = _arts([str(f)])
    assert (a.published, a.published_how) == ("2025-05-10", FROM_TEXT)


def test_title_from_a_headline_first_line_only(seed_articles):
    assert seed_articles[S001].title == (
        "NSAs of Pakistan and India Establish Contact After Missile Strikes, Confirms Ishaq Dar"
    )
    assert seed_articles[S001].title_how == FROM_TEXT
    assert seed_articles["000_a626cb16bde43f97.txt"].title is None  # opens with a paragraph
    assert seed_articles["003_004251e0744beef0.txt"].title_how == UNKNOWN


def test_outlet_from_url_domain():
    assert metadata.outlet_from_url("https://www.dawn.com/news/1909000") == "Dawn"
    assert metadata.outlet_from_url("https://sports.ndtv.com/cricket/x") == "NDTV"
    assert metadata.outlet_from_url("https://www.unknown-paper.pk/story") == "unknown-paper.pk"
    assert metadata.outlet_from_url("not a url") is None


def test_language_detection_and_normalisation():
    assert metadata.detect_language("India and Pakistan agreed to a ceasefire on Saturday.") == "en"
    assert metadata.detect_language("پاکستان اور بھارت نے جنگ بندی پر اتفاق کیا ہے") == "ur"
    assert metadata.detect_language("भारत और पाकिस्तान ने युद्धविराम पर सहमति जताई है") == "hi"
    assert metadata.detect_language("ok") is None
    assert metadata.normalise_language("en-GB") == "en"
    assert metadata.normalise_language("English") == "en"


def test_non_english_article_is_still_yielded():
    text = "La India y Pakistán acordaron un alto el fuego total e inmediato, anunció el sábado el presidente estadounidense."
    (a,) = _arts(["-"], stdin=io.StringIO(text))
    assert (a.language, a.language_how) == ("es", FROM_TEXT)


def test_headline_with_an_added_period_and_not_a_short_paragraph():
    assert metadata.title_from_text(
        "The Latest: Trump urges supporters to monitor polling places.\n\nWASHINGTON (AP) — The Latest."
    ) == "The Latest: Trump urges supporters to monitor polling places"
    # two sentences on the first line: a paragraph, not a headline
    assert metadata.title_from_text("India struck. Pakistan replied.\n\nMore text follows here.") is None
    # a period-ended first line that runs straight into the text is not taken either
    assert metadata.title_from_text("Pakistan closed its airspace on Thursday.\nIt said so.") is None


def test_unknown_dateline_credit_must_look_like_a_name():
    assert metadata.outlet_from_agency("KUNA") == "KUNA"
    assert metadata.outlet_from_agency("R-S.C.") is None
    assert metadata.outlet_from_agency("with inputs from agencies") is None
