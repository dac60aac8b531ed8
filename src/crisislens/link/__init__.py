"""Across sources: duplicates, stories, incidents, claim groups, quote groups, framing, timeline.

``update(store)`` runs after each analyze; ``framing(store)`` and
``timeline(store)`` read what it stored.
"""

from crisislens.link.framing import FramingReport, framing, load_terms
from crisislens.link.timeline import timeline
from crisislens.link.update import LinkSummary, update

__all__ = ["FramingReport", "LinkSummary", "framing", "load_terms", "timeline", "update"]
