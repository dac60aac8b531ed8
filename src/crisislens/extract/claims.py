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

import dataclasses
import logging
import re

from spacy.tokens import Doc, Span, Token

from crisislens.actors.index import ActorIndex
from crisislens.extract.claims_gapping import gapped_antecedent
from crisislens.extract.claims_lexicon import (
    context_heads,
    lexicon,
    outcome_heads,
    outcome_in,
    pattern_thing,
    phrase_things,
)
from crisislens.extract.claims_numbers import (
    NumberReading,
    is_number_word,
    number_words,
    qualifiers,
    read_number,
    vague_of_scale,
)
from crisislens.extract.claims_phrases import read_sentence
from crisislens.extract.claims_places import place_heads, read_place, state_of_place
from crisislens.extract.claims_subject import body_member_code, custody_place_code, figure_side
from crisislens.extract.claims_voice import (
    across_semicolon,
    fronted_content,
    reporting_voice,
    set_off,
    speaker_of,
    under_final_report,
)
from crisislens.extract.common import evidence
from crisislens.extract.quotes_lexicon import cue_noun, speech_verb
from crisislens.extract.quotes_speaker import Speaker, resolve
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
OUTCOMES = ("killed", "injured", "detained", "displaced", "expelled")
# Outcomes recorded under another claim category: an expulsion of diplomats or staff
# (CAMEO 1663 "expel or withdraw diplomats") has no category of its own, so it is "other".
OUTCOME_CATEGORY = {"expelled": "other"}
# Prepositions whose object can name the state a count is in ("in hospital", "to shelters").
STATE_PREPS = {"in", "for", "to", "into", "at"}
STATE_OUTCOMES = ("injured", "displaced")
# Prepositions of the place left behind ("moved from border villages"): read only as a pair
# of a verb of movement and a home noun (claim_categories.tsv), never one word alone
# ("released from hospital" counts no injured).
ORIGIN_PREPS = {"from"}
# Casualty words that count people or things alike: a bare number they govern is unread.
AMBIGUOUS_LOSS = {"lose"}
# Phrasal-verb particles the parser sometimes tags as adverbs ("shot down 14 drones").
PARTICLES = {"down", "up", "off", "out"}
# Verbs that only link a part to its whole ("including three Rafale aircraft").
TRANSPARENT = {"include", "comprise", "involve"}
PLACE_PREPS = {"in", "across", "inside", "from", "at", "on"}
# Counts of people or places hit: whose they are follows from where it happened.
CASUALTY_LIKE = ("killed", "injured", "sites_struck", "displaced")
# Punctuation that ends a dateline ("ISLAMABAD:", "MUZAFFARABAD, May 7 -", "LAHORE (Reuters) -").
DATELINE_ENDS = {":", ",", "-", "–", "—", "("}
# What closes a dateline ("MUZAFFARABAD, May 7 (AFP) -", "New Delhi, May 1:"), within this many tokens.
DATELINE_CLOSERS = {":", "-", "–", "—", "--"}
DATELINE_SPAN = 10
# Prepositions that place the counted event ("killed in Kotli", "strikes on Muridke").
EVENT_PLACE_PREPS = {"in", "across", "inside", "at", "on", "near"}


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
        except (ValueError, IndexError) as exc:  # an unreadable figure or a span at the text's edge
            log.warning("%s: claim extraction skipped a number (%s)", article.doc_name, exc)
            claim = None
        if claim is not None:
            claims.extend(_per_place(claim, doc[group[0]]))
    _headline_note(article, claims)
    return _without_restated_headline(article, claims)


def _per_place(claim: Claim, num: Token) -> list[Claim]:
    """ "one each in Uvira, Baraka and Fizi": a distributive "each" gives the number to every
    place of the list, so the sentence states one count per place (three counts of one),
    each its own claim."""
    places = _distributive_places(num)
    if len(places) < 2:
        return [claim]
    return [dataclasses.replace(claim, id=stable_id(claim.id, "each", p.i)) for p in places]


def _distributive_places(num: Token) -> list[Token]:
    """The places of "N each in A, B and C": the coordinated objects of the place preposition
    on the distributive "each" that follows the number (or on the number itself)."""
    doc = num.doc
    if num.i + 1 >= len(doc) or doc[num.i + 1].lower_ != "each":
        return []
    each = doc[num.i + 1]
    for prep in (c for tok in (each, num) for c in tok.children if c.dep_ == "prep" and c.lower_ in EVENT_PLACE_PREPS):
        first = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if first is not None:
            return [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
    return []


def _without_restated_headline(article: Article, claims: list[Claim]) -> list[Claim]:
    """A count in the headline that the body states again (same figure, same category) is
    one claim, recorded once from the body, where its sentence names who claims it: the
    headline "two servicemen martyred" over "Two ... servicemen were martyred ..., the
    ministry said" is not a second source of the same article."""
    title = " ".join((article.title or "").split())
    if not title:
        return claims
    in_title = [c for c in claims if " ".join((c.sentence or "").split()) in title]
    body = {(c.value, c.category) for c in claims if c not in in_title}
    values = {c.value for c in claims if c not in in_title}
    # a title-case headline defeats the tagger ("Lost One Aircraft" reads as a name), so a
    # headline count left as "other" that the body states is the body's count too
    return [
        c for c in claims
        if c not in in_title or ((c.value, c.category) not in body and not (c.category == "other" and c.value in values))
    ]


_TITLE_WORD = re.compile(r"[\w'-]+")


def _headline_note(article: Article, claims: list[Claim]) -> None:
    """A count that only the headline states ("26 killed in Pahalgam attack" over a text
    that never gives the figure) is not recorded, because a headline has no claimant or
    sentence to check; the article says so in a note instead of silently dropping it."""
    title = article.title or ""
    if not title or title.strip() in (article.clean_text or "")[: len(title) + 200]:
        return  # no headline, or the headline is the text's first line (already read)
    words = [w.lower() for w in _TITLE_WORD.findall(title)]
    if not context_heads() & set(words):
        return
    values = {c.value for c in claims}
    for w in words:
        value = read_number(w).value if (w.isdigit() or is_number_word(w)) else None
        if value is not None and value not in values and value < MAX_COUNT_IN_TITLE:
            _note(article, f"the headline gives a count ({w}) that the text does not state; not recorded")
            return


MAX_COUNT_IN_TITLE = 1e7  # a larger "count" in a headline is a year, a sum of money or a code


# --- finding numbers ------------------------------------------------------------------------


def _starts_number(tok: Token) -> bool:
    if tok.like_num and any(c.isdigit() for c in tok.text):
        return True
    return is_number_word(tok.lower_) or _zero(tok) or _a_single(tok) or _a_person(tok)


# Auxiliaries that make a clause hypothetical or generic, not a report of what happened.
MODALS = {"would", "could", "may", "might", "should", "must", "can", "will", "shall"}
# Subordinators of a clause that states no fact ("if a soldier is killed").
NONFACTUAL_MARKS = {"if", "unless", "whether", "lest"}
# Outcomes an indefinite singular person can be reported with.
SINGULAR_OUTCOMES = ("killed", "injured", "detained")


def _a_person(tok: Token) -> bool:
    """ "A Ukrainian soldier was killed": the indefinite article on a singular person noun
    that is the subject of a casualty verb counts one, as English uses it to introduce one
    new referent. Only in a report of a past fact: not with a negation, a modal or a
    conditional ("a soldier could be killed", "if a soldier is killed"), nor in the generic
    present ("a soldier is killed every day"), nor where the noun only heads a relative
    clause ("a soldier who was killed" is counted by its own clause's verb, if at all)."""
    noun = tok.head
    if tok.lower_ not in ("a", "an") or tok.dep_ != "det" or noun.tag_ not in ("NN", "NNP"):
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("not", "nor", "never"):
        return False  # "not a single soldier was killed" counts none
    # the subject of a passive or intransitive outcome, or the object of a transitive one
    # ("a sniper killed a soldier"): the one it befalls, either way
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or not _person_word(noun) or _many_in_one(noun):
        return False
    if noun.dep_ == "nsubj" and _transitive(noun.head):
        return False  # "a soldier killed two civilians": the agent, not a casualty
    verb = noun.head
    if verb.pos_ != "VERB" or not any(outcome_in({verb.lemma_.lower()}, o) for o in SINGULAR_OUTCOMES):
        return False
    return _past_fact(verb)


def _many_in_one(noun: Token) -> bool:
    """The subject is more than the one person its article introduces: coordinated ("a
    farmer and his son were killed") or sized by "of N" ("a family of five"), whose own
    number is counted, if at all, by itself."""
    if any(c.dep_ == "conj" for c in noun.children):
        return True
    sized = any(c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in noun.children)
    return sized and noun.lemma_.lower() not in lexicon().parents  # "a mother of three" is one


def _past_fact(verb: Token) -> bool:
    """The verb reports a past fact: past tense or a past/perfect auxiliary, no negation, no
    modal, and no conditional clause around it."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.lower_ in MODALS for c in aux):
        return False
    past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have") for c in aux)
    if not past:
        return False
    tok = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in NONFACTUAL_MARKS for c in tok.children):
            return False
        if tok.head is tok:
            break
        tok = tok.head
    return True


def _a_single(tok: Token) -> bool:
    """ "a single jet" counts one: the article with the emphatic "single" before a noun. Not
    after a negation ("not a single soldier", which counts none and is left unread)."""
    doc = tok.doc
    if tok.lower_ not in ("a", "an") or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "single":
        return False
    if doc[tok.i + 1].head.pos_ != "NOUN" or (tok.i > 0 and doc[tok.i - 1].lower_ in ("not", "nor")):
        return False
    return number_words().get("single", (0.0, ""))[1] == "emphatic"


def _zero(tok: Token) -> bool:
    """ "no Indian jets were lost", "no civilians were killed": the determiner "no" on a
    counted noun asserts a count of zero (a denial is a figure the other side's can contradict);
    so does "any" where the clause is negated or denied ("denied that any soldiers had been
    captured", "did not lose any jets"): English negative polarity."""
    if _zero_partitive(tok):
        return True
    if tok.dep_ != "det" or tok.head.pos_ != "NOUN":
        return False
    return tok.lower_ == "no" or (tok.lower_ == "any" and _negative_polarity(tok.head))


def _zero_partitive(tok: Token) -> bool:
    """ "none of its jets were lost", "denied that any of its aircraft had been shot down": the
    pronoun "none", or "any" under negative polarity, heading a partitive of a noun is a
    count of zero of that noun, as the determiner is."""
    if tok.lower_ not in ("none", "any") or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if tok.pos_ not in ("PRON", "NOUN", "DET") or _of_object(tok) is None:
        return False
    return tok.lower_ == "none" or _negative_polarity(tok)


def _negative_polarity(noun: Token) -> bool:
    """The clause of ``noun`` is negated, or is the content of a verb of denial."""
    verb = _verb_above(noun)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    # "denied that any soldiers were captured", "denied losing any aircraft" (a gerund object)
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in lexicon().denials


def _verb_above(tok: Token, pos: tuple[str, ...] = ("VERB", "AUX")) -> Token:
    """The nearest token of ``pos`` at or above ``tok``, climbing at most four heads; where
    none is met, the token the climb stopped at (callers check its part of speech)."""
    for _ in range(4):
        if tok.pos_ in pos or tok.head is tok:
            break
        tok = tok.head
    return tok


# "No military facilities were targeted" says which kind of site was not aimed at, a
# statement of restraint rather than a count an opponent's figure can contradict: a zero
# is a claim for people and aircraft lost, not for sites or damage.
UNCOUNTED_ZEROS = {"sites_struck", "other", "missiles"}
# An absence of reports is not a count: "no casualties were reported" says nothing yet.
NOT_YET = {"report", "confirm", "know", "immediately", "yet"}


def _number_group(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of a written number: "two dozen", "1.5 lakh", "5-6", "twenty - five",
    "hundreds of thousands"."""
    if _vague_of_scale(doc, i):
        return i, i + 3
    if _a_single(doc[i]):
        return i, i + 2
    if _a_person(doc[i]):
        return i, i + 1
    j = i + 1
    while j < len(doc):
        t = doc[j]
        if _starts_number(t) or (t.lower_ in ("dozen", "hundred", "thousand", "lakh", "crore", "million")):
            j += 1
            continue
        if (_range_link(doc, i, j) or _power_sign(doc, j)) and j + 1 < len(doc) and _starts_number(doc[j + 1]) \
                and doc[j + 1].like_num:
            j += 2
            continue
        break
    return i, j


def _power_sign(doc: Doc, j: int) -> bool:
    """ "10^12": a caret written between two numbers makes one number (a power), not two."""
    return doc[j].text == "^" and not doc[j - 1].whitespace_ and not doc[j].whitespace_


def _range_link(doc: Doc, i: int, j: int) -> bool:
    """The word at ``j`` joins two numbers into one range: "5-6", "five to seven", and the
    "and" of "between three and five" (the preposition "between" takes its two bounds
    coordinated, so the range is one count, not two)."""
    return doc[j].text in ("-", "–", "to") or (doc[j].lower_ == "and" and _between(doc, i))


def _between(doc: Doc, start: int) -> bool:
    """The number at ``start`` is the first bound of "between X and Y"."""
    return start > 0 and doc[start - 1].lower_ == "between"


def _vague_of_scale(doc: Doc, i: int) -> bool:
    """ "hundreds of thousands", "tens of millions": one vague count, not two."""
    return i + 2 < len(doc) and vague_of_scale([t.text for t in doc[i : i + 3]]) is not None


def _negative(doc: Doc, start: int) -> bool:
    """A minus sign glued to the number and standing free before it ("-5 people")."""
    if doc[start].text[:1] in ("-", "−") and doc[start].text[1:2].isdigit():
        return True  # tokenized as one token, "-5"
    if start == 0 or doc[start - 1].text not in ("-", "−") or doc[start - 1].whitespace_:
        return False
    return start == 1 or bool(doc[start - 2].whitespace_) or not doc[start - 2].text[-1:].isalnum()


def _note(article: Article, message: str) -> None:
    log.warning(message)
    if message not in article.notes:
        article.notes.append(message)


def _excluded(doc: Doc, start: int, end: int) -> bool:
    """Dates, times, measures, parts of names (JF-17) and composite modifiers (four-country)."""
    toks = doc[start:end]
    if any(t.ent_type_ in EXCLUDED_ENTS for t in toks) and not (
        _toll_figure(doc, start, end) or _numbers_a_noun(doc, start, end)
    ):
        return True
    around = doc[max(start - 1, 0) : min(end + 1, len(doc))]
    if any(_currency_mark(t) for t in around):
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
    if _year(first) and (len(toks) == 1 or _year(last)):
        return True  # a year, or a span of years ("between 2019 and 2021", "2014-2016")
    if _children_of_a_parent(last):
        return True
    # "one of the ...": a pronoun, not a count; "only one of its drones": a qualifier makes it one
    return (
        first.lower_ == "one" and end - start == 1 and first.dep_ != "nummod"
        and _qualifier(doc, start)[0] is None and not _one_of_counted(first)
        and _apposed_thing(first) is None and _prior_counted(first) is None and _shared_object(first) is None
        and not _distributive_places(first)
    )


def _currency_mark(tok: Token) -> bool:
    """A currency word or sign, alone ("Rs", "$") or written onto its amount ("Rs1", "$5",
    "PKR500", as the tokenizer keeps them): a sum of money is never a count of people."""
    word = tok.lower_
    if word in CURRENCY:
        return True
    prefix = word.rstrip("0123456789.,")
    return prefix != word and prefix in CURRENCY


# Words a number span may hold that are no date words ("between 30 and 40", "5-6").
RANGE_WORDS = {"between", "and", "to", "-", "–"}


def _numbers_a_noun(doc: Doc, start: int, end: int) -> bool:
    """The tagger took a count for a date ("Between 30 and 40 fighters died" as DATE) though
    it modifies a plural noun that is no unit of time or measure: a number that counts a
    noun counts things, and the span holds no month, day or year word."""
    mod = next((t for t in doc[start:end] if t.dep_ == "nummod" and not start <= t.head.i < end), None)
    noun = mod.head if mod is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lower_ in UNIT_WORDS:
        return False
    span = doc[start - 1 : end] if _between(doc, start) else doc[start:end]
    return all(t.like_num or t.lower_ in RANGE_WORDS or is_number_word(t.lower_) for t in span)


def _children_of_a_parent(tok: Token) -> bool:
    """ "A mother of three was killed": the number after "of" under a parent noun says how
    many children she had; the sentence counts one victim, not three."""
    prep = tok.head
    return (
        tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head is not prep
        and prep.head.lemma_.lower() in lexicon().parents
    )


def _year(tok: Token) -> bool:
    """A four-digit number in the range of calendar years a news text names."""
    return tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100


def _one_of_counted(one: Token) -> bool:
    """ "one of its constables was killed", "one of our drones was shot down": the pronoun
    "one" with a partitive "of" names a single member of a counted group when it is itself
    the subject or object of the verb that says what happened (its own verb, not a copula:
    "one of the soldiers killed was a captain" only describes one of a toll)."""
    verb = one.head
    if one.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ != "VERB":
        return False
    of = _of_object(one)
    if of is None or not (of.tag_ in ("NNS", "NNPS") or _partitive_group(of)):
        return False
    words = {verb.lemma_.lower(), verb.lower_} | {c.lemma_.lower() for c in verb.children if _particle(c)}
    return _decides(words)


def _partitive_group(noun: Token) -> bool:
    """ "one of its aircraft", "one of our personnel": after "one of", a noun with a
    possessive or definite determiner names the group one member is taken from, so it is
    plural by the grammar of the partitive (Quirk et al. 5.25, "one of" + definite plural)
    even where the tagger calls a zero plural ("aircraft", "personnel") singular."""
    return noun.tag_ == "NN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those")) for c in noun.children
    )


# Pronouns a partitive sub-count points back with ("five of them children", "two of whom").
ANAPHORIC_PARTITIVES = {"them", "whom", "those", "these"}
def _sub_count(doc: Doc, start: int, end: int) -> bool:
    """A count that only explains another count is no claim of its own: the parenthetical
    partitive set off by a comma ("12 people were killed, five of them children": an
    absolute phrase, its pronoun pointing back to a group already counted, with no verb of
    its own). A count with its own verb stays a claim, even where it explains a toll ("the
    toll rose to five after two injured children died" asserts two deaths). Nor does a
    partitive of a toll that only says what its members were ("two of the soldiers killed
    were officers": a copula with a noun predicate)."""
    return (
        _parenthetical_partitive(doc, start, end) or _composition_of_toll(doc[end - 1])
        or _inside_counted_description(doc[end - 1])
    )


def _inside_counted_description(num: Token) -> bool:
    """ "Five members of one family died", "three of the 12 soldiers were killed": a number in
    the "of" phrase of a counted noun or of a partitive number says which group the members
    come from; the outer number is the count (neither "one family" nor "the 12" died).""" 
    noun = num.head
    if num.dep_ != "nummod" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    outer = noun.head.head
    if outer.like_num or is_number_word(outer.lower_):
        return True  # "three of the 12 soldiers were killed": the whole of a partitive is not killed
    return outer.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.i != num.i for c in outer.children)


def _composition_of_toll(num: Token) -> bool:
    """ "Two of the soldiers killed were officers", "three of the dead were children": the
    partitive is the subject of "be" whose predicate is a noun, not an outcome, so it
    describes part of a group counted elsewhere rather than counting anyone."""
    verb = num.head
    if num.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    if _of_object(num) is None and not _of_pronoun(num) and _fronted_partitive(num) is None:
        return False
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    return attr is not None and attr.pos_ in ("NOUN", "PROPN") and not _decides({attr.lemma_.lower(), attr.lower_})


def _parenthetical_partitive(doc: Doc, start: int, end: int) -> bool:
    if start == 0 or doc[start - 1].text != "," or end + 1 >= len(doc):
        return False
    if doc[end].lower_ != "of" or doc[end + 1].lower_ not in ANAPHORIC_PARTITIVES:
        return False
    after = doc[end + 2] if end + 2 < len(doc) else None
    # "two of them died" is a clause; "eight of them critically" an elliptic one, the
    # outcome left out and its degree said, and "nine of them in Kherson" one with its place
    # said: a count of its own in the toll's category
    placed = after is not None and after.pos_ == "ADP" and after.lower_ in EVENT_PLACE_PREPS
    return after is None or (after.pos_ not in ("VERB", "AUX", "ADV") and not placed)


def _toll_figure(doc: Doc, start: int, end: int) -> bool:
    """A lone number the tagger took for a date but that is the figure a toll is put at or
    rises to ("put the death toll at 40", "the toll rose to 40"): the object of "at"/"to"
    whose verb's subject or object is a toll or tally noun, and no date word beside it."""
    tok = doc[end - 1]
    if end - start != 1 or tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "to"):
        return False
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and (ent.start, ent.end) != (start, end):
        return False  # "May 7", "at 7 pm": the date is more than the number
    verb = tok.head.head
    lex = lexicon()
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in lex.tallies | lex.figures
        for c in verb.children
    )


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
    tok = doc[end - 1]
    if end - start == 1 and (_zero(tok) or _a_person(tok)):
        return _of_object(tok) if _zero_partitive(tok) else tok.head
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
    # "dozens of civilians", "57 others", "five more of its sons", "Of the 15 injured, nine ...",
    # "five of the dead were from A and two from B"
    partitive = _of_object(tok) or _more_of(tok) or _fronted_partitive(tok) or _gapped_partitive(tok) \
        or _gapped_remnant(tok)
    if partitive is not None:
        return partitive
    whole = _included_whole(tok) or _apposed_thing(tok) or _gapped(tok)
    if whole is not None:
        return whole
    if tok.pos_ == "NOUN" and not tok.like_num and not is_number_word(tok.lower_):
        return tok
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "conj", "pobj", "appos", "attr", "oprd"):
        # "killed 12 people and injured 38", "the toll rose to 31": the number stands alone,
        # unless a tally names what it counts ("the number of soldiers killed rose to seven")
        return _tallied_noun(tok) or tok
    return None


def _fronted_partitive(num: Token) -> Token | None:
    """ "Of the 15 injured, nine were from Mendhar": a partitive "of" phrase fronted before the
    number's clause says what the number counts, wherever the parser hung it (on the number
    or on its verb). Its object: the group's noun or its number ("the 15 injured")."""
    verb = num.head
    if num.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or not _bare_number(num):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < num.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.pos_ in ("NOUN", "NUM") else None


def _gapped_partitive(num: Token) -> Token | None:
    """ "Five of the dead were from Nakyal and two from villages near Khuiratta": a bare number
    coordinated with the place phrase of a counted subject's clause leaves out the rest of the
    clause (gapping); it counts what the subject counts."""
    prep = num.head
    if num.dep_ != "conj" or prep.dep_ != "prep" or not _bare_number(num):
        return None
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i), None)
    if subj is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if _bare_number(subj):
        return _of_object(subj)
    return subj if subj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in subj.children) else None


def _gapped_remnant(num: Token) -> Token | None:
    """ "Five people were killed at the mosque in Sanaa, three in Saada": after a comma, a bare
    number with a place phrase of its own and no verb is the remnant of a gapped clause
    (English gapping leaves the number and the phrase that differs: "[people were killed]
    three in Saada"), which the parser hangs on the first clause's verb; it counts what that
    verb's counted subject counts. Not a number that counts a noun of its own ("three days")."""
    verb = num.head
    if num.dep_ != "npadvmod" or verb.pos_ != "VERB" or num.i < verb.i or not _bare_number(num):
        return None
    if not any(c.dep_ == "prep" for c in num.children) or num.doc[num.i - 1].text != ",":
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None or subj.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in subj.children):
        return None
    return subj


def _bare_number(tok: Token) -> bool:
    return tok.like_num or is_number_word(tok.lower_)


def _gapped(tok: Token) -> Token | None:
    """ "Kyiv said 20 soldiers were killed; Moscow said three" [soldiers were killed]: the
    counted noun of the report a bare said number stands for (claims_gapping)."""
    if not (tok.like_num or is_number_word(tok.lower_)):
        return None
    return gapped_antecedent(tok, _counted_report)


def _counted_report(noun: Token) -> bool:
    """A noun a number counts, known as people or a thing, whose words say what befell it:
    what a gapped report ("Moscow said three") can stand for."""
    if not any(c.dep_ == "nummod" for c in noun.children):
        return False
    if _thing_of(noun) is None and not _person_word(noun):
        return False
    return _decides(_context(noun)[0])


def _included_whole(num: Token) -> Token | None:
    """ "struck five locations, including two in Kharkiv": a bare number after "including"
    leaves out the noun of the count it is part of (English noun ellipsis after a numeral),
    so it counts that noun, in the same category: a sub-count is a claim of its own. Only
    where the whole is itself counted by a number, so that "including two" under an
    uncounted noun ("strikes, including two") is not read."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lemma_.lower() not in TRANSPARENT or prep.dep_ != "prep":
        return None
    whole = prep.head
    if whole.pos_ != "NOUN" or not any(c.dep_ == "nummod" and c.like_num for c in whole.children):
        return None
    return whole


def _apposed_thing(num: Token) -> Token | None:
    """ "acknowledged losing one, a Russian-made Su-30MKI": an apposition on a bare number
    names the thing it counts (the appositive noun phrase restates its head), when the
    lexicon knows the noun as a thing or the word is a designation."""
    return next(
        (c for c in num.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
         and (_thing_of(c) is not None or pattern_thing(c.text))),
        None,
    )


def _tallied_noun(num: Token) -> Token | None:
    """What a bare number counts when it is the figure a tally reaches: in "the number of
    Armenian soldiers killed rose to seven" the verb's subject is a tally noun ("number",
    "tally", "total"), and its "of" object, with its own participle and demonym, is what
    the seven are."""
    verb = num.head.head if num.dep_ == "pobj" and num.head.dep_ == "prep" else num.head
    if verb.pos_ not in ("VERB", "AUX") or num.dep_ not in ("pobj", "attr", "dobj"):
        return None
    tally = _misattached_tally(verb)
    if tally is not None:
        return _of_object(tally)
    tallies = lexicon().tallies
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subj is None or subj.lemma_.lower() not in tallies) and num.dep_ == "pobj" and num.head.lower_ == "to":
        # "taking/bringing the number of civilians killed to 12": a causative of "rise" takes
        # the tally as its object, and "to N" is the figure that object reaches
        subj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or subj.lemma_.lower() not in tallies:
        return None
    return _of_object(subj)


def _misattached_tally(verb: Token) -> Token | None:
    """ "put the number of soldiers killed at 20": the parser hangs "at 20" on the tally's own
    participle ("killed"), which modifies the tally noun; the figure is the tally's."""
    if verb.dep_ != "acl":
        return None
    tally = verb.head
    if tally.dep_ == "pobj" and tally.head.lower_ == "of":
        tally = tally.head.head  # the participle on the tally's "of" object ("soldiers killed")
    if tally.lemma_.lower() in lexicon().tallies and tally.head.pos_ == "VERB":
        return tally
    return None


def _more_of(num: Token) -> Token | None:
    """ "lost five more of its sons": "more" heads the partitive the number sizes (the parser
    tags it an adjective), so its "of" object is what is counted."""
    more = num.head
    if num.dep_ not in ("nummod", "npadvmod", "amod") or more.lower_ != "more" or more.pos_ != "ADJ":
        return None
    for child in more.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
    return None


def _of_object(tok: Token) -> Token | None:
    """The noun of a partitive "of" after a number-like head ("dozens of civilians"), or an
    adjective used as the noun of an outcome ("the number of dead", "five of the injured":
    English makes "the dead", "the wounded" plural nouns of people)."""
    if tok.pos_ not in ("NOUN", "NUM", "PRON"):
        return None
    nouns = lexicon().outcome_nouns
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (pobj.pos_ in ("NOUN", "PROPN") or pobj.lower_ in nouns):
                    return pobj
    return None


def _context(noun: Token) -> tuple[set[str], list[Token]]:
    """Lemmas around the counted noun: its participles and the verbs it hangs from."""
    lemmas, chain = _own_words(noun)
    dying = _dying_verb(noun)
    if dying is not None and (_decides(lemmas) or dying is not noun.head):
        # "two women wounded in the shelling had died" were wounded before and are dead now:
        # the finite verb states the fact reported, the participle only an earlier state
        return lemmas | {dying.lemma_.lower()}, [*chain, dying]
    if _decides(lemmas):
        return lemmas, chain  # "43 injured": the count's own participle says what happened
    bare = noun.like_num or is_number_word(noun.lower_)
    tok = noun
    for _ in range(6):
        if (tok.dep_ not in CLIMB_DEPS and not _earlier_figure(tok) and not _elliptic_degree(tok)) or tok.head is tok:
            break
        prev, tok = tok, (_reported_figure_clause(tok.head) if _earlier_figure(tok) else tok.head)
        chain.append(tok)
        lemmas |= _head_words(tok, prev)
        state = _state_objects(tok) if not _decides(lemmas) else set()
        if state:
            # the nearest verb with a care or refuge object says what happened: in "said the
            # injured were stable and that 2,000 residents had been moved to safer places" the
            # second clause's own verb, before the climb reaches the first clause's objects
            lemmas |= state
            break
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in TRANSPARENT:
            for c in tok.children:
                resultative = c.dep_ == "advmod" and c.pos_ == "ADJ"  # "shot dead three protesters"
                if _particle(c) or resultative or c.dep_ in ("dobj", "xcomp", "oprd") or (bare and c.dep_ == "nsubj") \
                        or _toll_subject(c):
                    # "shot down", "claimed lives", "the toll rose to"; the verb an object is
                    # made to do ("ordered two diplomats to leave", "forced 300 residents to flee")
                    lemmas.add(c.lemma_.lower())
                    lemmas |= _object_adjectives(c)
            if tok.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or _decides(lemmas):
                break  # the nearest verb that says what happened wins ("57 others were injured")
    return lemmas, chain


# The detention lemma a verb of custody with its patient stands for ("were held" = "were detained").
CUSTODY_LEMMA = "detain"
# Dependents that make a verb of custody a verb of judgement ("were held responsible").
CUSTODY_PREDICATES = {"oprd", "acomp", "xcomp", "ccomp", "attr"}


def _head_words(head: Token, below: Token) -> set[str]:
    """The words a head the climb reaches adds to a count's context: its lemma and form, and
    the detention lemma where it is a verb of custody over the count ("were held")."""
    words = {head.lemma_.lower(), head.lower_}
    return words | {CUSTODY_LEMMA} if _custody(head, below) else words


def _custody(verb: Token, below: Token) -> bool:
    """ "Three suspects were held in Kharkiv": a verb of custody (``custody`` in
    claim_categories.tsv) says detention of its passive subject only; active, it says
    something else of its agent ("500 protesters held a rally") and of its object ("the camp
    held 4,000 people": contained), and with a predicate it judges ("were held responsible")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().custody:
        return False
    return below.dep_ == "nsubjpass" and not any(c.dep_ in CUSTODY_PREDICATES for c in verb.children)


def _toll_subject(child: Token) -> bool:
    """ "The toll remained at four civilians": a toll as the subject of the verb the counted
    noun hangs from says the count is of the dead, as it does for a bare number."""
    return child.dep_ == "nsubj" and child.lemma_.lower() == "toll"


def _own_words(noun: Token) -> tuple[set[str], list[Token]]:
    """What the counted phrase itself says happened: its own participles, else the group of
    casualties it is said to be among."""
    lemmas, chain = _own_participles(noun)
    if _decides(lemmas):
        return lemmas, chain
    among, group = _among_group(noun)
    if not _decides(among):
        among, group = _among_them(noun)
    return lemmas | among, [*chain, *group]


def _among_them(noun: Token) -> tuple[set[str], list[Token]]:
    """ "the dead were civilians, among them four children": a count "among them" is part of
    the group the pronoun points back to, so it takes that group's category: the nearest
    casualty noun before it in the sentence ("the dead", "the injured") or counted noun whose
    own words say what happened ("12 people killed ..., among them three children")."""
    among = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is None or not any(o.lower_ in ANAPHORIC_PARTITIVES for o in among.children):
        return set(), []
    outcome_nouns = lexicon().outcome_nouns
    for tok in reversed(noun.doc[noun.sent.start : among.i]):
        if tok.lemma_.lower() in outcome_nouns or tok.lower_ in outcome_nouns:
            return {tok.lower_, tok.lemma_.lower()}, [tok]
        if tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in tok.children):
            lemmas, chain = _own_participles(tok)
            if _decides(lemmas):
                return lemmas, chain
    return set(), []


def _among_group(noun: Token) -> tuple[set[str], list[Token]]:
    """ "Four children and three women were among the dead": a subject that "be among" a
    group of casualties is part of it, so each coordinated count takes the category the
    "among" object names ("the dead", "the injured", "those killed": the noun and its own
    participles). The lemmas of that object and the tokens read."""
    first = noun
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # the coordinated subjects hang from the first conjunct
    verb = first.head
    if first.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return set(), []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            lemmas, chain = _own_participles(obj)
            return lemmas | {obj.lemma_.lower(), obj.lower_}, [obj, *chain]
    return set(), []


def _dying_verb(noun: Token) -> Token | None:
    """The verb of dying the counted noun is the subject of, also where the parser reads a
    reduced relative ("two women wounded in the shelling had died") as a clausal subject
    whose own subject is the noun."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBN" and verb.dep_ == "csubj":
        verb = verb.head
    return verb if verb.pos_ == "VERB" and outcome_in({verb.lemma_.lower()}, "killed") else None


def _reported_figure_clause(verb: Token) -> Token:
    """Where an "up from N" on ``verb`` climbs to: "the toll rose to 14, the governor said, up
    from nine" has the earlier figure hung on the verb of saying, though it is the earlier
    value of the reported clause's figure, whose words say what it counts; else ``verb``."""
    if verb.pos_ != "VERB" or not speech_verb(verb.lemma_):
        return verb
    return next((c for c in verb.children if c.i < verb.i and (c.dep_ == "ccomp" or fronted_content(c, verb))), verb)


def _elliptic_degree(tok: Token) -> bool:
    """ "23 people were injured, eight of them critically": the adverb of degree stands for
    the left-out outcome ("eight of them [were injured] critically"), so the count it
    heads climbs to the verb the adverb modifies."""
    return tok.pos_ == "ADV" and tok.dep_ == "advmod" and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.like_num or is_number_word(c.lower_)) for c in tok.children
    )


def _earlier_figure(tok: Token) -> bool:
    """ "up from 25", "down from 40": the adverb that ties an earlier value to the figure of
    the clause it modifies ("put the toll at 40, up from 25"), so the 25 counts what the 40
    counts."""
    return tok.dep_ == "advmod" and tok.lower_ in ("up", "down") and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in tok.children
    )


def _own_participles(noun: Token) -> tuple[set[str], list[Token]]:
    """The lemmas (with their particles) of the participles and relative clauses on the
    counted noun, or on the tally it is the "of" object of, and those tokens."""
    lemmas: set[str] = set()
    chain: list[Token] = []
    for child in [*noun.children, *_tally_children(noun)]:
        # "oprd": the object predicate of "left seven dead and 20 wounded"
        if child.dep_ in ("acl", "relcl", "amod", "oprd") and child.pos_ in ("VERB", "ADJ"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in child.children if _particle(c))
            chain.append(child)
    return lemmas, chain


def _object_adjectives(obj: Token) -> set[str]:
    """The adjectives of a verb's object: an idiom may need them to say what happened ("made
    the supreme sacrifice" is to die; "made sacrifices" alone is not)."""
    if obj.dep_ != "dobj":
        return set()
    return {a.lemma_.lower() for a in obj.children if a.dep_ in ("amod", "compound")}  # tagger: "Supreme Sacrifice"


def _state_objects(verb: Token) -> set[str]:
    """The care or refuge a verb's prepositional object names, when the verb itself says
    nothing of what happened: "26 people were being treated for wounds", "remained in
    hospital" (injured), "were moved to temporary shelters" (displaced). Only words of the
    injured and displaced entries count, so that an object never makes a count of the dead
    or of detainees ("arrested for the killings"). Through the copula "be" only a patient's
    condition is read ("four were in critical condition"; not "five doctors were at the hospital")."""
    found: set[str] = set()
    if verb.pos_ != "VERB" and not _copula(verb):
        return found
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in STATE_PREPS | ORIGIN_PREPS:
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            lemma = obj.lemma_.lower()
            if prep.lower_ not in ORIGIN_PREPS and not _copula(verb) and any(outcome_in({lemma}, o) for o in STATE_OUTCOMES):
                found.add(lemma)
            condition = _patient_condition(obj)
            if prep.lower_ not in ORIGIN_PREPS and condition:
                found |= condition
            # a verb of movement with the refuge it goes to: "moved to relief camps", "moved
            # to safer places" (the pair, with the object's adjectives, is a displaced entry)
            pair = {verb.lemma_.lower(), lemma} | {c.lemma_.lower() for c in obj.children if c.dep_ == "amod"}
            if outcome_in(pair, "displaced"):
                found |= pair
    return found


def _copula(tok: Token) -> bool:
    """The copula "be" ("four were in critical condition"): it says the state its object
    names, and nothing of what happened, so only a patient's condition is read through it."""
    return tok.pos_ == "AUX" and tok.lemma_.lower() == "be" and tok.dep_ not in ("aux", "auxpass")


def _patient_condition(obj: Token) -> set[str]:
    """The words of a hospital condition report ("in critical condition", "in serious
    condition"), a condition noun with the grade its adjective gives, when they are an injured
    entry of claim_categories.tsv: said of the wounded, the count is of the injured even with
    its noun left out ("the injured were taken to hospital, where four were in critical
    condition"); the noun alone ("in good condition", "the condition of the road") is none."""
    words = {obj.lemma_.lower()} | {a.lemma_.lower() for a in obj.children if a.dep_ == "amod"}
    return words if len(words) > 1 and outcome_in(words, "injured") else set()


def _particle(tok: Token) -> bool:
    """The particle of a phrasal verb ("shot down", "brought down"), also where the parser
    reads it as an adverb of the verb (an English particle right after its verb or object)."""
    if tok.dep_ == "prt":
        return True
    return tok.dep_ == "advmod" and tok.lower_ in PARTICLES and tok.head.pos_ == "VERB"


def _tally_children(noun: Token) -> list[Token]:
    """The modifiers of the tally a counted noun is the "of" object of: the parser hangs the
    participle of "the number of soldiers killed" on "number" as often as on "soldiers"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in lexicon().tallies:
        return []
    return list(prep.head.children)


def _decides(lemmas: set[str]) -> bool:
    return any(outcome_in(lemmas, o) for o in (*OUTCOMES, "downed", "struck"))


def _category(noun: Token | None, lemmas: set[str]) -> tuple[str | None, str | None]:
    """(category, the context words that decided it) or (None, None) when not a claim."""
    if noun is None:
        return None, None
    if noun.like_num or is_number_word(noun.lower_):
        # a bare number counts people only when a casualty word governs it; "lose" does not
        # say whether people or things were lost ("it had lost only four": four drones, the
        # noun elided), so a bare number it governs is no count of the dead
        if "toll" in lemmas:
            return "killed", "toll"
        prior = _prior_counted(noun)
        if prior is not None:
            return _category(prior, _context(prior)[0])
        outcome = _outcome(lemmas)
        struck = not outcome[0] and outcome_in(lemmas, "struck") is not None
        if outcome[1] not in AMBIGUOUS_LOSS and (outcome[0] or not (outcome_in(lemmas, "downed") or struck)):
            return outcome
        # a bare number a loss or downing word governs ("lost only four", "the wreckage of all
        # twelve") counts the things of the noun it leaves out; one a strike word governs
        # ("six were hit") only where the text before counts a single noun
        antecedent = _shared_object(noun) or (_sole_antecedent(noun) if struck else _elided_antecedent(noun))
        return _category(antecedent, lemmas) if antecedent is not None else (None, None)
    outcome_noun = _outcome_noun(noun, lemmas)
    if outcome_noun is not None:
        return outcome_noun
    thing = _thing_of(noun)
    person = _person_word(noun) or _demonym_people(noun) or (thing is None and _animate_patient(noun))
    if thing is None and pattern_thing(noun.text):
        # a designation ("F-16s") is a thing only where something downs or loses it: the
        # pattern also fits codes that are no aircraft ("G-20"), which no downing verb governs
        word = outcome_in(lemmas, "downed")
        return (pattern_thing(noun.text), word) if word else (None, None)
    if thing is not None and not (person and _outcome(lemmas)[0]):
        return _thing_category(thing, lemmas)
    # a noun both a person and a thing ("fighters") is a person when a casualty verb counts it:
    # "40 fighters were killed" (people), "five fighters were shot down" (aircraft)
    outcome = _outcome(lemmas) if person else (None, None)
    if outcome[0] == "displaced" and _soldiers(noun):
        return None, None  # troops moved to safety or sheltering are redeployed, not displaced
    return outcome


def _outcome_noun(noun: Token, lemmas: set[str]) -> tuple[str | None, str | None] | None:
    """The category a noun of an outcome gives ("fatalities", "deaths"); an adjective or
    participle used as one ("the number of injured stood at 19") gives it unless a verb says
    what befell them since ("two of the wounded died"). None for any other noun."""
    nouns = lexicon().outcome_nouns
    if noun.lemma_.lower() in nouns:
        return nouns[noun.lemma_.lower()], None
    if noun.lower_ in nouns and noun.pos_ in ("ADJ", "VERB"):
        outcome = _outcome(lemmas)
        return outcome if outcome[0] else (nouns[noun.lower_], None)
    return None


# Outcomes whose verbs take only living beings as the ones they befall (kill, die, wound).
ANIMATE_OUTCOMES = ("killed", "injured")


def _animate_patient(noun: Token) -> bool:
    """A plural noun the person lexicon lacks ("45 patients were killed", "twelve miners
    died", "killed 17 worshippers") counts people when a verb of killing or wounding befalls
    it: English gives those verbs a living patient, so the grammar says what the list cannot
    (a semantic class, not an entry per noun). The patient only: the passive subject, the
    object, the subject of an intransitive "die", or the noun a participle of the verb
    modifies; not the subject of a transitive verb ("three attacks killed 20"), and not
    living beings that are no people (``nonpersons``: "40 cattle")."""
    # a plural, or a noun a number counts ("11 khwarij", which the tagger may call singular)
    counted = noun.tag_ == "NNS" or any(c.dep_ == "nummod" for c in noun.children)
    if noun.pos_ != "NOUN" or not counted or pattern_thing(noun.text):
        return False
    if noun.lemma_.lower() in lexicon().nonpersons or noun.lower_ in lexicon().nonpersons:
        return False
    verbs = [c for c in noun.children if c.dep_ in ("acl", "amod") and (c.tag_ == "VBN" or c.pos_ == "ADJ")]
    role = _partitive_number(noun) or noun  # "two of the attackers were killed": the number holds the role
    if role.dep_ in ("nsubjpass", "dobj") or (role.dep_ == "nsubj" and not _transitive(role.head)):
        verbs.append(role.head)
    return any(
        v.pos_ in ("VERB", "ADJ") and (
            any(outcome_in({v.lemma_.lower()}, o) for o in ANIMATE_OUTCOMES) or v.lemma_.lower() in lexicon().animate
        )
        for v in verbs
    )


def _partitive_number(noun: Token) -> Token | None:
    """The number of a partitive whose "of" object ``noun`` is ("two of the gunmen"): in
    English the partitive number heads the phrase, so it, not the noun, is the verb's
    subject or object."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
        return None
    num = prep.head
    return num if num.like_num or is_number_word(num.lower_) else None


def _transitive(verb: Token) -> bool:
    """The verb has an object: its subject is the agent ("shells killed 12"), not the patient."""
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _soldiers(noun: Token) -> bool:
    """A military person noun ("soldiers", "troops"): forces that move, shelter or leave their
    bases are no displaced population, which the IOM DTM and UNHCR count among civilians."""
    military = lexicon().military
    return noun.lemma_.lower() in military or noun.lower_ in military


def _person_word(noun: Token) -> bool:
    """The counted noun is a person noun of the lexicon. A capitalised force name ("Rangers",
    "Marines") is tagged a proper noun, which the lemmatizer leaves plural, so its singular
    is read by dropping the English plural "s"."""
    persons = lexicon().persons
    words = {noun.lemma_.lower(), noun.lower_}
    if noun.pos_ == "PROPN" and noun.lower_.endswith("s"):
        words.add(noun.lower_[:-1])
    return bool(words & persons)


def _demonym_people(noun: Token) -> bool:
    """A demonym used as a noun counts people ("two more Sudanese died", "five Ukrainians
    were wounded"): a nationality word heading the counted phrase, not modifying another."""
    return noun.ent_type_ == "NORP" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ not in ("amod", "compound")


def _prior_counted(num: Token) -> Token | None:
    """ "[Kyiv said it had downed several Russian jets.] The army has so far put the figure
    at four": a figure put at a bare number ("put the figure at N", a verb of estimate
    with "figure" as its object) counts what the previous sentence counts, the figure
    being of that fact. The last noun there that the lexicon knows as a thing or as people
    and whose own words say what happened to it (downed, killed, ...)."""
    if num.dep_ != "pobj" or num.head.lower_ != "at" or num.i == num.sent.start:
        return None
    verb, lex = num.head.head, lexicon()
    if verb.lemma_.lower() not in lex.estimates or not any(
        c.dep_ == "dobj" and c.lemma_.lower() == "figure" for c in verb.children
    ):
        return None
    sent = num.sent
    prev = num.doc[sent.start - 1].sent
    for tok in reversed(prev):
        if tok.pos_ != "NOUN" or not (_thing_of(tok) is not None or tok.lemma_.lower() in lex.persons):
            continue
        if _decides(_context(tok)[0]):
            return tok
    return None


def _elided_antecedent(num: Token) -> Token | None:
    """The noun a bare number leaves out, by English noun ellipsis after a numeral ("Russia
    said it had shot down 14 drones. Kyiv said it had lost only four" [drones]): the nearest
    counted noun before it, in its sentence or the one before, that the lexicon knows as a
    thing or as people. Read only where the number's verb does not say what it counts."""
    lex = lexicon()
    sent = num.sent
    prev = num.doc[sent.start - 1].sent if sent.start > 0 else sent
    # "engaged Indian aircraft ... and brought down four of them": the pronoun of a partitive
    # points back to a noun the text need not have counted
    pronoun = _of_pronoun(num)
    for tok in reversed(num.doc[prev.start : num.i]):
        if tok.pos_ != "NOUN" or not (pronoun or any(c.dep_ == "nummod" for c in tok.children)):
            continue
        lemma = tok.lemma_.lower()
        if _thing_of(tok) is not None or lemma in lex.persons or pattern_thing(tok.text):
            return tok
    return None


def _shared_object(num: Token) -> Token | None:
    """ "Kyiv says it lost one and shot down two Russian aircraft": a bare number object of a
    verb whose coordinated verb takes a counted object leaves that object's noun out (English
    right-node ellipsis: the noun of the last conjunct serves both numbers). Only one such
    conjunct, whose object a number counts."""
    verb = num.head
    if num.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    objects = [
        o for conj in verb.children if conj.dep_ == "conj" and conj.pos_ == "VERB"
        for o in conj.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nummod" for c in o.children)
    ]
    return objects[0] if len(objects) == 1 else None


def _sole_antecedent(num: Token) -> Token | None:
    """ "[Russian forces struck nine sites.] Russia says six were hit": the elided noun of a
    bare number, read only where its sentence before it and the sentence before hold exactly
    one counted noun (a conservative reading of noun ellipsis: with two, which is left out
    is a guess)."""
    sent = num.sent
    prev = num.doc[sent.start - 1].sent if sent.start > 0 else sent
    counted = [
        t for t in num.doc[prev.start : num.i]
        if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in t.children)
    ]
    return counted[0] if len(counted) == 1 else None


def _of_pronoun(num: Token) -> bool:
    """The number heads a partitive of an anaphoric pronoun ("four of them", "two of those")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ANAPHORIC_PARTITIVES for o in c.children)
        for c in num.children
    )


def _pronoun_partitive_owner(doc: Doc, index: ActorIndex, noun: Token) -> str | None:
    """ "brought down four of them": the members of the set the pronoun points back to are
    the owner's of that set ("Indian aircraft" -> IND)."""
    if not (noun.like_num or is_number_word(noun.lower_)) or not _of_pronoun(noun):
        return None
    antecedent = _elided_antecedent(noun)
    return _owner_code(doc, index, antecedent.left_edge.i, antecedent) if antecedent is not None else None


def _prior_owner(doc: Doc, index: ActorIndex, noun: Token) -> str | None:
    """ "[Kyiv said it had downed several Russian jets.] The army put the figure at four": the
    figure counts the previous sentence's things, so it has their owner."""
    if not (noun.like_num or is_number_word(noun.lower_)):
        return None
    prior = _prior_counted(noun)
    return _owner_code(doc, index, prior.left_edge.i, prior) if prior is not None else None


def _outcome(lemmas: set[str]) -> tuple[str | None, str | None]:
    for outcome in OUTCOMES:
        word = outcome_in(lemmas, outcome)
        if word:
            return OUTCOME_CATEGORY.get(outcome, outcome), word
    return None, None


def _thing_of(noun: Token) -> str | None:
    """The thing category of a counted noun or its compound ("Rafale jets", "fighter jets")."""
    things = lexicon().things
    lemma = noun.lemma_.lower()
    thing = next((things[h] for h in (lemma, noun.lower_) if h in things), None)
    if thing is None:
        heads = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        thing = next((things[h] for h in sorted(heads) if h in things and h != "fighter"), None)
    return thing or _phrase_thing(noun)


def _phrase_thing(noun: Token) -> str | None:
    """A thing the lexicon names in several words ("unmanned aerial vehicle"): the last word
    is the counted noun and every other word one of its modifiers."""
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    mods |= {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    lemma = noun.lemma_.lower()
    return next((thing for last, rest, thing in phrase_things() if last == lemma and rest <= mods), None)


def _thing_category(thing: str, lemmas: set[str]) -> tuple[str | None, str | None]:
    if thing in ("aircraft_downed", "drones_downed"):
        word = outcome_in(lemmas, "downed")
        if word == "down" and lemmas & lexicon().falls:
            # "one drone came down in a field": the particle of a verb of falling says the
            # craft fell, not that anyone brought it down; a fallen craft is no count at all
            word = outcome_in(lemmas - {"down"}, "downed")
            return (thing, word) if word else (None, None)
        claimed = sorted(lemmas & lexicon().claimed_downs)
        if not word and claimed:
            return thing, claimed[0]  # "Pakistan, which claims three Indian jets": a claimed kill
        return (thing, word) if word else ("other", None)
    if thing == "missiles":
        return "missiles", None
    if thing == "sites_struck":
        word = outcome_in(lemmas, "struck")
        return ("sites_struck", word) if word else (None, None)
    if thing == "other":  # buildings: a count of damage only where something struck or destroyed them
        word = outcome_in(lemmas, "struck") or outcome_in(lemmas, "downed")
        return ("other", word) if word else (None, None)
    return None, None


# --- the claim record ------------------------------------------------------------------------


def _claim_for(
    doc: Doc, article: Article, index: ActorIndex, quotes: list[Quote], group: tuple[int, int]
) -> Claim | None:
    start, end = group
    negative = _negative(doc, start)
    if negative and end < len(doc) and doc[end].pos_ == "NOUN" and doc[start].dep_ == "punct":
        _note(article, f"negative count '{doc[start:end + 1].text}'; no claim recorded")
        return None  # the parser took "-5" for punctuation: nothing else can be read from it
    if (_excluded(doc, start, end) and not negative) or _sub_count(doc, start, end):
        return None
    noun = _counted_noun(doc, start, end)
    lemmas, chain = _context(noun) if noun is not None else (set(), [])
    category, word = _category(noun, lemmas)
    if category is None or noun is None:
        return None
    if negative:
        _note(article, f"negative count '-{doc[start:end].text}' ({category}); no claim recorded")
        return None
    q_start, number_text, qualifier = _written(doc, start, end)
    if _zero(doc[start]) and (NOT_YET & lemmas or category in UNCOUNTED_ZEROS):
        return None
    reading = _reading(doc[start], number_text, qualifier)
    if reading.problem:
        _note(article, f"{reading.problem}; no claim recorded")
        return None
    hedge = _hedge(noun, chain)
    if reading.qualifier is None and hedge:
        reading.qualifier = hedge
    sent = doc[start].sent
    what = _what(doc, end, noun, word)
    o_start, _ = article.to_original(doc[q_start].idx, doc[end - 1].idx + len(doc[end - 1]))
    claimant, quote, owner = _voice(doc[start], article, index, quotes, o_start, hedge)
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
        subject_code=_whose(doc, index, (start, end), noun, category, _as_side(index, claimant, quote, owner)),
        claimant_actor_id=quote.speaker_actor_id if quote else (owner.actor.id if owner and owner.actor else None),
        claimant_name=claimant[0],
        claimant_code=claimant[1],
        quote_id=quote.id if quote else None,
        date=_date(sent, article),
        sent_start=s_start,
        sent_end=s_end,
        sentence=sentence,
    )


def _voice(
    num: Token, article: Article, index: ActorIndex, quotes: list[Quote], o_start: int, hedge: str | None
) -> tuple[tuple[str | None, str | None], Quote | None, Speaker | None]:
    """(claimant name and code, the quote that holds the count, the owner named instead of
    a quote): the quote's speaker, unless the possessor of an assertion, the subject of a
    verb of saying over a gerund, or the reporting clause (``claims_voice``) says who; the
    article's own outlet is no claimant ("according to an Al Jazeera tally" in Al Jazeera)."""
    claimant, quote = _claimant(num.doc, article, quotes, num, o_start, hedge)
    if _outlets_own(claimant[0], article):
        claimant, quote = (None, None), None
    owner = None if hedge else _assertion_owner(num, index)
    if owner is None and claimant[0] is None and not hedge:
        owner = _gerund_asserter(num, index) or reporting_voice(num, index, _zero(num))
    if owner is not None and _outlets_own(owner.name, article):
        owner = None
    if owner is not None:
        claimant, quote = (owner.name, owner.code), None
    return claimant, quote, owner


def _as_side(
    index: ActorIndex, claimant: tuple[str | None, str | None], quote: Quote | None, owner: Speaker | None
) -> tuple[str | None, str | None]:
    """The claimant as a party to the conflict: a news outlet ("a report by the Associated
    Press that 40 soldiers had been captured") reports others' losses, never its state's own,
    so its code says nothing of whose the count is."""
    actor = owner.actor if owner is not None else None
    if actor is None and quote is not None and quote.speaker_actor_id:
        actor = next((a for a in index.actors() if a.id == quote.speaker_actor_id), None)
    return (claimant[0], None) if actor is not None and actor.sector == "MED" else claimant


def _outlets_own(name: str | None, article: Article) -> bool:
    """The source named is the article's own outlet ("an Al Jazeera tally" in Al Jazeera),
    whose voice is recorded as no claimant."""
    outlet = " ".join((article.outlet or "").lower().split())
    return bool(outlet and name and re.search(rf"\b{re.escape(outlet)}\b", name.lower()))


def _written(doc: Doc, start: int, end: int) -> tuple[int, str, str | None]:
    """Where the written count starts (its qualifier included), the text to read, and the
    qualifier phrase: "between three and five" is read whole, as one range."""
    qualifier, q_start = _qualifier(doc, start)
    if _between(doc, start) and any(t.lower_ == "and" for t in doc[start:end]):
        return start - 1, doc[start - 1 : end].text, qualifier
    return q_start, doc[start:end].text, qualifier


def _reading(first: Token, number_text: str, qualifier: str | None) -> NumberReading:
    """The count a number group states; "no" is zero and the indefinite "a" of a counted
    person is one, words the number reader does not read as numbers."""
    if _zero(first):
        return NumberReading(0.0, 0.0, 0.0, None)
    if _a_person(first):
        return NumberReading(1.0, 1.0, 1.0, None)
    return read_number(number_text, qualifier)


def _whose(
    doc: Doc, index: ActorIndex, group: tuple[int, int], noun: Token, category: str,
    claimant: tuple[str | None, str | None],
) -> str | None:
    """The subject code: the counted phrase and its sentence first (``_subject_code``), then
    what the claimant's words bind to (their possessive or subject pronoun); never the
    attacker by default."""
    if category == "detained" and (held := custody_place_code(index, noun)):  # the state holding them
        return held
    side = next((found for tok in _with_wholes(noun) if (found := _side_phrase(tok) or figure_side(tok)) is not None), None)
    if side is not None:  # "killed on its side", "on the Pakistani side"; "on both sides": none
        return _side_code(index, side, claimant[1])
    subject = _subject_code(doc, index, group[0], group[1], noun, category, claimant[1])
    if subject:
        return subject
    losses = _put_losses(noun)  # "puts enemy losses at 40 soldiers": the losses name their side
    if losses is not None and any(c.dep_ in ("amod", "compound", "poss") for c in losses.children):
        return None
    for tok in _with_wholes(noun):  # "32 people, including seven women": the women are the 32's
        found = (
            _speaker_owned(tok, claimant[1])
            or _own_losses(index, tok, category, claimant)
            or _speaker_loser(tok, claimant[1])
            or (_victims_side(index, tok, claimant[1]) if category in ("killed", "injured") else None)
            or _reported_own_victims(index, tok, category, claimant)
        )
        if found:
            return found
    return None


# Words that make "side" an aggregate of both parties ("killed on both sides").
BOTH_SIDES = {"both", "either", "each", "all"}


def _side_phrase(noun: Token) -> Token | None:
    """The "side" of an "on ... side" phrase on the count's clause ("26 civilians have been
    killed on its side", "six soldiers were killed on the Russian side"): English names whose
    losses they are by the side they fall on, which outranks where or by whom."""
    heads = [noun, noun.head] if noun.head.pos_ in ("VERB", "AUX", "ADJ") else [noun]
    heads += [c for c in noun.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"):
            side = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() == "side"), None)
            if side is not None:
                return side
    return None


def _side_code(index: ActorIndex, side: Token, speaker: str | None) -> str | None:
    """Whose side: a speaker's possessive pronoun ("its side", "our side") binds to the
    claimant; a possessor or demonym names the state ("Pakistan's side", "the Pakistani
    side"); "both sides" and the plural "sides" are an aggregate of two parties (no single
    subject)."""
    if side.lower_ == "sides" or any(c.lower_ in BOTH_SIDES for c in side.children):
        return None
    for child in side.children:
        if child.dep_ == "poss" and child.lower_ in SPEAKER_POSSESSIVES:
            return speaker
        if child.dep_ == "poss" or child.ent_type_ in ("NORP", "GPE") or child.dep_ in ("amod", "compound"):
            code = _code_of(index, child, place=False)
            if code:
                return code
    return None


def _with_wholes(noun: Token) -> list[Token]:
    """The counted noun and the wholes it is part of, nearest first ("five children" <- "seven
    women" <- "32 people" in "32 people, including seven women and five children")."""
    out = [noun]
    for _ in range(4):
        whole = _whole_of(out[-1])
        if whole is None or whole in out:
            break
        out.append(whole)
    return out


def _victims_side(index: ActorIndex, noun: Token, claimant_code: str | None) -> str | None:
    """Dead or wounded that a named side's strikes caused, reported by the other side, with
    no place or target said ("12 civilians had been killed in the Indian drone strikes, the
    Pakistani ministry said"; "Israeli strikes that Lebanon says killed 12"): a side reports
    the other's strikes on its own people, so they are the reporting side's. Not when the
    attack names its target ("shelling of Martakert"): then the place decides, and an unknown
    one leaves the subject unknown."""
    if claimant_code is None:
        return None
    attacks = _attacks(noun)
    attacker = _attacker_of(index, attacks)
    if attacker is None or attacker == claimant_code or any(_names_target(a) for a in attacks):
        return None
    return claimant_code


# Codes of claimants that are no party to a state's war (no side of their own to report).
NO_SIDE_CODES = {"IGO", "NGO", "NSG", "MNC", "BUS", "MED", "UNO"}


def _reported_own_victims(
    index: ActorIndex, noun: Token, category: str, claimant: tuple[str | None, str | None]
) -> str | None:
    """A side's official reporting dead or wounded with no owner, place or attacker named
    ("Bukhari said 21 people were wounded", "the ministry said 13 civilians were killed in
    the strikes") reports its own people: the other side's are written with their side. A
    side's word for its own dead ("had been martyred", "embraced martyrdom") says so for any
    claimant of that side. Not for a body of no side (UN, NGO, a group), not for the agent
    of a transitive verb, not where an active verb names who did it ("its forces killed 40"
    are the enemy), and not where the claimant's own side attacked."""
    name, code = claimant
    if code is None or code in NO_SIDE_CODES or category not in ("killed", "injured"):
        return None
    verb = noun.head
    lemmas, _ = _context(noun)
    martyred = bool(lemmas & lexicon().own_dead)
    if noun.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "a soldier killed two civilians": the count did it
    if noun.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in verb.children) and not martyred:
        return None  # an agent is named: the victims are the agent's enemies, not the speaker's
    if not martyred and not any(w[:1].isupper() for w in (name or "").split()):
        return None  # "officials" of a guessed state
    attacks = _attacks(noun)
    if any(_names_target(a) for a in attacks) or _attacker_of(index, attacks) == code or any(
        c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES for a in attacks for c in a.children
    ):
        return None  # a named target: its place decides (an unknown one leaves no subject)
    return code


def _speaker_loser(noun: Token, claimant_code: str | None) -> str | None:
    """In "the ministry said it had lost four drones" and "'We lost one aircraft,' he said" the
    pronoun subject of the verb of loss is the one who speaks (or the side they speak for),
    as in ``_speaker_owned``: so the lost things are the claimant's."""
    verb = noun.head
    if claimant_code is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().loss_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("xcomp", "pcomp"):
        return claimant_code  # "acknowledges losing three": the gerund's subject is the claimant
    return claimant_code if subj is not None and subj.lower_ in SPEAKER_SUBJECTS else None


# Subject pronouns that, in a claimant's words, point back to the claimant ("it had lost").
SPEAKER_SUBJECTS = {"it", "we", "they"}


def _what(doc: Doc, end: int, noun: Token, word: str | None) -> str:
    """The counted phrase as written ("Indian fighter jets"), plus the verb when it adds the fact."""
    first = end + 1 if end < len(doc) and doc[end].lower_ == "of" else end
    if noun.dep_ == "appos":
        phrase = noun.text  # "losing one, a Su-30MKI": the apposition names the thing
    elif noun.i >= first:
        phrase = doc[first : noun.i + 1].text
    elif noun.like_num or is_number_word(noun.lower_):
        # a bare count names no kind of people: "12 wounded" stays "wounded" (an invented
        # "people" would read as civilians to the linker, which keys on the counted noun)
        phrase = "death toll" if word == "toll" else ""
    else:
        phrase = noun.text
    if word and word.split()[0] not in phrase.lower():
        verb = next((t for t in noun.sent if t.lemma_.lower() == word.split()[0]), None)
        if verb is not None:
            phrase = f"{phrase} {verb.text}"
    return " ".join(phrase.split()) or noun.text


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
        sibling = _sibling_clause_quote(num, article, quotes)
        return ((sibling.speaker_name, sibling.speaker_code), sibling) if sibling else ((None, None), None)
    quote = min(holders, key=lambda q: q.text_end - q.text_start)
    if not quote.direct and (_in_relative_clause(num, doc, article, quote) or _denied(num)):
        return (None, None), None
    return (quote.speaker_name, quote.speaker_code), quote


def _denied(num: Token) -> bool:
    """The verb of saying over a non-zero count is one of denial ("the army denied the capture
    of 40 soldiers"): who denies a figure does not claim it (a zero, "denied that any
    soldiers were captured", is the denier's own count)."""
    if _zero(num):
        return False
    tok = num
    for _ in range(8):
        if tok.head == tok:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and speech_verb(tok.lemma_):
            return tok.lemma_.lower() in lexicon().denials
    return False


def _sibling_clause_quote(num: Token, article: Article, quotes: list[Quote]) -> Quote | None:
    """The reported quote of another content clause of the same verb of saying, when no quote
    holds the number: in "A soldier was killed and two civilians were injured, officials
    said" both clauses are what the officials said (coordinated complements of one speech
    verb share its subject), even where the quote found holds only the first."""
    clause = _verb_above(num)
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.pos_ != "VERB" or not speech_verb(verb.lemma_) or across_semicolon(clause, verb):
        return None
    for other in (c for c in verb.children if c.dep_ == "ccomp" and c is not clause):
        o, _ = article.to_original(other.left_edge.idx, other.left_edge.idx + 1)
        held = [q for q in quotes if not q.direct and q.speaker_name and q.text_start <= o < q.text_end]
        if held:
            return held[0]
    return None


def _assertion_owner(num: Token, index: ActorIndex) -> Speaker | None:
    """The party whose assertion or figure holds the number: in "the Armenian side's assertion
    that four drones had been shot down" and "Baku's figure of three downed drones" the count
    is the possessor's claim, whoever reports or rejects it (a possessed noun of saying, or a
    noun that holds a figure, attributes its content to its possessor). A speech verb met on
    the way up ends the search: its quote, not a noun above it, says who asserts."""
    right_after = _saying_noun_before_that(num)
    if right_after is not None:
        return _noun_owner(right_after, index)
    estimator = _estimator(num)
    if estimator is not None:
        speaker = speaker_of(estimator, index)
        return speaker if speaker.name else None
    tok = num
    for _ in range(8):
        if tok.head is tok:
            return None
        prev, tok = tok, tok.head
        if tok.pos_ in ("VERB", "AUX") and speech_verb(tok.lemma_):
            return None
        if tok.pos_ == "NOUN" and _saying_noun(tok):
            if not _complement_of_noun(prev):
                return None
            return _noun_owner(tok, index)
    return None


def _gerund_asserter(num: Token, index: ActorIndex) -> Speaker | None:
    """ "Ukraine's army acknowledges losing three", "Kyiv admitted to losing two jets": a verb
    of saying whose complement is a gerund (no clause of its own, so no quote is found) asserts
    what the gerund says; its subject is the one who claims the number."""
    verb = _verb_above(num, ("VERB",))
    # the gerund, or a to-infinitive ("Pakistan claimed to have shot down five jets")
    if verb.pos_ != "VERB" or not (verb.tag_ == "VBG" or verb.dep_ == "xcomp" and _infinitive(verb)):
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ != "by":
        head = head.head  # "admitted to losing"; not the means of "responded by ordering"
    elif verb.dep_ != "xcomp":
        return None
    if head.pos_ != "VERB" or not speech_verb(head.lemma_):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    speaker = resolve(subj, index) if subj is not None else None
    return speaker if speaker is not None and speaker.name else None


def _infinitive(verb: Token) -> bool:
    """The verb is a to-infinitive ("to have shot down", "to have killed")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _estimator(num: Token) -> Token | None:
    """The subject of a verb that puts a figure on a toll ("officials put the death toll at 40,
    up from 25"; "the ministry estimated the number of dead at 300"): who sets the figure
    asserts it, as a speaker does."""
    tok = _verb_above(num, ("VERB",))
    tally = _misattached_tally(tok) if tok.pos_ == "VERB" else None
    if tally is not None:
        tok = tally.head  # "put the number of soldiers killed at 20": the verb over the tally
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon().estimates:
        return None
    held = lexicon().tallies | lexicon().figures | lexicon().loss_figures
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in held for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _noun_owner(noun: Token, index: ActorIndex) -> Speaker | None:
    """Who a noun of saying belongs to: its possessor ("Baku's figure"), else the body a
    modifier names ("a Sudanese army statement", "an RSF communique")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _by_agent(noun)
    if owner is None:
        owner = next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    speaker = resolve(owner, index) if owner is not None else None
    if speaker is not None and speaker.name:
        return speaker
    return _modifier_owner(noun, index)


def _by_agent(noun: Token) -> Token | None:
    """The agent of a noun of saying ("a report by the Sudan Tribune", "claims by the RSF"):
    the one who made the report, as a possessor is."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _modifier_owner(noun: Token, index: ActorIndex) -> Speaker | None:
    """ "Ukrainian media reports", "Israeli army statements": the modifiers before a noun of
    saying name its owner, a body the actor index need not know ("Ukrainian media"), with
    the state its demonym names. Only with a demonym or name among them: a bare "media
    reports" names no one."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not mods or not any(m.ent_type_ in ("NORP", "GPE", "ORG") for m in mods):
        return None
    phrase = noun.doc[mods[0].i : noun.i]
    code = next((c for c in (_code_of(index, m, place=False) for m in mods) if c), None)
    return Speaker(None, phrase.text, code)


def _saying_noun_before_that(num: Token) -> Token | None:
    """The noun of saying whose content clause holds the number when the clause opens right
    after it ("a Sudanese army statement that 40 fighters had died"), however the parser
    attached the clause: English puts a noun's complement clause directly after the noun."""
    verb = _verb_above(num)
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0 or mark.i > num.i:
        return None
    noun = num.doc[mark.i - 1]
    if noun.dep_ == "pobj" and noun.head.lower_ == "by" and _saying_noun(noun.head.head):
        return noun.head.head  # "a report by the Sudan Tribune that ...": the noun the agent is of
    # a noun the tagger took for a verb is still the object it heads ("rejected media reports")
    if not (noun.pos_ == "NOUN" or noun.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")) or not _saying_noun(noun):
        return None
    return noun


def _saying_noun(noun: Token) -> bool:
    """A noun of saying, of a figure or of a report, whose content is its owner's assertion."""
    lemma = noun.lemma_.lower()
    lex = lexicon()
    return cue_noun(noun.lemma_) or lemma in lex.figures or lemma in lex.accounts or noun.lower_ in lex.accounts


def _complement_of_noun(child: Token) -> bool:
    """The noun's content: a that-clause ("the assertion that four drones ...") or an "of"
    phrase ("the figure of three"); not a noun the count merely shares a sentence with."""
    if child.dep_ == "prep":
        return child.lower_ == "of"
    return child.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in child.children
    )


def _in_relative_clause(num: Token, doc: Doc, article: Article, quote: Quote) -> bool:
    """The number sits in a relative clause inside the reported content (presupposed background)."""
    tok = num
    for _ in range(12):
        if tok.head is tok:
            return False
        if tok.dep_ == "relcl" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
                and not set_off(tok) and not under_final_report(tok):
            # a clause opened by the complementizer "that" is a misparsed content clause
            # ("said earlier in the day that four soldiers had been killed"), not a relative one;
            # one set off by a comma ("in Zafarwal, where six houses were destroyed") is
            # non-restrictive: it adds to what the speaker asserts, it presupposes nothing
            o, _ = article.to_original(tok.idx, tok.idx + 1)
            return quote.text_start <= o < quote.text_end
        tok = tok.head
    return False


def _subject_code(
    doc: Doc, index: ActorIndex, start: int, end: int, noun: Token, category: str, speaker: str | None = None
) -> str | None:
    """Whose people or things are counted, never the attacker by default.

    In order: the counted phrase's own owner ("Pakistani civilians", "Pakistan's
    soldiers", "five Indian jets"); a place on the counted noun ("civilians in
    Kotli"); the whole it is part of ("five Indian jets, including three Rafales");
    the side that lost them ("India lost five jets"); for casualties and struck
    sites, the state holding the place where it happened (gazetteer place ->
    state), in its sentence or the one before in the paragraph. A demonym on the
    event noun ("Indian missile strikes") names the attacker and is not used.
    """
    return (
        (_speaker_owned(noun, speaker) if not _rival_antecedent(noun) else None)
        or _owner_code(doc, index, end, noun)
        or _losses_owner(doc, index, noun, speaker)
        or _belonging_code(index, noun)
        or _of_owner(index, noun)
        or _elided_owner(doc, index, noun)
        or _definite_set_owner(doc, index, noun)
        or _pronoun_partitive_owner(doc, index, noun)
        or _prior_owner(doc, index, noun)
        or _place_on_noun(index, noun)
        or _whole_code(doc, index, noun, category)
        or _loser_code(index, noun, category)
        or _nonstate_code(noun)
        or (_place_not_attacker(index, noun, speaker) if category in CASUALTY_LIKE and not _loser_named(noun) else None)
        or (_event_place_code(index, noun) if category == "detained" else None)
    )


def _rival_antecedent(noun: Token) -> bool:
    """A name other than the speaker's stands before the counted noun's possessive pronoun in
    its sentence ("defeated an attack by the Rapid Support militia, killing 300 of its
    fighters, the army spokesman said"): the pronoun may point back to it, so the speaker
    does not bind it first. A demonym adjective ("in Pakistani shelling") is no antecedent
    of "its"; the speaker's own subject phrase is none either."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES), None)
    if poss is None:
        return False
    speaker_toks: set[int] = set()
    for tok in noun.sent:
        if tok.pos_ == "VERB" and speech_verb(tok.lemma_):
            for subj in (c for c in tok.children if c.dep_ == "nsubj"):
                speaker_toks |= {t.i for t in subj.subtree}
    return any(
        t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE", "NORP") and t.i not in speaker_toks
        for t in noun.doc[noun.sent.start : poss.i]
    )


def _nonstate_code(noun: Token) -> str | None:
    """ "more than 20 terrorists were killed", "11 militants": a person noun that names
    members of armed non-state groups is coded NSG whatever state they are in (CAMEO codes
    rebels and insurgents as non-state actors; FORMAT.md), so the place of their death does
    not make them that state's people."""
    words = {noun.lemma_.lower(), noun.lower_}
    return "NSG" if words & lexicon().nonstate else None


def _loser_named(noun: Token) -> bool:
    """The verb of loss names who lost the count ("the enemy had lost 30 soldiers near El
    Obeid"): the losses are that side's, so where it happened says nothing of whose they are,
    even when the loser's side is unknown."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().loss_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _place_not_attacker(index: ActorIndex, noun: Token, speaker: str | None = None) -> str | None:
    """The state of the place where it happened, unless it is the state whose strikes the
    sentence says did the killing ("rockets killing nine people in Kharkiv and Ukrainian
    strikes that Russia says killed 12 civilians": Kharkiv's state is the attacker's, so it
    is no evidence of whose the 12 are; never the attacker by default)."""
    striker = _striker_code(index, noun, speaker)
    if striker is not None:
        return _other_side(index, noun.doc, striker)
    code = _event_place_code(index, noun) or _dateline_code(index, noun)
    return None if code is not None and code == _attacker_code(index, noun) else code


def _striker_code(index: ActorIndex, noun: Token, speaker: str | None) -> str | None:
    """The side whose forces did the striking the count is the object of: the speaker
    ("said it had struck three sites", "said its forces had struck nine sites") or a side
    the subject names ("Indian forces struck nine sites", "Ukrainian drones hit 12 depots")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in outcome_heads("struck"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in SPEAKER_SUBJECTS or any(c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES for c in subj.children):
        return speaker
    for tok in (*_premodifiers(subj), subj):
        if tok.ent_type_ in ("NORP", "GPE"):
            code = _code_of(index, tok, place=False)
            if code:
                return code
    return None


def _other_side(index: ActorIndex, doc: Doc, striker: str | None) -> str | None:
    """What a side struck is the other party's: of the two states the article names most
    (the dyad it is about), the one that is not the striker. Never the striker; none when the
    striker is not one of the two or the article names no second state."""
    if striker is None:
        return None
    dyad = _dyad(index, doc)
    if len(dyad) < 2 or striker not in dyad:
        return None
    return dyad[1] if dyad[0] == striker else dyad[0]


MIN_DYAD_MENTIONS = 2


def _dyad(index: ActorIndex, doc: Doc) -> list[str]:
    """The two states the article names most often (state names and demonyms)."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            code = _code_of(index, ent, place=False)
            if code and code not in NO_SIDE_CODES:
                counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    return [c for c in ranked[:2] if counts[c] >= MIN_DYAD_MENTIONS]


# Relative pronouns that stand for the noun their clause follows ("strikes that killed").
RELATIVE_WORDS = {"that", "which", "who"}
MAX_PREMODIFIERS = 4


def _attacker_code(index: ActorIndex, noun: Token) -> str | None:
    """The side the sentence names as doing what ``noun`` counts: a demonym or state among
    the pre-modifiers of the agent of the count's verb (its subject, the noun a relative
    clause follows, or an attack in a "by"/"in" phrase: "killed in Israeli strikes")."""
    return _attacker_of(index, _attacks(noun))


def _attacks(noun: Token) -> list[Token]:
    """The agents of the count's verb, or, for a toll's figure ("the toll from Israeli strikes
    rose to 492"), the attack the toll is "from"."""
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "nsubj") and verb.pos_ == "VERB":
        return _agents(verb, noun)
    verb = _verb_above(noun, ("VERB",))  # "rose to 492", "put the toll at 14, up from 12"
    toll = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in lexicon().figures), None)
    if toll is None:
        return []
    # the parser hangs "from the raids" on the toll or on its verb
    preps = [p for p in (*toll.children, *verb.children) if p.dep_ == "prep" and p.lower_ in ("from", "in")]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and _attack_noun(o)]


def _names_target(attack: Token) -> bool:
    """The attack names what it hit: an "of"/"on" object that is no day or time ("shelling of
    Martakert", "strikes on the camp"; not "strikes on Monday")."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("of", "on", "against")
        and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in prep.children)
        for prep in attack.children
    )


def _attacker_of(index: ActorIndex, attacks: list[Token]) -> str | None:
    for agent in attacks:
        for tok in _premodifiers(agent):
            if tok.ent_type_ in ("NORP", "GPE", "ORG"):
                code = _code_of(index, tok, place=False)
                if code:
                    return code
    return None


def _premodifiers(noun: Token) -> list[Token]:
    """The adjectives and nouns written right before ``noun`` ("Indian drone strikes"), read
    from the words: the parser often hangs them elsewhere, and in English a noun's
    pre-modifiers stand together before it."""
    doc, i = noun.doc, noun.i
    while i > 0 and noun.i - i < MAX_PREMODIFIERS and doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
        i -= 1
    return list(doc[i : noun.i])


def _agents(verb: Token, noun: Token) -> list[Token]:
    """Nouns that name who or what did the verb's act to the counted ``noun``."""
    out: list[Token] = []
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c is not noun):
        if subj.lower_ not in RELATIVE_WORDS:
            out.append(subj)
        elif subj.i > 0 and subj.doc[subj.i - 1].pos_ == "NOUN":
            out.append(subj.doc[subj.i - 1])  # a relative clause follows its antecedent
    # a phrase after the last of coordinated outcomes scopes them all ("40 civilians had been
    # killed and 121 wounded in the Indian strikes")
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for prep in (p for v in (verb, *shared) for p in v.children):
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "in"):
            out += [c for c in prep.children if c.dep_ == "pobj" and _attack_noun(c)]
    return out


def _attack_noun(tok: Token) -> bool:
    """An act of striking ("strikes", "shelling"), not a place ("in the Thai district of"):
    its lemma is one of the strike words of the lexicon or their "-ing" noun."""
    lemma = tok.lemma_.lower()
    heads = outcome_heads("struck")
    return tok.pos_ == "NOUN" and (lemma in heads or (lemma.endswith("ing") and lemma[:-3] in heads))


def _owner_code(doc: Doc, index: ActorIndex, end: int, noun: Token) -> str | None:
    """The counted noun's own demonym or possessor, else the owner its phrase names.

    The word on the noun comes first: "five Indian fighters" are India's (the phrase as a
    whole reads as a role, "fighters", which the actor index gives to a non-state group)."""
    if noun.like_num or is_number_word(noun.lower_):
        return None
    if _demonym_people(noun):
        return _code_of(index, noun, place=False)
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in FIRST_PERSON:
            return None  # "our soldiers" are the speaker's (_speaker_owned), never a guess
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE")):
            code = _code_of(index, child, place=False)
            if code:
                return code
    if code := body_member_code(index, noun):  # "a Border Security Force constable"
        return code
    if noun.i >= end and _names_someone(doc[end : noun.i + 1]):
        return _code_of(index, doc[end : noun.i + 1], place=False, roles=True)
    return None


OWNER_ENTS = ("NORP", "GPE", "ORG", "LOC")
# First-person possessives refer only to the one who speaks.
FIRST_PERSON = {"our", "my"}
# Possessive pronouns that, in reported speech, point back to the speaker ("its servicemen").
SPEAKER_POSSESSIVES = {"its", "their", "our"}


def _own_losses(
    index: ActorIndex, noun: Token, category: str, claimant: tuple[str | None, str | None],
) -> str | None:
    """A side that reports soldiers killed, wounded or captured without naming whose they are
    ("the ministry said four soldiers had been killed") reports its own: the other side's
    losses are written with their side ("Armenian forces had lost 30 servicemen", "the
    enemy lost ..."). Only a bare subject of a passive or intransitive outcome qualifies:
    no modifier, and no loser named as the subject of a verb of loss; and only a side the
    text names ("Rwanda", "Sudan's army"), not "officials" whose state is a guess. Not when
    the side's own attacks did it ("killed in its air strikes", "in Sudanese strikes, the
    army said"): those dead are the side's enemies."""
    name, claimant_code = claimant
    if claimant_code is None or category not in ("killed", "injured", "detained"):
        return None
    if not any(w[:1].isupper() for w in (name or "").split()[1 if (name or "").lower().startswith("the ") else 0:]):
        return None
    if noun.lemma_.lower() not in lexicon().military or noun.dep_ not in ("nsubj", "nsubjpass", "pobj"):
        return None
    if noun.dep_ == "pobj" and not (noun.head.lower_ == "of" and noun.head.head.like_num):
        return None  # only the partitive "two of the soldiers"
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "acl", "relcl") for c in noun.children):
        return None
    attacks = _attacks(noun)
    if _attacker_of(index, attacks) == claimant_code or any(
        c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES for a in attacks for c in a.children
    ):
        return None
    return claimant_code


def _put_losses(noun: Token) -> Token | None:
    """The losses a figure verb sets at this count ("put its own losses at six soldiers",
    "puts Russian losses at more than 300"): the object of "put/estimate/place/peg" whose
    lemma is a loss noun, when the count is the object of that verb's "at"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "at" or prep.head.lemma_.lower() not in lexicon().estimates:
        return None
    held = lexicon().loss_figures
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.lemma_.lower() in held), None)


def _losses_owner(doc: Doc, index: ActorIndex, noun: Token, speaker: str | None) -> str | None:
    """Whose losses a figure is put at: the possessive pronoun of the losses binds to the one
    who speaks ("put its own losses at six"), a demonym or possessor names the side ("puts
    Russian losses at 300"). A count of losses is of the side that suffered them."""
    losses = _put_losses(noun)
    if losses is None:
        return None
    return _speaker_owned(losses, speaker) or _owner_code(doc, index, losses.i + 1, losses)


def _speaker_owned(noun: Token, claimant_code: str | None) -> str | None:
    """In "Azerbaijan said two of its servicemen had died" the possessive pronoun of the
    counted noun binds to the one who speaks (the reported clause's pronoun refers to the
    reporting clause's subject, the usual reading of English indirect speech); so the count
    is the claimant's own people."""
    if claimant_code is None:
        return None
    return claimant_code if any(c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES for c in noun.children) else None


def _belonging_code(index: ActorIndex, noun: Token) -> str | None:
    """ "three drones belonging to the Armenian armed forces": the owner a participle of
    belonging names."""
    for child in noun.children:
        if child.dep_ != "acl" or child.lemma_.lower() != "belong":
            continue
        for prep in child.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "to" else None
            if obj is not None:
                return _code_of(index, obj.doc[obj.left_edge.i : obj.i + 1], place=False, roles=True)
    return None


def _of_owner(index: ActorIndex, noun: Token) -> str | None:
    """ "35 soldiers of the army", "two members of an Armenian sabotage group": people of a
    body or a side, named by an "of" phrase, are that body's."""
    if noun.like_num or is_number_word(noun.lower_) or noun.lemma_.lower() not in lexicon().persons:
        return None
    for prep in noun.children:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ == "of" else None
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num:
            return _code_of(index, obj.doc[obj.left_edge.i : obj.i + 1], place=False, roles=True)
    return None


def _elided_owner(doc: Doc, index: ActorIndex, noun: Token) -> str | None:
    """A bare number whose noun is elided in a coordinated clause shares the first clause's
    counted noun: in "Seven Armenian servicemen were killed and 12 wounded" the 12 are
    Armenian servicemen too (English gapping leaves the noun out of the second conjunct)."""
    if not (noun.like_num or is_number_word(noun.lower_)) or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in subj.children):
        return None
    return _owner_code(doc, index, subj.i + 1, subj)


# Determiners that make a bare number refer back to a set already named ("all twelve").
DEFINITE_SET = {"all", "the", "both", "those", "these"}


def _definite_set_owner(doc: Doc, index: ActorIndex, noun: Token) -> str | None:
    """ "We have the wreckage of all eleven": a bare number with "all" or "the" before it
    refers to the very set just counted (its noun elided), so its things are that set's
    owner's. A bare number without it ("India said it downed seven") may count other things
    of the same kind, and is left to its own sentence."""
    if not (noun.like_num or is_number_word(noun.lower_)) or noun.i == 0 or doc[noun.i - 1].lower_ not in DEFINITE_SET:
        return None
    antecedent = _elided_antecedent(noun)
    return _owner_code(doc, index, antecedent.left_edge.i, antecedent) if antecedent is not None else None


def _names_someone(phrase: Span) -> bool:
    """The counted phrase itself names an owner: a proper name, a demonym or a possessor
    ("Pakistani soldiers", "Hamas fighters", "the army's soldiers"). A bare common noun
    ("civilians") names nobody: the state the actor index gives it is inferred from the
    article's context, most often the attacker of its sentence ("Israeli strikes killed 12
    civilians"), so it is no evidence of whose the dead are."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in OWNER_ENTS or t.dep_ == "poss" for t in phrase)


def _place_on_noun(index: ActorIndex, noun: Token) -> str | None:
    for child in noun.subtree:
        if child.dep_ == "pobj" and child.head.lower_ in PLACE_PREPS and child.head.head == noun:
            code = _place_code(index, child)
            if code:
                return code
    return None


def _whole_code(doc: Doc, index: ActorIndex, noun: Token, category: str) -> str | None:
    whole = _whole_of(noun)
    if whole is None:
        return None
    # "five Indian jets, including three Rafale aircraft"; "five Indian jets and seven drones"
    return _subject_code(doc, index, whole.left_edge.i, whole.left_edge.i, whole, category)


def _loser_code(index: ActorIndex, noun: Token, category: str) -> str | None:
    """ "India lost five jets", "Pakistan lost 11 soldiers": the subject of a verb of loss."""
    verb = _loss_verb(noun)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _code_of(index, subj, place=True) if subj is not None else None


def _loss_verb(noun: Token) -> Token | None:
    """The verb whose subject lost the counted thing: a verb of loss it is the object of
    ("lost five jets"), through an apposition ("losing one, a Su-30MKI"), the noun of loss
    it is the "of" object of ("acknowledged the loss of one aircraft": the verb over the
    noun), and the controlling verb of a subjectless gerund ("acknowledged losing one")."""
    losses = lexicon().loss_verbs
    if noun.dep_ == "appos":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in losses and head.head.dep_ == "dobj":
        noun, head = head.head, head.head.head  # the noun of loss stands for the verb
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" and head.head.lower_ == "more":
        noun, head = head.head, head.head.head  # "lost five more of its sons": the partitive's head
    elif noun.dep_ != "dobj" or head.lemma_.lower() not in losses:
        return None
    if head.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head  # "Moscow acknowledged losing one": the controller lost it
    return head if head.pos_ == "VERB" else None


def _event_place_code(index: ActorIndex, noun: Token) -> str | None:
    """The state holding the nearest place named with in/across/inside/at in the count's
    sentence, else in the sentence just before it in the same paragraph ("India struck six
    locations across Pakistan. At least 31 civilians were killed.")."""
    for sent in (noun.sent, _previous_in_paragraph(noun.sent)):
        if sent is None:
            return None
        best: tuple[int, str] | None = None
        framing = _framing_preps(sent, noun)
        for tok in sent:
            if not _struck_place(tok) and (
                tok.dep_ != "pobj" or tok.head.lower_ not in EVENT_PLACE_PREPS or tok.head.idx in framing
            ):
                continue
            if _attack_noun(tok):
                continue  # "in India's missile strikes on Pakistan": the attack is no place, its target is
            code = _place_code(index, tok)
            if code and (best is None or abs(tok.i - noun.i) < best[0]):
                best = (abs(tok.i - noun.i), code)
        if best:
            return best[1]
    return None


def _struck_place(tok: Token) -> bool:
    """The object of a verb of striking names where it happened as an "in" phrase does
    ("drones struck Kherson", "missiles hit the Pakistani town of Zafarwal"), and so does a
    name compounded on an attack noun ("the toll from the Pahalgam attack", "the Kramatorsk
    strike")."""
    if tok.dep_ == "compound" and tok.pos_ == "PROPN":
        return _attack_noun(tok.head)
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in outcome_heads("struck")


def _framing_preps(sent: Span, noun: Token) -> set[int]:
    """Document offsets of the prepositions of the sentence's place phrases that frame a
    statement rather than the count (``claims_phrases``: the rule the claim linker reads
    from the stored sentence too). The count stands at ``noun`` when it is in the sentence."""
    count_char = noun.idx - sent.start_char if sent.start <= noun.i < sent.end else None
    read = read_sentence(sent.text, count_char=count_char)
    return {sent.start_char + p.prep_char for p in read.phrases if p.frames}


def _closes_as_dateline(doc: Doc, end: int) -> bool:
    """After the place, a dateline runs through a date or agency ("May 7", "(Reuters)") in
    capitals and numbers to its colon or dash; a lower-case word first means prose."""
    for t in doc[end : end + DATELINE_SPAN]:
        if t.text in DATELINE_CLOSERS:
            return True
        if t.is_lower and t.is_alpha:
            return False
    return False


def _refers_back(sent: Span) -> bool:
    """The sentence points to a place it does not name: "here", or a definite place noun with
    no name of its own ("strikes on the city", "in the town"), which a dateline can resolve."""
    for tok in sent:
        if tok.lower_ == "here" and tok.dep_ == "advmod":
            return True
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in place_heads():
            continue
        det = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
        named = any(c.dep_ in ("prep", "compound", "poss", "appos") or c.pos_ == "PROPN" for c in tok.children)
        if det and not named:
            return True
    return False


def _dateline_code(index: ActorIndex, noun: Token) -> str | None:
    """The state of the dateline place that opens the count's paragraph or the article, when
    the count's sentence refers back to it ("MUZAFFARABAD, May 7 - At least eight people died
    in Indian strikes on the city"). A dateline places the report, not the event ("WASHINGTON
    (Reuters) - Twelve soldiers were killed in an ambush" are not America's dead), so without
    such a reference it gives no subject."""
    if not _refers_back(noun.sent):
        return None
    doc = noun.doc
    starts = [0]
    para = noun.sent.start
    while para > 0 and "\n" not in doc[para - 1].whitespace_ and "\n" not in doc[para - 1].text:
        para = doc[para - 1].sent.start
    if para not in starts:
        starts.append(para)
    for start in starts:
        end = next((t.i for t in doc[start : start + 5] if t.text in DATELINE_ENDS), None)
        if end is None or end == start or any(not t.is_title and not t.is_upper for t in doc[start:end]):
            continue
        if not _closes_as_dateline(doc, end):
            continue  # "Lahore, the city of gardens, is ...": a sentence, not a dateline
        found = _code_of(index, doc[start:end], place=True, actors=False)
        if found:
            return found
    return None


def _place_code(index: ActorIndex, tok: Token) -> str | None:
    """The state a place phrase lies in: a gazetteer place, or the name of a state itself
    (never a demonym modifier: "in Indian strikes" is no place)."""
    reading = read_place(index, tok)
    if reading.gazetteer and reading.gazetteer[1]:
        return reading.gazetteer[1]
    if reading.entity and tok.pos_ == "PROPN" and reading.code:
        return reading.code
    named = _named_by_of(tok)
    if named is not None:  # "in the city of Sialkot": the name the place noun is "of"
        code = _place_code(index, named)
        if code:
            return code
    return state_of_place(index, tok)  # a town the gazetteer lacks: whose the text says it is


def _named_by_of(tok: Token) -> Token | None:
    """The proper name of the appositive "of"-construction on a place noun ("the city of
    Sialkot", "the town of Zafarwal"), which names the place the noun describes."""
    if tok.pos_ != "NOUN" or (tok.lemma_.casefold() not in place_heads() and tok.lower_ not in place_heads()):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        return next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
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


def _code_of(
    index: ActorIndex, item: Span | Token, place: bool, roles: bool = False, actors: bool = True
) -> str | None:
    """The state code of a phrase: a gazetteer place (``place``), else the actor it names
    (a state, body or group; with ``roles``, also "Pakistani soldiers" -> PAK)."""
    kinds = ("state", "organization", "group", "role") if roles else ("state", "organization", "group")
    try:
        if place:
            span = item if isinstance(item, Span) else item.doc[item.left_edge.i : item.i + 1]
            found = index.place_for(span)
            if found and found[1]:
                return found[1]
        actor = index.actor_for(item) if actors else None
    except (ValueError, KeyError, IndexError, AttributeError):  # a resolver bug must not cost the claim
        return None
    if actor is not None and actor.kind in kinds and actor.code:
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
    except (ValueError, OverflowError, KeyError):  # an impossible calendar date, an unknown number word
        return None
    return res.start if res else None
