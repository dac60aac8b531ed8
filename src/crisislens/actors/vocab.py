"""What the resolver's passes share: word lists (from data/words.tsv), spaCy labels, the
gazetteer match record, and small pure helpers on names and roles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from crisislens.actors import dictionary as dic
from crisislens.actors import gazetteer as gz
from crisislens.actors import lexicon as lex
from crisislens.actors.dictionary import DictEntry
from crisislens.actors.gazetteer import Entry
from crisislens.actors.registry import BODY_QUALIFIED_ROLES
from crisislens.ingest.dates import DATELINE_WINDOW_LINES
from crisislens.model import fold

# Word lists live in data/words.tsv (see crisislens.actors.lexicon); each name below is one row.
PERSON_LABELS = {"PERSON"}
# NER sometimes labels a person's name as one of these ("Ajit Doval" as LOC).
MAYBE_PERSON_LABELS = {"LOC", "ORG", "GPE", "NORP", "FAC"}
TITLE_WORDS = lex.words("title_words")
# Sectors a body passes to the roles it holds, and the roles that keep their own (see _role_sector).
BODY_SECTORS = lex.words("body_sectors")
OWN_SECTOR_ROLES = lex.words("own_sector_roles")
SHARPENED_SECTORS = lex.words("sharpened_sectors")
MILITARY_TITLES = lex.words("military_titles")
NAME_PARTICLES = lex.words("name_particles")
NAME_ARTICLES = lex.words("name_articles")
# Offices only a state's own people hold (a senator, a governor): with no state in the text,
# the state the article is about (see Index._home).
DOMESTIC_ROLES = lex.words("domestic_roles")
# Entity labels of names an agent word inside is part of, not an agent ("Port-au-Prince").
NAME_ENTITIES = {"GPE", "LOC", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
# No real name is this long; a longer PERSON span is a tagging accident (a list, a run-on line).
MAX_NAME_CHARS = 100
NOT_TITLES = lex.words("not_titles")
KEEP_AS_NAME = lex.words("keep_as_name")
SPEECH_VERBS = lex.words("speech_verbs")
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PRONOUNS = {"he", "she"}
EXPLETIVE_HEADS = lex.words("expletive_heads")
# Possessives ("its borders") are left alone: the owner is the clause's own subject, and a
# noun owned by the source would turn "Saudi Arabia lifted its blockade" into a self-event.
BODY_PRONOUNS = {"it": "sg", "they": "pl"}
# ...except before a body noun ("his government", "its army"): the body is the owner's
PERSON_POSSESSIVES = lex.words("person_possessives")
BODY_POSSESSIVES = lex.words("body_possessives")
RELATIVE_PRONOUNS = lex.words("relative_pronouns")
GENERIC_ROLES = lex.words("generic_roles")
GROUP_ROLES = lex.words("group_roles")
DATELINE = re.compile(r"^\s*,?\s*(\(|[A-Z][a-z]{2,8}\.? \d{1,2}\b|\d{1,2} [A-Z][a-z]+)")
# The dash or colon that closes a dateline written without a date ("GOMA -", "Lahore: ...").
DATELINE_MARKS = lex.words("dateline_marks")
# How many opening lines may hold the dateline: it follows a headline, and perhaps a standfirst
# or a byline; the same window ingest reads the dateline's date in (one setting, not two).
DATELINE_LINES = DATELINE_WINDOW_LINES
NOT_NAME_STARTS = lex.words("not_name_starts")
# Dependents of a noun that name its owner ("Indian jets", "Pakistan's army", "its forces").
MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
# Quantity and part nouns that stand for the group their "of" phrase, or the body compounding
# them, names ("dozens of Russian peacekeepers", "security forces members"; data/words.tsv).
PARTITIVE_HEADS = lex.words("partitive_heads")
# How a generic group noun or a body placed by "in X" is mentioned: not a name (see salience).
GENERIC_HOW = "generic"
SETTING_SECTORS = lex.words("setting_sectors")
HYPHENATED_MADE = lex.words("hyphenated_made")


@dataclass
class _Match:
    """A gazetteer phrase found in the doc: tokens [start, end)."""

    start: int
    end: int
    entries: list[Entry]

    def first(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)



def _qualified(role_key: str, entity: Entry | None) -> str:
    if entity is not None and entity.kind in (gz.BODY, gz.IGO, gz.GENERIC_BODY) and role_key in BODY_QUALIFIED_ROLES:
        return f"{role_key} {entity.key}"
    return role_key


def _blocks_name(m: _Match, s: int, e: int, doc: Doc) -> bool:
    """A gazetteer phrase inside an NER name makes it no new person (the gazetteer pass owns
    it), unless it is an agent word ("Hunter Biden"), another holder's name inside it, or a
    place word that is only part of the name ("Charlotte Brown", "Lloyd Austin": a place is
    never an actor, and a name written around it is a person's; a whole name that is a known
    place, "Farah", stays the place)."""
    return not all(x.kind == gz.AGENT for x in m.entries) and not _place_in_name(m, s, e) and not _inside_holder(m, s, e, doc)


def _place_in_name(m: _Match, s: int, e: int) -> bool:
    """A place word that is only part of the name [s, e) ("Charlotte" of "Charlotte Brown")."""
    return all(x.kind == gz.PLACE for x in m.entries) and (m.start > s or m.end < e)


def _inside_holder(m: _Match, s: int, e: int, doc: Doc) -> bool:
    """A known holder's name (or surname) inside a longer name the text writes that is not
    theirs: the text names somebody else ("Ibrahim Ahmed Ghandour" is not Anwar Ibrahim,
    "Hunter Biden" is not Joe Biden). A longer name ending in the holder's surname whose
    first word is the holder's own given name, one of their names or an initial is the holder
    ("Vladimir V. Putin"). Names joined by a hyphen ("the Erdogan-Sharif meeting") are two."""
    holder = m.first(gz.HOLDER)
    if not holder or not (s <= m.start and m.end <= e) or (m.start == s and m.end == e):
        return False
    joined = (m.start > s and doc[m.start - 1].text == "-") or (m.end < e and doc[m.end].text == "-")
    if joined:
        return False
    if m.end < e:
        return True
    first = fold(doc[s].text.rstrip("."))
    return not (len(first) <= 1 or first in {fold(w) for w in holder.name.split()})


def _name_token(t: Token) -> bool:
    """A token that may be part of a name: capitalised, a particle, or the lower-case part of a
    hyphenated name ("Kim Jong-un", "Ban Ki-moon")."""
    return t.text[:1].isupper() or t.text in NAME_PARTICLES or (t.i > 0 and t.doc[t.i - 1].text == "-")


def _role_body(body: Entry | None, of_entity: Entry | None) -> Entry | None:
    """The body that holds a role: the one "of" names after it ("the DG of the ISI"), else the
    one written before it ("ISPR DG", "the Foreign Office spokesperson of Pakistan"). A state
    after "of" is the role's owner, not a body: its people keep their role's own sector."""
    if of_entity is not None and of_entity.kind != gz.STATE:
        return of_entity
    return body


def _role_sector(role: Entry, body: Entry | None) -> str | None:
    """A role's sector, sharpened by the body that holds it (see ``_role_body``) when the role
    itself says no more than GOV: the army's spokesperson is MIL, an intelligence agency's
    director general SPY, the European Council's president IGO, an armed group's leader REB.
    A role with a sector of its own keeps it (NATO's commander is MIL, an ambassador DIP), and
    so does a foreign or defence minister, a minister (GOV) whatever ministry is named."""
    if body is None or role.key in OWN_SECTOR_ROLES or role.sector not in SHARPENED_SECTORS:
        return role.sector
    return body.sector if body.sector in BODY_SECTORS else role.sector


def _dictionary_person(name: str) -> DictEntry | None:
    """The one dictionary entry for a person's name as written (a full name, or a single
    word only when exactly one entry has it); names shared by several entries are left
    to the text."""
    key = gz.phrase_key(name)
    entries = dic.load().lookup(key)
    entries = [e for e in entries if e.kind == "person"] or entries  # CountryInfo people first
    exact = [e for e in entries if fold(e.name) == fold(name)]
    entries = exact or entries
    one_word_ok = entries and (entries[0].kind == "person" or entries[0].source.endswith("Countries"))
    if len(entries) != 1 or (len(key) == 1 and not one_word_ok):
        return None
    return entries[0]


def _clean_name(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" ,.;:")


def _definite(doc: Doc, i: int) -> bool:
    """A role preceded by "the" or capitalised names one office holder ("the deputy PM")."""
    return (i > 0 and doc[i - 1].lower_ in ("the", "this")) or doc[i].text[:1].isupper()


INDEFINITE_DETERMINERS = frozenset({"a", "an", "another"})


def _indefinite(doc: Doc, start: int, end: int) -> bool:
    """A role under an indefinite determiner ("a State Department spokesperson", "another
    army officer") is a first mention, a new referent: never the dated holder of the office
    nor a person the article named before in that role (the resolver may still link a person
    the text names in that role later: "a defence spokesperson said ... spokesperson Col. X")."""
    head = doc[end - 1]
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in head.children) or (
        start > 0 and doc[start - 1].lower_ in INDEFINITE_DETERMINERS
    )


def past_dateline(subj: Token) -> Token:
    """A clause has one subject: when the parser gives its verb two ("Lagos: Former Nigerian
    vice president Atiku Abubakar has said", "Abuja -- The military confirmed"), the first,
    opening the sentence and set off from the rest by punctuation, is the story's dateline,
    and the later one is who acts. The parser may also hang the actor on the dateline as an
    apposition ("Goma -- The Congolese army, on Sunday, accused"): an apposition names the
    same thing, so where the dateline mark stands between them the apposition is taken."""
    sent = subj.sent
    nxt = subj.doc[subj.i + 1] if subj.left_edge.i == sent.start and subj.i + 1 < sent.end else None
    if nxt is None or nxt.tag_ not in (":", "HYPH") or not nxt.whitespace_:
        return subj  # a colon or dash with a space after it: not the hyphen of "vice-president",
        # nor the comma of an apposition ("Putin, the Russian leader, accused": Putin acts)
    later = [c for c in subj.head.children if c.dep_ == subj.dep_ and c.i > nxt.i]
    later += [c for c in subj.children if c.dep_ == "appos" and c.i > nxt.i]
    return min(later, key=lambda c: c.i) if later else subj


def without_article(word: str) -> str:
    """A name part without a joined Arabic article ("al-Burhan" -> "Burhan"): the form news
    uses on second reference (words.tsv name_articles)."""
    low = word.lower()
    for art in NAME_ARTICLES:
        if low.startswith(art) and len(word) > len(art):
            return word[len(art):]
    return word
