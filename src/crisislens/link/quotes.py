"""Quote groups: the same words reported by several outlets, and who they credit.

Candidates come from MinHash LSH over word unigrams and bigrams of the quote
(so 10,000 articles do not mean 10,000² comparisons); a pair is the same quote
when rapidfuzz's token-set ratio is at least ``SAME_WORDS`` (word order and a
dropped "yes" do not matter: "Yes, there has been contact between the two" =
"There has been contact between the two, yes"). Short quotes (under
``MIN_WORDS`` words) are too generic to compare.

A group whose members credit one speaker (compared by surname) in two or more
independent sources is ``corroborated``; one that credits different speakers is
``speaker-conflict`` (a misattribution, or two people repeating a line);
otherwise ``single-source``.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter

import pandas as pd
from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from crisislens.link.common import UnionFind, clean, person_key
from crisislens.model import fold, stable_id

SAME_WORDS = 85.0
MIN_WORDS = 5
NUM_PERM = 64
SCHEME = "affine32"  # datasketch's default, named because reused permutations must say it
LSH_THRESHOLD = 0.3
_WORD = re.compile(r"\w+")

GROUP_COLUMNS = ["id", "kind", "speaker", "text", "n_sources", "speakers"]
MEMBER_COLUMNS = ["group_id", "quote_id", "article_id", "doc_name", "outlet", "speaker", "speaker_code", "direct", "text", "similarity"]


def _tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text or ""))


@functools.cache
def _permutations() -> object:
    """The seed's hash permutations, drawn once: building them per quote was most of the
    LSH cost (the same seed gives the same permutations, so the signatures do not change)."""
    return MinHash(num_perm=NUM_PERM, seed=2, scheme=SCHEME).permutations


def _minhash(tokens: list[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=2, permutations=_permutations(), scheme=SCHEME)
    feats = set(tokens) | {f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)}
    mh.update_batch([f.encode("utf-8") for f in feats])
    return mh


def build(quotes: pd.DataFrame, meta: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """quote_groups and quote_group_members frames from all stored quotes."""
    empty = pd.DataFrame(columns=GROUP_COLUMNS), pd.DataFrame(columns=MEMBER_COLUMNS)
    if quotes.empty:
        return empty
    qt = quotes.merge(meta, on="article_id", how="left")
    qt = qt[qt["text"].notna()].copy()
    qt["k_tok"] = [_tokens(t) for t in qt["text"]]
    qt = qt[[len(t) >= MIN_WORDS for t in qt["k_tok"]]]
    if qt.empty:
        return empty
    qt = qt.sort_values("id").set_index("id", drop=False)
    uf, best = _same_words(qt)
    records = dict(zip(qt["id"], qt.to_dict("records"), strict=True))
    groups, members = [], []
    for ids in uf.groups():
        if len(ids) >= 2:
            _emit([records[i] for i in sorted(ids)], best, groups, members)
    return pd.DataFrame(groups, columns=GROUP_COLUMNS), pd.DataFrame(members, columns=MEMBER_COLUMNS)


def _same_words(qt: pd.DataFrame) -> tuple[UnionFind, dict[str, float]]:
    """Quotes of different articles with the same words (MinHash candidates, then similarity).

    A line repeated by k outlets makes every copy a candidate of every later one, so
    comparing them all is quadratic in k (link_bench: quotes.build 30 -> 62 s from 10k to
    30k). A candidate already in the quote's group, with both best similarities at the
    ceiling (100), can change neither the groups nor the similarities and is skipped; a
    pair of token strings already compared is looked up, not recomputed.
    """
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    uf = UnionFind(qt["id"])
    best: dict[str, float] = {}
    joined = {q: " ".join(t) for q, t in zip(qt["id"], qt["k_tok"], strict=True)}
    arts = dict(zip(qt["id"], qt["article_id"], strict=True))
    seen: dict[tuple[str, str], float] = {}
    for qid, toks in zip(qt["id"], qt["k_tok"], strict=True):
        mh = _minhash(toks)
        for cand in lsh.query(mh):
            if arts[cand] == arts[qid] or _settled(uf, best, qid, cand):
                continue  # the same article repeating a line is not a second report of it
            sim = _pair_similarity(seen, joined[qid], joined[cand])
            if sim >= SAME_WORDS:
                uf.union(cand, qid)
                best[qid] = max(best.get(qid, 0.0), sim)
                best[cand] = max(best.get(cand, 0.0), sim)
        lsh.insert(qid, mh, check_duplication=False)
    return uf, best


def _settled(uf: UnionFind, best: dict[str, float], a: str, b: str) -> bool:
    """Whether comparing a and b can change nothing: one group already, both bests at 100."""
    return best.get(a, 0.0) >= 100.0 and best.get(b, 0.0) >= 100.0 and uf.find(a) == uf.find(b)


def _pair_similarity(seen: dict[tuple[str, str], float], a: str, b: str) -> float:
    """``similarity`` of two folded token strings, remembered: a repeated line meets its copies many times."""
    key = (a, b)
    if key not in seen:
        seen[key] = float(fuzz.token_set_ratio(a, b))
    return seen[key]


def _emit(part: list[dict], best: dict[str, float], groups: list, members: list) -> None:
    """One group's row and its members' rows, from plain records (sorted by quote id).

    Why records: selecting each group's rows from the frame (``.loc``) cost more than
    finding the groups."""
    speakers = Counter(person_key(r["speaker_name"]) for r in part if person_key(r["speaker_name"]))
    names = Counter(clean(r["speaker_name"]) for r in part if clean(r["speaker_name"]))
    sources = {(clean(r["dup_group"]) or r["article_id"]) for r in part}
    if len(speakers) > 1:
        kind = "speaker-conflict"
    elif len(sources) > 1 and speakers:
        kind = "corroborated"
    else:
        kind = "single-source"
    gid = stable_id("quotes", part[0]["id"])
    groups.append({
        "id": gid, "kind": kind,
        "speaker": names.most_common(1)[0][0] if names else None,
        "text": max((r["text"] for r in part), key=len), "n_sources": len(sources),
        "speakers": json.dumps(dict(names), ensure_ascii=False),
    })
    for r in part:
        members.append({
            "group_id": gid, "quote_id": r["id"], "article_id": r["article_id"],
            "doc_name": clean(r["doc_name"]), "outlet": clean(r["outlet"]),
            "speaker": clean(r["speaker_name"]), "speaker_code": clean(r["speaker_code"]),
            "direct": bool(r["direct"]) if clean(r["direct"]) is not None else None,
            "text": r["text"], "similarity": best.get(r["id"]),
        })
