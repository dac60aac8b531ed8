"""The four kinds of claim group on short texts written for them, through the real path:
parse -> per-article extraction -> store -> link. Each text is a few sentences, so the
whole module parses a dozen short articles once."""

from __future__ import annotations

import json

import pytest

from crisislens.link import update
from crisislens.model import Article, stable_id
from crisislens.pipeline import analyze_article
from crisislens.store import Store


def _article(name: str, outlet: str, published: str, text: str) -> Article:
    return Article(id=stable_id(name, outlet, text), doc_name=name, source=name, text=text, clean_text=text,
                   outlet=outlet, published=published, title=None)


def _store(tmp_path, nlp, arts: list[Article]) -> Store:
    store = Store(tmp_path / "kinds.duckdb")
    analyses = [analyze_article(a, d) for a, d in zip(arts, nlp.pipe([a.clean_text for a in arts]), strict=True)]
    store.save_batch("test", arts, analyses)
    update(store)
    return store


def _groups(store: Store, category: str) -> list[dict]:
    frame = store.df("SELECT * FROM claim_groups WHERE category = ? AND parent_id IS NULL ORDER BY id", [category])
    return frame.to_dict("records")


def _linked_groups(tmp_path, nlp, arts: list[Article], category: str) -> list[dict]:
    """The top-level claim groups of one category after storing and linking ``arts``."""
    return _groups(_store(tmp_path, nlp, arts), category)


def _values(group: dict) -> set[float]:
    return {float(k.split()[0]) for k in json.loads(group["values"])}


def test_two_sides_ministries_contradict_each_other(tmp_path, nlp):
    arts = [
        _article("a.txt", "Dawn", "2025-05-08", "Pakistan's foreign ministry said five Indian jets were shot down over Bahawalpur on Wednesday."),
        _article("b.txt", "The Hindu", "2025-05-08", "India's defence ministry said two Indian jets were shot down over Bahawalpur on Wednesday."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "aircraft_downed")
    assert [g["kind"] for g in groups] == ["contradiction"]
    sides = json.loads(groups[0]["sides"])
    assert set(sides) == {"PAK", "IND"}
    assert "incompatible" in groups[0]["reason"]


def test_a_toll_that_rises_over_the_day_is_a_revision(tmp_path, nlp):
    arts = [
        _article("early.txt", "Wire A", "2025-04-22", "One person was killed in the attack in Pahalgam on Tuesday, police said."),
        _article("late.txt", "Wire B", "2025-04-22", "The death toll from the attack in Pahalgam on Tuesday rose to 26, police said."),
        _article("next.txt", "Wire C", "2025-04-23", "At least 26 people were killed in the attack in Pahalgam on Tuesday."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["revision"], groups
    assert _values(groups[0]) == {1.0, 26.0}


def test_compatible_bounds_are_a_range(tmp_path, nlp):
    arts = [
        _article("a.txt", "Outlet A", "2025-04-23", "Gunmen opened fire on tourists in Pahalgam on Tuesday and at least 20 people were killed."),
        _article("b.txt", "Outlet B", "2025-04-23", "Twenty-six people died when militants attacked a meadow near Pahalgam on Tuesday, officials told reporters."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "killed")
    assert [g["kind"] for g in groups] == ["range"]


def test_a_wire_copy_under_two_outlets_counts_once(tmp_path, nlp):
    text = ("At least 31 civilians were killed in Indian missile strikes on six locations in Pakistan, "
            "the military spokesman said on Wednesday. The strikes began shortly after midnight.")
    arts = [_article("x.txt", "Outlet X", "2025-05-07", text), _article("y.txt", "Outlet Y", "2025-05-07", text)]
    store = _store(tmp_path, nlp, arts)
    groups = _groups(store, "killed")
    assert len(groups) == 1 and groups[0]["kind"] == "single-source" and groups[0]["n_sources"] == 1
    assert groups[0]["subject_code"] == "PAK"
    members = store.df("SELECT * FROM claim_group_members WHERE group_id = ?", [groups[0]["id"]])
    assert members["copy_of"].notna().sum() == 1
    assert "counted once" in groups[0]["reason"]


def test_counts_in_the_other_sides_territory_belong_to_that_side(tmp_path, nlp):
    arts = [
        _article("a.txt", "Outlet A", "2025-05-08", "Indian officials said 12 civilians were killed in Pakistani shelling in Poonch on Wednesday."),
        _article("b.txt", "Outlet B", "2025-05-08", "Pakistan said 31 civilians were killed in Indian strikes in Muzaffarabad and Bahawalpur on Wednesday."),
    ]
    store = _store(tmp_path, nlp, arts)
    subjects = {float(json.loads(g["values"]).popitem()[0].split()[0]): g["subject_code"] for g in _groups(store, "killed")}
    assert subjects == {12.0: "IND", 31.0: "PAK"}


@pytest.mark.parametrize(
    "text",
    [
        "The strikes killed 1000000000000 people, a post claimed.",
        "Officials said -5 people were killed in the blast.",
        "Dozens of people were killed in the blast in Kotli.",
        "Hundreds of thousands of people were displaced by the fighting in Kashmir.",
        "Between 20-10 people were killed in the blast in Kotli.",
    ],
)
def test_bad_counts_do_not_crash_and_are_not_double_counted(tmp_path, nlp, text):
    arts = [_article("a.txt", "Outlet A", "2025-05-08", text), _article("b.txt", "Outlet B", "2025-05-08", text)]
    store = _store(tmp_path, nlp, arts)
    groups = store.df("SELECT * FROM claim_groups WHERE parent_id IS NULL")
    claims = store.df("SELECT value, low, high FROM claims")
    if text.startswith(("Dozens", "Hundreds")):
        # a vague count is kept; the two identical copies are one source, not two
        assert len(claims) == 2 and list(groups["n_sources"]) == [1]
    else:
        # an absurd, negative or backwards count gives no claim at all
        assert claims.empty and groups.empty



def test_a_towns_toll_and_the_national_toll_are_compared_apart():
    """Placed by the events of their sentences, a town's toll and a national toll of the same
    day are different facts; an unplaced count joins the place whose words it shares."""
    import pandas as pd

    from crisislens.link.claims import build

    def claim(cid, art, value, sentence):
        return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
                "number_text": str(value), "what": "people killed", "category": "killed", "subject_code": "PAK",
                "claimant_name": None, "claimant_code": None, "sent_start": 0, "sentence": sentence,
                "ref_date": "2025-05-07", "published": "2025-05-07"}

    claims = pd.DataFrame([
        claim("c1", "a1", 5, "Five people were killed in Kotli."),
        claim("c2", "a2", 31, "31 civilians were killed in the strikes across Pakistan."),
        claim("c3", "a3", 5, "Five people died when a missile hit a mosque in Kotli."),
    ])
    meta = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "doc_name": ["a", "b", "c"], "outlet": ["A", "B", "C"],
                         "dup_group": ["a1", "a2", "a3"], "story_id": ["s", "s", "s"]})
    events = pd.DataFrame({"id": ["e1", "e2"], "article_id": ["a1", "a2"], "sent_start": [0, 0],
                           "cameo_root": ["19", "19"], "place": ["Kotli", "Pakistan"]})
    groups, _ = build(claims, meta, events, {"e1": "inc-kotli", "e2": "inc-night"})
    kinds = dict(zip(groups["place"], groups["kind"], strict=True))
    assert kinds == {"Kotli": "agreement", "Pakistan": "single-source"}


def test_counts_of_unknown_subject_in_different_stories_are_not_compared():
    import pandas as pd

    from crisislens.link.claims import build

    def claim(cid, art, value, sentence):
        return {"id": cid, "article_id": art, "value": value, "low": value, "high": value, "qualifier": None,
                "number_text": str(value), "what": "people killed", "category": "killed", "subject_code": None,
                "claimant_name": None, "claimant_code": None, "sent_start": 0, "sentence": sentence,
                "ref_date": "2025-05-07", "published": "2025-05-07"}

    claims = pd.DataFrame([
        claim("c1", "a1", 20, "Twenty people were killed when a bus fell into a gorge."),
        claim("c2", "a2", 31, "31 people were killed in the overnight strikes."),
        claim("c3", "a3", 31, "The overnight strikes killed 31 people."),
    ])
    meta = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "doc_name": ["a", "b", "c"], "outlet": ["A", "B", "C"],
                         "dup_group": ["a1", "a2", "a3"], "story_id": ["bus", "strikes", "strikes"]})
    groups, _ = build(claims, meta)
    assert sorted(groups["kind"]) == ["agreement", "single-source"]


def test_one_sides_denial_contradicts_the_others_claim_even_a_day_later(tmp_path, nlp):
    arts = [
        _article("a.txt", "The Hindu", "2025-05-07", "India's defence ministry said that no Indian jets were lost over Punjab on Wednesday."),
        _article("b.txt", "Dawn", "2025-05-08", "Pakistan's military spokesman said the air force shot down five Indian jets on Wednesday night."),
    ]
    groups = _linked_groups(tmp_path, nlp, arts, "aircraft_downed")
    assert [g["kind"] for g in groups] == ["contradiction"], groups
    assert set(json.loads(groups[0]["sides"])) == {"IND", "PAK"}
