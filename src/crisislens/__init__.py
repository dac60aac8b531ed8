"""crisislens: news coverage of a crisis turned into a checkable record."""

__version__ = "0.1.0"
