"""Every reader, fed anything: articles and problem rows only, never an exception or a hang."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import given
from hypothesis import strategies as st

from crisislens.ingest import iter_inputs
from crisislens.ingest.readers import HEADER_KEYS
from crisislens.model import Article, InputProblem

SUFFIXES = (".txt", ".html", ".json", ".jsonl", ".xml", ".rss", ".atom")
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.sampled_from(
        ["text", "title", "url", "published", "language", "outlet", "articles", "x"]), kids, max_size=5),
    max_leaves=20,
)
WORDS = st.lists(st.sampled_from(["India", "Pakistan", "said", "the", "army", "struck", "on", "May", "8,",
                                  "2025", "“We", "will", "respond,”", "<b>", "&amp;", "[the]", "\u00e9"]),
                 min_size=1, max_size=30).map(" ".join)


def _read(name: str, data: bytes) -> list[Article | InputProblem]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        items = list(iter_inputs([str(path)]))
    for item in items:
        assert isinstance(item, Article | InputProblem)
        if isinstance(item, InputProblem):
            assert item.source == str(path) and item.reason
    return items


@given(st.sampled_from(SUFFIXES), st.binary(max_size=600))
def test_any_bytes_in_any_reader(suffix, data):
    _read("f" + suffix, data)


@given(st.sampled_from(SUFFIXES), st.text(max_size=600))
def test_any_text_in_any_reader(suffix, text):
    _read("f" + suffix, text.encode("utf-8", "surrogatepass"))


@given(JSON)
def test_any_json_value(value):
    _read("f.json", json.dumps(value).encode())
    _read("f.jsonl", "\n".join(json.dumps(v) for v in (value if isinstance(value, list) else [value])).encode())


@given(st.integers(1, 3000), st.sampled_from("[{"))
def test_any_nesting_depth(depth, bracket):
    close = "]" if bracket == "[" else "}"
    inner = '"k": 1' if bracket == "{" else "1"
    body = (bracket if bracket == "[" else '{"a": ') * (depth - 1) + bracket + inner + close * depth
    items = _read("deep.json", body.encode())
    assert len(items) >= 1


@given(st.dictionaries(st.sampled_from(sorted(HEADER_KEYS)), WORDS, max_size=4), WORDS)
def test_txt_header_block_is_metadata_and_the_body_is_the_text(header, body):
    head = "".join(f"{k}: {v}\n" for k, v in header.items())
    items = _read("a.txt", f"{head}\n{body}\n".encode() if header else f"{body}\n".encode())
    (art,) = [i for i in items if isinstance(i, Article)]
    assert art.text.rstrip("\n") == body
    if header.get("url") or header.get("link"):
        assert art.url in {header.get("url"), header.get("link"), header.get("source_url")}


@given(st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=4), st.sampled_from(["rss", "atom"]))
def test_feed_items_become_articles(items, kind):
    if kind == "rss":
        body = "".join(f"<item><title>{escape(t)}</title><description>{escape(d)}</description></item>"
                       for t, d in items)
        xml = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>'
    else:
        body = "".join(f"<entry><title>{escape(t)}</title><content type='text'>{escape(d)}</content></entry>"
                       for t, d in items)
        xml = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>{body}</feed>'
    got = _read(f"f.{kind}", xml.encode())
    assert len([i for i in got if isinstance(i, Article)]) + len(got) >= len(items)


@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>x()</script>", "<h1>", "</h1>",
                                 "<!--", "-->", "<meta charset='latin-1'>", "<br>", "&nbsp;", "<"]) | WORDS.map(
                                     lambda w: [w]), max_size=12))
def test_html_fragments(parts):
    flat = "".join(p if isinstance(p, str) else " ".join(p) for p in parts)
    _read("p.html", f"<html><body>{flat}</body></html>".encode())


def _stdin_like_file(data: bytes) -> None:
    from_stdin = list(iter_inputs(["-"], stdin=io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")))
    # stdin is JSON Lines when it starts with "{", plain text otherwise (see crisislens.ingest)
    name = "stdin.jsonl" if data.decode("utf-8", "replace").lstrip().startswith("{") else "stdin.txt"
    from_file = _read(name, data)
    assert [a.text for a in from_stdin if isinstance(a, Article)] == \
           [a.text for a in from_file if isinstance(a, Article)]


@given(st.binary(max_size=400))
def test_stdin_is_read_like_a_file(data):
    _stdin_like_file(data)


def test_regression_stdin_opening_brace_is_json_lines_like_a_jsonl_file():
    """Found by `make fuzz` (data=b"{"): the property compared it with a .txt file."""
    _stdin_like_file(b"{")
    _stdin_like_file(b'  {"text": "India said so."}')
