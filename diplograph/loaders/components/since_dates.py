"""Times told against another time: an act in the present perfect "since" a date (the
period up to the story's day), a stay "since" a day (that day), an encounter told in a
"since" clause (the date after its trigger), an act "shortly after landing" (the
arrival's day), and the day a plan was called off (not the plan's own time). Helpers of
:mod:`.event_dates`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .status import CANCELLATION

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["SET_FOR", "day_of_calling_off", "since_date", "since_span", "stay_since", "at_arrival"]

# the words a plan's own time follows ("a trip scheduled for", "due to make on")
SET_FOR = {"scheduled", "planned", "set", "slated", "fixed", "due", "pencilled", "penciled"}


_PERFECT = {"has", "have"}


def since_span(t: int, rng: tuple[int, int], sent: Span, ctx: Context) -> str | None:
    """The period from a "since" date to the story's day, for an act in the present perfect
    ("Since taking office on April 2, X has paid visits to A and B", "has visited C since
    May"): its month when it lies in one, else its year when it lies in one."""
    published = ctx.doc._.dg_published
    if published is None or not _PERFECT.intersection(ctx.lower[max(rng[0], t - 6) : t]):
        return None
    for m in ctx.dates_in(sent.start, sent.end):
        if "since" not in ctx.lower[max(sent.start, m.start - 4) : m.start]:
            continue
        begun, now = m.value(False), published.isoformat()
        if begun and begun[:7] == now[:7]:
            return now[:7]
        if begun and begun[:4] == now[:4]:
            return now[:4]
    return None


_BEEN = {"has", "have", "had", "been"}


def stay_since(t: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """ "X, who has been in Tehran since Tuesday", "had been in Rio since June 3": a stay
    told in the perfect from a day on, which is the day it began."""
    if ctx.lower[t] not in _BEEN or "been" not in ctx.lower[t : t + 2]:
        return None
    for m in ctx.dates_in(t + 2, min(rng[1], t + 8)):
        value = m.value(False)
        if ctx.lower[m.start - 1] == "since" and value and len(value) == 10:
            return value
    return None


def since_date(t: int, sent: Span, ctx: Context) -> str | None:
    """ "their first call since they met in Oslo in March": an encounter told in a "since"
    clause lies before the story's act; only a date that follows its trigger, before any
    other event is told, dates it (read as past), through its place's commas ("met in
    Woodside, California, in November")."""
    m = next(iter(ctx.dates_in(t + 1, min(sent.end, t + _SINCE_REACH))), None)
    if m is None or ctx.trigger_tokens.intersection(range(t + 1, m.start)):
        return None
    return m.value(False)


_SINCE_REACH = 12  # tokens from the trigger of a "since" clause to its date


def day_of_calling_off(m, t: int, hi: int, ctx: Context) -> bool:
    """Whether a verb of calling off stands between the date ``m`` and the trigger ``t``
    ("on Tuesday postponed the state visit", "cancelled on Monday her trip") and the plan's
    own time follows ("she was due to make on October 23", "scheduled for May 3"): the date
    tells when the plan was called off."""
    words = ctx.lower[max(0, m.start - 2) : t]
    if not any(w in CANCELLATION or " ".join(words[k : k + 2]) in CANCELLATION
               for k, w in enumerate(words)):
        return False
    return any(
        SET_FOR.intersection(ctx.lower[t : later.start])
        for later in ctx.dates_in(t + 1, hi)
        if later.start - t <= _PLAN_REACH
    )


_PLAN_REACH = 12  # tokens from a plan's noun to its own time ("... she was due to make on")


_ARRIVAL_NOUNS = {"landing", "arriving", "arrival", "touching"}


def at_arrival(t: int, sent: Span, ctx: Context) -> bool:
    """Whether the words after the trigger ``t`` put it at the arrival ("met Y shortly
    after landing", "on arrival", "upon his arrival"): then the arrival's day is its own."""
    words = ctx.lower[t + 1 : sent.end]
    if _ARRIVAL_NOUNS.isdisjoint(words):
        return False  # the common case, read without walking the words
    return any(
        w in ("after", "on", "upon") and _ARRIVAL_NOUNS.intersection(words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )
