"""The days of an encounter told as repeated: "met Kim in April, and again on May 9",
"spoke by phone that day and again on November 21", "came in March 2023 and again in
2024, and on both occasions held talks". Each day is an encounter of its own. Helpers of
:mod:`.encounters`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context, again_dates, pick_date

__all__ = ["repeated_days"]

_EACH = (["both", "occasions"], ["both", "times"], ["each", "time"], ["each", "occasion"])


def _each_occasion(t: int, sent: Span, ctx: Context, ahead: bool) -> list[str]:
    """The dates "on both occasions" / "each time" before ``t`` refers to, if told."""
    words = ctx.lower[max(sent.start, t - 6) : t]
    if not any(words[i : i + 2] in _EACH for i in range(len(words) - 1)):
        return []
    return again_dates(sent.start, t, ctx, ahead)


def repeated_days(t: int, t_end: int, rng, sent: Span, ctx: Context, ahead: bool) -> list[str]:
    """The days of an encounter told again: the dates "again" gives after the trigger
    ("and again on May 9"), or those "on both occasions" refers back to; where the first
    day is told without a date of its own ("that day and again on November 21"), the day
    the words before "again" give. None where no repeat is told."""
    days = _each_occasion(t, sent, ctx, ahead)
    again = next((k for k in range(t_end, rng[1]) if ctx.lower[k] == "again"), None)
    if days or again is None:
        return days
    days = again_dates(t_end, rng[1], ctx, ahead)
    later = ctx.dates_in(again + 1, min(again + 4, rng[1]))
    if days or ctx.dates_in(t_end, again) or len(later) != 1 or ctx.lower[again - 1] != "and":
        return days  # "agreed to meet again in December": one meeting, ahead
    first = pick_date(t, (rng[0], again), sent, ctx, ahead)  # "that day": a day told before
    second = later[0].value(ahead)
    return [first, second] if first and second and first != second else []
