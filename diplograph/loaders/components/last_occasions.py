"""A last occasion told in passing ("Merkel's last encounter with a US president was with
X, who spent his final days in office in Berlin. He arrived on November 16 ..."): it lies
before the story, so it takes not the story's day but the one the next sentence tells
about it. Helpers of :mod:`.event_dates`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .pronouns import SUBJECT
from .usable_dates import usable_date

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["last_occasion", "told_next", "told_after"]


def last_occasion(t: int, sent: Span, ctx: Context) -> bool:
    """Whether the sentence tells a last occasion before the trigger ("Their last meeting
    was in X, where Y spent ...", "last met"): "last" right before a trigger, not a
    date's ("last week")."""
    return any(
        ctx.lower[k] == "last"
        and (k + 1 in ctx.trigger_tokens or _last_to(k, t, ctx))
        and not ctx.dates_in(k, k + 1)
        for k in range(sent.start, t)
    )


def _last_to(k: int, t: int, ctx: Context) -> bool:
    """Whether "last" at ``k`` opens "the last <holder> to <trigger>" up to the trigger
    ``t`` ("The last Saudi monarch to visit Indonesia was X")."""
    return t - k <= 6 and ctx.lower[t - 1] == "to" and k > 0 and ctx.lower[k - 1] == "the"


def told_after(t: int, sent: Span, ctx: Context) -> str | None:
    """The first day the sentence tells after the trigger ``t``, read as past ("The last
    Saudi monarch to visit Indonesia was X, who was received by Y in Jakarta in 1970")."""
    m = next((d for d in ctx.dates_in(t + 1, sent.end) if usable_date(d, ctx)), None)
    return m.value(False) if m is not None else None


def told_next(sent: Span, ctx: Context) -> str | None:
    """The first day the next sentence tells, read as past, when a pronoun opens it ("He
    arrived on November 16 and dined with her that evening")."""
    if sent.end >= len(ctx.lower) or ctx.lower[sent.end] not in SUBJECT:
        return None
    hi = ctx.sentence_of(sent.end)[1]
    m = next((d for d in ctx.dates_in(sent.end, hi) if usable_date(d, ctx)), None)
    return m.value(False) if m is not None else None
