"""A tiny WHERE-clause builder: conditions and their bound parameters kept together.

Why: every list filters on a handful of optional values; building the clause
and the parameter list in one object keeps them in step, and no value is ever
pasted into SQL text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Where:
    parts: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, condition: str, *params: Any) -> Where:
        """Add a condition with its ``?`` parameters (in order)."""
        self.parts.append(condition)
        self.params.extend(params)
        return self

    def maybe(self, value: Any, condition: str, repeat: int = 1) -> Where:
        """Add ``condition`` only when ``value`` is set; it binds the value ``repeat`` times."""
        if value is not None:
            self.add(condition, *([value] * repeat))
        return self

    def words(self, text: str | None, column: str) -> Where:
        """Every word of ``text`` must occur in ``column`` (any case, any order)."""
        for word in (text or "").split():
            self.add(contains(column), pattern(word))
        return self

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def like_escape(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern (used with ``ESCAPE '\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column: str) -> str:
    """The condition "column contains the bound text, any case" (pair with ``pattern``)."""
    return f"{column} ILIKE ? ESCAPE '\\'"


def pattern(text: str) -> str:
    return f"%{like_escape(text)}%"
