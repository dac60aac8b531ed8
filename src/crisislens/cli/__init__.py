"""crisislens command line: each capability's commands live in their own module."""

from __future__ import annotations

import importlib

from crisislens.cli.app import app

# Modules that register commands on ``app``; each is a thin shell over the library.
COMMAND_MODULES = ("core", "actors", "events", "quotes", "link", "report", "evaluate", "serve")

for _name in COMMAND_MODULES:
    importlib.import_module(f"crisislens.cli.{_name}")


def main() -> None:
    app()
