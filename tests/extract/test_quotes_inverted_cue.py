"""The inverted cue after a quotation ("“…,” said NAME, a doctor who works there"): when the
parser makes the name the subject of the apposition's relative clause, the name is still the
cue's subject. The parse the parser gave a practice article is written out by hand (a Tigray
sentence written for the test), so the test does not hang on the tagger's mood."""

from __future__ import annotations

from spacy.tokens import Doc

from crisislens.extract.quotes import _inverted_subject


def _doc(nlp, words, heads, deps, pos, ents):
    lemmas = [w.lower() if w != "said" else "say" for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents, lemmas=lemmas)


WORDS = ['"', "It", "held", ",", '"', "said", "Abebe", "Kebede", ",", "a", "doctor", "who", "works", "in", "Mekelle", "."]
POS = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PRON",
       "VERB", "ADP", "PROPN", "PUNCT"]
ENTS = ["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]


def test_a_name_after_an_inverted_cue_hung_on_a_relative_clause_is_the_cues_subject(nlp):
    # as the parser read it: "Kebede" the subject of "works", "said" with no subject
    heads = [2, 2, 5, 5, 5, 5, 7, 12, 7, 10, 7, 12, 5, 12, 13, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "det", "appos",
            "nsubj", "ccomp", "prep", "pobj", "punct"]
    doc = _doc(nlp, WORDS, heads, deps, POS, ENTS)
    subj = _inverted_subject(doc[5], doc[1:3])
    assert subj is not None and subj.text == "Kebede"


def test_a_cue_with_its_own_subject_takes_no_inverted_one(nlp):
    # negative: "said" has its subject; the rule leaves it to the parse
    heads = [2, 2, 5, 5, 5, 5, 7, 5, 7, 10, 7, 12, 10, 12, 13, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "det", "appos",
            "nsubj", "relcl", "prep", "pobj", "punct"]
    doc = _doc(nlp, WORDS, heads, deps, POS, ENTS)
    assert _inverted_subject(doc[5], doc[1:3]) is None
