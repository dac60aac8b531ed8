"""Who speaks: subjects of cue verbs, resolved to canonical actors, plus addressee and medium.

Shared by quote and claim extraction. The speaker is always a syntactic
argument of a cue (its subject, the possessor of a cue noun, the object of
"according to"); we never pick the nearest name, because proximity alone
attributes words to the wrong person whenever two people are named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from crisislens.actors.index import ActorIndex
from crisislens.extract.quotes_lexicon import (
    cue_verb,
    honorifics,
    media_words,
    org_heads,
    speech_verb,
    title_words,
)
from crisislens.extract.speaker_names import (
    aside_apposition,
    clause_person,
    close_apposition,
    courtesy_title,
    document_author,
    drop_article,
    hyphen_start,
    is_adjunct,
    is_bare_title,
    is_statement,
    named_apposition,
    office_holder,
    state_free_body,
    statement_issuer,
    title_holder,
    titled_name,
)
from crisislens.model import Actor

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "you"}
SUBJECT_DEPS = ("nsubj",)
# Dependencies through which a subjectless cue ("..., adding that ...") inherits its head's subject.
INHERIT_DEPS = ("advcl", "xcomp", "conj", "acl", "pcomp", "ccomp")
NP_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "quantmod", "cc", "conj", "predet", "advmod"}
ADDRESSEE_VERBS = {"tell", "inform", "brief", "assure", "ask", "urge", "warn", "remind"}


@dataclass
class Speaker:
    """A resolved speaker: ``actor`` None when the named phrase is not a known actor."""

    actor: Actor | None
    name: str | None
    code: str | None
    span: tuple[int, int] | None = None  # cleaned-text offsets of the phrase naming the speaker

    @classmethod
    def none(cls) -> Speaker:
        return cls(None, None, None)


def subject_of(verb: Token, depth: int = 3, blocked: set[int] | None = None) -> Token | None:
    """The subject of a cue verb, climbing to the governing verb for participles and conjuncts.

    ``blocked`` token indices (quoted words) are never climbed into: a verb
    inside someone's quotation does not lend its subject to the narrator's verb.
    """
    tok: Token | None = verb
    reporter = misattached_report(verb)
    if reporter is not None:
        tok = reporter  # "X said A and claimed B": the second report is X's, not A's subject's
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.dep_ in ("appos", "npadvmod", "pobj", "conj")
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and verb.dep_ in ("ROOT", "ccomp", "conj")
    ):
        return prev  # "In an interview with TRT World, Dar said ...": NAME misparsed as apposition
    fronted = _fronted_person(verb)
    if fronted is not None:
        return fronted
    for _ in range(depth + 1):
        if tok is None or (blocked and tok is not verb and tok.i in blocked):
            return None
        child = _subject_child(tok)
        if child is not None:
            if child.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return tok.head  # "Trump, who said ...": the relative pronoun stands for its head
            return child
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return None  # the relative clause's subject is its own (handled by nsubj above)
        if tok.dep_ not in INHERIT_DEPS or tok.head is tok:
            return None
        tok = tok.head
    return None


def _fronted_person(verb: Token) -> Token | None:
    """ "In Goma, NAME, who fled Sake with her children, said ...": the parser makes the
    subject an apposition of the fronted adjunct's place, with its relative clause, and leaves
    the verb without a subject. A place has no person in apposition, so a person's name set
    off after the adjunct's object, with nothing but that object's own modifiers and commas
    up to the verb, is the verb's subject. Only a verb with no subject of its own."""
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for prep in (c for c in verb.lefts if c.dep_ == "prep"):
        if not all(t.is_punct for t in verb.doc[prep.right_edge.i + 1 : verb.i]):
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            name = next((a for a in obj.rights if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)
            if name is not None:
                return name
    return None


def misattached_report(verb: Token) -> Token | None:
    """The reporting verb a second report is coordinated with, when the parser hung it on the
    first report's clause instead ("The army said four soldiers were killed and claimed that
    20 rebels died": "claimed" is parsed as a conjunct of "killed"). A finite cue verb with no
    subject of its own, conjoined to a clause that is not itself a report but the complement
    of one, coordinates with that reporting verb: a reported subject ("four soldiers") making a
    second claim is not what the sentence says. None when the verb is no such conjunct."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or not cue_verb(verb.lemma_):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said A but that B and warned C": B is a conjunct of the complement A
    if clause.dep_ != "ccomp" or cue_verb(clause.lemma_) or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    return clause.head if speech_verb(clause.head.lemma_) else None


def _subject_child(verb: Token) -> Token | None:
    """The verb's own subject. A clause has one; when the parser gives it two before the verb
    ("In his book, “The Road to Mekelle,” the general argued"), the one next to the verb is the
    subject and the earlier one a fronted apposition it misread."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and all(c.i < verb.i for c in subjects):
        return subjects[-1]
    return subjects[0] if subjects else None


def phrase_of(tok: Token, cut_preps: bool = False) -> Span:
    """The noun phrase a token heads, without relative clauses or appositions after commas."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    for child in reversed(list(tok.lefts)):
        # only the noun phrase's own modifiers, not a dateline or an adverbial hung on the left
        if child.dep_ not in NP_LEFT_DEPS or child.right_edge.i < start - 1:
            break
        start = child.left_edge.i
    stops = ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl") + (("prep",) if cut_preps else ())
    for child in tok.rights:
        if child.dep_ in stops or is_adjunct(child, tok):
            break
        if child.dep_ == "prep" and titled_name(tok) is not None:
            break  # "Air Marshal Rakesh Bhatia of the Indian Air Force": a person's affiliation
        end = _before_set_off_clause(child)
    while start < end - 1 and doc[start].is_punct:
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1  # "Residents of Sake in North Kivu," cut before its relative clause
    return doc[start:end]


def _before_set_off_clause(mod: Token) -> int:
    """Where a right-hand modifier of a speaker's head ends: at its last token, or before a
    comma that opens a relative clause or participle hung inside it ("residents of Sake,
    where two children were killed, said"; "an officer in the 9th Division, who requested
    anonymity"): a clause set off by commas describes, it does not name. An apposition
    stays: "The governor of North Kordofan, NAME" names the speaker in it."""
    end = mod.right_edge.i + 1
    for tok in mod.subtree:
        if tok.dep_ in ("relcl", "acl") and tok.left_edge.i > mod.i:
            comma = tok.left_edge.i - 1
            if tok.doc[comma].text == ",":
                end = min(end, comma)
    return end


def resolve(tok: Token | None, index: ActorIndex) -> Speaker:
    """Resolve a subject/possessor token to a Speaker; an unresolved pronoun names no one."""
    if tok is None:
        return Speaker.none()
    antecedent = previous_subject(tok)
    if antecedent is None and tok.lower_ == "it" and _ask(index, tok) is None:
        antecedent = matrix_subject(tok)
    if antecedent is not None:
        named = resolve(antecedent, index)
        # the words that name the speaker here are still the pronoun's
        return Speaker(named.actor, named.name, named.code, (tok.idx, tok.idx + len(tok)))
    span = phrase_of(tok)
    stand_in = _stands_for(tok, span, index)
    if stand_in is not None:
        return stand_in
    actor = _ask(index, span) or _ask(index, tok)
    if actor is None and tok.dep_ != "poss":
        actor = _modifier_actor(tok, index)
    if (actor is None or actor.kind != "person") and tok.pos_ in ("PROPN", "NOUN"):
        # "Deputy PM and FM Ishaq Dar": two titles of one person, coordinated; a dateline
        # misparsed as the subject with the person in apposition ("(Alliance News) – Dar")
        person = _person_in(tok, index)
        if person is not None:
            actor, span = person
    titled = _titled_person(span, index) if actor is None or actor.kind != "person" else None
    speaker = titled if titled is not None else _speaker_for(actor, span, tok)
    if actor is not None and _is_pronoun(tok):
        speaker.name = first_naming(tok.doc, actor, index) or speaker.name
    if speaker.code is None and speaker.name:
        speaker.code = _title_body_code(span, index)
    return speaker


# Subject pronouns that name one person.
_PERSON_PRONOUNS = {"he", "she"}


def previous_subject(tok: Token) -> Token | None:
    """The person a sentence-opening "He said ..." continues: the subject of the sentence just
    before, when that subject is a person's name ("Elchin Gasimov, an aide to the president,
    rejected the accusations. He said ..."). A subject pronoun prefers the previous subject
    over any name in an apposition or object (centering); None when the previous sentence's
    subject is no person's name, or the pronoun is not the first subject of its sentence."""
    if tok.lower_ not in _PERSON_PRONOUNS or tok.dep_ != "nsubj":
        return None
    sent = tok.sent
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i for t in sent) or sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    if "\n\n" in tok.doc[prev.end - 1 : sent.start + 1].text:
        return None  # a new paragraph: the previous sentence's subject is no longer in focus
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    return subj if subj.ent_type_ == "PERSON" or titled_name(subj) is not None else None


def matrix_subject(tok: Token) -> Token | None:
    """The body an embedded "it" speaks for: the subject of its sentence's main clause ("The
    FIA has arrested five men who it says were passing information": "it" is the FIA), as a
    pronoun inside a clause of a sentence takes that sentence's subject. Only a noun subject
    before the pronoun, and only when the pronoun is not itself the main subject."""
    if tok.dep_ != "nsubj":
        return None
    root = tok.sent.root
    if tok.head.i == root.i:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return subj


def _modifier_actor(tok: Token, index: ActorIndex) -> Actor | None:
    """A coordinated subject ("the UK and France") or a modifier that names the actor: the
    first state, people or organisation modifier the index knows."""
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss") and child.ent_type_ in ("GPE", "NORP", "ORG"):
            actor = _ask(index, child)
            if actor is not None:
                return actor
    return None


def _stands_for(tok: Token, span: Span, index: ActorIndex) -> Speaker | None:
    """The speaker a subject stands for when it does not name one itself: the person inside a
    clause parsed as the subject, or the issuer of "the statement" (no speaker when the text
    names none: a document never speaks). None when the subject names its speaker."""
    person = clause_person(tok) or close_apposition(tok) or named_apposition(tok) or aside_apposition(tok)
    if person is not None:
        return resolve(person, index)
    author = document_author(tok)
    if author is not None:
        return resolve(author, index)  # "a breakdown shared by the army": the army's words
    if is_statement(span, tok):
        issuer = statement_issuer(tok)
        return resolve(issuer, index) if issuer is not None else Speaker(None, None, None, None)
    if is_bare_title(span, tok):
        actor = _ask(index, span) or _ask(index, tok)
        holder = title_holder(tok) if actor is None or actor.kind != "person" else None
        if holder is not None:
            return resolve(holder.root, index)
    office = office_holder(span) if tok.pos_ in ("PROPN", "NOUN") else None
    if office is not None:
        # "the DG Agency", written before as NAME's title: NAME speaks, and, as for a pronoun,
        # the words that name the speaker here are the office phrase's
        named = resolve(office.root, index)
        return Speaker(named.actor, named.name, named.code, (span.start_char, span.end_char))
    return None


def _is_pronoun(tok: Token) -> bool:
    """A personal or relative pronoun: it refers, it does not name."""
    return tok.lower_ in PRONOUNS or tok.pos_ == "PRON" or tok.tag_ in ("WP", "WDT")


# Per document, the name the text first gives each actor (user_data key; the Doc is the cache's
# lifetime, so no stale entry outlives the article).
_FIRST_NAMES = "crisislens.quotes.first_names"
# Heads of noun phrases that can name an actor.
_NAMING_POS = ("PROPN", "NOUN")


def first_naming(doc: Doc, actor: Actor, index: ActorIndex) -> str | None:
    """The name of ``actor`` as the text first writes it ("the Indian Army" -> "Indian Army";
    "Defence Minister Anna Kovalenko" -> "Anna Kovalenko"), for a pronoun that refers to it:
    "it said" repeats the actor the writer named, so it is named the same way, not by the
    registry's canonical form ("India Army"), which the text never writes. None when no noun
    phrase of the text names it."""
    table = doc.user_data.get(_FIRST_NAMES)
    if table is None:
        table = doc.user_data[_FIRST_NAMES] = _first_names(doc, index)
    return table.get(actor.id)


def _first_names(doc: Doc, index: ActorIndex) -> dict[str, str]:
    """Actor id -> the speaker name of the first noun phrase that resolves to it."""
    names: dict[str, str] = {}
    for tok in doc:
        if tok.pos_ not in _NAMING_POS or tok.dep_ in ("compound", "amod", "poss"):
            continue
        speaker = resolve(tok, index)
        if speaker.actor is None or speaker.actor.id in names or not speaker.name:
            continue
        if speaker.actor.kind != "person" or tok.pos_ == "PROPN":  # a person's name is a proper noun, not a role
            names[speaker.actor.id] = speaker.name
    return names


def _title_body_code(span: Span, index: ActorIndex) -> str | None:
    """A person's side from the body their title names: "Army spokesman Brigadier General
    Khalid Osman" speaks for the army, so takes the code the article gives "Army" when the
    person's own is unknown. Only a body word of the title before the name counts."""
    for tok in span:
        if tok.ent_type_ == "PERSON":
            break
        if tok.lower_ in org_heads():
            body = _ask(index, tok)
            if body is not None and body.kind != "person" and body.code:
                return body.code
    return None


def _speaker_for(actor: Actor | None, span: Span, tok: Token) -> Speaker:
    """The Speaker of a resolved (or unresolved) subject phrase, named as the text writes it."""
    where = (span.start_char, span.end_char)
    if actor is not None:
        name = (
            _as_written(actor, span) or _body_of_state(actor, span, tok) or _local_body(actor, span, tok)
            or _bare_body(actor, span, tok)
        )
        return Speaker(actor, drop_article(name or actor.name or span.text), actor.code, where)
    if tok.lower_ in PRONOUNS or tok.pos_ == "PRON" or tok.tag_ in ("WP", "WDT"):
        return Speaker(None, None, None, where)
    text = _without_article(span)
    return Speaker(None, text or None, None, where)


def _without_article(span: Span) -> str:
    """The phrase without an article that is no part of the name ("the State Border Service of
    Azerbaijan" -> "State Border Service of Azerbaijan", "An Indian defence official" ->
    "Indian defence official"; see drop_article for the definite description that keeps it)."""
    if len(span) > 1 and span[-1].tag_ == "POS":
        span = span[:-1]  # "the Armenian side's assertion": the possessor, without its ending
    text = span.text.strip()
    return drop_article(text) if len(span) > 1 and span[0].dep_ == "det" else text


# Doc.ents builds a Span for every entity of the document on each call, and Span.ents reads
# Doc.ents; the speaker checks ask for a subject's entities once per candidate, so the
# extractor holds the document's entities (and their starts) while it reads one document.
_ENTS: dict[int, tuple[Doc, tuple[Span, ...], list[int]]] = {}


def hold_entities(doc: Doc | None) -> None:
    """Hold ``doc``'s entities for ents_within (None: let go of the held document)."""
    _ENTS.clear()
    if doc is not None:
        ents = tuple(doc.ents)
        _ENTS[id(doc)] = (doc, ents, [e.start for e in ents])


def ents_within(span: Span) -> list[Span]:
    """The entities wholly inside ``span``, as Span.ents gives them (from the held document's
    entities when it is the one held)."""
    entry = _ENTS.get(id(span.doc))
    if entry is None or entry[0] is not span.doc:
        return list(span.ents)
    _, ents, starts = entry
    out: list[Span] = []
    for ent in ents[bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def _titled_person(span: Span, index: ActorIndex) -> Speaker | None:
    """A subject that ends in a person's name after a title ("Secretary of the Security Council
    Davit Mkrtchyan") is the person: the title before a name is an appositive role, so neither
    the body it names nor the whole phrase is the speaker."""
    ents = [e for e in ents_within(span) if e.label_ == "PERSON" and e.end == span.end and e.start > span.start]
    ent = ents[-1] if ents else _name_after_title(span)
    if ent is None:
        return None
    words = [t for t in ent if t.is_alpha]
    if len(words) < 2 or any(t.lower_ in title_words() for t in words):
        return None
    person = _ask(index, ent)
    where = (ent.start_char, ent.end_char)
    if person is not None and person.kind == "person":
        return Speaker(person, _as_written(person, ent) or person.name or ent.text, person.code, where)
    return Speaker(None, ent.text, None, where)


def _name_after_title(span: Span) -> Span | None:
    """The name closing a phrase that opens with a title word, when the tagger folded both
    into one organisation ("Secretary of the Security Council Davit Mkrtchyan"): the
    capitalised proper nouns compounded onto the phrase's head, none of them a title word."""
    first = span[1] if len(span) > 1 and span[0].lower_ in ("the", "a", "an") else span[0]
    if first.lower_ not in title_words() or first.lower_ in ("the", "a", "an"):
        return None  # "The governor of X, NAME": the article before the title is skipped
    head = span[-1]
    start = head.i
    while start - 1 > span.start:
        joined = hyphen_start(head.doc, start)
        if joined is not None:
            start = joined  # "Abdel-Fattah": a hyphen-joined word is one word of the name
            continue
        prev = head.doc[start - 1]
        if prev.dep_ != "compound" or prev.head.i != head.i or prev.pos_ != "PROPN" or not prev.is_title:
            break
        if prev.lower_ in title_words():
            break
        start -= 1
    if head.pos_ != "PROPN" or head.i - start < 1 or start <= span.start + 1:
        return None
    name = head.doc[start : head.i + 1]
    return None if any(t.lower_ in org_heads() for t in name) else name


def _body_of_state(actor: Actor, span: Span, tok: Token) -> str | None:
    """A body of a state named after it ("Azerbaijan's State Border Service", "Armenia's
    health ministry") speaks as that body, with the state's code: the phrase as written,
    not the state's bare name nor the registry's form of it ("Armenia Defence Ministry"),
    so that the record names it as the article does. None when the phrase is the state."""
    if actor.kind not in ("state", "organization") or tok.ent_type_ in ("GPE", "NORP") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(t.dep_ == "poss" or t.ent_type_ in ("GPE", "NORP") for t in span if t.i != tok.i):
        return None
    return state_free_body(span) or _without_article(span)


def _local_body(actor: Actor, span: Span, tok: Token) -> str | None:
    """A body below the state that the resolver folds into it ("the district administration",
    "the regional government" -> the state): the state did not speak, the body did, so it is
    named as written (with the state's code). A bare "the government" is the state itself."""
    if actor.kind != "state" or tok.pos_ != "NOUN" or tok.ent_type_ in ("GPE", "NORP"):
        return None
    modifiers = [t for t in span if t.i != tok.i and t.dep_ in ("amod", "compound") and t.ent_type_ not in ("GPE", "NORP")]
    return drop_article(span.text) if modifiers else None


def _bare_body(actor: Actor, span: Span, tok: Token) -> str | None:
    """A body named in words other than the registry's, no state written with it: the text's
    name. "According to the Interior Ministry": the registry settles the state by a guess the
    text does not make ("Cambodia Interior Ministry"); "The EU monitoring mission", "the
    African Union observer mission": the registry folds a body into its parent. The speaker is
    named as the text writes it either way. None when the phrase names a state (the body of a
    state is named by _body_of_state) or is the registry's name."""
    if actor.kind != "organization" or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("GPE", "NORP"):
        return None
    if any(t.dep_ == "poss" or t.ent_type_ in ("GPE", "NORP") for t in span):
        return None
    written = _without_article(span)
    words = set(re.sub(r"^the\s+", "", written, flags=re.I).lower().split())
    if not words or words == set((actor.name or "").lower().split()):
        return None  # the text writes the registry's name: the registry's form
    return written


def _as_written(actor: Actor, span: Span) -> str | None:
    """A person's name as the text writes it: the full name of the PERSON entity that ends
    with the dictionary's name ("Ararat Mirzoyan" where the registry kept "Mirzoyan"), with
    the honorific written before it ("Sheikh Abdullah bin Zayed" where the dictionary says
    "Abdullah bin Zayed"); None when the text adds nothing."""
    if actor.kind != "person" or not actor.name:
        return None
    name = _full_name(actor.name, span)
    at = span.text.find(name)
    if at < 0:
        return None
    before = span.text[:at].split()
    if before and before[-1].lower() in honorifics() and before[-1][:1].isupper():
        return f"{before[-1]} {name}"
    return name if name != actor.name else None


def _full_name(name: str, span: Span) -> str:
    """The PERSON entity inside ``span`` that ends with ``name`` and adds capitalised words
    before it that are no title words, else ``name``."""
    for ent in ents_within(span):
        if ent.label_ != "PERSON" or not ent.text.endswith(name) or len(ent.text) <= len(name):
            continue
        extra = ent.text[: len(ent.text) - len(name)].split()
        while extra and courtesy_title(extra[0]):
            extra = extra[1:]  # "Dr Olena Kovalenko": a form of address, not part of the name
        if extra and all(w[:1].isupper() and w.lower() not in title_words() for w in extra):
            return " ".join([*extra, name])
    return name


def _person_in(tok: Token, index: ActorIndex) -> tuple[Actor, Span] | None:
    """A person named in a conjunct or apposition of a subject (one level, then its conjuncts)."""
    candidates = [c for c in tok.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN"]
    for c in list(candidates):
        candidates.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ == "PROPN")
    for c in candidates:
        other = _ask(index, phrase_of(c))
        if other is not None and other.kind == "person":
            return other, phrase_of(c)
    return None


def _ask(index: ActorIndex, item: Span | Token) -> Actor | None:
    """The actor the index gives a phrase; errors are the resolver's and propagate."""
    return index.actor_for(item)


def addressee_of(verb: Token) -> str | None:
    """The person or outlet spoken to: "told TRT World", "said to reporters"."""
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "dative", "iobj")
            and verb.lemma_.lower() in ADDRESSEE_VERBS
            and child.pos_ in ("PROPN", "NOUN", "PRON")
            and media_words().get(child.lemma_.lower()) != "channel"  # "told a news conference"
        ):
            return phrase_of(child, cut_preps=True).text
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() in (
            "say", "speak", "explain", "write", "talk", "state", "reveal", "confirm",
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return phrase_of(pobj, cut_preps=True).text
    return None


def medium_in(sent: Span, skip: set[int], verb: Token | None = None) -> str | None:
    """Where the words were said: "in a post on X", "in an interview with CNN", "on Twitter",
    or the object of the cue ("told a news conference")."""
    media = media_words()
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and media.get(child.lemma_.lower()) == "channel":
                return child.doc[child.left_edge.i : child.i + 1].text
    for tok in sent:
        if tok.i in skip or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            continue
        prep = tok.head
        if prep.lower_ not in ("in", "on", "during", "via", "through", "at"):
            continue
        kind = media.get(tok.lower_) or media.get(tok.lemma_.lower())
        if kind == "channel":
            return _channel_phrase(tok)
        if kind == "platform" and prep.lower_ == "on" and (tok.is_title or tok.is_upper):
            return tok.text
    return None


def _channel_phrase(tok: Token) -> str | None:
    """The channel noun phrase without what follows it ("a statement on Thursday", "a statement that ...")."""
    end = tok.right_edge.i + 1
    for child in tok.rights:
        if child.dep_ in ("acl", "relcl", "ccomp", "punct") or (
            child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        ):
            end = child.left_edge.i
            break
    text = tok.doc[tok.left_edge.i : end].text
    return text.split("\n")[0].strip() or None
