"""Where and when one attending the story's summit goes, when the sentence names no place.

"X is expected to attend", "Also arriving for the summit were A and B", "Y will go
instead": :mod:`.visits` reads such an attendance as a visit to the summit's city, and
dates it by the city's sentence, the attendee's own sentence or a day named for the
summit elsewhere. The past summits and declined trips it weighs are read in
:mod:`.summit_history`; this is the one step of :func:`.visits.visit_events` that
resolves a visit to a summit, kept whole as it was written there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .event_dates import nearest_date
from .summit_history import declined_destination, summit_day, told_past_summit

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["summit_destination"]


def summit_destination(t: int, sent: Span, ctx: Context, status: str) -> tuple[list, str | None]:
    """The city and day of the story's summit for one who attends it with no place of their
    own ("expected to attend", "Also arriving for the summit were ..."): the past summit
    the sentence before tells, where one who goes "instead" goes, else the summit the
    story names; its day from the city's sentence, the attendee's own sentence or a day
    named for the summit elsewhere, else the story's day; no city where the story names no
    summit."""
    summit_date = None
    past = told_past_summit(t, sent, ctx) if status == "occurred" else None
    dests = [past] if past is not None else declined_destination(t, sent, ctx)
    dests = dests or ctx.summit_place(sent)  # "Y will go instead": where X will not
    if dests:
        m = nearest_date(dests[0].start, *ctx.sentence_of(dests[0].start), ctx)
        if dests[0].start >= sent.end:
            m = None  # a city named only later: its sentence's date is another event's
        own = nearest_date(t, sent.start, sent.end, ctx)
        if own is not None and len(own.value(status != "occurred") or "") == 10:
            m = own  # "Wednesday's session was attended by A": the day of its own sentence
        day = summit_day(ctx, dests[0])  # a day named for this summit elsewhere is finer
        ahead = status != "occurred"
        if day is not None and own is None and not sent.start <= dests[0].start < sent.end:
            m = day  # the city's sentence tells another event's day; the summit's wins
        if m is None or (
            day is not None and (day.value(ahead) or "").startswith(m.value(ahead) or "-")
        ):
            m = day or m
        summit_date = m.value(ahead) if m else None
        if summit_date is None and dests[0].start >= sent.end:
            summit_date = ctx.lead_date(ahead)  # "Lula is attending the summit": today's
    return dests, summit_date
