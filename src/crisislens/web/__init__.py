"""The web app and REST API over a crisislens store (``crisislens serve``)."""

from crisislens.web.app import create_app

__all__ = ["create_app"]
