"""``diplograph serve``: a read-only web explorer and SPARQL endpoint over the store.

The web layer (Starlette, Jinja2, uvicorn) loads only when asked for, so the
SPARQL worker processes import little.
"""
from __future__ import annotations

__all__ = ["make_app", "run_server", "ServeConfig"]


def __getattr__(name: str):
    if name in ("make_app", "ServeConfig"):
        from . import app

        return getattr(app, name)
    if name == "run_server":
        from .server import run_server

        return run_server
    raise AttributeError(name)
