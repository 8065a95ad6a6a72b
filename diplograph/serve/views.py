"""HTML from templates: Jinja2 with autoescaping on for every template.

Examples
--------
>>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
(True, False)
>>> safe_url("https://example.org/<script>")
False
>>> "&lt;script&gt;" in render("error.html", {"title": "x", "message": "<script>"})
True
"""
from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

__all__ = ["render", "safe_url"]

_NOT_IN_URL = set('<>"`{}|\\^')


def safe_url(url: str | None) -> bool:
    """Whether ``url`` may be a link: a valid http(s) URL (never javascript:, data: ...).

    Characters a URL cannot hold (``<>"`` ...) make it text, not a link.
    """
    if not url or any(ch.isspace() or ord(ch) < 32 or ch in _NOT_IN_URL for ch in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@cache
def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("diplograph.serve", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.tests["safe_url"] = safe_url
    return env


def render(name: str, data: dict) -> str:
    """The template ``name`` filled with ``data`` (as ``page``)."""
    return _environment().get_template(name).render(page=data)
