"""``update(store)``: the corpus-level linking step run after each analyze.

Incremental where it matters for stable ids: only articles the linker has not
seen get a MinHash signature, a vector, a duplicate group and a story (existing
stories keep their ids and members). Incidents, claim groups and quote groups
are rebuilt from all stored facts each time — they are blocking-key groupings,
near-linear, and ids derive from member ids so they stay stable as long as the
members do.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from crisislens.link import claims as claims_mod
from crisislens.link import dedup, stories, story_places, vectors
from crisislens.link import incidents as incidents_mod
from crisislens.link import quotes as quotes_mod
from crisislens.link.common import blob_to_vec, clean, df_or_empty, to_date, vec_to_blob

LINK_TABLES = (
    "link_df", "link_articles", "dup_groups", "stories", "story_articles", "incidents",
    "incident_mentions", "claim_groups", "claim_group_members", "quote_groups",
    "quote_group_members",
)


@dataclass
class LinkSummary:
    """What one update did, for the CLI and the run record."""

    new_articles: int = 0
    articles: int = 0
    dup_groups: int = 0
    duplicates: int = 0  # articles that are near-copies of an earlier one
    stories: int = 0
    new_stories: int = 0
    incidents: int = 0
    claim_groups: int = 0
    contradictions: int = 0
    agreements: int = 0
    ranges: int = 0
    revisions: int = 0
    quote_groups: int = 0
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _missing_tables(store) -> list[str]:
    return [t for t in LINK_TABLES if not store.has_table(t)]


def update(store) -> LinkSummary:
    """Link every article the linker has not seen yet, then rebuild the fact groups.

    The step is recorded in ``runs`` (kind 'link'): a link killed mid-way is marked
    'killed' by the next writer, and ``store.link_pending()`` then says to re-run it.
    """
    import uuid

    from crisislens import __version__

    run_id = uuid.uuid4().hex[:16]
    recorded = hasattr(store, "start_run") and store.has_table("runs")
    if recorded:
        store.start_run(run_id, __version__, [], kind="link")
    try:
        summary = _update(store)
    except BaseException:
        if recorded:
            store.finish_run(run_id, {}, status="failed")
        raise
    if recorded:
        store.finish_run(run_id, {k: v for k, v in summary.as_dict().items() if isinstance(v, int)})
    return summary


def _update(store) -> LinkSummary:
    t0 = time.perf_counter()
    summary = LinkSummary()
    missing = _missing_tables(store)
    if missing:
        store.migrate()
        missing = _missing_tables(store)
        if missing:
            summary.messages.append(f"link tables missing ({', '.join(missing)}): nothing linked")
            return summary
    with store.transaction():
        _relink_if_settings_changed(store, summary)
        new = store.df(
            "SELECT a.id, a.doc_name, a.published, a.outlet FROM articles a "
            "LEFT JOIN link_articles l ON l.article_id = a.id WHERE l.article_id IS NULL ORDER BY a.id"
        )
        summary.new_articles = len(new)
        if len(new):
            _link_articles(store, new, summary)
        del new
        _rebuild_groups(store, summary)
    counts = store.df(
        "SELECT (SELECT count(*) FROM link_articles) AS a, (SELECT count(DISTINCT group_id) FROM dup_groups) AS g, "
        "(SELECT count(*) FROM stories) AS s"
    ).iloc[0]
    summary.articles, summary.dup_groups, summary.stories = int(counts.a), int(counts.g), int(counts.s)
    summary.duplicates = summary.articles - summary.dup_groups
    summary.seconds = round(time.perf_counter() - t0, 3)
    return summary


SETTINGS_KEY = "story_vectors"


def _relink_if_settings_changed(store, summary: LinkSummary) -> None:
    """Forget every link when the store's vectors were made under other story settings.

    Stored vectors and stories are only comparable with vectors of the same settings
    (link/data/story_settings.tsv, the vector layout): a store linked before a change
    would mix the two. Inside the link's transaction, so a killed re-link keeps the old links.
    """
    if not store.has_table("link_settings"):
        return
    current = vectors.settings_fingerprint()
    stored = store.con.execute("SELECT value FROM link_settings WHERE name = ?", [SETTINGS_KEY]).fetchall()
    linked = store.con.execute("SELECT count(*) FROM link_articles").fetchall()[0][0]
    if linked and (not stored or stored[0][0] != current):
        for table in LINK_TABLES:
            store.con.execute(f"DELETE FROM {table}")  # noqa: S608 - names from LINK_TABLES
        summary.messages.append(
            f"the story settings changed since this store was linked: all {linked} articles re-linked"
        )
    store.con.execute("DELETE FROM link_settings WHERE name = ?", [SETTINGS_KEY])
    store.con.execute("INSERT INTO link_settings VALUES (?, ?)", [SETTINGS_KEY, current])


# Rows handled at once where a stage reads texts or writes wide rows: memory per chunk,
# not per corpus (link_bench 100k: whole-table frames made linking add 6.9 GB).
CHUNK = 5000
_NEW_TEXTS = (
    "SELECT a.id, a.clean_text FROM articles a "
    "LEFT JOIN link_articles l ON l.article_id = a.id WHERE l.article_id IS NULL"
)


def _new_texts(store) -> Iterator[tuple[list[str], list[str]]]:
    """(ids, cleaned texts) of the unlinked articles, CHUNK at a time, streamed from DuckDB.

    Why a stream: texts are the largest thing linking reads, and each is needed only
    while its signature, word counts or vector are computed. Chunks come in no fixed
    order; callers key what they compute by id. No other query may run on the
    connection until the stream is consumed.
    """
    reader = store.con.sql(_NEW_TEXTS).to_arrow_reader(CHUNK)
    for batch in reader:
        texts = [t if isinstance(t, str) else "" for t in batch.column("clean_text").to_pylist()]
        yield batch.column("id").to_pylist(), texts


def _signatures(store, summary: LinkSummary, doc_of: dict[str, str]) -> tuple[dict[str, np.ndarray], Counter]:
    """First pass over the new texts: MinHash signatures and the batch's document frequencies."""
    sigs: dict[str, np.ndarray] = {}
    counts: Counter = Counter()
    empty = []
    for ids, texts in _new_texts(store):
        for aid, text in zip(ids, texts, strict=True):
            sigs[aid] = dedup.signature(text)
            if not text.strip():
                empty.append(aid)
        counts.update(vectors.document_frequencies(texts))
    summary.messages.extend(f"{doc_of[a]}: empty text; linked as its own story" for a in sorted(empty))
    return sigs, counts


def _vectors(store, ids: list[str], df_counts: Counter, n_docs: int) -> np.ndarray:
    """Second pass over the new texts: one content vector per article, rows in ``ids`` order."""
    pos = {a: i for i, a in enumerate(ids)}
    mat = np.zeros((len(ids), vectors.dimension()), dtype=np.float32)
    for chunk_ids, texts in _new_texts(store):
        for aid, text in zip(chunk_ids, texts, strict=True):
            mat[pos[aid]] = vectors.article_vector(text, df_counts, n_docs)
    return mat


def _link_articles(store, new: pd.DataFrame, summary: LinkSummary) -> None:
    """Signatures, vectors, duplicate groups and stories for the new articles."""
    ids = new["id"].tolist()
    sigs, batch_df = _signatures(store, summary, dict(zip(ids, new["doc_name"], strict=True)))
    # duplicate groups: look up against every stored signature
    old = store.df("SELECT l.article_id, l.minhash, d.group_id FROM link_articles l JOIN dup_groups d USING (article_id)")
    existing = (
        (a, np.frombuffer(bytes(m), dtype=np.uint64), g)
        for a, m, g in zip(old["article_id"], old["minhash"], old["group_id"], strict=True)
        if m is not None
    )
    groups = dedup.assign_groups(existing, ((a, sigs[a]) for a in ids))
    n_docs = len(ids) + len(old)
    del old, existing
    # vectors: IDF from every linked article plus the new ones (stored counts, no re-reading)
    stored_df = store.df("SELECT word, df FROM link_df")
    df_counts = Counter(dict(zip(stored_df["word"], stored_df["df"], strict=True)))
    df_counts.update(batch_df)
    del stored_df, batch_df
    store.con.execute("DELETE FROM link_df")
    store.write_df("link_df", pd.DataFrame({"word": list(df_counts), "df": list(df_counts.values())}))
    vecs = _vectors(store, ids, df_counts, n_docs)
    del df_counts
    dates = [to_date(p) for p in new["published"]]
    days = [stories.day_of(d) for d in dates]
    state = _load_state(store, vectors.dimension(), days)
    places = _lead_places(store, [*state.ids, *ids])
    state.places = [places.get(a, frozenset()) for a in state.ids]
    writers = _writers(store, [*state.ids, *ids])
    state.outlets = [writers.get(a) for a in state.ids]
    known = set(state.first)
    placed = stories.cluster(
        state, [stories.Item(a, d, v, groups[a][0], writers.get(a), places.get(a, frozenset()))
                for a, d, v in zip(ids, days, vecs, strict=True)]
    )
    story_of = {aid: sid for sid, aid, _ in placed}
    _raise_bests(store, state.raised)
    summary.new_stories = len({sid for sid in story_of.values() if sid not in known})
    _apply_merges(store, state.merged, summary)
    new_rows = _NewRows(ids, dates, groups, story_of, vecs, sigs,
                        dict(zip(state.ids, state.baselines, strict=True)), dict(zip(state.ids, state.bests, strict=True)))
    del state
    _write_link_rows(store, new_rows, placed)
    del new_rows, vecs, sigs
    _write_stories(store, sorted(set(story_of.values())), vectors.dimension())


@dataclass
class _NewRows:
    """What linking decided for each new article, for the row writer."""

    ids: list[str]
    dates: list
    groups: dict[str, tuple[str, float]]
    story_of: dict[str, str]
    vecs: np.ndarray
    sigs: dict[str, np.ndarray]
    baseline_of: dict[str, float]
    best_of: dict[str, float]


def _write_link_rows(store, new: _NewRows, placed: list[tuple[str, str, float]]) -> None:
    """link_articles, dup_groups and story_articles rows of the new articles, CHUNK rows per insert
    (the vector and MinHash blobs of the whole batch at once doubled the vectors' memory)."""
    for lo in range(0, len(new.ids), CHUNK):
        part = new.ids[lo:lo + CHUNK]
        store.write_df("link_articles", pd.DataFrame({
            "article_id": part,
            "dup_group": [new.groups[a][0] for a in part],
            "story_id": [new.story_of[a] for a in part],
            "event_date": new.dates[lo:lo + CHUNK],
            "vector": [vec_to_blob(v) for v in new.vecs[lo:lo + CHUNK]],
            "minhash": [new.sigs[a].tobytes() for a in part],
            "baseline": [new.baseline_of[a] for a in part],
            "best": [new.best_of[a] for a in part],
        }))
    store.write_df("dup_groups", pd.DataFrame({
        "article_id": new.ids,
        "group_id": [new.groups[a][0] for a in new.ids],
        "similarity": [new.groups[a][1] for a in new.ids],
    }))
    store.write_df("story_articles", pd.DataFrame(placed, columns=["story_id", "article_id", "similarity"]))


def _load_state(store, dim: int, days: list[int]) -> stories.ClusterState:
    """Stored articles that a new one could link to (inside the date window), with their stories.

    Only articles within WINDOW_DAYS of a new article's day are loaded (all of
    them when a new article has no date), so an update reads a bounded slice.
    No centring: with a small corpus, subtracting the corpus mean makes every
    pair of articles dissimilar (measured on the five seeds: all pairs < 0), and
    the lexical half of the vector already discounts common words through IDF.
    """
    state = stories.ClusterState(dim=dim)
    known = [d for d in days if d != stories.NO_DATE]
    where, params = "", []
    if known and len(known) == len(days):
        lo = pd.Timestamp.fromordinal(min(known) - stories.WINDOW_DAYS).date()
        hi = pd.Timestamp.fromordinal(max(known) + stories.WINDOW_DAYS).date()
        where, params = "WHERE l.event_date IS NULL OR l.event_date BETWEEN ? AND ?", [lo, hi]
    rows = store.df(
        "SELECT l.article_id, l.event_date, l.vector, l.story_id, coalesce(l.baseline, 0) AS baseline, "
        "coalesce(l.best, 0) AS best, l.dup_group, a.outlet, "
        f"s.first_date FROM link_articles l JOIN stories s ON s.id = l.story_id "
        f"LEFT JOIN articles a ON a.id = l.article_id {where} ORDER BY l.article_id", params,
    )
    for r in rows.itertuples():
        v = blob_to_vec(r.vector, dim)
        if v is not None:
            state.add_stored(r.article_id, stories.day_of(to_date(r.event_date)), v, r.story_id, float(r.baseline),
                             float(r.best), r.dup_group if isinstance(r.dup_group, str) else None,
                             r.outlet if isinstance(r.outlet, str) else None)
            state.first[r.story_id] = (stories.day_of(to_date(r.first_date)), r.story_id)
    ref = store.df("SELECT vector FROM link_articles ORDER BY article_id LIMIT ?", [stories.BASELINE_SAMPLE])
    state.reference = [v for v in (blob_to_vec(b, dim) for b in ref["vector"]) if v is not None]
    state.story_of_group = dict(
        store.df(
            "SELECT d.group_id, min(l.story_id) AS story_id FROM dup_groups d JOIN link_articles l USING (article_id) "
            "WHERE l.story_id IS NOT NULL GROUP BY d.group_id"
        ).itertuples(index=False, name=None)
    )
    return state


CREDIT_CHARS = 600  # the start and the end of an article's text, where a wire credit stands


def _writers(store, ids: list[str]) -> dict[str, str | None]:
    """article id -> the outlet whose writing it is (ingest.metadata.writer_of: the agency its
    wire credit names, else its outlet), read from the start and end of the original text (CHUNK
    ids per query). Why: a paper's copy of an agency's report is the agency's writing, and the
    story linker's own-outlet rule (stories._outlet_apart) must keep it from the agency's reports
    of other days whether or not the agency's own report is stored yet."""
    from crisislens.ingest.metadata import writer_of

    out: dict[str, str | None] = {}
    for lo in range(0, len(ids), CHUNK):
        rows = store.df("SELECT id, outlet, left(text, ?) AS head, right(text, ?) AS tail FROM articles "
                        "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [CREDIT_CHARS, CREDIT_CHARS, ids[lo:lo + CHUNK]])
        for aid, outlet, head, tail in rows.itertuples(index=False, name=None):
            text = f"{head if isinstance(head, str) else ''}\n{tail if isinstance(tail, str) else ''}"
            out[aid] = writer_of(outlet if isinstance(outlet, str) else None, text)
    return out


def _lead_places(store, ids: list[str]) -> dict[str, frozenset[str]]:
    """article id -> the specific places its headline and lead name (link.story_places), for the
    new articles and the stored ones in the window, read from the articles' titles and the
    start of their texts (CHUNK ids per query). Why not stored: they are a function of the
    title and text, which are stored, and only the window's articles need them."""
    if not stories.PLACE_WAIVES_FLOOR or not ids:
        return {}
    names = store.df("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")["outlet"]
    outlets = frozenset(story_places.fold_outlet(o) for o in names if isinstance(o, str))
    out: dict[str, frozenset[str]] = {}
    for lo in range(0, len(ids), CHUNK):
        rows = store.df("SELECT id, title, left(clean_text, ?) AS lead FROM articles "
                        "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [story_places.LEAD_CHARS, ids[lo:lo + CHUNK]])
        for aid, title, lead in rows.itertuples(index=False, name=None):
            out[aid] = story_places.lead_places(title if isinstance(title, str) else None,
                                                lead if isinstance(lead, str) else "", outlets)
    return out


def _raise_bests(store, raised: dict[str, float]) -> None:
    """Store the stored articles' best cosines that the new articles raised (one batch update)."""
    if not raised:
        return
    frame = pd.DataFrame({"article_id": list(raised), "best": list(raised.values())})
    store.con.register("_link_best", frame)
    try:
        store.con.execute("UPDATE link_articles SET best = b.best FROM _link_best b WHERE link_articles.article_id = b.article_id")
    finally:
        store.con.unregister("_link_best")


def _apply_merges(store, merged: dict[str, str], summary: LinkSummary) -> None:
    """Move the members of stories that a new article bridged into the surviving story."""
    for old, sid in sorted(merged.items()):
        store.con.execute("UPDATE link_articles SET story_id = ? WHERE story_id = ?", [sid, old])
        store.con.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", [sid, old])
        store.con.execute("DELETE FROM stories WHERE id = ?", [old])
        summary.messages.append(f"story {old} joined story {sid}: a new article reports both")


def _write_stories(store, ids: list[str], dim: int) -> None:
    """Rewrite the rows of the given stories from their members (ids are kept), with fresh labels.

    Members are read CHUNK at a time (whole stories per chunk), and a member's text only
    when its title is blank (a label falls back to the text only then)."""
    if not ids:
        return
    store.con.register("_link_ids", pd.DataFrame({"id": ids}))
    try:
        sizes = store.df(
            "SELECT s.story_id, count(*) AS n FROM story_articles s JOIN _link_ids i ON i.id = s.story_id "
            "GROUP BY 1 ORDER BY 1"
        )
        store.con.execute("DELETE FROM stories WHERE id IN (SELECT id FROM _link_ids)")
    finally:
        store.con.unregister("_link_ids")
    for chunk in _story_chunks(sizes["story_id"].tolist(), sizes["n"].tolist()):
        members = _story_members(store, chunk)
        out = [_story_row(sid, part, dim) for sid, part in members.groupby("story_id", sort=True)]
        del members
        if out:
            store.write_df("stories", pd.DataFrame(out))


def _story_chunks(ids: list[str], sizes: list[int]) -> Iterator[list[str]]:
    """Consecutive runs of story ids with about CHUNK members in all (a larger story alone)."""
    chunk: list[str] = []
    total = 0
    for sid, n in zip(ids, sizes, strict=True):
        if chunk and total + n > CHUNK:
            yield chunk
            chunk, total = [], 0
        chunk.append(sid)
        total += n
    if chunk:
        yield chunk


def _story_members(store, story_ids: list[str]) -> pd.DataFrame:
    """Members of the given stories with vector, date, title, and the text where no title
    can label (a superset: only a title with a printable ASCII character is sure to be kept)."""
    store.con.register("_link_ids", pd.DataFrame({"id": story_ids}))
    try:
        return store.df(
            "SELECT s.story_id, l.vector, l.event_date, a.title, "
            "CASE WHEN a.title IS NULL OR NOT regexp_matches(a.title, '[!-~]') THEN a.clean_text END AS clean_text "
            "FROM story_articles s JOIN _link_ids i ON i.id = s.story_id "
            "JOIN link_articles l ON l.article_id = s.article_id "
            "JOIN articles a ON a.id = s.article_id ORDER BY s.story_id, a.id"
        )
    finally:
        store.con.unregister("_link_ids")


def _story_row(sid: str, part: pd.DataFrame, dim: int) -> dict[str, object]:
    """One stories row: label, date range, size and the sum of member vectors."""
    rows, total = [], np.zeros(dim, dtype=np.float32)
    for vblob, title, text in zip(part["vector"], part["title"], part["clean_text"], strict=True):
        v = blob_to_vec(vblob, dim)
        if v is not None:
            total += v
            rows.append((sid, v, clean(title), text if isinstance(text, str) else ""))
    dates = [d for d in (to_date(x) for x in part["event_date"]) if d is not None]
    return {
        "id": sid, "label": stories.central_label(rows) if rows else "(untitled)",
        "first_date": min(dates) if dates else None, "last_date": max(dates) if dates else None,
        "size": len(part), "centroid": vec_to_blob(total),
    }


def article_meta(store) -> pd.DataFrame:
    """Per article: doc name, outlet, duplicate group and story (what the groupers need)."""
    return store.df(
        "SELECT a.id AS article_id, a.doc_name, a.outlet, coalesce(l.dup_group, a.id) AS dup_group, "
        "l.story_id FROM articles a LEFT JOIN link_articles l ON l.article_id = a.id"
    )


# A count with no date of its own refers to the day of an event stated in the same
# sentence, else to the article's main event day (the date most of its asserted
# events carry), else to the publication day. Only the grouping uses this
# reference date; the stored claim keeps its own (possibly null) date.
# Incidents and the claims tied to them are keyed on dyads: one-actor events (the coder's
# "dictionary:one-sided") say too little about which happening they are to key a comparison.
DYADIC = (
    "coalesce(source_actor_id, source_code, source_name) IS NOT NULL "
    "AND coalesce(target_actor_id, target_code, target_name) IS NOT NULL"
)
# A count is referred to a day: an event dated only by a year or a month ("the 2003 ceasefire
# understanding", "since February 2021") names background, not the day the count is of, and
# in an undated article it would otherwise become the article's main day.
DAY_PRECISE = "(date_end IS NULL OR date_end - date <= 1)"
CLAIMS_WITH_REFERENCE_DATE = f"""
WITH sentence_dates AS (
    SELECT article_id, sent_start, min(date) AS d FROM events
    WHERE date IS NOT NULL AND {DAY_PRECISE} AND modality = 'asserted' AND {DYADIC} GROUP BY 1, 2
), day_counts AS (
    SELECT article_id, date, count(*) AS n FROM events
    WHERE date IS NOT NULL AND {DAY_PRECISE} AND modality = 'asserted' AND {DYADIC} GROUP BY 1, 2
), focal AS (
    SELECT article_id, first(date ORDER BY n DESC, date DESC) AS d FROM day_counts GROUP BY 1
)
SELECT c.*, coalesce(c.date, s.d, f.d, a.published) AS ref_date, a.published AS published,
    a.published_at AS published_at, substr(a.text, c.sent_end + 1, 400) AS next_text
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sentence_dates s ON s.article_id = c.article_id AND s.sent_start = c.sent_start
LEFT JOIN focal f ON f.article_id = c.article_id
"""


GROUP_TABLES = ("incidents", "incident_mentions", "claim_groups", "claim_group_members", "quote_groups",
                "quote_group_members")


def _rebuild_groups(store, summary: LinkSummary) -> None:
    """Incidents, claim groups and quote groups rebuilt from all stored facts, one stage at a time.

    Each stage reads only the columns it uses and writes its rows before the next stage
    reads (the three fact tables and their groups were all in memory at once); incidents
    are built per block of dyads, since no incident spans two (source, target) pairs."""
    for table in GROUP_TABLES:
        store.con.execute(f'DELETE FROM "{table}"')
    meta = article_meta(store)
    incident_of = _build_incidents(store, meta, summary)
    _build_claims(store, meta, incident_of, summary)
    del incident_of
    qt = df_or_empty(store, "SELECT * FROM quotes", [])
    qgroups, qmembers = quotes_mod.build(qt, meta)
    del qt
    store.write_df("quote_groups", qgroups)
    store.write_df("quote_group_members", qmembers)
    summary.quote_groups = len(qgroups)


# The events columns incidents.build reads (the rest stay in the store).
INCIDENT_EVENT_COLUMNS = (
    "id", "article_id", "source_name", "source_code", "target_name", "target_code", "cameo", "cameo_root",
    "goldstein", "date", "date_end", "place", "claimant_name", "modality", "sentence",
)
_DYADS = (
    f"SELECT coalesce(source_code, '?') AS s, coalesce(target_code, '?') AS t, count(*) AS n FROM events "
    f"WHERE {DYADIC} GROUP BY 1, 2 ORDER BY 1, 2"
)


def _build_incidents(store, meta: pd.DataFrame, summary: LinkSummary) -> dict[str, str]:
    """Build and write incidents a block of (source, target) pairs at a time; event id -> incident id.

    incidents.build blocks on (source code, target code, root family) with nulls as '?',
    so a partition of the pairs gives the same incidents; each chunk is read in table
    order (rowid), the order of the former whole-table read, so same-day ties sort alike."""
    dyads = df_or_empty(store, _DYADS, ["s", "t", "n"])
    if dyads.empty:
        return {}
    cols = ", ".join(f"e.{c}" for c in INCIDENT_EVENT_COLUMNS)
    incident_of: dict[str, str] = {}
    for chunk in _dyad_chunks(dyads):
        store.con.register("_link_dyads", chunk)
        try:
            ev = store.df(
                f"SELECT {cols} FROM events e JOIN _link_dyads k ON coalesce(e.source_code, '?') = k.s "
                f"AND coalesce(e.target_code, '?') = k.t WHERE {DYADIC} ORDER BY e.rowid"
            )
        finally:
            store.con.unregister("_link_dyads")
        inc, men = incidents_mod.build(ev, meta)
        del ev
        store.write_df("incidents", inc)
        store.write_df("incident_mentions", men)
        summary.incidents += len(inc)
        incident_of.update(zip(men["event_id"], men["incident_id"], strict=True))
    return incident_of


def _dyad_chunks(dyads: pd.DataFrame) -> Iterator[pd.DataFrame]:
    """Consecutive (s, t) pairs holding about CHUNK events in all (a larger pair alone)."""
    start, total = 0, 0
    for i, n in enumerate(dyads["n"].tolist()):
        if i > start and total + n > CHUNK:
            yield dyads.iloc[start:i][["s", "t"]].reset_index(drop=True)
            start, total = i, 0
        total += n
    yield dyads.iloc[start:][["s", "t"]].reset_index(drop=True)


def _build_claims(store, meta: pd.DataFrame, incident_of: dict[str, str], summary: LinkSummary) -> None:
    """Claim groups; the events are passed with only the columns that tie a claim to its incident."""
    ev = df_or_empty(store, f"SELECT id, article_id, sent_start, cameo_root, place FROM events WHERE {DYADIC}", [])
    cl = df_or_empty(store, CLAIMS_WITH_REFERENCE_DATE, [])
    groups, members = claims_mod.build(cl, meta, ev, incident_of)
    del cl, ev
    store.write_df("claim_groups", groups)
    store.write_df("claim_group_members", members)
    summary.claim_groups = len(groups)
    kinds = Counter(groups["kind"]) if len(groups) else Counter()
    summary.contradictions = kinds.get("contradiction", 0)
    summary.agreements = kinds.get("agreement", 0)
    summary.ranges = kinds.get("range", 0)
    summary.revisions = kinds.get("revision", 0)
