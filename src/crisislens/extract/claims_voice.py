"""Who asserts a count that no quote holds: the reporting clause read from the parse.

Why a second reader: the quote extractor finds a reported quote only where its frames
fit, and a count can sit where none does: in the first of two coordinated clauses before
", officials said", after "India says it ...", beside a mid-sentence "according to
Rescue 1122", or in the noun object of a verb of saying ("acknowledged the loss of one
aircraft"). English grammar says who speaks in each: the subject of the verb of saying
whose content clause or object holds the count, or the object of "according to" on the
count's clause. A restrictive relative clause stops the search (its content is
presupposed background, as ``claims`` treats it inside a quote), and so does a verb of
denial for a count other than zero (who denies a figure does not claim it).
"""

from __future__ import annotations

from spacy.tokens import Token

from crisislens.actors.index import ActorIndex
from crisislens.extract.claims_lexicon import lexicon
from crisislens.extract.quotes_lexicon import speech_verb
from crisislens.extract.quotes_speaker import Speaker, resolve
from crisislens.extract.speaker_names import statement_nouns

# Dependencies a count climbs through to the clause or noun phrase a verb of saying governs.
CONTENT_CLIMB = {
    "nummod", "quantmod", "compound", "amod", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj",
    "appos", "attr", "npadvmod", "acomp", "xcomp", "advcl", "oprd", "agent", "pcomp", "acl",
}
# What a verb of saying governs that is its content: a clause, or a noun object ("reported
# 12 deaths", "acknowledged the loss of one aircraft").
CONTENT_DEPS = {"ccomp", "dobj"}
MAX_CLIMB = 10
# Subordinators that join a second, contrasting statement to a sentence ("while", "whereas"):
# the clause they open is not the content of the first clause's verb of saying.
CONTRAST_MARKS = {"while", "whereas"}
# Verbs that give the state a figure is in ("the toll stood at 19", "remained at four").
FIGURE_STATES = {"stand", "remain", "be"}


def reporting_voice(num: Token, index: ActorIndex, zero: bool) -> Speaker | None:
    """The speaker the sentence's grammar gives a count no quote holds, else None."""
    return _according_to(num, index) or _saying_subject(num, index, zero) or _severed_report(num, index)


def _climb(num: Token) -> list[Token]:
    """The heads above ``num`` up to its sentence's root, stopping below a restrictive
    relative clause (one not set off by a comma: presupposed, not asserted)."""
    path: list[Token] = []
    tok = num
    for _ in range(MAX_CLIMB):
        if tok.dep_ == "relcl" and not set_off(tok) and not under_final_report(tok):
            return []
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children) \
                and not _reported_contrast(tok):
            # "..., while the government ordered two diplomats to leave": a second statement,
            # read only by its own verbs ("while police reported two arrests": the police's)
            return path
        if tok.head == tok:
            return path
        tok = tok.head
        path.append(tok)
    return path


def under_final_report(clause: Token) -> bool:
    """ "Police detained 23 people over the ambush in which eight soldiers were killed,
    officials said": a reporting clause at a sentence's end attributes the whole sentence
    before it (news attribution convention: the closing "officials said" covers every clause
    it follows), a restrictive relative clause too. Only where the root is a verb of saying
    whose subject comes after the clause, set off by a comma; a relative clause after the
    verb ("X said the strikes that killed 31 ...") stays presupposed background."""
    root = clause.sent.root
    if root.i < clause.i or not speech_verb(root.lemma_):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.i > clause.i and after_comma(subj)


def _reported_contrast(clause: Token) -> bool:
    """A contrasting clause that is still reported speech: "A spokesperson said four civilians
    had been killed, while some 3,000 people had been moved to safer places" hangs inside the
    content clause (not on the verb of saying) and is backshifted into the past perfect as
    reported speech is (the sequence of tenses after a past verb of saying); a simple past
    ("while the army expelled two diplomats") is the outlet's own narration."""
    if not _inside_report(clause.head):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return True
    # "..., while the number of injured stood at 19": a figure's state in the simple past is
    # the backshifted present of reported speech ("stands at 19"), not an event narrated
    held = lexicon().tallies | lexicon().figures
    return clause.lemma_.lower() in FIGURE_STATES and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in held for c in clause.children
    )


def _inside_report(tok: Token) -> bool:
    """The token lies in the content clause of a verb of saying (not on the verb itself)."""
    for _ in range(MAX_CLIMB):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "ccomp" and speech_verb(tok.head.lemma_):
            return True
        tok = tok.head
    return False


def set_off(clause: Token) -> bool:
    """A relative clause after a comma is non-restrictive ("in Zafarwal, where six houses
    were destroyed"): it adds what the speaker asserts rather than picking out a referent."""
    first = clause.left_edge
    return first.i > 0 and clause.doc[first.i - 1].text in (",", "—", "–", "(")


def _according_to(num: Token, index: ActorIndex) -> Speaker | None:
    """ "Twenty-three people were injured, according to Rescue 1122, ...": the object of
    "according to" on the count's own clause (a verb the count hangs from, before any verb
    of saying) is its source."""
    for tok in _climb(num):
        for prep in (c for c in tok.children if c.lower_ == "according" and c.dep_ == "prep"):
            obj = _according_object(prep)
            speaker = resolve(obj, index) if obj is not None else None
            if speaker is not None and speaker.name and not _a_place(obj, index):
                return speaker
        if tok.pos_ in ("VERB", "AUX") and speech_verb(tok.lemma_):
            return None
    return None


def _according_object(prep: Token) -> Token | None:
    """The object of "according to", hung on "to" or on "according" itself."""
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
        if child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _saying_subject(num: Token, index: ActorIndex, zero: bool) -> Speaker | None:
    """The subject of the verb of saying whose content clause or noun object holds the count:
    "Three civilians were killed ..., officials said"; "India says it struck three sites";
    "The Indian Air Force acknowledged the loss of one fighter aircraft"."""
    prev = num
    path = _climb(num)
    for tok in path:
        if tok.pos_ in ("VERB", "AUX") and speech_verb(tok.lemma_) and _reported_by(prev, tok, num):
            if tok.lemma_.lower() in lexicon().denials and not zero:
                return None
            subj = _subject_of_saying(tok)
            speaker = speaker_of(subj, index) if subj is not None else None
            return speaker if speaker is not None and speaker.name and not _a_place(subj, index) else None
        if prev.dep_ not in CONTENT_CLIMB and prev is not num:
            return None
        prev = tok
    return _trailing_reporter(path[-1], index) if path and prev.dep_ in CONTENT_CLIMB | {"ROOT"} else None


def _subject_of_saying(verb: Token) -> Token | None:
    """The subject of a verb of saying; for a participle with none of its own, the subject of
    the clause it is adjoined to: in "Sources rejected that figure, saying India had lost no
    more than four drones" the sources say it (an adverbial participle's subject is the main
    clause's)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.head.i != verb.i and (verb.tag_ == "VBG" and verb.dep_ == "advcl" or verb.dep_ == "conj"):
        # "The statement put the toll at eight and said six were injured": a conjoined verb
        # shares the first verb's subject
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and set_off(verb):
        # "Pakistan, which claims three Indian jets, ...": the relative pronoun's antecedent
        subj = verb.head
    return subj


def speaker_of(subj: Token, index: ActorIndex) -> Speaker:
    """The speaker a subject names (``quotes_speaker.resolve``); for a document with no author
    of its own ("the statement said", "The statement put the toll at eight"), the body the
    text last named as the author of such a document (``statement_author``)."""
    speaker = resolve(subj, index)
    if speaker.name or subj.lemma_.lower() not in statement_nouns():
        return speaker
    if any(c.dep_ in ("poss", "compound") for c in subj.children):
        return speaker  # "an army statement" names its author itself
    author = statement_author(subj)
    return resolve(author, index) if author is not None else speaker


# How many sentences back "the statement" looks for the document's author.
STATEMENT_REACH = 3


def statement_author(tok: Token) -> Token | None:
    """Who put out the document a bare "the statement" stands for: the nearest earlier
    document noun of the same word, within a few sentences, whose phrase names its author:
    its possessor or modifier ("an Army statement said", "the ministry's statement"), the
    subject of the verb it is the means of ("X said in a statement", "X issued a statement"),
    or the noun phrase "in a statement" is set off inside ("The Chinar Corps, in a statement,
    paid tributes")."""
    doc = tok.doc
    sents = list(doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    floor = sents[max(0, here - STATEMENT_REACH)].start
    for prev in reversed(doc[floor : tok.i]):
        if prev.lemma_.lower() != tok.lemma_.lower():
            continue
        owner = next((c for c in prev.children if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN")), None)
        if owner is not None:
            return owner
        head = prev.head.head if prev.dep_ == "pobj" else prev.head if prev.dep_ == "dobj" else None
        if head is None:
            continue
        if head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        elif head.pos_ in ("PROPN", "NOUN") and prev.head.lower_ == "in":
            return head
    return None


def _reported_by(child: Token, verb: Token, num: Token) -> bool:
    """The child of a verb of saying, above the count ``num``, is (part of) what it reports:
    its content clause or noun object, or a piece of the content the parser hung on the verb
    instead of the clause (``fronted_content``, ``_figure_aside``)."""
    if child.dep_ in CONTENT_DEPS:
        return not across_semicolon(child, verb)
    return fronted_content(child, verb) or _figure_aside(child, verb, num)


def across_semicolon(child: Token, verb: Token) -> bool:
    """A clause before a semicolon is no content of the verb of saying after it, though the
    parser may hang it there: in the headline "Three soldiers killed; army says nine posts
    destroyed" the army says only the second (a semicolon joins independent clauses)."""
    lo, hi = sorted((child.i, verb.i))
    return child.i < verb.i and any(t.text == ";" for t in child.doc[lo:hi])


def _severed_report(num: Token, index: ActorIndex) -> Speaker | None:
    """ "ISPR says | nine Indian posts destroyed": the parser can end a sentence after a verb
    of saying that has no content yet (a headline has no final stop to guide it), leaving
    the content as a sentence of its own. When the count's sentence follows, on the same
    line, one that ends in a verb of saying with a subject and nothing it reports, that
    verb's subject claims the count."""
    sent = num.sent
    if sent.start == 0 or "\n" in num.doc[sent.start - 1].text_with_ws:
        return None
    verb = num.doc[sent.start - 1]
    if verb.pos_ != "VERB" or not speech_verb(verb.lemma_) or verb.sent.start == sent.start:
        return None
    if any(c.dep_ in CONTENT_DEPS and not across_semicolon(c, verb) for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    speaker = speaker_of(subj, index) if subj is not None else None
    return speaker if speaker is not None and speaker.name and not _a_place(subj, index) else None


def fronted_content(clause: Token, verb: Token) -> bool:
    """ "India on Tuesday struck nine sites in Pakistan ..., the government said": a clause
    before a sentence-final reporting clause is its content, even where the parser made it
    an adverbial clause of the verb. Only a clause with its own subject and no subordinator
    ("after", "when", "as" open an adverbial clause: "After rebels killed 20, the army said
    ..."), before a verb of saying that has no content clause of its own and whose subject
    comes after the clause, set off by a comma."""
    if clause.dep_ != "advcl" or clause.i > verb.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.i > clause.i and after_comma(subj)


def _figure_aside(child: Token, verb: Token, num: Token) -> bool:
    """A figure the parser hung on a sentence-final verb of saying though it belongs to the
    reported toll: "the toll rose to nine, the commissioner said, up from five" (an "up from"
    or "down from" phrase gives the earlier figure of the same count) and "..., officials
    said, taking the number of dead to 12" (a participle after the verb that moves a tally to
    a figure restates the reported count's total). Only the figure the tally is moved to: in
    "..., medical sources said, raising an earlier toll of 14" the earlier toll is no one's
    the sentence names."""
    if child.head.i != verb.i or child.i < verb.i:
        return False
    path = _path_to(num, child)
    if child.dep_ == "advmod" and child.lower_ in ("up", "down"):
        return bool(path) and path[-1].dep_ == "prep" and path[-1].lower_ == "from"
    if child.dep_ == "advcl" and child.tag_ == "VBG" and any(t.dep_ == "prep" and t.lower_ == "to" for t in path):
        held = lexicon().tallies | lexicon().figures
        return any(c.dep_ == "dobj" and c.lemma_.lower() in held for c in child.children)
    return False


def _path_to(num: Token, ancestor: Token) -> list[Token]:
    """The tokens from ``num`` up to the child of ``ancestor`` it hangs from (empty when
    ``ancestor`` is not above it)."""
    path, tok = [], num
    for _ in range(MAX_CLIMB):
        path.append(tok)
        if tok.head.i == ancestor.i:
            return path
        if tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def after_comma(subj: Token) -> bool:
    """The subject phrase opens right after a comma (", officials said"), allowing for
    capitalised words of the name that the parser left outside the phrase (", Poonch deputy
    commissioner Nitin Bhardwaj said", where "Poonch" was taken for a verb)."""
    i = subj.left_edge.i - 1
    doc = subj.doc
    while i >= 0 and i > subj.left_edge.i - 4 and doc[i].text[:1].isupper() and doc[i].is_alpha:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _trailing_reporter(root: Token, index: ActorIndex) -> Speaker | None:
    """The parser often makes a sentence-final ", officials said" a conjunct of the reported
    clause ("Three civilians were killed and seven injured ..., officials said on Friday"):
    a verb of saying conjoined to the root after it, its subject right after a comma (no
    "and": "..., and the army said it would retaliate" reports something else)."""
    for verb in (c for c in root.children if c.dep_ in ("conj", "parataxis") and c.i > root.i):
        if verb.pos_ != "VERB" or not speech_verb(verb.lemma_):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not after_comma(subj):
            continue
        speaker = speaker_of(subj, index)
        return speaker if speaker.name and not _a_place(subj, index) else None
    return None


def _a_place(tok: Token | None, index: ActorIndex) -> bool:
    """A town or region, which never claims anything (a dateline or a misparsed place
    subject): the gazetteer knows it as a place and the index as no state or body."""
    if tok is None:
        return False
    try:
        place = index.place_for(tok)  # the head itself: "AJK officials" are no place
        actor = index.actor_for(tok)
    except (ValueError, KeyError, IndexError, AttributeError):  # a resolver bug must not cost the claim
        return False
    return place is not None and (actor is None or actor.kind not in ("state", "organization", "group", "person"))
