"""A lead place is the place of the happenings its own clause names (link.story_places.lead_places),
and a place two reports share ties them only where they name it as the place of one kind of
happening, or one of them names none there (stories.PLACE_KINDS, stories._places_meet). Why: within
one crisis a border town or district is the place of several incidents, and with the towns
gazetteer down to 2,000 people reports of a shelling, of drones downed over the same district the
next day and of soldiers detained there the day after all named it, and the shared district chained
them. Leads composed for the tests about crises other than the practice sets' (DR Congo, Ukraine,
Sudan, Pakistan, Nigeria, Myanmar); the towns are real gazetteer entries, the outlets invented."""

from __future__ import annotations

import numpy as np
import pytest

from crisislens.link import stories, story_places


@pytest.mark.parametrize(("title", "text", "places"), [
    # each clause's kinds go to the places it names; a place named in two clauses takes both
    ("Drones downed over Kharkiv; Kharkiv shelling kills two", "", {"Kharkiv|UKR|drone+ground"}),
    ("Airstrike hits Sittwe port", "Military jets bombed the port of Sittwe on Monday.", {"Sittwe|MMR|aircraft+strike"}),
    # a headline's second item after a semicolon is a clause of its own: the toll names no kind
    ("Sudan army says it downed two drones; El Fasher toll climbs to 12", "", {"El Fasher|SDN"}),
    # a clause that names no kind of happening gives its place none
    ("Funerals held in Maiduguri", "Hundreds gathered in Maiduguri on Sunday to bury the dead.", {"Maiduguri|NGA"}),
    # the place of a background phrase is the earlier happening's, not the lead's: Mardan is left out
    ("Police detain 12 in Bannu", "Police detained 12 men in Bannu in connection with last week's bombing in "
     "Mardan, officials said.", {"Bannu|PAK|arrest"}),
])
def test_a_lead_place_carries_the_kinds_its_own_clauses_name(title, text, places):
    assert story_places.lead_places(title, text) == places


def test_a_place_in_a_phrase_that_only_looks_like_background_stays():
    """'connection' alone is no background phrase (story_kind_background.tsv): Mardan stays."""
    found = story_places.lead_places("Police detain 12 in Bannu", "The power connection to Mardan was cut by shelling.")
    assert set(story_places.place_kinds(found)) == {"Bannu|PAK", "Mardan|PAK"}
    assert story_places.place_kinds(found)["Mardan|PAK"] == {"ground"}


LEAD_BODY = ("Rebels fired on an army camp overnight, officials said.\n\n"
             "The army said it had returned fire and that the road was closed.\n\n"
             "Residents of Bunia said they heard heavy gunfire until dawn.")


def test_a_first_line_that_repeats_the_headline_is_no_paragraph_of_the_lead(monkeypatch):
    """With lead_skips_headline on, an ingested text's first line that is its headline is no
    paragraph: the lead's paragraphs are the body's first three (off by default, as measured)."""
    title = "Gunfire near army camp in Ituri"
    assert story_places.lead_places(title, f"{title}\n\n{LEAD_BODY}") == frozenset()  # off: two body paragraphs
    monkeypatch.setattr(story_places, "SKIPS_HEADLINE", True)
    assert set(story_places.place_kinds(story_places.lead_places(title, f"{title}\n\n{LEAD_BODY}"))) == {"Bunia|COD"}
    # a title with a deck after a semicolon, the text's first line its headline part
    deck = f"{title}; residents flee"
    assert set(story_places.place_kinds(story_places.lead_places(deck, f"{title}\n\n{LEAD_BODY}"))) == {"Bunia|COD"}


def test_a_first_line_that_is_not_the_headline_is_a_paragraph():
    """Negative: a text whose first line is a paragraph of its own (a title apart, as BASIL's) reads
    its first three lines: the third paragraph after it is no part of the lead."""
    text = f"UPDATE 1-Clashes in Ituri province\n\n{LEAD_BODY}"
    assert story_places.lead_places("Gunfire near army camp in Ituri", text) == frozenset()
    assert story_places.lead(None, "A\n\nB\n\nC\n\nD") == "\nA\nB\nC"


def _unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


DIM = 24


def _axis(k: int, crisis: float, incident: float, at: int | None) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[0] = crisis
    if at is not None:
        v[at] = incident
    v[k] = np.sqrt(max(0.0, 1.0 - crisis ** 2 - incident ** 2))
    return _unit(*v)


def _linked(places_a: frozenset[str], places_b: frozenset[str], days: tuple[int, int] = (100, 101)) -> bool:
    """Two reports at cosine ~0.20, under the threshold and the floor of a store of one crisis (eight
    earlier articles, medians ~0.20, floor at the cap) but above PLACE_THRESHOLD: only a shared place
    links them."""
    state = stories.ClusterState(dim=DIM)
    state.reference = [_axis(10 + k, 0.45, 0.0, None) for k in range(8)]
    x, y = _axis(3, 0.45, 0.0, None), _axis(4, 0.45, 0.0, None)
    assert stories.PLACE_THRESHOLD < float(x @ y) < min(stories.STORY_THRESHOLD, stories.RELATIVE_CAP)
    stories.cluster(state, [stories.Item("x", days[0], x, None, "Kivu Wire", places_a),
                            stories.Item("y", days[1], y, None, "Ituri Herald", places_b)])
    return len(set(state.story)) == 1


SHELLED = "Rebels shell Beni market; artillery shells kill three\n\nArtillery shells hit the market of Beni on Monday."
DRONES = "Army downs three drones over Beni\n\nSoldiers shot down three drones over Beni overnight into Tuesday."
FUNERALS = "Beni buries its dead\n\nHundreds gathered in Beni on Tuesday to bury the three traders."
TOLL = "Beni market toll rises to five\n\nTwo more people wounded when shells hit the Beni market died on Tuesday."


def _places(text: str) -> frozenset[str]:
    title, _, body = text.partition("\n\n")
    return story_places.lead_places(title, body)


def test_one_town_named_as_the_place_of_two_kinds_of_happening_ties_no_reports():
    """Beni shelled on Monday, drones downed over Beni the next night: two incidents."""
    assert _places(SHELLED) == {"Beni|COD|ground"} and _places(DRONES) == {"Beni|COD|drone"}
    assert not _linked(_places(SHELLED), _places(DRONES))


@pytest.mark.parametrize("later", [FUNERALS, TOLL])
def test_the_town_still_ties_a_report_of_the_same_kind_or_of_none(later):
    """The next day's toll of the shelling (shells: ground) and the funerals (no kind) are the
    shelling's story."""
    assert _linked(_places(SHELLED), _places(later))


def test_with_place_kinds_off_any_shared_town_ties_them(monkeypatch):
    monkeypatch.setattr(stories, "PLACE_KINDS", False)
    assert _linked(_places(SHELLED), _places(DRONES))


def test_kinds_shared_in_part_or_on_another_town_do_not_part_a_place():
    assert _linked(frozenset({"Beni|COD|ground"}), frozenset({"Beni|COD|drone+ground"}))
    # another place of the pair whose kinds differ is no veto of the one they share as one kind's
    assert _linked(frozenset({"Beni|COD|ground", "Bunia|COD|drone"}), frozenset({"Beni|COD|ground", "Bunia|COD|arrest"}))
    # negative: two towns, no shared one
    assert not _linked(frozenset({"Beni|COD|ground"}), frozenset({"Bunia|COD|ground"}))


def test_a_places_retest_set_holds_its_articles_whatever_kinds_they_name(monkeypatch):
    """RETEST_STORED 2 re-tests each place's articles among themselves: the place, not its kinds
    (the re-test itself asks _places_meet)."""
    monkeypatch.setattr(stories, "RETEST_STORED", 2)
    sets = stories._retest_sets(3, [frozenset({"Beni|COD|ground"}), frozenset({"Beni|COD|drone"}),
                                    frozenset({"Bunia|COD|drone"})])
    assert [s.tolist() for s in sets] == [[0, 1]]


def test_a_lead_clause_ends_where_a_second_statement_or_report_begins():
    """Sentence ends, a semicolon, a verb of saying's second content clause ('and that'), a contrast
    (', while'): story_clause_breaks.tsv. Negatives: 'a.m.' before a lower-case word ends no sentence,
    'that' alone and 'and' alone cut nothing."""
    from crisislens.link import vectors

    lead = ("The army said rockets hit Kherson after 2 a.m. and that drones were downed over Sumy. "
            "Police said that two men were held; the mayor said the city was calm, while Kyiv blamed Moscow")
    assert [c.strip() for c in vectors.lead_clauses(lead)] == [
        "The army said rockets hit Kherson after 2 a.m.", "drones were downed over Sumy.",
        "Police said that two men were held", "the mayor said the city was calm", "Kyiv blamed Moscow"]
    found = story_places.place_kinds(story_places.lead_places("Kherson and Sumy attacked", lead))
    assert found["Kherson|UKR"] == {"ground"} and found["Sumy|UKR"] == {"drone"}
