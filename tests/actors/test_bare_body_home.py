"""Whose a bare "the army" / "the Interior Ministry" is: a national outlet's own state, else the
dateline's, else the state the article names most; never a body the text qualifies or a body
it has already named with its state. Articles of crises other than the benchmarks'."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.actors.conftest import make_article

from crisislens.actors import outlets

SUDAN_CHAD = (
    "Chadian troops crossed into Sudan on Tuesday. Chad's government said "
    "its soldiers were pursuing rebels, and Chadian officials in N'Djamena denied any attack on "
    "Sudanese forces. The army said it had repelled the Chadian column near the border."
)
UKRAINE = (
    "Russian drones struck Kharkiv overnight and Russian artillery shelled villages near the "
    "border, Moscow's critics said. Russia has stepped up attacks on Ukraine this month, and "
    "Ukrainian officials expect more. The air force said it shot down 40 of the 48 drones."
)
ETHIOPIA_ERITREA = (
    "Eritrean troops massed near the border, Eritrea's neighbours said, and Asmara recalled its "
    "envoys as Eritrean state media warned of war with Ethiopia. The army said it was on alert."
)


@pytest.fixture(scope="module")
def resolve(nlp):
    """Resolve a text as published by an outlet: returns (index, doc)."""
    from crisislens.actors.resolve import build_index

    def run(text: str, outlet: str | None = None, url: str | None = None):
        art = replace(make_article(text), outlet=outlet, url=url)
        doc = nlp(text)
        return build_index(doc, art), doc

    return run


def _actor_at(index, doc, words: str):
    """The actor of the last token of the first place the text writes ``words``."""
    start = doc.text.index(words) + len(words) - 1
    token = next(t for t in doc if t.idx <= start < t.idx + len(t.text))
    return index.actor_for(token)


def test_a_national_papers_bare_army_is_its_own(resolve):
    index, doc = resolve(SUDAN_CHAD, outlet="Sudan Tribune")
    army = _actor_at(index, doc, "The army")
    assert (army.code, army.sector) == ("SDN", "MIL")
    assert "home of the outlet 'Sudan Tribune'" in army.how


def test_the_same_story_with_no_outlet_keeps_the_state_named_most(resolve):
    index, doc = resolve(SUDAN_CHAD)
    army = _actor_at(index, doc, "The army")
    assert army.code == "TCD" and "the state the article is about" in army.how


def test_outlet_names_match_leniently():
    assert outlets.find("THE EXPRESS TRIBUNE").home == "PAK"
    assert outlets.find("Express Tribune").home == "PAK"
    assert outlets.find("dawn.com").name == "Dawn"
    assert outlets.find("https://www.dawn.com/news/1912345").home == "PAK"
    assert outlets.find(None, url="https://www.thehindu.com/news/national/x.ece").home == "IND"
    assert outlets.find("Some Blog", url="https://sports.ndtv.com/cricket").name == "NDTV"


def test_wire_agencies_have_no_home_and_shared_names_settle_nothing():
    assert outlets.find("Reuters").home is None
    assert outlets.find("reuters.com").home is None
    assert outlets.find("The Associated Press").home is None
    assert outlets.find("The Nation") is None  # Pakistan's, Nigeria's, Thailand's, America's
    assert outlets.find(None) is None


def test_a_wire_datelined_in_one_capital_speaks_for_its_host(resolve):
    index, doc = resolve("KYIV, March 3 (Reuters) - " + UKRAINE, outlet="Reuters")
    air_force = _actor_at(index, doc, "The air force")
    assert (air_force.code, air_force.sector) == ("UKR", "MIL")
    assert "state of the dateline 'KYIV'" in air_force.how


def test_the_same_wire_without_a_dateline_guesses_no_side(resolve):
    """Without the dateline the text names Russia four times and Ukraine three (Kharkiv, a
    town, counts as naming its state): no state dominates, so "the air force" gets no code.
    Before the towns counted, Russia dominated and the Ukrainian air force was coded RUS."""
    index, doc = resolve(UKRAINE, outlet="Reuters")
    assert _actor_at(index, doc, "The air force").code is None


def test_a_wire_with_no_dateline_takes_the_state_named_most(resolve):
    index, doc = resolve(ETHIOPIA_ERITREA, outlet="Agence France-Presse")
    army = _actor_at(index, doc, "The army")
    assert army.code == "ERI" and "the state the article is about" in army.how


def test_a_dateline_the_story_is_not_about_settles_nothing(resolve):
    index, doc = resolve("WASHINGTON (AP) - " + ETHIOPIA_ERITREA, outlet="AP")
    assert _actor_at(index, doc, "The army").code == "ERI"  # not the United States'


def test_a_national_paper_on_another_countrys_war_is_not_the_home(resolve):
    index, doc = resolve(ETHIOPIA_ERITREA, outlet="Dawn")
    assert _actor_at(index, doc, "The army").code == "ERI"  # Pakistan is not in the story


def test_a_body_the_text_qualifies_keeps_its_state(resolve):
    text = (
        "Azerbaijan's Defence Ministry said Armenian units fired on its positions, a claim Armenia "
        "denied. Armenian officials said Armenian villages were shelled. The defence ministry said "
        "its units returned fire."
    )
    index, doc = resolve(text, outlet="Armenpress")
    assert _actor_at(index, doc, "Azerbaijan's Defence Ministry").code == "AZE"
    later = _actor_at(index, doc, "The defence ministry")
    assert later.code == "AZE" and not later.how  # the body the text already named


def test_a_dateline_after_the_headline_is_the_dateline(resolve):
    text = "Eritrea masses troops on the border\n\nADDIS ABABA, Jan 5 (Reuters) - " + ETHIOPIA_ERITREA.replace(
        "with Ethiopia.", "with Ethiopia. Ethiopian officials said talks had failed."
    )
    index, doc = resolve(text, outlet="Reuters")
    army = _actor_at(index, doc, "The army")
    assert army.code == "ETH" and "state of the dateline 'ADDIS ABABA'" in army.how
    assert not any(m.text == "ADDIS ABABA" for m in index.mentions())  # where the reporter filed


def test_an_outlet_the_table_lacks_is_placed_by_its_name():
    assert outlets.find("The Moscow Times") is None
    assert outlets.named_home("The Moscow Times") == ("RUS", "moscow")
    assert outlets.named_home("New York Post")[0] == "USA"  # the longest place: "New York"
    assert outlets.named_home("Global Wire Service") is None  # no place in the name
    assert outlets.named_home("Armenia-Azerbaijan Monitor") is None  # two states
    assert outlets.named_home("moscowtimes.com") is None  # a domain is no name


def test_a_paper_named_for_its_city_speaks_for_its_state(resolve):
    index, doc = resolve(UKRAINE, outlet="The Moscow Times")
    air_force = _actor_at(index, doc, "The air force")
    assert air_force.code == "RUS" and "named for 'moscow'" in air_force.how
    index, doc = resolve(UKRAINE.replace("Ukrainian officials expect", "Ukrainian officials in Kyiv expect"),
                         outlet="Kyiv Evening Observer")
    assert _actor_at(index, doc, "The air force").code == "UKR"  # RUS named most, the paper is Ukrainian
