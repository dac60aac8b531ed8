"""The cue-verb and medium lexicons for quote attribution, loaded once from data files.

Kept as data (extract/data/quote_cues.tsv, quote_media.tsv) so an analyst can
add a reporting verb of their outlets ("averred", "quipped") without touching
code.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("crisislens.extract").joinpath("data", name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def cue_kinds() -> dict[tuple[str, str], str]:
    """(lemma, 'verb'|'noun') -> kind: speech (takes reported content), attitude, noun."""
    out: dict[tuple[str, str], str] = {}
    for row in _rows("quote_cues.tsv"):
        lemma, kind = row[0].strip().lower(), row[1].strip()
        pos = "noun" if kind == "noun" else "verb"
        out.setdefault((lemma, pos), kind)
    return out


def speech_verb(lemma: str) -> bool:
    """A verb that reports speech or thought and can take a content clause ("said that ...")."""
    return cue_kinds().get((lemma.lower(), "verb")) in ("speech", "thought")


def thought_verb(lemma: str) -> bool:
    """A verb of belief ("believe", "think") that reports a proposition only with a clause:
    "believes that the shelling will resume" is a thought reported, "believes in the peace
    process" is a stance towards a thing and reports nothing (a prepositional or noun object)."""
    return cue_kinds().get((lemma.lower(), "verb")) == "thought"


def belief_verb(lemma: str) -> bool:
    """A verb that attributes a thought or an intention ("wants to", "found that")."""
    return cue_kinds().get((lemma.lower(), "verb")) == "belief"


def cue_verb(lemma: str) -> bool:
    """Any verb that can attribute quoted words to its subject (speech or attitude)."""
    return (lemma.lower(), "verb") in cue_kinds()


def cue_noun(lemma: str) -> bool:
    """A noun that attributes quoted words to its possessor ("India's claims of ...")."""
    return (lemma.lower(), "noun") in cue_kinds()


@cache
def media_words() -> dict[str, str]:
    """Lower-case word -> channel | platform | finding (a document that is itself the source)."""
    return {r[0].strip().lower(): r[1].strip() for r in _rows("quote_media.tsv")}


@cache
def cue_frames() -> dict[tuple[str, str], frozenset[str]]:
    """(lemma, 'VERB'|'NOUN') -> the argument frames in which the lemma reliably cues an
    attribution ("criticized [the plan]" dobj, "called for [restraint]" prep:for, "seemed
    [to waver]" xcomp). Measured on the PolNeAR train split, so the list reflects how news
    writers attribute, not what one article says (extract/data/quote_frames.tsv)."""
    out: dict[tuple[str, str], set[str]] = {}
    for row in _rows("quote_frames.tsv"):
        if len(row) < 3:
            continue
        out.setdefault((row[0].strip().lower(), row[1].strip().upper()), set()).add(row[2].strip())
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _appeal_lemmas() -> frozenset[str]:
    return frozenset(r[0].strip().lower() for r in _rows("quote_cues.tsv") if len(r) > 1 and r[1].strip() == "appeal")


def appeal_verb(lemma: str) -> bool:
    """A verb whose noun-phrase object is an appeal or an expressed stance ("called for
    restraint", "expressed concern", "urged calm"): CAMEO codes these as verbal events, so
    the event extractor owns them and the quote extractor leaves them out."""
    return lemma.lower() in _appeal_lemmas()


@cache
def rejection_verbs() -> frozenset[str]:
    """Lower-case lemmas of verbs of rejection ("reject", "dismiss", "deny"): a claim they take
    as object is the thing rejected, not a quote of its owner (extract/data/quote_rejections.tsv)."""
    return frozenset(r[0].strip().lower() for r in _rows("quote_rejections.tsv") if r and r[0].strip())


@cache
def honorifics() -> frozenset[str]:
    """Lower-case honorifics written as part of a name ("Sheikh", "Khawaja"): a speaker keeps
    them as the text gives them (extract/data/quote_honorifics.tsv)."""
    return frozenset(r[0].strip().lower() for r in _rows("quote_honorifics.tsv") if r and r[0].strip())


@cache
def title_words() -> frozenset[str]:
    """Lower-case words of the actors' role titles ("foreign", "minister", "general"): a word
    of a title is never part of a person's name, even inside a PERSON entity (actors/data/roles.tsv)."""
    text = resources.files("crisislens.actors").joinpath("data", "roles.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][1:]
    return frozenset(w for r in rows for cell in r[:2] for v in cell.split("|") for w in v.lower().split())


@cache
def org_heads() -> frozenset[str]:
    """Lower-case head nouns of organisation names ("service", "administration"): a
    capitalised run ending in one names a body, not a person (extract/data/quote_org_heads.tsv)."""
    return frozenset(r[0].strip().lower() for r in _rows("quote_org_heads.tsv") if r and r[0].strip())


@cache
def _anonymity() -> frozenset[tuple[str, str]]:
    return frozenset((r[0].strip().lower(), r[1].strip()) for r in _rows("quote_anonymity.tsv") if len(r) > 1)


def anonymity_verb(lemma: str) -> bool:
    """A verb whose passive infinitive asks for a source's anonymity ("asked not to be named",
    "declined to be identified"): how the source is cited, not what it said
    (extract/data/quote_anonymity.tsv)."""
    return (lemma.lower(), "verb") in _anonymity()


@cache
def _work_titles() -> dict[str, str]:
    return {r[0].strip().lower(): r[1].strip() for r in _rows("quote_work_titles.tsv") if len(r) > 1 and r[0].strip()}


def work_title_noun(word: str) -> bool:
    """A common noun for a work or an operation ("documentary", "book", "operation"): a
    quotation set in apposition to it is a name, not anyone's words
    (extract/data/quote_work_titles.tsv)."""
    return _work_titles().get(word.lower()) == "noun"


def naming_participle(word: str) -> bool:
    """A participle that introduces a name ("called", "dubbed", "titled"): what it introduces
    is the name of its noun (extract/data/quote_work_titles.tsv)."""
    return _work_titles().get(word.lower()) == "naming"


@cache
def conformity_nouns() -> frozenset[str]:
    """Nouns of a norm, plan or measure: "according to" before one means "consistent with",
    not "as said by" (extract/data/quote_conformity.tsv)."""
    return frozenset(r[0].strip().lower() for r in _rows("quote_conformity.tsv") if r and r[0].strip())


@cache
def _fact_words() -> dict[str, frozenset[str]]:
    rows = [r for r in _rows("quote_fact_nouns.tsv") if len(r) > 1 and r[0].strip()]
    return {kind: frozenset(r[0].strip().lower() for r in rows if r[1].strip() == kind) for kind in ("noun", "verb")}


def fact_nouns() -> frozenset[str]:
    """Nouns of a happening whose "of" argument makes a fact ("the loss of one aircraft"):
    as the object of a verb of acknowledging they state a proposition
    (extract/data/quote_fact_nouns.tsv)."""
    return _fact_words()["noun"]


def acknowledging_verb(lemma: str) -> bool:
    """A verb of acknowledging a fact (acknowledge, confirm): its object may state one."""
    return lemma.lower() in _fact_words()["verb"]


@cache
def spokesperson_nouns() -> frozenset[str]:
    """Nouns of one who speaks for a body (extract/data/quote_spokespeople.tsv)."""
    return frozenset(r[0].strip().lower() for r in _rows("quote_spokespeople.tsv") if r and r[0].strip())


@cache
def _object_complement_lemmas() -> frozenset[str]:
    return frozenset(r[0].strip().lower() for r in _rows("quote_object_complement.tsv") if r and r[0].strip())


def object_complement_verb(lemma: str) -> bool:
    """A verb of declaring or naming that takes an object with a predicative complement
    ("declared the envoy persona non grata"): the parser reads object and predicate as a
    bare clause, which is the act of declaring, not a proposition reported."""
    return lemma.lower() in _object_complement_lemmas()


@cache
def _withholding() -> dict[str, str]:
    return {r[0].strip().lower(): r[1].strip() for r in _rows("quote_withholding.tsv") if len(r) > 1 and r[0].strip()}


def question_verb(lemma: str) -> bool:
    """A verb that puts a question ("asked whether ..."): its wh-clause is the question
    (extract/data/quote_withholding.tsv)."""
    return _withholding().get(lemma.lower()) == "question"


def withholding_verb(lemma: str) -> bool:
    """A verb whose infinitive is what the subject did not do ("declined to say", "failed to
    explain"; extract/data/quote_withholding.tsv)."""
    return _withholding().get(lemma.lower()) == "withhold"


@cache
def _naming_lemmas() -> frozenset[str]:
    return frozenset(r[0].strip().lower() for r in _rows("quote_naming_verbs.tsv") if r and r[0].strip())


def naming_verb(lemma: str) -> bool:
    """A verb that gives its object a name or a description ("labeled it a “blatant act of
    war”", "described the strikes as “cowardly”"): the quoted term is the namer's own
    (extract/data/quote_naming_verbs.tsv)."""
    return lemma.lower() in _naming_lemmas()
