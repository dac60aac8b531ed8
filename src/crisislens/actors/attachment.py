"""Attachment of roles to people: titles before a name, appositions after it, a role set off
by a comma, "ROLE of COUNTRY NAME", and the state those roles name (demonym, possessor,
body, "of X"), the text winning over the gazetteer and the dictionary."""

from __future__ import annotations

from spacy.tokens import Doc

from crisislens.actors import gazetteer as gz
from crisislens.actors.gazetteer import Entry
from crisislens.actors.registry import ActorBuilder
from crisislens.actors.vocab import (
    DOMESTIC_ROLES,
    MILITARY_TITLES,
    SUBJECT_DEPS,
    TITLE_WORDS,
    _Match,
    _qualified,
    _role_body,
    _role_sector,
)


def _abbreviation_stop(doc: Doc, j: int) -> bool:
    """Token j is the full stop of an abbreviated title the tokenizer split off ("Maj" + "."):
    glued to a title word whose dotted form is a title too, so a sentence's final stop after
    a title ("... said the general. NAME said") is never one."""
    if doc[j].text != "." or j == 0:
        return False
    prev = doc[j - 1]
    return not prev.whitespace_ and f"{prev.lower_}." in TITLE_WORDS


class AttachmentMixin:
    """Roles and states written with a person's name, for an ``Index``."""
    def _attach_roles(self, s: int, e: int, bkey: str) -> None:
        """Titles before the name, an apposition after it, a role before it set off by a comma,
        and the state of "His counterpart in India is NAME"."""
        b = self.builders[bkey]
        roles, body, j, ranked = self._premodifiers(s, b)
        if body is None or body.kind == gz.GENERIC_BODY:
            states, left = self._state_before(j + 1, places=True)
            states, left = (states, left) if states else self._possessor_state(s, e, left)
        else:
            states, left = [], j + 1
        if roles or ranked or (body and body.kind == gz.MEDIA):  # "Kenyan Maj. Gen. NAME": a rank is a role
            self._apply_roles(b, roles, states, body, left)
        self._apposition_roles(e, b)
        if not roles:
            self._comma_role_before(s, e, b)
        self._copula_state(s, e, b)

    def _premodifiers(self, s: int, b: ActorBuilder) -> tuple[list[_Match], Entry | None, int, bool]:
        """The run of titles before a name ("Pakistan's Deputy PM and FM", "Turkish President",
        "TRT World's"): its roles, the body that holds them, the token before the run, and
        whether a military rank gave the person a role. Only the rank nearest the name does
        ("Lt. Gen." is a general), and none that modifies an office ("Lt. Gov." is no officer)."""
        doc = self.doc
        j = s - 1
        roles: list[_Match] = []
        ranked = False
        while j >= 0:
            if _abbreviation_stop(doc, j):
                j -= 1  # "Maj." tokenised "Maj" + ".": the stop belongs to the title
                continue
            if doc[j].lower_ in TITLE_WORDS and not self._match_ending_at(j):
                if doc[j].lower_ in MILITARY_TITLES and not roles and not ranked:
                    b.add_role(doc[j].text.rstrip("."), "general", "MIL")
                    ranked = True
                j -= 1
                continue
            k = self._of_state_before_name(j) if not roles else None
            if k is not None:
                j = k  # "The President of Kenya William Ruto": the role before "of Kenya"
                continue
            if self._title_adjective(j):
                j -= 1  # "Sudan's renegade Gen. NAME": the adjective leaves the possessor the owner
                continue
            m = self._title_match(j)
            if m is not None:
                roles.insert(0, m)
                j = m.start - 1
                if j >= 0 and doc[j].lower_ in ("and", "&"):
                    j -= 1
                continue
            return roles, *self._premodifier_body(self._match_ending_at(j), j, roles, b), ranked
        return roles, None, j, ranked

    def _possessor_state(self, s: int, e: int, left: int) -> tuple[list[Entry], int]:
        """A state the parse makes the possessor of the name ("Sudan's renegade Gen. NAME":
        the possessive determines the whole noun phrase, whatever words come between)."""
        for c in self.doc[s:e].root.children:
            m = self._match_ending_at(c.i) if c.dep_ == "poss" and c.i < s else None
            st = m.first(gz.STATE, gz.DEMONYM, gz.CAPITAL) if m is not None else None
            if st is not None and st.code and not any(t in self.used for t in range(m.start, m.end)):
                return [st], m.start
        return [], left

    def _title_adjective(self, j: int) -> bool:
        """An adjective or participle modifying a title or name after it ("renegade", "jailed",
        "ousted"): part of the title, not a stop before its owner."""
        t = self.doc[j]
        return (
            t.dep_ == "amod" and (t.pos_ == "ADJ" or t.tag_ == "VBN") and t.head.i > j
            and self._match_ending_at(j) is None and j not in self.used
        )

    def _title_match(self, j: int) -> _Match | None:
        """The role phrase ending at token j, free; or a singular person noun of the group
        lexicons used as a title ("opposition leader NAME", "rebel commander NAME": English
        titles a name with the noun for what the person is), read as a role of its sector."""
        m = self._match_ending_at(j)
        if m is None or any(t in self.used for t in range(m.start, m.end)):
            return None
        if m.first(gz.ROLE):
            return m
        g = m.first(gz.GENERIC, gz.AGENT)
        last = self.doc[m.end - 1]
        if g is None or last.tag_ not in ("NN", "NNP") or last.lower_ in TITLE_WORDS:
            return None  # honorifics ("Professor", "Dr") stay titles: the role may follow the name
        return _Match(m.start, m.end, [Entry(gz.ROLE, g.key, g.code, g.sector, key=g.key)])

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
            body3 = None
            if not states3:  # "The Egyptian army's spokesperson, NAME,": the body's state and sector
                states3, body3 = self._body_owning(m.start)
                left3 = None if body3 else left3  # the body pass mentions the body and its state
            self._apply_roles(b, [m], states3, body3, left3)

    def _body_owning(self, i: int) -> tuple[list[Entry], Entry | None]:
        """A body written just before token i that holds the role there ("the ISI's spokesman",
        "the Egyptian army's spokesperson"), with the one state that owns a generic one."""
        j = i - 1
        if j >= 0 and self.doc[j].text in ("'s", "’s"):
            j -= 1
        bm = self._match_ending_at(j) if j >= 0 else None
        if bm is None or any(t in self.used for t in range(bm.start, bm.end)):
            return [], None
        named = bm.first(gz.BODY, gz.IGO, gz.MEDIA, gz.GROUP)
        if named is not None:
            return [], named
        if bm.first(gz.GENERIC_BODY):  # its sector even when no state owns it ("the army's")
            states, _ = self._state_before(bm.start)
            return states if len(states) == 1 else [], self._generic_body_entry(bm)
        return [], None

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
            code = of_code if of_code == "NSG" else code or of_code  # an armed group's: NSG whoever's
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
        of_entity, _ = self._of_after(m.end)
        if of_entity:
            first = m.end + (2 if m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "the" else 1)
            om = self._match_starting_at(first)
            if om and not any(t in self.used for t in range(om.start, om.end)):
                owner = self._state_builder(of_entity) if of_entity.kind == gz.STATE else self._entity_builder(of_entity)
                self._mention(om.start, om.end, owner, "name")
        holder = _role_body(body, of_entity)
        sector = _role_sector(role, holder)
        b.add_role(doc[m.start:m.end].text, _qualified(role.key, holder or of_entity), sector)
        self._mention(m.start, m.end, self._key_of(b), "role")
        return of_entity.code if of_entity else role.code  # a group noun's own code: NSG

    def _key_of(self, b: ActorBuilder) -> str:
        for k, v in self.builders.items():
            if v is b:
                return k
        raise KeyError(b.name)
