"""The result of one evaluation: corpus scores, per-document counts, warnings.

Why one object: the CLI prints it as a table, writes it as JSON, and tests
assert on it, so all three read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crisislens.eval.metrics import PRF, Accuracy

# Display order and labels of the P/R/F1 rows and the accuracy rows.
PRF_ROWS = (
    ("actors", "actors"),
    ("events", "events (doc, source, target, root)"),
    ("quotes", "quotes"),
    ("quotes_direct", "quotes: direct"),
    ("quotes_reported", "quotes: reported"),
    ("claims", "claims (value, category)"),
    ("contradictions", "cross-source: contradictions"),
    ("agreements", "cross-source: agreements"),
)
ACCURACY_ROWS = (
    ("actor_code", "actor code (matched by name)"),
    ("event_date", "event date (matched, gold dated)"),
    ("event_plover", "event PLOVER type (matched)"),
    ("event_cameo", "event CAMEO full code (matched, gold code)"),
    ("event_negated", "event negation (matched)"),
    ("quote_speaker", "quote speaker (matched by text)"),
    ("quote_direct", "quote direct/reported (matched)"),
    ("claim_claimant", "claim claimant (matched)"),
    ("published", "published date (documents with a gold date)"),
)


@dataclass
class DocScore:
    """Counts for one gold document: how many facts each side has and how many matched."""

    name: str
    found: bool  # the prediction has this document
    counts: dict[str, PRF] = field(default_factory=dict)
    published_gold: str | None = None
    published_pred: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.name,
            "found": self.found,
            "published": {"gold": self.published_gold, "pred": self.published_pred},
            **{k: v.to_dict() for k, v in self.counts.items()},
        }


@dataclass
class EvalReport:
    """Scores of a prediction against a gold file (micro-averaged over documents)."""

    corpus: str | None = None
    prf: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k, _ in PRF_ROWS})
    accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k, _ in ACCURACY_ROWS}
    )
    documents: list[DocScore] = field(default_factory=list)
    unscored_documents: list[str] = field(default_factory=list)  # in the prediction, not in gold
    warnings: list[str] = field(default_factory=list)

    def f1(self, key: str) -> float | None:
        return self.prf[key].f1

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "scores": {k: self.prf[k].to_dict() for k, _ in PRF_ROWS},
            "accuracy": {k: self.accuracy[k].to_dict() for k, _ in ACCURACY_ROWS},
            "documents": [d.to_dict() for d in self.documents],
            "unscored_documents": self.unscored_documents,
            "warnings": self.warnings,
        }
