"""The cleaner's offset map: exact, monotone, and no content line lost, for any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crisislens.ingest.clean import clean
from crisislens.model import Article

# Prose lines: many ordinary words ending in a full stop, the kind of line no rule removes.
WORD = st.sampled_from(["the", "army", "said", "India", "Pakistan", "struck", "sites", "near", "border",
                        "officials", "told", "reporters", "on", "Thursday", "after", "talks", "in", "Geneva"])
PROSE = st.lists(WORD, min_size=30, max_size=45).map(lambda ws: " ".join(ws).capitalize() + ".")
# Lines that look like furniture, and anything at all.
FURNITURE = st.sampled_from(["Advertisement", "Read more: India says", "Share this article", "Reuters",
                             "Photo: AFP", "Top Stories", "Also Read", "Follow us on X", "___.", ""])
ANY_LINE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=80)
LINE = PROSE | FURNITURE | ANY_LINE
SEPARATOR = st.sampled_from(["\n", "\n\n", "\n\n\n", "\n \n"])


@st.composite
def documents(draw) -> tuple[str, list[str]]:
    lines = draw(st.lists(LINE, min_size=1, max_size=14))
    seps = [draw(SEPARATOR) for _ in lines]
    return "".join(line + sep for line, sep in zip(lines, seps, strict=True)), lines


def _article(text: str):
    c = clean(text)
    return c, Article(id="x", doc_name="x", source="x", text=text, clean_text=c.clean_text, offset_map=c.offset_map)


@given(documents())
def test_offset_map_is_exact_and_monotone(doc):
    text, _ = doc
    c, _ = _article(text)
    assert "".join(text[o : o + n] for _, o, n in c.offset_map) == c.clean_text
    pos = orig_end = 0
    for cs, os_, n in c.offset_map:
        assert n > 0 and cs == pos and os_ >= orig_end  # contiguous in clean, increasing in original
        pos, orig_end = cs + n, os_ + n


@given(documents(), st.data())
def test_every_cleaned_span_maps_back_to_the_same_words(doc, data):
    text, _ = doc
    c, art = _article(text)
    if not c.clean_text:
        return
    a = data.draw(st.integers(0, len(c.clean_text) - 1))
    b = data.draw(st.integers(a + 1, len(c.clean_text)))
    start, end = art.to_original(a, b)
    words = c.clean_text[a:b].split()
    orig = text[start:end]
    pos = 0
    for w in words:  # the same words, in the same order (removed lines may sit between them)
        found = orig.find(w, pos)
        assert found >= 0, (w, orig)
        pos = found + len(w)


@given(documents())
def test_no_content_line_is_lost(doc):
    text, lines = doc
    c, _ = _article(text)
    prose = [ln for ln in lines if len(ln.split()) >= 30 and ln.endswith(".")]
    for line in set(prose):  # every copy of every prose line stays (only a headline's repeat may go)
        assert c.clean_text.count(line) >= lines.count(line)


def test_regression_a_repeated_paragraph_after_furniture_is_not_a_headline():
    """Found by `make fuzz`: the first kept line was a prose paragraph, and its repeat was dropped."""
    para = "The the army said the the border " * 5 + "talks."
    text = f"Advertisement\n{para}\n{para}\n"
    assert clean(text).clean_text.count(para) == 2
