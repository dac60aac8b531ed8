"""Precision/recall/F1 and accuracy counters, and the one-to-one matcher they rest on.

Why counts and not ratios: per-document scores must add up to the corpus
score (micro-averaging), and a ratio over zero items must read "n/a", not 0 or 1.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from crisislens.model import fold

G = TypeVar("G")
P = TypeVar("P")

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass
class PRF:
    """Matched / gold / predicted counts; precision, recall and F1 follow.

    ``tp`` counts gold items found. ``tp_pred`` counts predicted items that are
    right; it differs from ``tp`` only where matching is not one-to-one (a
    cross-source group may find two gold items), and is None otherwise.
    """

    tp: int = 0
    gold: int = 0
    pred: int = 0
    tp_pred: int | None = None

    def add(self, tp: int, gold: int, pred: int, tp_pred: int | None = None) -> None:
        self.tp += tp
        self.gold += gold
        self.pred += pred
        if tp_pred is not None or self.tp_pred is not None:
            self.tp_pred = (self.tp_pred if self.tp_pred is not None else self.tp - tp) + (
                tp_pred if tp_pred is not None else tp
            )

    @property
    def precision(self) -> float | None:
        right = self.tp if self.tp_pred is None else self.tp_pred
        return right / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None  # nothing to find and nothing found: no score
        if not p or not r:
            return 0.0  # one side empty, or nothing right
        return 2 * p * r / (p + r)

    def to_dict(self) -> dict:
        return {
            "tp": self.tp, "gold": self.gold, "pred": self.pred,
            "pred_right": self.tp if self.tp_pred is None else self.tp_pred,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }


@dataclass
class Accuracy:
    """Right out of n (n = the items the measure applies to)."""

    right: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.n += 1
        self.right += int(bool(ok))

    @property
    def value(self) -> float | None:
        return self.right / self.n if self.n else None

    def to_dict(self) -> dict:
        return {"right": self.right, "n": self.n, "accuracy": self.value}


def tokens(text: str | None) -> list[str]:
    """Folded word tokens, for overlap scores that ignore case, accents and punctuation."""
    return _TOKEN.findall(fold(text)) if text else []


def overlap_f1(a: str | None, b: str | None) -> float:
    """Token-overlap F1 of two texts (SQuAD style, multiset counts)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 1.0 if not ta and not tb and a is not None and b is not None else 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def match_one_to_one(
    gold: Sequence[G],
    pred: Sequence[P],
    score: Callable[[G, P], float | None],
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: best-scoring pairs first, each item used once.

    ``score`` returns None for a pair that may not match at all, else a
    preference (higher first). Ties keep document order, so the result is
    deterministic.
    """
    pairs: list[tuple[float, int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s is not None:
                pairs.append((s, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _s, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return sorted(out)
