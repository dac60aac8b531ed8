"""Bad input never stops a batch: one clear problem each, the good files still come through."""

from __future__ import annotations

import time

from crisislens.ingest import iter_inputs, sources

GOOD = "India and Pakistan agreed to a full and immediate ceasefire on Saturday."


def _one_problem(split, path, **kw):
    arts, problems = split(iter_inputs([str(path)], **kw))
    assert not arts
    assert len(problems) == 1
    assert str(path) in problems[0].message()
    return problems[0]


def test_empty_file(tmp_path, split):
    f = tmp_path / "empty.txt"
    f.write_text("  \n\n")
    assert "empty" in _one_problem(split, f).reason


def test_binary_file(tmp_path, split):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary" in _one_problem(split, f).reason


def test_invalid_utf8_gives_article_and_warning(tmp_path, split):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Pakistan's Foreign Office said the caf\xe9 in Muzaffarabad was hit.".encode("latin-1"))
    arts, problems = split(iter_inputs([str(f)]))
    (a,) = arts
    (p,) = problems
    assert not p.fatal and "UTF-8" in p.reason
    assert "\ufffd" in a.text
    assert any("UTF-8" in n for n in a.notes)


def test_file_over_max_bytes_is_refused_without_reading(tmp_path, monkeypatch, split):
    f = tmp_path / "big.txt"
    f.write_text(GOOD * 100)

    def no_open(*a, **k):
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(sources, "open", no_open, raising=False)
    p = _one_problem(split, f, max_bytes=1000)
    assert "over the limit" in p.reason


def test_unknown_extension(tmp_path, split):
    f = tmp_path / "report.pdf"
    f.write_bytes(b"%PDF-1.4")
    p = _one_problem(split, f)
    assert ".pdf" in p.reason and ".txt" in p.reason


def test_missing_path(split):
    p = _one_problem(split, "/nonexistent/folder/article.txt")
    assert "no such file" in p.reason


def test_permission_error_is_reported(tmp_path, monkeypatch, split):
    f = tmp_path / "locked.txt"
    f.write_text(GOOD)

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources, "open", denied, raising=False)
    p = _one_problem(split, f)
    assert "Permission denied" in p.reason


def test_unlistable_folder_is_reported_and_batch_goes_on(tmp_path, monkeypatch, split):
    (tmp_path / "ok.txt").write_text(GOOD)
    real = sources.os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    (tmp_path / "locked").mkdir()
    monkeypatch.setattr(sources.os, "scandir", scandir)
    arts, problems = split(iter_inputs([str(tmp_path)]))
    assert [a.doc_name for a in arts] == ["ok.txt"]
    assert len(problems) == 1 and "cannot list folder" in problems[0].reason


def test_bad_files_do_not_stop_the_batch(tmp_path, split):
    (tmp_path / "a_empty.txt").write_text("")
    (tmp_path / "b_good.txt").write_text(GOOD)
    (tmp_path / "c.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "d_bad.json").write_text('{"title": "x"')
    (tmp_path / "e_good.jsonl").write_text('{"text": "Pakistan closed its airspace."}\n')
    arts, problems = split(iter_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert [a.doc_name for a in arts] == ["b_good.txt", "e_good.jsonl#1"]
    assert len(problems) == 4
    assert next(p for p in problems if "d_bad.json" in p.source).line == 1


def test_ten_thousand_small_files_stream_fast(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"Report {i}: shelling continued along the Line of Control.")
    started = time.perf_counter()
    n = 0
    first = None
    for item in iter_inputs([str(folder)]):
        n += 1
        first = first or item
    elapsed = time.perf_counter() - started
    assert n == 10_000
    assert first.doc_name == "00000.txt"
    assert elapsed < 30, f"10,000 tiny files took {elapsed:.1f}s"


def test_page_furniture_only_is_kept_with_a_warning(tmp_path, split):
    f = tmp_path / "rail.txt"
    f.write_text("Top Stories\n\nComments\n\nSee what people are discussing\n")
    arts, problems = split(iter_inputs([str(f)]))
    (a,) = arts
    (p,) = problems
    assert a.clean_text == "" and not p.fatal and "no text" in p.reason
