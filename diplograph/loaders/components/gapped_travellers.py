"""Travellers told with the trip's verb and destination left out: "Nehru visited Saudi
Arabia in 1956, and Indira Gandhi in 1982", "Nixon went to China in 1972 and President
Ford in 1975", "The last presidents to visit India were Clinton in 2000 and Bush in
2006". A name that follows a visit of the same sentence in its list, with a date of its
own right after it (past a short aside: "and Indira Gandhi, also as Prime Minister, in
1982") and nothing else, made the same trip on that date. Helpers of :mod:`.events`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, make_event

__all__ = ["gapped_travellers"]

_JOINS = {",", "and"}
_DATE_WORDS = {"in", "on"}
_ENDS = {".", ",", ";", "and", "while", "but"}
_ASIDE_REACH = 8  # tokens of an aside between the name and its date


def gapped_travellers(sent: Span, ctx: Context, found: list[Event]) -> list[Event]:
    """A visit to the destination of the sentence's first dated visit for each name told
    after it with only a date of its own."""
    visits = [e for e in found if e.kind == "visit" and e.visitor and e.country and e.date]
    if not visits:
        return []
    first = visits[0]
    named = {e.visitor for e in found} | {k for e in found for k in e.participants}
    out = []
    for s, e, key in ctx.persons_in(sent.start, sent.end):
        if key in named or not _joined(s, ctx) or not _after_visitor(s, first, sent, ctx):
            continue
        m = _own_date(e, sent, ctx)
        if m is None:
            continue
        date = m.value(first.status != "occurred")
        if not date or date == first.date:
            continue
        out.append(
            make_event(
                "visit", s, e, sent, ctx, first.status, date, first.place, first.country,
                first.occasion, visitor=key, participants=[key],
            )
        )
        named.add(key)
    return out


def _joined(s: int, ctx: Context) -> bool:
    """Whether the name at ``s`` (past its offices) follows a list's "," or "and"."""
    k = s - 1
    while k > 0 and ctx.leads_a_name(k):
        k -= 1
    return ctx.lower[k] in _JOINS


def _after_visitor(s: int, first: Event, sent: Span, ctx: Context) -> bool:
    """Whether the first visit's traveller is named before ``s`` in the sentence."""
    return any(key == first.visitor and e <= s for _, e, key in ctx.persons_in(sent.start, s))


def _own_date(e: int, sent: Span, ctx: Context):
    """The date told right after a name ending at ``e`` ("in 1982"), past a short aside
    between commas, when nothing but the end of a list item follows it."""
    k = e
    if ctx.lower[k : k + 1] == [","]:
        close = next(
            (j for j in range(k + 1, min(sent.end, k + _ASIDE_REACH)) if ctx.lower[j] == ","),
            None,
        )
        if close is not None and ctx.lower[close + 1 : close + 2] and (
            ctx.lower[close + 1] in _DATE_WORDS
        ):
            if ctx.trigger_tokens.intersection(range(k, close)) or ctx.persons_in(k + 1, close):
                return None
            k = close + 1
    if ctx.lower[k : k + 1] == [","]:
        return None
    if ctx.lower[k : k + 1] and ctx.lower[k] in _DATE_WORDS:
        k += 1
    m = next(iter(ctx.dates_in(k, k + 1)), None)
    if m is None or m.start != k:
        return None
    after = ctx.lower[m.end : m.end + 1]
    return m if not after or after[0] in _ENDS else None
