"""Helpers every extractor shares: evidence spans and sentence lookup."""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.model import Article


def evidence(article: Article, sent: Span) -> tuple[int, int, str]:
    """(sent_start, sent_end, sentence) of a parsed sentence, in the ORIGINAL text."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    # the sentence without the line breaks and spaces spaCy leaves at its edges
    start, end = article.to_original(sent.start_char + lead, max(sent.start_char + lead, sent.end_char - trail))
    return start, end, article.text[start:end]


def original_span(article: Article, item: Span | Token) -> tuple[int, int, str]:
    """Original-text offsets and text of any span or token of the cleaned Doc."""
    if isinstance(item, Token):
        s, e = item.idx, item.idx + len(item.text)
    else:
        s, e = item.start_char, item.end_char
    start, end = article.to_original(s, e)
    return start, end, article.text[start:end]
