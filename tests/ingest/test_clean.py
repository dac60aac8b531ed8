"""Cleaning on the real seeds: each kind of page furniture goes, real paragraphs stay, offsets are exact."""

from __future__ import annotations

import random

import pytest

from crisislens.ingest.clean import clean

S000 = "000_a626cb16bde43f97.txt"
S002 = "002_990d20206c8e0fb1.txt"
S003 = "003_004251e0744beef0.txt"


def _lines(article) -> list[str]:
    return [ln.strip() for ln in article.clean_text.split("\n") if ln.strip()]


def test_also_read_lines_removed(seed_articles):
    for name in (S000, S003):
        a = seed_articles[name]
        assert "also read" in a.text.lower()
        assert "also read" not in a.clean_text.lower()
    # the paragraph between two "Also Read" lines stays
    assert any(ln.startswith("“This morning after the attack") for ln in _lines(seed_articles[S000]))


def test_section_rails_and_trailing_related_rail_removed(seed_articles):
    a = seed_articles[S002]
    lines = _lines(a)
    for rail in ("Top Stories", "Comments", "See what people are discussing", "More from World"):
        assert rail in a.text
        assert rail not in lines
    # the related-articles headlines after "More from World" go too
    assert "spreading false news" in a.text
    assert "spreading false news" not in a.clean_text
    # the last real paragraph is the end of the article
    assert lines[-1].startswith("The situation is rapidly intensifying.")


def test_photo_caption_and_lone_credit_removed(seed_articles):
    a = seed_articles[S002]
    lines = _lines(a)
    assert not any("gestures during an interview" in ln for ln in lines)
    assert not any(ln.startswith("A damaged portion of an administration block") for ln in lines)
    assert "Reuters" not in lines
    # prose that names Reuters as a source is not a credit
    kept = clean("Pakistan's army said on Friday it had downed 25 drones, officials told Reuters.\nReuters\n")
    assert kept.clean_text == "Pakistan's army said on Friday it had downed 25 drones, officials told Reuters."


def test_repeated_headline_kept_once(seed_articles):
    a = seed_articles[S002]
    head = "'US leading diplomatic efforts to deescalate deadly Indo-Pak confrontation'"
    assert a.text.count(head) == 2
    assert a.clean_text.count(head) == 1
    assert _lines(a)[0] == head


def test_embedded_post_credit_removed_and_post_text_kept(seed_articles):
    a = seed_articles[S000]
    assert "(@trtworld)" in a.text
    assert "(@trtworld)" not in a.clean_text
    assert "pic.twitter.com" not in a.clean_text
    (span,) = a.embedded_posts
    post = a.clean_text[span[0] : span[1]]
    assert post.startswith("India has done something which is \"not condonable\"")
    assert post.endswith("TRT World's Kamran Yousaf")
    assert a.in_embedded_post(span[0] + 5, span[0] + 40)
    assert not a.in_embedded_post(0, 20)
    # the post's span maps back to the same characters in the original
    s, e = a.to_original(*span)
    assert a.text[s:e] == post


def test_real_paragraphs_all_kept(seed_articles):
    for name in ("001_61afbc4633c98507.txt", "004_ddf334acd5167ce5.txt"):
        a = seed_articles[name]
        original = [ln.strip() for ln in a.text.split("\n") if ln.strip()]
        assert _lines(a) == original, name
    a = seed_articles[S002]
    for para in (
        "Pakistan's Defense Minister Khawaja Asif revealed Thursday",
        "The global West",
        "Global intervention required?",
        "The UK expressed serious concern",
    ):
        assert any(ln.startswith(para) for ln in _lines(a)), para


def test_line_and_paragraph_structure_kept(seed_articles):
    a = seed_articles[S002]
    # paragraphs separated by one blank line, as in the original; no leading/trailing blanks
    assert "\n\n\n" not in a.clean_text
    assert a.clean_text.count("\n\n") == len(_lines(a)) - 1
    assert a.clean_text == a.clean_text.strip()
    b = seed_articles[S000]
    assert "\n\n" not in b.clean_text  # that outlet separates paragraphs with single newlines


@pytest.mark.parametrize("name", [S000, S002, S003, "001_61afbc4633c98507.txt"])
def test_offset_map_is_exact_for_many_spans(seed_articles, name):
    a = seed_articles[name]
    rebuilt = "".join(a.text[o : o + n] for _, o, n in a.offset_map)
    assert rebuilt == a.clean_text
    rng = random.Random(7)
    n = len(a.clean_text)
    boundaries = [cs for cs, _, _ in a.offset_map] + [n]
    starts = [rng.randrange(n) for _ in range(300)] + boundaries[:-1]
    for s in starts:
        for e in {min(n, s + rng.randrange(1, 200)), *(b for b in boundaries if b > s)}:
            if e <= s:
                continue
            os_, oe = a.to_original(s, e)
            # a span that crosses a removed line maps to the whole original stretch;
            # within one segment the characters are identical
            if any(cs <= s and e <= cs + ln for cs, _, ln in a.offset_map):
                assert a.text[os_:oe] == a.clean_text[s:e]
            else:
                assert a.text[os_:oe].startswith(a.clean_text[s : s + 1])
                assert oe - os_ >= e - s


def test_every_sentence_like_span_round_trips(seed_articles):
    """Spans of each kept line (what sentence evidence looks like) map back verbatim."""
    for a in seed_articles.values():
        pos = 0
        for line in a.clean_text.split("\n"):
            if line.strip():
                s, e = a.to_original(pos, pos + len(line))
                assert a.text[s:e] == line
            pos += len(line) + 1


def test_clean_rules_are_general_on_other_real_lines():
    text = (
        "India and Pakistan agreed to a ceasefire on Saturday.\n"
        "ALSO READ | Pakistan closes airspace for Indian airlines\n"
        "Advertisement\n"
        "Follow us on Google News for the latest updates.\n"
        "Indian army soldiers stand guard near the Line of Control in Kashmir, May 9, 2025. REUTERS/Sharafat Ali\n"
        "The agreement was announced by US President Donald Trump.\n"
        "Related Articles\n"
        "India suspends Indus Waters Treaty\n"
        "Pakistan closes Wagah border\n"
    )
    c = clean(text)
    assert c.clean_text == (
        "India and Pakistan agreed to a ceasefire on Saturday.\n"
        "The agreement was announced by US President Donald Trump."
    )
    kinds = {k for k, _ in c.removed}
    assert {"line", "caption", "rail", "rail_item"} <= kinds


def test_rail_heading_does_not_swallow_following_prose():
    prose = (
        "The foreign ministers of the two countries spoke by phone on Saturday afternoon, "
        "officials said, and agreed that military commanders would talk again on Monday to "
        "review the ceasefire along the Line of Control."
    )
    c = clean(f"Ceasefire holds.\nMore from Asia\n{prose}\n")
    assert prose in c.clean_text
    assert "More from Asia" not in c.clean_text


def test_digest_items_credited_in_brackets_are_not_captions():
    digest = (
        "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee refused to ban "
        "all the country’s athletes from participating in Rio. [Reuters]"
    )
    caption = "U.S. soldiers stand guard near the border in Jammu, India, May 9, 2025. REUTERS/Sharafat Ali"
    c = clean(f"{digest}\n{caption}\nThe border stayed closed on Saturday.")
    assert digest in c.clean_text
    assert caption not in c.clean_text


def test_repeated_content_lines_are_kept():
    """Table rows, interview questions and refrains repeat: they are content, not furniture."""
    text = ("Casualties by district\n\nDistrict | Killed\nKotli | 1\nBagh | 1\nKotli | 1\n\n"
            "Q: What happened next?\nThey fired again.\nQ: What happened next?\nWe left.\n")
    assert clean(text).clean_text == text.rstrip("\n")


def test_repeated_rows_after_an_opening_paragraph_are_kept():
    """Only the first kept line can be a headline: a row after an opening paragraph of prose
    is content however often it repeats (regression: it was taken for the headline)."""
    text = ("Shelling hit three districts overnight and the toll was still being counted by "
            "local officials on Thursday morning, with hospitals reporting more arrivals every hour "
            "and roads closed.\nKotli | 1\nBagh | 2\nKotli | 1\n")
    cleaned = clean(text)
    assert cleaned.clean_text.count("Kotli | 1") == 2 and not cleaned.removed


def test_a_second_copy_of_the_headline_is_dropped():
    text = "India and Pakistan agree ceasefire\n\nBoth sides confirmed it.\n\nIndia and Pakistan agree ceasefire\n\nTalks follow."
    cleaned = clean(text)
    assert cleaned.clean_text.count("agree ceasefire") == 1
    assert ("repeat", "India and Pakistan agree ceasefire") in cleaned.removed
