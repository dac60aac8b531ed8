"""Commands for evaluate (registered on the shared app)."""

from crisislens.cli.app import app  # noqa: F401
