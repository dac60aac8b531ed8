"""A bare legislature ("the Senate", "the legislature", "the lower house") is the article's state,
as a bare "the government" is: only when one state clearly dominates the article. A legislature
qualified by its state keeps it; one named for one state alone (the Rada, the Knesset) is that
state's wherever it is written. Sentences written for these tests, none from a benchmark."""

from __future__ import annotations

import pytest


def body(resolve_text, text: str, word: str, nth: int = 0):
    """(code, sector) of the actor on the ``nth`` token reading ``word``."""
    index, doc, _ = resolve_text(text)
    tok = [t for t in doc if t.text == word][nth]
    actor = index.actor_for(doc[tok.i : tok.i + 1])
    return (actor.code, actor.sector) if actor is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # one state named, another once: the dominant one (3 mentions and twice any other)
        ("Kenya's president spoke in Nairobi. Kenyan police fired tear gas. Kenya's finance minister "
         "resigned. Uganda sent a delegation. The Senate rejected the finance bill.", "Senate", "KEN"),
        ("Sudan's army said Sudan would not negotiate. Sudanese officials and Egyptian officials met in "
         "Port Sudan. Egypt's foreign minister spoke. The legislature was suspended.", "legislature", "SDN"),
        ("Peruvian police cleared the roads. Peru's president spoke in Lima. The lower house voted to "
         "impeach her.", "house", "PER"),
        ("Iranian officials said Iran would respond. Iran's president spoke in Tehran. The Majlis "
         "approved the budget.", "Majlis", "IRN"),
    ],
)
def test_a_bare_legislature_takes_the_dominant_state(resolve_text, text, word, code):
    assert body(resolve_text, text, word) == (code, "LEG")


def test_a_qualified_legislature_keeps_its_state(resolve_text):
    text = ("Nepal's prime minister spoke in Kathmandu. Nepalese police clashed with protesters. Nepal "
            "recalled its envoy. India's Lok Sabha debated the border. The U.S. Senate approved aid to Nepal.")
    assert body(resolve_text, text, "Sabha") == ("IND", "LEG")
    assert body(resolve_text, text, "Senate") == ("USA", "LEG")
    assert body(resolve_text, "Pakistan's National Assembly passed the budget in Islamabad.", "Assembly") == ("PAK", "LEG")


def test_a_bare_legislature_of_an_article_about_two_states_stays_unresolved(resolve_text):
    text = ("Armenia and Azerbaijan signed a peace deal. Armenia's prime minister met Azerbaijan's president. "
            "Armenian and Azerbaijani officials met. The parliament must ratify it.")
    assert body(resolve_text, text, "parliament")[0] is None
    assert body(resolve_text, "The Senate passed the bill on Tuesday.", "Senate")[0] is None


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # named for one state: that state's even in an article about another
        ("Russian drones struck Kyiv. Russia's defence ministry said Russia would continue. The Rada "
         "approved the mobilisation law.", "Rada", "UKR"),
        ("Iranian officials said Iran would respond to Israel. The Knesset passed the budget.", "Knesset", "ISR"),
        ("Russian officials in Moscow said Russia would respond. The Duma approved the budget.", "Duma", "RUS"),
    ],
)
def test_a_legislature_named_for_its_state_is_that_states(resolve_text, text, word, code):
    assert body(resolve_text, text, word) == (code, "LEG")
