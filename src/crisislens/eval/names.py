"""Comparing actor and speaker names the way an annotator would.

Why a module of its own: gold files and the system name the same person in
different ways ("Recep Tayyip Erdoğan", "Erdogan", "President Erdogan"), so
every scorer needs one forgiving but predictable notion of "the same name".
Names are folded (accents, case, punctuation); a person also matches on the
surname, but an organisation never does, or "Pakistan Foreign Ministry" would
match "Turkish Foreign Ministry" on "Ministry".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crisislens.model import fold

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def _word_list(block: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of a block (readable long lists)."""
    return frozenset(block.split())


# Leading words that are titles, not names ("Senator Muhammad Ishaq Dar").
TITLES = _word_list(
    """mr mrs ms miss dr prof sir dame lord lady gen general lt col colonel maj major
    capt captain adm admiral marshal field air chief senator sen president prime minister
    deputy foreign defence defense interior secretary spokesman spokesperson ambassador
    envoy king queen prince sheikh emir judge justice rep representative governor mayor
    pm fm vice"""
)

# Words that make a name an organisation, a body, a place or a role rather than a person.
ORG_WORDS = _word_list(
    """ministry ministries force forces army navy office party council nations union
    organization organisation agency department government bank court police news times
    service services committee commission assembly parliament university group front
    movement corps command state states house world intelligence republic kingdom
    emirates league fund institute authority administration cabinet embassy mission
    press post tribune herald network channel tv radio federation alliance association
    media company corporation inc ltd board bureau secretariat guard guards brigade
    regiment division minister president spokesman spokesperson secretary chief
    general officials official military people government's army's the of and for"""
)


def words(text: str | None) -> list[str]:
    """Folded word tokens of a name (punctuation dropped)."""
    if not text:
        return []
    return _WORD.findall(fold(text))


# A leading article is how a sentence introduces a description, not part of the name:
# golds write "a doctor at the hospital" and "doctor at the hospital" for one speaker.
ARTICLES = frozenset({"a", "an", "the"})


def norm_name(text: str | None) -> str:
    """One canonical string for a name: folded words joined by single spaces, without a
    leading article (kept when it is the only word)."""
    toks = words(text)
    if len(toks) > 1 and toks[0] in ARTICLES:
        toks = toks[1:]
    return " ".join(toks)


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading title words, keeping at least the last token."""
    i = 0
    while i < len(tokens) - 1 and tokens[i] in TITLES:
        i += 1
    return tokens[i:]


def looks_like_person(name: str | None, kind: str | None = None) -> bool:
    """Whether a name is a person's, so that its surname may stand for it.

    The system's export says ``kind``; gold files do not, so without it a name
    counts as a person's when it has two or more capitalised words and none of
    them marks an organisation, a body or a role.
    """
    if kind:
        return kind == "person"
    if not name:
        return False
    raw = [w for w in re.split(r"\s+", name.strip()) if w]
    raw = [w for w in raw if w.strip(".,")]
    if len(raw) < 2 or len(raw) > 5:
        return False
    if any(any(ch.isdigit() for ch in w) for w in raw):
        return False
    # an acronym ("UN", "ISPR") marks a body
    if any(len(w.strip(".,")) > 1 and w.strip(".,").isupper() for w in raw):
        return False
    if not all(w[0].isupper() for w in raw if w[0].isalpha()):
        return False
    toks = strip_titles(words(name))
    return len(toks) >= 1 and not any(t in ORG_WORDS for t in toks)


def surname(name: str | None) -> str | None:
    """The last word of a name after titles, or None for an empty name."""
    toks = strip_titles(words(name))
    return toks[-1] if toks else None


class NameSet:
    """All the names one actor or speaker goes by, ready to compare with another's."""

    def __init__(self, names: Iterable[str | None], person: bool):
        self.names = {n for n in (norm_name(x) for x in names) if n}
        self.person = person
        self.surnames = {s for s in (surname(n) for n in self.names) if s} if person else set()
        # single-word names (an alias like "Dar") can meet a person's surname
        self.single = {n for n in self.names if " " not in n}

    def __bool__(self) -> bool:
        return bool(self.names)

    def matches(self, other: NameSet) -> bool:
        """Same folded name or alias; or, when one side is a person, the same surname."""
        if self.names & other.names:
            return True
        if self.person and other.person and self.surnames & other.surnames:
            return True
        if self.person and self.surnames & other.single:
            return True
        return bool(other.person and other.surnames & self.single)


def name_set(
    name: str | None,
    aliases: Iterable[str | None] = (),
    kind: str | None = None,
) -> NameSet:
    """The NameSet of one actor record (its name, role-free form and aliases)."""
    all_names = [name, *aliases]
    person = looks_like_person(name, kind) or (
        kind is None and any(looks_like_person(a) for a in aliases if a)
    )
    return NameSet(all_names, person)


class ActorDirectory:
    """The actors of one document, to widen a bare speaker or claimant name to all its aliases.

    A quote's speaker is one string ("Islamabad", "Dar"); the document's actor
    list says that "Dar" is also "Ishaq Dar" and "Senator Muhammad Ishaq Dar".
    """

    def __init__(self, actors: Iterable[dict]):
        self._by_name: dict[str, tuple[list[str], str | None]] = {}
        for act in actors:
            names = [act.get("name"), *(act.get("aliases") or [])]
            names = [n for n in names if isinstance(n, str) and n.strip()]
            for n in names:
                self._by_name.setdefault(norm_name(n), (names, act.get("kind")))

    def lookup(self, name: str | None) -> NameSet:
        """The NameSet for a name as written, with its actor's aliases when known."""
        if not name:
            return NameSet([], False)
        names, kind = self._by_name.get(norm_name(name), ([name], None))
        primary = names[0] if names else name
        person = looks_like_person(primary, kind) or looks_like_person(name, kind)
        return NameSet([name, *names], person)


def same_speaker(a: str | None, b: str | None, dir_a: ActorDirectory, dir_b: ActorDirectory) -> bool:
    """Speaker/claimant agreement: both unnamed, or the names meet by alias or surname."""
    if not a and not b:
        return True
    if not a or not b:
        return False
    return dir_a.lookup(a).matches(dir_b.lookup(b))
