"""Candidate finding: gazetteer phrases matched on the Doc (longest first, curated before
PETRARCH-2 agents) and people's names from NER with titles stripped and headlines skipped."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from crisislens.actors import acronyms, ambiguous
from crisislens.actors import gazetteer as gz
from crisislens.actors.gazetteer import Entry, norm_token
from crisislens.actors.vocab import (
    KEEP_AS_NAME,
    MAX_NAME_CHARS,
    MAYBE_PERSON_LABELS,
    NOT_NAME_STARTS,
    NOT_TITLES,
    PERSON_LABELS,
    SPEECH_VERBS,
    TITLE_WORDS,
    _blocks_name,
    _Match,
    _name_token,
    _place_in_name,
)


class CandidatesMixin:
    """Match the gazetteer and find person names for an ``Index``."""
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
        self._settle_acronyms()
        self._settle_ambiguous_states()

    def _settle_ambiguous_states(self) -> None:
        """One state for a name several share ("Congo"), from the article, or none (see
        crisislens.actors.ambiguous); how it was read is kept for the state's ``how``."""
        matches, hows = ambiguous.settle(self.matches, self.doc, self.g, self.article.published)
        if hows:
            self.matches = matches
            self._match_at = {k: m for m in matches for k in range(m.start, m.end)}
            self.state_how.update(hows)

    def _settle_acronyms(self) -> None:
        """One reading for an acronym several organisations share, from the article (see
        crisislens.actors.acronyms); an unsettled one names nobody."""
        kept, notes = acronyms.settle(self.matches, self.doc, self.g)
        if len(kept) < len(self.matches):
            self.matches = kept
            self._match_at = {k: m for m in kept for k in range(m.start, m.end)}
        self._messages.extend(n for n in notes if n not in self._messages)

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
            usable = self._usable(self.g.lookup(tuple(norms[i:i + length])), i, length)
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
        # a short acronym of a body is written in capitals: "Un" in "Kim Jong Un" is no UN
        acronym_ok = length > 1 or len(span.text.strip(".")) > 3 or span.text.isupper()
        return [
            e for e in entries
            if (e.kind not in gz.PROPER or cased) and (acronym_ok or e.kind not in gz.ACRONYM_KINDS)
            and (e.kind != gz.TOWN or self._in_place_entity(i, length))
            and (e.kind not in (gz.TOWN, gz.PLACE) or not self._in_name_chain(i))
        ]

    def _in_name_chain(self, i: int) -> bool:
        """Token i lies in a place entity glued to a person's name (_name_chain_ends): a
        curated place is no more a place there than a generated town ("Harpreet Singh Bali")."""
        chain = getattr(self, "_name_chain", None)
        if chain is None:  # once per doc
            starts = _name_chain_ends(self.doc)
            chain = {k for e in self.doc.ents if e.start in starts for k in range(e.start, e.end)}
            self._name_chain = chain
        return i in chain

    def _in_place_entity(self, i: int, length: int) -> bool:
        """Tokens [i, i+length) lie inside one entity that may hold a town (_place_entity_ends),
        filling it if it is an ORG or PERSON: a generated town name is a place only where the
        parser reads a place ("in Kathua", not "Mr Bucha")."""
        ends = getattr(self, "_place_ent_end", None)
        if ends is None:  # once per doc: token -> the entity that may hold a town
            ends = _place_entity_ends(self.doc)
            self._place_ent_end = ends
        if i not in ends:
            return False
        start, end, fill = ends[i]
        return (start, end) == (i, i + length) if fill else i + length <= end

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
            or (s in matched_at and not matched_at[s].first(gz.HOLDER, gz.AGENT) and not _place_in_name(matched_at[s], s, e))
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
        """The line (between line breaks) token i is on."""
        starts = self._line_starts()
        k = bisect_right(starts, i) - 1
        end = starts[k + 1] if k + 1 < len(starts) else len(self.doc)
        return self.doc[starts[k]:end]

    def _line_starts(self) -> list[int]:
        """First tokens of the doc's lines, found once (a token after one that holds or is
        followed by a line break starts a line), so a name's line is a lookup, not a walk."""
        if self.line_starts is None:
            doc = self.doc
            self.line_starts = [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws and t.i + 1 < len(doc)]
        return self.line_starts

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

    def _match_ending_at(self, j: int) -> _Match | None:
        m = self._match_at.get(j)
        return m if m is not None and m.end - 1 == j else None

    def _match_starting_at(self, j: int) -> _Match | None:
        m = self._match_at.get(j)
        return m if m is not None and m.start == j else None


# Prepositions of place: a town the parser reads as an organisation or a person is a place
# after one ("strikes on Khan Younis", "an encounter in Pulwama and Kupwara"); not "at", "of"
# or "for", which companies named after towns take ("officials at Hitachi").
PLACE_PREPS = frozenset({"in", "near", "on", "from", "into", "outside", "around", "toward", "towards", "inside"})


def _place_entity_ends(doc: Doc) -> dict[int, tuple[int, int, bool]]:
    """Token -> (start, end, the town must fill it) of the entity that may hold a town: a
    GPE/LOC/FAC entity; an ORG or PERSON entity the town fills, in a place's position
    (_in_place_position: the parser tags "Bakhmut", "Sderot", "Lashio" ORG and "Khan Younis"
    PERSON; "Manchester United" is no town, nor "Hitachi" in "Hitachi cut jobs"). Words the
    article also writes in another person's name are left out: one word keeps one sense in an
    article ("Ava DuVernay" ... "DuVernay's film" is no Canadian town, "Alicia Machado" no
    Brazilian one)."""
    ends: dict[int, tuple[int, int, bool]] = {}
    names = _person_name_words(doc)
    name_ends = _name_chain_ends(doc)
    for e in doc.ents:
        if e.label_ in gz.TOWN_ENTS or e.label_ in ("ORG", "PERSON") and _in_place_position(e):
            others = {w for o, words in names if o != e for w in words}
            if any(t.lower_ in others for t in e) or e.start in name_ends or _a_speaker(e):
                continue
            fill = e.label_ not in gz.TOWN_ENTS
            ends.update({k: (e.start, e.end, fill) for k in range(e.start, e.end)})
    return ends


def _name_chain_ends(doc: Doc) -> set[int]:
    """Starts of GPE/LOC/FAC entities that continue a name: written right after a PERSON or
    another place entity with one space and no punctuation between. The parser splits an
    unfamiliar name into several tags ("Harpreet" PERSON or GPE, "Singh" GPE, "Bali" GPE);
    English never writes a place glued to a person's name or to another place, but puts a
    preposition or a comma between them ("Harpreet Singh in Bali", "Rajouri, Poonch"), and a
    place of two words the parser tags as one entity ("Tel Aviv")."""
    out: set[int] = set()
    name_end: int | None = None  # token index just after the last entity that may start a name
    for e in doc.ents:
        glued = name_end == e.start and doc[e.start - 1].whitespace_ == " "
        titled = all(t.is_title for t in e)
        if glued and e.label_ in gz.TOWN_ENTS and titled:
            out.add(e.start)
        name_end = e.end if titled and (e.label_ == "PERSON" or e.label_ in gz.TOWN_ENTS) else None
    return out


def _a_speaker(e: Span) -> bool:
    """A one-word place entity that is the subject of a verb of saying is a person's surname
    ("Dar said", "Bhan told reporters"): a town does not speak in news, its officials do (a
    government spoken of by its capital is a CAPITAL of the curated lists, not a town)."""
    root = e.root
    return len(e) == 1 and root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS


# Kinds of a gazetteer phrase that title a person: a word written just before one in a PERSON
# entity is the title's place or office ("Kotli Deputy Commissioner X"), not the person's name.
TITLE_KINDS = frozenset({gz.ROLE, gz.GENERIC_BODY, gz.AGENT})


def _person_name_words(doc: Doc) -> list[tuple[Span, set[str]]]:
    """Each PERSON entity with the words of it that are a person's name. Left out: the words
    before a title inside it (the parser tags "Kherson Governor Ivan Petrenko" PERSON whole,
    and Kherson is the governor's region, not his name) and an entity that is nothing but a
    word the article writes as a place elsewhere: one sense per article must not let one
    mis-tagged mention of a town strip the place sense from its every other mention."""
    places = {t.lower_ for e in doc.ents if e.label_ in gz.TOWN_ENTS for t in e if t.is_alpha}
    out: list[tuple[Span, set[str]]] = []
    for o in doc.ents:
        if o.label_ != "PERSON":
            continue
        start = _after_title(o)
        words = {t.lower_ for t in o[start:] if t.is_alpha}
        if words <= places:
            words = set()
        out.append((o, words))
    return out


def _title_at(doc: Doc, i: int) -> bool:
    """A title phrase (a role, a body, a CAMEO agent) starts at token i."""
    g = gz.load()
    norms = [norm_token(t.text) for t in doc[i:i + 4]]
    for length in range(len(norms), 0, -1):
        found = g.lookup(tuple(norms[:length]))
        if found and any(e.kind in TITLE_KINDS for e in found):
            return True
    return False


def _after_title(o: Span) -> int:
    """Offset in a PERSON entity just after the last title phrase it holds (0 if none)."""
    g = gz.load()
    norms = [norm_token(t.text) for t in o]
    after = 0
    for i in range(1, len(norms)):
        for length in range(min(4, len(norms) - i), 0, -1):
            found = g.lookup(tuple(norms[i:i + length]))
            if found and any(e.kind in TITLE_KINDS for e in found):
                after = i + length
                break
    return after


def _in_place_position(e: Span) -> bool:
    """The entity's head (or the first of its conjuncts) is the object of a preposition of
    place, or, for an ORG, a verb's object ("shelled El Fasher", "lost Lashio"): a company
    named like a town is mostly a subject or a modifier ("Hitachi shares"); or, for a PERSON,
    a title follows it ("Mykolaiv Governor NAME": the region of an office, so its state)."""
    if e.label_ == "PERSON" and _title_at(e.doc, e.end):
        return True  # "Sumy Deputy Commissioner NAME": a title's region, tagged PERSON alone
    head = e.root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS or e.label_ == "ORG" and head.dep_ == "dobj"
