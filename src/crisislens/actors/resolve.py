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

from bisect import insort
from collections import Counter

from rapidfuzz import fuzz
from spacy.tokens import Doc

from crisislens.actors import dictionary as dic
from crisislens.actors import gazetteer as gz
from crisislens.actors import outlets
from crisislens.actors.attachment import AttachmentMixin
from crisislens.actors.candidates import CandidatesMixin
from crisislens.actors.coref import PASSES, CoreferenceMixin
from crisislens.actors.gazetteer import Entry
from crisislens.actors.names import FUZZY_MIN, PersonNames
from crisislens.actors.query import QueryMixin
from crisislens.actors.registry import ActorBuilder, actor_id, merge_actors
from crisislens.actors.vocab import (
    DATELINE,
    DATELINE_LINES,
    DATELINE_MARKS,
    GENERIC_HOW,
    GENERIC_ROLES,
    GROUP_ROLES,
    HYPHENATED_MADE,
    MILITARY_TITLES,
    MODIFIER_DEPS,
    NAME_ENTITIES,
    PARTITIVE_HEADS,
    SETTING_SECTORS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    _clean_name,
    _definite,
    _dictionary_person,
    _indefinite,
    _Match,
    _qualified,
    _role_body,
    _role_sector,
)
from crisislens.model import Actor, Article, Mention, fold

# actor_id and merge_actors are re-exported: the store and older callers import them from here.
__all__ = ["Index", "actor_id", "build_index", "merge_actors"]

class Index(CandidatesMixin, AttachmentMixin, CoreferenceMixin, QueryMixin):
    """The ActorIndex of one article (see ``crisislens.actors.index``): the composition passes
    (people, roles, bodies, groups, states) are here; candidate finding in ``candidates``, role
    attachment in ``attachment``, coreference passes in ``coref``, the questions extractors ask
    in ``query``, ids in ``registry``, word lists and shared helpers in ``vocab``."""

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
        self._bare_home_how: tuple[str | None, str] | None = None  # (code, how) of a bare body
        self._dateline_match: _Match | bool | None = None  # False once looked for and none found
        # state token -> the (start, end) of the role/body/group phrase it owns ("Pakistan and
        # India's advisers": both states own "advisers"), so a misparsed phrase still resolves
        self.owned: dict[int, tuple[int, int]] = {}
        # kept as mentions are made, so passes look people up instead of scanning them all
        self.names = PersonNames()
        self.name_counts: Counter[str] = Counter()  # builder key -> mentions by full name
        self.starts: dict[str, dict[int, int]] = {}  # builder key -> span start -> first span index
        self.line_starts: list[int] | None = None  # first tokens of lines (candidates._line_starts)
        self.body_spans: dict[str | None, list[tuple[int, str]]] = {}  # body key -> (start, builder key)
        self.possessed: list[tuple[_Match, Entry]] = []  # "his government": settled by coref
        # the spans indexed once as they are made, so no pass scans every span per phrase:
        # token -> the spans covering it, and group/role key -> code -> sorted span starts
        self.at_token: dict[int, list[tuple[int, int, str, str]]] = {}
        self.group_starts: dict[str | None, dict[str | None, list[int]]] = {}
        self.state_how: dict[int, str] = {}  # first token of a shared state name -> how it was read
        self._dropped_tokens: set[int] = set()  # tokens of state words inside a name resolved whole

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
        self.starts.setdefault(bkey, {}).setdefault(start, len(self.spans))
        span = (start, end, bkey, how)
        self.spans.append(span)
        if how == "name":
            self.name_counts[bkey] += 1
        b = self.builders[bkey]
        if b.kind == "state" and start in self.state_how:  # "Congo": which state was meant, or none
            b.how = b.how or self.state_how[start]
        if bkey.startswith(("generic:", "role:")):
            insort(self.group_starts.setdefault(b.key, {}).setdefault(b.code, []), start)
        for i in range(start, end):
            self.at_token.setdefault(i, []).append(span)
            self.by_token.setdefault(i, [])
            if bkey not in self.by_token[i]:
                self.by_token[i].append(bkey)
            self.used.add(i)
        if b.kind == "organization":
            self.body_spans.setdefault(b.key, []).append((start, bkey))
        text = self.doc[start:end].text
        if how in ("name", "alias", "gazetteer", "surname") and b.kind != "state" or how in ("name", "capital", "alias") and b.kind == "state":
            b.add_alias(text)
            self.names.sync(bkey, b.aliases)












    # ------------------------------------------------------------------ composition
    def _generic_body_entry(self, m: _Match) -> Entry:
        e = m.first(gz.GENERIC_BODY)
        return Entry(gz.GENERIC_BODY, e.name, None, e.sector, key=e.key, display=e.display)

    def _state_before(self, i: int, places: bool = False) -> tuple[list[Entry], int]:
        """States written just before token i ("Pakistan's", "Turkish", "the U.S.", "Indian and
        Pakistani"), with the index of the leftmost token used. With ``places``, a place of a
        known state stands for it ("Tamil Nadu Chief Minister NAME": a named person's office)."""
        j = i - 1
        doc = self.doc
        while j >= 0 and doc[j].text in ("'s", "’s", "'", "’"):
            j -= 1
        states: list[Entry] = []
        left = i
        while j >= 0:
            m = self._match_ending_at(j)
            e = m.first(gz.STATE, gz.DEMONYM, gz.CAPITAL) if m else None
            if e is None and places and m is not None and (p := m.first(gz.PLACE, gz.TOWN)) is not None and p.code:
                e = self._state_entry(p.code)
            if e is None or not e.code or (m and any(t in self.used for t in range(m.start, m.end))):
                break  # a state of no code ("Congo" unsettled) owns nothing
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
        bkey = f"state:{e.code or e.key}"  # a shared name no text settles: a state of no code
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
        self.names.add_person(bkey, canonical)
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
        if choice.malformed:
            self._messages.append(f"{name}: coded {choice.code} from a dictionary row with a malformed date range")
        b.code = b.code or choice.code
        b.sector = b.sector or choice.sector

    def _dictionary_bodies(self) -> None:
        """Organisations and armed groups NER finds that the curated lists do not know, from
        the dated dictionary (PETRARCH-2's International and MilNonState files: NGOs, IGO
        agencies, companies, armed groups), with the code in force on the article's date."""
        gone: set[tuple[int, int, str, str]] = set()
        for ent in self.doc.ents:
            if ent.label_ not in ("ORG", "NORP", "FAC") or not self._only_states_inside(ent.start, ent.end):
                continue
            s, e = ent.start, ent.end
            while s < e and self.doc[s].lower_ == "the":
                s += 1
            while e > s and (self.doc[e - 1].text in ("'s", "’s") or self.doc[e - 1].is_punct):
                e -= 1
            choice = self._dictionary_body(s, e)
            if choice is None or e <= s:
                continue
            kind = gz.GROUP if choice.code == "NSG" else gz.BODY
            entry = Entry(kind, _clean_name(self.doc[s:e].text), choice.code, choice.sector, key=fold(choice.entry.name))
            bkey = self._entity_builder(entry)
            self.builders[bkey].how = choice.how
            gone |= self._drop_mentions(s, e)
            self._mention(s, e, bkey, "name")
        if gone:  # one pass over the spans and places for all the names resolved whole
            self.spans = [sp for sp in self.spans if sp not in gone]
            self.places = [p for p in self.places if not all(t in self._dropped_tokens for t in range(p[0], p[1]))]

    def _dictionary_body(self, s: int, e: int) -> dic.Choice | None:
        """The dictionary's code on the article's day for the organisation named by [s, e):
        one code, however many of its entries (PETRARCH-2 lists some groups in two files)."""
        entries = [x for x in dic.load().lookup(gz.phrase_key(self.doc[s:e].text)) if x.kind != "person"]
        choices = [c for c in (dic.choose(x, self.article.published) for x in entries) if c.code]
        return choices[0] if choices and len({c.code for c in choices}) == 1 else None

    def _only_states_inside(self, s: int, e: int) -> bool:
        """True when the tokens already resolved in [s, e) are only mentions of states lying
        inside it: a state word is part of many organisations' names ("the Syrian Observatory
        for Human Rights", "the Kenya Red Cross"), and the whole name, when the dictionary
        knows it, is the actor (the state word alone would make the NGO the state). A group
        noun inside is part of the name the same way ("the Moro Islamic Liberation Front")."""
        for i in range(s, e):
            for start, end, bkey, _how in self.at_token.get(i, ()):
                inner = self.builders[bkey].kind == "state" or bkey.startswith("generic:")
                if start < s or end > e or not inner:
                    return False
        return any(i not in self.used for i in range(s, e))  # a state name alone stays the state

    def _drop_mentions(self, s: int, e: int) -> set[tuple[int, int, str, str]]:
        """Forget the mentions lying in [s, e) (a state word inside a name resolved whole) in
        the token and group indexes; the spans returned are taken out of ``spans`` by the
        caller, once for all names (``_dictionary_bodies``)."""
        gone = {sp for i in range(s, e) for sp in self.at_token.get(i, ()) if s <= sp[0] and sp[1] <= e}
        for i in range(s, e):
            self.by_token.pop(i, None)
            self.at_token.pop(i, None)
            self.used.discard(i)
            self._dropped_tokens.add(i)
        for start, _end, bkey, how in gone:
            starts = self.starts.get(bkey, {})
            starts.pop(start, None)
            if how == "name":
                self.name_counts[bkey] -= 1
            b = self.builders[bkey]
            group = self.group_starts.get(b.key, {}).get(b.code) if bkey.startswith(("generic:", "role:")) else None
            if group is not None and start in group:
                group.remove(start)
        return gone

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
        elif top.kind in (gz.PLACE, gz.TOWN) or m.first(gz.PLACE) and not m.first(gz.STATE, gz.CAPITAL):
            e = m.first(gz.PLACE, gz.TOWN)
            self.places.append((m.start, m.end, e.name, e.code))
        elif top.kind == gz.CAPITAL and (code := self._qualifier_state(m)) not in (None, top.code):
            self.places.append((m.start, m.end, self.doc[m.start:m.end].text, code))
        elif top.kind in (gz.STATE, gz.DEMONYM, gz.CAPITAL):
            self._state_mention(m)

    def _qualifier_state(self, m: _Match) -> str | None:
        """The state of a subdivision written after a comma ("Paris, Texas"; "Moscow, Idaho"):
        a capital's name so qualified is a town of that subdivision's state, not the capital."""
        if m.end + 1 >= len(self.doc) or self.doc[m.end].text != ",":
            return None
        q = self._match_starting_at(m.end + 1)
        e = q.first(gz.PLACE, gz.TOWN) if q is not None else None  # a curated place or a subdivision
        return e.code if e is not None and (e.kind == gz.PLACE or e.key == "subdivision") else None

    def _find_same_person(self, name: str) -> str | None:
        """An article person this name is a variant of (Khawaja Muhammad Asif ~ Khawaja Asif)."""
        parts = [fold(p) for p in name.split()]
        for bkey in self.names.same_person_candidates(name):  # a superset of the matches, in order
            b = self.builders[bkey]
            if not b.name:
                continue
            other = [fold(p) for p in b.name.split()] + [fold(p) for a in b.aliases for p in a.split()]
            names = [b.name, *b.aliases]
            if any(fold(n) == fold(name) for n in names):
                return bkey
            if len(parts) > 1 and parts[-1] == fold(b.name.split()[-1]) and parts[0] in other:
                return bkey
            if len(parts) > 1 and fuzz.ratio(fold(name), fold(b.name)) >= FUZZY_MIN:
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
        hits = self.names.by_part(word)
        return self._dominant(hits) if hits else None













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
        holder = _role_body(body, of_entity)
        sector = _role_sector(role, holder)
        role_key = _qualified(role.key, holder or of_entity)
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
        armed = bm.first(gz.GENERIC)
        if armed is not None and armed.code and not any(t in self.used for t in range(bm.start, bm.end)):
            # "a rebel commander", "militant leaders": the role is the armed group's (NSG)
            return states, bm.start, Entry(gz.GROUP, armed.name, armed.code, armed.sector, key=armed.key)
        if bm.first(gz.GENERIC_BODY) and not any(t in self.used for t in range(bm.start, bm.end)):
            states, left = self._state_before(bm.start)
            return states, left, self._generic_body_entry(bm)
        code = self._resolved_body_code(bm) if bm.first(gz.GENERIC_BODY) else None
        if code:  # "China's foreign ministry spokesperson": the body pass already gave its state
            return [self._state_entry(code)], m.start, self._generic_body_entry(bm)
        states, left = self._state_modifying(m)  # "Senior Ukrainian intelligence officials"
        return states, left, None

    def _resolved_body_code(self, bm: _Match) -> str | None:
        """The state of the one state body a body phrase was resolved to, if it was."""
        keys = {k for t in range(bm.start, bm.end) for k in self.by_token.get(t, [])}
        codes = {self.builders[k].code for k in keys if self.builders[k].kind == "organization"}
        return codes.pop() if len(codes) == 1 else None

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
        if doc[m.start].lower_ in MILITARY_TITLES and m.end < len(doc) and doc[m.end].is_title:
            return True
        return self._starts_name(m.end) or (m.end < len(doc) and doc[m.end].ent_type_ == "PERSON")

    def _role_holder(
        self, m: _Match, role: Entry, role_key: str, code: str | None, sector: str | None, after: int, single: bool
    ) -> None:
        bkey = self._resolve_role(role_key, code, m.start, first_mention=_indefinite(self.doc, m.start, m.end))
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
                code = self._located(after) or self._same_group_before(m, role.key, gz.plural(role.key)) or self._setting()
                gkey = self._generic_builder(code, gz.plural(role.key), sector)
                self._mention(m.start, m.end, gkey, GENERIC_HOW)
            return None
        if code is None and not _definite(doc, m.start):
            return None
        bkey = f"role:{code}:{role_key}"
        self._builder(bkey, kind="role", name=None, code=code, sector=sector, key=role_key)
        return bkey

    def _resolve_role(self, key: str, code: str | None, at: int, first_mention: bool = False) -> str | None:
        """Who holds this role: an article person first (most recent before ``at``), then the gazetteer.

        A ``first_mention`` (an indefinite role, "a defence spokesperson said") introduces its
        referent: it may be the person the text names later in that role, never one named
        before it nor the office's dated holder."""
        best: tuple[int, int, str] | None = None  # (rank, -first span index, builder key)
        for bkey in self.names.order:  # the article's people, not every mention
            b = self.builders[bkey]
            if key not in b.role_keys or (code and b.code != code) or not self.starts.get(bkey):
                continue
            if first_mention and min(self.starts[bkey]) < at:
                continue
            near = self._nearest_mention(bkey, at)
            if best is None or near > best[:2]:
                best = (*near, bkey)
        if best:
            return best[2]
        if code and not first_mention:
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

    def _nearest_mention(self, bkey: str, at: int) -> tuple[int, int]:
        """How near a person's mentions come to token ``at``: the last start before it, else
        minus the first start after it (a holder named earlier wins over one named later),
        with minus the index of that start's first mention (the earlier mention wins a tie)."""
        starts = self.starts[bkey]
        before = [s for s in starts if s < at]
        s = max(before) if before else min(starts)
        return (s if before else -s), -starts[s]

    def _body(self, m: _Match) -> None:
        """A generic body ("the Foreign Ministry", "Pakistan's armed forces")."""
        body = m.first(gz.GENERIC_BODY)
        head = self.doc[m.end - 1]
        if body.key == "armed forces" and head.dep_ in ("amod", "compound") and head.lower_ == "military":
            return
        states, left = self._state_before(m.start)
        of_entity, after = self._of_after(m.end)
        codes = [s.code for s in states]
        if not codes and of_entity is not None and of_entity.kind == gz.STATE and of_entity.code:
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
        """A body no state word owns. One owned by a possessive pronoun ("his government",
        "its army") waits for the coreference passes, which know whom the pronoun means
        (coref._possessed_bodies); any other is settled now (_settle_bare_body)."""
        if self._possessive_of(m) is not None:
            self.possessed.append((m, body))
            return
        self._settle_bare_body(m, body)

    def _settle_bare_body(self, m: _Match, body: Entry) -> None:
        """A body no state word or possessor owns: the same body named earlier with its state,
        else the state of the place it is in ("police in Karachi"), of the body before it, or
        the state journalism's conventions give an unqualified body (_bare_home), else a
        generic actor of no state."""
        for s, bkey in reversed(self.body_spans.get(body.key, [])):  # the latest mention first
            b = self.builders[bkey]
            if s < m.start:
                self._mention(m.start, m.end, bkey, "alias")
                b.add_alias(self.doc[m.start:m.end].text)
                return
        if self._enumerates(m) or self.doc[m.end - 1].dep_ == "attr":
            return  # "army camp": describes another noun; "Turkey was the first country to ...": a class
        code, how = self._located(m.end) or self._owner_before(m), ""
        if not code:
            code, how = self._bare_home()
        if code and body.key == "state":
            self._mention(m.start, m.end, self._state_builder(self._state_entry(code)), GENERIC_HOW)
        elif code:
            bkey = self._body_builder(code, body)
            self._mention(m.start, m.end, bkey, GENERIC_HOW)
            self.builders[bkey].how = self.builders[bkey].how or how
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
        if not codes:
            states, left = self._state_modifying(m)
            codes = [st.code for st in states]
        return codes or [self._located(m.end)], left

    def _state_modifying(self, m: _Match) -> tuple[list[Entry], int]:
        """A state word among the modifiers English stacks before a head noun, other modifiers
        between ("Senior Ukrainian intelligence officials", "Malian special forces commanders"):
        it owns the phrase as it would written next to it. Only the head's own modifiers are
        passed over (adjectives, noun compounds no mention has taken), at most four."""
        doc = self.doc
        head = doc[m.end - 1]
        j = m.start - 1
        while j >= max(0, m.start - 5):
            sm = self._match_ending_at(j)
            start = sm.start if sm is not None else j
            if any(t in self.used for t in range(start, j + 1)) or not self._modifies(doc[j], head):
                break
            e = sm.first(gz.STATE, gz.DEMONYM, gz.CAPITAL) if sm is not None else None
            if e is not None:
                return ([e], start) if e.code else ([], m.start)
            if doc[j].dep_ not in MODIFIER_DEPS[:2] and sm is None:
                break
            j = start - 1
        return [], m.start

    def _modifies(self, t, head) -> bool:
        """Token t is a (possibly nested) adjective or compound modifier of ``head``."""
        for _ in range(4):
            if t.dep_ not in MODIFIER_DEPS or t.head.i == t.i:
                return False
            t = t.head
            if t.i == head.i:
                return True
        return False

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
            codes = [self._same_group_before(m, e.key) or self._setting()]
        for code in dict.fromkeys(codes):
            self._mention(m.start, m.end, self._generic_builder(code, e.key, e.sector), GENERIC_HOW)
        self._owner_mentions(left, m)

    def _same_group_before(self, m: _Match, *keys: str) -> str | None:
        """The state of a definite group noun that names no owner ("The officials accused
        Moscow" after "Ukrainian officials said"): English's definite article marks a group
        already introduced, so it is that group, when every earlier mention of it (role or
        group, singular or plural key) has one state. Groups of two states ("Ukrainian officials
        met Russian officials") leave it unfixed; a bare plural ("officials said") may be
        anyone's and is left to the setting."""
        if m.start == 0 or self.doc[m.start - 1].lower_ != "the":
            return None
        codes = {
            code for key in keys for code, starts in self.group_starts.get(key, {}).items()
            if starts and starts[0] < m.start
        }
        return codes.pop() if len(codes) == 1 else None

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
        times and twice as often as any other (for domestic offices, see DOMESTIC_ROLES, and
        bare bodies, see _settle_bare_body)."""
        if self._home_code is None:
            counts = self._named_states()
            (top, n), *rest = counts.most_common(2) or [("", 0)]
            second = rest[0][1] if rest else 0
            self._home_code = self._setting() or (top if n >= 3 and n >= 2 * second else "")
        return self._home_code or None

    def _bare_home(self) -> tuple[str | None, str]:
        """Whose a bare "the army", "the Interior Ministry", "the Foreign Office" is, with a note
        of the convention that settled it, in the order readers apply them: a national outlet's
        own state (a Bangkok paper's "the army" is Thailand's, in a story that names Cambodia
        most), else the dateline's ("ISLAMABAD (Reuters) - the military said": the host's),
        else the state the article is about (_home). The first two hold only for a state the
        story is about (_is_party): a Washington dateline on Sudan's war says nothing of whose
        "the army said" is."""
        if self._bare_home_how is None:
            found = self._outlet_home() or self._dateline_home()
            if found is None:
                code = self._home()
                found = (code, f"bare body: {code}, the state the article is about" if code else "")
            self._bare_home_how = found
        return self._bare_home_how

    def _outlet_home(self) -> tuple[str, str] | None:
        """The home state of the article's outlet (crisislens.actors.outlets), when the story
        is about it: the table's, else the one its name gives; a wire agency has none."""
        name = self.article.outlet
        outlet = outlets.find(name, self.article.url)
        if outlet is not None:
            home, why = outlet.home, f"home of the outlet {outlet.name!r}"
        elif name and (named := outlets.named_home(name)) is not None:
            home, why = named[0], f"home of the outlet {name!r}, named for {named[1]!r}"
        else:
            return None
        if home is None or not self._is_party(home):
            return None
        return home, f"bare body: {home}, {why}"

    def _dateline_home(self) -> tuple[str, str] | None:
        """The state of the dateline's place (the gazetteer's capital, place or state), when
        the story is about it: where the reporter files, the host's bodies speak."""
        dateline = self._dateline()
        e = dateline.first(gz.CAPITAL, gz.PLACE, gz.STATE) if dateline else None
        if e is None or not e.code or not self._is_party(e.code):
            return None
        place = self.doc[dateline.start:dateline.end].text
        return e.code, f"bare body: {e.code}, state of the dateline {place!r}"

    def _is_party(self, code: str) -> bool:
        """The story is about the state: the text names it (the dateline aside) at least twice,
        and no less often than the second most named state. A Dawn story on India's election
        naming Pakistan once, or a London dateline over a Gaza story, is not about the home."""
        counts = self._named_states()
        ranked = [n for _, n in counts.most_common(2)]
        return counts[code] >= 2 and counts[code] >= ranked[-1]

    def _named_states(self) -> Counter[str]:
        """How often the text names each state (by name, demonym, capital, place or town), the
        dateline left out: it says where the reporter filed, not what the story is about."""
        dateline = self._dateline()
        return Counter(
            x.code for m in self.matches if m is not dateline for x in m.entries[:1]
            if x.kind in (gz.STATE, gz.DEMONYM, gz.CAPITAL, gz.PLACE, gz.TOWN) and x.code
        )

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
        """The article's setting: the one state its text names, else (a text naming none) the
        state of its dateline ("NAIROBI, May 3 -"), else None. A dateline is where the reporter
        filed: a WASHINGTON story about Sudan's officials is set in Sudan, and one naming two
        states has no setting (no guess whose "officials said")."""
        if self._setting_code is not None:
            return self._setting_code or None
        named = set(self._named_states())
        dateline = self._dateline()
        e = dateline.first(gz.CAPITAL, gz.PLACE, gz.STATE) if dateline else None
        code = named.pop() if len(named) == 1 else ("" if named or e is None else e.code or "")
        self._setting_code = code
        return code or None

    def _dateline(self) -> _Match | None:
        """The place opening one of the first lines when it is a dateline (``_is_dateline``):
        a story's first line is often its headline, the dateline opening the lead after it."""
        if self._dateline_match is None:
            self._dateline_match = next((m for m in self._opening_places() if self._is_dateline(m)), False)
        return self._dateline_match or None

    def _opening_places(self) -> list[_Match]:
        """The places (capital, place or state) that open the first DATELINE_LINES lines."""
        doc = self.doc
        starts = [i for i in self._line_starts() if doc[i].text.strip()][:DATELINE_LINES]
        found = (self._match_starting_at(i) for i in starts)
        return [m for m in found if m is not None and m.first(gz.CAPITAL, gz.PLACE, gz.STATE)]

    def _is_dateline(self, m: _Match) -> bool:
        """A place opening a line and closed as news closes a dateline: by a date or a credit
        ("BAGHDAD, April 9 (Xinhua) --", "KYIV (Reuters) -"), or by a dash or colon with a space
        after it ("GOMA -", "Lahore: ..."), the place's state or region between ("GOMA, Congo -",
        "COLUMBIA, Mo. (AP) --"). "Pakistan, India and China met" opens with no dateline."""
        doc = self.doc
        if m.start > 0 and "\n" not in doc[m.start - 1].text_with_ws:
            return False
        k = m.end
        if k < len(doc) and doc[k].text == "," and not DATELINE.match(doc[k:k + 4].text):
            k += 1  # "GOMA, Congo -": the region or state of the place
            while k < min(m.end + 5, len(doc)) and (doc[k].text[:1].isupper() or doc[k].text == "."):
                k += 1
        if k >= len(doc):
            return False
        return bool(DATELINE.match(doc[k:k + 4].text)) or (doc[k].text in DATELINE_MARKS and bool(doc[k].whitespace_))

    def _enumerates(self, m: _Match) -> bool:
        """True for a modifier ("army camp") or a placeholder for a list ("leaders including
        Trump and Macron", "both sides' officials"): the extractors look for the listed actors."""
        doc = self.doc
        if self._modifier_only(m):
            return True
        if self._before_part_noun(m):
            return False  # "two security forces members": the number counts the members
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
        """True when the phrase only modifies a noun outside it ("army camp", "civilian areas");
        not before a part noun, which stands for the group ("security forces members", "army
        unit": the members of the security forces, as "members of the security forces")."""
        last = self.doc[m.end - 1]
        outside = last.dep_ in ("amod", "compound", "nmod") and not (m.start <= last.head.i < m.end)
        return outside and not self._before_part_noun(m)

    def _before_part_noun(self, m: _Match) -> bool:
        last = self.doc[m.end - 1]
        return last.dep_ == "compound" and last.head.lower_ in PARTITIVE_HEADS and last.head.i == m.end

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
            e = m.first(gz.STATE, gz.CAPITAL, gz.DEMONYM, gz.PLACE, gz.TOWN)
            if e is not None and e.code:
                return e.code
            return None  # an organisation or a place of no known state
        return None

    def _state_mention(self, m: _Match) -> None:
        doc = self.doc
        e = m.first(gz.STATE, gz.CAPITAL, gz.DEMONYM)
        if e.kind == gz.CAPITAL:
            self.places.append((m.start, m.end, e.display or e.name, e.code))
            if self._is_dateline(m):
                return  # where the reporter filed, not the state acting
        elif e.kind == gz.STATE:
            self.places.append((m.start, m.end, e.name, e.code))
        if e.kind == gz.DEMONYM:
            nxt = doc[m.end] if m.end < len(doc) else None
            if nxt is not None and nxt.text == "-" and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in HYPHENATED_MADE:
                return  # "French-made": a product's origin, not the state acting
        how = {gz.STATE: "name", gz.CAPITAL: "capital", gz.DEMONYM: "demonym"}[e.kind]
        self._mention(m.start, m.end, self._state_builder(e), how)
def build_index(doc: Doc, article: Article) -> Index:
    """Resolve every actor mention of one parsed article (the Doc of ``article.clean_text``)."""
    try:
        return Index(doc, article).run()
    except RecursionError:  # pathological parses: no actors rather than a crash
        idx = Index(doc, article)
        idx._messages.append("actor resolution gave up on a pathological parse")
        return idx
