"""Time against article length (`make bench-long`): a measurement, never a timed unit test.

One article is built from real news text (the PolNeAR texts in
../shared/benchmarks, joined in order until the size is reached), then timed at
each size through one stage:

- ``guard``: tokenizer + the sentence guard of ``crisislens.nlp`` (seconds);
- ``parse``: the whole spaCy pipeline (``nlp.parse``);
- ``analyze``: parse + every extractor (``pipeline.analyze_article``).

It prints wall and CPU seconds and the CPU seconds per 100 KB at each size: when
the time grows linearly with the length, the last column stays flat.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "benchmarks" / "polnear"
KB = 1000


def build_text(n_bytes: int) -> str:
    """Real news paragraphs joined until the text holds n_bytes characters."""
    texts = sorted(POLNEAR.glob("*/text/*.txt"))
    if not texts:
        sys.exit(f"benchmark corpus not found under {POLNEAR}")
    parts: list[str] = []
    size = 0
    i = 0
    while size < n_bytes:
        body = texts[i % len(texts)].read_text(encoding="utf-8", errors="replace")
        parts.append(body)
        size += len(body) + 2
        i += 1
    return "\n\n".join(parts)[:n_bytes]


def analyze_text(text: str) -> None:
    """Ingest one text as a .txt file, parse it and run every extractor on it."""
    import tempfile

    from crisislens import nlp
    from crisislens.ingest import iter_inputs
    from crisislens.model import Article
    from crisislens.pipeline import analyze_article

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(text, encoding="utf-8")
        article = next(a for a in iter_inputs([str(path)]) if isinstance(a, Article))
    analyze_article(article, next(nlp.parse([article.clean_text[: nlp.MAX_CHARS]])))


def time_stage(stage: str, text: str) -> tuple[float, float]:
    """Wall and CPU seconds one stage takes on one text (CPU time is what to compare on a
    shared machine: other people's jobs stretch the wall time, not this process's CPU time)."""
    from crisislens import nlp

    model = nlp.load()
    t0, c0 = time.perf_counter(), time.process_time()
    if stage == "guard":
        nlp.sentence_guard(model.tokenizer(text))
    elif stage == "parse":
        next(nlp.parse([text]))
    else:
        analyze_text(text)
    return time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=("guard", "parse", "analyze"), default="guard")
    parser.add_argument("--sizes", default="50,100,1000", help="sizes in KB, comma-separated")
    args = parser.parse_args()
    from crisislens import nlp

    nlp.load()
    print(f"stage: {args.stage}")
    print(f"{'size':>8} {'wall s':>9} {'cpu s':>9} {'cpu s/100KB':>12}")
    for kb in (int(s) for s in args.sizes.split(",")):
        wall, cpu = time_stage(args.stage, build_text(kb * KB))
        print(f"{kb:>6}KB {wall:>9.2f} {cpu:>9.2f} {cpu / kb * 100:>12.3f}", flush=True)


if __name__ == "__main__":
    main()
