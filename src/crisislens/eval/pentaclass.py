"""CAMEO root -> the 5-class scheme (statement, verbal/material cooperation, verbal/material conflict).

Why in the package: ConfliBERT's CAMEO benchmark and several event-data
papers report this coarse class; scoring our root against it needs the
code book's own mapping, copied into ``data/cameo_pentaclass.tsv`` with its source.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

CLASS_NAMES = {
    0: "statement/appeal",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@cache
def root_to_class() -> dict[str, int]:
    """The mapping of the 20 CAMEO roots ("01".."20") to classes 0..4."""
    text = resources.files("crisislens.eval").joinpath("data/cameo_pentaclass.tsv").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for line in rows[1:]:
        root, _label, cls = line.split("\t")
        out[root.zfill(2)] = int(cls)
    return out


def pentaclass(root: str | None) -> int | None:
    """The 5-class label of a CAMEO root (or code: its first two digits), None when unknown."""
    if not root:
        return None
    return root_to_class().get(str(root)[:2].zfill(2))


def salient_event(events: list, sentence: str):  # noqa: ANN201 - Event or None
    """The event a one-sentence coder would report: asserted first, then earliest predicate.

    Why this order: the benchmark labels a sentence by its main event; a
    sentence's first asserted predicate is usually its main verb ("X rejected
    Y's request to ..."), while later ones sit in complements or clauses.
    """
    if not events:
        return None
    low = sentence.lower()

    def key(ev) -> tuple:  # noqa: ANN001
        # the predicate is the trigger word plus its pattern's particle/object ("rejected call"),
        # which need not be contiguous in the text: place the event by its trigger word
        words = (getattr(ev, "predicate", None) or "").lower().split()
        pos = low.find(words[0]) if words else -1
        modality = getattr(ev, "modality", "asserted")
        return (modality != "asserted", pos if pos >= 0 else len(low), -abs(getattr(ev, "goldstein", 0) or 0))

    return min(events, key=key)


def confusion_matrix(gold: list[int], pred: list[int | None], n_classes: int = 5) -> list[list[int]]:
    """rows = gold class, columns = predicted class; a last column counts 'no event found'."""
    matrix = [[0] * (n_classes + 1) for _ in range(n_classes)]
    for g, p in zip(gold, pred, strict=True):
        matrix[g][n_classes if p is None else p] += 1
    return matrix
