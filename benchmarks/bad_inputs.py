"""The bad-input table (issue 15): each class of bad input through the CLI, with what came of it.

Run: ``.venv/bin/python benchmarks/bad_inputs.py`` (about a minute: only the
cases that hold a good article load the model). Prints a Markdown table: the
input, the result (what was stored / printed), the first message, the exit code.
Inputs are built in a temporary folder; nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

GOOD = "India and Pakistan agreed to a full and immediate ceasefire on Saturday, officials in both capitals said."
runner = CliRunner()


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _analyze(*inputs: str, extra: tuple[str, ...] = ()) -> Callable[[Path], list[str]]:
    """A case that analyses files made by ``make(tmp)`` (a dict name -> bytes/str, or a callable)."""
    def run(tmp: Path) -> list[str]:
        return ["analyze", *[str(tmp / i) if i != "-" else "-" for i in inputs], "--db", str(tmp / "s.duckdb"),
                "--workers", "1", *extra]
    return run


def file_cases() -> list[tuple[str, dict[str, bytes | str], Callable[[Path], list[str]]]]:
    deep = "[" * 5000 + "]" * 5000
    return [
        ("empty file", {"in/e.txt": ""}, _analyze("in")),
        ("whitespace-only file", {"in/w.txt": " \n\t\n"}, _analyze("in")),
        ("binary file named .txt", {"in/p.txt": b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256))}, _analyze("in")),
        ("Latin-1 text", {"in/l.txt": ("Pakistan's caf\xe9 " + GOOD).encode("latin-1")}, _analyze("in")),
        ("UTF-16 with BOM", {"in/u.txt": GOOD.encode("utf-16")}, _analyze("in")),
        ("NUL byte after 8 KB", {"in/n.txt": ((GOOD + "\n") * 90).encode() + b"a\x00b"}, _analyze("in")),
        ("file over --max-mb", {"in/big.txt": GOOD * 20000}, _analyze("in", extra=("--max-mb", "1"))),
        ("unknown extension .pdf", {"in/r.pdf": b"%PDF-1.4"}, _analyze("in/r.pdf")),
        ("dot file in a folder", {"in/.DS_Store": b"\x00\x01", "in/a.txt": GOOD}, _analyze("in")),
        ("JSON nested 5000 deep", {"in/deep.json": deep, "in/a.txt": GOOD}, _analyze("in")),
        ("JSON number of 5000 digits", {"in/n.json": '{"text": "x", "n": ' + "9" * 5000 + "}"}, _analyze("in")),
        ("malformed JSON", {"in/m.json": '{"text": "x",'}, _analyze("in")),
        ("empty JSON list", {"in/l.json": "[]"}, _analyze("in")),
        ("JSON object without text", {"in/o.json": '{"title": "t"}'}, _analyze("in")),
        ("JSON text not a string", {"in/o.json": '{"text": 5}'}, _analyze("in")),
        ("JSON \\u0000 in text", {"in/z.json": json.dumps({"text": GOOD + "\u0000"})}, _analyze("in")),
        ("JSONL: one bad line among good", {"in/a.jsonl": "\n".join(
            [json.dumps({"text": GOOD}), "{bad", json.dumps({"text": GOOD + " Again."})])}, _analyze("in")),
        ("JSONL: a 3000-deep line", {"in/d.jsonl": "[" * 3000 + "]" * 3000}, _analyze("in")),
        ("HTML with no article text", {"in/p.html": "<html><body><nav>Home</nav></body></html>"}, _analyze("in")),
        ("feed with no items", {"in/f.rss": "<rss><channel><title>x</title></channel></rss>"}, _analyze("in")),
        ("malformed feed XML", {"in/f.xml": "<rss><channel><item><title>x"}, _analyze("in")),
        ("txt header block only", {"in/h.txt": "url: https://example.org/a\ntitle: T\n\n"}, _analyze("in")),
        ('"published": "today"', {"in/t.json": json.dumps({"text": GOOD, "published": "today"})}, _analyze("in")),
        ("one-line English in JSONL", {"in/s.jsonl": "\n".join(
            [json.dumps({"text": GOOD}), json.dumps({"text": "India condemned Pakistan."})])}, _analyze("in")),
        ("CR-only line endings", {"in/cr.txt": GOOD.replace(", ", ",\r")}, _analyze("in")),
        ("absurd count (5e12 killed)", {"in/k.txt": "Officials said 5000000000000 people were killed in the strikes."},
         _analyze("in")),
        ("file name with [/caption] markup", {"in/[caption] x.txt": GOOD}, _analyze("in")),
    ]


def special_cases(tmp: Path) -> list[tuple[str, list[str] | Callable[[], list[str]]]]:
    d = tmp / "special"
    d.mkdir()
    _write(d / "good.txt", GOOD)
    os.mkfifo(d / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "sock.txt"))
    os.symlink("missing.txt", d / "broken.txt")
    os.symlink("self.txt", d / "self.txt")
    (d / "sub").mkdir()
    os.symlink("..", d / "sub" / "loop")
    db = str(tmp / "s.duckdb")
    return [
        ("named pipe, socket, broken link, self link, link loop (one folder)",
         ["analyze", str(d), "--db", db, "--workers", "1"]),
        ("character device /dev/null", ["analyze", "/dev/null", "--db", db]),
        ("missing path", ["analyze", str(tmp / "nope"), "--db", db]),
    ]


def run_cases() -> list[tuple[str, str, str, int]]:
    from crisislens.cli import app

    rows: list[tuple[str, str, str, int]] = []
    with tempfile.TemporaryDirectory() as top:
        for name, files, make in file_cases():
            tmp = Path(tempfile.mkdtemp(dir=top))
            for rel, data in files.items():
                _write(tmp / rel, data)
            rows.append((name, *_invoke(app, make(tmp), tmp)))
        tmp = Path(tempfile.mkdtemp(dir=top))
        for name, args in special_cases(tmp):
            rows.append((name, *_invoke(app, args, tmp)))
            (tmp / "s.duckdb").unlink(missing_ok=True)
        for name, data in stdin_cases():
            tmp = Path(tempfile.mkdtemp(dir=top))
            args = ["analyze", "-", "--db", str(tmp / "s.duckdb"), "--workers", "1"]
            rows.append((name, *_invoke(app, args, tmp, stdin=data)))
        rows += option_cases(app, Path(tempfile.mkdtemp(dir=top)))
        rows += store_cases(app, Path(tempfile.mkdtemp(dir=top)))
    return rows


def _invoke(app, args: list[str], tmp: Path, stdin: bytes | None = None) -> tuple[str, str, int]:
    t0 = time.perf_counter()
    res = runner.invoke(app, args, input=stdin)
    seconds = time.perf_counter() - t0
    lines = [ln.replace(str(tmp) + "/", "") for ln in res.output.splitlines() if ln.strip()]
    msgs = [ln for ln in lines if ln.startswith(("skipped:", "warning:", "note:", "error:", "Usage", "Invalid"))
            and not ln.startswith("note: stored")]
    msg = " / ".join(msgs[:5]) or _notes(tmp) or (lines[0] if lines else "")
    if res.exception and not isinstance(res.exception, SystemExit):
        msg = f"EXCEPTION {type(res.exception).__name__}: {res.exception}"
    return _result(tmp, seconds), msg[:160], res.exit_code


def _notes(tmp: Path) -> str:
    """The stored notes of the first article (what a clean run still flagged)."""
    db = tmp / "s.duckdb"
    if not db.exists():
        return ""
    from crisislens.store import open_store_for_reading

    with open_store_for_reading(db) as store:
        rows = store.rows("SELECT notes, language, language_how, published, published_how FROM articles")
    return "; ".join(f"notes {r['notes']} lang {r['language']} ({r['language_how']}) published "
                     f"{r['published']} ({r['published_how']})" for r in rows[:2])


def _result(tmp: Path, seconds: float) -> str:
    db = tmp / "s.duckdb"
    if not db.exists():
        return f"no store ({seconds:.1f} s)"
    from crisislens.store import open_store_for_reading

    try:
        with open_store_for_reading(db) as store:
            n = store.rows("SELECT count(*) AS n FROM articles")[0]["n"]
            p = store.rows("SELECT count(*) AS n FROM run_problems")[0]["n"]
            status = [r["status"] for r in store.rows("SELECT status FROM runs WHERE kind = 'analyze'")]
    except Exception as exc:  # noqa: BLE001 - a measurement script reports what it finds
        return f"store unreadable: {exc}"
    return f"{n} stored, {p} problem rows, run {'/'.join(status)} ({seconds:.1f} s)"


def stdin_cases() -> list[tuple[str, bytes]]:
    return [("stdin: invalid UTF-8 (Latin-1)", ("caf\xe9 " + GOOD).encode("latin-1")),
            ("stdin: empty", b""), ("stdin: JSON Lines", json.dumps({"text": GOOD}).encode()),
            ("stdin: binary", b"\x00\x01\x02" * 100)]


def option_cases(app, tmp: Path) -> list[tuple[str, str, str, int]]:
    _write(tmp / "a.txt", GOOD)
    rows = []
    for value in ("inf", "nan", "0", "-1"):
        args = ["analyze", str(tmp / "a.txt"), "--db", str(tmp / "s.duckdb"), "--max-mb", value]
        rows.append((f"--max-mb {value}", *_invoke(app, args, tmp)))
    rows.append(("events --from 2025-13-99", *_invoke(app, ["events", "--from", "May 8", "--db", "x"], tmp)))
    return rows


def store_cases(app, tmp: Path) -> list[tuple[str, str, str, int]]:
    quote = 'The minister said: "We will respond to [the] aggression," on Thursday.\n'
    _write(tmp / "in" / "q.txt", f"url: javascript:alert(11)\ntitle: [/caption] <script>x</script>\n\n{quote}{GOOD}")
    db = str(tmp / "s.duckdb")
    rows = [("quote with [the], title with [/caption], javascript: url",
             *_invoke(app, ["analyze", str(tmp / "in"), "--db", db, "--workers", "1"], tmp))]
    for cmd in (["quotes"], ["articles"], ["show", "q.txt"], ["events"]):
        res = runner.invoke(app, [*cmd, "--db", db])
        found = [w for w in ("[the] aggression", "[/caption]") if w in res.output]
        rows.append((f"`{' '.join(cmd)}` on it", f"verbatim: {', '.join(found) or 'none'}",
                     (res.output.splitlines() or [""])[0][:80], res.exit_code))
    rep = runner.invoke(app, ["report", "--out", str(tmp / "r"), "--db", db])
    html = (tmp / "r" / "report.html").read_text(encoding="utf-8") if rep.exit_code == 0 else ""
    live = 'href="javascript' in html
    csp = "Content-Security-Policy" in html
    rows.append(("report of it", f"javascript: href: {live}; CSP: {csp}", "", rep.exit_code))
    rows += _busy_and_readonly(app, tmp, db)
    return rows


def _busy_and_readonly(app, tmp: Path, db: str) -> list[tuple[str, str, str, int]]:
    hold = textwrap.dedent("""
        import sys, time
        from crisislens.store import Store
        s = Store(sys.argv[1]); print("held", flush=True); time.sleep(30)
    """)
    proc = subprocess.Popen([sys.executable, "-c", hold, db], stdout=subprocess.PIPE, text=True)
    proc.stdout.readline()
    rows = [("store busy: `articles` while a writer holds it", *_invoke(app, ["articles", "--db", db], tmp)),
            ("store busy: second `analyze`", *_invoke(app, ["analyze", str(tmp / "in"), "--db", db], tmp))]
    proc.kill()
    proc.wait()
    os.chmod(db, 0o444)
    rows.append(("read-only store file: `articles`", *_invoke(app, ["articles", "--db", db], tmp)))
    os.chmod(db, 0o644)
    _write(tmp / "not.duckdb", "this is not a database")
    rows.append(("--db is not a store", *_invoke(app, ["articles", "--db", str(tmp / "not.duckdb")], tmp)))
    rows.append(("--db missing", *_invoke(app, ["articles", "--db", str(tmp / "none.duckdb")], tmp)))
    return rows


def main() -> None:
    rows = run_cases()
    print("| # | input | result | message | exit |")
    print("|---|---|---|---|---|")
    for i, (name, result, msg, code) in enumerate(rows, 1):
        cell = msg.replace("|", "\\|")
        print(f"| {i} | {name} | {result} | {cell} | {code} |")


if __name__ == "__main__":
    main()
