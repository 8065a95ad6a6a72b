"""Stops of a trip told only by what the traveller did there.

"Kenya is the last stop of the Premier's tour. In Luanda, he held talks with President X
on Friday morning before flying to Nairobi": a traveller on a trip told in the story (a
visit of theirs a few days from the encounter) who meets someone in another foreign
country in those days was there on a stop of that trip, a visit of its own. A meeting in
a foreign city told with no trip around it stays a meeting (the guidelines), and talks
at a summit are left to the readers of its attendance.
"""

from __future__ import annotations

import datetime as dt

from ..model import Event
from .event_places import SUMMIT_WORDS

__all__ = ["stops_of_trips"]

# how far from a told visit's day an encounter abroad may lie to be a stop of that trip
_TRIP_DAYS = 7

# words of a gathering ("at the G7 summit in Naples"), not "meeting", which names the talks
_GATHERING = SUMMIT_WORDS - {"meeting"}


def _at_a_gathering(evidence: str) -> bool:
    """Whether the encounter's sentence names a gathering it was held at."""
    words = {w.strip(".,;:'\"").lower() for w in evidence.split()}
    return not _GATHERING.isdisjoint(words)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value and len(value) == 10 else None


def stops_of_trips(events: list[Event], homes: dict[str, str | None]) -> None:
    """Add (in place) a visit for each traveller met abroad during a trip of theirs the
    story tells, where no visit of theirs to that country is told.

    >>> trip = Event("visit", visitor="li", date="2014-05-10", country="KE")
    >>> talks = Event("meeting", participants=["li", "dos"], date="2014-05-09",
    ...               place="Luanda", country="AO", evidence="In Luanda, he met dos Santos.")
    >>> events = [trip, talks]
    >>> stops_of_trips(events, {"li": "CN", "dos": "AO"})
    >>> [(e.visitor, e.place) for e in events if e.kind == "visit"]
    [('li', None), ('li', 'Luanda')]
    """
    visits = [e for e in events if e.kind == "visit"]
    for meeting in [e for e in events if e.kind == "meeting" and e.country]:
        day = _day(meeting.date)
        if day is None or meeting.status == "cancelled":
            continue
        if not meeting.place or meeting.place not in meeting.evidence:
            continue  # a place the encounter only borrowed (from a dateline, a trip) is
            # no evidence of a stop
        if meeting.occasion or _at_a_gathering(meeting.evidence):
            continue  # talks at a summit: whether its attendance is a visit is the
            # attendance readers' to tell
        for key in meeting.participants:
            home = homes.get(key)
            if home is None or home == meeting.country:
                continue
            own = [v for v in visits if v.visitor == key]
            if any(v.country == meeting.country for v in own):
                continue  # the stop is told
            on_trip = any(
                v.country != meeting.country
                and _day(v.date) is not None
                and abs((_day(v.date) - day).days) <= _TRIP_DAYS
                for v in own
            )
            if on_trip:
                stop = Event(
                    "visit",
                    status=meeting.status,
                    visitor=key,
                    date=meeting.date,
                    place=meeting.place,
                    country=meeting.country,
                    evidence=meeting.evidence,
                    spans=list(meeting.spans),
                )
                events.append(stop)
                visits.append(stop)
