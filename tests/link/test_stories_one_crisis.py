"""Stories when the store holds one crisis only: the relative floor (RELATIVE_FACTOR x each
article's median cosine to the store) is capped at RELATIVE_CAP, so one incident's reports by
different outlets still join, while two incidents of the crisis on adjacent days stay apart; and
a pair at the threshold whose leads name one specific place needs no floor at all
(stories.PLACE_WAIVES_FLOOR, link.story_places). Texts and vectors composed for the test: an
invented highland conflict between Corvia and Tamberg (invented towns and outlets), and a
composed Tigray-like conflict whose towns (Adwa, Alamata) are real gazetteer entries."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.link import stories, vectors


def _unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def _axis(dim: int, k: int, crisis: float, incident: float, at: int | None) -> np.ndarray:
    """crisis x the crisis direction (0) + incident x an incident's direction (at) + the rest on k."""
    v = np.zeros(dim, dtype=np.float32)
    v[0] = crisis
    if at is not None:
        v[at] = incident
    v[k] = np.sqrt(max(0.0, 1.0 - crisis ** 2 - incident ** 2))
    return _unit(*v)


DIM = 24


def _store_of_one_crisis() -> stories.ClusterState:
    """A state whose reference sample is eight earlier articles of the same crisis (median
    cosine of the new reports to them ~0.20, so 1.5 x it is ~0.30)."""
    state = stories.ClusterState(dim=DIM)
    state.reference = [_axis(DIM, 10 + k, 0.45, 0.0, None) for k in range(8)]
    return state


def _reports() -> list[stories.Item]:
    """Three outlets' reports of one incident (pairwise cosine ~0.28) on day 100, and two of
    another incident on day 101 (cosine ~0.20 to the first incident's reports)."""
    first = [stories.Item(f"a{k}", 100, _axis(DIM, 3 + k, 0.45, 0.28, 1), None, o)
             for k, o in enumerate(("Hill Wire", "Corvia Times", "Tamberg Voice"))]
    second = [stories.Item(f"b{k}", 101, _axis(DIM, 6 + k, 0.45, 0.28, 2), None, o)
              for k, o in enumerate(("Hill Wire", "Tamberg Voice"))]
    return first + second


def _stories(state: stories.ClusterState) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, sid in zip(state.ids, state.story, strict=True):
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


WANTED = {frozenset({"a0", "a1", "a2"}), frozenset({"b0", "b1"})}


def test_one_incident_across_three_outlets_joins_in_a_store_of_one_crisis():
    state = _store_of_one_crisis()
    stories.cluster(state, _reports())
    assert _stories(state) == WANTED


def test_uncapped_the_floor_blocked_every_link_of_the_incident(monkeypatch):
    """Why the cap: with the factor alone the same reports stay five stories of one article."""
    monkeypatch.setattr(stories, "RELATIVE_CAP", 0.0)
    state = _store_of_one_crisis()
    stories.cluster(state, _reports())
    assert len(_stories(state)) == 5


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4), (4, 3, 2, 1, 0), (2, 4, 0, 3, 1)])
def test_one_at_a_time_in_any_order_gives_the_same_stories(order):
    state = _store_of_one_crisis()
    items = _reports()
    for k in order:
        stories.cluster(state, [items[k]])
        state.reference = [*state.reference, items[k].vec]
    assert _stories(state) == WANTED


def test_the_cap_never_lowers_a_floor_below_it():
    """In a mixed store baselines are low (BASIL ~0.03): the factor's floor is kept as it is."""
    base = np.asarray([0.02, 0.1, 0.3])
    floor = stories._floor(base, base)
    assert floor[0, 1] == pytest.approx(stories.RELATIVE_FACTOR * 0.1)
    assert floor[2, 2] == pytest.approx(min(stories.RELATIVE_FACTOR * 0.3, stories.RELATIVE_CAP))


TEXTS = [  # (id, outlet, day, text): two incidents at two towns on adjacent days, one crisis
    ("k1", "Hill Wire", 200, "Three traders killed as shells hit Kessel market. Artillery shells struck the market "
     "square of Kessel before dawn, killing three traders and wounding eleven, the Kessel district office said. "
     "Corvia blamed Tamberg."),
    ("k2", "Corvia Times", 200, "Kessel mourns traders killed in market shelling. Families gathered at the Kessel "
     "hospital where eleven wounded traders were treated after shells set the market stalls ablaze."),
    ("k3", "Tamberg Voice", 200, "Tamberg denies shelling Kessel market. The defence ministry said its guns did not "
     "fire on the Kessel market square, where Corvia says three traders died at dawn."),
    ("o1", "Hill Wire", 201, "Two soldiers captured in Orlin bridge ambush. A Tamberg patrol was ambushed near the "
     "Orlin bridge; two soldiers were captured and a truck burned, the Orlin garrison said."),
    ("o2", "Tamberg Voice", 201, "Our soldiers seized at Orlin, army says. Gunmen from Corvia attacked a patrol at the "
     "Orlin bridge crossing and took two of our soldiers, a Tamberg army spokesman said."),
]


def test_two_incidents_of_one_crisis_at_different_towns_on_adjacent_days_stay_apart():
    texts = [t[3] for t in TEXTS]
    df = vectors.document_frequencies(texts)
    items = [stories.Item(aid, day, vectors.article_vector(text, df, len(texts)), None, outlet)
             for aid, outlet, day, text in TEXTS]
    state = stories.ClusterState(dim=vectors.dimension())
    state.reference = [it.vec for it in items]  # the store is this crisis only
    stories.cluster(state, items)
    assert _stories(state) == {frozenset({"k1", "k2", "k3"}), frozenset({"o1", "o2"})}


def _pair_store(places_a: frozenset[str], places_b: frozenset[str], monkeypatch) -> stories.ClusterState:
    """Two reports at cosine ~0.24 (threshold 0.21) in a store whose medians (~0.20) put the
    floor at the cap, held at 0.26 here (the setting was 0.26 when these vectors were composed;
    at 0.22 the pair would pass the floor on its cosine): only a shared place can link them."""
    monkeypatch.setattr(stories, "RELATIVE_CAP", 0.26)
    state = _store_of_one_crisis()
    items = [stories.Item("x", 100, _axis(DIM, 3, 0.45, 0.18, 1), None, "Hill Wire", places_a),
             stories.Item("y", 100, _axis(DIM, 4, 0.45, 0.18, 1), None, "Corvia Times", places_b)]
    stories.cluster(state, items)
    return state


def test_two_reports_naming_one_town_link_under_the_floor(monkeypatch):
    state = _pair_store(frozenset({"Kessel|CRV"}), frozenset({"Kessel|CRV", "Vessa|CRV"}), monkeypatch)
    assert _stories(state) == {frozenset({"x", "y"})}


def test_reports_naming_different_towns_or_none_stay_under_the_floor(monkeypatch):
    assert len(_stories(_pair_store(frozenset({"Kessel|CRV"}), frozenset({"Orlin|CRV"}), monkeypatch))) == 2
    assert len(_stories(_pair_store(frozenset(), frozenset(), monkeypatch))) == 2


def test_the_waiver_off_keeps_the_floor(monkeypatch):
    monkeypatch.setattr(stories, "PLACE_WAIVES_FLOOR", False)
    assert len(_stories(_pair_store(frozenset({"Kessel|CRV"}), frozenset({"Kessel|CRV"}), monkeypatch))) == 2


def test_lead_places_are_towns_below_the_state_written_as_names_not_outlets():
    from crisislens.link import story_places

    found = story_places.lead_places(
        "Shelling hits Alamata market",
        "Artillery struck the market in Alamata and near Dessie on Monday, officials in Addis Ababa said.\n\n"
        "Ethiopia blamed the rebels. - Adwa Herald",
        frozenset({story_places.fold_outlet("Adwa Herald"), story_places.fold_outlet("Adwa")}),
    )
    # not the capital, the state, or the outlet's name; each with the kinds its clauses name
    assert found == {"Alamata|ETH|ground+strike", "Dessie|ETH|ground+strike"}
    assert story_places.lead_places(None, "shelling near alamata and dessie") == frozenset()


ETHIOPIA = [  # (doc, outlet, day, title, text): a store of one crisis (a week earlier), then two incidents a day apart
    ("s1.txt", "Rift Wire", "2026-02-26", "Truce talks stall",
     "Federal forces and Tigrayan fighters traded accusations as talks stalled; the government said rebels broke the truce."),
    ("s2.txt", "Highland Post", "2026-02-26", "Troops mass on the border",
     "Rebel commanders said federal troops massed near the regional border, and the government denied breaking the truce."),
    ("a1.txt", "Rift Wire", "2026-03-03", "Shells hit Adwa market, killing six",
     "Artillery shells struck the central market of Adwa on Monday, killing six traders, hospital staff said."),
    ("a2.txt", "Highland Post", "2026-03-03", "Six dead in Adwa as shelling hits traders",
     "Rebel spokesmen denied firing on Adwa and said federal troops shelled the town, where six people died."),
    ("a3.txt", "Horn Daily", "2026-03-03", "Market shelling in Adwa",
     "Residents of Adwa buried six traders after a dawn bombardment of the market; both sides traded blame."),
    ("b1.txt", "Rift Wire", "2026-03-04", "Drone strike on Alamata fuel depot",
     "A drone destroyed a fuel depot outside Alamata on Tuesday, the government said, calling it a rebel supply site."),
    ("b2.txt", "Horn Daily", "2026-03-04", "Fuel depot burns near Alamata",
     "Rebels said a federal drone hit a civilian fuel depot near Alamata; the government said it struck fighters."),
]


def test_update_links_one_incident_across_three_outlets_and_keeps_the_next_days_apart(tmp_path, mk):
    from crisislens.link import update

    arts = {doc: mk.article(doc, f"{title}\n\n{text}", outlet, day, title) for doc, outlet, day, title, text in ETHIOPIA}
    store = mk.store(tmp_path / "one_crisis.duckdb")
    mk.write_articles(store, [arts["s1.txt"], arts["s2.txt"]])
    update(store)
    mk.write_articles(store, [a for d, a in arts.items() if not d.startswith("s")])
    update(store)
    rows = store.df("SELECT article_id, story_id FROM story_articles").itertuples(index=False, name=None)
    doc_of = {a.id: d.split(".")[0] for d, a in arts.items()}
    groups: dict[str, set[str]] = {}
    for aid, sid in rows:
        groups.setdefault(sid, set()).add(doc_of[aid])
    found = {frozenset(g) for g in groups.values()}
    assert found == {frozenset({"a1", "a2", "a3"}), frozenset({"b1", "b2"}), frozenset({"s1"}), frozenset({"s2"})}, found
