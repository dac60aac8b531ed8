"""How the text names a speaker: the rules that turn a subject phrase into a name.

Why a module of its own: finding who speaks (quotes_speaker) and writing their name as the
house convention wants it are separate questions. The convention is the name as the text
gives it, with no leading article, no time or place adjunct, no clause around it; a bare
title or a document ("the minister", "the statement") is named by what it stands for.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from crisislens.extract.quotes_lexicon import org_heads, title_words

ARTICLES = ("the", "a", "an")
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# Words a body's name needs to name it without its state ("Federal Investigation Agency"; a
# "Defence Ministry" is every state's).
_OWN_NAME_WORDS = 3
# How far back (tokens) a bare title looks for the person who holds it.
_ANTECEDENT_WINDOW = 400
_INDEFINITE = re.compile(r"^an?\s+(?=\S)", re.I)
_DEFINITE_NAME = re.compile(r"^[Tt][Hh][Ee]\s+(?=[A-Z])")


@cache
def statement_nouns() -> frozenset[str]:
    """Nouns of a document a body issues (extract/data/speaker_statement_nouns.tsv)."""
    text = resources.files("crisislens.extract").joinpath("data", "speaker_statement_nouns.tsv").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@cache
def issuing_verbs() -> frozenset[str]:
    """Verbs by which a body puts out a document (extract/data/speaker_issuing_verbs.tsv)."""
    text = resources.files("crisislens.extract").joinpath("data", "speaker_issuing_verbs.tsv").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def document_author(tok: Token) -> Token | None:
    """The author a document noun names in its own phrase: the agent of a participle of
    issuing ("a breakdown shared by the army", "a readout issued by the ministry") or the
    object of "from" ("a readout from the presidency"). A document never speaks; when its
    phrase names who put it out, that body is the speaker. None otherwise (a date after
    "from" names no one)."""
    if tok.lemma_.lower() not in statement_nouns():
        return None
    for child in tok.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in issuing_verbs():
            agent = next((a for a in child.children if a.dep_ == "agent"), None)
            obj = _pobj(agent) if agent is not None else None
            if obj is not None:
                return obj
        if child.dep_ == "prep" and child.lower_ == "from":
            obj = _pobj(child)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN") and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    return None


def drop_article(text: str) -> str:
    """A name without an article that is no part of it: an indefinite one always ("An Indian
    defence official" -> "Indian defence official": it only says the source is unnamed), and
    "the" before a proper name ("the Regional Disaster Management Authority"). A definite
    description keeps its "the" ("the army", "the ministry"): it refers back to a body named
    before, and that is how the text (and a reader's list of its names) writes it. An initial
    ("A. Khan") is no article: the regex asks for a space right after it."""
    text = _INDEFINITE.sub("", text.strip())
    return _DEFINITE_NAME.sub("", text)


def hyphen_start(doc: Doc, i: int) -> int | None:
    """Where a hyphen-joined word ending at token ``i`` begins ("Inter-Services", "Al-Shabaab",
    "Abdel-Fattah" are three tokens, one word): the index of the word before the hyphen when
    no space stands on either side of it, else None. A name grown leftwards word by word
    must take the whole word, or "Inter-Services Public Relations" loses "Inter-"."""
    return i - 2 if i >= 2 and joins_words(doc[i - 1]) else None


def joins_words(tok: Token) -> bool:
    """A hyphen inside a word ("Inter-Services", "Al-Quds"): no space on either side. It is no
    dash that sets off a clause, and no break inside a name."""
    return (
        tok.text in ("-", "\u2010", "\u2011") and not tok.whitespace_ and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_ and tok.i + 1 < len(tok.doc)
    )


def is_adjunct(child: Token, head: Token) -> bool:
    """A right-hand modifier of a speaker's head that is no part of its name: a time ("leaders
    on Thursday", "officials Thursday") or the place a body sits ("the National Security
    Committee in Naypyitaw"). A place after a description ("officials in the region",
    "residents of the valley") is how the text identifies them, so it stays."""
    if child.dep_ == "npadvmod" and _is_time(child):
        return True
    if child.dep_ != "prep":
        return False
    objs = [c for c in child.children if c.dep_ == "pobj"]
    if not objs:
        return False
    if all(_is_time(o) for o in objs):
        return True
    return child.lower_ == "in" and _proper_head(head) and all(o.ent_type_ in ("GPE", "LOC") for o in objs)


def _proper_head(head: Token) -> bool:
    """A body's proper name, not a plural common noun the tagger calls proper because it opens
    the sentence with a capital ("Officials in Pakistan-occupied Kashmir said"): a proper
    noun inside a named entity, or one capitalised where a common noun would not be."""
    if head.pos_ != "PROPN":
        return False
    return bool(head.ent_type_) or not (head.is_sent_start or head.i == head.left_edge.i == head.sent.start)


def _is_time(tok: Token) -> bool:
    """A date or time word: a DATE/TIME entity or a weekday."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _WEEKDAYS


def clause_person(tok: Token) -> Token | None:
    """The person a participial or prepositional clause parsed as the subject names ("Briefing
    reporters in Kyiv along with the foreign ministry, Colonel Petro Marchenko, head of air
    operations, said"): the clause is not the speaker, the PERSON it holds is. The last PERSON
    head in the clause (the one nearest the verb) is taken."""
    if not _opens_a_clause(tok):
        return None
    heads = [
        t for t in tok.subtree
        if (t.ent_type_ == "PERSON" or titled_name(t) is not None)
        and t.dep_ != "compound" and t.i > tok.i and _after_comma(t)
    ]
    return heads[-1] if heads else None


def titled_name(tok: Token) -> Span | None:
    """The name words of a proper noun written after a title ("Air Marshal Rakesh Bhatia" ->
    "Rakesh Bhatia", "Brigadier Nabil Abdallah"), whatever entity label the tagger gave the
    run (it often calls a titled name a PRODUCT or an ORG): a title word before capitalised
    proper nouns marks them as a person's name. None when ``tok`` heads no such run."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ in title_words():
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    name_start = start
    while name_start < tok.i and doc[name_start].lower_ in title_words():
        name_start += 1
    if name_start == start or any(t.lower_ in title_words() for t in doc[name_start : tok.i + 1]):
        return None
    return doc[name_start : tok.i + 1]


def named_apposition(tok: Token) -> Token | None:
    """The proper name set off by commas after a description ("The military's media wing,
    Inter-Services Public Relations (ISPR), said", "the rebels' political arm, the Sudan People's
    Liberation Movement-North, said"): the description says what the body is, the apposition
    names it, and the name is how the speaker is recorded. Only a common-noun head with a
    capitalised apposition of two or more words."""
    if tok.pos_ != "NOUN" or tok.is_title:
        return None
    for child in tok.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or not _after_comma(child):
            continue
        words = [t for t in child.subtree if t.i <= child.i and t.is_alpha and t.lower_ not in ARTICLES]
        if len(words) >= 2 and all(t.is_title or t.is_upper or t.lower_ in ("of", "for", "and") for t in words):
            return child
    return None


def close_apposition(tok: Token) -> Token | None:
    """The name in close apposition to a lower-case title, with no comma between them ("Senior
    superintendent of police Manpreet Dhillon said", "regional governor Ali Hassan told"): the
    title describes the named person, who is the speaker. The name is two or more capitalised
    words (one word, "the group Hamas", is left to the resolver)."""
    if tok.pos_ != "NOUN" or tok.is_title:
        return None
    for child in tok.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        between = tok.doc[tok.i + 1 : child.left_edge.i]
        if any(t.is_punct for t in between):
            return None
        words = [t for t in child.subtree if t.i <= child.i and t.is_alpha]
        if len(words) >= 2 and all(t.is_title for t in words):
            return child
    return None


def _opens_a_clause(tok: Token) -> bool:
    """A participle (tagged as one, or an "-ing" word the tagger took for a noun at the head
    of its sentence) or a verb: words that open a clause, never a speaker's name."""
    if tok.tag_ == "VBG" or tok.pos_ == "VERB":
        return True
    if tok.is_sent_start and tok.lower_.endswith("ing") and tok.pos_ == "NOUN":
        return True
    # "Briefing reporters in Kyiv ...": the tagger made the participle a compound of its object
    first = tok.left_edge
    return first.is_sent_start and first.dep_ == "compound" and first.lower_.endswith("ing") and first.head == tok


def _after_comma(tok: Token) -> bool:
    """A name set off by a comma before it (its title compounds skipped): the clause ends and
    the subject begins there."""
    i = tok.left_edge.i - 1
    return i >= 0 and tok.doc[i].text == ","


def is_bare_title(span: Span, tok: Token) -> bool:
    """A subject that is only a title with its article ("the minister", "the Air Marshal"): it
    names the office, so it stands for the person the text gave that title before."""
    if tok.lower_ not in title_words() or tok.ent_type_ == "PERSON":
        return False
    return all(t.i == tok.i or t.lower_ in ARTICLES or t.lower_ in title_words() for t in span)


def title_holder(tok: Token) -> Span | None:
    """The nearest earlier person whose title holds the bare title's head noun: "Defence
    Minister Anna Kovalenko arrived ... The minister said" is Anna Kovalenko's. The title is the
    title words compounded before the PERSON entity."""
    doc = tok.doc
    head = tok.lemma_.lower()
    floor = max(0, tok.i - _ANTECEDENT_WINDOW)
    for ent in reversed(_named_people(doc, floor, tok.i)):
        if head in _title_before(ent):
            return ent
    return None


def _named_people(doc: Doc, floor: int, stop: int) -> list[Span]:
    """The PERSON entities and titled names (see titled_name) in [floor, stop), in text order."""
    found = {e.start: e for e in doc.ents if e.label_ == "PERSON" and floor <= e.start and e.end <= stop}
    for t in doc[floor:stop]:
        name = titled_name(t) if t.dep_ != "compound" else None
        if name is not None and not any(s <= name.start < e.end for s, e in found.items()):
            found[name.start] = name
    return [found[k] for k in sorted(found)]


def _title_before(ent: Span) -> set[str]:
    """Lemmas of the title words written right before (or inside) a PERSON entity."""
    doc = ent.doc
    out = {t.lemma_.lower() for t in ent if t.lower_ in title_words()}
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in title_words():
        out.add(doc[i].lemma_.lower())
        i -= 1
    return out


def is_statement(span: Span, tok: Token) -> bool:
    """A subject that is a document, not its author ("the statement said", "the communique
    added"): only when nothing in the phrase names the author ("an army statement" is the
    army's, handled as a possessor or modifier)."""
    if tok.lemma_.lower() not in statement_nouns():
        return False
    return all(t.i == tok.i or t.lower_ in ARTICLES for t in span)


def statement_issuer(tok: Token) -> Token | None:
    """The subject of the nearest earlier verb that put out a statement ("X said in a
    statement", "X issued a statement"): the one "the statement" speaks for. None when the
    text names no issuer before it."""
    doc = tok.doc
    nouns = statement_nouns()
    for prev in reversed(doc[: tok.i]):
        if prev.lemma_.lower() not in nouns or prev.i == tok.i:
            continue
        verb = prev.head.head if prev.dep_ == "pobj" else prev.head if prev.dep_ == "dobj" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def state_free_body(span: Span) -> str | None:
    """A body's proper name after a possessive state ("Sudan's Rapid Support Forces" -> "Rapid Support Forces",
    "Pakistan's Federal Investigation Agency"): the rest is the body's own name, the state is its code.
    A lower-case rest ("India's foreign ministry") is a description, and a two-word one
    ("Armenia's Defence Ministry", "Ukraine's General Staff") the generic name every state
    gives such a body, which needs its state to say whose: both stay as written (None)."""
    pos = next((t for t in span if t.tag_ == "POS"), None)
    if pos is None or pos.i + 1 >= span.end:
        return None
    owner = span.doc[span.start : pos.i]
    rest = span.doc[pos.i + 1 : span.end]
    if not any(t.ent_type_ == "GPE" for t in owner):
        return None
    words = [t for t in rest if t.is_alpha]
    if len(words) < _OWN_NAME_WORDS or not all(t.is_title or t.is_upper or t.lower_ in ("of", "for", "and") for t in words):
        return None
    return rest.text.strip()


# How many tokens before a person's name the title written for them may start.
_TITLE_REACH = 12
# How many tokens (ranks, a closing parenthesis) may stand between that title and the name.
_TITLE_GAP = 4


def office_holder(span: Span, reach: int = _ANTECEDENT_WINDOW) -> Span | None:
    """The person an office phrase stands for when the text wrote that phrase earlier as the
    title right before their name: "Director General of the Agency (DG Agency) Maj Gen NAME
    said ... the DG Agency added" is NAME's; the writer's short form of the office is a
    definite description of its holder, as "the minister" is. The phrase must be two words
    or more (one title word is is_bare_title's) and hold no name; the nearest such holder
    within the antecedent window wins. None when no earlier name carries the phrase."""
    words = [t.lower_ for t in span if t.lower_ not in ARTICLES and not t.is_punct]
    if len(words) < 2 or any(t.ent_type_ == "PERSON" for t in span):
        return None
    if not any(w in title_words() and w not in org_heads() for w in words):
        return None  # "the Indian Army" before "Lt Gen NAME" is his body, not his office
    doc = span.doc
    floor = max(0, span.start - reach)
    for ent in reversed(_named_people(doc, floor, span.start)):
        if _titled_with(doc, ent, words):
            return ent
    return None


def _titled_with(doc: Doc, ent: Span, words: list[str]) -> bool:
    """The words occur, in order and unbroken, in the title zone before the name: ending at
    most _TITLE_GAP tokens (proper nouns, title words, parentheses) before it."""
    lo = max(ent.sent.start, ent.start - _TITLE_REACH)
    before = [t.lower_ for t in doc[lo : ent.start]]
    n = len(words)
    for end in range(len(before), n - 1, -1):
        gap = doc[lo + end : ent.start]
        if len(gap) > _TITLE_GAP or not all(_title_gap_token(t) for t in gap):
            return False
        if before[end - n : end] == words:
            return True
    return False


def _title_gap_token(tok: Token) -> bool:
    """A token that may separate a title from the name: a rank or honorific ("Lt Gen", proper
    nouns) or the parenthesis that closes the title's short form. A common noun ("Police
    spokesman NAME") is a title of its own, so the words before it are another office's."""
    return tok.text in ("(", ")") or tok.pos_ == "PROPN"


@cache
def _title_asides() -> frozenset[str]:
    """Words written in parentheses inside a rank title (extract/data/speaker_title_asides.tsv)."""
    text = resources.files("crisislens.extract").joinpath("data", "speaker_title_asides.tsv").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def aside_apposition(tok: Token) -> Token | None:
    """The name after a rank title with a parenthesised aside ("said Major General (retd) NAME,
    a former corps commander"): the aside ("retd") belongs to the title, so title and name are
    one phrase and the name is the speaker; the parser hangs the name on the title as an
    apposition. The name is two or more capitalised words."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in title_words():
        return None
    for child in tok.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        # the parenthesis and the aside may hang on the name: the name starts after them
        first = next((t for t in child.subtree if t.is_alpha and t.lower_ not in _title_asides()), child)
        between = [t for t in tok.doc[tok.i + 1 : first.i] if t.text != "."]
        if len(between) < 3 or between[0].text != "(" or between[-1].text != ")":
            continue  # the aside itself ("retd"), which the parser may also call an apposition
        if not all(t.lower_ in _title_asides() for t in between[1:-1]):
            return None
        words = [t for t in child.subtree if first.i <= t.i <= child.i and t.is_alpha]
        return child if len(words) >= 2 and all(t.is_title for t in words) else None
    return None


@cache
def _courtesy_titles() -> frozenset[str]:
    text = resources.files("crisislens.extract").joinpath("data", "speaker_courtesy_titles.tsv").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def courtesy_title(word: str) -> bool:
    """A form of address written before a name ("Dr", "Mr.", "Prof"): no part of the name, so
    a speaker is recorded without it (extract/data/speaker_courtesy_titles.tsv)."""
    return word.lower().rstrip(".") in _courtesy_titles()
