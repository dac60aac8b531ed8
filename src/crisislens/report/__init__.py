"""The situation report: summary, timeline, actor network, contested numbers, quotes, framing, evidence."""

from crisislens.report.build import build_report
from crisislens.report.network import actor_graph
from crisislens.report.query import ScopeError

__all__ = ["ScopeError", "actor_graph", "build_report"]
