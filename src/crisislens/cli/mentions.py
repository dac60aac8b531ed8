"""Rich rendering of actor mentions over an article's text (used by ``crisislens show --actors``).

Display code, so it lives with the CLI rather than in the resolver: it only colours
stored mentions by their actor's sector.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.text import Text

SECTOR_STYLE = {
    "GOV": "bold blue", "DIP": "bold cyan", "MIL": "bold red", "SPY": "bold magenta",
    "MED": "bold green", "IGO": "bold yellow", "REB": "bold white on red", "LEG": "blue",
    "JUD": "blue", "COP": "red",
}
DEFAULT_STYLE = "bold"


def mark_mentions(text: str, mentions: Sequence[Mapping[str, Any]]) -> Text:
    """The text with each mention styled by sector and followed by a dim ``[name CODE]`` tag.

    ``mentions`` are rows with original-text ``start``/``end`` and, when known, the
    actor's ``name``, ``code``, ``sector``; rows with offsets outside the text or
    overlapping an earlier row are skipped rather than garbling the output.
    """
    out = Text()
    pos = 0
    for m in sorted(mentions, key=lambda r: (int(r.get("start") or 0), -int(r.get("end") or 0))):
        try:
            start, end = int(m["start"]), int(m["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if start < pos or end > len(text) or end <= start:
            continue
        out.append(text[pos:start])
        out.append(text[start:end], style=SECTOR_STYLE.get(m.get("sector") or "", DEFAULT_STYLE))
        label = " ".join(str(x) for x in (m.get("name"), m.get("code")) if x) or "role"
        if m.get("how") == "pronoun" or not fold_eq(label, text[start:end]):
            out.append(f" [{label}]", style="dim")
        pos = end
    out.append(text[pos:])
    return out


def fold_eq(a: str, b: str) -> bool:
    """Whether a tag would only repeat the mention's own words (then it is left out)."""
    return a.split(" ")[0].casefold() == b.casefold()
