"""The per-article stage: a pure function of a batch of articles.

It parses each article once and hands the same Doc to every extractor. It never
touches the store, so it runs unchanged in worker processes (``--workers``);
the coordinator (``crisislens.api``) loads the results into DuckDB.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace

from spacy.tokens import Doc

from crisislens import nlp
from crisislens.model import Article, ArticleAnalysis

ENGLISH = "en"


def analyze_article(article: Article, doc: Doc) -> ArticleAnalysis:
    """Actors, events, quotes and claims of one parsed article."""
    from crisislens.actors.resolve import build_index
    from crisislens.extract.claims import extract_claims
    from crisislens.extract.events import extract_events
    from crisislens.extract.quotes import extract_quotes

    # extractors see a private copy: the input Article is never mutated, so what is stored
    # does not depend on whether the analysis ran in this process or in a worker
    work = replace(article, notes=[])
    index = build_index(doc, work)
    quotes = extract_quotes(doc, work, index)
    events = extract_events(doc, work, index)
    claims = extract_claims(doc, work, index, quotes)
    result = ArticleAnalysis(
        article_id=article.id,
        actors=index.actors(),
        mentions=index.mentions(),
        events=events,
        quotes=quotes,
        claims=claims,
    )
    # what extractors could not resolve (an absurd number, a pathological parse) travels back
    # inside the analysis: stored as the article's notes, printed with the file name
    result.notes = list(dict.fromkeys([*index.messages(), *work.notes]))
    result.messages.extend(f"{article.doc_name}: {note}" for note in result.notes)
    return result


def skip_reason(article: Article) -> str | None:
    """Why the English extractors do not run on an article, or None."""
    if article.language and article.language != ENGLISH:
        return f"{article.doc_name}: language is {article.language!r}, not English; stored, not analysed"
    if not article.clean_text.strip():
        return f"{article.doc_name}: no text left after cleaning; stored, not analysed"
    return None


def analyze_batch(articles: Sequence[Article]) -> list[ArticleAnalysis]:
    """Analyse a batch in this process (parse with ``nlp.pipe``, then extract)."""
    results: list[ArticleAnalysis] = []
    todo: list[Article] = []
    for art in articles:
        reason = skip_reason(art)
        if reason:
            results.append(ArticleAnalysis(article_id=art.id, messages=[reason], skipped=True))
        else:
            todo.append(art)
    texts = [a.clean_text[: nlp.MAX_CHARS] for a in todo]
    for art, doc in zip(todo, nlp.parse(texts), strict=True):
        try:
            res = analyze_article(art, doc)
        except Exception as exc:  # one bad article must not stop the batch
            res = ArticleAnalysis(
                article_id=art.id,
                messages=[f"{art.doc_name}: extraction failed ({type(exc).__name__}: {exc})"],
                skipped=True,
            )
        if len(art.clean_text) > nlp.MAX_CHARS:
            res.messages.append(
                f"{art.doc_name}: text longer than {nlp.MAX_CHARS} characters; analysed the first part only"
            )
        results.append(res)
    order = {a.id: i for i, a in enumerate(articles)}
    results.sort(key=lambda r: order[r.article_id])
    return results


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def die_with_parent(poll_seconds: float = 1.0) -> None:
    """Make this worker process end when the process that started it dies.

    Why: after a SIGKILL of ``analyze`` its workers lived on (reparented, 500-700 MB
    each, holding the store's files open). On Linux the kernel sends SIGKILL on the
    parent's death (``prctl(PR_SET_PDEATHSIG)``); everywhere a daemon thread also
    exits the worker as soon as its parent pid changes.
    """
    import contextlib
    import signal
    import sys
    import threading
    import time

    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        # no libc.so.6 (musl, ...): the watchdog below still ends the worker
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGKILL))  # 1 = PR_SET_PDEATHSIG

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_seconds)
        os._exit(1)

    threading.Thread(target=watch, name="crisislens-parent-watchdog", daemon=True).start()


def _warm() -> None:
    die_with_parent()
    nlp.load()


def analyze_batches(
    batches: Iterable[Sequence[Article]], workers: int | None = None, window: int | None = None
) -> Iterator[tuple[Sequence[Article], list[ArticleAnalysis]]]:
    """Analyse batches, in ``workers`` processes when more than one; yields in input order.

    ``batches`` is consumed lazily: at most ``window`` batches (default two per
    worker) are in flight at once, so a stream of millions of articles is never
    held in memory; the pool's own ``map`` would submit the whole stream first.
    """
    workers = workers or default_workers()
    if workers <= 1:
        for batch in batches:
            yield batch, analyze_batch(batch)
        return
    window = window or 2 * workers
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        in_flight: deque[tuple[Sequence[Article], Future[list[ArticleAnalysis]]]] = deque()
        for batch in batches:
            in_flight.append((batch, pool.submit(analyze_batch, batch)))
            if len(in_flight) >= window:
                done, future = in_flight.popleft()
                yield done, future.result()
        while in_flight:
            done, future = in_flight.popleft()
            yield done, future.result()
