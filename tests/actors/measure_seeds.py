"""Measure actor resolution against the gold seeds (run: .venv/bin/python tests/actors/measure_seeds.py).

A predicted actor matches a gold actor of the same document when a name or alias
folds equal and the code agrees; sector agreement is reported separately.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from crisislens import nlp
from crisislens.actors.resolve import build_index
from crisislens.actors.salience import main_actors
from crisislens.model import Article, fold

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"


def names(a) -> set[str]:
    out = {fold(a["name"])} | {fold(x) for x in a.get("aliases", [])}
    return {n.removeprefix("the ") for n in out}


def main() -> None:
    gold = json.loads(GOLD.read_text())["documents"]
    tp = fp = fn = 0
    code_ok = sector_ok = 0
    for name, g in gold.items():
        text = (ROOT / "examples" / "seeds" / name).read_text()
        art = Article(id=name, doc_name=name, source=name, text=text, clean_text=text, published=g["published"])
        idx = build_index(nlp.load()(text), art)
        pred = main_actors(idx.actors(), idx.mentions(), art.text)
        used = set()
        for p in pred:
            pn = {fold(p.name)} | {fold(x).removeprefix("the ") for x in p.aliases}
            hit = next((i for i, ga in enumerate(g["actors"]) if i not in used and pn & names(ga)), None)
            if hit is None:
                fp += 1
                print(f"  FP {name[:3]} {p.kind} {p.name} {p.code} {p.sector}")
                continue
            used.add(hit)
            tp += 1
            ga = g["actors"][hit]
            code_ok += p.code == ga["code"]
            sector_ok += p.sector == ga["sector"]
            if p.code != ga["code"] or p.sector != ga["sector"]:
                print(f"  ~~ {name[:3]} {p.name}: {p.code}/{p.sector} gold {ga['code']}/{ga['sector']}")
        for i, ga in enumerate(g["actors"]):
            if i not in used:
                fn += 1
                print(f"  FN {name[:3]} {ga['name']} {ga['code']} {ga['sector']}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"actors: P={prec:.3f} R={rec:.3f} F1={f1:.3f}  code acc={code_ok / max(tp, 1):.3f}  "
          f"sector acc={sector_ok / max(tp, 1):.3f}  (tp={tp} fp={fp} fn={fn})")
    sys.exit(0)


if __name__ == "__main__":
    main()
