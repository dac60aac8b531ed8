"""WARC, WARC.gz, .jsonl.gz and .json.gz inputs: read as streams, damage reported and skipped."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crisislens.ingest import iter_inputs
from crisislens.ingest.warc import gzip_members
from crisislens.model import Article, InputProblem

PAGES = [
    ("https://news.example.org/border", "Border talks resume",
     "Officials from both countries met in Geneva on Tuesday to discuss the ceasefire line. "
     "The talks were described as constructive by a spokesman for the foreign ministry.", None),
    ("https://news.example.org/floods", "Floods hit the north",
     "Heavy rain flooded dozens of villages in the north, the regional government said on Monday. "
     "Rescue teams reached the worst-hit district by boat.", "2025-04-30"),
    ("https://news.example.org/vote", "Election results announced",
     "The electoral commission announced the results of the parliamentary vote on Sunday evening. "
     "Turnout was higher than at the last election, the commission said.", None),
]


def _html(title: str, body: str, date: str | None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paras = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>{paras}</article></body></html>".encode()


def _write_warc(path, gz: bool) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "crisislens tests"}))
        for uri, title, body, date in PAGES:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(_html(title, body, date)), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-05-08T10:00:00Z"},
            )
            writer.write_record(record)
        pdf = StatusAndHeaders("200 OK", [("Content-Type", "application/pdf")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example.org/x.pdf", "response",
                                                      payload=io.BytesIO(b"%PDF-1.4"), http_headers=pdf))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_articles_with_warc_metadata(tmp_path, name):
    path = tmp_path / name
    _write_warc(path, gz=name.endswith(".gz"))
    items = list(iter_inputs([str(path)]))
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.url for a in arts] == [p[0] for p in PAGES]  # the PDF and the warcinfo record are not articles
    assert arts[0].doc_name == PAGES[0][0] and arts[0].title == "Border talks resume"
    assert "Geneva" in arts[0].clean_text
    # the page's own date wins; WARC-Date (crawl time) stands in, with a note, when there is none
    assert arts[1].published == "2025-04-30"
    assert arts[0].published == "2025-05-08"
    assert any("WARC-Date" in n for n in arts[0].notes)
    assert not [i for i in items if isinstance(i, InputProblem)]


def test_a_broken_gzip_member_is_skipped_with_file_and_offset(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, gz=True)
    with open(path, "rb") as fh:
        offsets = [off for off, _ in gzip_members(fh, str(path), 10**7)]
    data = bytearray(path.read_bytes())
    second_page = offsets[2]  # warcinfo, page 1, page 2, ...
    middle = (offsets[2] + offsets[3]) // 2
    for i in range(middle, middle + 16):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    items = list(iter_inputs([str(path)]))
    urls = [i.url for i in items if isinstance(i, Article)]
    assert urls == [PAGES[0][0], PAGES[2][0]]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert len(problems) == 1
    assert problems[0].source == str(path) and f"byte offset {second_page}" in problems[0].reason


def test_a_cut_off_warc_gz_keeps_the_records_before(tmp_path):
    path = tmp_path / "cut.warc.gz"
    _write_warc(path, gz=True)
    with open(path, "rb") as fh:
        offsets = [off for off, _ in gzip_members(fh, str(path), 10**7)]
    path.write_bytes(path.read_bytes()[: offsets[3] + 30])
    items = list(iter_inputs([str(path)]))
    assert [i.url for i in items if isinstance(i, Article)] == [PAGES[0][0], PAGES[1][0]]
    assert any(f"ends inside the gzip member at byte offset {offsets[3]}" in i.reason
               for i in items if isinstance(i, InputProblem))


def _objs():
    return [{"text": body, "title": title, "url": uri, "published": "2025-05-08"} for uri, title, body, _ in PAGES]


def test_jsonl_gz_is_streamed_line_by_line(tmp_path):
    path = tmp_path / "day.jsonl.gz"
    lines = [json.dumps(o) for o in _objs()]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join([lines[0], "{broken", lines[1], "", lines[2]]) + "\n")
    items = list(iter_inputs([str(path)]))
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.title for a in arts] == [p[1] for p in PAGES]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert len(problems) == 1 and problems[0].line == 2


def test_json_gz_and_broken_gzip(tmp_path):
    good = tmp_path / "batch.json.gz"
    good.write_bytes(gzip.compress(json.dumps({"articles": _objs()}).encode()))
    arts = [i for i in iter_inputs([str(good)]) if isinstance(i, Article)]
    assert len(arts) == 3 and arts[2].url == PAGES[2][0]
    bad = tmp_path / "bad.jsonl.gz"
    blob = gzip.compress(("\n".join(json.dumps(o) for o in _objs()) + "\n").encode())
    bad.write_bytes(blob[: len(blob) - 12])  # cut off before the gzip trailer
    items = list(iter_inputs([str(bad)]))
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert len(problems) == 1 and "broken gzip data" in problems[0].reason


def test_a_jsonl_file_over_the_limit_is_streamed_with_the_limit_per_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps(o) for o in _objs()] + [json.dumps({"text": "word " * 200})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    limit = max(len(line) for line in lines[:3]) + 10  # each article fits, the file does not
    items = list(iter_inputs([str(path)], max_bytes=limit))
    assert [i.title for i in items if isinstance(i, Article)] == [p[1] for p in PAGES]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert len(problems) == 1 and problems[0].line == 4 and "over the limit" in problems[0].reason
