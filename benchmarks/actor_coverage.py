"""Actor coverage benchmark: how much of real news the actor resolver gives a code.

Figures (each printed and, with --json, written):

- seeds actor F1, by running ``crisislens eval`` on examples/seeds (floor 0.90);
- ConfliBERT CAMEO NER file (../shared/benchmarks/conflibert-cameo, GPL-3.0, evaluation
  only): the gold source (S) and target (T) spans; UTD-CAMEO (../shared/benchmarks/utd-cameo,
  GPL-3.0): its source/target columns. For each span: is it given an actor with a code
  (``coded``; an actor resolved as an NGO counts, its code being null by FORMAT.md), is the
  code well formed (an ISO3 state of states.tsv, an IGO code, NSG, or an NGO's null: ``valid``), and, where the span itself names a state (a name, demonym or capital) or an
  IGO, does the code agree with one of them (``consistent`` over all ``checkable`` spans,
  so it also counts uncoded ones; ``agrees`` over the coded checkable spans only, NSG
  agreeing for an armed group as FORMAT.md codes them). The check uses the package's own
  state names, so it tests attachment, not the gazetteer;
- PolNeAR dev: the share of spaCy PERSON entities whose actor has a code;
- load time and RSS growth of the actor data, and actor time over the bare parse;
- with ``--long 100,1000``: only the actor stage's CPU seconds on one long article of each
  size in KB (the real news text of benchmarks/long_article.py, parsed once per size), and
  per 100 KB: flat when resolution grows linearly with the article.

With ``--classes``: the uncoded spans counted by why they were missed (``miss_class``: a
pronoun, a person the dictionary lacks, an unknown acronym, a generic noun with no state, ...).

Even-numbered rows are the development half, odd-numbered rows the report half.

usage: .venv/bin/python benchmarks/actor_coverage.py [--half even|odd] [--limit N]
       [--polnear-docs N] [--skip-seeds] [--json OUT] [--long KB,KB] [--classes]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "benchmarks"
CONFLIBERT = BENCH / "conflibert-cameo" / "conflibert_cameo_ner_train.txt"
UTD = BENCH / "utd-cameo" / "utd_cameo_sentences.tsv"
POLNEAR = BENCH / "polnear"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"


@dataclass
class Item:
    """One sentence with its gold spans as (kind, char start, char end)."""

    text: str
    spans: list[tuple[str, int, int]]
    published: str | None = None


@dataclass
class Tally:
    spans: int = 0
    coded: int = 0
    valid: int = 0
    checkable: int = 0
    consistent: int = 0
    coded_checkable: int = 0
    agrees: int = 0  # consistent among coded checkable spans, NSG agreeing for armed groups
    misses: list[str] = field(default_factory=list)
    classes: Counter = field(default_factory=Counter)  # miss class -> spans (see miss_class)

    def row(self) -> dict[str, float | int]:
        def share(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        return {
            "spans": self.spans, "coded": share(self.coded, self.spans),
            "valid": share(self.valid, self.spans),
            "checkable": self.checkable, "consistent": share(self.consistent, self.checkable),
            "coded_checkable": self.coded_checkable, "agrees": share(self.agrees, self.coded_checkable),
        }


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_conflibert(path: Path) -> list[Item]:
    """Sentences of the BIO file, tokens joined by spaces, S and T spans as char ranges."""
    items: list[Item] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        pairs = [ln.rsplit(" ", 1) for ln in block.splitlines() if " " in ln.strip()]
        if pairs:
            items.append(_bio_item(pairs))
    return items


def _bio_item(pairs: list[list[str]]) -> Item:
    text, spans, pos = "", [], 0
    open_span: list | None = None
    for tok, tag in pairs:
        start = pos + (1 if text else 0)
        text = f"{text} {tok}" if text else tok
        pos = len(text)
        kind = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[0] != kind)):
            open_span = [kind, start, pos]
            spans.append(open_span)
        elif tag.startswith("I-") and open_span is not None:
            open_span[2] = pos
        else:
            open_span = None
    return Item(text, [(k, s, e) for k, s, e in spans if k in ("S", "T")])


def read_utd(path: Path) -> list[Item]:
    """UTD rows; a source/target string not found verbatim in its sentence is left out."""
    items = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            spans = []
            for kind, col in (("S", "source"), ("T", "target")):
                val = (row.get(col) or "").strip()
                at = row["sentence"].find(val) if val else -1
                if at >= 0:
                    spans.append((kind, at, at + len(val)))
            items.append(Item(row["sentence"], spans))
    return items


def half(items: list, which: str) -> list:
    return items[0::2] if which == "even" else items[1::2]


def explicit_codes(span, index) -> set[str]:
    """Codes the span itself names: states (name/demonym/capital), IGOs, armed groups."""
    from crisislens.actors import gazetteer as gz

    g = gz.load()
    norms = [gz.norm_token(t.text) for t in span]
    found: set[str] = set()
    for i in range(len(norms)):
        for j in range(i + 1, min(len(norms), i + g.max_len) + 1):
            for e in g.table.get(tuple(norms[i:j]), []):
                if e.kind in (gz.STATE, gz.DEMONYM, gz.CAPITAL, gz.IGO, gz.GROUP) and e.code:
                    found.add(e.code)
    return found


def valid_codes() -> set[str]:
    from crisislens.actors import gazetteer as gz

    g = gz.load()
    igo = {e.code for es in g.table.values() for e in es if e.kind == gz.IGO and e.code}
    return set(g.state_names) | igo | {"NSG", "IGO"}


# Sectors whose actors FORMAT.md codes null: an NGO is neither a state, an IGO nor an armed group,
# so an actor resolved as one (ngos.tsv, the dictionary's NGO codes) is complete with code null.
NULL_CODE_SECTORS = frozenset({"NGO"})


def resolved(actor) -> bool:
    """The resolver gave the actor its full FORMAT.md code: a code, or null for an NGO."""
    return actor is not None and (bool(actor.code) or actor.sector in NULL_CODE_SECTORS)


def span_actor(index, span):
    """The first resolved actor the resolver gives the span (its head, else any in it): coded,
    or an NGO (code null by FORMAT.md; counting it a miss would punish a correct answer)."""
    cands = [index.actor_for(span), *index.actors_for(span)]
    return next((a for a in cands if resolved(a)), None)


def score_items(items: list[Item], tally: Tally, timing: dict[str, float], source: str) -> None:
    from crisislens import nlp
    from crisislens.actors.resolve import build_index
    from crisislens.model import Article, stable_id

    ok = valid_codes()
    arts = [
        Article(id=stable_id(source, i, it.text), doc_name=f"{source}:{i}", source=source, text=it.text,
                clean_text=it.text, published=it.published)
        for i, it in enumerate(items)
    ]
    t0 = time.perf_counter()
    docs = list(nlp.parse([a.clean_text for a in arts]))
    timing["parse"] += time.perf_counter() - t0
    for it, art, doc in zip(items, arts, docs, strict=True):
        t1 = time.perf_counter()
        index = build_index(doc, art)
        for kind, s, e in it.spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            _score_span(tally, index, span, ok, kind)
        timing["actors"] += time.perf_counter() - t1


def _score_span(tally: Tally, index, span, ok: set[str], kind: str) -> None:
    tally.spans += 1
    actor = span_actor(index, span)
    named = explicit_codes(span, index)
    if named:
        tally.checkable += 1
    if actor is None:
        why = miss_class(span, index)
        tally.classes[why] += 1
        if len(tally.misses) < 400:
            tally.misses.append(f"{kind}\t{why}\t{span.text}")
        return
    tally.coded += 1
    tally.valid += actor.code in ok or actor.code is None  # only an NGO gets here uncoded
    tally.consistent += bool(named) and actor.code in named
    if named:
        tally.coded_checkable += 1
        armed = actor.code == "NSG" and actor.sector in ("REB", "UAF", "INS")
        tally.agrees += actor.code in named or armed


PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "who", "which"}
FUNCTION_POS = {"DET", "ADP", "PART", "NUM", "VERB", "AUX", "ADJ", "INTJ", "ADV", "CCONJ"}
ROLE_KINDS = ("role", "generic", "agent", "body")


def miss_class(span, index) -> str:
    """Why a gold span got no code, in the classes the actors engineer sorts misses into:
    read off the parse, the NER and the gazetteer matches of the span (no gold labels)."""
    from crisislens.actors import gazetteer as gz

    root = span.root
    kinds = {e.kind for m in index.matches if span.start <= m.start < span.end for e in m.entries[:1]}
    coded_inside = any(
        a is not None and a.code for t in span for k in index.by_token.get(t.i, [])
        for a in [index._actor_map().get(k)]
    )
    if root.pos_ == "PRON" or root.lower_ in PRONOUNS:
        return "pronoun"
    if root.pos_ in FUNCTION_POS or root.like_num:
        return "head on a function word or number" + (" (code inside)" if coded_inside else "")
    if coded_inside:
        return "code inside, not on the head"
    if root.ent_type_ == "PERSON":
        return "person with a role, no state" if gz.ROLE in kinds else "person not in the dictionary"
    if root.ent_type_ in ("ORG", "NORP") or root.text.isupper() and len(root.text) > 1:
        acronym = root.text.isupper() and len(root.text) > 1
        return ("organisation acronym" if acronym else f"{root.ent_type_ or 'ORG'} name") + " not known"
    if root.ent_type_ in ("GPE", "LOC", "FAC") or gz.PLACE in kinds:
        return "place, not a state"
    if kinds & set(ROLE_KINDS):
        states = any(e.kind in (gz.STATE, gz.DEMONYM, gz.CAPITAL) for m in index.matches for e in m.entries[:1])
        return "generic noun phrase / role, " + ("state elsewhere" if states else "no state in the text")
    return "common noun unknown to the lexicon" if root.pos_ == "NOUN" else f"other ({root.pos_})"


def polnear(docs: int, which: str, timing: dict[str, float]) -> dict[str, float | int]:
    """Share of PERSON entities in PolNeAR dev articles whose actor has a code."""
    from crisislens import nlp
    from crisislens.actors.resolve import build_index
    from crisislens.model import Article

    paths = half(sorted((POLNEAR / "dev" / "text").glob("*.txt")), which)[:docs]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    arts = [
        Article(id=p.stem, doc_name=p.name, source="polnear", text=t, clean_text=t, published=_date_of(p.stem))
        for p, t in zip(paths, texts, strict=True)
    ]
    t0 = time.perf_counter()
    parsed = list(nlp.parse(texts))
    timing["parse"] += time.perf_counter() - t0
    people = coded = 0
    for art, doc in zip(arts, parsed, strict=True):
        t1 = time.perf_counter()
        index = build_index(doc, art)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                people += 1
                coded += span_actor(index, ent) is not None
        timing["actors"] += time.perf_counter() - t1
    return {"docs": len(arts), "persons": people, "coded": round(coded / people, 3) if people else 0.0}


def _date_of(stem: str) -> str | None:
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", stem)
    return m.group(1) if m else None


def seeds_f1() -> str:
    """The actor line of ``crisislens eval`` on the seeds."""
    exe = ROOT / ".venv" / "bin" / "crisislens"
    res = subprocess.run(
        [str(exe), "eval", "--gold", str(GOLD), str(ROOT / "examples" / "seeds")],
        capture_output=True, text=True, check=False, cwd=ROOT, env={**os.environ, "COLUMNS": "120"},
    )
    line = next((ln.strip() for ln in res.stdout.splitlines() if "actors" in ln.lower()), None)
    if line:
        return line
    # the CLI failed (another stage broken): the actor-only scorer of tests/actors instead
    alt = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "actors" / "measure_seeds.py")],
        capture_output=True, text=True, check=False, cwd=ROOT,
    ).stdout
    tail = res.stderr.strip().splitlines()[-1:] or ["no output"]
    return f"eval failed ({tail[0][:120]}); measure_seeds: " + (alt.strip().splitlines() or [""])[-1]


def load_cost() -> dict[str, float]:
    """Seconds and RSS growth (MB) of loading the actor data, spaCy already loaded."""
    from crisislens import nlp

    nlp.load()
    before = _rss_mb()
    t0 = time.perf_counter()
    from crisislens.actors import gazetteer as gz

    gz.load()  # builds and caches the gazetteer when its data changed
    first = time.perf_counter() - t0
    gz.load.cache_clear()
    t0 = time.perf_counter()
    gz.load()
    try:
        from crisislens.actors import dictionary
    except ImportError:
        dictionary = None
    if dictionary is not None:
        dictionary.load()
    return {"load_s": round(time.perf_counter() - t0, 3), "first_load_s": round(first, 3),
            "rss_mb": round(_rss_mb() - before, 1)}


def long_article(sizes: list[int]) -> dict[str, dict[str, float]]:
    """Actor CPU seconds (build_index alone, the parse excluded) on one long article per size."""
    from long_article import KB, build_text  # benchmarks/ is on sys.path when run as a script

    from crisislens import nlp
    from crisislens.actors.resolve import build_index
    from crisislens.model import Article

    out: dict[str, dict[str, float]] = {}
    for kb in sizes:
        text = build_text(kb * KB)[: nlp.MAX_CHARS]
        doc = next(nlp.parse([text]))
        art = Article(id="long", doc_name="long.txt", source="long", text=text, clean_text=text, published=None)
        c0 = time.process_time()
        build_index(doc, art)
        cpu = time.process_time() - c0
        out[f"{kb}KB"] = {"actor_cpu_s": round(cpu, 2), "cpu_s_per_100KB": round(cpu / kb * 100, 3)}
        print(f"{kb:>6}KB actor cpu {cpu:8.2f} s {cpu / kb * 100:8.3f} s/100KB", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=["even", "odd"], default="even")
    ap.add_argument("--limit", type=int, default=0, help="at most N sentences per benchmark")
    ap.add_argument("--polnear-docs", type=int, default=20)
    ap.add_argument("--skip-seeds", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--misses", type=Path, help="write uncoded spans here")
    ap.add_argument("--classes", action="store_true", help="count the uncoded spans by miss class")
    ap.add_argument("--long", help="sizes in KB, comma-separated: time the actor stage on long articles only")
    args = ap.parse_args()
    if args.long:
        print(json.dumps({"long": long_article([int(x) for x in args.long.split(",")])}, indent=1))
        return
    out: dict[str, object] = {"half": args.half, "load": load_cost()}
    timing = {"parse": 0.0, "actors": 0.0}
    for name, reader, path in (("conflibert", read_conflibert, CONFLIBERT), ("utd", read_utd, UTD)):
        items = half(reader(path), args.half)
        items = items[: args.limit] if args.limit else items
        tally = Tally()
        score_items(items, tally, timing, name)
        out[name] = tally.row()
        if args.classes:
            out[f"{name}_misses"] = dict(tally.classes.most_common())
        if args.misses:
            with args.misses.open("a", encoding="utf-8") as fh:
                fh.writelines(f"{name}\t{m}\n" for m in tally.misses)
    out["polnear"] = polnear(args.polnear_docs, args.half, timing)
    out["actor_over_parse"] = round(timing["actors"] / timing["parse"], 3) if timing["parse"] else 0.0
    if not args.skip_seeds:
        out["seeds"] = seeds_f1()
    print(json.dumps(out, indent=1))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
