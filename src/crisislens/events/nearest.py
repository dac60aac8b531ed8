"""Back-off beyond the dictionary: the nearest dictionary verb by the parser's word vectors.

A verb the dictionary does not know ("rebuked", "lambasted", "courted") but
whose subject and object are both political actors is most often a synonym of
a verb it does know. The md model's static vectors place such synonyms near
each other, so the nearest dictionary verb with a default code, when its
cosine similarity passes a threshold, lends its code. The event is marked
``how = "nearest:<lemma>"`` so a user can filter these out; the threshold is
in event_coder.json (measured on the even rows of the dev sets).
"""

from __future__ import annotations

from functools import cache

import numpy as np
from spacy.vocab import Vocab

from crisislens.extract.events_lexicon import NO_EVENT, lexicon, match

SAME_ROW = 0.999  # cosine above which two words share one pruned vector row


@cache
def _table(vocab: Vocab) -> tuple[list[str], list[str], np.ndarray | None]:
    """(lemmas, codes, unit vectors) of the dictionary verbs that have a default code and a vector."""
    lemmas: list[str] = []
    codes: list[str] = []
    rows: list[np.ndarray] = []
    for lemma, entry in lexicon().verbs.items():
        default = match(entry, set(), set(), {}, set())
        if default is None or default.code == NO_EVENT or not vocab.has_vector(lemma):
            continue
        vec = vocab.get_vector(lemma)
        norm = float(np.linalg.norm(vec))
        if norm == 0.0:
            continue
        lemmas.append(lemma)
        codes.append(default.code)
        rows.append(vec / norm)
    matrix = np.vstack(rows).astype(np.float32) if rows else None
    return lemmas, codes, matrix


def _similarities(vocab: Vocab, lemma: str) -> np.ndarray | None:
    """Cosine of ``lemma`` with every dictionary verb of the table; None without a vector."""
    _, _, matrix = _table(vocab)
    if matrix is None or not vocab.has_vector(lemma):
        return None
    vec = vocab.get_vector(lemma)
    norm = float(np.linalg.norm(vec))
    if norm == 0.0:
        return None
    sims = matrix @ (vec / norm).astype(np.float32)
    # the md model keeps 20k vectors for 500k words: words pruned onto one row have similarity 1.0
    # by construction ("reduce" and "increase" share a row), which says nothing about meaning
    sims[sims > SAME_ROW] = -1.0
    return sims


def nearest_code(vocab: Vocab, lemma: str, threshold: float) -> tuple[str, str, float] | None:
    """(code, dictionary lemma, similarity) of the nearest dictionary verb, None below ``threshold``."""
    lemmas, codes, _ = _table(vocab)
    sims = _similarities(vocab, lemma)
    if sims is None:
        return None
    best = int(np.argmax(sims))
    if float(sims[best]) < threshold or lemmas[best] == lemma:
        return None
    return codes[best], lemmas[best], float(sims[best])


def vote_code(vocab: Vocab, lemma: str, k: int, threshold: float, margin: float) -> tuple[str, str, float] | None:
    """(code, dictionary lemmas, vote share) from the ``k`` nearest dictionary verbs voting on the CAMEO root.

    One nearest verb is a poor guide: static vectors put antonyms together
    ("berate" ~ "felicitate"), so a single neighbour's code is often the
    opposite act. Here each of the ``k`` nearest verbs above ``threshold``
    votes for its root, weighted by similarity; the winning root must lead the
    runner-up by ``margin`` of the vote, or nothing is coded. The code is that
    of the most similar verb of the winning root.
    """
    lemmas, codes, _ = _table(vocab)
    sims = _similarities(vocab, lemma) if k > 0 else None
    if sims is None:
        return None
    top = [int(i) for i in np.argsort(-sims, kind="stable")[:k] if sims[i] >= threshold and lemmas[i] != lemma]
    if not top:
        return None
    votes: dict[str, float] = {}
    for i in top:
        votes[codes[i][:2]] = votes.get(codes[i][:2], 0.0) + float(sims[i])
    ranked = sorted(votes.values(), reverse=True)
    total = sum(ranked)
    lead = (ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)) / total
    if lead < margin:
        return None
    root = max(votes, key=lambda r: votes[r])
    best = next(i for i in top if codes[i][:2] == root)
    voters = ",".join(lemmas[i] for i in top if codes[i][:2] == root)
    return codes[best], voters, lead
