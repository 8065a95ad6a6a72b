"""Ranges of days ("from Monday to Wednesday", "between May 30 and June 6"): where a
range starts, the day a stay begins; and what a range that a journey spans tells of the
day of a leg told after it. Helpers of :mod:`.event_dates`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["RANGE_TO", "range_start", "leg_of_range"]

RANGE_TO = {"to", "until", "till", "through", "and", "-", "–"}


def range_start(told: list, ctx: Context):
    """The last of the dates ``told``, or the first day of the range it ends ("from
    Monday to Wednesday": Monday, the day a stay begins)."""
    last = told[-1]
    if len(told) > 1 and ctx.lower[last.start - 1] in RANGE_TO:
        first = told[-2]
        if first.end == last.start - 1 and ctx.lower[first.start - 1] in ("from", "between"):
            return first
    return last


def leg_of_range(t: int, last, sent: Span, ctx: Context, ahead: bool) -> str | None:
    """For an act told after a range of days that a journey spans, what the range tells of
    its day: the month or the year the two ends share ("a journey between May 30 and June 6
    that will take him to Lisbon, where he will meet X": the year); None for any other."""
    if last.end > t:
        return None
    first = range_start(ctx.dates_in(0, last.start + 1), ctx)
    if first is last or not ctx.trigger_tokens.intersection(range(sent.start, first.start)):
        return None  # "From May 3 to May 9, X will visit Kenya": the range is the visit's
    a, b = first.value(ahead), last.value(ahead)
    size = next((n for n in (7, 4) if a and b and a[:n] == b[:n]), 0)
    return b[:size] if size else None
