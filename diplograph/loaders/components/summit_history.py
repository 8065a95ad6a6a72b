"""A gathering of the past that the story tells just before its attendees.

"The last summit was held in Accra in June 2022. Ba and Keita both attended it.": the
attendance is of that summit, in its city and month, not of the story's own summit (the
one "due to be held in Abuja on December 9"); and one who goes "instead" goes where the
sentence before says another will not. Helpers of :mod:`.summit_attendance` and
:mod:`.encounter_places`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .sentences import sentence_spans
from .summit_places import gathering_before, gathering_in_clause, summit_of_the_past
from .tokenizer import text_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["told_past_summit", "summit_day", "declined_destination"]


_NOW = {"is", "are", "am", "will", "has", "have"}  # not "'s": a possessive as often


def told_past_summit(t: int, sent: Span, ctx: Context) -> Span | None:
    """The city of a summit of another year that the sentence before ``sent``, in its
    paragraph, tells ("The previous summit took place in Goa in May 2023."), where the
    attendance at ``t`` is told in the past ("attended it", not "is attending") and has
    no date of its own."""
    if ctx.dates_in(sent.start, sent.end) or _NOW.intersection(ctx.lower[sent.start : t + 1]):
        return None
    sents = sentence_spans(ctx.doc)
    k = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
    if k == 0 or "\n\n" in text_of(ctx.doc)[sents[k - 1].end_char : sent.start_char]:
        return None
    before = sents[k - 1]
    cities = [
        g
        for g in ctx.gaz
        if before.start <= g.start < before.end
        and g.label_ == "PLACE"
        and ctx.lower[g.start - 1] in ("in", "at")
        and gathering_before(g.start, ctx)
        and summit_of_the_past(g.start, ctx)
    ]
    return cities[-1] if cities else None


def summit_day(ctx: Context, city: Span):
    """The day the story names for its summit, unless the sentence that names it holds that
    summit in a city other than ``city`` ("due to be held in Abuja on December 9" is not
    the day of the summit in Accra)."""
    day = ctx.summit_date()
    if day is None:
        return None
    lo, hi = ctx.sentence_of(day.start)
    elsewhere = [  # "the summit, due to be held in Abuja", not "agreed between Pretoria and"
        g
        for g in ctx.gaz
        if lo <= g.start < hi
        and g.label_ == "PLACE"
        and g.text.lower() != city.text.lower()
        and ctx.lower[g.start - 1] in ("in", "at")
        and gathering_in_clause(g.start, ctx)
    ]
    here = [g for g in ctx.gaz if lo <= g.start < hi and g.text.lower() == city.text.lower()]
    return None if elsewhere and not here else day


_DECLINING = {"not", "n't", "skip", "skips", "skipping", "skipped", "miss", "misses", "missed"}


def declined_destination(t: int, sent: Span, ctx: Context) -> list[Span]:
    """ "X will not travel to Nairobi for the summit. Y will go instead": the city the
    sentence before says someone will not go to, where the one who goes ``instead`` goes."""
    if "instead" not in ctx.lower[t : sent.end] or sent.start == 0:
        return []
    lo, hi = ctx.sentence_of(sent.start - 1)
    if not _DECLINING.intersection(ctx.lower[lo:hi]):
        return []
    return [
        g
        for g in ctx.gaz_in(lo, hi, ("PLACE", "CAPITAL"))
        if ctx.lower[g.start - 1] in ("to", "in")
    ][:1]
