"""Stories within one crisis: the lead part of the vector (vectors.LEAD_SHARE), a wire copy kept
from its agency's other days (stories._copy_outlets), provinces of unknown level out of a lead's
places (story_places._generated_province), and the lower bar for a shared lead place in a store of
one crisis only (stories._place_bar). Texts composed for the tests, about crises other than the
practice sets' (Sudan, Myanmar, Ukraine, Afghanistan); outlets invented."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.link import stories, story_places, vectors

# Background paragraphs: each outlet writes its own and reuses it (the same two sides, the same
# commanders, the last incident's toll), and the next day's reports retell the day before's incident.
# The leads are where the reports of two incidents differ.
BG_WIRE = ("The war between the Sudanese army and the Rapid Support Forces has killed tens of thousands since "
           "April 2023; army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo reject talks.")
BG_DAILY = ("Burhan's army and Dagalo's paramilitary RSF have fought since April 2023, and talks in Jeddah "
            "collapsed; the UN says famine is spreading.")
BG_HERALD = ("Fighting between the army of General Burhan and the RSF of Dagalo has displaced millions since "
             "April 2023, and aid convoys are blocked.")
DEPOT = "a drone set the Kosti fuel depot ablaze on Tuesday, killing four workers"
SUDAN = [  # (id, outlet, day, text): a drone strike on a fuel depot, the next day arrests in another city
    ("d1", "Nile Wire", 100, "Drone strike sets Kosti fuel depot ablaze\n\nBy Staff\n\n"
     "A drone struck the main fuel depot in Kosti before dawn on Tuesday, setting storage tanks ablaze and "
     "killing four workers, the depot's manager said.\n\n" + BG_WIRE),
    ("d2", "Khartoum Daily", 100, "Kosti fuel tanks burn after drone attack\n\n"
     "Fire crews fought for hours to contain the blaze at the Kosti depot after a drone hit its fuel tanks "
     "at dawn, and four workers died, officials said.\n\n" + BG_DAILY),
    ("a1", "Port Sudan Herald", 101, "Army arrests twelve in Atbara over alleged RSF cell\n\n"
     "Military intelligence detained twelve men in Atbara accused of passing the positions of army units "
     "to the paramilitary, a security source said on Wednesday.\n\n"
     f"The arrests came a day after {DEPOT}. " + BG_HERALD),
    ("a2", "Khartoum Daily", 101, "Twelve detained in Atbara spy sweep\n\n"
     "Security forces rounded up twelve suspects in Atbara whom they accuse of spying for the "
     "paramilitary, relatives of the detained men said.\n\n"
     f"On Tuesday {DEPOT}, the army said. " + BG_DAILY),
]


def _vectors(texts: list[str]) -> list[np.ndarray]:
    df = vectors.document_frequencies(texts)
    out = [vectors.article_vector(t, df, len(texts)) for t in texts]
    return [v / np.linalg.norm(v) for v in out]


def _margin(arts: list[tuple[str, str, int, str]]) -> float:
    """Weakest cosine within an incident minus the strongest across the two incidents (of
    different outlets: one outlet's two days are never linked, stories.OWN_OUTLET_SAME_DAY)."""
    vecs = dict(zip([a[0] for a in arts], _vectors([a[3] for a in arts]), strict=True))
    within = min(float(vecs["d1"] @ vecs["d2"]), float(vecs["a1"] @ vecs["a2"]))
    across = max(float(vecs[x] @ vecs[y]) for x, y in (("d1", "a1"), ("d1", "a2"), ("d2", "a1")))
    return within - across


def test_the_lead_tells_two_incidents_apart_when_the_background_is_shared(monkeypatch):
    with_lead = _margin(SUDAN)
    monkeypatch.setattr(vectors, "LEAD_SHARE", 0.0)
    whole_text = _margin(SUDAN)
    assert with_lead > 0 and with_lead > whole_text + 0.05


def test_a_store_of_one_crisis_keeps_its_two_incidents_apart():
    vecs = _vectors([a[3] for a in SUDAN])
    state = stories.ClusterState(dim=vectors.dimension())
    state.reference = vecs  # the store is this crisis only
    stories.cluster(state, [stories.Item(a[0], a[2], v, None, a[1]) for a, v in zip(SUDAN, vecs, strict=True)])
    found: dict[str, set[str]] = {}
    for aid, sid in zip(state.ids, state.story, strict=True):
        found.setdefault(sid, set()).add(aid)
    assert {frozenset(s) for s in found.values()} == {frozenset({"d1", "d2"}), frozenset({"a1", "a2"})}


@pytest.mark.parametrize(("text", "lead"), [
    # headline, a byline and a dateline skipped, the first paragraph of sentences
    ("Junta jets bomb Lashio market\n\nBy A. Reporter and B. Writer\n\nYANGON\n\n"
     "Military jets bombed the central market of Lashio on Sunday, killing nine vendors, residents said.\n\n"
     "The junta denied it.",
     "Junta jets bomb Lashio market\n"
     "Military jets bombed the central market of Lashio on Sunday, killing nine vendors, residents said."),
    # no headline line of its own: the first paragraph, then the next one of sentences
    ("Shelling hit Kherson overnight, officials said, and two people were wounded in their homes.\n\n"
     "Russia said it struck military targets in the city and along the river bank near the port.",
     "Shelling hit Kherson overnight, officials said, and two people were wounded in their homes.\n"
     "Russia said it struck military targets in the city and along the river bank near the port."),
])
def test_the_lead_is_the_headline_and_the_first_paragraph(text, lead):
    assert vectors.lead_text(text) == lead


def test_an_unparagraphed_text_leads_with_its_first_words_not_all_of_it():
    text = " ".join(f"word{k}" for k in range(500))
    assert vectors.lead_text(text).split() == text.split()[: vectors.LEAD_MAX_WORDS]


def test_the_lead_line_keeps_the_paragraphs_first_word_from_reading_as_a_name():
    lead = vectors.lead_text("Taliban gunmen attack a checkpoint in kandahar\n\n"
                             "Gunmen attacked a police checkpoint outside the city on Friday night, killing three officers.")
    assert "gunmen" not in vectors.named_words(lead)


def _unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def _stories(state: stories.ClusterState) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, sid in zip(state.ids, state.story, strict=True):
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_a_wire_copy_under_another_masthead_is_kept_from_the_wires_other_days():
    """The agency's report of day 100, a paper's word-for-word copy of its report of day 101: the
    copy is the agency's writing and does not link to the agency's day-100 report on their likeness."""
    state = stories.ClusterState(dim=3)
    stories.cluster(state, [stories.Item("wire_am", 100, _unit(1, 0, 0), None, "Steppe Wire"),
                            stories.Item("wire_next", 101, _unit(0.9, 0.3, 0), "wire_next", "Steppe Wire"),
                            stories.Item("paper_copy", 101, _unit(0.9, 0.3, 0), "wire_next", "Kyiv Ledger")])
    assert _stories(state) == {frozenset({"wire_am"}), frozenset({"wire_next", "paper_copy"})}


def test_a_copy_of_another_outlet_and_a_same_day_copy_still_link():
    state = stories.ClusterState(dim=3)
    stories.cluster(state, [stories.Item("wire_am", 100, _unit(1, 0, 0), None, "Steppe Wire"),
                            stories.Item("other", 101, _unit(0.9, 0.3, 0), "other", "Dnipro Post"),
                            stories.Item("copy", 101, _unit(0.9, 0.3, 0), "other", "Kyiv Ledger"),
                            stories.Item("same_day_copy", 100, _unit(0.95, 0.1, 0.1), None, "Kyiv Ledger")])
    assert len(_stories(state)) == 1


def test_a_copy_whose_first_article_is_not_in_the_state_has_its_own_outlet_only():
    codes = np.asarray([0, 1])
    rows = stories._copy_outlets(["a", "b"], [None, "gone"], codes)
    assert rows.tolist() == [[0, 0], [1, 1]]


@pytest.mark.parametrize(("lead", "places"), [
    ("Airstrikes hit Sagaing villages as fighting spreads near Lashio", set()),  # a region, not Lashio's
    ("Clashes in Helmand as Taliban fighters attack Lashkar Gah", {"Lashkar Gāh|AFG"}),
    ("Refugees reach Kassala from Gedaref camps", {"Kassala|SDN"}),
])
def test_a_province_in_a_states_list_of_places_is_no_leads_place(lead, places):
    found = set(story_places.place_kinds(story_places.lead_places(lead, "")))
    assert found >= places
    assert not any(p.split("|")[0] in ("Sagaing", "Helmand", "Gedaref") for p in found)


def test_a_city_in_a_states_list_of_places_still_is():
    assert story_places.lead_places("Rebels shell Goma airport", "") == {"Goma|COD"}  # "shell" is no kind word (story_kinds.tsv: shelling, shelled, shells)
    assert story_places.lead_places("Gunmen storm Kandahar checkpoint", "") == {"Kandahar|AFG"}


def _pair(state: stories.ClusterState, places: frozenset[str]) -> set[frozenset[str]]:
    """Two reports at cosine ~0.15 (under the threshold) naming the given places."""
    a, b = _unit(1, 0, 0, 0), _unit(0.15, 0.9887, 0, 0)
    stories.cluster(state, [stories.Item("x", 100, a, None, "Nile Wire", places),
                            stories.Item("y", 100, b, None, "Port Sudan Herald", places)])
    return _stories(state)


def test_one_place_in_both_leads_links_a_weaker_pair_in_a_store_of_one_crisis():
    """Medians to the store ~0.25 put the floor above the threshold: the bar of a shared place is
    PLACE_THRESHOLD."""
    state = stories.ClusterState(dim=4)
    state.reference = [_unit(0.5, 0.5, 0.7, 0.1), _unit(0.4, 0.5, 0.7, 0.3), _unit(0.5, 0.3, 0.8, 0.0),
                       _unit(0.3, 0.4, 0.8, 0.3)]
    assert stories.PLACE_THRESHOLD < 0.15 < stories.STORY_THRESHOLD
    assert _pair(state, frozenset({"Kosti|SDN"})) == {frozenset({"x", "y"})}


def test_in_a_sparse_store_a_shared_place_needs_the_threshold():
    state = stories.ClusterState(dim=4)
    state.reference = [_unit(0, 0, 1, 0), _unit(0, 0, 0, 1), _unit(0, 0, 0.7, 0.7), _unit(0, 0, -0.7, 0.7)]
    assert len(_pair(state, frozenset({"Kosti|SDN"}))) == 2
    assert len(_pair(stories.ClusterState(dim=4), frozenset({"Kosti|SDN"}))) == 2  # no store: no floor
