"""``score(gold, pred)``: hold a prediction against a gold file, document by document.

Why documents are matched by base name: the export keys a document by the
file it came from, the gold by its file name; a prediction made from another
folder, or with paths, must still line up. Documents the gold does not
annotate are left out of every score (they are listed, not penalised).
"""

from __future__ import annotations

from typing import Any

from crisislens.eval.cross_source import score_cross_source
from crisislens.eval.goldfile import check_shape
from crisislens.eval.metrics import PRF
from crisislens.eval.names import ActorDirectory
from crisislens.eval.report import DocScore, EvalReport
from crisislens.eval.sections import score_actors, score_claims, score_events, score_quotes


def _pub(x: Any) -> str | None:
    return str(x)[:10] if x else None


def score(
    gold: dict[str, Any],
    pred: dict[str, Any],
    *,
    gold_name: str = "gold",
    pred_name: str = "prediction",
) -> EvalReport:
    """Score a gold-shaped prediction against a gold-shaped annotation.

    Raises GoldFormatError (naming ``gold_name``) when the gold is malformed; a
    malformed prediction item is skipped with a warning in the report.
    """
    g = check_shape(gold, gold_name, strict=True)
    warnings: list[str] = []
    p = check_shape(pred, pred_name, strict=False, warnings=warnings)
    report = EvalReport(corpus=g.get("corpus"), warnings=warnings)
    report.unscored_documents = sorted(set(p["documents"]) - set(g["documents"]))

    for name in sorted(g["documents"]):
        gdoc = g["documents"][name]
        pdoc = p["documents"].get(name)
        doc = DocScore(name=name, found=pdoc is not None, published_gold=_pub(gdoc.get("published")))
        if pdoc is None:
            report.warnings.append(f"{pred_name}: no document {name!r} (everything in it counts as missed)")
            pdoc = {"actors": [], "events": [], "quotes": [], "claims": []}
        else:
            doc.published_pred = _pub(pdoc.get("published"))
        if doc.published_gold:
            report.accuracy["published"].add(doc.published_gold == doc.published_pred)

        gdir, pdir = ActorDirectory(gdoc["actors"]), ActorDirectory(pdoc["actors"])
        counts = {k: PRF() for k in ("actors", "events", "quotes", "claims")}
        score_actors(gdoc["actors"], pdoc["actors"], counts["actors"], report.accuracy["actor_code"])
        score_events(gdoc["events"], pdoc["events"], counts["events"], report.accuracy)
        quote_prf = {k: PRF() for k in ("quotes", "quotes_direct", "quotes_reported")}
        score_quotes(gdoc["quotes"], pdoc["quotes"], gdir, pdir, quote_prf, report.accuracy)
        counts["quotes"] = quote_prf["quotes"]
        score_claims(
            gdoc["claims"], pdoc["claims"], gdir, pdir, counts["claims"], report.accuracy["claim_claimant"]
        )
        for key, c in {**counts, **quote_prf}.items():
            report.prf[key].add(c.tp, c.gold, c.pred)
        doc.counts = counts
        report.documents.append(doc)

    score_cross_source(g["cross_source"], p["cross_source"], report.prf)
    return report
