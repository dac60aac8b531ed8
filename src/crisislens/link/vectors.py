"""Article content vectors: TF-IDF-weighted mean of spaCy word vectors.

Why not ``doc.vector``: a plain mean of every token is dominated by function
words and every article about the crisis ends up at cosine ~0.95 with every
other. Weighting content words by IDF (from the corpus seen so far) and
removing the corpus mean direction spreads articles out, so a threshold can tell
"the same development" from "the same crisis". Vectors come straight from the
model's vector table (no parsing), so 10,000 articles cost seconds. Each vector
is computed once and stored; updates never recompute it.

Why the IDF of the corpus and not a fixed table (which would not depend on the order articles
arrive in): the installed md model carries no word frequencies (every Lexeme.prob is -20 and its
vector rows are not in frequency order), and an IDF from a public corpus's word frequencies
(wordfreq 3.1.1, English; an article of L words holds a word of frequency f with probability
1 - exp(-f L)) separates events less well: BASIL even, margin between the weakest link a triplet
needs and the strongest cross-event pair inside the day window +0.099 with the corpus's IDF,
+0.059 / +0.028 / -0.014 / -0.079 with L 30 / 100 / 300 / 1000 (with every pair compared
+0.032, against -0.013 to -0.079), and at L 300 one false merge (F1 0.943). The corpus's own
IDF discounts what its articles share (a season's vote, bill, hearing); a general table does not.

When the installed model has no vectors (the small fallback model) we use
feature-hashed bag-of-words vectors of the same size: worse on synonyms, but the
clustering still runs.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

import numpy as np

DIM_FALLBACK = 300
_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]", re.UNICODE)


@cache
def _stopwords() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    except ImportError:  # pragma: no cover - spaCy is a hard dependency
        return frozenset()


@cache
def _table() -> tuple[object | None, int]:
    """(vectors object or None, dimension) of the installed spaCy model."""
    try:
        from crisislens import nlp

        vectors = nlp.load().vocab.vectors
        if vectors.shape[0] > 0 and vectors.shape[1] > 0:
            return vectors, int(vectors.shape[1])
    except Exception:  # noqa: BLE001 - no model: fall back to hashed vectors
        pass
    return None, DIM_FALLBACK


HASH_DIM = 1024
# Share of the cosine that comes from word vectors (synonyms, paraphrase); the rest from
# hashed TF-IDF words (names, places, rare terms), which is what tells one development
# of a crisis from another: measured on the seeds + PolNeAR, word vectors alone put
# every crisis article at cosine 0.7-0.86 to every other, hashed TF-IDF puts two
# reports of one development at ~0.47 and different developments at 0.18-0.31.
# Measured again for single-link stories (benchmarks/basil_stories.py): with weight
# 0.25 the word-vector half lifts every pair of same-crisis articles by ~0.2, so
# the seeds' one true pair (0.52) is barely above unrelated seed pairs (0.41) and
# single links chain a crisis into one story; with weight 0 the seeds' margin is
# 0.37 against 0.23, BASIL dev stays separable (F1 1.0 on a 0.15-0.17 plateau) and
# PolNeAR's election coverage no longer chains (largest cluster 2 at 0.2, was 84).
# The word-vector slots are kept (zero) so stored vectors keep their dimension.
WORD_WEIGHT = 0.0


@cache
def story_settings() -> dict[str, float]:
    """The story linker's measured settings (link/data/story_settings.tsv): name -> value."""
    text = resources.files("crisislens.link").joinpath("data/story_settings.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {cols[0]: float(cols[1]) for cols in rows}


# A word the article writes capitalised inside a sentence (after a lower-case letter, a comma or a
# semicolon and a space) is a name there, and its weight is multiplied by NAME_WEIGHT. Why: two
# events of one season share their vocabulary (a vote, a hearing, a bill); what tells them apart
# is who and where, and a name's IDF alone under-weights names that recur across a corpus
# (measured margins: link/data/story_settings.tsv). A sentence's first word is not marked, and
# scripts without case mark nothing (the weighting is then plain TF-IDF).
NAME_WEIGHT = story_settings()["name_weight"]


# Bump when article_vector's arithmetic, or a story rule, changes in a way the settings file
# does not show (2: link.story_places no longer takes a province as a lead's place; 3: the lead
# part, and a wire copy keeps its first article's outlet apart from that outlet's other days; 4: the
# kind marks; 5: an article's outlet for the own-outlet rule is the writer its wire credit names,
# ingest.metadata.writer_of; 6: a lead place carries its clauses' kinds, none from a background phrase,
# and a text's first line that repeats its headline is no paragraph of the lead, link.story_places;
# 7: that first line is a paragraph again, story_settings.tsv lead_skips_headline 0).
VECTOR_VERSION = 7

# The lead part of the vector: LEAD_SHARE of the cosine comes from the two articles' leads alone
# (headline and first paragraph), hashed into LEAD_HASH_DIM slots of their own; the rest from the
# whole text. Why: news is written as an inverted pyramid: the headline and first paragraph
# state the incident (what happened, where, when), and the paragraphs after it add reactions and
# background, which within one crisis retell the earlier incidents in the crisis's shared words
# (the same two states, the same officials, the last attack's toll). So two reports of different
# incidents of one crisis share much of their bodies and little of their leads, and two reports of
# one incident share their leads (practice sets, story pairs of different outlets in the window:
# whole text 0.20-0.24 within an incident against 0.13-0.17 across incidents, leads 0.15-0.31
# against 0.05-0.11; pairwise AUC of one incident against another per set 0.79 / 0.57 / 0.74 /
# 0.85 with the whole text, 0.91 / 0.69 / 0.91 / 0.89 with the half-and-half mix; BASIL even
# 1.00 either way). Measured in link/data/story_settings.tsv (lead_share).
LEAD_SHARE = story_settings().get("lead_share", 0.0)
LEAD_HASH_DIM = 512  # a lead holds 20-60 content words: collisions stay rare at this size
LEAD_PARAGRAPHS = 1  # the first paragraph after the headline: the news lead
LEAD_MIN_WORDS = 12  # a shorter paragraph after the headline is a byline, a dateline or a credit
LEAD_MAX_WORDS = 100  # an unparagraphed text's lead is its first words, not the whole text

# The kind marks: the last slots of the vector, one per kind of happening of
# link/data/story_kinds.tsv (strike, ground fighting, aircraft, drones, arrests, diplomacy,
# ceasefire, displacement), hold KIND_MARK where the headline and first paragraph name that kind
# (``lead_kinds``), so that the linker can read a stored article's kinds from its stored vector
# (stories.KIND_APART: two leads naming kinds, none shared, are not linked). Why marks and not a
# share of the cosine: as a share (0.1-0.3 of it) leads of one kind gained on each other, and
# within one crisis the incidents of one kind are many (two towns' shelling a day apart), so it
# chained them (record_practice 0.944 -> 0.47-0.56 at kind shares 0.1-0.3); a mark this small
# moves a unit vector's cosine by at most len(kinds) x KIND_MARK^2 (< 0.001).
KIND_MARK = 0.01


@cache
def _kind_words() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """(kind, its word forms as tuples of one or two lower-case words), in the file's order."""
    text = resources.files("crisislens.link").joinpath("data/story_kinds.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((kind, tuple(tuple(w.split()) for w in words.split(",") if w.strip())) for kind, words in rows)


def kind_names() -> tuple[str, ...]:
    """The kinds of happening, one slot each in the kind part (the file's order)."""
    return tuple(kind for kind, _words in _kind_words())


def lead_kinds(text: str) -> frozenset[str]:
    """The kinds of happening the headline and first paragraph (``lead_text``) name: a kind counts
    when one of its word forms, or its two words in a row, is written there (any case), outside a
    background phrase (``without_background``)."""
    return kinds_named(lead_text(text))


def kinds_named(text: str) -> frozenset[str]:
    """The kinds of happening a stretch of text names (any case), outside its background phrases:
    ``lead_kinds`` on the lead, link.story_places on the clause that names a lead's place."""
    words = [w.lower() for w in _WORD.findall(without_background(text))]
    grams = set(zip(words, words[1:], strict=False)) | {(w,) for w in words}
    return frozenset(kind for kind, forms in _kind_words() if any(f in grams for f in forms))


@cache
def _background_phrases() -> re.Pattern[str]:
    """story_kind_background.tsv's phrases, each up to its clause's end (a comma, semicolon, dash,
    colon or sentence end, or the line's end)."""
    text = resources.files("crisislens.link").joinpath("data/story_kind_background.tsv").read_text(encoding="utf-8")
    phrases = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{alts})\b[^,;:.!?\n–—]*", re.I)


def without_background(lead: str) -> str:
    """The lead without its background phrases: from "in connection with", "in retaliation for"
    (story_kind_background.tsv) to the clause's end.

    Why: a lead states its own happening in its main clause and names the earlier one it follows
    from in such a phrase ("Police detained 30 people in connection with last week's bombing"):
    that report is of the detentions, another incident of the story rule, and the earlier
    happening's kind word there would give it a kind shared with the bombing's reports."""
    return _background_phrases().sub(" ", lead)


# A sentence ends at . ! ? before a capital, a digit or an opening quote or bracket ("2 a.m. and that"
# goes on; "Lt. Gen." is cut, which only narrows a clause), or at a line's end.
_SENTENCE_END = r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n"


@cache
def _clause_breaks() -> re.Pattern[str]:
    """Sentence ends, then story_clause_breaks.tsv's patterns (a semicolon, "and that", ", while")."""
    text = resources.files("crisislens.link").joinpath("data/story_clause_breaks.tsv").read_text(encoding="utf-8")
    pats = [ln.split("\t", 1)[0] for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return re.compile("|".join([_SENTENCE_END, *(f"(?i:{p})" for p in pats)]))  # the file's patterns in any case


def lead_clauses(text: str) -> list[str]:
    """A lead's clauses: its sentences, each cut where a second statement or report begins
    (story_clause_breaks.tsv). Why: a lead place is the place of the happenings its own clause
    names (link.story_places), and a wire's lead often reports two happenings in one sentence
    ("the ministry said units had opened fire with artillery ... and that drones had struck a post
    east of the town of X": X is the drones' place, not the artillery's)."""
    return [c for c in _clause_breaks().split(text or "") if c and c.strip()]


@cache
def settings_fingerprint() -> str:
    """A hash of everything a stored vector and story depend on: the settings file's rows,
    the vector layout (the model whose word vectors it holds, named, not loaded: a link with
    nothing new must not pay a model load) and VECTOR_VERSION. Why: vectors are stored, so a
    store linked under other settings would compare old vectors against a new threshold;
    link.update re-links every article when the stored fingerprint differs from this one."""
    import hashlib
    from pathlib import PurePath

    from crisislens import nlp

    rows = sorted(story_settings().items())
    model = PurePath(nlp.model_path()).name
    places = place_data_digest() if story_settings().get("place_waives_floor") else None
    kinds = (_kind_words(), KIND_MARK, _background_phrases().pattern, _clause_breaks().pattern)
    text = repr((rows, HASH_DIM, WORD_WEIGHT, model, VECTOR_VERSION, places, LEAD_HASH_DIM, kinds))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# The actors' gazetteer files link.story_places reads a lead's places from (via actors.gazetteer).
PLACE_FILES = ("states.tsv", "places.tsv", "towns.tsv")


def place_data_digest() -> str:
    """A hash of the gazetteer's place files. Why in the fingerprint (when place_waives_floor is
    on): which pairs the floor waives depends on the places a lead names, so a store linked
    under another gazetteer (a regenerated towns.tsv) holds links the current one would not
    make. Read once per fingerprint (about 2 MB), not per article."""
    import hashlib

    digest = hashlib.sha256()
    for name in PLACE_FILES:
        digest.update(resources.files("crisislens.actors").joinpath("data", name).read_bytes())
    return digest.hexdigest()[:16]


def dimension() -> int:
    return _table()[1] + HASH_DIM + LEAD_HASH_DIM + len(kind_names())


def lead_text(text: str) -> str:
    """The headline and first paragraph of a text: its first line, then the first later paragraph
    of at least LEAD_MIN_WORDS words, at most LEAD_MAX_WORDS words in all (see LEAD_SHARE)."""
    paras = [p for p in (text or "").split("\n") if p.strip()]
    lead = paras[:1]
    lead += [p for p in paras[1:] if len(p.split()) >= LEAD_MIN_WORDS][:LEAD_PARAGRAPHS]
    out, left = [], LEAD_MAX_WORDS
    for para in lead:  # paragraphs stay on their own lines: a line's first word is no name
        words = para.split()[:left]
        out.append(" ".join(words))
        left -= len(words)
    return "\n".join(w for w in out if w)


def content_words(text: str) -> list[str]:
    """Lower-cased alphabetic words that are not stop words (length > 2)."""
    stop = _stopwords()
    return [w for w in (m.lower() for m in _WORD.findall(text or "")) if len(w) > 2 and w not in stop]


def named_words(text: str) -> set[str]:
    """Lower-cased words written capitalised inside a sentence: after a lower-case letter, a comma
    or a semicolon and one space (a sentence's first word, or a heading's, is not evidence)."""
    text = text or ""
    out = set()
    for m in _WORD.finditer(text):
        at = m.start()
        if m.group(0)[0].isupper() and at >= 2 and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] in ",;"):
            out.add(m.group(0).lower())
    return out


@cache
def _word_vector(word: str) -> np.ndarray | None:
    vectors, dim = _table()
    if vectors is None:
        vec = np.zeros(dim, dtype=np.float32)
        h = zlib.crc32(word.encode("utf-8"))
        vec[h % dim] = 1.0 if (h >> 16) & 1 else -1.0
        return vec
    from crisislens import nlp

    key = nlp.load().vocab.strings.add(word)
    row = vectors.key2row.get(key)  # type: ignore[attr-defined]
    if row is None or row < 0:
        return None
    return np.asarray(vectors.data[row], dtype=np.float32)  # type: ignore[attr-defined]


def document_frequencies(texts: Sequence[str]) -> Counter:
    df: Counter = Counter()
    for text in texts:
        df.update(set(content_words(text)))
    return df


def article_vector(text: str, df: Counter, n_docs: int) -> np.ndarray:
    """[TF-IDF-weighted mean word vector | hashed TF-IDF | hashed TF-IDF of the lead | kind marks],
    each of the first three parts L2-normalised and weighted.

    A named word's weight is multiplied by NAME_WEIGHT (see ``named_words``). The dot product of
    two such vectors is WORD_WEIGHT x word-vector cosine + (1 - WORD_WEIGHT - LEAD_SHARE) x
    lexical cosine + LEAD_SHARE x lexical cosine of the leads (``lead_text``, same IDF). All zeros
    when the text has no content words.
    """
    wdim = _table()[1]
    acc, lex = _weighted_parts(text, df, n_docs, HASH_DIM, with_words=WORD_WEIGHT > 0)
    lead = _weighted_parts(lead_text(text), df, n_docs, LEAD_HASH_DIM)[1] if LEAD_SHARE > 0 else None
    out = np.zeros(dimension(), dtype=np.float64)
    parts = [(acc, slice(0, wdim), WORD_WEIGHT), (lex, slice(wdim, wdim + HASH_DIM), 1 - WORD_WEIGHT - LEAD_SHARE)]
    if lead is not None:
        parts.append((lead, slice(wdim + HASH_DIM, kind_slots().start), LEAD_SHARE))
    for part, sl, share in parts:
        norm = float(np.linalg.norm(part))
        if norm > 0:
            out[sl] = part / norm * math.sqrt(share)
    out[kind_slots()] = _kind_marks(text)
    return out.astype(np.float32)


def kind_slots() -> slice:
    """Where a vector holds its kind marks: its last len(kind_names()) slots."""
    return slice(dimension() - len(kind_names()), dimension())


def _kind_marks(text: str) -> np.ndarray:
    """KIND_MARK in each kind's slot where the lead names that kind (``lead_kinds``), else 0."""
    kinds = lead_kinds(text)
    return np.asarray([KIND_MARK if k in kinds else 0.0 for k in kind_names()], dtype=np.float64)


def _weighted_parts(text: str, df: Counter, n_docs: int, dim: int,
                    with_words: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(TF-IDF-weighted sum of word vectors, signed hashed TF-IDF in ``dim`` slots) of a text."""
    counts = Counter(content_words(text))
    names = named_words(text) if NAME_WEIGHT != 1.0 else set()
    acc = np.zeros(_table()[1], dtype=np.float64)
    lex = np.zeros(dim, dtype=np.float64)
    for word, tf in counts.items():
        weight = (1.0 + math.log(tf)) * (math.log((1 + n_docs) / (1 + df.get(word, 0))) + 1.0)
        if word in names:
            weight *= NAME_WEIGHT
        h = zlib.crc32(word.encode("utf-8"))
        lex[h % dim] += weight if (h >> 20) & 1 else -weight
        vec = _word_vector(word) if with_words else None
        if vec is not None:
            acc += weight * vec
    return acc, lex
