"""Which numbers are claimed, about what, by whom: casualty and damage counts.

A number becomes a claim only when the lexicon can say what it counts: a
person noun with a casualty verb ("31 civilians ... were martyred"), an
aircraft or drone with a downing verb, a site with a strike, a missile. Dates,
ages, ranks, "two countries" and "a four-country tour" never qualify, because
precision matters more here than recall: a wrong death toll is worse than a
missing one.

The claimant is the speaker of the quote (direct, reported or "according to")
that holds the number, else None: the outlet's own voice. A number in a
relative clause inside reported speech ("Dar revealed that Türkiye condemned
the strikes that claimed 31 lives") is background the speaker presupposes,
not what they assert, so it stays in the outlet's voice. Hedges such as
"reportedly" keep the claimant None and become the qualifier.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span, Token

from crisislens.actors.index import ActorIndex
from crisislens.extract.claims_lexicon import lexicon, outcome_in
from crisislens.extract.claims_numbers import NumberReading, is_number_word, qualifiers, read_number
from crisislens.extract.common import evidence
from crisislens.model import Article, Claim, Quote, stable_id

log = logging.getLogger(__name__)

EXCLUDED_ENTS = {"DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY"}
# MONEY is trusted only with a currency mark: NER tags "1.5 lakh people" as money too.
CURRENCY = {"$", "₹", "rs", "rs.", "inr", "pkr", "usd", "rupee", "rupees", "dollar", "dollars",
            "euro", "euros", "€", "£", "pound", "pounds", "yuan", "riyal", "dirham"}
# Words after a number that make it a measure, a time or an age, not a count of casualties.
UNIT_WORDS = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "second", "seconds", "am", "pm", "a.m.", "p.m.", "km", "kilometres",
    "kilometers", "miles", "mile", "metres", "meters", "percent", "%", "times", "year-old",
    "years-old",
}
HEDGES = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly"}
CLIMB_DEPS = {
    "conj", "appos", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "npadvmod",
    "compound", "amod", "nummod", "pcomp", "agent", "oprd", "dative",
}
OUTCOMES = ("killed", "injured", "detained", "displaced")
# Verbs that only link a part to its whole ("including three Rafale aircraft").
TRANSPARENT = {"include", "comprise", "involve"}
PLACE_PREPS = {"in", "across", "inside", "from", "at", "on"}


def extract_claims(doc: Doc, article: Article, index: ActorIndex, quotes: list[Quote]) -> list[Claim]:
    """Counted casualties, downed aircraft and drones, missiles and struck sites in one article."""
    claims: list[Claim] = []
    seen: set[int] = set()
    for tok in doc:
        if tok.i in seen or not _starts_number(tok):
            continue
        group = _number_group(doc, tok.i)
        seen.update(range(group[0], group[1]))
        try:
            claim = _claim_for(doc, article, index, quotes, group)
        except Exception as exc:  # one odd sentence must not cost the article its claims
            log.warning("%s: claim extraction skipped a number (%s)", article.doc_name, exc)
            claim = None
        if claim is not None:
            claims.append(claim)
    return claims


# --- finding numbers ------------------------------------------------------------------------


def _starts_number(tok: Token) -> bool:
    if tok.like_num and any(c.isdigit() for c in tok.text):
        return True
    return is_number_word(tok.lower_)


def _number_group(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of a written number: "two dozen", "1.5 lakh", "5-6", "twenty - five"."""
    j = i + 1
    while j < len(doc):
        t = doc[j]
        if _starts_number(t) or (t.lower_ in ("dozen", "hundred", "thousand", "lakh", "crore", "million")):
            j += 1
            continue
        if t.text in ("-", "–", "to") and j + 1 < len(doc) and _starts_number(doc[j + 1]) and doc[j + 1].like_num:
            j += 2
            continue
        break
    return i, j


def _excluded(doc: Doc, start: int, end: int) -> bool:
    """Dates, times, measures, parts of names (JF-17) and composite modifiers (four-country)."""
    toks = doc[start:end]
    if any(t.ent_type_ in EXCLUDED_ENTS for t in toks):
        return True
    around = doc[max(start - 1, 0) : min(end + 1, len(doc))]
    if any(t.lower_ in CURRENCY for t in around):
        return True
    first, last = doc[start], doc[end - 1]
    if start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].is_alpha or doc[start - 1].text in "-#@/"):
        return True
    if end < len(doc):
        nxt = doc[end]
        if not last.whitespace_ and nxt.text in ("-", "–") and end + 1 < len(doc) and doc[end + 1].is_alpha:
            return True  # "four-country", "six-day"
        if nxt.lower_ in UNIT_WORDS:
            return True
        if not last.whitespace_ and nxt.is_alpha:
            return True  # "5G", "3rd"
    if len(toks) == 1 and first.text.isdigit() and len(first.text) == 4 and 1800 <= int(first.text) <= 2100:
        return True  # a year
    # "one of the ...": a pronoun, not a count
    return first.lower_ == "one" and end - start == 1 and first.dep_ != "nummod"


def _qualifier(doc: Doc, start: int) -> tuple[str | None, int]:
    """The qualifier phrase right before a number ("at least", "over") and where it starts."""
    table = qualifiers()
    for n in (3, 2, 1):
        if start - n < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[start - n : start])
        if phrase in table:
            return phrase, start - n
    return None, start


# --- what is counted ------------------------------------------------------------------------


def _counted_noun(doc: Doc, start: int, end: int) -> Token | None:
    last = doc[end - 1]
    tok = last
    for _ in range(4):
        head = tok.head
        if head is tok:
            break
        if start <= head.i < end:
            tok = head
            continue
        if tok.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod") and head.pos_ in ("NOUN", "PROPN"):
            return head
        break
    # "dozens of civilians", "57 others"
    if tok.pos_ in ("NOUN", "NUM", "PRON"):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                        return pobj
    if tok.pos_ == "NOUN" and not tok.like_num and not is_number_word(tok.lower_):
        return tok
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "conj", "pobj", "appos", "attr"):
        return tok  # "killed 12 people and injured 38", "the toll rose to 31": the number stands alone
    return None


def _context(noun: Token) -> tuple[set[str], list[Token]]:
    """Lemmas around the counted noun: its participles and the verbs it hangs from."""
    lemmas: set[str] = set()
    chain: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.pos_ in ("VERB", "ADJ"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in child.children if c.dep_ == "prt")
            chain.append(child)
    if _decides(lemmas):
        return lemmas, chain  # "43 injured": the count's own participle says what happened
    bare = noun.like_num or is_number_word(noun.lower_)
    tok = noun
    for _ in range(6):
        if tok.dep_ not in CLIMB_DEPS or tok.head is tok:
            break
        tok = tok.head
        chain.append(tok)
        lemmas.add(tok.lemma_.lower())
        lemmas.add(tok.lower_)
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in TRANSPARENT:
            for c in tok.children:
                if c.dep_ == "prt" or c.dep_ == "dobj" or (bare and c.dep_ == "nsubj"):
                    lemmas.add(c.lemma_.lower())  # "shot down", "claimed lives", "the toll rose to"
            if tok.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or _decides(lemmas):
                break  # the nearest verb that says what happened wins ("57 others were injured")
    return lemmas, chain


def _decides(lemmas: set[str]) -> bool:
    return any(outcome_in(lemmas, o) for o in (*OUTCOMES, "downed", "struck"))


def _category(noun: Token | None, lemmas: set[str]) -> tuple[str | None, str | None]:
    """(category, the context words that decided it) or (None, None) when not a claim."""
    lex = lexicon()
    if noun is None:
        return None, None
    if noun.like_num or is_number_word(noun.lower_):
        # a bare number counts people only when a casualty word governs it
        if "toll" in lemmas:
            return "killed", "toll"
        for outcome in OUTCOMES:
            word = outcome_in(lemmas, outcome)
            if word:
                return outcome, word
        return None, None
    lemma = noun.lemma_.lower()
    heads = {lemma, noun.lower_} | {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
    if lemma in lex.outcome_nouns:
        return lex.outcome_nouns[lemma], None
    thing = next((lex.things[h] for h in (lemma, noun.lower_) if h in lex.things), None)
    if thing is None:
        thing = next((lex.things[h] for h in heads if h in lex.things and h != "fighter"), None)
    if thing in ("aircraft_downed", "drones_downed"):
        word = outcome_in(lemmas, "downed")
        return (thing, word) if word else ("other", None)
    if thing == "missiles":
        return "missiles", None
    if thing == "sites_struck":
        word = outcome_in(lemmas, "struck")
        return ("sites_struck", word) if word else (None, None)
    if lemma in lex.persons or noun.lower_ in lex.persons:
        for outcome in OUTCOMES:
            word = outcome_in(lemmas, outcome)
            if word:
                return outcome, word
    return None, None


# --- the claim record ------------------------------------------------------------------------


def _claim_for(
    doc: Doc, article: Article, index: ActorIndex, quotes: list[Quote], group: tuple[int, int]
) -> Claim | None:
    start, end = group
    if _excluded(doc, start, end):
        return None
    noun = _counted_noun(doc, start, end)
    lemmas, chain = _context(noun) if noun is not None else (set(), [])
    category, word = _category(noun, lemmas)
    if category is None or noun is None:
        return None
    qualifier, q_start = _qualifier(doc, start)
    number_text = doc[start:end].text
    reading: NumberReading = read_number(number_text, qualifier)
    if reading.problem:
        message = f"{reading.problem}; no claim recorded"
        log.warning(message)
        if message not in article.notes:
            article.notes.append(message)
        return None
    hedge = _hedge(noun, chain)
    if reading.qualifier is None and hedge:
        reading.qualifier = hedge
    sent = doc[start].sent
    what = _what(doc, end, noun, word)
    o_start, _ = article.to_original(doc[q_start].idx, doc[end - 1].idx + len(doc[end - 1]))
    claimant, quote = _claimant(doc, article, quotes, doc[start], o_start, hedge)
    s_start, s_end, sentence = evidence(article, sent)
    written = doc[q_start:end].text
    return Claim(
        id=stable_id(article.id, "claim", o_start, category),
        article_id=article.id,
        value=reading.value,
        low=reading.low,
        high=reading.high,
        qualifier=reading.qualifier,
        number_text=written,
        what=what,
        category=category,
        subject_code=_subject_code(doc, index, start, end, noun, category),
        claimant_actor_id=quote.speaker_actor_id if quote else None,
        claimant_name=claimant[0],
        claimant_code=claimant[1],
        quote_id=quote.id if quote else None,
        date=_date(sent, article),
        sent_start=s_start,
        sent_end=s_end,
        sentence=sentence,
    )


def _what(doc: Doc, end: int, noun: Token, word: str | None) -> str:
    """The counted phrase as written ("Indian fighter jets"), plus the verb when it adds the fact."""
    first = end + 1 if end < len(doc) and doc[end].lower_ == "of" else end
    if noun.i >= first:
        phrase = doc[first : noun.i + 1].text
    elif noun.like_num or is_number_word(noun.lower_):
        phrase = "death toll" if word == "toll" else "people"
    else:
        phrase = noun.text
    if word and word.split()[0] not in phrase.lower():
        verb = next((t for t in noun.sent if t.lemma_.lower() == word.split()[0]), None)
        if verb is not None:
            phrase = f"{phrase} {verb.text}"
    return " ".join(phrase.split())


def _hedge(noun: Token, chain: list[Token]) -> str | None:
    for tok in [noun, *chain]:
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in HEDGES:
                return c.lower_
    return None


def _claimant(
    doc: Doc, article: Article, quotes: list[Quote], num: Token, o_start: int, hedge: str | None
) -> tuple[tuple[str | None, str | None], Quote | None]:
    """Who asserts the number: the speaker of the quote that holds it, else the outlet (None)."""
    if hedge:
        return (None, None), None
    holders = [q for q in quotes if q.text_start <= o_start < q.text_end and q.speaker_name]
    if not holders:
        return (None, None), None
    quote = min(holders, key=lambda q: q.text_end - q.text_start)
    if not quote.direct and _in_relative_clause(num, doc, article, quote):
        return (None, None), None
    return (quote.speaker_name, quote.speaker_code), quote


def _in_relative_clause(num: Token, doc: Doc, article: Article, quote: Quote) -> bool:
    """The number sits in a relative clause inside the reported content (presupposed background)."""
    tok = num
    for _ in range(12):
        if tok.head is tok:
            return False
        if tok.dep_ == "relcl":
            o, _ = article.to_original(tok.idx, tok.idx + 1)
            return quote.text_start <= o < quote.text_end
        tok = tok.head
    return False


def _subject_code(
    doc: Doc, index: ActorIndex, start: int, end: int, noun: Token, category: str
) -> str | None:
    """Whose people or things are counted: a demonym on the noun, "in X" on it, or the place
    the counted event happened in its own clause."""
    if noun.i >= end:
        code = _code_of(index, doc[end : noun.i + 1], place=False)
        if code:
            return code
    for child in noun.subtree:
        if child.dep_ == "pobj" and child.head.lower_ in PLACE_PREPS:
            code = _code_of(index, child, place=True)
            if code:
                return code
    whole = _whole_of(noun)
    if whole is not None:
        # "five Indian jets, including three Rafale aircraft"; "five Indian jets and seven drones"
        code = _subject_code(doc, index, whole.left_edge.i, whole.left_edge.i, whole, category)
        if code:
            return code
    if category in ("killed", "injured", "sites_struck"):
        # the place of the counted event in its own sentence, else in the sentence just
        # before it in the same paragraph ("India struck six locations across Pakistan.
        # At least 31 civilians were killed.")
        for sent in (noun.sent, _previous_in_paragraph(noun.sent)):
            if sent is None:
                break
            best: tuple[int, str] | None = None
            for tok in sent:
                if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "inside") and tok.ent_type_ in ("GPE", "LOC", "FAC", ""):
                    code = _code_of(index, tok, place=True)
                    if code:
                        dist = abs(tok.i - noun.i)
                        if best is None or dist < best[0]:
                            best = (dist, code)
            if best:
                return best[1]
    return None


def _previous_in_paragraph(sent: Span) -> Span | None:
    """The sentence before ``sent`` when no line break separates them, else None."""
    if sent.start == 0:
        return None
    prev_tok = sent.doc[sent.start - 1]
    if "\n" in prev_tok.text or "\n" in prev_tok.whitespace_:
        return None
    prev = prev_tok.sent
    return None if prev.start == sent.start else prev


def _whole_of(noun: Token) -> Token | None:
    """The coordinated or including noun a count shares its owner with, if any."""
    if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lemma_.lower() in TRANSPARENT and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    return None


def _code_of(index: ActorIndex, item: Span | Token, place: bool) -> str | None:
    try:
        if place:
            span = item if isinstance(item, Span) else item.doc[item.left_edge.i : item.i + 1]
            found = index.place_for(span)
            if found and found[1]:
                return found[1]
        actor = index.actor_for(item)
    except Exception:  # the resolver failing must not cost the claim
        return None
    if actor is not None and actor.kind in ("state", "organization", "group") and actor.code:
        return actor.code
    return None


def _date(sent: Span, article: Article) -> str | None:
    """The day the count refers to, from a date phrase in its sentence."""
    try:
        from crisislens.extract.dates import resolve_date
    except ImportError:
        return None
    try:
        res = resolve_date(sent, article.published)
    except Exception:  # a date parser bug must not cost the claim
        return None
    return res.start if res else None
