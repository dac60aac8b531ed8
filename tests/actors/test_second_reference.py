"""Second references: "Burhan" for "Abdel Fattah al-Burhan" (news drops the joined Arabic
article), "the officials" for the officials named earlier with their state."""

from __future__ import annotations


def actors_at(index, doc, word: str, nth: int = 0):
    toks = [t for t in doc if t.text == word]
    return index.actor_for(toks[nth])


def test_family_name_without_its_article_is_the_same_person(resolve_text):
    index, doc, _ = resolve_text(
        "The Sudanese army chief Abdel Fattah al-Burhan spoke in Port Sudan. "
        "Later, Burhan rejected talks with the Rapid Support Forces."
    )
    burhan = actors_at(index, doc, "Burhan", -1)
    assert burhan is not None and burhan.kind == "person" and burhan.code == "SDN"
    assert "Burhan" in burhan.name


def test_the_officials_are_the_officials_introduced_before(resolve_text):
    index, doc, _ = resolve_text(
        "Ukrainian officials said on Monday that Russian forces shelled Kharkiv. "
        "The officials accused Moscow of war crimes."
    )
    assert actors_at(index, doc, "officials", 1).code == "UKR"


def test_the_officials_of_two_states_stay_unfixed(resolve_text):
    index, doc, _ = resolve_text(
        "Ukrainian officials met Russian officials in Istanbul. The officials agreed to exchange prisoners."
    )
    assert actors_at(index, doc, "officials", 2).code is None


def test_a_bare_plural_is_not_a_second_reference(resolve_text):
    # "officials" with no article may be anyone's: no state taken from the earlier group, one
    # state's officials (two states are named, so there is no setting either)
    index, doc, _ = resolve_text(
        "Ukrainian officials said Russian forces shelled Kharkiv. Officials said the talks would go on."
    )
    later = actors_at(index, doc, "Officials")
    assert later is None or later.code is None


def test_the_person_index_knows_a_family_name_without_its_joined_article():
    """The index the resolver's name lookups use (not only coref) finds 'Burhan' after 'al-Burhan'."""
    from crisislens.actors.names import PersonNames

    names = PersonNames()
    names.add_person("k", "Abdel Fattah al-Burhan")
    assert names.by_part("Burhan") == {"k"}
    assert names.by_part("al-Burhan") == {"k"}
