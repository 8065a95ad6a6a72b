"""Words around a visit's trigger that say it is no trip or belongs to another act:
attending a call ("attended the conversation"), a country that is a party to the event
("a summit with China"), a place that is a later journey's ("before flying to B"), and a
leg told after an aside about the trip ("The tour, which began in Amman, also took him
to Cairo"). Helpers of :mod:`.visits`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .status_words import CALL_NOUNS

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "JOINS",
    "attends_a_call",
    "flight_between",
    "leg_after_aside",
    "leg_traveller",
    "partner_named",
]

JOINS = {"joined", "join", "joins", "joining"}  # "will join other leaders at the summit"


def attends_a_call(t: int, t_end: int, ctx: Context, representing: bool, needs: str) -> bool:
    """Whether the trigger attends or joins a call ("attended the conversation", "joined
    the phone call", "were among the officials who attended the call")."""
    if needs == "presence":  # "among those who attended the call", not "expected in
        words = ctx.lower[t_end : t_end + 6]  # Brussels for a conversation with X"
        joins = [k for k, w in enumerate(words, t_end) if w.startswith(("attend", "join"))]
        return bool(joins) and attends_a_call(joins[0], joins[0] + 1, ctx, True, "")
    attends = representing or ctx.lower[t] in JOINS
    return attends and bool(CALL_NOUNS.intersection(ctx.lower[t_end : t_end + 4]))


def flight_between(i: int, j: int, ctx: Context) -> bool:
    """Whether "before flying", "after travelling" lies between ``i`` and ``j``: "spent the
    night in A before flying on Tuesday to B": B is the flight's leg, on its own day."""
    return any(
        ctx.lower[k - 1] in ("before", "after") and ctx.lower[k].endswith("ing")
        for k in ctx.travel_tokens.intersection(range(i, j))
    )


def leg_after_aside(t: int, sent: Span, ctx: Context) -> bool:
    """Whether "took him to X" at ``t`` has a trip's noun for subject across an aside about
    it ("The tour, which began in Amman, also took him to Cairo"): the noun's own reach ends
    in its aside."""
    return _aside_trip(t, sent, ctx) is not None


def _aside_trip(t: int, sent: Span, ctx: Context) -> int | None:
    """The trip's noun before ``t`` that an aside follows ("The tour, which began ..."),
    if any."""
    trip = max(
        (k for k in range(sent.start, t) if ctx.lower[k] in ctx.lex.trip_words), default=None
    )
    if trip is not None and ctx.lower[trip + 1 : trip + 3] in ([",", "which"], [",", "that"]):
        return trip
    if trip is not None and _date_aside_before(trip, t, ctx):
        return trip  # "His first tour of the continent, in July 2003, took him to X"
    return None


def _date_aside_before(trip: int, t: int, ctx: Context) -> bool:
    """Whether a date between commas ends right before ``t``, after the trip's noun at
    ``trip`` and a few words of its own ("tour of the continent, in July 2003, took")."""
    if ctx.lower[t - 1] != ",":
        return False
    opening = max((k for k in range(trip + 1, t - 1) if ctx.lower[k] == ","), default=None)
    if opening is None or opening - trip > 5 or t - opening > 6:
        return False
    return bool(ctx.dates_in(opening + 1, t - 1)) and not ctx.persons_in(opening, t)


def leg_traveller(t: int, t_end: int, sent: Span, ctx: Context) -> list[str]:
    """Who a leg after an aside takes ("His tour, which began in Riyadh, where he met X,
    also took him to Turkey"): whose the trip is ("his", "Wang's"), else whom "him"
    names."""
    trip = _aside_trip(t, sent, ctx)
    if trip is None:
        return [k for _, _, k in ctx.persons_in(t, t_end)]  # "a tour that took him to X"
    owner = [k for s_, e, k in ctx.persons_in(sent.start, trip) if trip - 4 <= e <= trip]
    return owner[-1:] or [k for _, _, k in ctx.persons_in(t, t_end)]


def partner_named(g: Span, ctx: Context) -> bool:
    """Whether the country ``g`` is a party to an event, not where one goes: "for a summit
    with China", "talks between Japan and Korea", "a match against Brazil"."""
    if ctx.label[g.start] != "COUNTRY":
        return False
    k = g.start - 1 - (ctx.lower[g.start - 1] == "the")
    if ctx.lower[k] == "and":  # the second party: "between Japan and Korea"
        first = ctx.gaz_in(max(0, k - 4), k, ("COUNTRY",))
        k = first[-1].start - 1 if first and first[-1].end == k else k
    if ctx.lower[k - 1] in ("starting", "beginning", "ending"):
        return False  # "a tour of South America, starting with Chile": its first stop
    return ctx.lower[k] in ("with", "between", "against")
