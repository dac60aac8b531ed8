"""The article's people by the keys the same-person tests look at.

Why: every new name used to be compared with every person of the article (its name, its
aliases, a fuzzy ratio), so resolution grew with the square of the people: 7.8 s of actor
time on a 1 MB article with ~900 people. This index answers "who could this name be?" with a
small superset of the people the tests can accept; the resolver runs the same tests on those
alone, in the order the people were first named, so it makes the same merges.

Three keys, one per test of ``Index._find_same_person`` / ``_find_by_part``:

- the folded full names and aliases (the same name written again);
- the folded words of names and aliases (given name + surname, "Khawaja Asif" ~ "Khawaja
  Muhammad Asif"), and the first and last words of several-word ones (a lone surname);
- character trigrams of the folded canonical name, for the fuzzy test. A ratio of at least
  ``FUZZY_MIN`` allows at most d = 0.08 (len a + len b) insertions and deletions, hence
  d <= 0.16 len a / 0.92; cut the new name into d + 1 pieces and one of them is left
  untouched, so it appears in the other name (pigeonhole): the people sharing a trigram of
  each piece are all the people who can pass the test.
"""

from __future__ import annotations

from crisislens.actors.vocab import without_article
from crisislens.model import fold

# rapidfuzz.fuzz.ratio (0-100) at or above which two several-word names are one person.
FUZZY_MIN = 92
GRAM = 3


def _grams(text: str) -> set[str]:
    return {text[i:i + GRAM] for i in range(len(text) - GRAM + 1)}


def _pieces(text: str) -> list[str]:
    """The name cut into one more piece than the insertions and deletions a ratio of
    FUZZY_MIN allows (the epsilon keeps a bound that is a whole number from rounding down)."""
    most = int((100 - FUZZY_MIN) / 50 * len(text) / (FUZZY_MIN / 100) + 1e-9)
    n = max(1, min(most + 1, len(text)))
    size = len(text) / n
    return [text[round(i * size):round((i + 1) * size)] for i in range(n)]


class PersonNames:
    """Person builder keys by full name, word, end word and trigram (see module docstring)."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}  # builder key -> rank of creation
        self.full: dict[str, set[str]] = {}
        self.words: dict[str, set[str]] = {}
        self.ends: dict[str, set[str]] = {}
        self.grams: dict[str, set[str]] = {}
        self._indexed: dict[str, int] = {}  # builder key -> aliases indexed so far
        self._several: set[str] = set()  # people whose canonical name has several words

    def add_person(self, key: str, name: str) -> None:
        """A new person of the article, by canonical name."""
        if key in self.order:
            return
        self.order[key] = len(self.order)
        self._indexed[key] = 0
        if len(name.split()) > 1:
            self._several.add(key)
        for g in _grams(fold(name)):
            self.grams.setdefault(g, set()).add(key)
        self._add_name(key, name)

    def sync(self, key: str, aliases: list[str]) -> None:
        """Index the aliases a person gained since the last call (aliases only grow)."""
        done = self._indexed.get(key)
        if done is None:
            return
        for alias in aliases[done:]:
            self._add_name(key, alias)
        self._indexed[key] = len(aliases)

    def _add_name(self, key: str, name: str) -> None:
        self.full.setdefault(fold(name), set()).add(key)
        words = name.split()
        for w in words:
            self.words.setdefault(fold(w), set()).add(key)
        if " " in name and key in self._several:
            for w in {words[0], words[-1]}:
                for f in {fold(w), fold(without_article(w))}:  # "al-Burhan" is later "Burhan"
                    self.ends.setdefault(f, set()).add(key)

    def same_person_candidates(self, name: str) -> list[str]:
        """Everyone the same-person tests could accept for ``name``, first named first."""
        folded = fold(name)
        keys = set(self.full.get(folded, ()))
        parts = name.split()
        if len(parts) > 1:
            keys |= self.words.get(fold(parts[0]), set())
            keys |= self._fuzzy_candidates(folded)
        return sorted(keys, key=self.order.__getitem__)

    def _fuzzy_candidates(self, folded: str) -> set[str]:
        out: set[str] = set()
        for piece in _pieces(folded):
            grams = _grams(piece)
            if not grams:  # a piece shorter than a trigram: no key narrows it
                return set(self.order)
            rarest = min(grams, key=lambda g: len(self.grams.get(g, ())))
            out |= self.grams.get(rarest, set())
        return out

    def by_part(self, word: str) -> set[str]:
        """People with several-word names whose name or alias of several words starts or ends
        with ``word`` (a given name or surname written alone)."""
        return set(self.ends.get(fold(word), ()))
