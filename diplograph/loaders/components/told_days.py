"""The day an article later gives an encounter it told before: "Museveni said after the
July 14 meeting" dates the meeting told as held "last year" to 14 July of that year.

A helper of :mod:`.events`: a trigger noun with a date right before it and "the" before
that names the encounter told last, not a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Event
    from .arguments import Context

__all__ = ["refine_told_day"]


def refine_told_day(t: int, ctx: Context, told: Event | None) -> bool:
    """Give ``told`` the day of "the <date> <trigger>" at ``t`` where that day falls within
    the coarser date it has ("2020" and "the July 14 meeting": 2020-07-14). Whether it did."""
    if told is None or not told.date or len(told.date) == 10 or t < 2:
        return False
    day = next((m for m in ctx.dates_in(max(0, t - 6), t) if m.end == t), None)
    if day is None or day.start < 1 or ctx.lower[day.start - 1] != "the":
        return False
    value = day.value(told.status != "occurred")
    if value is None or len(value) <= len(told.date) or not value.startswith(told.date):
        return False
    told.date = value
    return True
