"""Who said what: direct quotations and reported speech, with the speaker resolved.

Three sources of quotes, each tied to a syntactic cue so that nothing is
attributed by proximity alone:

* direct quotes: every span between quotation marks (quotes_marks), attributed
  to the subject of the nearest cue verb in its sentence ("…,” he said; Dar
  said: “…”), or of the attitude verb that governs a partial quote (describing
  New Delhi's actions as “unforgivable”); a cue-less quotation that follows a
  quote of a known speaker continues that speaker's words;
* reported speech: a speech verb with a content clause ("X said (that) …",
  "…, he said");
* "according to X, …": the rest of the clause is X's content.

Offsets are computed on the cleaned text and mapped back with
``Article.to_original``; the text of a record is always the original characters.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from crisislens.actors.index import ActorIndex
from crisislens.extract.claims_places import read_place
from crisislens.extract.common import evidence
from crisislens.extract.quotes_frames import (
    colon_source,
    finding_source,
    frame_arguments,
    frames_of,
    propositional,
)
from crisislens.extract.quotes_lexicon import (
    belief_verb,
    conformity_nouns,
    cue_noun,
    cue_verb,
    media_words,
    naming_participle,
    naming_verb,
    object_complement_verb,
    org_heads,
    question_verb,
    rejection_verbs,
    speech_verb,
    spokesperson_nouns,
    thought_verb,
    title_words,
    withholding_verb,
    work_title_noun,
)
from crisislens.extract.quotes_marks import MarkSpan, find_quote_marks, trim_quote_text
from crisislens.extract.quotes_speaker import (
    ADDRESSEE_VERBS,
    Speaker,
    addressee_of,
    hold_entities,
    medium_in,
    misattached_report,
    phrase_of,
    resolve,
    subject_of,
)
from crisislens.extract.speaker_names import (
    drop_article,
    joins_words,
    office_holder,
    statement_nouns,
)
from crisislens.model import Actor, Article, Quote, stable_id

log = logging.getLogger(__name__)

# A speakerless quotation shorter than this (in words) is a scare quote or a name, not a quote.
MIN_SPEAKERLESS_WORDS = 4
# Reported content must have at least this many tokens to be worth a record.
MIN_REPORTED_TOKENS = 3
# Reported content that is mostly inside quotation marks is left to the direct quote.
MAX_QUOTED_SHARE = 0.5
# A speech verb that does not govern a quotation introduces it only from this close (tokens).
MAX_CUE_DISTANCE = 6
CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "advcl", "xcomp", "parataxis", "relcl", "acl", "pcomp", "advmod"}
QUESTION_WORDS = {"whether", "if", "what", "why", "how", "when", "who", "where", "which"}
# "according to reports": the text names no speaker; not a quote.
UNNAMED_SOURCES = {"report", "reports"}
_AUTHOR_LINE = re.compile(r"[—–-]\s*([^()\n@]{2,80}?)\s*\(@\w+\)")


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    """Character bounds of the paragraph (line) that holds ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# Function words a title leaves in lower case ("Twenty Days in Mariupol", "A Journey Toward Unity").
_TITLE_SMALL = {"of", "the", "and", "for", "a", "an", "in", "on", "to", "at", "by", "or", "nor", "but", "with", "from"}


def _title_case(text: str, most: int | None = None) -> bool:
    """Every word capitalised but the small function words (at most ``most`` words)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    if not words or (most is not None and len(words) > most) or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w in _TITLE_SMALL for w in words)


def _is_name(text: str) -> bool:
    """A short Title Case phrase in quotation marks ('Operation Dost') names something; nobody says it."""
    return _title_case(text, most=4)


def _names_a_work(doc: Doc, span: Span) -> bool:
    """A quotation in apposition to a noun for a work or an operation ("the documentary “Lines
    of Fire: The Battle for the Donbas”", "a programme called “...”", "Operation “...”") is
    the name of that work, however long: a title, nobody's words. The name must be written in
    title case, as names are; a sentence quoted after such a noun ("the book “we will
    return”") is left to the other rules."""
    if not _title_case(span.text):
        return False
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text in "“”‘’\"'"):
        i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1  # "In his 2019 book, “The Road to Mekelle,” ...": an apposition set off by commas
    if i >= 0 and naming_participle(doc[i].lower_):
        i -= 1
    return i >= 0 and work_title_noun(doc[i].lower_)


@dataclass
class _Cue:
    token: Token
    speaker: Speaker
    subject: Token | None
    worded: bool = True  # False: no cue word ('“...”: NAME' headlines); the record's cue is None


def extract_quotes(doc: Doc, article: Article, index: ActorIndex) -> list[Quote]:
    """Direct and reported quotes of one article, in text order."""
    return extract_quotes_with_sources(doc, article, index)[0]


def extract_quotes_with_sources(
    doc: Doc, article: Article, index: ActorIndex
) -> tuple[list[Quote], dict[str, tuple[int, int]]]:
    """Quotes plus, per quote id, the original-text span of the phrase that names the speaker
    (the cue's subject, "according to" object, or post author); for span-level evaluation
    (PolNeAR sources) and for highlighting the speaker in a report."""
    sources: dict[str, tuple[int, int]] = {}
    _hold_sentences(doc)
    hold_entities(doc)
    try:
        return _extract(doc, article, index, sources)
    finally:
        _SENTS.clear()
        hold_entities(None)


def _extract(
    doc: Doc, article: Article, index: ActorIndex, sources: dict[str, tuple[int, int]]
) -> tuple[list[Quote], dict[str, tuple[int, int]]]:
    marks = [m for m in find_quote_marks(_text(doc)) if m.end > m.start]
    inside = _quoted_tokens(doc, marks)
    quotes: list[Quote] = []
    quotes.extend(_direct_quotes(doc, article, index, marks, inside, sources))
    quotes.extend(_reported_quotes(doc, article, index, inside, quotes, sources))
    quotes.extend(_according_to(doc, article, index, inside, quotes, sources))
    quotes.extend(_frame_quotes(doc, article, index, inside, quotes, sources))
    quotes.extend(_colon_quotes(doc, article, index, inside, quotes, sources))
    quotes.sort(key=lambda q: (q.text_start, not q.direct))
    quotes = _without_restated_headline(quotes, article)
    _resolve_descriptions(quotes, sources, article)
    _resolve_pronouns(quotes, sources, article)
    return quotes, sources


# Share of a headline report's content words that a body quote must hold to restate it.
RESTATED_SHARE = 0.5
_STEM = 5  # letters of a word compared (a crude stem: "targeted" ~ "targets")


def _headline_range(article: Article) -> tuple[int, int] | None:
    """Original-text offsets of the headline, when the article has one written in its text."""
    title = (article.title or "").strip()
    pos = article.text.find(title) if title else -1
    return (pos, pos + len(title)) if pos >= 0 else None


def _content_stems(text: str) -> set[str]:
    """Stems of the content words of a text (no stop words): what a restatement shares."""
    words = re.findall(r"[^\W_][\w'’-]*", text.lower())
    return {w[:_STEM] for w in words if w not in STOP_WORDS}


def _without_restated_headline(quotes: list[Quote], article: Article) -> list[Quote]:
    """A headline's reported speech ("Pakistan says it shot down Indian jets") that a body quote
    restates is dropped: a headline condenses the body's report, so the report is recorded once,
    on the body sentence, where its speaker is named in full. A headline report the body does
    not repeat, and a quotation in a headline, stay."""
    where = _headline_range(article)
    if where is None:
        return quotes
    body = [_content_stems(q.text) for q in quotes if q.text_start >= where[1]]

    def restated(q: Quote) -> bool:
        stems = _content_stems(q.text)
        return bool(stems) and any(len(stems & b) >= RESTATED_SHARE * len(stems) for b in body)

    return [q for q in quotes if q.direct or not where[0] <= q.text_start < where[1] or not restated(q)]


# A personal pronoun that names one person; "they", "it" may be a body or a crowd.
_PERSON_PRONOUNS = {"he", "she"}
# The same person as the source of "according to him": no subject, but as much the one just named.
_OBJECT_PRONOUNS = {"him", "her"}
# How many line breaks back a pronoun looks for the person it continues (the paragraph
# before, at most: a news paragraph is one to three sentences).
_PRONOUN_LINES = 2


def _resolve_pronouns(quotes: list[Quote], sources: dict[str, tuple[int, int]], article: Article) -> None:
    """ "..., he said" that the actor index could not resolve continues the person who spoke
    last: a writer uses "he" or "she" only when the referent is the one just named, and the
    last named speaker of a quote is that person. Only a speaker that is a person's name (not a
    body, not a crowd) is continued, and only from this paragraph or the one before."""
    last: Quote | None = None
    for q in quotes:
        where = sources.get(q.id)
        written = article.text[where[0] : where[1]].strip().lower() if where else ""
        if (q.speaker_name is None and written in _PERSON_PRONOUNS | _OBJECT_PRONOUNS and last is not None
                and article.text.count("\n", last.text_end, q.text_start) <= _PRONOUN_LINES):
            q.speaker_name, q.speaker_code = last.speaker_name, last.speaker_code
            q.speaker_actor_id = last.speaker_actor_id
        if q.speaker_name and _person_like(q.speaker_name):
            last = q


# Words of role titles that name a body when they end a name ("the army", "the government").
_BODY_TITLE_WORDS = {"army", "military", "government", "cabinet", "parliament", "force", "committee"}


def _person_like(name: str) -> bool:
    """A name of two or more capitalised words with no word of a body's name ("Rakesh
    Bhatia", not "Ministry of Defence" or "Indian officials"), or one person described by a
    singular title ("FIA official", "senior officer"; not "officials")."""
    words = name.split()
    if not words:
        return False
    last = words[-1].lower()
    if last in title_words() and last not in org_heads() and last not in _BODY_TITLE_WORDS and not last.endswith("s"):
        return True
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not any(
        w.lower() in org_heads() for w in words
    )


_DESCRIPTION = re.compile(r"^(?:the\s+)?([a-z]+)$", re.I)


def _name_words(name: str) -> set[str]:
    """The lower-case words of a name before any "of" phrase: the head of "State Border
    Service of Azerbaijan" is among "state border service", not "azerbaijan"."""
    return set(re.split(r"\s+of\s+", name.lower(), maxsplit=1)[0].replace("'s", " ").split())


def _description_head(q: Quote, sources: dict[str, tuple[int, int]], article: Article) -> str | None:
    """The head noun of a speaker written as a definite description ("the ministry said"),
    else None. The name itself carries no article (the house convention drops it), so the
    phrase the text wrote is read: a lower-case head after "the" refers back; "a nurse" does
    not."""
    m = _DESCRIPTION.match(q.speaker_name or "")
    if m is None or m.group(1)[0].isupper():
        return None
    where = sources.get(q.id)
    written = article.text[where[0] : where[1]] if where else q.speaker_name or ""
    return m.group(1).lower() if written.lower().startswith("the ") else None


def _resolve_descriptions(quotes: list[Quote], sources: dict[str, tuple[int, int]], article: Article) -> None:
    """A speaker written as a definite description ("the ministry", "The service") is the
    body last named with that head noun ("Armenia's Defence Ministry said ... the ministry
    said"): a definite noun phrase refers back to its antecedent. Without one it stays."""
    heads = {q.id: _description_head(q, sources, article) for q in quotes}
    for n, q in enumerate(quotes):
        head = heads[q.id]
        if head is None:
            continue
        before = [o for o in quotes[:n] if o.speaker_name and o.text_start < q.text_start]
        antecedent = next(
            (o for o in reversed(before)
             if heads[o.id] is None and not _DESCRIPTION.match(o.speaker_name or "")
             and head in _name_words(o.speaker_name)),
            None,
        )
        if antecedent is not None:
            q.speaker_name, q.speaker_code = antecedent.speaker_name, antecedent.speaker_code
            q.speaker_actor_id = antecedent.speaker_actor_id


# --- sentences -----------------------------------------------------------------------------

# spaCy's Token.sent and Doc.text walk the whole document on every call; the extractor asks
# for them hundreds of times per article, so they are computed once per document (one
# entry: the document being processed).
_SENTS: dict[int, tuple[Doc, list[Span], str, list[Span]]] = {}


def _hold_sentences(doc: Doc) -> None:
    """Hold ``doc``'s sentences, a per-token table of them, and its text (one document)."""
    sents = list(doc.sents)
    table: list[Span] = []
    for sent in sents:
        table.extend([sent] * (sent.end - sent.start))
    _SENTS.clear()
    _SENTS[id(doc)] = (doc, table, doc.text, sents)


def _sentences(doc: Doc) -> list[Span]:
    """The sentences of a document, from the held list when it is the document held."""
    entry = _SENTS.get(id(doc))
    return entry[3] if entry is not None and entry[0] is doc else list(doc.sents)


def _sent(tok: Token) -> Span:
    """The sentence of a token, from the per-document table when there is one."""
    entry = _SENTS.get(id(tok.doc))
    if entry is not None and entry[0] is tok.doc and tok.i < len(entry[1]):
        return entry[1][tok.i]
    return tok.sent


def _text(doc: Doc) -> str:
    """The document text (Doc.text joins every token on each call; this is read often)."""
    entry = _SENTS.get(id(doc))
    return entry[2] if entry is not None and entry[0] is doc else doc.text


# --- direct quotes --------------------------------------------------------------------------


def _quoted_tokens(doc: Doc, marks: list[MarkSpan]) -> set[int]:
    """Indices of tokens inside quotation marks (the marks included)."""
    out: set[int] = set()
    for m in marks:
        span = doc.char_span(m.open_start, m.close_end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _direct_quotes(
    doc: Doc, article: Article, index: ActorIndex, marks: list[MarkSpan], inside: set[int],
    sources: dict[str, tuple[int, int]],
) -> list[Quote]:
    out: list[Quote] = []
    last: tuple[Quote, int] | None = None  # previous attributed quote and its sentence index
    sent_index = {s.start: i for i, s in enumerate(_sentences(doc))}
    for n, m in enumerate(marks):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = _sent(span[0])
        s_no = sent_index.get(sent.start, -1)
        tail = _tail_speaker(doc, index, m) if m.closed else None
        if tail is None and (_is_name(span.text) or _names_a_work(doc, span)):
            continue  # a headline's '“Title Case Words”: NAME' is NAME's words, not a name
        cue = _cue_for_quote(doc, span, inside, index) or tail
        start, end = trim_quote_text(_text(doc), m.start, m.end)
        embedded = article.in_embedded_post(m.start, m.end)
        if cue is None and embedded:
            cue = _post_author(doc, article, index, m)
        if cue is None and not m.closed and n + 1 < len(marks):
            cue = _reopened_cue(doc, marks[n + 1], m, inside, index)
        if cue is None and last is not None and _stands_alone(_text(doc), m) and s_no - last[1] <= 2:
            prev = last[0]
            speaker = Speaker(None, prev.speaker_name, prev.speaker_code)
            q = _record(sources, article, doc, sent, start, end, True, speaker, None, None, None, embedded)
            q.speaker_actor_id = prev.speaker_actor_id
            out.append(q)
            last = (q, s_no)
            continue
        if cue is None:
            if len(span.text.split()) < MIN_SPEAKERLESS_WORDS or not m.closed:
                continue
            out.append(
                _record(sources, article, doc, sent, start, end, True, Speaker.none(), None, None, None, embedded)
            )
            last = None
            continue
        verb = cue.token
        q = _record(
            sources,
            article, doc, sent, start, end, True, cue.speaker, _cue_text(verb) if cue.worded else None,
            addressee_of(verb) if verb.pos_ in ("VERB", "AUX") else None,
            medium_in(sent, inside, verb if verb.pos_ in ("VERB", "AUX") else None), embedded,
        )
        out.append(q)
        if q.speaker_name:
            last = (q, s_no)
    return out


def _according_cue(quote: Span, inside: set[int], index: ActorIndex) -> _Cue | None:
    """A quotation in a sentence sourced with "according to X" and no cue verb is X's:
    "According to the Foreign Ministry, the attack was “a gross violation” of ..."."""
    for tok in _sent(quote[0]):
        source = None if tok.i in inside else _according_source(tok)
        if source is not None and source.i not in inside:
            return _Cue(tok, resolve(source, index), source)
    return None


def _according_source(tok: Token) -> Token | None:
    """X of "according to X" when the token is its "according" and X is a named source (not
    a bare "sources" or "officials")."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    source = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    if source is None or (source.lower_ in UNNAMED_SOURCES and source.n_lefts == 0):
        return None
    if source.pos_ == "NOUN" and source.lower_ in conformity_nouns():
        return None  # "according to plan", "according to his body mass index": consistent with, not said by
    return source


def _object_of_cue(tok: Token, found: list[tuple[tuple[int, int], _Cue]]) -> bool:
    """A cue noun inside the argument of a cue verb that also governs the quotation is what the
    verb's subject characterises, not the speaker's own cue: in "Mammadli described the
    Armenian side's assertion ... as “a complete fabrication”" the words are Mammadli's."""
    if tok.pos_ != "NOUN":
        return False
    return any(
        c.token.pos_ in ("VERB", "AUX") and rank[0] == 0 and c.token.is_ancestor(tok) for rank, c in found
    )


def _cue_for_quote(doc: Doc, quote: Span, inside: set[int], index: ActorIndex) -> _Cue | None:
    """The cue that introduces a quotation: nearest speech verb in its sentence, or the
    attitude verb / cue noun that governs it, whichever has a subject."""
    lo, hi, colon = _cue_window(doc, quote)
    head = _span_head(quote)
    p_start, p_end = _paragraph(_text(doc), quote.start_char)
    found = [
        c for tok in doc[lo:hi]
        if tok.i not in inside and p_start <= tok.idx < p_end
        and (c := _quote_cue_candidate(tok, quote, head, colon, inside)) is not None
    ]
    found = [c for c in found if not _object_of_cue(c[1].token, found)]
    if not found:
        return _according_cue(quote, inside, index)
    rank, cue = min(found, key=lambda c: c[0])
    if rank[0] == 0 and head is not None:
        cue = _reporter_above(cue, head, found)
    cue.speaker = _speaker_of(cue.subject, index)
    return cue


# How a quotation hangs on a verb when it is the verb's manner or circumstance, not its words:
# "responded “decisively”", "would answer every strike “at a moment of our choosing”".
ADVERBIAL_DEPS = {"advmod", "npadvmod", "prep", "advcl", "agent"}


def _adverbial_of(verb: Token, head: Token) -> bool:
    """The quotation's head attaches to the verb as an adverbial (a manner adverb, a
    prepositional phrase the verb's measured frames do not name): the verb narrates an act,
    it does not introduce the quoted words as what was said."""
    link = head
    while link.head.i != verb.i and link.head.i != link.i:
        link = link.head
    if link.head.i != verb.i or link.dep_ not in ADVERBIAL_DEPS:
        return False
    return not (link.dep_ == "prep" and f"prep:{link.lower_}" in frames_of(verb))


def _reporter_above(cue: _Cue, head: Token, found: list[tuple[tuple[int, int], _Cue]]) -> _Cue:
    """The speaker of words in a reported clause is the subject of the reporting verb above
    it: in "the minister said Ukrainian forces would answer “at a moment of our choosing”" the
    quoted fragment is the minister's, though "answer" (a speech verb too) governs it as an
    adverbial. A verb that takes the quotation as its own content ("X said Y told him “…”")
    keeps it. So does a verb that does not voice the quotation itself (_not_voiced_by), for
    the reporting verb written before it ("X said the party backed “…”"); a cue after the
    clause relays the clause's own act ("NAME praised the “courage” of the pilots, an official
    said": NAME's praise)."""
    only_unvoiced = not (_adverbial_of(cue.token, head) or _in_conjunct_of(cue.token, head))
    if only_unvoiced and not _not_voiced_by(cue.token, head):
        return cue
    above = [c for r, c in found if r[0] == 0 and c.token.i != cue.token.i and c.token.is_ancestor(cue.token)
             and speech_verb(c.token.lemma_) and _in_content_of(c.token, cue.token)
             and not (only_unvoiced and c.token.i > cue.token.i)]
    # the nearest reporting verb above (the deepest ancestor among them)
    return min(above, key=lambda c: len(list(c.token.subtree)), default=cue)


def _not_voiced_by(verb: Token, head: Token) -> bool:
    """Inside a report, the inner verb does not voice the quoted words: an attitude verb whose
    object they are ("said the party backed “any firm action”", "saying the two sides had
    agreed “to address each other's concerns”": what was backed or agreed, in the reporter's
    words), or a speech verb not asserted, under a modal or as an infinitive ("said the
    government must tell the nation “the full truth”": nothing was told). A naming verb's
    term ("described it as “X”", "called it “X”") is the predicate, not the object, and an
    asserted speech verb ("had warned that ... “decisively”") keeps its words."""
    link = head
    while link.head.i != verb.i and link.head.i != link.i:
        link = link.head
    if link.head.i != verb.i:
        return False
    if speech_verb(verb.lemma_):
        return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)
    if naming_verb(verb.lemma_) or belief_verb(verb.lemma_):
        return False  # "an action Islamabad has labeled a “blatant act of war”": Islamabad's term
    return link.dep_ in ("dobj", "xcomp")


# Dependencies through which a clause is what a reporting verb reports.
CONTENT_DEPS = {"ccomp", "xcomp", "parataxis", "dobj"}


def _in_conjunct_of(verb: Token, tok: Token) -> bool:
    """``tok`` hangs on a clause coordinated with ``verb`` ("informed the UN ... and reserved
    the right to respond “...”"): the verb does not report it."""
    link = tok
    while link.head.i != verb.i and link.head.i != link.i:
        link = link.head
    return link.head.i == verb.i and link.dep_ == "conj"


def _in_content_of(verb: Token, tok: Token) -> bool:
    """``tok`` lies in what ``verb`` reports, not in a clause coordinated with it: in "Qazi said
    Pakistan had informed the UN and reserved the right to respond “in a manner of its
    choosing”", the fragment is in the content of "said" but not of "informed" (it hangs on
    "reserved", a conjunct of "informed"), so it is Qazi's words about Pakistan."""
    link = tok
    while link.head.i != verb.i and link.head.i != link.i:
        link = link.head
    return link.head.i == verb.i and link.dep_ in CONTENT_DEPS


def _cue_window(doc: Doc, quote: Span) -> tuple[int, int, bool]:
    """Token range to look for a quotation's cue in, and whether a colon opens the quotation."""
    first_sent = _sent(quote[0])
    last_sent = _sent(quote[-1])
    lo, hi = first_sent.start, last_sent.end
    before = quote.start - 2  # the token before the opening mark
    colon = before >= 0 and doc[before].text == ":"
    if colon and _sent(doc[before]).start < lo:
        lo = _sent(doc[before]).start  # "X reiterated India's stance: “…”" split after the colon
    # a quote that ends its sentence may be introduced by "…,” he said." in the next one
    if quote[-1].i + 2 < len(doc) and quote.end >= last_sent.end - 1:
        nxt = _sent(doc[min(last_sent.end, len(doc) - 1)])
        if nxt.start >= last_sent.end and len(nxt) <= 8:
            hi = nxt.end
    return lo, hi, colon


def _quote_cue_candidate(
    tok: Token, quote: Span, head: Token | None, colon: bool, inside: set[int]
) -> tuple[tuple[int, int], _Cue] | None:
    """(rank, cue) when ``tok`` can introduce the quotation; lower ranks win."""
    is_verb = tok.pos_ in ("VERB", "AUX") and cue_verb(tok.lemma_)
    is_noun = tok.pos_ == "NOUN" and cue_noun(tok.lemma_)
    if not (is_verb or is_noun):
        return None
    governs = head is not None and tok.is_ancestor(head)
    dist = quote.start - tok.i if tok.i < quote.start else tok.i - quote.end + 1
    near = dist <= MAX_CUE_DISTANCE or (colon and tok.i < quote.start)
    subj = _possessor(tok) if is_noun else (subject_of(tok, blocked=inside) or _inverted_subject(tok, quote))
    if not governs and not near and not is_noun and subj is not None:
        near = _only_subject_between(quote, tok, subj)
    if not governs and (is_noun or not speech_verb(tok.lemma_) or not near):
        return None  # attitude verbs and cue nouns only attribute what they govern
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    if subj is None or subj.i in inside:
        return None
    return (0 if governs else 1, dist), _Cue(tok, Speaker.none(), subj)


def _inverted_subject(verb: Token, quote: Span) -> Token | None:
    """ "“…,” said Rukmini Desai, a fellow at a think tank who studies the insurgency": in the
    inverted cue after a quotation the subject follows the verb, and the parser, reading the
    relative clause of the apposition, may make the name that clause's subject and leave the
    verb with none. A person's name right after a speech verb that has no subject of its own,
    the verb right after the quotation, is the verb's subject wherever the parser hung it."""
    doc = verb.doc
    if not speech_verb(verb.lemma_) or verb.i + 1 >= len(doc) or verb.i < quote.end:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if not all(t.is_punct for t in doc[quote.end : verb.i]):
        return None  # only the closing punctuation between the quotation and the cue
    first = doc[verb.i + 1]
    ent = next((e for e in doc.ents if e.start == first.i and e.label_ == "PERSON"), None)
    if ent is None or ent.root.dep_ not in ("nsubj", "nsubjpass") or ent.root.head.i <= ent.end:
        return None
    return ent.root


def _only_subject_between(quote: Span, verb: Token, subj: Token) -> bool:
    """ "“…,” Horizon's South-East Asia correspondent Jonathan Reyes reported": nothing but the
    verb's own subject (and the closing punctuation) stands between the quotation and the
    speech verb, so the verb introduces it however long the speaker's title is."""
    if verb.i < quote.end:
        return False
    lo, hi = subj.left_edge.i, subj.right_edge.i
    return all(t.is_punct or lo <= t.i <= hi for t in quote.doc[quote.end : verb.i])


def _reopened_cue(doc: Doc, nxt: MarkSpan, m: MarkSpan, inside: set[int], index: ActorIndex) -> _Cue | None:
    """News style leaves a quotation open at a paragraph end and reopens it on the next line;
    the speaker named after the closing mark speaks both paragraphs."""
    if _text(doc)[m.close_end : nxt.open_start].strip():
        return None
    span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
    return _cue_for_quote(doc, span, inside, index) if span is not None and len(span) else None


def _tail_speaker(doc: Doc, index: ActorIndex, m: MarkSpan) -> _Cue | None:
    """A line that opens with a quotation followed by a colon and a name (the headline form
    '“We will not back down”: Defence Minister Reznikov', '“Lost one aircraft”: IAF after
    strikes') credits the quotation to the name after the colon. The name is the run of
    proper nouns right after the colon (a title-case headline goes on with "After", "On").
    A quotation inside a line, or one followed by anything but a colon, is left alone."""
    text = _text(doc)
    p_start, _ = _paragraph(text, m.open_start)
    if text[p_start : m.open_start].strip():
        return None
    rest = text[m.close_end :]
    colon = len(rest) - len(rest.lstrip(" \t"))
    if rest[colon : colon + 1] != ":":
        return None
    after = doc.char_span(m.close_end + colon, m.close_end + colon + 1, alignment_mode="expand")
    if after is None or after.end >= len(doc):
        return None
    i = after.end
    if not _name_word(doc[i]):
        return None
    while i + 1 < len(doc) and _name_word(doc[i + 1]) and doc[i + 1].tag_ != "IN":
        i += 1
    if "\n" in doc[after.end : i + 1].text:
        return None
    name, actor = _headline_name(doc, index, after.end, i + 1)
    written = name.text if actor is None or actor.kind != "person" else actor.name or name.text
    speaker = Speaker(actor, written, actor.code if actor else None, (name.start_char, name.end_char))
    last = name[-1]
    return _Cue(last, speaker, last, worded=False)


def _headline_name(doc: Doc, index: ActorIndex, start: int, end: int) -> tuple[Span, Actor | None]:
    """The name in a title-case headline run ("Shehbaz Thanks Erdogan For Support", "IAF After
    Strikes"): capitals do not show where the name ends, so the shortest start of the run that
    the article's actors know as a person is taken, else the shortest known as any actor,
    else the whole run. The body names the person in full; the headline only repeats them."""
    known: tuple[Span, Actor] | None = None
    for j in range(start + 1, end + 1):
        actor = index.actor_for(doc[start:j])
        if actor is None:
            continue
        if actor.kind == "person":
            return doc[start:j], actor
        known = known or (doc[start:j], actor)
    return known or (doc[start:end], None)


# Entity labels of a name that can speak (a headline's tagger mislabels the words of a name).
_SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _name_word(tok: Token) -> bool:
    """A word of a name: a proper noun, or a word the tagger put in a person's or body's entity."""
    return (tok.pos_ == "PROPN" or tok.ent_type_ in _SPEAKER_ENTS) and tok.is_alpha and tok.text[:1].isupper()


def _possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    return None


def _span_head(span: Span) -> Token | None:
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head is tok:
            return tok
    return None


def _stands_alone(text: str, m: MarkSpan) -> bool:
    """The quotation is a sentence of its own (a continuation of the previous speaker's words):
    it starts a paragraph or follows a sentence end, and ends its paragraph or a sentence."""
    before = text[: m.open_start].rstrip(" \t")
    after = text[m.close_end :].lstrip(" \t")
    starts = not before or before[-1] in "\n.!?”\"'’"
    ends = not after or after[0] == "\n" or (after[0].isupper() or after[0] in "“\"'‘") or (
        text[m.end - 1 : m.end] in ".!?" and after[0] not in ",;"
    )
    return starts and ends


def _post_author(doc: Doc, article: Article, index: ActorIndex, m: MarkSpan) -> _Cue | None:
    """The author of an embedded post, from its "— Name (@handle) date" line, if any."""
    for s, e in article.embedded_posts:
        if s <= m.start and m.end <= e:
            match = _AUTHOR_LINE.search(_text(doc), e, min(len(_text(doc)), e + 200)) or _AUTHOR_LINE.search(
                _text(doc), s, e
            )
            if not match:
                return None
            span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if span is None:
                return None
            sp = resolve(span.root, index)
            return _Cue(span.root, sp, span.root)
    return None


def _cue_text(tok: Token) -> str:
    parts = [tok.text]
    for child in tok.children:
        if child.dep_ == "prt" and child.i == tok.i + 1:
            parts.append(child.text)
    return " ".join(parts)


# --- reported speech ------------------------------------------------------------------------


def _reported_quotes(
    doc: Doc, article: Article, index: ActorIndex, inside: set[int], direct: list[Quote],
    sources: dict[str, tuple[int, int]],
) -> list[Quote]:
    out: list[Quote] = []
    found = [(tok, c) for tok in doc if (c := _reported_content(tok, inside)) is not None]
    found = [(tok, _before_contrast(tok, c, found)) for tok, c in found]
    found = [(tok, _before_semicolon(tok, c, found)) for tok, c in found]
    found = [(tok, _before_coordinated_report(tok, c, found)) for tok, c in found]
    # attribution is univocal: "he said India wants to ..." is his claim about India, not India's words
    relays = _relays(found)
    for tok, content in found:
        if tok.i in relays or any(t.i != tok.i and t.i not in relays and c[0] <= tok.i < c[1] for t, c in found):
            continue
        for part in _join_that_clauses(doc, _split_coordinated(doc, content), inside):
            q = _reported_one(doc, article, index, inside, tok, part, sources)
            if q is not None and not _duplicate(q, direct, out):
                out.append(q)
    return out


def _relays(found: list[tuple[Token, tuple[int, int]]]) -> set[int]:
    """Trailing cues whose clause holds a report of its own ("The ministry condemned the
    decision and said it would respond, officials told reporters"): the clause already says
    who said what, and the trailing cue only passes that report on, so the inner report is
    the record and the relaying cue makes none. A forward cue ("he said the ministry said")
    is no relay: its content is its own claim. Nor is an intention or belief in the clause
    ("The campaign plans to release the records, a spokesman announced"): it reports no words,
    and the trailing cue is the one that says who said it."""
    out: set[int] = set()
    for tok, (start, end) in found:
        if end <= tok.i and any(
            o.i != tok.i and start <= o.i < end and speech_verb(o.lemma_) and _clause_report(o, start, end)
            for o, _ in found
        ):
            out.add(tok.i)
    return out


def _clause_report(verb: Token, start: int, end: int) -> bool:
    """The reporting verb is the clause's own main verb or a conjunct of it ("condemned A and
    said B"), not a verb inside a relative clause ("the jet, which officials said was a
    Su-30, fell"), where the report is an aside of the trailing cue's own claim."""
    head = verb.head if verb.dep_ == "conj" else verb
    return not start <= head.head.i < end or head.head.i == head.i


def _reported_content(tok: Token, inside: set[int]) -> tuple[int, int] | None:
    """The content range a speech or belief verb reports, or None when it is no cue here."""
    if tok.i in inside or tok.pos_ not in ("VERB", "AUX"):
        return None
    belief = belief_verb(tok.lemma_)
    if not (belief or speech_verb(tok.lemma_)):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    if tok.dep_ not in CLAUSE_DEPS:
        return None  # a verb tag on a noun ("charges that ...") or a verb used as a modifier
    if tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        return None  # "when asked whether ...": the subject is the one asked, not the asker
    if _rejected_noun_read_as_verb(tok) or _asked(tok):
        return None
    return _content_of(tok, belief)


def _asked(tok: Token) -> bool:
    """The cue's own clause is a question ("Did the army say the town had fallen?", "Who said
    the bridge was destroyed?"): an auxiliary inverted before the subject, or a wh-word as the
    subject, and a question mark closing the sentence. A question asserts nothing, so it
    reports no one's words."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i:
        return False
    inverted = any(c.dep_ == "aux" and c.i < subj.i for c in tok.children)
    if not (inverted or subj.tag_ in ("WP", "WDT") and tok.dep_ != "relcl"):
        return False
    sent = _sent(tok)
    return sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?")


def _rejected_noun_read_as_verb(tok: Token) -> bool:
    """ "dismissed Thai claims that ...": the parser reads the plural noun as a verb with a
    subject ("Thai claims") and hangs it on the rejection verb as its clause. A clause of a
    verb of rejection with no complementizer, whose verb is also a cue noun in the plural
    form, is that noun: the claim rejected, nobody's quote (see _rejected)."""
    return (
        tok.dep_ == "ccomp" and tok.tag_ == "VBZ" and cue_noun(tok.lemma_)
        and tok.head.lemma_.lower() in rejection_verbs()
        and not any(c.dep_ == "mark" for c in tok.children)
    )


# Subordinators of contrast: "X said A, while Y said B" sets two speakers side by side.
CONTRAST_MARKS = {"while", "whereas"}


def _before_contrast(
    tok: Token, content: tuple[int, int], found: list[tuple[Token, tuple[int, int]]]
) -> tuple[int, int]:
    """The content ends before a contrast clause with its own reporting verb: in "Armenia
    said artillery had hit Sotk, while Baku said it had responded" the writer juxtaposes two
    sides; the while-clause is not Armenia's words, and Baku's cue keeps its own content."""
    start, end = content
    doc = tok.doc
    reports = [other for other, _ in found if other.i != tok.i]
    # also any contrast clause set off by a comma with a subject of its own ("..., while the
    # government on Friday ordered two diplomats to leave"): the writer's juxtaposition
    reports += [t for t in doc[start:end] if t.dep_ == "advcl" and t.i > tok.i and _comma_contrast(t)]
    for other in sorted(reports, key=lambda o: o.i):
        if not start <= other.i < end or other.dep_ != "advcl":
            continue
        if any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in other.children):
            cut = other.left_edge.i
            while cut > start and doc[cut - 1].is_punct:
                cut -= 1
            return start, cut
    return content


def _comma_contrast(clause: Token) -> bool:
    """A "while"/"whereas" clause with its own subject, set off by a comma before it."""
    first = clause.left_edge.i
    return (
        first > 0 and clause.doc[first - 1].text == ","
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _before_coordinated_report(
    tok: Token, content: tuple[int, int], found: list[tuple[Token, tuple[int, int]]]
) -> tuple[int, int]:
    """The content ends before a coordinated clause with its own subject and its own reporting
    verb: in "The army said it had retaken the bridge, and the rebels claimed they had
    withdrawn" the conjunction joins two reports, however the parser hangs the second on the
    first's content; the second clause is its speaker's, with its own content. A second
    report of the same speaker that the parser hung there ("said A and claimed B", "said A
    but asked B"; see misattached_report) ends it too, whether or not it reports a clause."""
    start, end = content
    doc = tok.doc
    others = [o for o, _ in found if o.i != tok.i and start < o.i < end and o.dep_ == "conj"
              and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < o.i for c in o.children)]
    others += [t for t in doc[start + 1 : end] if (r := misattached_report(t)) is not None and r.i == tok.i]
    if not others:
        return content
    first = min(others, key=lambda o: o.left_edge.i)
    cut = first.left_edge.i
    while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
        cut -= 1
    return start, cut


def _semicolon_segment(tok: Token) -> tuple[int, int]:
    """The token range of the clause a token sits in, between the semicolons of its sentence:
    a semicolon joins independent clauses, each with its own subject and verb."""
    sent = _sent(tok)
    lo = next((t.i + 1 for t in reversed(sent[: tok.i - sent.start]) if t.text == ";"), sent.start)
    hi = next((t.i for t in sent[tok.i - sent.start + 1 :] if t.text == ";"), sent.end)
    return lo, hi


def _before_semicolon(
    tok: Token, content: tuple[int, int], found: list[tuple[Token, tuple[int, int]]]
) -> tuple[int, int]:
    """The content stays in the cue's own clause when the clause across a semicolon has its
    own reporting verb: in "Sudan says the town fell; the RSF says it withdrew" the writer sets
    two sides' words side by side, however the parser nests the second verb in the first."""
    lo, hi = _semicolon_segment(tok)
    start, end = content
    if any(o.i != tok.i and start <= o.i < end and not lo <= o.i < hi for o, _ in found):
        return max(start, lo), min(end, hi)
    return content


def _split_coordinated(doc: Doc, content: tuple[int, int]) -> list[tuple[int, int]]:
    """ "claimed X, and that Y": two assertions, each its own reported content."""
    start, end = content
    root = next((t for t in doc[start:end] if t.head.i < start or t.head.i >= end or t.head is t), None)
    if root is None:
        return [content]
    parts: list[tuple[int, int]] = []
    cur = start
    for child in root.rights:
        if child.dep_ == "conj" and _finite_clause(child) and _own_subject_or_mark(child):
            cut = child.left_edge.i
            while cut > cur and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            parts.append((cur, cut))
            cur = child.left_edge.i
            if doc[cur].lower_ == "that" and cur + 1 < end:
                cur += 1  # "…, and that evidence is …": the complementizer of the second clause
    parts.append((cur, end))
    return [p for p in parts if p[1] > p[0]]


def _own_subject_or_mark(conj: Token) -> bool:
    """The conjunct has its own subject or complementizer. One that borrows the first
    conjunct's subject ("had been hit by ground fire and had crashed") predicates more of the
    same thing: one assertion, even when a clause further down has a subject of its own. The
    parser sometimes hangs the subject on the conjunct's auxiliary ("evidence ... is
    circulating"); that subject is still the conjunct's."""
    heads = [conj, *(c for c in conj.children if c.dep_ in ("aux", "auxpass"))]
    return any(c.dep_ in ("mark", "nsubj", "nsubjpass") for h in heads for c in h.children)


def _join_that_clauses(doc: Doc, parts: list[tuple[int, int]], inside: set[int]) -> list[tuple[int, int]]:
    """Coordinated clauses of one report ("said that A and that B", "said one aircraft had been
    lost and its pilot had ejected safely") are one report of one speaker, as PolNeAR and the
    practice golds annotate them, so the parts join again. A part mostly inside quotation marks
    stays apart: its words are the direct quote's ("claimed A, and that B is “already
    circulating …”"), and the clause beside it is a report of its own."""
    out: list[tuple[int, int]] = []
    for start, end in parts:
        if out and not _mostly_quoted(out[-1], inside) and not _mostly_quoted((start, end), inside):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _mostly_quoted(part: tuple[int, int], inside: set[int]) -> bool:
    """Half or more of the token range lies inside quotation marks: the direct quote's words."""
    start, end = part
    return end > start and sum(1 for i in range(start, end) if i in inside) / (end - start) >= MAX_QUOTED_SHARE


def _finite_clause(verb: Token) -> bool:
    """A conjunct that is a clause of its own: a finite verb, an auxiliary or a complementizer.
    "Four soldiers were killed and six wounded" gaps the auxiliary of its second conjunct:
    one assertion, not two."""
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def _reported_one(
    doc: Doc, article: Article, index: ActorIndex, inside: set[int], tok: Token,
    content: tuple[int, int], sources: dict[str, tuple[int, int]],
) -> Quote | None:
    """One reported-speech record for a cue verb and its content range, or None."""
    c_start, c_end = _clip(doc, tok, content[0], content[1], inside)
    if c_start < c_end and _unanswered_question(doc, tok, c_start, c_end):
        return None  # "declined to say how many were hit": a question left open asserts nothing
    if _bare_small_clause(doc, tok, c_start, c_end):
        return None
    if c_end - c_start < MIN_REPORTED_TOKENS:
        return None
    if _mostly_quoted((c_start, c_end), inside):
        return None  # left to the direct quote
    subj = _cue_subject(tok, inside)
    if subj is None or (c_start <= subj.i < c_end and not tok.is_ancestor(subj)):
        return None  # the speaker cannot be part of what they say (a parenthetical cue can)
    speaker = _body_spoken_for(doc, subj, (c_start, c_end), index) or _speaker_of(subj, index)
    sent = _sent(tok)
    span = doc[c_start:c_end]
    return _record(
        sources,
        article, doc, sent, span.start_char, span.end_char, False, speaker, _cue_text(tok),
        addressee_of(tok), medium_in(sent, inside, tok),
        article.in_embedded_post(span.start_char, span.end_char),
    )


# Sectors of bodies that fight: what they did is reported by their enemies' spokespeople as often
# as by their own, so a bare spokesperson is not taken to be theirs.
FIGHTING_SECTORS = {"MIL", "REB", "INS", "NSG", "SPY"}


def _unanswered_question(doc: Doc, cue: Token, start: int, end: int) -> bool:
    """The content is an indirect question that the cue leaves open: a question put ("asked
    whether ...") or a saying withheld ("declined to say how many sites were hit", "did not
    want to say what options were considered"). It asserts nothing, so it is nobody's quote.
    Under a cue that gives the answer ("explained why the talks failed", "described how the
    town fell") the wh-clause stands for what was said, and stays a report."""
    return _indirect_question(doc, start, end) and (question_verb(cue.lemma_) or _withheld(cue))


def _withheld(cue: Token) -> bool:
    """The cue is the infinitive of a verb of refusal or a negative implicative ("declined to
    say", "failed to explain"), or of a negated verb ("did not want to say"): the saying did
    not happen."""
    if cue.dep_ != "xcomp" or cue.head.i == cue.i:
        return False
    head = cue.head
    return withholding_verb(head.lemma_) or any(c.dep_ == "neg" for c in head.children)


def _indirect_question(doc: Doc, start: int, end: int) -> bool:
    """The content is an indirect question ("what options were considered", "how many sites
    were hit", "whether ..."): a wh-word or "whether" opens the content's own clause. A
    wh-word that opens an adverbial clause ("said when the troops arrived, the town was
    empty") or a free relative subject ("said what happened was a massacre") leaves the
    content a proposition."""
    first = doc[start]
    if first.lower_ not in QUESTION_WORDS:
        return False
    node = first
    while start <= node.head.i < end and node.head.i != node.i:
        if node.dep_ in ("advcl", "csubj", "csubjpass"):
            return False
        node = node.head
    return node.dep_ not in ("advcl", "csubj", "csubjpass")


def _bare_small_clause(doc: Doc, cue: Token, start: int, end: int) -> bool:
    """A verb of declaring or naming whose content has a subject but no finite verb, auxiliary,
    "to" or complementizer ("declared the ambassador persona non grata", read as "ambassador"
    doing "persona"; "declared the district a disaster zone"): the object with its predicate, the act of
    declaring someone something, an event, not a proposition reported. Only such verbs: under
    "said" a base-form tag is a present tense the tagger misread ("said the people “stand
    like a wall”"), and under "demand" a mandative subjunctive, the demand itself. Only a
    noun predicate names what the object is made: an adjective ("declared the election
    fraudulent", "declare Moscow responsible") is a judgement, a proposition the speaker
    asserts about the object, and stays a report."""
    if not object_complement_verb(cue.lemma_):
        return False
    root = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    if root is not None and _persona_non_grata(root):
        return True  # the Latin predicate the tagger reads as a verb ("officials ... persona/VBP")
    if root is None or root.tag_ in ("VBD", "VBZ", "VBP", "MD") or root.dep_ != "ccomp":
        return False
    if root.pos_ == "ADJ":
        return False
    kids = list(root.children)
    return any(c.dep_ == "nsubj" for c in kids) and not any(c.dep_ in ("aux", "auxpass", "mark") for c in kids)


def _persona_non_grata(tok: Token) -> bool:
    """The diplomatic predicate "persona non grata" (a noun phrase, whatever the tag)."""
    doc = tok.doc
    return tok.lower_ == "persona" and [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]] == ["non", "grata"]


def _body_spoken_for(doc: Doc, subj: Token, content: tuple[int, int], index: ActorIndex) -> Speaker | None:
    """A bare spokesperson ("..., a spokesperson said") speaks for the body that is the subject
    of what they report ("Pakistan's foreign office summoned India's envoy, a spokesperson
    said"): a spokesperson is always someone's, and the text names whose in the clause. Not a
    fighting force (troops acting are reported by either side). None when the spokesperson is named or placed ("a ministry spokesman", "a spokesman for X"), or
    the clause's subject is no organisation the article knows."""
    if subj.lemma_.lower() not in spokesperson_nouns() or any(c.dep_ != "det" for c in subj.children):
        return None
    start, end = content
    root = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    body = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if body is None or body.pos_ not in ("NOUN", "PROPN"):
        return None
    speaker = resolve(body, index)
    if speaker.actor is None or speaker.actor.kind != "organization" or speaker.actor.sector in FIGHTING_SECTORS:
        return None  # "Russian troops shelled Kharkiv, a spokesman said": troops acting are reported by anyone
    return Speaker(speaker.actor, speaker.name, speaker.code, (subj.left_edge.idx, subj.idx + len(subj)))


def _speaker_of(subj: Token, index: ActorIndex) -> Speaker:
    """The speaker a cue's subject names: the body an unnamed spokesperson is written as
    speaking for, the office holder a pronoun continues, else the subject resolved."""
    return (
        _spokesperson_body(subj, index) or _continued_body(subj, index) or _continued_office(subj, index)
        or _statement_author(subj, index) or _with_split_surname(subj, resolve(subj, index))
    )


def _statement_author(subj: Token, index: ActorIndex) -> Speaker | None:
    """ "..., an Army statement said": a document noun whose modifier is a body the article
    knows speaks for that body (a statement is always its issuer's words), though the tagger
    gives the modifier no entity label. Only a compound modifier before the noun."""
    if subj.lemma_.lower() not in statement_nouns():
        return None
    span = (subj.left_edge.idx, subj.idx + len(subj))
    author = _compound_author(subj, index)
    if author is None and all(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        # "the statement said" after "an Army statement said": the statement named before
        earlier = next((t for t in reversed(subj.doc[max(0, subj.i - _STATEMENT_REACH) : subj.i])
                        if t.lemma_ == subj.lemma_ and t.dep_ in ("nsubj", "nsubjpass")), None)
        author = _compound_author(earlier, index) if earlier is not None else None
    if author is None:
        return None
    return Speaker(author.actor, author.name, author.code, span)


# How many tokens back "the statement" looks for the statement it refers to (a few paragraphs).
_STATEMENT_REACH = 150


def _compound_author(noun: Token, index: ActorIndex) -> Speaker | None:
    """The organisation written as a document noun's compound modifier ("an Army statement")."""
    for mod in (c for c in noun.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")):
        speaker = resolve(mod, index)
        if speaker.actor is not None and speaker.actor.kind == "organization" and speaker.name:
            return speaker
    return None


def _with_split_surname(subj: Token, speaker: Speaker) -> Speaker:
    """ "Deputy Commissioner Sardar Imtiaz Khan told ...": the tagger ends the person's name
    before a surname that is also a place's name ("Khan", "Jordan") and tags the surname as the
    place, though it is the head of the name, the subject itself. The person's name written
    right before the subject, in compound with it, takes the capitalised head as its surname."""
    if speaker.actor is None or speaker.actor.kind != "person" or not speaker.name:
        return speaker
    if subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON" or not subj.is_title:
        return speaker
    n = len(speaker.name.split())
    before = subj.doc[max(0, subj.i - n) : subj.i]
    if len(before) != n or before.text != speaker.name:
        return speaker
    if any(t.ent_type_ != "PERSON" or t.dep_ != "compound" or t.head.i != subj.i for t in before):
        return speaker
    return Speaker(speaker.actor, f"{speaker.name} {subj.text}", speaker.code, speaker.span)


# First- and second-person subjects (inside a quotation) are never the antecedent a
# narrator's pronoun competes with.
_SPEAKER_PRONOUNS = {"i", "we", "you"}


def _previous_subject(subj: Token) -> Token | None:
    """The subject of the main clause of the sentence just before, in the same paragraph, when
    ``subj`` is the first third-person subject of its own sentence; else None."""
    sent, doc = subj.sent, subj.doc
    if sent.start == 0 or any(
        t.dep_ in ("nsubj", "nsubjpass") and t.i < subj.i and t.lower_ not in _SPEAKER_PRONOUNS for t in sent
    ):
        return None
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc[prev.end - 1 : sent.start + 1].text:
        return None  # a new paragraph: the previous sentence's subject is no longer in focus
    return next((c for c in prev.root.children if c.dep_ == "nsubj"), None)


def _continued_office(subj: Token, index: ActorIndex) -> Speaker | None:
    """ "The DG ISPR said the forces were ready. “We desire peace,” he said": a person pronoun
    continues the previous sentence's subject, and when that subject is an office phrase that
    stands for a person (an office written before as a named person's title, a bare title
    with its holder), the pronoun is that person, not the nearest name before it. The
    pronoun's own words name the speaker here."""
    if subj.lower_ not in _PERSON_PRONOUNS or subj.dep_ != "nsubj":
        return None
    prev = _previous_subject(subj)
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.ent_type_ == "PERSON":
        return None
    named = resolve(prev, index)
    if named.actor is None or named.actor.kind != "person":
        # "he" is no body: an office phrase read as its body ("the DG ISPR" as the ISPR) is
        # the person the text titled with it, however far back
        holder = office_holder(phrase_of(prev), reach=prev.i)
        if holder is None:
            return None
        named = resolve(holder.root, index)
    return Speaker(named.actor, named.name, named.code, (subj.idx, subj.idx + len(subj)))


def _continued_body(subj: Token, index: ActorIndex) -> Speaker | None:
    """ "The army initially said five soldiers had been killed. Later a spokesman said three more
    had died": a bare spokesperson (no name, no body of their own) goes on with the report of
    the body that was reporting in the sentence before, its spokesperson, not a spokesperson
    the text names later. Only a previous sentence whose main verb is a verb of saying with
    an organisation as its subject."""
    if subj.lemma_.lower() not in spokesperson_nouns() or any(c.dep_ != "det" for c in subj.children):
        return None
    prev = _previous_subject(subj)
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or not speech_verb(prev.head.lemma_):
        return None
    body = resolve(prev, index)
    if body.actor is None or body.actor.kind != "organization" or not body.name:
        return None
    return Speaker(body.actor, body.name, body.code, (subj.left_edge.idx, subj.idx + len(subj)))


def _spokesperson_body(subj: Token, index: ActorIndex) -> Speaker | None:
    """An unnamed spokesperson "for" or "of" a body ("a spokesperson for Rescue 1122", "a
    spokesman for Lahore police", "the spokesman of the Federal Foreign Office in Berlin")
    speaks for that body: the phrase names no person, only whose voice it is, so the body is
    the speaker, as "the ministry said" would be. Not a spokesperson named in the phrase
    ("a spokesman for the army, Colonel NAME") nor one for a person or an office ("a
    spokesperson for the UN Secretary-General" stays the spokesperson's)."""
    if subj.lemma_.lower() not in spokesperson_nouns():
        return None
    if any(t.ent_type_ == "PERSON" or t.dep_ == "appos" for t in subj.subtree if t.i != subj.i):
        return None
    prep = next((c for c in subj.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if body is None or body.pos_ not in ("NOUN", "PROPN"):
        return None
    speaker = resolve(body, index)
    span = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
    if speaker.actor is None and body.ent_type_ == "ORG":
        # a body the gazetteer does not know ("Rescue 1122"): its name as written
        name = drop_article(phrase_of(body, cut_preps=True).text)
        return Speaker(None, name, speaker.code, span) if name else None
    if speaker.actor is None or speaker.actor.kind != "organization" or not speaker.name:
        return None
    return Speaker(speaker.actor, speaker.name, speaker.code, span)


def _cue_subject(tok: Token, inside: set[int]) -> Token | None:
    """The cue's subject; a participle that modifies a noun speaks for it ("911 calls saying
    shots were fired", "emails showing that officials knew"), and a statement's issuer for the
    statement ("issued a statement saying ...")."""
    subj = subject_of(tok, blocked=inside)
    if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head
        if media_words().get(noun.lemma_.lower()) == "channel" and noun.dep_ == "dobj":
            # "The army released a statement saying ...": the army speaks, through the statement
            return subject_of(noun.head, blocked=inside) or noun
        subj = noun if noun.i not in inside else None
    return subj


def _content_of(verb: Token, belief: bool = False) -> tuple[int, int] | None:
    """Token range [start, end) of what a speech verb reports, or None."""
    stance = thought_verb(verb.lemma_) and _has_object(verb)
    filled = stance or _has_own_object(verb)
    lo, hi = _semicolon_segment(verb)
    # a clause after the verb is its content before one in front of it ("India strikes targets in
    # Punjab, Pakistan says it shot down Indian jets": the front clause is set beside the report)
    children = sorted(verb.children, key=lambda c: (c.i < verb.i and _complement_after(verb), c.i))
    for child in children:
        if filled and child.i < verb.i:
            continue  # "X believed in peace, Y believed in the gun"; "...; Yerevan demands return":
            # a clause before a verb whose object is filled is no content of it
        if child.right_edge.i < lo or child.left_edge.i >= hi:
            continue  # a clause wholly beyond a semicolon is independent of the verb (a misparse)
        if child.dep_ == "ccomp" or (belief and child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX")):
            if _across_colon_or_dash(child, verb):
                return None
            if _relative_gap_subject(child, verb):
                return verb.i + 1, child.right_edge.i + 1  # "strikes that Cambodia says killed 12"
            return child.left_edge.i, child.right_edge.i + 1
    gapless = _gapless_relative(verb, lo, hi)
    if gapless is not None:
        return gapless
    if belief or stance:
        return None
    reduced = _reduced_passive_object(verb, lo, hi)
    if reduced is not None:
        return reduced
    return _clause_on_medium(verb) or _clause_around_cue(verb)


def _reduced_passive_object(verb: Token, lo: int, hi: int) -> tuple[int, int] | None:
    """Headline English drops the auxiliary of a passive ("Pakistan says 8 civilians killed",
    "ISPR says nine Indian posts destroyed"): the parser reads the counted noun as the verb's
    object and the participle as its modifier, but the clause is what was said, "8 civilians
    (were) killed". Only a counted or plural noun object right after the verb whose own past
    participle follows it; a determiner-led object ("reported the deaths") is a thing."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and lo <= c.i < hi), None)
    if obj is None or obj.pos_ != "NOUN" or obj.left_edge.i != verb.i + 1:
        return None
    if not (obj.tag_ == "NNS" and any(c.dep_ == "nummod" for c in obj.children)):
        return None
    if not any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == obj.i + 1 for c in obj.children):
        return None
    return obj.left_edge.i, obj.right_edge.i + 1


def _gapless_relative(verb: Token, lo: int, hi: int) -> tuple[int, int] | None:
    """ "acknowledged for the first time that it had lost a jet": the parser hangs the that-clause
    on "time" as a relative clause, but a relative clause has a gap its "that" fills (subject or
    object); a clause whose "that" fills none, with a subject of its own, is the verb's
    complement, what it reports. Only in the adjunct "for the first time" (a topic, "spoke about
    the day that the rebels entered Goma", keeps its relative clause)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i):
        # "for the first time", "for the second time in a week": the adjunct of a first report
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() == "time"):
            for rel in (r for r in obj.children if r.dep_ == "relcl" and lo <= r.i < hi):
                that = rel.doc[rel.left_edge.i]
                if that.lower_ != "that" or that.dep_ not in ("advmod", "mark") or that.head.i != rel.i:
                    continue
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in rel.children):
                    return that.i + 1, rel.right_edge.i + 1
    return None


def _relative_gap_subject(clause: Token, verb: Token) -> bool:
    """The reported clause's subject is a relative pronoun before the speaker ("strikes that
    Cambodia says killed 12 civilians", "men who it says were passing information"): what the
    speaker says is the rest of the clause after the cue, about the noun the pronoun stands
    for; the pronoun and the cue are the writer's framing, not the words reported."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") and c.i < verb.i for c in clause.children)


def _complement_after(verb: Token) -> bool:
    """The verb has a clausal complement after it with its own subject ("says it shot down")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in verb.children)


# Marks that close an independent clause inside a sentence: the ", he said" slot takes a comma.
CLAUSE_BREAKS = {":", "-", "–", "—", "―", "--"}


def _across_colon_or_dash(clause: Token, verb: Token) -> bool:
    """A clause before the cue set off by a colon or a dash ("We have been here before: the
    junta declared war ..."): the writer's own sentence, which the parser hung on the verb."""
    if clause.i > verb.i:
        return False
    return any(t.text in CLAUSE_BREAKS and not joins_words(t) for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _has_object(verb: Token) -> bool:
    """The verb takes a noun or prepositional object ("believed in the gun", "thought of his
    men"): a belief verb so used states no proposition, even in the "..., he believes" slot."""
    return any(c.dep_ in ("dobj", "prep", "dative") for c in verb.children)


def _trailing_adverbial(verb: Token) -> bool:
    """A trailing cue the parser hung on the clause as an adverbial ("Nine soldiers were
    killed near Kadugli, the Ministry of Defence reported on Sunday"): its own subject, no
    subordinator ("as", "when" would make it a clause of time or manner), and nothing after
    it but adjuncts."""
    if verb.dep_ != "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return all(c.dep_ in ("nsubj", "prep", "npadvmod", "advmod", "punct", "aux") for c in verb.children)


def _has_own_object(verb: Token) -> bool:
    """The verb has a noun object that is not the one spoken to ("demands return", not "told
    reporters"): its complement is filled, so a clause beside it is not what it reports."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _clause_on_medium(verb: Token) -> tuple[int, int] | None:
    """ "said in a statement that ...", "said earlier in the day that ...": the parser hangs
    the clause on the adjunct's noun. A clause opened by the complementizer "that" (a mark,
    not a relative pronoun) completes a verb of saying, not the noun it was hung on."""
    for adjunct in verb.children:
        if adjunct.dep_ not in ("prep", "advmod", "npadvmod"):
            continue
        for pobj in adjunct.subtree:
            for clause in pobj.children if pobj.dep_ == "pobj" else ():
                if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                ):
                    return clause.left_edge.i, clause.right_edge.i + 1
    return None


def _clause_around_cue(verb: Token) -> tuple[int, int] | None:
    """A parenthetical or trailing cue: "Acts of protest, Mr. Obama said, are ...", "…, he said"."""
    head = verb.head
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    comma_before = doc[left].text == "," or (left > 0 and doc[left - 1].text == ",")
    comma_after = doc[right].text == "," or (right + 1 < len(doc) and doc[right + 1].text == ",")
    if verb.dep_ == "parataxis" and head.i > verb.i and comma_before and comma_after:
        return head.left_edge.i, head.right_edge.i + 1
    if _has_own_object(verb):
        return None  # "..., Yerevan demands return of abducted soldiers": the verb's object is its content
    trailing = (
        (verb.dep_ in ("parataxis", "ccomp") or _trailing_adverbial(verb))
        and head.i < verb.i
        and head.pos_ in ("VERB", "AUX")
        and not speech_verb(head.lemma_)
        and left > 0
        and (doc[left].text == "," or doc[left - 1].text in (",", "”", '"', "’"))
    )
    if trailing and head.left_edge.i < left:
        # "US stands in solidarity with India, he said": the content is the head clause
        return head.left_edge.i, left
    return None


def _clip(doc: Doc, cue: Token, start: int, end: int, inside: set[int]) -> tuple[int, int]:
    """Keep reported content inside the cue's sentence and paragraph, and never cut a quotation
    in half (a half quotation means the clause boundaries were misparsed)."""
    sent = _sent(cue)
    p_start, p_end = _paragraph(_text(doc), cue.idx)
    start, end = max(start, sent.start), min(end, sent.end)
    while start < end and doc[start].idx < p_start:
        start += 1
    while end > start and doc[end - 1].idx >= p_end:
        end -= 1
    # a quotation that closes inside the content but opened before it: start after it
    for i in range(start, end):
        if i in inside and (i + 1 >= len(doc) or i + 1 not in inside) and (start == 0 or start - 1 in inside):
            if i - start < (end - start) // 2:
                start = i + 1
            break
    start = _after_dateline(doc, start, end)
    return _trim_tokens(doc, start, _before_comment(doc, start, end))


# A dateline opening a paragraph: a place in capitals, up to two ", Name Day" parts, an
# agency in brackets, then a dash or colon ("SOTK, Armenia, Sept 16 (Meridian) -", "YEREVAN —").
_DATELINE = re.compile(
    r"[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+)*(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?){0,2}"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[-–—:]\s+"
)


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where content starts after a dateline it would open with: the dateline says where the
    report was filed, and nobody said it."""
    if start >= end or (start > 0 and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text):
        return start
    m = _DATELINE.match(_text(doc), doc[start].idx)
    if m is None:
        return start
    while start < end and doc[start].idx < m.end():
        start += 1
    return start


def _before_comment(doc: Doc, start: int, end: int) -> int:
    """Where the content ends before a closing apposition that names it as a claim: in
    "Israel said Hezbollah fired 150 rockets, a claim the group denied" the apposition (a
    speech noun after a comma, running to the end; the parser labels it appos or npadvmod) is
    the writer's comment on what was said, not part of it."""
    for tok in doc[start:end]:
        if (tok.dep_ in ("appos", "npadvmod") and start <= tok.head.i < tok.i and tok.right_edge.i + 1 >= end
                and cue_noun(tok.lemma_.lower())):
            first = tok.left_edge.i
            if first > start and doc[first - 1].text == ",":
                return first - 1
    return end


# A coordinator closing the content joins it to a clause left outside ("X said A, and Y said B").
DANGLING_CONJUNCTIONS = {"and", "but", "or"}


def _trim_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading complementizer and punctuation at both ends."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("that",) and doc[start].dep_ == "mark"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in "”\"’'":
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1]):
            break  # "... Research and Analysis Wing (RAW)": a bracket opened inside closes it
        end -= 1
    while end > start and doc[end - 1].text in ",;:—–-" or (end > start and doc[end - 1].is_space):
        end -= 1
    if end - 1 > start and doc[end - 1].dep_ == "cc" and doc[end - 1].lower_ in DANGLING_CONJUNCTIONS:
        return _trim_tokens(doc, start, end - 1)  # "it had retaken the bridge, and": the next clause's
    return start, end


def _duplicate(q: Quote, *groups: list[Quote]) -> bool:
    for group in groups:
        for other in group:
            if other.text_start == q.text_start and other.text_end == q.text_end:
                return True
    return False


# --- according to ---------------------------------------------------------------------------


# The words that open a sourcing phrase: "according (to X)" and "in (a poll ...)" (finding_source);
# every other token is passed over without a call.
_SOURCE_OPENERS = {"according", "in"}


def _according_to(
    doc: Doc, article: Article, index: ActorIndex, inside: set[int], earlier: list[Quote],
    sources: dict[str, tuple[int, int]],
) -> list[Quote]:
    out: list[Quote] = []
    for tok in doc:
        if tok.lower_ not in _SOURCE_OPENERS or tok.i in inside or tok.i + 1 >= len(doc):
            continue
        finding = finding_source(tok)
        source = None if finding is not None else _according_source(tok)
        if finding is None and source is None:
            continue  # (checked before the sentence is looked up: most tokens cue nothing)
        sent = _sent(tok)
        if finding is not None:
            # "In a CNN poll released Monday, ...": the rest of the sentence is the poll's
            source, cue_text = finding, f"in {finding.text}"
            c_start, c_end = _clip(doc, tok, tok.right_edge.i + 2, sent.end, inside)
        else:
            to = doc[tok.i + 1]
            a_start, a_end = tok.left_edge.i, max(tok.right_edge.i, to.right_edge.i) + 1
            left = _clip(doc, tok, sent.start, a_start, inside)
            right = _clip(doc, tok, a_end, sent.end, inside)
            c_start, c_end = _according_side(tok, a_start, left, right)
            cue_text = "according to"
        if c_end - c_start < MIN_REPORTED_TOKENS or _mostly_quoted((c_start, c_end), inside):
            continue  # a sourced quotation is the direct quote's, as for a cue verb
        if finding is not None:
            # a poll is its own source: "a Gallup Pakistan survey" is not Pakistan speaking
            phrase = phrase_of(source, cut_preps=True)
            speaker = Speaker(None, phrase.text, None, (phrase.start_char, phrase.end_char))
        else:
            speaker = _speaker_of(source, index)
        span = doc[c_start:c_end]
        q = _record(
            sources,
            article, doc, sent, span.start_char, span.end_char, False, speaker, cue_text,
            None, medium_in(sent, inside), article.in_embedded_post(span.start_char, span.end_char),
        )
        if not (_duplicate(q, earlier, out) or (finding is not None and _overlaps(q, earlier, out))):
            out.append(q)
    return out


def _according_side(
    tok: Token, a_start: int, left: tuple[int, int], right: tuple[int, int]
) -> tuple[int, int]:
    """Which side of "according to X" is X's: the clause the phrase modifies, whose verb the
    parser makes its head ("Five civilians were killed, according to local officials, while
    the army said ..." is the officials' first clause, not the army's). When the head is in
    neither side (a misparse), the longer side is taken."""
    head = tok.head
    if head.pos_ in ("VERB", "AUX") and head.i != tok.i:
        if left[0] <= head.i < left[1] or (head.i < a_start and left[1] > left[0]):
            return left
        if right[0] <= head.i < right[1]:
            return right
    return left if left[1] - left[0] >= right[1] - right[0] else right


def _overlaps(q: Quote, *groups: list[Quote]) -> bool:
    return any(o.text_start < q.text_end and q.text_start < o.text_end for g in groups for o in g)


# --- measured argument frames -------------------------------------------------------------


def _frame_quotes(
    doc: Doc, article: Article, index: ActorIndex, inside: set[int], earlier: list[Quote],
    sources: dict[str, tuple[int, int]],
) -> list[Quote]:
    """Attributions through the argument frames measured on PolNeAR, kept only when the
    argument is a proposition ("vowed to respond", "the claim that ..."), after the
    clause-based passes: a span already attributed, or a cue inside someone else's words,
    is left alone (attribution is univocal)."""
    out: list[Quote] = []
    taken = [(q.text_start, q.text_end) for q in earlier]
    for tok in doc:
        if tok.i in inside or not frames_of(tok):
            continue  # (the lexicon first, here: most tokens cue nothing)
        found = _frame_content(doc, article, tok, inside, taken)
        if found is None:
            continue
        subj, (c_start, c_end), prep = found
        span = doc[c_start:c_end]
        o_start, o_end = article.to_original(span.start_char, span.end_char)
        cue = _cue_text(tok) + (f" {prep.text}" if prep is not None and prep.i < c_start else "")
        q = _record(
            sources, article, doc, _sent(tok), span.start_char, span.end_char, False,
            _speaker_of(subj, index), cue,
            addressee_of(tok) if tok.pos_ != "NOUN" else None, medium_in(_sent(tok), inside, tok),
            article.in_embedded_post(span.start_char, span.end_char),
        )
        out.append(q)
        taken.append((o_start, o_end))
    return out


def _frame_cue(tok: Token, inside: set[int]) -> list[tuple[str, Token, Token | None]]:
    """The propositional frame arguments of a cue token ([] when it cues nothing here)."""
    if tok.i in inside or not frames_of(tok):
        return []  # (the lexicon first: most tokens are no cue, and reading children is dear)
    if any(c.dep_ == "neg" for c in tok.children):
        return []
    if tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        return []  # "when asked whether ...": the subject is the one asked, not the asker
    return [
        a for a in frame_arguments(tok)
        if propositional(a[0], a[1], tok) and not _across_colon_or_dash(a[1], tok)
        and not _across_semicolon(a[1], tok)
    ]


def _across_semicolon(node: Token, cue: Token) -> bool:
    """The argument lies wholly across a semicolon from the cue ("The junta blamed the rebels;
    the rebels denied involvement"): a semicolon joins independent clauses, so a clause on
    the other side is no complement of the cue, however the parser hangs it there."""
    lo, hi = _semicolon_segment(cue)
    return node.right_edge.i < lo or node.left_edge.i >= hi


def _frame_content(
    doc: Doc, article: Article, tok: Token, inside: set[int], taken: list[tuple[int, int]]
) -> tuple[Token, tuple[int, int], Token | None] | None:
    """(speaker token, content token range, preposition) for one frame cue, or None."""
    args = _frame_cue(tok, inside)
    if not args:
        return None
    o_cue = article.to_original(tok.idx, tok.idx + len(tok))
    if any(s <= o_cue[0] < e for s, e in taken):
        return None
    if _rejected(tok) or (tok.pos_ != "NOUN" and _asked(tok)):
        return None
    subj = _possessor(tok) if tok.pos_ == "NOUN" else _cue_subject(tok, inside)
    if subj is None or subj.i in inside:
        return None
    # one attribution per cue: "accused India of attacking civilians" is one content
    lo = min(node.left_edge.i for _, node, _ in args)
    hi = max(node.right_edge.i for _, node, _ in args) + 1
    c_start, c_end = _clip(doc, tok, lo, hi, inside)
    if c_end <= c_start or c_start <= subj.i < c_end:
        return None  # the speaker is not part of their words
    if _unanswered_question(doc, tok, c_start, c_end) or _bare_small_clause(doc, tok, c_start, c_end):
        return None  # a question left open asserts nothing; nor does an object with its predicate noun
    if _mostly_quoted((c_start, c_end), inside):
        return None
    o_start, o_end = article.to_original(doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1]))
    if any(s < o_end and o_start < e for s, e in taken):
        return None
    return subj, (c_start, c_end), next((p for _, _, p in args if p is not None), None)


def _rejected(tok: Token) -> bool:
    """A cue noun that is the object of a verb of rejection ("rejected Bangkok's claim that
    ...", "dismissed claims that ..."): the rejecter cites the claim as the thing rejected,
    an event with the claim's owner as its target, so the claim is nobody's quote here."""
    if _rejected_noun_read_as_verb(tok):
        return True
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return tok.head.lemma_.lower() in rejection_verbs()


def _colon_quotes(
    doc: Doc, article: Article, index: ActorIndex, inside: set[int], earlier: list[Quote],
    sources: dict[str, tuple[int, int]],
) -> list[Quote]:
    """ "NAME: words" lines (headlines, transcripts): the rest of the line is NAME's. A
    quotation already found there without a speaker gets NAME as its speaker instead.
    A place before the colon is a dateline ("SRINAGAR: ..."), not a speaker."""
    out: list[Quote] = []
    for sent in _sentences(doc):
        found = _colon_line(doc, sent, inside)
        if found is None:
            continue
        head, (c_start, c_end) = found
        if _is_place(index, head):
            continue
        speaker = resolve(head, index)
        o_start, o_end = article.to_original(doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1]))
        clash = [q for q in earlier if q.text_start < o_end and o_start < q.text_end]
        if clash:
            _name_speakerless(clash, speaker, article, sources)
            continue
        span = doc[c_start:c_end]
        out.append(
            _record(
                sources, article, doc, sent, span.start_char, span.end_char, False, speaker, ":",
                None, None, article.in_embedded_post(span.start_char, span.end_char),
            )
        )
    return out


def _colon_line(doc: Doc, sent: Span, inside: set[int]) -> tuple[Token, tuple[int, int]] | None:
    """(head of the phrase before the colon, content token range) when the line opens with one."""
    toks = [t for t in sent if not t.is_space]
    if not toks or toks[0].i in inside:
        return None
    found = colon_source(toks)
    if found is None:
        return None
    head, colon_i = found
    if any(t.pos_ == "ADP" for t in doc[toks[0].i : head.i]):
        return None  # "Battle for El Obeid: ...": a topic about the name, not the name speaking
    p_start, p_end = _paragraph(_text(doc), head.idx)
    if _text(doc)[p_start : toks[0].idx].strip(" \t–—-").split() not in ([], ["EXCLUSIVE"]):
        return None  # the phrase must open its line
    end = colon_i + 1
    while end < len(doc) and doc[end].idx < p_end:
        end += 1
    c_start, c_end = _trim_tokens(doc, colon_i + 1, end)
    if c_end - c_start < MIN_REPORTED_TOKENS:
        return None
    return head, (c_start, c_end)


def _is_place(index: ActorIndex, head: Token) -> bool:
    """A gazetteer place or a GPE/LOC entity other than a state's own name ("Pakistan: ..."
    in a headline is the state speaking; "SRINAGAR: ..." is a dateline)."""
    return read_place(index, head).is_place


def _name_speakerless(clash: list[Quote], speaker: Speaker, article: Article, sources: dict[str, tuple[int, int]]) -> None:
    """A direct quotation with no speaker on a "NAME: ..." line is NAME's."""
    for q in clash:
        if q.direct and q.speaker_name is None and speaker.name:
            q.speaker_name, q.speaker_code = speaker.name, speaker.code
            q.speaker_actor_id = speaker.actor.id if speaker.actor else None
            if speaker.span is not None:
                sources[q.id] = article.to_original(*speaker.span)


# --- records --------------------------------------------------------------------------------


def _record(
    sources: dict[str, tuple[int, int]],
    article: Article,
    doc: Doc,
    sent: Span,
    start: int,
    end: int,
    direct: bool,
    speaker: Speaker,
    cue: str | None,
    addressee: str | None,
    medium: str | None,
    embedded: bool,
) -> Quote:
    o_start, o_end = article.to_original(start, end)
    s_start, s_end, sentence = evidence(article, sent)
    quote = Quote(
        id=stable_id(article.id, "quote", o_start, o_end, direct),
        article_id=article.id,
        speaker_actor_id=speaker.actor.id if speaker.actor else None,
        speaker_name=speaker.name,
        speaker_code=speaker.code,
        direct=direct,
        text=article.text[o_start:o_end],
        text_start=o_start,
        text_end=o_end,
        cue=cue,
        addressee=addressee,
        medium=medium,
        embedded_post=embedded,
        sent_start=s_start,
        sent_end=s_end,
        sentence=sentence,
    )
    if speaker.span is not None:
        sources[quote.id] = article.to_original(*speaker.span)
    return quote
