"""Meetings told as part of a planned trip: "The first visit by X to Russia will take place
on Feb. 24-25 ... As part of the visit, X is also expected to hold meetings with Y and Z".
A planned meeting with no day of its own (only the day the story borrowed from its lead)
and no place, whose other people are of the country one of its participants plans to
visit on a told day, or of no stated country, is on that trip: its day, its town, its
country. Helper of :mod:`.merge`.
"""

from __future__ import annotations

from ..model import Event

__all__ = ["meetings_of_planned_trips"]


def meetings_of_planned_trips(events: list[Event], homes: dict) -> None:
    """Give a borrowed-day planned meeting the day and place of its participant's planned
    trip to the country of the others, when none of them is stated to be of another
    country (``homes``: person -> stated country)."""
    for ev in events:
        if not (
            ev.kind == "meeting"
            and ev.status == "planned"
            and getattr(ev, "borrowed", False)
            and ev.place is None
        ):
            continue
        trips = [
            v
            for v in events
            if v.kind == "visit"
            and v.status == "planned"
            and v.visitor in ev.participants
            and v.date
            and not getattr(v, "borrowed", False)
            and v.country is not None
        ]
        if len({(v.visitor, v.country) for v in trips}) != 1:
            continue
        trip = trips[0]
        hosts = [homes.get(k) for k in ev.participants if k != trip.visitor]
        if set(hosts) <= {trip.country, None}:
            if ev.country in (None, trip.country):
                ev.date, ev.place, ev.country = trip.date, trip.place, trip.country
