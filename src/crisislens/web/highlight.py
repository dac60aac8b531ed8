"""The article reader's marks: every fact found in an article, laid over its original text.

Why segments and not nested tags: facts overlap (a mention inside a quote inside
an event's sentence, two events in one sentence). The text is cut at every fact
boundary; each piece knows which sentence block and which inline marks cover
it, so the page is flat spans that never cross. Sentences that state facts
(events, claims, quotes) become blocks with the anchor ``s-<start>`` that links
from anywhere point at; mentions and quoted words are inline marks. The text
stays text: templates escape every piece.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # event | claim | quote | mention | quote-text
    id: str | None = None
    label: str = ""


@dataclass
class Piece:
    text: str
    kinds: tuple[str, ...] = ()
    title: str = ""
    href: str | None = None  # a mention links to its actor

@dataclass
class Block:
    """A run of plain text (``anchor`` None) or one sentence cluster that states facts."""

    pieces: list[Piece] = field(default_factory=list)
    anchor: str | None = None
    aliases: list[str] = field(default_factory=list)
    facts: list[Mark] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({f.kind for f in self.facts})

    @property
    def title(self) -> str:
        """What the sentence states, for a hover: "event: India strikes Pakistan; claim: 31 civilians"."""
        return "; ".join(f"{f.kind}: {f.label}" for f in self.facts if f.label)


def sentence_marks(facts: dict[str, list[dict[str, Any]]]) -> list[Mark]:
    """Events, claims and quotes as marks over their sentence spans."""
    out = []
    for kind, key in (("event", "events"), ("claim", "claims"), ("quote", "quotes")):
        for r in facts.get(key, []):
            out.append(Mark(int(r["sent_start"]), int(r["sent_end"]), kind, r.get("id"), _label(kind, r)))
    return out


def inline_marks(facts: dict[str, list[dict[str, Any]]]) -> list[Mark]:
    """Actor mentions and quoted words as marks over their own spans."""
    out = [
        Mark(int(m["start"]), int(m["end"]), "mention", m.get("actor_id"), m.get("actor_name") or m.get("text") or "")
        for m in facts.get("mentions", [])
    ]
    out += [
        Mark(int(q["text_start"]), int(q["text_end"]), "quote-text", q.get("id"), f"quote: {q.get('speaker_name') or '?'}")
        for q in facts.get("quotes", [])
        if q.get("text_start") is not None and q.get("text_end") is not None
    ]
    return out


def _label(kind: str, r: dict[str, Any]) -> str:
    if kind == "event":
        parts = (r.get("source_name") or r.get("source_code") or "?", r.get("predicate") or r.get("cameo") or "",
                 r.get("target_name") or r.get("target_code") or "?")
        return " ".join(p for p in parts if p)
    if kind == "claim":
        return f"{r.get('number_text') or r.get('value') or ''} {r.get('what') or r.get('category') or ''}".strip()
    return f"{r.get('speaker_name') or '?'}: {(r.get('text') or '')[:80]}"


def clusters(marks: Sequence[Mark], length: int) -> list[tuple[int, int, list[Mark]]]:
    """Overlapping sentence marks merged into (start, end, marks), clipped to the text."""
    out: list[tuple[int, int, list[Mark]]] = []
    for m in sorted(marks, key=lambda m: (m.start, m.end)):
        s, e = max(0, min(m.start, length)), max(0, min(m.end, length))
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e), [*out[-1][2], m])
        else:
            out.append((s, e, [m]))
    return out


def _pieces(text: str, start: int, end: int, inline: Iterable[Mark]) -> list[Piece]:
    """Text [start, end) cut at every inline mark boundary, each piece with the marks over it."""
    inside = [m for m in inline if m.start < end and m.end > start and m.end > m.start]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = [m for m in inside if m.start <= a and m.end >= b]
        kinds = tuple(sorted({m.kind for m in over}))
        actor = next((m.id for m in over if m.kind == "mention" and m.id), None)
        out.append(Piece(text[a:b], kinds, "; ".join(m.label for m in over if m.label),
                         f"/actors/{actor}" if actor else None))
    return out


def blocks(text: str, facts: dict[str, list[dict[str, Any]]], anchor_prefix: str = "s-") -> list[Block]:
    """The whole text as plain blocks and fact-sentence blocks, in order."""
    inline = inline_marks(facts)
    out: list[Block] = []
    cursor = 0
    for s, e, marks in clusters(sentence_marks(facts), len(text)):
        if s > cursor:
            out.append(Block(_pieces(text, cursor, s, inline)))
        starts = sorted({max(s, m.start) for m in marks})
        out.append(Block(_pieces(text, s, e, inline), f"{anchor_prefix}{s}",
                         [f"{anchor_prefix}{x}" for x in starts if x != s], marks))
        cursor = e
    if cursor < len(text):
        out.append(Block(_pieces(text, cursor, len(text), inline)))
    return out


def evidence_blocks(text: str, start: int, end: int) -> list[Block]:
    """The text with one sentence marked as the evidence (the event and quote pages)."""
    fact = {"events": [{"sent_start": start, "sent_end": end, "id": "evidence"}]}
    out = blocks(text, fact, anchor_prefix="evidence-")
    for b in out:
        if b.anchor:
            b.anchor = "evidence"
    return out
