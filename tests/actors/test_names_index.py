"""The person index (actors/names.py) must find every person the same-person tests accept:
it replaced a scan of all the article's people, and must make the same merges."""

from __future__ import annotations

from rapidfuzz import fuzz

from crisislens.actors.names import FUZZY_MIN, PersonNames
from crisislens.model import fold

PEOPLE = [
    "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "William Ruto", "Raila Odinga",
    "Volodymyr Zelensky", "Recep Tayyip Erdoğan", "Xi Jinping", "Ursula von der Leyen",
    "Kim Jong-un", "Benjamin Netanyahu", "Abiy Ahmed", "Jon Snow", "Li Wu",
]


def scan(people: dict[str, list[str]], name: str) -> str | None:
    """The scan the index replaced (Index._find_same_person before the index), on names alone."""
    parts = [fold(p) for p in name.split()]
    for key, names in people.items():
        other = [fold(p) for n in names for p in n.split()]
        if any(fold(n) == fold(name) for n in names):
            return key
        if len(parts) > 1 and parts[-1] == fold(names[0].split()[-1]) and parts[0] in other:
            return key
        if len(parts) > 1 and fuzz.ratio(fold(name), fold(names[0])) >= FUZZY_MIN:
            return key
    return None


def indexed(index: PersonNames, people: dict[str, list[str]], name: str) -> str | None:
    """The same tests, on the index's candidates only."""
    cands = index.same_person_candidates(name)
    return scan({k: people[k] for k in cands}, name)


def variants(name: str) -> list[str]:
    """Every one-letter deletion, doubling and swap of a name: the typos a ratio may forgive."""
    out = []
    for i in range(len(name)):
        out.append(name[:i] + name[i + 1:])
        out.append(name[:i] + name[i] + name[i:])
        if i + 1 < len(name):
            out.append(name[:i] + name[i + 1] + name[i] + name[i + 2:])
    return out


def build() -> tuple[PersonNames, dict[str, list[str]]]:
    index = PersonNames()
    people = {}
    for n in PEOPLE:
        key = f"person:{fold(n)}"
        people[key] = [n, n.split()[-1]]  # a surname alias, as a mention adds it
        index.add_person(key, n)
        index.sync(key, people[key][1:])
    return index, people


def test_every_typo_a_ratio_forgives_is_found():
    index, people = build()
    checked = 0
    for n in PEOPLE:
        for v in variants(n):
            expected = scan(people, v)
            checked += expected is not None
            assert indexed(index, people, v) == expected, v
    assert checked > 200  # the variants do exercise the fuzzy test


def test_given_name_and_surname_and_aliases_are_found():
    index, people = build()
    for v in ["Abdel Burhan", "Mohamed Dagalo", "William S. Ruto", "Dagalo", "Ruto", "Zelenskyy"]:
        assert indexed(index, people, v) == scan(people, v), v
    assert indexed(index, people, "Dagalo") == "person:mohamed hamdan dagalo"


def test_by_part_finds_given_names_and_surnames_of_several_word_names_only():
    index, _ = build()
    assert index.by_part("Ruto") == {"person:william ruto"}
    assert index.by_part("william") == {"person:william ruto"}
    assert index.by_part("Jong-un") == {"person:kim jong-un"}
    assert index.by_part("Leyen") == {"person:ursula von der leyen"}
    assert index.by_part("von") == set()


def test_a_resolved_article_makes_the_scans_merges(seed_indexes):
    """On real articles: every name and alias of every person, and their typo variants,
    resolve to the person the full scan picks."""
    for idx, _doc, _art in seed_indexes.values():
        people = {k: [b.name, *b.aliases] for k, b in idx.builders.items() if b.kind == "person" and b.name}
        for names in people.values():
            for n in names:
                for v in [n, *variants(n)[::7]]:
                    assert indexed(idx.names, people, v) == scan(people, v), v


def test_a_role_goes_to_the_holder_of_its_state_named_before_it(resolve_text):
    """_resolve_role looks at the article's people, not every mention: the state decides,
    then the holder named last before the role."""
    text = ("Kenya's foreign minister Musalia Mudavadi met Uganda's foreign minister Jeje Odongo in "
            "Kampala. Later the Kenyan foreign minister said talks would resume. Odongo left. "
            "The Ugandan foreign minister was silent.")
    index, doc, _ = resolve_text(text)
    roles = [t for t in doc if t.text == "minister"]
    assert [index.actor_for(t).name for t in roles] == [
        "Musalia Mudavadi", "Jeje Odongo", "Musalia Mudavadi", "Jeje Odongo",
    ]
