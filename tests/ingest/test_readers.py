"""Each reader on a small real-text fixture: text, names and given metadata come through."""

from __future__ import annotations

import io

from crisislens.ingest import SUPPORTED_SUFFIXES, iter_inputs
from crisislens.model import GIVEN


def test_supported_suffixes_cover_every_reader():
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".html", ".htm", ".jsonl", ".json", ".xml", ".rss", ".atom"}


def test_plain_text_header_block_is_metadata_not_text(data_dir, split):
    arts, problems = split(iter_inputs([str(data_dir / "header_article.txt")]))
    assert not problems
    (a,) = arts
    assert a.doc_name == "header_article.txt"
    assert a.source.endswith("header_article.txt")
    assert a.url == "https://www.dawn.com/news/1909000/pakistan-says-contact-made"
    assert (a.outlet, a.outlet_how) == ("Dawn", GIVEN)
    assert (a.published, a.published_how) == ("2025-05-08", GIVEN)
    assert (a.title, a.title_how) == ("NSAs of Pakistan and India in contact, says Dar", GIVEN)
    assert a.text.startswith("Deputy Prime Minister")
    assert "url:" not in a.clean_text


def test_jsonl_keeps_good_lines_and_names_the_bad_ones(data_dir, split):
    arts, problems = split(iter_inputs([str(data_dir / "articles.jsonl")]))
    assert [a.doc_name for a in arts] == [
        "https://www.reuters.com/world/asia-pacific/pakistan-says-us-leading-efforts-2025-05-08/",
        "articles.jsonl#5",
    ]
    assert sorted((p.line, p.fatal) for p in problems) == [(2, True), (3, True)]
    bad_json = next(p for p in problems if p.line == 2)
    assert "malformed JSON" in bad_json.reason
    assert "articles.jsonl:2" in bad_json.message()
    no_text = next(p for p in problems if p.line == 3)
    assert "text" in no_text.reason
    geo = arts[1]
    assert (geo.published, geo.published_how) == ("2025-05-10", GIVEN)
    assert (geo.outlet, geo.language, geo.language_how) == ("Geo News", "en", GIVEN)


def test_json_articles_wrapper_and_language_of_non_english(data_dir, split):
    arts, problems = split(iter_inputs([str(data_dir / "articles.json")]))
    assert len(arts) == 2
    assert arts[0].doc_name == "articles.json#1"
    assert (arts[0].title, arts[0].published) == ("UN urges restraint", "2025-05-07")
    french = arts[1]
    assert french.doc_name.startswith("https://www.france24.com/")
    assert french.language == "fr"  # still yielded: the pipeline decides to skip it
    assert french.outlet == "France 24"
    (p,) = problems
    assert "item 2" in p.reason and "text" in p.reason


def test_single_json_object_is_one_article(tmp_path, split):
    f = tmp_path / "one.json"
    f.write_text('{"text": "Pakistan closed its airspace to Indian airlines on Thursday.", "title": "Airspace closed"}')
    arts, problems = split(iter_inputs([str(f)]))
    assert not problems
    assert [(a.doc_name, a.title) for a in arts] == [("one.json", "Airspace closed")]


def test_feed_items_become_articles_with_stripped_html(data_dir, split):
    arts, problems = split(iter_inputs([str(data_dir / "feed.rss")]))
    (a,) = arts
    assert a.doc_name == "https://news.example.org/2025/05/10/ceasefire"
    assert (a.title, a.published, a.outlet) == (
        "India and Pakistan agree to ceasefire", "2025-05-10", "Example World News",
    )
    assert "<p>" not in a.text
    assert a.clean_text.splitlines()[0].startswith("India and Pakistan agreed")
    assert "Ishaq Dar confirmed" in a.clean_text.splitlines()[-1]
    (p,) = problems
    assert "item 2" in p.reason


def test_html_main_text_and_metadata(data_dir, split):
    arts, problems = split(iter_inputs([str(data_dir / "page.html")]))
    assert not problems
    (a,) = arts
    assert "Marco Rubio held separate phone calls" in a.clean_text
    assert "All rights reserved" not in a.clean_text
    assert "Home" not in a.clean_text.split()
    assert a.title == "Rubio urges India and Pakistan to de-escalate"
    assert a.outlet == "Example News"
    assert a.published == "2025-04-30"


def test_stdin_plain_text_and_json_lines(split):
    text = "New Delhi, May 1: India and Pakistan exchanged fire along the Line of Control overnight.\n"
    (a,) = split(iter_inputs(["-"], stdin=io.StringIO(text), year=2025))[0]
    assert (a.doc_name, a.source) == ("stdin", "-")
    assert a.published == "2025-05-01"
    lines = (
        '{"text": "Pakistan said it shot down Indian drones."}\n'
        '{"text": "India said it struck nine sites."}\n'
    )
    arts, _ = split(iter_inputs(["-"], stdin=io.StringIO(lines)))
    assert [a.doc_name for a in arts] == ["stdin:1", "stdin:2"]


def test_folder_walk_is_recursive_sorted_and_skips_dot_files(tmp_path, split):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Pakistan closed its airspace to Indian airlines.")
    (tmp_path / "a.txt").write_text("India suspended the Indus Waters Treaty.")
    (tmp_path / "c.txt").write_text("The UN Security Council met behind closed doors.")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    arts, problems = split(iter_inputs([str(tmp_path)]))
    assert not problems
    assert [a.doc_name for a in arts] == ["a.txt", "2.txt", "c.txt"]


def test_same_text_gives_same_id_whatever_the_whitespace(tmp_path, split):
    (tmp_path / "x.txt").write_text("India  and Pakistan agreed\nto a ceasefire.")
    (tmp_path / "y.txt").write_text("India and Pakistan agreed to a ceasefire.\n")
    ids = [a.id for a in split(iter_inputs([str(tmp_path)]))[0]]
    assert len(ids) == 2 and ids[0] == ids[1]
    again = [a.id for a in split(iter_inputs([str(tmp_path / "x.txt")]))[0]]
    assert again == ids[:1]


def test_html_in_a_declared_legacy_encoding(tmp_path, split):
    page = (
        '<html><head><meta charset="windows-1252"><title>Erdoğan backs Pakistan</title></head><body><article>'
        "<p>Turkish President Recep Tayyip Erdogan spoke with Prime Minister Shehbaz Sharif and "
        "offered condolences for the civilians killed in the strikes on Muzaffarabad and Bahawalpur, "
        "the prime minister’s office said in a statement on Thursday evening.</p>"
        "<p>The caf\u00e9 owners of Muzaffarabad said their businesses were closed for a second day.</p>"
        "</article></body></html>"
    )
    f = tmp_path / "legacy.html"
    f.write_bytes(page.replace("ğ", "g").encode("windows-1252"))
    arts, problems = split(iter_inputs([str(f)]))
    assert not problems
    (a,) = arts
    assert "café owners" in a.clean_text
    assert "prime minister’s office" in a.clean_text
