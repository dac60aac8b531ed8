"""Evaluation: score a gold-shaped prediction against a gold file (see gold/FORMAT.md).

``score(gold, pred)`` compares two dicts of the gold shape and returns an
EvalReport; ``load_json(path)`` reads and checks a gold file.
"""

from crisislens.eval.goldfile import GoldFormatError, load_json
from crisislens.eval.metrics import PRF, Accuracy
from crisislens.eval.report import EvalReport
from crisislens.eval.scoring import score

__all__ = ["PRF", "Accuracy", "EvalReport", "GoldFormatError", "load_json", "score"]
