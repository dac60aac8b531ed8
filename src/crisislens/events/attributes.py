"""Attributes of an event: modality, claimant, place and the date (with how it was found).

The date is the time phrase attached to the predicate in the parse, else
one inside its clause, else its sentence; tense and the paragraph supply the
rest in the engine (``_Coder.date_of``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from crisislens.actors.index import ActorIndex
from crisislens.events.arguments import (
    _actors,
    _ask_place,
    _np_span,
)
from crisislens.events.config import (
    AFTER_WORDS,
    DATELINE_ENDS,
    DENYING,
    EVALUATIVE_VERBS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    INTENT_ADJECTIVES,
    INTENT_HEADS,
    INTENT_NOUNS,
    OBJECT_CONTROL,
    PLACE_PREPS,
    REPORTING,
    STRIKE_NOUNS,
    TIME_ANCHOR_WORDS,
    WORDS,
)
from crisislens.extract.dates import resolve_date
from crisislens.model import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    Actor,
)
from crisislens.syntax import (
    acts_as_verb,
    auxiliaries,
    verb_of,
)


def _own_modality(tok: Token) -> str | None:
    """The modality a clause marks itself: not, will/would/could, if/unless."""
    for child in tok.children:
        if child.dep_ == "neg":
            return NEGATED
        if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
            return FUTURE
        if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
            return HYPOTHETICAL
        if child.dep_ == "mark" and child.lower_ in WORDS["conditional_marks"]:
            return HYPOTHETICAL
    return None


def _governed_modality(cur: Token) -> str | None:
    """The modality a governing verb lends its complement: denied, intended or requested."""
    head = cur.head
    if head.lemma_ in DENYING:
        return NEGATED
    if cur.dep_ == "xcomp" and (head.lemma_ in INTENT_HEADS or head.lemma_.lower() in INTENT_ADJECTIVES):
        return FUTURE  # "plans to strike", "is ready to send troops"
    if cur.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
        return HYPOTHETICAL  # "asked the president to expel the envoy": asked for, not done
    return None


def _modality(tok: Token) -> str:
    """Asserted, negated, hypothetical or future, from the predicate and the clauses above it.

    A noun predicate takes the modality of the verb it belongs to ("offered to
    host talks": the talks are offered, not held).
    """
    cur: Token | None = tok if acts_as_verb(tok) else (verb_of(tok) or tok)
    for _ in range(5):
        if cur is None:
            break
        own = _own_modality(cur)
        if own is not None:
            return own
        if cur.dep_ in {"ccomp", "xcomp"} and cur.head is not cur:
            governed = _governed_modality(cur)
            if governed is not None:
                return governed
            cur = cur.head
        elif cur.dep_ == "conj" and cur.head is not cur:
            cur = cur.head
        else:
            return HYPOTHETICAL if _intended_by_noun(cur) else ASSERTED
    return ASSERTED


def _intended_by_noun(verb: Token) -> bool:
    """ "a plot [to blow up the airport]", "the request [to extradite him]": the infinitive a noun of
    intention governs names an act planned or asked for, not one done (``intent_nouns``)."""
    return (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in INTENT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _claimant(tok: Token, index: ActorIndex) -> Actor | None:
    """The speaker of the reporting verb above ``tok``, or of an "according to" phrase."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in {"ccomp", "conj"} and cur.head is not cur:
            cur = cur.head
            if cur.lemma_ in REPORTING:
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    found = _actors(index, subj)
                    if found:
                        return found[0]
                break
        else:
            break
    for t in tok.sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            pobj = next((g for g in t.doc[t.i + 1].children if g.dep_ == "pobj"), None)
            if pobj is not None:
                found = _actors(index, pobj)
                if found:
                    return found[0]
    return None


def _place(tok: Token, index: ActorIndex) -> tuple[str | None, str | None]:
    """(place, state code) from in/at/near phrases attached to the predicate or its object."""
    candidates = [tok, *[c for c in tok.children if c.dep_ in {"dobj", "pobj"}]]
    for node in candidates:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    found = _ask_place(index, _np_span(pobj))
                    if found:
                        return found[0], found[1]
    return None, None


def _dateline_end(sent: Span) -> int:
    """The token index where the sentence's text starts after a dateline, else ``sent.start``.

    A dateline's date is the day the report was filed, not the day of what the
    sentence tells; letting it date the events would stamp every act in the
    lead with the publication day.
    """
    for t in sent[:14]:
        if t.text in DATELINE_ENDS and t.i > sent.start:
            head = sent.doc[sent.start : t.i]
            if any(x.ent_type_ == "DATE" for x in head) and all(
                x.pos_ in {"PROPN", "PUNCT", "NUM", "SPACE"} or x.ent_type_ == "DATE" for x in head
            ):
                return t.i + 1
            return sent.start
    return sent.start


def _clause_chain(tok: Token) -> list[Token]:
    """The predicate's verb and the verbs it shares a clause with (conj / xcomp / advcl heads)."""
    verb = verb_of(tok) or tok
    chain = [tok, verb] if verb is not tok else [tok]
    cur = verb
    for _ in range(3):
        if cur.dep_ not in {"conj", "xcomp", "advcl"} or cur.head is cur:
            break
        cur = cur.head
        chain.append(cur)
    return chain


def _attachment(ent: Span) -> Token:
    """The word a time phrase modifies: its head, through a preposition ("on Friday" -> the verb)."""
    head = ent.root.head
    return head.head if head.dep_ == "prep" and head.head is not head else head


def _attached_date(tok: Token, sent: Span, published: str | None) -> object:
    """The time phrase that governs the predicate in the parse, not the nearest one.

    "Bombs exploded outside the embassies Friday, killing dozens, witnesses
    said": "Friday" modifies "exploded" and dates it (and the participle
    "killing" in its clause). A phrase attached to another clause's verb does
    not date this predicate.
    """
    start = _dateline_end(sent)
    ents = [e for e in _date_ents(sent.doc) if e.start >= start and e.end <= sent.end]
    for node in _clause_chain(tok):  # the nearest clause first: a conjunct's own phrase beats its head's
        for ent in ents:
            if node.i in (_attachment(ent).i, ent.root.i) and (res := _resolve(ent, published)) is not None:
                return res
    return None


def _date(tok: Token, sent: Span, published: str | None) -> tuple[str | None, str | None, str | None, str]:
    """(start, end, text, how): the time phrase attached to the predicate's clause ("own"), else the
    first inside its subtree ("clause"), else the sentence's first ("sentence")."""
    doc = tok.doc
    res = _attached_date(tok, sent, published)
    if res is not None:
        return res.start, res.end, res.text, "own"
    body = doc[_dateline_end(sent) : sent.end]
    lo, hi = max(tok.left_edge.i, body.start), tok.right_edge.i + 1
    for span, how in ((doc[lo:hi], "clause"), (body, "sentence")):
        res = _resolve(span, published) if len(span) else None
        if res is not None:
            return res.start, res.end, res.text, how
    return None, None, None, "none"


def _simple_past(tok: Token) -> bool:
    """True for a finite past-tense predicate ("struck", "said"), not a perfect ("has struck").

    A simple past narrates an act at a definite time, the time the paragraph
    set; a present perfect ("has issued a call") states a result without one.
    """
    verb = verb_of(tok)
    if verb is not None and verb.tag_ in {"VBZ", "VBP"} and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
        verb = verb.head  # "Dar emphasized that Pakistan retains the right ...": said then
    if verb is None or verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _present_report(tok: Token) -> bool:
    """A present or present-perfect act ("condemns", "has condemned"): news of the publication day.

    A report in the present tense or present perfect tells what happened the
    day it was filed; a modal, a future, a conditional or an infinitive does not.
    """
    verb = verb_of(tok)
    if verb is None or verb.dep_ in {"xcomp", "acl", "relcl", "advcl", "pcomp"}:
        return False
    if verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
        return False  # "On May 3, Iran said it supports Pakistan": the saying's time, not today
    auxes = auxiliaries(verb)
    if auxes & (HYPOTHETICAL_AUX | FUTURE_AUX) or any(c.dep_ == "mark" for c in verb.children):
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return verb.lemma_ != "be" and verb.lemma_ != "have"  # a state, not an act
    return verb.tag_ == "VBN" and bool(auxes & {"has", "have", "'s", "'ve"})


def _headline_present(tok: Token, sent: Span) -> bool:
    """A headline's present-tense verb ("Minister holds talks with ..."): news of the report's own day."""
    words = [t for t in sent if not t.is_space]
    if sent.start != 0 or not words or words[-1].text in {".", "!", "?", "\u201d", '"'}:
        return False  # not the first line, or a full sentence rather than a headline
    after = sent.doc.text[words[-1].idx + len(words[-1].text) : sent.end_char + 2]
    if "\n" not in after:
        return False
    verb = verb_of(tok)
    return verb is not None and verb.tag_ in {"VBZ", "VBP"} and verb.dep_ == "ROOT"


def _time_anchor(tok: Token) -> bool:
    """ "in the aftermath of India's strikes", "following the attacks": the noun dates something else."""
    head = tok.head
    for _ in range(3):
        if head.lower_ in TIME_ANCHOR_WORDS:
            return True
        if head.dep_ not in {"prep", "pobj"} or head.head is head:
            return False
        head = head.head
    return False


def _evaluated(tok: Token) -> bool:
    """A strike noun that is the subject of a judgement ("the airstrikes marked aggression")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in EVALUATIVE_VERBS


def _after_the_attack(sent: Span) -> bool:
    """ "Following the late-night attacks, ...": the sentence is dated by the attack it follows."""
    for t in sent:
        if t.lower_ in AFTER_WORDS:
            for g in t.subtree if t.lower_ != "aftermath" else t.children:
                for h in [g, *g.children]:
                    if h.lemma_.lower() in STRIKE_NOUNS and h.i != t.i:
                        return True
    return False


def _is_day(d: object) -> bool:
    """A resolved date that is one day (not a range or a month)."""
    return d is not None and getattr(d, "end", None) is None


_DATE_ENTS: dict[int, tuple[Doc, list[Span]]] = {}


def _date_ents(doc: Doc) -> list[Span]:
    """The doc's DATE/TIME entities, computed once per doc (``Span.ents`` rescans the whole doc)."""
    got = _DATE_ENTS.get(id(doc))
    if got is None or got[0] is not doc:
        _DATE_ENTS.clear()  # one doc at a time: the coder works article by article
        got = (doc, [e for e in doc.ents if e.label_ in {"DATE", "TIME"}])
        _DATE_ENTS[id(doc)] = got
    return got[1]


def _resolve(span: Span, ref: str | None) -> object:
    """The first resolvable date phrase inside ``span`` (DATE before TIME), as ``resolve_date`` does.

    Guarded (an odd time phrase must not stop the article) and fast: the
    phrases come from the doc's entity list, filtered by offsets.
    """
    if not len(span):
        return None
    inside = [e for e in _date_ents(span.doc) if e.start >= span.start and e.end <= span.end]
    ordered = [e for e in inside if e.label_ == "DATE"] + [e for e in inside if e.label_ == "TIME"]
    for ent in ordered:
        try:
            res = resolve_date(ent, ref)
        except (ValueError, OverflowError, TypeError):
            res = None
        if res is not None:
            return res
    return None
