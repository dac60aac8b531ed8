"""Actor resolution within one article: phrases -> canonical actors with deterministic ids.

How it works, in passes over the parsed Doc (all offsets are cleaned-text
token indices until a Mention is built):

1. gazetteer phrases (states, demonyms, capitals, places, IGOs, media, armed
   groups, named bodies, known office holders, role and body words), longest
   match first;
2. people from NER (PERSON, plus LOC/ORG/GPE spans that look like a person's
   name next to a title), titles stripped, merged within the article;
3. roles attached to people (premodifier titles, appositions, "X is NAME"),
   with the state from a demonym / possessive / "of <State>" / a body;
4. role-only and body phrases resolved to a person or body already seen,
   to a known office holder (dates permitting), or kept as role actors;
5. surnames and given names of the article's people; pronoun subjects of
   attribution verbs ("he said") to the most recent compatible subject.

Ids are deterministic (``stable_id``) so two articles, or two worker
processes, give the same actor the same id; see ``actor_id``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from crisislens.actors import dictionary as dic
from crisislens.actors import gazetteer as gz
from crisislens.actors import lexicon as lex
from crisislens.actors.coref import PASSES, CoreferenceMixin
from crisislens.actors.dictionary import DictEntry
from crisislens.actors.gazetteer import Entry, norm_token
from crisislens.actors.query import QueryMixin
from crisislens.actors.registry import BODY_QUALIFIED_ROLES, ActorBuilder, actor_id, merge_actors
from crisislens.model import Actor, Article, Mention, fold

# actor_id and merge_actors are re-exported: the store and older callers import them from here.
__all__ = ["Index", "actor_id", "build_index", "merge_actors"]

# Word lists live in data/words.tsv (see crisislens.actors.lexicon); each name below is one row.
PERSON_LABELS = {"PERSON"}
# NER sometimes labels a person's name as one of these ("Ajit Doval" as LOC).
MAYBE_PERSON_LABELS = {"LOC", "ORG", "GPE", "NORP", "FAC"}
TITLE_WORDS = lex.words("title_words")
BODY_SECTOR_ROLES = lex.words("body_sector_roles")
MILITARY_TITLES = lex.words("military_titles")
NAME_PARTICLES = lex.words("name_particles")
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
GENERIC_ROLES = lex.words("generic_roles")
GROUP_ROLES = lex.words("group_roles")
DATELINE = re.compile(r"^\s*,?\s*(\(|[A-Z][a-z]{2,8}\.? \d{1,2}\b|\d{1,2} [A-Z][a-z]+)")
NOT_NAME_STARTS = lex.words("not_name_starts")
# Dependents of a noun that name its owner ("Indian jets", "Pakistan's army", "its forces").
MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
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


class Index(CoreferenceMixin, QueryMixin):
    """The ActorIndex of one article (see ``crisislens.actors.index``): the passes that build
    it are here; coreference passes in ``coref``, the questions extractors ask in ``query``."""

    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.article = article
        self.g = gz.load()
        self.builders: dict[str, ActorBuilder] = {}  # builder key -> builder
        self.by_token: dict[int, list[str]] = {}  # token index -> builder keys
        self.spans: list[tuple[int, int, str, str]] = []  # (start, end, builder key, how)
        self.places: list[tuple[int, int, str, str | None]] = []
        self.matches: list[_Match] = []
        self.used: set[int] = set()  # tokens consumed by a mention
        self.subject_people: list[tuple[int, str, bool]] = []  # (token, builder key, speech)
        self._actors: list[Actor] | None = None
        self._messages: list[str] = []
        self._amap: dict[str, Actor] | None = None
        self._mentions: list[Mention] | None = None
        self._match_at: dict[int, _Match] = {}  # token index -> the match covering it
        self._setting_code: str | None = None  # "" once computed and none found
        self._home_code: str | None = None
        # state token -> the (start, end) of the role/body/group phrase it owns ("Pakistan and
        # India's advisers": both states own "advisers"), so a misparsed phrase still resolves
        self.owned: dict[int, tuple[int, int]] = {}

    # ------------------------------------------------------------------ building
    def run(self) -> Index:
        self._match_gazetteer()
        persons = self._find_persons()
        self._compose(persons)
        self._dictionary_bodies()
        for coreference_pass in PASSES:  # registered in order in crisislens.actors.coref
            coreference_pass(self)
        return self

    def _builder(self, bkey: str, /, **kw) -> ActorBuilder:
        b = self.builders.get(bkey)
        if b is None:
            b = self.builders[bkey] = ActorBuilder(**kw)
        return b

    def _mention(self, start: int, end: int, bkey: str, how: str) -> None:
        if end <= start:
            return
        self.spans.append((start, end, bkey, how))
        for i in range(start, end):
            self.by_token.setdefault(i, [])
            if bkey not in self.by_token[i]:
                self.by_token[i].append(bkey)
            self.used.add(i)
        b = self.builders[bkey]
        text = self.doc[start:end].text
        if how in ("name", "alias", "gazetteer", "surname") and b.kind != "state" or how in ("name", "capital", "alias") and b.kind == "state":
            b.add_alias(text)

    def _match_gazetteer(self) -> None:
        """Longest gazetteer match at each token, left to right, no overlaps. A curated phrase
        wins over a longer PETRARCH-2 agent phrase at the same start ("Ambassador" of roles.tsv
        over the agent "ambassador to"), so the agents only fill gaps."""
        norms = [norm_token(t.text) for t in self.doc]
        i, n = 0, len(self.doc)
        while i < n:
            found = self._match_at_token(norms, i) if norms[i] in self.g.first else None
            if found and self._agent_hides_curated(found, norms):
                found = None  # "Former President": the role, not the agent phrase "former president"
            if found:
                self.matches.append(found)
                for k in range(found.start, found.end):
                    self._match_at[k] = found
                i = found.end
            else:
                i += 1

    def _agent_hides_curated(self, found: _Match, norms: list[str]) -> bool:
        if not all(e.kind == gz.AGENT for e in found.entries):
            return False
        for k in range(found.start + 1, found.end):
            inner = self._match_at_token(norms, k) if norms[k] in self.g.first else None
            if inner is not None and not all(e.kind == gz.AGENT for e in inner.entries):
                return True
        return False

    def _match_at_token(self, norms: list[str], i: int) -> _Match | None:
        agent: _Match | None = None
        for length in range(min(self.g.max_len, len(norms) - i), 0, -1):
            usable = self._usable(self.g.table.get(tuple(norms[i:i + length])), i, length)
            if not usable:
                continue
            if all(e.kind == gz.AGENT for e in usable):
                agent = agent or _Match(i, i + length, usable)
                continue
            return _Match(i, i + length, usable)
        return agent

    def _usable(self, entries: list[Entry] | None, i: int, length: int) -> list[Entry]:
        """Entries that may match here: proper names only where the text capitalises them,
        nothing across a line break."""
        if not entries:
            return []
        span = self.doc[i:i + length]
        if any(t.is_space for t in span):
            return []
        cased = any(c.isupper() for c in span.text)
        return [e for e in entries if e.kind not in gz.PROPER or cased]

    def _find_persons(self) -> list[tuple[int, int]]:
        """Token ranges of people's names from NER, titles stripped, gazetteer hits excluded."""
        matched_at = {i: m for m in self.matches for i in range(m.start, m.end)}
        out: list[tuple[int, int]] = []
        for ent in self.doc.ents:
            if ent.label_ not in PERSON_LABELS and ent.label_ not in MAYBE_PERSON_LABELS:
                continue
            s, e = self._name_core(ent.start, ent.end, matched_at)
            if e > s and self._is_person_name(s, e, ent.label_, matched_at):
                out.append((s, e))
        return out

    def _name_core(self, s: int, e: int, matched_at: dict[int, _Match]) -> tuple[int, int]:
        """The name inside an entity: no trailing possessive or punctuation, no leading titles
        or gazetteer tokens (demonyms, roles) glued into the span."""
        doc = self.doc
        while e > s and (doc[e - 1].text in ("'s", "’s", "'", "’") or doc[e - 1].is_punct):
            e -= 1
        while s < e and (
            (doc[s].lower_ in TITLE_WORDS and doc[s].lower_ not in KEEP_AS_NAME)
            or (s in matched_at and not matched_at[s].first(gz.HOLDER, gz.AGENT))
        ):
            s += 1
        return s, e

    def _is_person_name(self, s: int, e: int, label: str, matched_at: dict[int, _Match]) -> bool:
        doc = self.doc
        if doc[e - 1].idx + len(doc[e - 1]) - doc[s].idx > MAX_NAME_CHARS:
            self._messages.append(
                f"a name of more than {MAX_NAME_CHARS} characters was not taken for a person ({doc[s:e].text[:40]}...)"
            )
            return False
        if any(i in matched_at and _blocks_name(matched_at[i], s, e, doc) for i in range(s, e)):
            return False  # a known name/place/body: the gazetteer pass owns it
        if not all(_name_token(t) for t in doc[s:e]):
            return False
        if label not in PERSON_LABELS and (e - s == 1 or not self._person_like(s, e)):
            return False
        return doc[s].lower_ not in NOT_NAME_STARTS and not self._in_headline(s)

    def _in_headline(self, i: int) -> bool:
        """True when token i sits on a Title Case line (a headline), where NER takes any
        capitalised pair for a name ("Desi Arsenal"); known office holders are matched anyway."""
        line = self._line_of(i)
        if line.text.rstrip().endswith((".", "!", "?", '"', "”")):
            return False  # a sentence, not a headline: headlines carry no final stop
        words = [t for t in line if t.is_alpha and len(t) > 3]
        return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)

    def _line_of(self, i: int) -> Span:
        doc = self.doc
        s = i
        while s > 0 and "\n" not in doc[s - 1].whitespace_ + doc[s - 1].text:
            s -= 1
        e = i
        while e < len(doc) - 1 and "\n" not in doc[e].whitespace_ + doc[e].text:
            e += 1
        return doc[s:e + 1]

    def _person_like(self, s: int, e: int) -> bool:
        """A non-PERSON entity is a person when a title precedes it or it is the attr of "is"."""
        if e - s < 2 or e - s > 4 or not all(t.pos_ == "PROPN" for t in self.doc[s:e]):
            return False
        prev = self.doc[s - 1] if s > 0 else None
        if prev is not None and (prev.lower_ in TITLE_WORDS - NOT_TITLES or self._role_at(s - 1)):
            return True
        root = self.doc[s:e].root
        return root.dep_ == "attr" and root.head.lemma_ == "be"

    def _role_at(self, i: int) -> _Match | None:
        m = self._match_at.get(i)
        return m if m is not None and m.first(gz.ROLE) else None

    # ------------------------------------------------------------------ composition
    def _generic_body_entry(self, m: _Match) -> Entry:
        e = m.first(gz.GENERIC_BODY)
        return Entry(gz.GENERIC_BODY, e.name, None, e.sector, key=e.key, display=e.display)

    def _state_before(self, i: int) -> tuple[list[Entry], int]:
        """States written just before token i ("Pakistan's", "Turkish", "the U.S.", "Indian and
        Pakistani"), with the index of the leftmost token used."""
        j = i - 1
        doc = self.doc
        while j >= 0 and doc[j].text in ("'s", "’s", "'", "’"):
            j -= 1
        states: list[Entry] = []
        left = i
        while j >= 0:
            m = self._match_ending_at(j)
            e = m.first(gz.STATE, gz.DEMONYM, gz.CAPITAL) if m else None
            if e is None or (m and any(t in self.used for t in range(m.start, m.end))):
                break
            states.insert(0, e)
            left = m.start
            j = m.start - 1
            if j >= 0 and doc[j].lower_ in ("and", ","):
                j -= 1
                continue
            break
        return states, left

    def _states_in(self, a: int, b: int) -> list[_Match]:
        """State/demonym/capital matches starting in tokens [a, b)."""
        out = []
        for i in range(max(a, 0), b):
            m = self._match_starting_at(i)
            if m is not None and m.first(gz.STATE, gz.DEMONYM, gz.CAPITAL):
                out.append(m)
        return out

    def _match_ending_at(self, j: int) -> _Match | None:
        m = self._match_at.get(j)
        return m if m is not None and m.end - 1 == j else None

    def _match_starting_at(self, j: int) -> _Match | None:
        m = self._match_at.get(j)
        return m if m is not None and m.start == j else None

    def _of_after(self, j: int) -> tuple[Entry | None, int]:
        """An "of <State>" / "of the <Body>" right after token j-1 (j = first token after)."""
        doc = self.doc
        if j < len(doc) and doc[j].text == "(":
            close = next((k for k in range(j + 1, min(j + 6, len(doc))) if doc[k].text == ")"), None)
            if close is not None:
                j = close + 1
        if j < len(doc) and doc[j].lower_ in ("of", "for", "in"):
            k = j + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            m = self._match_starting_at(k)
            if m:
                e = m.first(gz.STATE, gz.BODY, gz.IGO, gz.MEDIA)
                if e and (doc[j].lower_ == "of" or e.kind == gz.STATE):
                    return e, m.end
        return None, j

    def _state_builder(self, e: Entry) -> str:
        bkey = f"state:{e.code}"
        self._builder(bkey, kind="state", name=e.name, code=e.code, sector="GOV")
        return bkey

    def _entity_builder(self, e: Entry) -> str:
        """Builder for a named IGO / media outlet / armed group / named body."""
        kind = "group" if e.kind == gz.GROUP else "organization"
        bkey = f"{kind}:{e.code}:{e.key or fold(e.name)}"
        b = self._builder(bkey, kind=kind, name=e.name, code=e.code, sector=e.sector, key=e.key or e.name)
        if b.name != e.name and e.kind == gz.BODY and b.key == e.key:
            b.add_alias(e.name)
        return bkey

    def _person_builder(self, name: str, holder: Entry | None) -> str:
        canonical = holder.name if holder else name
        bkey = f"person:{fold(canonical)}"
        b = self._builder(bkey, kind="person", name=canonical, code=None, sector=None)
        if holder and not b.known:
            b.known = True
            b.code = b.code or holder.code
            b.sector = holder.sector
            for h in self.g.holders:
                if h.name == holder.name and h.role and self._current(h):
                    b.role_keys.add(h.role)
        return bkey

    def _holder_for(self, name: str) -> Entry | None:
        key = gz.phrase_key(name)
        for e in self.g.table.get(key, []):
            if e.kind == gz.HOLDER:
                return e
        folded = fold(name)
        for h in self.g.holders:
            if len(folded) > 6 and fuzz.ratio(folded, fold(h.name)) >= 90:
                return h
        return None

    def _from_dictionary(self, bkey: str, name: str) -> None:
        """Code and sector of a person the office holders do not know, from the dated
        dictionary (the codes in force on the article's date); the text may still override."""
        entry = _dictionary_person(name)
        if entry is None:
            return
        b = self.builders[bkey]
        choice = dic.choose(entry, self.article.published)
        b.entry, b.how = entry, choice.how
        b.code = b.code or choice.code
        b.sector = b.sector or choice.sector

    def _dictionary_bodies(self) -> None:
        """Organisations and armed groups NER finds that the curated lists do not know, from
        the dated dictionary (PETRARCH-2's International and MilNonState files: NGOs, IGO
        agencies, companies, armed groups), with the code in force on the article's date."""
        for ent in self.doc.ents:
            if ent.label_ not in ("ORG", "NORP", "FAC") or any(t.i in self.used for t in ent):
                continue
            s, e = ent.start, ent.end
            while s < e and self.doc[s].lower_ == "the":
                s += 1
            while e > s and (self.doc[e - 1].text in ("'s", "’s") or self.doc[e - 1].is_punct):
                e -= 1
            entries = [x for x in dic.load().lookup(gz.phrase_key(self.doc[s:e].text)) if x.kind != "person"]
            choice = dic.choose(entries[0], self.article.published) if len(entries) == 1 else None
            if choice is None or not choice.code or e <= s:
                continue
            kind = gz.GROUP if choice.code == "NSG" else gz.BODY
            entry = Entry(kind, _clean_name(self.doc[s:e].text), choice.code, choice.sector, key=fold(entries[0].name))
            bkey = self._entity_builder(entry)
            self.builders[bkey].how = choice.how
            self._mention(s, e, bkey, "name")

    def _settle_dictionary(self, bkey: str) -> None:
        """When the text gives the person's state, the text wins; several dictionary codes in
        force on the day are resolved by it (and ``how`` says so)."""
        b = self.builders[bkey]
        if b.entry is None or not b.code_from_text:
            return
        choice = dic.choose(b.entry, self.article.published, b.code)
        if choice.code == b.code:
            b.how = choice.how if "codes in force" in choice.how else ""
        else:
            b.how = f"the text ({b.code}) over {choice.how}"
            b.sector = None if not b.sectors else b.sector

    def _current(self, h: Entry) -> bool:
        day = self.article.published
        if not day:
            return h.end is None
        return (h.start is None or h.start <= day) and (h.end is None or day < h.end)

    def _compose(self, persons: list[tuple[int, int]]) -> None:
        """People first (so roles attach to them), then role, body and group phrases (they
        take the state words that modify them), then the named things and states left."""
        person_at = {s: e for s, e in persons}
        inside = {i for s, e in persons for i in range(s, e)}
        for m in self.matches:  # known-holder matches are persons too, unless a longer name holds them
            if m.first(gz.HOLDER) and m.start not in inside:
                person_at[m.start] = m.end
        # full names before lone surnames
        for s in sorted(person_at, key=lambda s: (person_at[s] - s == 1, s)):
            self._person(s, person_at[s])
        for m in self._free_matches():
            handler = next((h for kind, h in self._phrase_handlers() if m.first(kind)), None)
            if handler is not None:
                handler(m)
        for m in self._free_matches():
            if not m.first(gz.ROLE, gz.GENERIC_BODY, gz.GENERIC, gz.AGENT):
                self._named_or_state(m)

    def _phrase_handlers(self):
        return ((gz.ROLE, self._role_only), (gz.GENERIC_BODY, self._body), (gz.GENERIC, self._generic),
                (gz.AGENT, self._agent))

    def _free_matches(self):
        """Gazetteer matches none of whose tokens a mention has taken yet (checked lazily)."""
        for m in self.matches:
            if not any(t in self.used for t in range(m.start, m.end)):
                yield m

    def _person(self, s: int, e: int) -> None:
        """One person name: the same article person, a known holder, or a new person (coded
        from the dated dictionary when no holder is known), then its roles."""
        name = _clean_name(self.doc[s:e].text)
        m = self._match_starting_at(s)
        holder = m.first(gz.HOLDER) if m and m.end == e else None
        holder = holder or self._holder_for(name)
        bkey = self._find_same_person(name) if not holder else None
        if bkey is None and len(name.split()) == 1:
            bkey = self._find_by_part(name)
            if bkey is None:
                holder = self._holder_by_surname(name)
        if bkey is None:
            bkey = self._person_builder(name, holder)
            if holder is None:
                self._from_dictionary(bkey, name)
        how = "name" if len(name.split()) > 1 else ("gazetteer" if holder else "surname")
        self._mention(s, e, bkey, how)
        self._attach_roles(s, e, bkey)
        self._settle_dictionary(bkey)
        self._note_subject(s, e, bkey)

    def _named_or_state(self, m: _Match) -> None:
        top = m.entries[0]
        if top.kind in (gz.IGO, gz.MEDIA, gz.GROUP, gz.BODY):
            self._mention(m.start, m.end, self._entity_builder(top), "name")
        elif top.kind == gz.PLACE or m.first(gz.PLACE) and not m.first(gz.STATE, gz.CAPITAL):
            e = m.first(gz.PLACE)
            self.places.append((m.start, m.end, e.name, e.code))
        elif top.kind in (gz.STATE, gz.DEMONYM, gz.CAPITAL):
            self._state_mention(m)

    def _find_same_person(self, name: str) -> str | None:
        """An article person this name is a variant of (Khawaja Muhammad Asif ~ Khawaja Asif)."""
        parts = [fold(p) for p in name.split()]
        for bkey, b in self.builders.items():
            if b.kind != "person" or not b.name:
                continue
            other = [fold(p) for p in b.name.split()] + [fold(p) for a in b.aliases for p in a.split()]
            names = [b.name, *b.aliases]
            if any(fold(n) == fold(name) for n in names):
                return bkey
            if len(parts) > 1 and parts[-1] == fold(b.name.split()[-1]) and parts[0] in other:
                return bkey
            if len(parts) > 1 and fuzz.ratio(fold(name), fold(b.name)) >= 92:
                return bkey
        return None

    def _holder_by_surname(self, word: str) -> Entry | None:
        """The one current office holder with this surname (NER says it is a person and the
        article names no one else so)."""
        f = fold(word)
        hits = {h.name: h for h in self.g.holders if fold(h.name.split()[-1]) == f and self._current(h)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _find_by_part(self, word: str) -> str | None:
        """The one article person whose surname or given name this is."""
        f = fold(word)
        hits = {
            k for k, b in self.builders.items()
            if b.kind == "person" and b.name and len(b.name.split()) > 1
            and any(f in (fold(n.split()[-1]), fold(n.split()[0])) for n in [b.name, *b.aliases] if " " in n)
        }
        return self._dominant(hits) if hits else None

    def _attach_roles(self, s: int, e: int, bkey: str) -> None:
        """Titles before the name, an apposition after it, a role before it set off by a comma,
        and the state of "His counterpart in India is NAME"."""
        b = self.builders[bkey]
        roles, body, j = self._premodifiers(s, b)
        if body is None or body.kind == gz.GENERIC_BODY:
            states, left = self._state_before(j + 1)
        else:
            states, left = [], j + 1
        if roles or (body and body.kind == gz.MEDIA):
            self._apply_roles(b, roles, states, body, left)
        self._apposition_roles(e, b)
        if not roles:
            self._comma_role_before(s, e, b)
        self._copula_state(s, e, b)

    def _premodifiers(self, s: int, b: ActorBuilder) -> tuple[list[_Match], Entry | None, int]:
        """The run of titles before a name ("Pakistan's Deputy PM and FM", "Turkish President",
        "TRT World's"): its roles, the body that holds them, and the token before the run."""
        doc = self.doc
        j = s - 1
        roles: list[_Match] = []
        while j >= 0:
            if doc[j].lower_ in TITLE_WORDS and not self._match_ending_at(j):
                if doc[j].lower_ in MILITARY_TITLES:
                    b.add_role(doc[j].text.rstrip("."), "general", "MIL")
                j -= 1
                continue
            k = self._of_state_before_name(j) if not roles else None
            if k is not None:
                j = k  # "The President of Kenya William Ruto": the role before "of Kenya"
                continue
            m = self._match_ending_at(j)
            if m and m.first(gz.ROLE) and not any(t in self.used for t in range(m.start, m.end)):
                roles.insert(0, m)
                j = m.start - 1
                if j >= 0 and doc[j].lower_ in ("and", "&"):
                    j -= 1
                continue
            return roles, *self._premodifier_body(m, j, roles, b)
        return roles, None, j

    def _of_state_before_name(self, j: int) -> int | None:
        """When tokens ..j read ROLE of [the] STATE, the index of the role's last token."""
        m = self._match_ending_at(j)
        if m is None or not m.first(gz.STATE):
            return None
        k = m.start - 1
        if k >= 0 and self.doc[k].lower_ == "the":
            k -= 1
        if k >= 1 and self.doc[k].lower_ == "of" and self._role_at(k - 1):
            return k - 1
        return None

    def _premodifier_body(self, m: _Match | None, j: int, roles: list[_Match], b: ActorBuilder) -> tuple[Entry | None, int]:
        if m and m.first(gz.MEDIA, gz.BODY, gz.IGO, gz.GROUP) and j + 1 < len(self.doc):
            body = m.first(gz.MEDIA, gz.BODY, gz.IGO, gz.GROUP)
            self._mention(m.start, m.end, self._entity_builder(body), "name")
            if body.kind == gz.MEDIA and not roles:
                b.add_role("journalist", "journalist", "MED")
            return body, j
        if m and roles and m.first(gz.GENERIC_BODY) and not any(t in self.used for t in range(m.start, m.end)):
            return self._generic_body_entry(m), m.start - 1  # "Pakistan's military spokesman"
        return None, j

    def _apposition_roles(self, e: int, b: ActorBuilder) -> None:
        """"NAME, [the] [U.S.] ROLE [of the ISI]," / "NAME, director general of ..."."""
        doc = self.doc
        if e >= len(doc) or doc[e].text != ",":
            return
        k = e + 1
        if k < len(doc) and doc[k].lower_ in ("the", "a", "an", "its", "his", "her"):
            k += 1
        body_m = self._match_starting_at(k) or (self._match_starting_at(k - 1) if doc[k - 1].lower_ == "the" else None)
        body = body_m.first(gz.BODY, gz.IGO, gz.MEDIA, gz.GROUP) if body_m else None
        app_roles, k2 = self._role_run(body_m.end if body else k)
        if app_roles and not self._starts_name(k2):  # else the next person's title ("Macron, Israeli PM ...")
            states2, _ = self._state_before(app_roles[0].start)
            if body is not None:  # "NAME, the Taliban spokesman": the body holds the role
                self._mention(body_m.start, body_m.end, self._entity_builder(body), "name")
            self._apply_roles(b, app_roles, [] if body else states2, body, None, after=k2)

    def _comma_role_before(self, s: int, e: int, b: ActorBuilder) -> None:
        """A role set off by a comma before the name: "Pakistan's NSA, Lt. Gen. Asim Malik,";
        up to six words may follow the role ("Ambassador to the United States, NAME")."""
        doc = self.doc
        j = s - 1
        while j >= 0 and doc[j].lower_ in TITLE_WORDS and doc[j].text != ",":
            j -= 1
        closed = e < len(doc) and doc[e].text in (",", ")", "—", ";") or doc[s:e].root.dep_ == "appos"
        if not (j >= 1 and doc[j].text == "," and closed):
            return
        jj = j - 1
        stop = max(-1, jj - 6)
        while jj > stop and not self._role_at(jj):
            jj -= 1
        m = self._role_at(jj) if jj > stop else None
        if m and not any(t in self.used for t in range(m.start, m.end)):
            states3, left3 = self._state_before(m.start)
            self._apply_roles(b, [m], states3, None, left3)

    def _copula_state(self, s: int, e: int, b: ActorBuilder) -> None:
        """"His counterpart in India is NAME": the state named in the copula's subject."""
        root = self.doc[s:e].root
        if b.code or root.dep_ != "attr" or root.head.lemma_ != "be":
            return
        for child in root.head.children:
            if child.dep_ not in SUBJECT_DEPS:
                continue
            for t in child.subtree:
                m = self._match_starting_at(t.i)
                st = m.first(gz.STATE) if m else None
                if st:
                    b.code = st.code
                    b.code_from_text = True
                    self._mention(m.start, m.end, self._state_builder(st), "name")
                    break

    def _starts_name(self, k: int) -> bool:
        if k >= len(self.doc):
            return False
        t = self.doc[k]
        return (t.ent_type_ == "PERSON" and t.ent_iob_ == "B") or bool(
            (m := self._match_starting_at(k)) and m.first(gz.HOLDER)
        )

    def _role_run(self, k: int) -> tuple[list[_Match], int]:
        """Role phrases starting at token k, joined by "and"; with an optional state before each."""
        doc = self.doc
        run: list[_Match] = []
        while k < len(doc):
            m = self._match_starting_at(k)
            if m and m.first(gz.STATE, gz.DEMONYM) and not run:
                k = m.end
                if k < len(doc) and doc[k].text in ("'s", "’s"):
                    k += 1
                continue
            if m and m.first(gz.ROLE):
                run.append(m)
                k = m.end
                ent, k2 = self._of_after(k)
                k = k2 if ent else k
                if k < len(doc) and doc[k].lower_ in ("and", "&"):
                    k += 1
                    continue
            break
        return run, k

    def _apply_roles(
        self, b: ActorBuilder, roles: list[_Match], states: list[Entry], body: Entry | None,
        left: int | None, after: int | None = None,
    ) -> None:
        """Give a person the roles written with their name, and the state those roles name
        (one state word before them, the body that holds them, or "of X" after one)."""
        code = states[0].code if len(states) == 1 else None
        if body and (body.code or body.kind == gz.IGO):
            code = body.code  # a named body's state, an IGO, or NSG for an armed group
        for m in roles:
            of_code = self._apply_role(b, m, body)  # always applied: no short-circuit here
            code = code or of_code
        if body is not None and body.kind == gz.MEDIA:
            b.sectors.append("MED")
            code = body.code
        if code and not (b.code_from_text and b.code):
            b.code = code  # the text wins over the gazetteer and the dictionary
            b.code_from_text = True
        elif not b.code and b.role_keys and b.role_keys <= DOMESTIC_ROLES and self._home():
            b.code = self._home()  # "Sen. Elizabeth Warren" in a story about one country
            b.how = f"home: {b.code}, the state the article names most (a domestic office)"
        if states and left is not None and len(states) == 1:
            end = roles[0].start if roles else left + 1
            for m in [x for x in self._states_in(left, end) if x.end <= end][:1]:
                if not any(t in self.used for t in range(m.start, m.end)):
                    self._mention(m.start, m.end, self._state_builder(states[0]), "demonym" if m.first(gz.DEMONYM) else "name")

    def _apply_role(self, b: ActorBuilder, m: _Match, body: Entry | None) -> str | None:
        """One role of a person, with its sector; returns the code of its "of X" owner, if any."""
        doc = self.doc
        role = m.first(gz.ROLE)
        sector = role.sector
        of_entity, _ = self._of_after(m.end)
        if of_entity:
            if of_entity.kind != gz.STATE and of_entity.sector in ("SPY", "DIP", "MIL", "MED", "IGO") and (
                role.key not in ("foreign minister", "defence minister")
            ):
                sector = of_entity.sector
            first = m.end + (2 if m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "the" else 1)
            om = self._match_starting_at(first)
            if om and not any(t in self.used for t in range(om.start, om.end)):
                owner = self._state_builder(of_entity) if of_entity.kind == gz.STATE else self._entity_builder(of_entity)
                self._mention(om.start, om.end, owner, "name")
        if body is not None and body.kind == gz.MEDIA:
            sector = "MED"
        elif body is not None and body.sector in ("DIP", "SPY", "MIL", "IGO", "REB") and role.key in BODY_SECTOR_ROLES:
            sector = body.sector
        b.add_role(doc[m.start:m.end].text, _qualified(role.key, of_entity or body), sector)
        self._mention(m.start, m.end, self._key_of(b), "role")
        return of_entity.code if of_entity else None

    def _key_of(self, b: ActorBuilder) -> str:
        for k, v in self.builders.items():
            if v is b:
                return k
        raise KeyError(b.name)

    def _note_subject(self, s: int, e: int, bkey: str) -> None:
        """Remember a person who is a clause subject (for pronouns), and whether of a speech verb."""
        for t in self.doc[s:e]:
            hops = 0
            while t.dep_ in ("compound", "conj", "appos", "flat", "amod") and t.head is not t and hops < 6:
                t, hops = t.head, hops + 1
            if t.dep_ in SUBJECT_DEPS:
                self.subject_people.append((s, bkey, t.head.lemma_ in SPEECH_VERBS))
                return
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
                self.subject_people.append((s, bkey, True))
                return
        # a misparse ("..., Rubio expressed sorrow" with Rubio as an apposition): a name right
        # before a finite verb that has no subject of its own is that verb's subject
        nxt = self.doc[e] if e < len(self.doc) else None
        if (
            nxt is not None and nxt.pos_ == "VERB" and nxt.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in SUBJECT_DEPS for c in nxt.children)
        ):
            self.subject_people.append((s, bkey, nxt.lemma_ in SPEECH_VERBS))

    def _role_only(self, m: _Match) -> None:
        """A role phrase with no name: an article person, a known holder, or a role actor."""
        role = m.first(gz.ROLE)
        states, left, body = self._role_owner(m)
        of_entity, after = self._of_after(m.end)
        codes: list[str | None] = [s.code for s in states] or ([body.code] if body and body.code else [])
        if of_entity is not None and not codes:
            codes = self._of_states(of_entity, after)
        if not codes and self._abbreviates_roles(m):
            return
        if self._title_of_a_name(m):
            return
        sector = _role_sector(role, body, of_entity)
        role_key = _qualified(role.key, body or of_entity)
        codes = codes or [None]
        for code in codes:
            self._role_holder(m, role, role_key, code, sector, after, len(codes) == 1)
        if states:
            self._owner_mentions(left, m)

    def _role_owner(self, m: _Match) -> tuple[list[Entry], int, Entry | None]:
        """The states written before a role, its leftmost token, and a body between them
        ("ISPR DG", "China's foreign ministry spokesperson")."""
        states, left = self._state_before(m.start)
        bm = self._match_ending_at(m.start - 1)
        if bm is None or states:
            return states, left, None
        named = bm.first(gz.BODY, gz.IGO, gz.MEDIA)
        if named is not None:
            self._mention(bm.start, bm.end, self._entity_builder(named), "name")
            return states, bm.start, named
        if bm.first(gz.GENERIC_BODY) and not any(t in self.used for t in range(bm.start, bm.end)):
            states, left = self._state_before(bm.start)
            return states, left, self._generic_body_entry(bm)
        return states, left, None

    def _of_states(self, of_entity: Entry, after: int) -> list[str | None]:
        """Owners named by "of X" after a role; "the NSAs of Pakistan and India": one per state."""
        doc = self.doc
        codes: list[str | None] = [of_entity.code]
        om = self._match_ending_at(after - 1)
        if om and not any(t in self.used for t in range(om.start, om.end)):
            owner = self._state_builder(of_entity) if of_entity.kind == gz.STATE else self._entity_builder(of_entity)
            self._mention(om.start, om.end, owner, "name")
        k = after
        while of_entity.kind == gz.STATE and k + 1 < len(doc) and doc[k].lower_ in ("and", ","):
            nm = self._match_starting_at(k + 1)
            st = nm.first(gz.STATE) if nm else None
            if st is None:
                break
            codes.append(st.code)
            if not any(t in self.used for t in range(nm.start, nm.end)):
                self._mention(nm.start, nm.end, self._state_builder(st), "name")
            k = nm.end
        return codes

    def _abbreviates_roles(self, m: _Match) -> bool:
        """"national security advisers (NSAs)": the abbreviation names the same actors."""
        doc = self.doc
        if not (m.start >= 2 and doc[m.start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")"):
            return False
        prev = [x for x in self.spans if x[1] == m.start - 1 and x[3] == "role"]
        for _s, _e, bkey, _how in prev:
            self._mention(m.start, m.end, bkey, "role")
        return bool(prev)

    def _title_of_a_name(self, m: _Match) -> bool:
        """A role written right before a name is that person's title, never a role on its own:
        a military title before a name NER missed, or a name the text gives (the dated holder
        must never take the place of the person the text names)."""
        doc = self.doc
        if doc[m.start].lower_ in ("lt", "gen", "gen.", "general") and m.end < len(doc) and doc[m.end].is_title:
            return True
        return self._starts_name(m.end) or (m.end < len(doc) and doc[m.end].ent_type_ == "PERSON")

    def _role_holder(
        self, m: _Match, role: Entry, role_key: str, code: str | None, sector: str | None, after: int, single: bool
    ) -> None:
        bkey = self._resolve_role(role_key, code, m.start)
        if bkey is None:
            bkey = self._role_actor(m, role, role_key, code, sector, after)
            if bkey is None:
                return
        b = self.builders[bkey]
        b.add_role(self.doc[m.start:m.end].text, role_key, sector if b.kind == "role" else None)
        self._mention(m.start, m.end, bkey, "role")
        if single and b.kind == "person":
            self._note_subject(m.start, m.end, bkey)

    def _role_actor(
        self, m: _Match, role: Entry, role_key: str, code: str | None, sector: str | None, after: int
    ) -> str | None:
        """A role actor for a role nobody is known to hold; generic plural roles ("officials
        said") become a group of the place or setting; an indefinite role with no state, none."""
        doc = self.doc
        if code is None and role.key in GENERIC_ROLES:
            if role.key in GROUP_ROLES and doc[m.end - 1].tag_ in ("NNS", "NNPS") and not self._enumerates(m):
                gkey = self._generic_builder(self._located(after) or self._setting(), gz.plural(role.key), sector)
                self._mention(m.start, m.end, gkey, GENERIC_HOW)
            return None
        if code is None and not _definite(doc, m.start):
            return None
        bkey = f"role:{code}:{role_key}"
        self._builder(bkey, kind="role", name=None, code=code, sector=sector, key=role_key)
        return bkey

    def _resolve_role(self, key: str, code: str | None, at: int) -> str | None:
        """Who holds this role: an article person first (most recent before ``at``), then the gazetteer."""
        best: tuple[int, str] | None = None
        for s, _e, bkey, _how in self.spans:
            b = self.builders[bkey]
            if b.kind != "person" or key not in b.role_keys:
                continue
            if code and b.code and b.code != code:
                continue
            if code and not b.code:
                continue
            rank = s if s < at else -s
            if best is None or rank > best[0]:
                best = (rank, bkey)
        if best:
            return best[1]
        if code:
            for h in self.g.holders:
                if h.role == key and h.code == code and self._current(h):
                    bkey = self._person_builder(h.name, h)
                    b = self.builders[bkey]
                    b.how = b.how or (
                        f"inferred: holder of {key} ({code}) on {self.article.published or 'an undated day'}"
                        " (office_holders.tsv)"
                    )
                    return bkey
        return None

    def _body(self, m: _Match) -> None:
        """A generic body ("the Foreign Ministry", "Pakistan's armed forces")."""
        body = m.first(gz.GENERIC_BODY)
        head = self.doc[m.end - 1]
        if body.key == "armed forces" and head.dep_ in ("amod", "compound") and head.lower_ == "military":
            return
        states, left = self._state_before(m.start)
        of_entity, after = self._of_after(m.end)
        codes = [s.code for s in states]
        if not codes and of_entity is not None and of_entity.kind == gz.STATE:
            codes = [of_entity.code]
            om = self._match_ending_at(after - 1)
            if om:
                self._mention(om.start, om.end, self._state_builder(of_entity), "name")
        if not codes:
            self._bare_body(m, body)
            return
        if not states:  # "the government of Cambodia": the state comes after the body
            code = codes[0]
            owner = self._state_builder(self._state_entry(code)) if body.key == "state" else self._body_builder(code, body)
            self._mention(m.start, m.end, owner, "name")
            return
        for st_m in self._states_in(left, m.start):
            self._owned_body(st_m, m, body, left, len(codes) > 1)

    def _owned_body(self, st_m: _Match, m: _Match, body: Entry, left: int, several: bool) -> None:
        """The body of the state written before it ("Pakistan's Foreign Ministry"); with several
        states ("Indian and Pakistani armies") each state word names its own body."""
        doc = self.doc
        e = st_m.first(gz.STATE, gz.DEMONYM, gz.CAPITAL)
        if several:
            self._own(st_m, m)
        end = st_m.end if several else m.end
        if body.key == "state":
            self._mention(st_m.start, end, self._state_builder(e), "name")
            return
        bkey = self._body_builder(e.code, body)
        self._mention(st_m.start, end, bkey, "name")
        alias = doc[st_m.start:st_m.end].text + " " + doc[m.start:m.end].text if several else doc[left:m.end].text
        self.builders[bkey].add_alias(alias)

    def _body_builder(self, code: str, body: Entry) -> str:
        bkey = f"organization:{code}:{body.key}"
        state_name = self.g.state_names.get(code, code)
        self._builder(bkey, kind="organization", name=f"{state_name} {body.display}", code=code,
                      sector=body.sector, key=body.key)
        return bkey

    def _bare_body(self, m: _Match, body: Entry) -> None:
        """A body no state word owns: the same body named earlier with its state, else the
        state of the place it is in ("police in Karachi"), of the body before it, or the
        article's setting, else a generic actor of no state."""
        for s, _e, bkey, _ in reversed(self.spans):
            b = self.builders[bkey]
            if b.kind == "organization" and b.key == body.key and s < m.start:
                self._mention(m.start, m.end, bkey, "alias")
                b.add_alias(self.doc[m.start:m.end].text)
                return
        if self._enumerates(m):
            return  # "army camp", "government sources": describes another noun
        code = self._located(m.end) or self._owner_before(m) or self._setting()
        if code and body.key == "state":
            self._mention(m.start, m.end, self._state_builder(self._state_entry(code)), GENERIC_HOW)
        elif code:
            self._mention(m.start, m.end, self._body_builder(code, body), GENERIC_HOW)
        else:
            key = "government" if body.key == "state" else body.key
            self._mention(m.start, m.end, self._generic_builder(None, key, body.sector), GENERIC_HOW)

    def _owner_codes(self, m: _Match) -> tuple[list[str | None], int]:
        """States that own a group noun: a demonym / possessor before it, the body or group
        resolved just before it ("Indian Army soldiers", "Hamas gunmen"), or "in X" after it;
        [None] when the text names none. Also the leftmost token of the owning states."""
        states, left = self._state_before(m.start)
        codes: list[str | None] = [st.code for st in states]
        if not codes and m.start > 0:
            for k in self.by_token.get(m.start - 1, []):
                b = self.builders[k]
                if b.code and b.kind in ("organization", "group", "state"):
                    return [b.code], left
        return codes or [self._located(m.end)], left

    def _generic(self, m: _Match) -> None:
        """A role-like group noun ("Israeli troops", "police in Karachi", "militants"), coded
        like PETRARCH-2 agents: the state from a demonym / possessor / preceding body / "in X",
        else the article's setting; non-state armed ones (militants, rebels) are always NSG."""
        e = m.first(gz.GENERIC)
        if self._enumerates(m):
            return  # "civilian areas", "militant groups such as LeT": not the actor itself
        codes, left = self._owner_codes(m)
        if e.code:
            codes = [e.code]
        elif codes == [None]:
            codes = [self._setting()]
        for code in dict.fromkeys(codes):
            self._mention(m.start, m.end, self._generic_builder(code, e.key, e.sector), GENERIC_HOW)
        self._owner_mentions(left, m)

    def _agent(self, m: _Match) -> None:
        """A PETRARCH-2 agent phrase ("Iraqi lawmakers", "Turkish prosecutors", "the regime"):
        an actor only when the text gives its state (or, for the domestic sectors of
        SETTING_SECTORS, the article's setting); anything else is left alone."""
        e = m.first(gz.AGENT)
        if self._enumerates(m) or self.doc[m.end - 1].pos_ not in ("NOUN", "PROPN") or self._in_a_name(m):
            return
        codes, left = self._owner_codes(m)
        if codes == [None] and e.sector in SETTING_SECTORS:
            codes = [self._setting()]
        if e.code:
            codes = [e.code]
        for code in dict.fromkeys(c for c in codes if c):
            self._mention(m.start, m.end, self._generic_builder(code, e.key, e.sector), GENERIC_HOW)
        self._owner_mentions(left, m)

    def _in_a_name(self, m: _Match) -> bool:
        """An agent word inside a proper name is no agent ("Port-au-Prince", "the Prince Hotel"):
        it sits in the name of a place, person or thing (an organisation's name may be an agent:
        "the Supreme Court"), or is hyphenated to a neighbour."""
        doc = self.doc
        if any(t.ent_type_ in NAME_ENTITIES for t in doc[m.start:m.end]):
            return True
        before = m.start > 0 and doc[m.start - 1].text == "-" and not doc[m.start - 1].whitespace_
        after = m.end < len(doc) and doc[m.end].text == "-" and not doc[m.end - 1].whitespace_
        return before or after

    def _owner_mentions(self, left: int, m: _Match) -> None:
        """The state words before a group noun own it, and are mentions of their state."""
        for st_m in self._states_in(left, m.start):
            self._own(st_m, m)
            if not any(t in self.used for t in range(st_m.start, st_m.end)):
                se = st_m.first(gz.STATE, gz.DEMONYM, gz.CAPITAL)
                self._mention(st_m.start, st_m.end, self._state_builder(se),
                              "demonym" if se.kind == gz.DEMONYM else "name")

    def _home(self) -> str | None:
        """The state an article is about: its setting, else the state it names at least three
        times and twice as often as any other (only for domestic offices, see DOMESTIC_ROLES)."""
        if self._home_code is None:
            counts = Counter(
                x.code for m in self.matches for x in m.entries[:1]
                if x.kind in (gz.STATE, gz.DEMONYM, gz.CAPITAL, gz.PLACE) and x.code
            )
            (top, n), *rest = counts.most_common(2) or [("", 0)]
            second = rest[0][1] if rest else 0
            self._home_code = self._setting() or (top if n >= 3 and n >= 2 * second else "")
        return self._home_code or None

    def _owner_before(self, m: _Match) -> str | None:
        """The code of a state body or group resolved right before ("Syrian government forces"),
        or of a coded person who owns it ("Trudeau's administration", "Putin's army")."""
        j = m.start - 1
        if j > 0 and self.doc[j].text in ("'s", "’s"):
            j -= 1
            kinds: tuple[str, ...] = ("organization", "group", "state", "person")
        elif j >= 0 and self.doc[j].dep_ == "compound":  # "the Obama administration"
            kinds = ("organization", "group", "state", "person")
        else:
            kinds = ("organization", "group", "state")
        for k in self.by_token.get(j, []) if j >= 0 else []:
            b = self.builders[k]
            if b.code and b.kind in kinds:
                return b.code
        return None

    def _setting(self) -> str | None:
        """The article's setting: the state of a dateline ("NAIROBI, May 3 -"), else the one
        state the article names, else None (two or more states: no guess)."""
        if self._setting_code is not None:
            return self._setting_code or None
        code = ""
        first = self._match_starting_at(0)
        e = first.first(gz.CAPITAL, gz.PLACE, gz.STATE) if first else None
        if e is not None and e.code and first.end < len(self.doc) and self.doc[first.end].text in (",", "—", "-", "("):
            code = e.code
        else:
            named = {
                x.code for m in self.matches for x in m.entries[:1]
                if x.kind in (gz.STATE, gz.DEMONYM, gz.CAPITAL, gz.PLACE) and x.code
            }
            code = named.pop() if len(named) == 1 else ""
        self._setting_code = code
        return code or None

    def _enumerates(self, m: _Match) -> bool:
        """True for a modifier ("army camp") or a placeholder for a list ("leaders including
        Trump and Macron", "both sides' officials"): the extractors look for the listed actors."""
        doc = self.doc
        if self._modifier_only(m):
            return True
        nxt = doc[m.end].lower_ if m.end < len(doc) else ""
        nxt2 = doc[m.end + 1].lower_ if m.end + 1 < len(doc) else ""
        prev = doc[m.start - 1].lower_ if m.start > 0 else ""
        return nxt in ("including", "like") or (nxt, nxt2) == ("such", "as") or prev in ("both", "two")

    def _own(self, owner: _Match, owned: _Match) -> None:
        for t in range(owner.start, owner.end):
            self.owned[t] = (owned.start, owned.end)

    def _generic_builder(self, code: str | None, key: str, sector: str | None) -> str:
        """A role-kind actor for a group noun: it never names a main actor (salience skips
        kind "role"), and the same group of the same state shares one id across articles."""
        bkey = f"generic:{code}:{key}"
        b = self._builder(bkey, kind="role", name=None, code=code, sector=sector, key=key)
        b.add_role(key, None, None)
        return bkey

    def _state_entry(self, code: str) -> Entry:
        return Entry(gz.STATE, self.g.state_names.get(code, code), code, "GOV")

    def _modifier_only(self, m: _Match) -> bool:
        """True when the phrase only modifies a noun outside it ("army camp", "civilian areas")."""
        last = self.doc[m.end - 1]
        return last.dep_ in ("amod", "compound", "nmod") and not (m.start <= last.head.i < m.end)

    def _located(self, j: int) -> str | None:
        """The state of the place named in "in/from/of/near [the eastern] X" right after token
        j-1 ("police in Karachi" -> PAK, "protesters in the Kosovan town of Gjilan" -> XKX)."""
        doc = self.doc
        if j >= len(doc) or doc[j].lower_ not in ("in", "from", "of", "near", "across", "inside"):
            return None
        for k in range(j + 1, min(j + 7, len(doc))):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX", "PRON") or (t.is_punct and t.text not in ("-", "–")):
                return None
            m = self._match_starting_at(k)
            if m is None:
                continue
            e = m.first(gz.STATE, gz.CAPITAL, gz.DEMONYM, gz.PLACE)
            if e is not None and e.code:
                return e.code
            return None  # an organisation or a place of no known state
        return None

    def _state_mention(self, m: _Match) -> None:
        doc = self.doc
        e = m.first(gz.STATE, gz.CAPITAL, gz.DEMONYM)
        if e.kind == gz.CAPITAL:
            after = doc[m.end:m.end + 4].text if m.end < len(doc) else ""
            line_start = m.start == 0 or "\n" in doc[m.start - 1].whitespace_ + doc[m.start - 1].text
            if line_start and DATELINE.match(after):
                self.places.append((m.start, m.end, e.display or e.name, e.code))
                return
            self.places.append((m.start, m.end, e.display or e.name, e.code))
        elif e.kind == gz.STATE:
            self.places.append((m.start, m.end, e.name, e.code))
        if e.kind == gz.DEMONYM:
            nxt = doc[m.end] if m.end < len(doc) else None
            if nxt is not None and nxt.text == "-" and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in HYPHENATED_MADE:
                return  # "French-made": a product's origin, not the state acting
        how = {gz.STATE: "name", gz.CAPITAL: "capital", gz.DEMONYM: "demonym"}[e.kind]
        self._mention(m.start, m.end, self._state_builder(e), how)

def _qualified(role_key: str, entity: Entry | None) -> str:
    if entity is not None and entity.kind in (gz.BODY, gz.IGO, gz.GENERIC_BODY) and role_key in BODY_QUALIFIED_ROLES:
        return f"{role_key} {entity.key}"
    return role_key


def _blocks_name(m: _Match, s: int, e: int, doc: Doc) -> bool:
    """A gazetteer phrase inside an NER name makes it no new person (the gazetteer pass owns
    it), unless it is an agent word ("Hunter Biden") or another holder's name inside it."""
    return not all(x.kind == gz.AGENT for x in m.entries) and not _inside_holder(m, s, e, doc)


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


def _role_sector(role: Entry, body: Entry | None, of_entity: Entry | None) -> str | None:
    """A role's sector, sharpened by the body that holds it ("ISPR spokesperson" MIL, "DG of
    the ISI" SPY); a foreign or defence minister stays a minister whatever the body."""
    sector = role.sector
    if body is not None and body.sector in ("DIP", "SPY", "MIL", "IGO", "MED"):
        sector = body.sector if role.key not in ("foreign minister", "defence minister") else sector
    if of_entity is not None and of_entity.sector in ("DIP", "SPY", "MIL", "IGO") and role.key in (
        "director general", "spokesperson", "official", "secretary", "minister"
    ):
        sector = of_entity.sector
    return sector


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


def build_index(doc: Doc, article: Article) -> Index:
    """Resolve every actor mention of one parsed article (the Doc of ``article.clean_text``)."""
    try:
        return Index(doc, article).run()
    except RecursionError:  # pathological parses: no actors rather than a crash
        idx = Index(doc, article)
        idx._messages.append("actor resolution gave up on a pathological parse")
        return idx
