"""Encounters a photo caption tells without a verb: "Abiy with President Bashir in
Khartoum during his visit to Sudan in May", "- US President Joe Biden and Zelensky in the
Oval Office on December 21, 2022".

A line that opens (after a caption's number, stamp or dash) with one named person, then
"with" or "and" and another, then where or when they were ("in", "at", "during", "on"),
shows the two together: a meeting, when they serve different states. Only for a line
from which the trigger reader took no event (a caption with a verb is read as any
sentence is). Helper of :mod:`.events`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, diplomatic, location, make_event, pick_date

__all__ = ["caption_encounters"]

_OPENERS = {"-", "–", "—", "*", "•", ":", "|", "."}  # "10/10 -", "**6.**", "Photo 3:"
_STAMP = re.compile(r"[\d:/.\-–—]+|[ap]\.?m\.?|\*+|photo|file|pictured|caption")
_JOINS = {"with", "and"}
_AFTER = {"in", "at", "during", "on"}


def caption_encounters(sent: Span, ctx: Context) -> list[Event]:
    """The meeting of a verbless caption line (see the module's docstring), or none."""
    named = ctx.persons_in(sent.start, sent.end)
    if len(named) < 2:
        return []
    (s1, e1, first), (s2, e2, second) = named[0], named[1]
    if not _opens_line(s1, sent, ctx) or e1 >= s2 or ctx.lower[e1] not in _JOINS:
        return []
    if any(not ctx.leads_a_name(k) for k in range(e1 + 1, s2)):
        return []  # only the second person's office between: "with President X"
    if e2 >= sent.end or ctx.lower[e2] not in _AFTER or not diplomatic([first, second], ctx):
        return []
    where = ctx.gaz_in(e2, sent.end, ("PLACE", "CAPITAL", "SEAT", "COUNTRY"))
    place, country = location(where[:1], ctx.lex, e2) if where else (None, None)
    date = pick_date(e1, (sent.start, sent.end), sent, ctx, False)
    return [
        make_event(
            "meeting", e1, e1 + 1, sent, ctx, "occurred", date, place, country, None,
            participants=[first, second],
        )
    ]


def _opens_line(start: int, sent: Span, ctx: Context) -> bool:
    """Whether the person at ``start`` (after their office words) opens a caption: the
    sentence's first words, or after a caption's number, stamp or dash."""
    k = start - 1
    while k >= sent.start and ctx.leads_a_name(k):
        k -= 1
    if k >= sent.start and ctx.lower[k] == "the" and k + 1 < start:
        k -= 1  # "The Prime Minister and President X at State House"
    if k < sent.start:
        return True
    if ctx.lower[k] not in _OPENERS:
        return False
    dated = {j for d in ctx.dates_in(sent.start, k) for j in range(d.start, d.end)}
    return all(
        _STAMP.fullmatch(w) or w in _OPENERS or j in dated
        for j, w in enumerate(ctx.lower[sent.start : k], sent.start)
    ) or _weekday_dash(sent, k, ctx)


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _weekday_dash(sent: Span, k: int, ctx: Context) -> bool:
    """ "Saturday - Modi with X": a caption dated by its weekday."""
    words = [w for w in ctx.lower[sent.start : k] if not _STAMP.fullmatch(w) and w != "."]
    return len(words) <= 3 and bool(words) and words[-1] in _WEEKDAYS
