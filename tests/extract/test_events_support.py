"""A tiny stand-in actor index, so the event coder's own logic is tested on its own.

It knows states by name, demonym and capital and treats PERSON/ORG entities as
actors of the state named right before them ("Pakistan's Foreign Minister Ishaq
Dar"), which is enough to exercise dyads, fan-out and claimants without the
real resolver. (Kept out of conftest.py, which several areas share.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crisislens.model import Actor, Article, fold

STATES = {
    "india": "IND", "indian": "IND", "new delhi": "IND", "delhi": "IND",
    "pakistan": "PAK", "pakistani": "PAK", "islamabad": "PAK",
    "türkiye": "TUR", "turkey": "TUR", "turkish": "TUR", "ankara": "TUR",
    "united states": "USA", "u.s.": "USA", "us": "USA", "washington": "USA", "american": "USA",
    "china": "CHN", "chinese": "CHN", "united kingdom": "GBR", "britain": "GBR", "british": "GBR",
    "russia": "RUS", "france": "FRA", "iran": "IRN", "saudi arabia": "SAU", "kuwait": "KWT",
    "united nations": "UNO", "un": "UNO", "eu": "EU", "european union": "EU",
}


class FakeIndex:
    def __init__(self, doc):
        self.doc = doc

    def _actor_for_text(self, text: str) -> Actor | None:
        key = fold(text).strip().removeprefix("the ").removesuffix("'s").removesuffix("’s").strip()
        code = STATES.get(key) or {fold(k): v for k, v in STATES.items()}.get(key)
        if code:
            return Actor(id=f"state:{code}", name=key.title(), code=code, sector=None, kind="state")
        return None

    def actor_for(self, span):
        toks = [span] if isinstance(span, Token) else list(span)
        for ent in self.doc.ents:
            if any(ent.start <= t.i < ent.end for t in toks):
                a = self._actor_for_text(ent.text)
                if a:
                    return a
                if ent.label_ in {"PERSON", "ORG"}:
                    code = None
                    before = [e for e in self.doc.ents if e.end <= ent.start and e.sent == ent.sent]
                    if before and ent.start - before[-1].end <= 6:
                        pa = self._actor_for_text(before[-1].text)
                        code = pa.code if pa else None
                    return Actor(id=f"p:{fold(ent.text)}", name=ent.text, code=code, sector=None, kind="person")
        for t in toks:
            a = self._actor_for_text(t.text)
            if a:
                return a
        return None

    def actors_for(self, span):
        if isinstance(span, Token):
            span = span.doc[span.i : span.i + 1]
        out, seen = [], set()
        for ent in span.ents:
            a = self.actor_for(ent)
            if a and a.id not in seen:
                seen.add(a.id)
                out.append(a)
        if not out:
            for t in span:
                a = self._actor_for_text(t.text)
                if a and a.id not in seen:
                    seen.add(a.id)
                    out.append(a)
        return out

    def actors(self):
        """The states the text names (enough for the coder's crisis-dyad logic)."""
        out = {}
        for tok in self.doc:
            a = self._actor_for_text(tok.text)
            if a is not None:
                out[a.id] = a
        return list(out.values())

    def mentions(self):
        return []

    def state(self, code):
        return next((a for a in self.actors() if a.code == code), None) or self.register(
            Actor(id=f"state:{code}", name=code, code=code, sector=None, kind="state")
        )

    def register(self, actor):
        self.extra = getattr(self, "extra", {})
        return self.extra.setdefault(actor.id, actor)

    def messages(self):
        return []

    def place_for(self, span):
        if isinstance(span, Span):
            for e in span.ents:
                if e.label_ in {"GPE", "LOC"}:
                    a = self._actor_for_text(e.text)
                    return (e.text, a.code if a else None)
        return None


def code_text(nlp, text: str, published: str | None = "2025-05-08"):
    """Parse a text and code it with the fake index: returns the events."""
    from crisislens.extract.events import extract_events

    doc = nlp(text)
    art = Article(id="t", doc_name="t.txt", source="t.txt", text=text, clean_text=text, published=published)
    return extract_events(doc, art, FakeIndex(doc))
