"""Enclaves: a state inside another's city ("the Vatican, in Rome"). A meeting with one of
its own office holders that the story places in the enclosing city, or in no city, is
held in the enclave, unless that office holder is the one travelling (a papal visit
abroad). Run on merged events, after hosts have given meetings their country.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Event
from .lexicon import _rows

__all__ = ["enclave_meetings", "enclave_homecomings"]


@lru_cache(maxsize=1)
def _enclaves() -> dict[str, tuple[str, str, str]]:
    """enclave code -> (its city, the enclosing city, that city's country)."""
    return {code: (city, outer, outer_cc) for code, city, outer, outer_cc in _rows("enclaves.tsv")}


def enclave_meetings(events: list[Event], people: dict) -> None:
    """Place in the enclave each meeting with one of its office holders that the story
    puts in the enclosing city or leaves unplaced in the enclave's or that city's country,
    and each visit to the enclave that names no city.

    Examples
    --------
    >>> from diplograph.loaders.model import Person
    >>> ev = Event(kind="meeting", status="occurred", participants=["putin", "francis"],
    ...            place="Rome", country="IT")
    >>> enclave_meetings([ev], {"francis": Person("francis", "Francis", country="VA")})
    >>> ev.place, ev.country
    ('Vatican City', 'VA')
    """
    travelling = {e.visitor for e in events if e.kind == "visit"}
    for ev in events:
        if ev.kind == "visit" and ev.place is None and ev.country in _enclaves():
            ev.place = _enclaves()[ev.country][0]  # "travelled to the Vatican": the state
            continue  # is its one city
        if ev.kind != "meeting":
            continue
        homes = {people[k].country for k in ev.participants if k in people}
        for code in homes & _enclaves().keys():
            city, outer, outer_cc = _enclaves()[code]
            own = [k for k in ev.participants if k in people and people[k].country == code]
            if any(k in travelling for k in own):
                continue  # the Pope on a visit abroad meets his hosts where he goes
            if ev.place in (None, outer) and ev.country in (None, code, outer_cc):
                ev.place, ev.country = city, code


def enclave_homecomings(events: list[Event], people: dict) -> list[Event]:
    """``events`` without the visits of an enclave's own office holders to its enclosing
    city: they are going home ("the Pope flies back to Rome on Tuesday").

    Examples
    --------
    >>> from diplograph.loaders.model import Person
    >>> ev = Event(kind="visit", status="planned", visitor="francis", participants=["francis"],
    ...            place="Rome", country="IT")
    >>> enclave_homecomings([ev], {"francis": Person("francis", "Francis", country="VA")})
    []
    """
    def home(ev: Event) -> bool:
        person = people.get(ev.visitor)
        enclave = _enclaves().get(person.country) if person is not None else None
        return enclave is not None and ev.place == enclave[1] and ev.country == enclave[2]

    return [ev for ev in events if not (ev.kind == "visit" and home(ev))]
