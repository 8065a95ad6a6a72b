"""The trip a meeting was on: a participant's stay under way on its day, or one told just
before it with a span of days that holds that day; not a journey its own sentence tells
as the next step, nor a stay left behind. Helpers of :mod:`.frames` and :mod:`.merge`.
"""

from __future__ import annotations

import datetime as dt

from ..model import Event

__all__ = ["leaves_after", "left_before", "trip_of"]


def _leaving_that_day(visit: Event, meeting: Event, events: list[Event]) -> bool:
    """Whether ``visit`` is a departure ("left Tokyo on Sunday for the US") on the meeting's
    day from a stay begun earlier in another country: until they leave, the traveller is
    still where the earlier stay is."""
    return (
        getattr(visit, "departure", False)
        and visit.date == meeting.date
        and any(
            v is not visit
            and v.kind == "visit"
            and v.visitor == visit.visitor
            and v.status == "occurred"
            and v.date is not None
            and v.date < visit.date
            and v.country != visit.country
            for v in events
        )
    )


def trip_of(meeting: Event, events: list[Event]) -> Event | None:
    """A participant's trip under way on the meeting's day (begun up to four days before,
    the first traveller's latest: "Jerusalem on Wednesday, ... Manama on Saturday":
    Saturday's talks are in Manama; not one the meeting's own sentence tells as the next
    step: "after talks, flew to X")."""
    found = None
    for visit in events:
        if leaves_after(meeting, visit):
            continue
        if _leaving_that_day(visit, meeting, events):
            continue  # "left Tokyo on Sunday for the US ... On Sunday morning X met Y"
        if left_before(meeting, visit):
            continue
        if (
            visit.kind == "visit"
            and visit.status == "occurred"
            and visit.visitor in meeting.participants
            and visit.date
            and len(visit.date) == 10
            and 0
            <= (dt.date.fromisoformat(meeting.date) - dt.date.fromisoformat(visit.date)).days
            <= 4
        ) or _told_just_before(visit, meeting):
            if found is None or visit.visitor == found.visitor and (visit.date or "") > (
                found.date or ""
            ):  # the first traveller's latest trip, not another's begun later
                found = visit
    return found


_JUST_BEFORE = 300  # characters from a trip told without its day to a meeting on it


def _told_just_before(visit: Event, meeting: Event) -> bool:
    """Whether ``visit`` is a participant's trip told just before the meeting with a span
    of days that holds the meeting's day ("Dai visited Pyongyang earlier this week. On
    Monday he was received by Kim Jong Il"): the meeting was on that trip."""
    return (
        visit.kind == "visit"
        and visit.status == "occurred"
        and visit.visitor in meeting.participants
        and bool(visit.date and meeting.date)
        and len(visit.date) < len(meeting.date)
        and meeting.date.startswith(visit.date)
        and bool(visit.spans and meeting.spans)
        and 0 <= meeting.spans[0][0] - visit.spans[-1][1] <= _JUST_BEFORE
    )


def leaves_after(meeting: Event, visit: Event) -> bool:
    """Whether ``visit`` is a journey ("flew to X", not "X's visit") that the meeting's
    sentence tells after the meeting."""
    return (
        getattr(visit, "journey", False)
        and bool(meeting.spans)
        and meeting.spans[0] in visit.spans  # the same sentence, also once merged with the
        # stay it leads to ("before he leaves for France" and "Macron welcomes him in Paris")
        and visit.date == meeting.date
        and getattr(visit, "trigger", -1) > getattr(meeting, "trigger", len(meeting.evidence))
    )


def left_before(meeting: Event, visit: Event) -> bool:
    """Whether ``visit`` is a stay its sentence tells as left behind on the way home ("met Y
    as X was on his way back from Washington"): the meeting was not there."""
    homeward = getattr(visit, "homeward", None)
    return (
        homeward is not None
        and meeting.spans[:1] == visit.spans[:1]
        and getattr(meeting, "trigger", -1) not in homeward
    )  # not "has come back from Cameroon, where he met Y": the where-clause was there
