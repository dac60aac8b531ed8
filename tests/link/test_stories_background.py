"""Stories within one crisis: a lead's background phrase ("in connection with", "in retaliation for":
link/data/story_kind_background.tsv) gives no kind (vectors.without_background), and an ambush is
ground fighting (story_kinds.tsv). Texts composed for the tests, about crises other than the
practice sets' (Nigeria, Mali, Colombia, Gaza, Ukraine); outlets invented."""

from __future__ import annotations

import pytest

from crisislens.link import stories, vectors


@pytest.mark.parametrize(("text", "kinds"), [
    # a detention report names the attack it follows from in a background phrase: it is of the detentions
    ("Police hold 14 over Maiduguri market attack\n\nPolice in Borno State have detained 14 people in "
     "connection with Friday's ambush of a convoy near Maiduguri in which nine soldiers died, a "
     "spokesman said on Sunday.", {"arrest"}),
    # the retaliation is the report's happening; what it answers is background
    ("Israeli jets strike Rafah\n\nIsraeli aircraft struck targets in Rafah overnight "
     "in retaliation for rockets fired at Ashkelon on Tuesday, the military said.", {"strike", "aircraft"}),
    # the phrase ends at its clause: a kind after the comma is the lead's own
    ("Mali: gunfire near Gao army camp\n\nIn the wake of the ceasefire talks in Algiers, gunmen opened "
     "gunfire on an army camp near Gao on Monday, officials said.", {"ground"}),
    # an ambush is ground fighting (CAMEO 193, small arms)
    ("Rebels ambush army patrol in Cauca\n\nDissident FARC fighters ambushed an army patrol in Cauca "
     "on Thursday, killing four soldiers, the defence ministry said.", {"ground"}),
])
def test_a_background_phrase_names_no_kind_of_the_lead(text, kinds):
    assert vectors.lead_kinds(text) == kinds


def test_the_words_of_a_phrase_apart_are_no_background():
    """'connection' and 'response' alone, or 'in response' without 'to', strip nothing."""
    text = ("Shelling cuts power connection in Kherson\n\nRussian shelling cut the power connection to "
            "two districts of Kherson on Monday; the emergency response was slow, officials said.")
    assert vectors.lead_kinds(text) == {"ground"}
    assert vectors.without_background("Detained in response to the shelling, said the police.") == (
        "Detained  , said the police.")


BG = ("Jihadist groups have attacked army posts across northeast Nigeria for months, and the army "
      "has moved two battalions to Borno State; residents of the villages near Maiduguri say the "
      "roads are closed after dark.")
ARTS = [  # (id, outlet, day, text)
    ("a1", "Lake Chad Wire", 300, "Nine soldiers killed in ambush near Maiduguri\n\nInsurgents ambushed an "
     "army convoy near Maiduguri on Friday, killing nine soldiers, the army said.\n\n" + BG),
    ("a2", "Sahel Daily", 300, "Convoy ambushed near Maiduguri, nine soldiers dead\n\nNine soldiers died "
     "when gunmen ambushed their convoy on the road outside Maiduguri on Friday, officials said.\n\n" + BG),
    ("d1", "Borno Times", 302, "Police detain 14 after convoy attack near Maiduguri\n\nPolice have detained 14 people near "
     "Maiduguri in connection with Friday's ambush of an army convoy in which nine soldiers died, "
     "a spokesman said.\n\n" + BG),
]


def _stories(arts) -> set[frozenset[str]]:
    texts = [a[3] for a in arts]
    df = vectors.document_frequencies(texts)
    items = [stories.Item(i, d, vectors.article_vector(t, df, len(texts)), None, o) for i, o, d, t in arts]
    out: dict[str, set[str]] = {}
    for sid, aid, _sim in stories.cluster(stories.ClusterState(dim=vectors.dimension()), items):
        out.setdefault(sid, set()).add(aid)
    return {frozenset(v) for v in out.values()}


def test_the_detentions_are_another_story_than_the_ambush_they_follow(monkeypatch):
    assert _stories(ARTS) == {frozenset({"a1", "a2"}), frozenset({"d1"})}
    monkeypatch.setattr(vectors, "without_background", lambda lead: lead)
    assert _stories(ARTS) == {frozenset({"a1", "a2", "d1"})}  # the ambush word gives the detentions its kind
