"""Destinations a visit's clause gives in words other than a place's name: "left the G20
summit in Brisbane" (where the gathering left was), "toured the country" in a story filed
from Colombo (the dateline's country); and whether a way told was travelled ("stopped in
New York on November 17 on his way to Lima", told weeks later). Helpers of :mod:`.visits`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .event_places import SUMMIT_WORDS
from .here_places import Here
from .tokenizer import tokens_of
from .verb_forms import verb_at

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["gathering_left", "the_country", "way_travelled"]


def gathering_left(t_end: int, rng: tuple[int, int], ctx: Context) -> list[Span]:
    """ "left the G20 summit in Brisbane": the place of the gathering left, where he was."""
    k = t_end + 1 if ctx.lower[t_end : t_end + 1] == ["the"] else None
    while k is not None and k < min(rng[1], t_end + 4) and ctx.lower[k] not in SUMMIT_WORDS:
        k += 1
    if k is None or ctx.lower[k : k + 2][-1:] != ["in"] or ctx.lower[k] not in SUMMIT_WORDS:
        return []
    return ctx.gaz_in(k + 2, k + 3, ("PLACE", "CAPITAL"))[:1]


def the_country(t_end: int, ctx: Context) -> list[Here]:
    """ "toured the country", "spent two weeks in the Kingdom": the dateline's country, as
    a destination with no city, where nothing before named the country meant."""
    k = next(  # "toured the country", "spent two weeks in the Kingdom"
        (
            k
            for k in range(t_end, min(t_end + 6, len(ctx.lower) - 1))
            if ctx.lower[k : k + 2] in (["the", "country"], ["the", "kingdom"])
            and (k == t_end or ctx.lower[k - 1] in ("in", "to", "around", "across"))
        ),
        None,
    )
    if k is None or "," in ctx.lower[t_end:k]:
        return []
    dateline = ctx.doc._.dg_dateline
    if dateline is None or dateline.ambiguous or not dateline.country:
        return []
    idx = tokens_of(ctx.doc)[k].idx
    return [Here(ctx.lower[k + 1], dateline.country, k, k + 2, idx, idx + 1, "COUNTRY")]


_LONG_AGO = 7  # days before publication: a stop this far back is told as history


def way_travelled(t: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """The month of a stop told in the past before "on his way to" at ``t``, at least a
    week before publication ("Abe stopped in New York on November 17 on his way to the
    summit in Lima", told on December 3): the way's end was reached that month. None for
    a stop of the story's days, or one not told in the past ("is en route to Lima")."""
    published = ctx.doc._.dg_published
    words = ctx.lower[rng[0] : t]
    told = any(verb_at(w, False, ctx.lex) or w in ("was", "were") for w in words)
    if published is None or not told:
        return None
    days = [m.value(False) for m in ctx.dates_in(rng[0], t)]
    days = [d for d in days if d and len(d) == 10]
    if not days or (published - dt.date.fromisoformat(days[-1])).days < _LONG_AGO:
        return None
    return days[-1][:7]
