"""Trips called off in a sentence of their own: "The trip has been postponed."

Outlets tell a plan first ("X was due to visit Oslo next week", "X had planned to visit
Brazil and Argentina") and its fate in a later sentence that names no one ("The trip has
been postponed indefinitely", "These trips, originally set for the end of March, have
been postponed", "Both visits have been called off"). That sentence calls off the visits
it points back at, and the time it says they were set for dates them; one that gives them
a new time ("has been postponed to June") plans them for it. A trip a sentence tells as
made after it was put off ("landed on Tuesday, a week late after illness forced her to
postpone the trip") is the one made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..model import Event
from .postponements import new_date
from .status import classify
from .usable_dates import usable_date

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["call_off_the_trip", "put_off_then_made"]

_POINTING = {"the", "these", "those", "both"}  # not "his visit": a trip told as background


def call_off_the_trip(sent: Span, ctx: Context, events: list[Event]) -> bool:
    """Call off what ``sent`` says was called off: "the trip" is the latest visit told
    before it, with every leg its verb told ("was due to fly to A, B and C"); "these
    trips", "both visits" are the visits of that visit's sentence. A time they were set
    for ("originally set for the end of March") dates those with none
    ("X was due to visit Oslo next week. The trip has been postponed indefinitely.": X's
    visit to Oslo, cancelled). Whether it called anything off.
    """
    words = ctx.lower[sent.start : sent.end]
    nouns = [w for k, w in enumerate(words) if k and words[k - 1] in _POINTING]
    plural = bool(ctx.lex.trip_plurals.intersection(nouns))
    if not plural and not ctx.lex.trip_nouns.intersection(nouns):
        return False
    if classify([], words, []) != "cancelled" or _calls_off_another(words, ctx):
        return False
    moved = new_date((sent.start, sent.end), ctx)  # "has been postponed to June": planned
    told = [e for e in events if e.kind == "visit" and e.status in ("planned", "cancelled")]
    if not told:
        return False
    if plural:  # the visits of the sentence that told the latest one
        last = ctx.sentence_of(told[-1].trigger)
        told = [e for e in told if ctx.sentence_of(e.trigger) == last]
    else:  # the latest trip, with every leg its verb told ("was due to fly to A, B and C")
        told = [e for e in told if getattr(e, "trigger", None) == getattr(told[-1], "trigger", -1)]
    dates = [m for m in ctx.dates_in(sent.start, sent.end) if usable_date(m, ctx)]
    for ev in told:
        if moved is not None:
            ev.status, ev.date = "planned", moved  # for the new time
            continue
        ev.status = "cancelled"
        if ev.date is None and dates:
            ev.date = dates[0].value(True)  # "originally set for the end of March"
    return True


# a verb of calling off that can take its object after it ("called off the talks")
_CALLING_OFF = {"off", "cancelled", "canceled", "postponed", "scrapped", "shelved", "axed"}
_OBJECT_OPENERS = {"the", "a", "an", "his", "her", "their", "its"}
_EVENT_OBJECTS = {"talks", "meeting", "meetings", "summit", "dialogue", "negotiations"}


def _calls_off_another(words: list[str], ctx: Context) -> bool:
    """Whether what the sentence calls off is an object of its own, no trip: "called the
    visit a photo-op and asked what had changed since the government called off the
    foreign secretaries' talks" (the talks were called off, not the visit)."""
    nouns = _EVENT_OBJECTS | ctx.lex.trip_words | {",", "."}  # the first noun, or the end
    for k, w in enumerate(words[:-1]):
        if w in _CALLING_OFF and words[k + 1] in _OBJECT_OPENERS:
            obj = next((j for j in range(k + 2, min(len(words), k + 6)) if words[j] in nouns), None)
            if obj is not None and words[obj] in _EVENT_OBJECTS:
                return True
    return False


def put_off_then_made(found: list[Event], ctx: Context) -> list[Event]:
    """The events of one sentence less a trip it calls off when the same traveller's visit
    there happened ("landed in Lima on Tuesday, a week late after illness forced her to
    postpone the trip", "arrived on Monday, having postponed the visit twice"): the trip
    put off is the one made."""
    made = [e for e in found if e.kind == "visit" and e.status == "occurred"]
    return [
        e
        for e in found
        if not (
            e.kind == "visit"
            and e.status == "cancelled"
            and ctx.lower[e.trigger] in ctx.lex.trip_nouns
            and any(m.visitor == e.visitor and e.country in (None, m.country) for m in made)
        )
    ]
