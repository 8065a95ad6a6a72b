"""Where a story is set, for meetings that name no place: "The UN rights chief toured the
country in August and met President X", "the Queen has been with the Taoiseach at
Government Buildings" (a live blog filed from Dublin). A meeting with no place or country
of its own, of someone at home in the country the story is set in, was held there.
Run on merged events, after the trips, hosts and dateline have placed what they can.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter

from ..model import Event

__all__ = ["setting_country", "meetings_at_home"]

_NEAR_DAYS = 92  # a meeting dated further from the story is a background one, anywhere


def setting_country(dateline, events: list[Event], published: dt.date | None) -> str | None:
    """The country the story is set in: its dateline's, else the country its trips near
    its day went to, at least twice as often as to any other (a plan or a trip of years
    before tells no setting)."""
    if dateline is not None and not dateline.ambiguous and dateline.country:
        return dateline.country
    went = Counter(
        e.country
        for e in events
        if e.kind == "visit" and e.country and e.status == "occurred" and _near(e.date, published)
    ).most_common(2)
    if not went or len(went) == 2 and went[0][1] < 2 * went[1][1]:
        return None
    return went[0][0]


def meetings_at_home(
    events: list[Event], setting: str | None, homes: dict, published: dt.date | None
) -> None:
    """Give the setting's country to each meeting with no place or country of its own,
    near the story's day, where a participant is at home there (``homes``: person ->
    stated country, None where guessed)."""
    if setting is None:
        return
    for ev in events:
        if ev.kind != "meeting" or ev.country is not None or ev.place is not None:
            continue
        if not _near(ev.date, published):
            continue
        if any(homes.get(k) == setting for k in ev.participants):
            ev.country = setting


def _near(date: str | None, published: dt.date | None) -> bool:
    """Whether an event's date (any precision) lies within the span of the story's day."""
    if date is None or published is None:
        return True
    try:
        first = dt.date.fromisoformat((date + "-01-01")[:10])
    except ValueError:  # no calendar date
        return False
    last = {4: dt.date(first.year, 12, 31), 7: _month_end(first)}.get(len(date), first)
    gap = 0 if first <= published <= last else min(abs((d - published).days) for d in (first, last))
    return gap <= _NEAR_DAYS


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
