"""Human-readable names of countries and organisations, for the graph's labels."""
from __future__ import annotations

from functools import cache

__all__ = ["country_name", "organisation_name"]


@cache
def country_name(code: str) -> str | None:
    """The common English name of the country with alpha-2 ``code``.

    Examples
    --------
    >>> country_name("RU")
    'Russian Federation'
    >>> country_name("TW")
    'Taiwan'
    """
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    if c is None:
        return None
    return getattr(c, "common_name", None) or c.name


@cache
def organisation_name(acronym: str) -> str | None:
    """The full name of the organisation known by ``acronym``, where known."""
    return None
