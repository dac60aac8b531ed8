"""The reader's marks on self-written text: every fact sentence becomes one anchored block,
overlaps merge, inline marks never cross a block, and the pieces put back give the text."""

from __future__ import annotations

from crisislens.web.highlight import Mark, blocks, clusters, evidence_blocks

TEXT = "Pakistan shot down five jets, its army said.\nIndia denied it. \"We lost none,\" Rajnath Singh said."


def _span(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def _facts():
    s1, e1 = _span("Pakistan shot down five jets, its army said.")
    s2, e2 = _span("India denied it.")
    s3, e3 = _span("\"We lost none,\" Rajnath Singh said.")
    q0, q1 = _span("We lost none,")
    m0, m1 = _span("Rajnath Singh")
    return {
        "events": [{"id": "e1", "sent_start": s1, "sent_end": e1, "source_name": "Pakistan", "predicate": "shot down"}, {"id": "e2", "sent_start": s2, "sent_end": e2}],
        "claims": [{"id": "c1", "sent_start": s1, "sent_end": e1, "number_text": "five", "what": "jets"}],
        "quotes": [{"id": "q1", "sent_start": s3, "sent_end": e3, "text_start": q0, "text_end": q1, "speaker_name": "Rajnath Singh"}],
        "mentions": [{"actor_id": "a1", "start": m0, "end": m1, "actor_name": "Rajnath Singh"},
                     {"actor_id": "a2", "start": 0, "end": 8, "actor_name": "Pakistan"}],
    }


def test_pieces_put_back_together_give_the_original_text():
    out = blocks(TEXT, _facts())
    assert "".join(p.text for b in out for p in b.pieces) == TEXT


def test_each_fact_sentence_is_one_anchored_block_with_its_kinds():
    out = {b.anchor: b for b in blocks(TEXT, _facts()) if b.anchor}
    first = out[f"s-{_span('Pakistan shot')[0]}"]
    assert first.kinds == ["claim", "event"]
    quote_block = out[f"s-{_span(chr(34) + 'We lost')[0]}"]
    assert quote_block.kinds == ["quote"]
    assert len(out) == 3


def test_inline_marks_are_cut_at_block_edges_and_carry_labels():
    out = blocks(TEXT, _facts())
    marked = [(p.text, p.kinds) for b in out for p in b.pieces if p.kinds]
    assert ("Pakistan", ("mention",)) in marked
    assert ("We lost none,", ("quote-text",)) in marked
    assert ("Rajnath Singh", ("mention",)) in marked
    links = {p.text: p.href for b in out for p in b.pieces if p.href}
    assert links == {"Pakistan": "/actors/a2", "Rajnath Singh": "/actors/a1"}
    first = next(b for b in out if b.anchor)
    assert first.title == "event: Pakistan shot down ?; claim: five jets"


def test_overlapping_sentences_merge_into_one_block_keeping_both_anchors():
    merged = clusters([Mark(0, 20, "event"), Mark(10, 30, "claim"), Mark(40, 50, "quote")], 60)
    assert [(s, e) for s, e, _ in merged] == [(0, 30), (40, 50)]
    facts = {"events": [{"id": "a", "sent_start": 0, "sent_end": 20}], "claims": [{"id": "b", "sent_start": 10, "sent_end": 30}]}
    block = next(b for b in blocks("x" * 60, facts) if b.anchor)
    assert block.anchor == "s-0" and block.aliases == ["s-10"]


def test_spans_past_the_text_are_clipped_not_fatal():
    facts = {"events": [{"id": "e", "sent_start": 50, "sent_end": 500}, {"id": "f", "sent_start": 900, "sent_end": 950}]}
    out = blocks(TEXT, facts)
    assert "".join(p.text for b in out for p in b.pieces) == TEXT


def test_evidence_blocks_mark_exactly_one_sentence():
    s, e = _span("India denied it.")
    out = evidence_blocks(TEXT, s, e)
    marked = [b for b in out if b.anchor]
    assert len(marked) == 1 and marked[0].anchor == "evidence"
    assert "".join(p.text for p in marked[0].pieces) == "India denied it."
