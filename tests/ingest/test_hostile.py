"""Inputs that used to crash or hang a batch: each is one problem row, the good files still come."""

from __future__ import annotations

import io
import json
import os
import socket
import threading

import pytest

from crisislens.ingest import iter_inputs, readers

GOOD = "India and Pakistan agreed to a full and immediate ceasefire on Saturday."


def _run(split, *paths, **kw):
    return split(iter_inputs([str(p) for p in paths], **kw))


def _with_good(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    return tmp_path


def _run_with_deadline(fn, seconds: float = 20.0):
    """Run fn in a thread; fail (instead of hanging the test run) when it blocks."""
    out: dict = {}
    t = threading.Thread(target=lambda: out.setdefault("value", fn()), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "reading blocked"
    return out["value"]


def test_named_pipe_in_a_folder_is_skipped_without_opening(tmp_path, split):
    os.mkfifo(_with_good(tmp_path) / "pipe.txt")
    arts, problems = _run_with_deadline(lambda: _run(split, tmp_path))
    assert [a.doc_name for a in arts] == ["good.txt"]
    (p,) = problems
    assert p.source.endswith("pipe.txt") and "named pipe" in p.reason


def test_named_pipe_given_by_name_is_skipped(tmp_path, split):
    os.mkfifo(tmp_path / "pipe.jsonl")
    arts, problems = _run_with_deadline(lambda: _run(split, tmp_path / "pipe.jsonl"))
    assert not arts and "not a regular file" in problems[0].reason


def test_socket_and_device_are_not_articles(tmp_path, split):
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "s.txt"))
    try:
        arts, problems = _run(split, tmp_path / "s.txt", "/dev/null")
    finally:
        sock.close()
    assert not arts
    assert ["socket" in problems[0].reason, "character device" in problems[1].reason] == [True, True]


def test_symlink_loop_is_named_and_each_file_read_once(tmp_path, split):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(GOOD)
    os.symlink("..", tmp_path / "a" / "up")
    arts, problems = _run(split, tmp_path)
    assert len(arts) == 1
    (p,) = problems
    assert "loop" in p.reason and p.source.endswith("up")


def test_link_to_itself_is_a_loop(tmp_path, split):
    os.symlink("self.txt", tmp_path / "self.txt")
    _, problems = _run(split, _with_good(tmp_path))
    (p,) = problems
    assert "loop" in p.reason


def test_deep_json_costs_only_its_file(tmp_path, split):
    (_with_good(tmp_path) / "deep.json").write_text("[" * 5000 + "]" * 5000)
    arts, problems = _run(split, tmp_path)
    assert [a.doc_name for a in arts] == ["good.txt"]
    (p,) = problems
    assert "deep.json" in p.message() and "nested deeper" in p.reason and p.line == 1


def test_huge_json_number_is_one_problem(tmp_path, split):
    (tmp_path / "num.json").write_text(json.dumps({"text": GOOD})[:-1] + ', "n": ' + "9" * 5000 + "}")
    arts, problems = _run(split, tmp_path / "num.json")
    assert not arts and "longer than" in problems[0].reason


def test_bad_jsonl_lines_cost_only_themselves(tmp_path, split):
    lines = [json.dumps({"text": GOOD}), "[" * 3000 + "]" * 3000, '{"text": "x", "n": 1' + "0" * 400 + '}',
             json.dumps({"text": GOOD + " Again."})]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines))
    arts, problems = _run(split, tmp_path / "mixed.jsonl")
    assert [a.doc_name for a in arts] == ["mixed.jsonl#1", "mixed.jsonl#4"]
    assert [p.line for p in problems] == [2, 3]


def test_nul_in_json_text_is_kept_and_flagged(tmp_path, split):
    (tmp_path / "nul.json").write_text(json.dumps({"text": GOOD + "\u0000 tail"}))
    (a,), _ = _run(split, tmp_path / "nul.json")
    assert "\x00" in a.text and any("NUL" in n for n in a.notes)


def test_nul_after_the_sniffed_head_is_flagged(tmp_path, split):
    (tmp_path / "late.txt").write_bytes(((GOOD + "\n") * 200).encode() + b"a\x00b")
    (a,), _ = _run(split, tmp_path / "late.txt")
    assert any("NUL" in n for n in a.notes)


def test_a_failing_reader_is_one_problem_and_keeps_earlier_items(tmp_path, split, monkeypatch):
    def broken(text, source, doc_name):
        yield readers.RawDoc(GOOD, source, doc_name + "#1")
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(readers.READERS, ".xml", broken)
    (tmp_path / "feed.xml").write_text("<rss/>")
    arts, problems = _run(split, _with_good(tmp_path))
    assert len(arts) == 2
    (p,) = problems
    assert "after 1 item" in p.reason and "RecursionError" in p.reason


@pytest.mark.parametrize("data", ["Pakistan said the caf\xe9 was hit.".encode("latin-1"),
                                  b"India said \xff\xfe\xfa more."])
def test_stdin_decodes_like_a_file(tmp_path, split, data):
    (tmp_path / "f.txt").write_bytes(data)
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    from_stdin, p_stdin = split(iter_inputs(["-"], stdin=stream))
    from_file, p_file = _run(split, tmp_path / "f.txt")
    assert [a.text for a in from_stdin] == [a.text for a in from_file]
    assert [p.reason for p in p_stdin] == [p.reason for p in p_file]
    assert data.decode("latin-1") not in p_stdin[0].reason


@pytest.mark.parametrize("given", ["today", "yesterday", "2 days ago", "now"])
def test_a_relative_given_date_is_not_a_date(tmp_path, split, given):
    (tmp_path / "a.json").write_text(json.dumps({"text": GOOD, "published": given}))
    (a,), _ = _run(split, tmp_path / "a.json")
    assert a.published is None or a.published_how != "given"
    assert a.published != "2000-01-01"
    assert any("is not a date" in n for n in a.notes)


def test_a_text_too_short_to_identify_takes_the_batch_language(tmp_path, split):
    lines = [json.dumps({"text": GOOD + " Officials in both capitals confirmed it."}),
             json.dumps({"text": "India condemned Pakistan."})]
    (tmp_path / "mix.jsonl").write_text("\n".join(lines))
    (first, short), _ = _run(split, tmp_path / "mix.jsonl")
    assert first.language == "en"
    assert (short.language, short.language_how) == ("en", "inferred-from-batch")
    assert any("too short" in n for n in short.notes)


def test_a_second_link_to_a_folder_reads_it_once_and_is_not_called_a_loop(tmp_path, split):
    (tmp_path / "2025-05").mkdir()
    (tmp_path / "2025-05" / "one.txt").write_text(GOOD)
    os.symlink("2025-05", tmp_path / "latest")
    arts, problems = _run(split, tmp_path)
    assert len(arts) == 1
    (p,) = problems
    assert p.source.endswith("latest") and "already read" in p.reason and "loop" not in p.reason
    assert not p.fatal


def test_deep_json_in_a_gzipped_jsonl_is_one_problem_line_and_the_rest_is_read(tmp_path):
    """The streamed .jsonl.gz reader shares the JSON limits of the plain one (regression:
    it parsed with bare json.loads, and 5,000 nested brackets stopped the whole run)."""
    import gzip

    with gzip.open(tmp_path / "deep.jsonl.gz", "wt") as fh:
        fh.write("[" * 5000 + "]" * 5000 + "\n")
        fh.write(json.dumps({"text": "India condemned Pakistan for the strikes, officials said."}) + "\n")
    items = list(iter_inputs([str(tmp_path)]))
    problems = [i for i in items if not hasattr(i, "clean_text")]
    assert [p.line for p in problems] == [1] and "nested deeper" in problems[0].reason
    assert [a.doc_name for a in items if hasattr(a, "clean_text")] == ["deep.jsonl.gz#2"]
