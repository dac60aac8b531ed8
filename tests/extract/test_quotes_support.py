"""Shared helpers for quote and claim tests: a tiny stand-in actor index and the seed gold scorers.

The fake index lets the extractors' own logic be tested without the real
resolver (actors.resolve), and documents the contract they rely on: names and
surnames, pronouns resolved to the last person named, demonyms and states.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.tokens import Span, Token

from crisislens.model import Actor, Article, stable_id

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"

STATES = {
    "india": "IND", "indian": "IND", "new delhi": "IND", "pakistan": "PAK", "pakistani": "PAK",
    "islamabad": "PAK", "türkiye": "TUR", "turkey": "TUR", "turkish": "TUR", "ankara": "TUR",
    "us": "USA", "u.s.": "USA", "united states": "USA", "white house": "USA", "american": "USA",
}


class FakeIndex:
    """Resolves PERSON entities by full name or surname, pronouns to the last person named
    before them, and states by name, capital or demonym."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.people: dict[str, Actor] = {}
        self.person_at: list[tuple[int, Actor]] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = [w for w in ent.text.split() if w[:1].isupper()]
            if not words:
                continue
            key = words[-1].strip("’'s").lower()
            actor = self.people.get(key)
            if actor is None:
                actor = Actor(stable_id("p", key), ent.text, None, None, "person", [], [words[-1]])
                self.people[key] = actor
            elif len(ent.text) > len(actor.name or ""):
                actor.name = ent.text
            self.person_at.append((ent.start, actor))

    def actors(self) -> list[Actor]:
        return list(self.people.values())

    def mentions(self) -> list:
        return []

    def actor_for(self, span: Span | Token) -> Actor | None:
        toks = [span] if isinstance(span, Token) else list(span)
        if len(toks) == 1 and toks[0].lower_ in ("he", "she", "him", "her"):
            before = [a for i, a in self.person_at if i < toks[0].i]
            return before[-1] if before else None
        for tok in reversed(toks):
            key = tok.text.strip("’'s").lower()
            if key in self.people and tok.pos_ == "PROPN":
                return self.people[key]
        text = " ".join(t.text for t in toks).lower()
        for name, code in STATES.items():
            if re.search(rf"\b{re.escape(name)}\b", text):
                return Actor(stable_id("s", code), name.title(), code, None, "state", [], [])
        return None

    def actors_for(self, span: Span | Token) -> list[Actor]:
        a = self.actor_for(span)
        return [a] if a else []

    def place_for(self, span: Span | Token) -> tuple[str, str | None] | None:
        a = self.actor_for(span)
        return (a.name or "", a.code) if a and a.kind == "state" else None


def make_article(text: str, name: str = "t.txt", published: str | None = "2025-05-08") -> Article:
    """An Article whose cleaned text is its text (no cleaning), for short real sentences."""
    return Article(id=stable_id(name), doc_name=name, source=name, text=text, clean_text=text,
                   published=published)


def make_parser(nlp):
    """A function that parses one real sentence into (article, doc, fake index)."""

    def run(text: str, published: str | None = "2025-05-08"):
        art = make_article(text, published=published)
        doc = nlp(art.clean_text)
        return art, doc, FakeIndex(doc)

    return run


def load_gold() -> dict:
    return json.loads(GOLD.read_text("utf-8"))["documents"]


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def overlap_f1(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    pool = list(tb)
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def speaker_match(pred: str | None, gold_name: str | None, aliases: list[str]) -> bool:
    """FORMAT.md rule: surname or any alias of the gold speaker appears in the predicted name
    (accent-folded, so Erdoğan matches Erdogan)."""
    from crisislens.model import fold

    if not pred or not gold_name:
        return False
    p = fold(pred)
    names = [gold_name, gold_name.split()[-1], *aliases]
    return any(fold(n) in p or p in fold(n) for n in names if n)


def alias_groups(doc_gold: dict) -> dict[str, list[str]]:
    """Gold speaker name -> every name and alias of the gold actors it names."""
    out: dict[str, list[str]] = {}
    for actor in doc_gold.get("actors", []):
        names = [actor["name"], *actor.get("aliases", [])]
        for n in names:
            out.setdefault(n, []).extend(names)
    return out


def score_quotes(pred: dict[str, list], gold_docs: dict) -> dict[str, float]:
    """Quote P/R/F1 overall and by direct/reported, plus speaker accuracy over text matches."""
    stats = {k: [0, 0, 0] for k in ("all", "direct", "reported")}  # tp, npred, ngold
    spk = [0, 0]  # speaker right, text matches
    for doc_name, g in gold_docs.items():
        preds = list(pred.get(doc_name, []))
        for k in stats:
            stats[k][1] += sum(1 for q in preds if _in_kind(k, q.direct))
            stats[k][2] += sum(1 for q in g["quotes"] if _in_kind(k, q["direct"]))
        _match_doc(preds, g, stats, spk)
    out: dict[str, float] = {"speaker_acc": spk[0] / spk[1] if spk[1] else 0.0}
    for k, (tp, npred, ngold) in stats.items():
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        out[f"{k}_p"], out[f"{k}_r"] = p, r
        out[f"{k}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def _in_kind(kind: str, direct: bool) -> bool:
    return kind == "all" or (kind == "direct") == bool(direct)


def _match_doc(preds: list, g: dict, stats: dict[str, list[int]], spk: list[int]) -> None:
    """Match one document's gold quotes to predictions (text overlap, right speaker first)."""
    aliases = alias_groups(g)
    used: set[int] = set()
    for gq in g["quotes"]:
        best = None
        for i, q in enumerate(preds):
            if i in used or overlap_f1(q.text, gq["text"]) < 0.5:
                continue
            ok = speaker_match(q.speaker_name, gq["speaker"], aliases.get(gq["speaker"], []))
            if best is None or (ok and not best[1]):
                best = (i, ok)
        if best is None:
            continue
        spk[1] += 1
        spk[0] += best[1]
        if best[1]:
            used.add(best[0])
            for k in stats:
                if _in_kind(k, gq["direct"]):
                    stats[k][0] += 1


def score_claims(pred: dict[str, list], gold_docs: dict) -> dict[str, float]:
    """Claim P/R/F1 (same doc, value, category) and claimant accuracy over matches."""
    tp = npred = ngold = 0
    ok = n = 0
    for doc_name, g in gold_docs.items():
        preds = list(pred.get(doc_name, []))
        npred += len(preds)
        ngold += len(g["claims"])
        used: set[int] = set()
        for gc in g["claims"]:
            for i, c in enumerate(preds):
                if i in used or c.value != gc["value"] or c.category != gc["category"]:
                    continue
                used.add(i)
                tp += 1
                n += 1
                if gc["claimant"] is None:
                    ok += c.claimant_name is None
                else:
                    ok += speaker_match(c.claimant_name, gc["claimant"], []) or (
                        c.claimant_code == gc["claimant_code"] and c.claimant_name is not None
                    )
                break
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "claimant_acc": ok / n if n else 0.0}
