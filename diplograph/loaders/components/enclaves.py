"""Enclaves: a state inside another's city ("the Vatican, in Rome"). A meeting with one of
its own office holders that the story places in the enclosing city, or in no city, is
held in the enclave, unless that office holder is the one travelling (a papal visit
abroad). Run on merged events, after hosts have given meetings their country.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Event
from .lexicon import _rows

__all__ = ["enclave_meetings", "homecomings"]


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


def homecomings(events: list[Event], people: dict, guessed: set[str]) -> list[Event]:
    """``events`` without visits home: an office holder's to their own country, told or
    known (not guessed: "since King Fahd's in 1987" after "the first state visit by a
    Saudi monarch" is no visit of his to Saudi Arabia; GUIDELINES: a visit to one's own
    country is not a visit), and an enclave's office holder's to its enclosing city ("the
    Pope flies back to Rome on Tuesday").

    Examples
    --------
    >>> from diplograph.loaders.model import Person
    >>> ev = Event(kind="visit", status="planned", visitor="francis", participants=["francis"],
    ...            place="Rome", country="IT")
    >>> homecomings([ev], {"francis": Person("francis", "Francis", country="VA")}, set())
    []
    >>> ev = Event(kind="visit", status="occurred", visitor="fahd", participants=["fahd"],
    ...            country="SA")
    >>> homecomings([ev], {"fahd": Person("fahd", "Fahd", country="SA")}, set())
    []
    """
    def home(ev: Event) -> bool:
        person = people.get(ev.visitor)
        if person is None:
            return False
        if person.country == ev.country and ev.visitor not in guessed:
            return True
        enclave = _enclaves().get(person.country)
        return enclave is not None and ev.place == enclave[1] and ev.country == enclave[2]

    return [ev for ev in events if not (ev.kind == "visit" and ev.country and home(ev))]
