"""Airports named in a text, and the city each serves.

"landed at Jomo Kenyatta International Airport": the airport is a venue, never a
place, but a dataset ties it to its city (Nairobi). The data is the ``airportsdata``
package (MIT licence; ICAO/IATA codes, names, cities and countries of airports),
read once, only the 7,900 airports with an IATA code (those with airline service).
An airport is found by the words of its name before "Airport" ("Jomo Kenyatta",
"Kotoka", "Changi" for "Singapore Changi International Airport") or by its IATA code
("JFK airport").
"""

from __future__ import annotations

import logging
from functools import lru_cache

from .place_tables import name_key

__all__ = [
    "AIRPORT_WORDS",
    "airport_city",
    "airport_mentions",
    "airport_words",
    "named_in_a_citys_airport",
]

log = logging.getLogger(__name__)

# words that end an airport's name
AIRPORT_WORDS = {"Airport", "airport", "Airfield", "airfield", "Aerodrome"}
# words of airport names that do not tell one airport from another
_GENERIC = {
    "international",
    "intl",
    "airport",
    "airfield",
    "aerodrome",
    "aeropuerto",
    "aeroporto",
    "aeroport",
    "internacional",
    "nuevo",
    "domestic",
    "regional",
    "municipal",
}


def airport_words(words: list[str]) -> str:
    """The distinctive part of an airport's name, as a lookup key."""
    kept = [w for w in words if name_key(w) not in _GENERIC and not w.startswith("(")]
    return name_key(" ".join(kept))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str] | None]:
    """key of an airport's name (and of its IATA code) -> (city, country); None where
    two cities' airports share the key."""
    try:
        import airportsdata
    except ImportError:  # the package is optional: without it airports give no city
        log.warning("airportsdata is not installed: airports will give no city")
        return {}
    index: dict[str, tuple[str, str] | None] = {}

    def put(key: str, value: tuple[str, str]) -> None:
        if key and index.setdefault(key, value) not in (value, None):
            index[key] = None  # ambiguous

    for row in airportsdata.load("IATA").values():
        city, cc = row["city"], row["country"]
        if not city or not cc:
            continue
        words = row["name"].split()
        key = airport_words(words)
        put(key, (city, cc))
        town = name_key(city)
        if key.startswith(town) and len(key) > len(town):  # "Singapore Changi": "Changi"
            put(key[len(town) :], (city, cc))
        put("iata:" + row["iata"], (city, cc))
    return index


def airport_city(words: list[str]) -> tuple[str, str] | None:
    """(city, country) of the airport whose name is ``words`` (without "Airport"), or
    None. A single all-capital word is read as an IATA code."""
    if len(words) == 1 and words[0].isupper() and len(words[0]) == 3:
        return _index().get("iata:" + words[0])
    key = airport_words(words)
    return _index().get(key) if key else None


_AIRPORT_LOWER = {w.lower() for w in AIRPORT_WORDS}


def named_in_a_citys_airport(s: int, e: int, lower: list[str], city_ends: set[int]) -> bool:
    """Whether the words ``s:e`` name an airport a city's possessive owns ("Pyongyang's
    Sunan airport", "Moscow's Vnukovo International Airport"): the airport's own name,
    not a second town; the city is the possessive's."""
    if s < 2 or lower[s - 1] not in ("'s", "’s") or s - 1 not in city_ends:
        return False
    after = lower[e : e + 2]
    return after[:1] and after[0] in _AIRPORT_LOWER or after[-1:] and (
        after[0] == "international" and after[-1] in _AIRPORT_LOWER
    )


# words that put an airport's bare name after them ("landed at Heathrow", "flew into Schiphol")
_LANDINGS = {(verb, "at") for verb in ("landed", "lands", "landing", "arrived", "arrives",
                                          "arriving", "down")}
_LANDINGS |= {("flew", "into"), ("flies", "into"), ("flying", "into")}
_LANDING_ENDS = {second for _, second in _LANDINGS}


def airport_mentions(text, links: set[str]) -> list[tuple[int, int, str, str]]:
    """SEAT mentions of airports whose city the airport data gives: by name and "Airport",
    or by a bare name after a landing ("landed at Heathrow", "touched down at Schiphol").
    ``text`` is :mod:`.place_reading`'s view of the words (``words``, ``lower``,
    ``is_name_word``); ``links`` the small words inside a venue's name ("de", "of")."""
    out = []
    for k in range(2, len(text.words)):
        if text.lower[k - 1] not in _LANDING_ENDS:
            continue  # no landing's second word (most tokens): no pair made
        bare = text.words[k]
        if (
            (text.lower[k - 2], text.lower[k - 1]) in _LANDINGS
            and bare[:1].isupper()
            and text.lower[k + 1 : k + 2] not in ([w.lower()] for w in AIRPORT_WORDS)
        ):
            found = airport_city([bare])
            if found is not None and name_key(found[0]) != name_key(bare):
                out.append((k, k + 1, "SEAT", found[1]))  # not "landed at Oslo": a city
    for k, w in enumerate(text.words):
        if w not in AIRPORT_WORDS or k == 0:
            continue
        start = k
        while (
            start > 0
            and k - start < 7
            and (
                text.is_name_word(start - 1)
                or text.words[start - 1].isupper()
                or text.words[start - 1] in links
            )
        ):
            start -= 1
        for s in range(start, k):  # the longest name the data knows
            if text.words[s] in links:
                continue
            found = airport_city(text.words[s:k])
            if found is not None:
                out.append((s, k + 1, "SEAT", found[1]))
                break
    return out
