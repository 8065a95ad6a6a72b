"""Encounters a photo caption tells without a verb: "Abiy with President Bashir in
Khartoum during his visit to Sudan in May", "- US President Joe Biden and Zelensky in the
Oval Office on December 21, 2022", "A, B, C and D at the leaders' meeting".

A line that opens (after a caption's number, stamp or dash) with named people joined only
by "with", "and" or commas, then where or when they were ("in", "at", "during", "on"),
shows them together: a meeting, when they serve different states and are at most four.
Only for a line from which the trigger reader took no meeting or call (a caption with a
verb is read as any sentence is). Helper of :mod:`.events`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, diplomatic, location, pick_date
from .encounter_groups import encounter

__all__ = ["caption_encounters"]

_OPENERS = {"-", "–", "—", "*", "•", ":", "|", "."}  # "10/10 -", "**6.**", "Photo 3:"
_STAMP = re.compile(r"[\d:/.\-–—]+|[ap]\.?m\.?|\*+|photo|file|pictured|caption")
_JOINS = {"with", "and"}
_AFTER = {"in", "at", "during", "on"}


def caption_encounters(sent: Span, ctx: Context) -> list[Event]:
    """The meeting of a verbless caption line (see the module's docstring), or none."""
    named = ctx.persons_in(sent.start, sent.end)
    opening = _opening(named[0][0], sent, ctx) if len(named) >= 2 else None
    if opening is None:
        return []
    # after a caption's mark, a comma may close the list too ("**6.** A with B, ...")
    keys, end = _listed(named, sent, ctx, _AFTER | {","} if opening == "marked" else _AFTER)
    if not 2 <= len(keys) <= _MOST or not diplomatic(keys, ctx):
        return []  # a larger gathering is no meeting of everyone in it
    where = ctx.gaz_in(end, sent.end, ("PLACE", "CAPITAL", "SEAT", "COUNTRY"))
    place, country = location(where[:1], ctx.lex, end) if where else (None, None)
    date = pick_date(end, (sent.start, sent.end), sent, ctx, False)
    return [encounter("meeting", end, end + 1, sent, ctx, "occurred", date, (place, country), keys)]


_MOST = 4  # the guidelines' largest gathering that is a meeting of all named


def _listed(named, sent: Span, ctx: Context, after: set[str]) -> tuple[list[str], int]:
    """The people the line lists from its first name on ("A with B", "A, B and C"), joined
    only by "with", "and" or commas and their offices, and the token after the last,
    which must tell where or when; ([], 0) if the line goes on otherwise."""
    keys = [named[0][2]]
    for (_s, end, _k), (start, _e, key) in zip(named, named[1:], strict=False):
        between = range(end, start)
        if not between or ctx.lower[end] not in _JOINS | {","}:
            break
        if any(ctx.lower[k] not in _JOINS | {","} and not ctx.leads_a_name(k) for k in between):
            break
        keys.append(key)
    last = named[len(keys) - 1][1]
    if len(keys) < 2 or last >= sent.end or ctx.lower[last] not in after:
        return [], 0
    return list(dict.fromkeys(keys)), last


def _opening(start: int, sent: Span, ctx: Context) -> str | None:
    """How the person at ``start`` (after their office words) opens a caption: "first"
    (the sentence's first words), "marked" (after a caption's number, stamp or dash: a
    caption for sure), or None where other words come first."""
    k = start - 1
    while k >= sent.start and ctx.leads_a_name(k):
        k -= 1
    if k >= sent.start and ctx.lower[k] == "the" and k + 1 < start:
        k -= 1  # "The Prime Minister and President X at State House"
    if k < sent.start:
        return "first"
    if ctx.lower[k] not in _OPENERS:
        return None
    dated = {j for d in ctx.dates_in(sent.start, k) for j in range(d.start, d.end)}
    stamped = all(
        _STAMP.fullmatch(w) or w in _OPENERS or j in dated
        for j, w in enumerate(ctx.lower[sent.start : k], sent.start)
    )
    return "marked" if stamped or _weekday_dash(sent, k, ctx) else None


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _weekday_dash(sent: Span, k: int, ctx: Context) -> bool:
    """ "Saturday - Modi with X": a caption dated by its weekday."""
    words = [w for w in ctx.lower[sent.start : k] if not _STAMP.fullmatch(w) and w != "."]
    return len(words) <= 3 and bool(words) and words[-1] in _WEEKDAYS
