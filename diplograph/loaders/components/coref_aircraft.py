"""Coreference by an aircraft's name: "Air Force One has touched down in Doha" is the
current holder of the office the aircraft serves (data/aircraft.tsv)."""

from __future__ import annotations

from functools import lru_cache

from .coref_state import Mention
from .lexicon import _rows
from .offices import same_office
from .tokenizer import lowers_of

__all__ = ["aircraft_mention", "aircraft_names"]


@lru_cache(maxsize=1)
def aircraft_names() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """data/aircraft.tsv by first word: (words, office, country) of each name."""
    table: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for name, office, country in _rows("aircraft.tsv"):
        words = tuple(name.lower().split())
        table.setdefault(words[0], []).append((words, office, country))
    return table


def aircraft_mention(doc, i, state) -> list[Mention]:
    """ "Air Force One has touched down in Doha": the current holder of the office whose
    aircraft it is, the one the story has named most (or the only one it names)."""
    lower = lowers_of(doc)
    for words, office, country in aircraft_names().get(lower[i], ()):
        if tuple(lower[i : i + len(words)]) != words:
            continue

        def carried(p, office=office, country=country):
            return p.country == country and same_office(office, p.title) and not p.former

        key = state.salient(carried, i)
        if key is None:
            fits = [k for k, p in state.people.items() if carried(p)]
            key = fits[0] if len(fits) == 1 else None
        return [Mention(i, i + len(words), key, "DESC")] if key else []
    return []
