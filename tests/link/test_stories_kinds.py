"""Stories within one crisis: the kind of happening a lead names (vectors.lead_kinds, the kind marks
of the vector) and stories.KIND_APART (leads naming kinds, none shared, are not linked). Texts
composed for the tests, about crises other than the practice sets' (Ukraine, Sudan, Myanmar,
Yemen, DR Congo, Gaza); outlets invented."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.link import stories, vectors


@pytest.mark.parametrize(("text", "kinds"), [
    ("Russian shelling kills three in Kharkiv\n\nArtillery fire hit a market in Kharkiv on Monday, "
     "killing three people and wounding nine, the regional governor said.", {"ground"}),
    ("RSF drones strike Port Sudan airport\n\nDrones struck the airport and a fuel depot in Port Sudan "
     "early on Sunday, the army said, in the first attack on the city since the war began.", {"drone", "strike"}),
    ("Junta detains 40 after Mandalay protest\n\nSoldiers arrested 40 people in Mandalay on Friday after a "
     "flash protest against conscription, residents and a rights group said.", {"arrest"}),
    ("Houthis and Saudi envoys resume talks in Muscat\n\nHouthi negotiators and Saudi envoys met in Muscat "
     "on Tuesday for a second round of talks on prisoner exchanges, Omani officials said.", {"diplomacy"}),
    ("M23 and Kinshasa agree truce in Doha\n\nThe M23 rebels and the Congolese government signed a ceasefire "
     "in Doha on Saturday, to take effect at midnight, Qatari mediators said.", {"ceasefire"}),
])
def test_a_lead_names_its_kind_of_happening(text, kinds):
    assert vectors.lead_kinds(text) == kinds


def test_only_the_lead_counts_and_words_must_be_whole():
    """The kinds of the background paragraphs are no kind of this report; 'jetty' is no jet and
    battlefield capture is no arrest (CAMEO 173 is legal arrest and detention)."""
    text = ("Fighters overrun army base near Sake\n\nRebels captured 30 soldiers at a base near the jetty at "
            "Sake on Thursday, a local official said, describing the base as abandoned.\n\n"
            "Last week drones struck Goma airport and shelling killed 12 in Minova.")
    assert vectors.lead_kinds(text) == frozenset()


def test_two_words_in_a_row_make_a_kind_and_apart_they_do_not():
    assert vectors.lead_kinds("Air battle over Sanaa\n\nTwo coalition planes in an air battle over Sanaa "
                              "on Friday, the Houthis said, were hit by fire from the ground.") == {"aircraft"}
    assert vectors.lead_kinds("Air quality worsens in Khan Younis\n\nThe battle over water trucks in Khan "
                              "Younis grew on Friday as heat rose, aid workers said on the quay.") == frozenset()


def test_the_kind_marks_are_read_from_the_vector_and_hardly_move_the_cosine():
    texts = ["Russian shelling kills three in Kharkiv\n\nArtillery fire hit a market in Kharkiv on Monday, "
             "killing three people, the governor said.",
             "Three killed at Kharkiv market\n\nThree people were killed at a market in Kharkiv on Monday, "
             "the governor said, blaming Russia."]
    df = vectors.document_frequencies(texts)
    a, b = (vectors.article_vector(t, df, 2) for t in texts)
    marks = a[vectors.kind_slots()]
    assert (marks > 0).sum() == 1 and marks[vectors.kind_names().index("ground")] > 0
    assert not (b[vectors.kind_slots()] > 0).any()
    at = vectors.kind_slots()
    plain = float(a[:at.start] @ b[:at.start]) / float(np.linalg.norm(a[:at.start]) * np.linalg.norm(b[:at.start]))
    cos = float(a @ b) / float(np.linalg.norm(a) * np.linalg.norm(b))
    assert abs(cos - plain) < 1e-3


# One crisis's reports share their background (both sides, their commanders, last week's toll), so
# reports of two incidents a day apart are as close in words as two reports of one incident.
BG = ("The war between Myanmar's junta and the ethnic armed groups of Shan State has displaced hundreds of "
      "thousands since October, and the junta chief Min Aung Hlaing has ordered conscription; last week "
      "fighting around Lashio killed dozens, the Ta'ang National Liberation Army said.")
CRISIS = [  # (id, outlet, day, text)
    ("s1", "Irrawaddy Wire", 200, "Junta air strike hits Lashio market\n\nA junta jet bombed the central market "
     "of Lashio on Tuesday, killing eleven people, residents said.\n\n" + BG),
    ("s2", "Shan Herald", 200, "Eleven dead as bombs fall on Lashio market\n\nMilitary aircraft struck the "
     "market of Lashio in Shan State on Tuesday and eleven people died, a rescue group said.\n\n" + BG),
    ("r1", "Mandalay Post", 201, "Junta arrests eleven Lashio traders\n\nSoldiers arrested eleven traders of "
     "the Lashio market on Wednesday, accusing them of supplying the TNLA, relatives said.\n\n" + BG),
]


def _items(arts):
    texts = [a[3] for a in arts]
    df = vectors.document_frequencies(texts)
    return [stories.Item(i, d, vectors.article_vector(t, df, len(texts)), None, o) for i, o, d, t in arts]


def _stories(arts) -> set[frozenset[str]]:
    rows = stories.cluster(stories.ClusterState(dim=vectors.dimension()), _items(arts))
    out: dict[str, set[str]] = {}
    for sid, aid, _sim in rows:
        out.setdefault(sid, set()).add(aid)
    return {frozenset(v) for v in out.values()}


def test_reports_of_different_kinds_are_not_linked_but_of_one_kind_are(monkeypatch):
    assert _stories(CRISIS) == {frozenset({"s1", "s2"}), frozenset({"r1"})}
    monkeypatch.setattr(stories, "KIND_APART", False)
    assert _stories(CRISIS) == {frozenset({"s1", "s2", "r1"})}  # the shared background chains them


def test_a_lead_naming_no_kind_or_several_keeps_its_links():
    """An analysis whose lead names no kind, and a roundup whose lead names the strike and the
    arrests, still join the reports they are close to (the rule only cuts leads that disagree)."""
    analysis = ("r2", "Frontier Review", 201, "What Lashio tells us about the junta's war\n\nFor the "
                "traders of Lashio market the week has brought one blow after another, residents said on "
                "Wednesday, as the junta tightens its grip.\n\n" + BG)
    roundup = ("s3", "Yangon Wire", 201, "Lashio: market bombed, traders arrested\n\nA day after a junta "
               "air strike killed eleven at the Lashio market, soldiers arrested eleven of its traders, "
               "residents said.\n\n" + BG)
    for extra in (analysis, roundup):
        items = _items([*CRISIS, extra])
        rows, cols, _sims = stories._candidate_arrays(np.zeros((0, vectors.dimension())),
                                                      np.stack([it.vec / np.linalg.norm(it.vec) for it in items]),
                                                      np.asarray([it.day for it in items]), np.arange(len(items)),
                                                      0.0, np.zeros(len(items)), np.zeros(len(items)))
        pairs = {(items[r].article_id, items[c].article_id) for r, c in zip(rows.tolist(), cols.tolist(), strict=True)}
        assert ("r1", "s1") not in pairs and ("r1", "s2") not in pairs
        assert {(extra[0], "s1"), (extra[0], "r1")} <= pairs


def _u(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


# x is like every other report of its store (median cosine 0.3: a floor of RELATIVE_CAP), y is not
# (0.065); their pair (0.215) is above the threshold but under x's floor.
X, Y = _u(1, 0, 0, 0), _u(0.215, 0.977, 0, 0)
STORE = [_u(0.3, 0, 0.954, 0), _u(0.3, 0, 0, 0.954), _u(0.3, 0, -0.954, 0)]


def _sizes(state: stories.ClusterState) -> list[int]:
    return sorted(state.story.count(s) for s in set(state.story))


def test_a_stored_articles_floor_is_taken_against_the_store_as_it_is_now(monkeypatch):
    """x linked first, into an empty store (no baseline), then the store's other reports, then y:
    the pair's floor is x's against the store now, as when x and y come in one batch."""
    assert stories.STORY_THRESHOLD < float(X @ Y) < stories.RELATIVE_CAP
    batch = stories.ClusterState(dim=4)
    batch.reference = list(STORE)
    stories.cluster(batch, [stories.Item("x", 100, X), stories.Item("y", 100, Y)])

    def one_at_a_time() -> list[int]:
        state = stories.ClusterState(dim=4)
        stories.cluster(state, [stories.Item("x", 100, X)])
        for k, v in enumerate(STORE):
            state.reference = list(state.vecs)
            stories.cluster(state, [stories.Item(f"r{k}", 140, v)])  # out of the window: a reference only
        state.reference = list(state.vecs)
        stories.cluster(state, [stories.Item("y", 100, Y)])
        return _sizes(state)

    assert _sizes(batch) == [1, 1]
    assert one_at_a_time() == [1, 1, 1, 1, 1]
    monkeypatch.setattr(stories, "_stored_baselines", lambda state, stored, ref: np.asarray(state.baselines))
    assert one_at_a_time() == [1, 1, 1, 2]  # x's baseline of an empty store: no floor, a link


def test_two_articles_and_no_store_have_no_floor():
    """With only the pair itself to compare with, a median would be the pair's own cosine."""
    state = stories.ClusterState(dim=4)
    stories.cluster(state, [stories.Item("x", 100, X), stories.Item("y", 100, Y)])
    assert state.baselines == [0.0, 0.0] and _sizes(state) == [2]
