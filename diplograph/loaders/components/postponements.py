"""The new time a delayed event is given, if the clause tells one.

"postponed until September", "pushed back to next year", "rescheduled his visit for
March": :func:`.event_status.status_of` keeps a postponed event planned when it has a new
date and calls it off when it has none, and the event reader dates the event to that
new time. Reading the new time is a question of dates, not of tense or modality, so it
lives apart from the status cues.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from .tokenizer import texts_of

if TYPE_CHECKING:  # arguments imports this module (through event_status) as it loads
    from .arguments import Context

__all__ = ["rescheduled", "new_date"]


_DELAYED = {"postponed", "postpone", "postpones", "delayed", "pushed", "moved", "put", "deferred",
            "defer", "defers", "rescheduled", "reschedule", "reschedules"}


def rescheduled(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a delayed event is given its new time ("postponed until September",
    "pushed back to next year"); a postponement with no new date is a cancellation."""
    return new_date(rng, ctx) is not None


def new_date(rng: tuple[int, int], ctx: Context) -> str | None:
    """The new time a delayed event is given ("postponed until September"), if any."""
    if not _DELAYED.intersection(ctx.lower[rng[0] : rng[1]]):
        return None
    for k in range(rng[0], rng[1] - 1):
        if ctx.lower[k] in ("until", "till", "to", "for"):  # the mention may hold "until"
            found = ctx.dates_in(k, k + 2)  # right after it: not "due to begin on Thursday"
            if found and (ctx.lower[k] != "for" or _rescheduled_before(rng[0], k, ctx)):
                return found[0].value(True)  # "rescheduled his visit for March"
            month = _month_ahead(k + 1, ctx) if ctx.lower[k] in ("to", "until") else None
            if month is not None:
                return month  # "postponed to March": the date reader leaves "to March" be
    return None


_MONTHS = {name: n for n, name in enumerate(calendar.month_name) if name}


def _month_ahead(k: int, ctx: Context) -> str | None:
    """ "March" at ``k`` read ahead of publication: the next March."""
    n = _MONTHS.get(texts_of(ctx.doc)[k]) if k < len(ctx.lower) else None
    published = ctx.doc._.dg_published
    if n is None or published is None or ctx.lower[k + 1 : k + 2] and ctx.lower[k + 1].isdigit():
        return None  # not "to March 5" (the date reader reads it)
    year = published.year + (n < published.month)
    return f"{year}-{n:02d}"


def _rescheduled_before(lo: int, k: int, ctx: Context) -> bool:
    return any(w.startswith("reschedul") for w in ctx.lower[lo:k])
