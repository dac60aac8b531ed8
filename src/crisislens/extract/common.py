"""Helpers every extractor shares: evidence spans and sentence lookup."""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.model import Article


def evidence(article: Article, sent: Span) -> tuple[int, int, str]:
    """(sent_start, sent_end, sentence) of a parsed sentence, in the ORIGINAL text."""
    start, end = article.to_original(sent.start_char, sent.end_char)
    return start, end, article.text[start:end]


def original_span(article: Article, item: Span | Token) -> tuple[int, int, str]:
    """Original-text offsets and text of any span or token of the cleaned Doc."""
    if isinstance(item, Token):
        s, e = item.idx, item.idx + len(item.text)
    else:
        s, e = item.start_char, item.end_char
    start, end = article.to_original(s, e)
    return start, end, article.text[start:end]
