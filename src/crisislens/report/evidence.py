"""Evidence: every fact in the report links to the sentence that states it.

Why: a reader must be able to check any number, quote or event against the
outlet's own words. Facts carry ``article_id`` and the ORIGINAL-text span of
their sentence; the report's evidence appendix shows that sentence highlighted
inside its paragraph, under the article's metadata, at a stable anchor
``#ev-<article>-<start>`` that any fact can link to.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any


def anchor(article_id: str, sent_start: int) -> str:
    """The HTML id of one evidence sentence (stable across runs: ids are content hashes)."""
    return f"ev-{article_id}-{int(sent_start)}"


@dataclass
class EvidenceIndex:
    """The sentences the report cites, per article, so the appendix shows exactly those."""

    cited: dict[str, set[tuple[int, int]]] = field(default_factory=dict)

    def cite(self, article_id: Any, sent_start: Any, sent_end: Any) -> str | None:
        """Record a cited sentence and return its anchor (None when the fact has no evidence)."""
        try:
            start, end = int(sent_start), int(sent_end)
        except (TypeError, ValueError):
            return None
        if not isinstance(article_id, str) or end <= start:
            return None
        self.cited.setdefault(article_id, set()).add((start, end))
        return anchor(article_id, start)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (line block) around [start, end): from the previous newline to the next."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right == -1 else right


def highlighted_paragraphs(article_id: str, text: str, spans: set[tuple[int, int]]) -> list[str]:
    """HTML of each paragraph holding cited sentences, those sentences wrapped in <mark id=...>.

    Overlapping spans (two extractors cutting a sentence differently) are
    merged into the first one's mark, and the later anchor still exists as an
    empty target so its links work.
    """
    by_para: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for s, e in sorted(spans):
        by_para.setdefault(paragraph_bounds(text, s, e), []).append((s, e))
    out = []
    for (p_start, p_end), marks in sorted(by_para.items()):
        parts: list[str] = []
        cursor = p_start
        for s, e in marks:
            s, e = max(s, p_start), min(e, max(p_end, s))
            if s < cursor:  # overlaps the previous mark: keep its anchor reachable
                parts.append(f'<span class="ev-alias" id="{anchor(article_id, s)}"></span>')
                continue
            parts.append(html.escape(text[cursor:s]))
            parts.append(
                f'<mark class="evidence" id="{anchor(article_id, s)}">{html.escape(text[s:e])}</mark>'
            )
            cursor = e
        parts.append(html.escape(text[cursor:p_end]))
        out.append("".join(parts))
    return out
