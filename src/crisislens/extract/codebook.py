"""The CAMEO code book inside the package: code -> label, root, Goldstein, QuadClass, PLOVER.

Every event the coder emits is looked up here, so the Goldstein score, the
GDELT QuadClass and the PLOVER type always agree with the CAMEO code (one table,
not numbers scattered through the coder). The table is a copy of public code
books (see the ``# source:`` header of ``data/cameo_codebook.tsv``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with everything downstream needs to know about it."""

    code: str
    root: str
    label: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    plover_mode: str | None
    plover_context: str | None


def _opt(value: str) -> str | None:
    value = (value or "").strip()
    return value or None


@cache
def codebook() -> dict[str, CameoCode]:
    """All CAMEO codes (roots "01".."20" and their sub-codes), keyed by code."""
    text = resources.files("crisislens.extract").joinpath("data/cameo_codebook.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    book: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        gold = _opt(row["goldstein"])
        quad = _opt(row["quad_class"])
        book[row["code"]] = CameoCode(
            code=row["code"],
            root=row["root"],
            label=row["label"],
            goldstein=float(gold) if gold is not None else None,
            quad_class=int(quad) if quad is not None else None,
            plover=_opt(row["plover"]),
            plover_mode=_opt(row["plover_mode"]),
            plover_context=_opt(row["plover_context"]),
        )
    return book


def lookup(code: str | None) -> CameoCode | None:
    """The entry for a code; an unknown sub-code falls back to its nearest known parent.

    "1951" (not in the book) -> "195"; "19" -> the root entry.
    """
    if not code:
        return None
    book = codebook()
    code = code.strip()
    while code:
        if code in book:
            return book[code]
        code = code[:-1]
        if len(code) < 2:
            return None
    return None


def root_of(code: str) -> str:
    """The two-digit CAMEO root of a code ("0256" -> "02", "195" -> "19")."""
    return code[:2]


def label(code: str | None) -> str | None:
    entry = lookup(code)
    return entry.label if entry else None


def root_quad_class(root: str) -> int:
    """GDELT QuadClass by root: 01-05 verbal coop, 06-08 material coop, 09-14 verbal conflict, 15-20 material."""
    r = int(root)
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 14:
        return 3
    return 4
