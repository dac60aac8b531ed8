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
LSH_THRESHOLD = 0.3
_WORD = re.compile(r"\w+")

GROUP_COLUMNS = ["id", "kind", "speaker", "text", "n_sources", "speakers"]
MEMBER_COLUMNS = ["group_id", "quote_id", "article_id", "doc_name", "outlet", "speaker", "speaker_code", "direct", "text", "similarity"]


def _tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text or ""))


def _minhash(tokens: list[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=2)
    feats = set(tokens) | {f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)}
    mh.update_batch([f.encode("utf-8") for f in feats])
    return mh


def similarity(a: str, b: str) -> float:
    """Token-set similarity (0-100) of two quote texts, case and accents folded."""
    return float(fuzz.token_set_ratio(" ".join(_tokens(a)), " ".join(_tokens(b))))


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
    groups, members = [], []
    for ids in uf.groups():
        if len(ids) >= 2:
            _emit(qt.loc[sorted(ids)], best, groups, members)
    return pd.DataFrame(groups, columns=GROUP_COLUMNS), pd.DataFrame(members, columns=MEMBER_COLUMNS)


def _same_words(qt: pd.DataFrame) -> tuple[UnionFind, dict[str, float]]:
    """Quotes of different articles with the same words (MinHash candidates, then similarity)."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    uf = UnionFind(qt["id"])
    best: dict[str, float] = {}
    texts = dict(zip(qt["id"], qt["text"], strict=True))
    arts = dict(zip(qt["id"], qt["article_id"], strict=True))
    for qid, toks in zip(qt["id"], qt["k_tok"], strict=True):
        mh = _minhash(toks)
        for cand in lsh.query(mh):
            if arts[cand] == arts[qid]:
                continue  # the same article repeating a line is not a second report of it
            sim = similarity(texts[qid], texts[cand])
            if sim >= SAME_WORDS:
                uf.union(cand, qid)
                best[qid] = max(best.get(qid, 0.0), sim)
                best[cand] = max(best.get(cand, 0.0), sim)
        lsh.insert(qid, mh, check_duplication=False)
    return uf, best


def _emit(part: pd.DataFrame, best: dict[str, float], groups: list, members: list) -> None:
    speakers = Counter(person_key(s) for s in part["speaker_name"] if person_key(s))
    names = Counter(clean(s) for s in part["speaker_name"] if clean(s))
    sources = {(clean(g) or a) for g, a in zip(part["dup_group"], part["article_id"], strict=True)}
    if len(speakers) > 1:
        kind = "speaker-conflict"
    elif len(sources) > 1 and speakers:
        kind = "corroborated"
    else:
        kind = "single-source"
    gid = stable_id("quotes", part["id"].iloc[0])
    groups.append({
        "id": gid, "kind": kind,
        "speaker": names.most_common(1)[0][0] if names else None,
        "text": max(part["text"], key=len), "n_sources": len(sources),
        "speakers": json.dumps(dict(names), ensure_ascii=False),
    })
    for r in part.itertuples():
        members.append({
            "group_id": gid, "quote_id": r.id, "article_id": r.article_id,
            "doc_name": clean(r.doc_name), "outlet": clean(r.outlet),
            "speaker": clean(r.speaker_name), "speaker_code": clean(r.speaker_code),
            "direct": bool(r.direct) if clean(r.direct) is not None else None,
            "text": r.text, "similarity": best.get(r.id),
        })
