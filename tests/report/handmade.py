"""A store filled by hand from model records built on the seed texts.

Why: the report must be testable on its own, with known facts (a 5-vs-6 jets
contradiction, Dar's and Asif's quotes, incidents on known dates) independent
of how well the extractors do today. Every record points at a real sentence of
a real seed article, found by a phrase in it, so evidence links are real.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from crisislens.model import Actor, Article, Claim, Event, Mention, Quote, field_names, stable_id
from crisislens.store import Store, records_frame

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
SENT_END = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z])|\n")

META = {  # outlet labels are placeholders (the seeds carry no outlet line); dates from the texts
    "000_a626cb16bde43f97.txt": ("Outlet 000", "2025-05-07"),
    "001_61afbc4633c98507.txt": ("Alliance News", "2025-05-08"),
    "002_990d20206c8e0fb1.txt": ("Outlet 002", "2025-05-08"),
    "003_004251e0744beef0.txt": ("Outlet 003", "2025-05-25"),
    "004_ddf334acd5167ce5.txt": ("Outlet 004", "2025-05-01"),
}


def sentence(text: str, phrase: str) -> tuple[int, int, str]:
    """(start, end, sentence) of the sentence of ``text`` holding ``phrase``."""
    pos = text.index(phrase)
    starts = [0] + [m.end() for m in SENT_END.finditer(text)]
    start = max(s for s in starts if s <= pos)
    nxt = [m.start() for m in SENT_END.finditer(text) if m.start() >= pos + len(phrase)]
    end = min(nxt) if nxt else len(text)
    return start, end, text[start:end]


def articles(outlets: bool = True) -> dict[str, Article]:
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        outlet, published = META[path.name]
        outlet = outlet if outlets else None
        out[path.name] = Article(
            id=stable_id(text), doc_name=path.name, source=str(path), text=text, clean_text=text,
            outlet=outlet, outlet_how="given", published=published, published_how="given",
            title=text.split("\n", 1)[0][:120], language="en",
        )
    return out


ACTORS = {
    "dar": Actor("a-dar", "Ishaq Dar", "PAK", "GOV", "person", ["Deputy Prime Minister"], ["Dar"]),
    "asif": Actor("a-asif", "Khawaja Asif", "PAK", "MIL", "person", ["Defence Minister"], ["Asif"]),
    "pak": Actor("a-pak", "Pakistan", "PAK", None, "state"),
    "ind": Actor("a-ind", "India", "IND", None, "state"),
    "paf": Actor("a-paf", "Pakistan Air Force", "PAK", "MIL", "organization"),
    "tur": Actor("a-tur", "Türkiye", "TUR", None, "state"),
    "erdogan": Actor("a-erdogan", "Recep Tayyip Erdogan", "TUR", "GOV", "person"),
    "sharif": Actor("a-sharif", "Shehbaz Sharif", "PAK", "GOV", "person"),
    "rubio": Actor("a-rubio", "Marco Rubio", "USA", "GOV", "person"),
    "hegseth": Actor("a-hegseth", "Pete Hegseth", "USA", "MIL", "person"),
    "rajnath": Actor("a-rajnath", "Rajnath Singh", "IND", "MIL", "person"),
    "jaishankar": Actor("a-jaishankar", "S. Jaishankar", "IND", "GOV", "person"),
}

# (doc, phrase, source, target, cameo, goldstein, quad, predicate, date, modality)
EVENTS = [
    ("000", "cross-border airstrikes that claimed", "ind", "pak", "195", -10.0, 4, "airstrikes", "2025-05-07", "asserted"),
    ("001", "India launched strikes early Wednesday", "ind", "pak", "195", -10.0, 4, "launched strikes", "2025-05-07", "asserted"),
    ("000", "retaliated by downing five Indian", "paf", "ind", "190", -10.0, 4, "downing", "2025-05-07", "asserted"),
    ("001", "reportedly shot down five Indian", "pak", "ind", "190", -10.0, 4, "shot down", "2025-05-07", "asserted"),
    ("000", "He firmly rejected India", "asif", "ind", "1313", -4.0, 3, "rejected", "2025-05-07", "asserted"),
    ("001", "Erdogan also spoke with Prime Minister", "erdogan", "sharif", "040", 1.0, 1, "spoke with", "2025-05-07", "asserted"),
    ("003", "on Sunday met Pakistan's Prime Minister", "erdogan", "sharif", "042", 1.9, 1, "met", "2025-05-25", "asserted"),
    ("004", "called Defence Minister Rajnath", "hegseth", "rajnath", "040", 1.0, 1, "called", "2025-05-01", "asserted"),
    ("004", "held separate phone calls with External", "rubio", "jaishankar", "040", 1.0, 1, "held phone calls", "2025-05-01", "asserted"),
    ("004", "held separate phone calls with External", "rubio", "sharif", "040", 1.0, 1, "held phone calls", "2025-05-01", "asserted"),
    ("002", "Pakistan denies Indian claims", "ind", "pak", "195", -10.0, 4, "attacks", None, "negated"),
]

# (doc, phrase in the quote, speaker, direct, cue)
QUOTES = [
    ("000", "Yes, there has been contact between the two", "dar", True, "said"),
    ("000", "India has taken a war step against Pakistan", "dar", True, "asserted"),
    ("000", "We greatly value our friendship and brotherhood with Türkiye", "dar", True, "said"),
    ("001", "India has done something that is not condonable", "dar", True, "said"),
    ("000", "in the dark of night", "asif", True, "said"),
    ("002", "hardly any space left to de-escalate", "asif", True, "said"),
]

# (doc, phrase, value, low, qualifier, number_text, what, category, subject, claimant)
CLAIMS = [
    ("000", "downing five Indian fighter jets", 5, 5, None, "five", "Indian fighter jets downed", "aircraft_downed", "IND", "dar"),
    ("000", "shot down six Indian aircraft", 6, 6, None, "six", "Indian aircraft shot down", "aircraft_downed", "IND", "asif"),
    ("001", "shot down five Indian Air Force jets", 5, 5, None, "five", "Indian Air Force jets shot down", "aircraft_downed", "IND", None),
    ("000", "lives of 31 civilians", 31, 31, None, "31", "civilians killed", "killed", "PAK", None),
    ("001", "At least 31 civilians", 31, 31, "at least", "At least 31", "civilians martyred", "killed", "PAK", None),
]


def _doc(arts: dict[str, Article], prefix: str) -> Article:
    return next(a for name, a in arts.items() if name.startswith(prefix))


def fill(store: Store, link: bool = True, outlets: bool = True) -> dict[str, Article]:
    """Write the hand-made records (and, with ``link``, the link stage's tables) into ``store``."""
    arts = articles(outlets)
    events, quotes, claims, mentions = [], [], [], []
    for doc, phrase, src, tgt, cameo, gold, quad, pred, date, modality in EVENTS:
        art = _doc(arts, doc)
        s, e, sent = sentence(art.text, phrase)
        a, b = ACTORS[src], ACTORS[tgt]
        events.append(Event(
            stable_id(art.id, s, src, tgt, cameo), art.id, a.id, a.name, a.code, a.sector, b.id, b.name, b.code,
            b.sector, cameo, cameo[:2], None, None, gold, quad, pred, date, None, None, None, None, None, None,
            modality, s, e, sent,
        ))
    for doc, phrase, who, direct, cue in QUOTES:
        art = _doc(arts, doc)
        s, e, sent = sentence(art.text, phrase)
        ts = art.text.index(phrase)
        sp = ACTORS[who]
        quotes.append(Quote(stable_id(art.id, ts), art.id, sp.id, sp.name, sp.code, direct, phrase, ts,
                            ts + len(phrase), cue, None, None, False, s, e, sent))
    for doc, phrase, value, low, qual, ntext, what, cat, subj, who in CLAIMS:
        art = _doc(arts, doc)
        s, e, sent = sentence(art.text, phrase)
        cl = ACTORS[who] if who else None
        claims.append(Claim(stable_id(art.id, s, value, cat), art.id, value, low, None, qual, ntext, what, cat, subj,
                            cl.id if cl else None, cl.name if cl else None, cl.code if cl else None, None,
                            "2025-05-07", s, e, sent))
    for art in arts.values():
        for act in ACTORS.values():
            for name in {act.name, *act.aliases}:
                for m in re.finditer(re.escape(name), art.text):
                    s, e, _ = sentence(art.text, art.text[m.start():m.end() + 1])
                    mentions.append(Mention(art.id, act.id, m.start(), m.end(), name, "name", s, e))
    with store.transaction():
        rows = []
        for art in arts.values():
            row = {c: getattr(art, c) for c in field_names(Article)}
            row.update(words=art.words, run_id="handmade", analyzed=True)
            rows.append(row)
        store.write_df("articles", records_frame(rows, field_names(Article) + ["words", "run_id", "analyzed"]))
        store.write_df("actors", records_frame(list(ACTORS.values()), field_names(Actor)))
        store.write_df("events", records_frame(events, field_names(Event)))
        store.write_df("quotes", records_frame(quotes, field_names(Quote)))
        store.write_df("claims", records_frame(claims, field_names(Claim)))
        store.write_df("mentions", records_frame(mentions, field_names(Mention)))
        if link:
            _link_tables(store, arts, events, claims)
    return arts


def _link_tables(store: Store, arts: dict[str, Article], events: list[Event], claims: list[Claim]) -> None:
    """The link stage's output for these records, as 010_link.sql shapes it."""
    by_id = {a.id: a for a in arts.values()}
    story = "story-1"
    store.write_df("stories", pd.DataFrame([{"id": story, "label": "India–Pakistan strikes", "first_date": "2025-05-01",
                                             "last_date": "2025-05-25", "size": len(arts)}]))
    store.write_df("story_articles", pd.DataFrame([{"story_id": story, "article_id": a.id, "similarity": 1.0}
                                                   for a in arts.values() if a.doc_name[:3] != "004"]))
    store.write_df("story_articles", pd.DataFrame([{"story_id": "story-2", "article_id": _doc(arts, "004").id, "similarity": 1.0}]))
    store.write_df("stories", pd.DataFrame([{"id": "story-2", "label": "US calls for restraint", "first_date": "2025-05-01",
                                             "last_date": "2025-05-01", "size": 1}]))
    incidents, members = [], []
    groups: dict[tuple, list[Event]] = {}
    for ev in events:
        if ev.modality != "asserted":
            continue
        groups.setdefault((ev.source_code, ev.target_code, ev.cameo_root, ev.date), []).append(ev)
    for (src, tgt, root, date), evs in groups.items():
        iid = stable_id(src, tgt, root, date)
        outlets = sorted({by_id[e.article_id].outlet for e in evs})
        incidents.append({"id": iid, "source_code": src, "target_code": tgt, "cameo": evs[0].cameo, "cameo_root": root,
                          "date": date, "goldstein": evs[0].goldstein, "n_mentions": len(evs),
                          "n_articles": len({e.article_id for e in evs}), "n_sources": len({e.article_id for e in evs}),
                          "outlets": json.dumps(outlets), "story_ids": json.dumps([story]), "disagreements": "{}"})
        for e in evs:
            a = by_id[e.article_id]
            members.append({"incident_id": iid, "event_id": e.id, "article_id": a.id, "doc_name": a.doc_name,
                            "outlet": a.outlet, "source_name": e.source_name, "target_name": e.target_name,
                            "target_code": e.target_code, "cameo": e.cameo, "date": e.date, "modality": e.modality,
                            "sentence": e.sentence})
    store.write_df("incidents", pd.DataFrame(incidents))
    store.write_df("incident_mentions", pd.DataFrame(members))
    jets = [c for c in claims if c.category == "aircraft_downed"]
    killed = [c for c in claims if c.category == "killed"]
    cg = [
        {"id": "cg-jets", "category": "aircraft_downed", "subject_code": "IND", "about": "Indian aircraft downed on 2025-05-07",
         "kind": "contradiction", "date": "2025-05-07", "n_sources": 3, "parent_id": None, "values": "{}"},
        {"id": "cg-killed", "category": "killed", "subject_code": "PAK", "about": "Pakistanis killed on 2025-05-07",
         "kind": "agreement", "date": "2025-05-07", "n_sources": 2, "parent_id": None, "values": "{}"},
    ]
    store.write_df("claim_groups", pd.DataFrame(cg))
    rows = []
    for gid, cls in (("cg-jets", jets), ("cg-killed", killed)):
        for c in cls:
            a = by_id[c.article_id]
            rows.append({"group_id": gid, "claim_id": c.id, "article_id": a.id, "doc_name": a.doc_name, "outlet": a.outlet,
                         "value": c.value, "low": c.low, "high": c.high, "claimant": c.claimant_name, "role": "count",
                         "sentence": c.sentence})
    store.write_df("claim_group_members", pd.DataFrame(rows))
