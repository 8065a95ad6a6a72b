"""A dateline town whose name towns of several countries share ("KANT, Oct 23 -" is a
town in Kyrgyzstan and one in India; "VICTORIA -", "SAN JOSE -", "HAMILTON -"): the
gazetteer reads the best-known of them, and the story's opening lines say which one
it is ("Kyrgyz President X today opened an air base at this town").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dateline import Dateline
from .lexicon import Lexicon
from .place_tables import name_key

__all__ = ["settle_shared_town"]

_OPENING = 700  # characters of the story that tell where its dateline is
_WORD = re.compile(r"[A-Z][\w'’-]*|[a-z]+")


def settle_shared_town(line: Dateline | None, text: str, lex: Lexicon) -> Dateline | None:
    """``line`` with its town's country read from the story's opening, where the town's
    name is shared by towns of several countries, the opening names none of the country
    the gazetteer chose and names exactly one of the others (a country or its people).

    >>> from diplograph.loaders.components.lexicon import lexicon
    >>> text = "KANT, Oct 23 - Kyrgyz President A met B."
    >>> settle_shared_town(Dateline("Kant", "IN"), text, lexicon())
    Dateline(place='Kant', country='KG', others=())
    """
    if line is None or line.others or line.headline:
        return line
    options = lex.place_options.get(line.place) or lex.place_options.get(line.place.title())
    if not options:
        return line
    best = next((p for p in options if p.country == line.country), None)
    if best is None or _capital(best, lex):
        return line  # "PARIS -", "WASHINGTON -": the capital, whoever the story is about
    named = _countries_named(text[:_OPENING], lex)
    capitals = [p for p in options if p.country in named and _capital(p, lex)]
    if len(capitals) == 1 and not _region_told(line.place, text):  # "SAN JOSE - ... sworn
        # in as President of Costa Rica before US Vice President X": its capital
        return replace(line, country=capitals[0].country)
    if line.country in named:
        return line
    fits = [
        p
        for p in options
        if p.country in named and (_capital(p, lex) or p.population * _RIVAL >= best.population)
    ]
    if len(fits) == 1:
        return replace(line, country=fits[0].country)
    small = _small_town_named(line.place, {p.country for p in options}, text[:_OPENING], lex)
    return replace(line, country=small) if small and not fits else line


def _small_town_named(town: str, listed: set[str], opening: str, lex: Lexicon) -> str | None:
    """The country of a town too small for the gazetteer that bears the dateline's name,
    where the opening names its country by name and none of the gazetteer's towns
    ("QUEENSTOWN - ... his first visit to New Zealand": not South Africa's Queenstown);
    of several such, the most populous town's."""
    from ..small_towns import small_town_countries  # a large table: read only when needed

    named = _countries_named(opening, lex, by_name=True)
    found = [c for c in small_town_countries(town) if c in named and c not in listed]
    return found[0] if found else None


_RIVAL = 3  # a town a third as large as the best-known one of its name is its rival


# the part after a dateline's town that is its date, not its region ("May 9", "Oct. 3")
_DATE_PART = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d|\d")


def _region_told(town: str, text: str) -> bool:
    """Whether the dateline names a region or country after its town ("SAN JOSE, Calif.,
    May 9", "VICTORIA, British Columbia -"): the town is that one, whatever the story
    names."""
    head = text.lstrip()[: len(town) + 40]
    if head[: len(town)].casefold() != town.casefold():
        return False
    rest = head[len(town) :]
    part = re.match(r"\s*,\s*([A-Z][^,(–—-]*)", rest)
    return part is not None and _DATE_PART.match(part.group(1)) is None


def _capital(place, lex: Lexicon) -> bool:
    return name_key(lex.capitals.get(place.country, "")) == name_key(place.name)


def _countries_named(text: str, lex: Lexicon, by_name: bool = False) -> set[str]:
    """The countries ``text`` names, by name ("Kyrgyzstan") or by people ("Kyrgyz");
    with ``by_name``, by name only."""
    words = _WORD.findall(text)
    found = set()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i : i + n])
            code = lex.countries.get(gram) or (None if by_name else lex.demonyms.get(gram))
            if code:
                found.add(code)
    return found
