"""Where the event triggers of a text start, and which phrase each one is.

:func:`triggers` walks only the tokens that can open a trigger phrase (the Context's
``trigger_heads``) and reads the phrase at each, keeping what it read per Context: the
whole text, each clause and the date reader ask for the same heads. The phrase tests
that refuse a trigger ("the host government", "EU membership talks", "Heads of
Government Meeting") or change its kind ("paid a courtesy visit to President X": a call
on X; "online talks": a call) live here with it; :mod:`.arguments` reads each trigger's
clause, people, date and place.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .tokenizer import texts_of
from .trigger_phrases import (
    NOUN_DETERMINERS,
    a_noun,
    expected_when,
    in_no_place,
    person_next,
    phrase_words,
    time_in,
)

if TYPE_CHECKING:  # arguments imports this module as it loads
    from .arguments import Context

__all__ = [
    "triggers",
    "CALLING_ON",
]


def triggers(start: int, end: int, ctx: Context):
    """(token, end, kind, needs) of each trigger in a range, longest phrase first."""
    heads = ctx.trigger_heads  # only where a trigger may start, not every token of the range
    # the phrase read at a head does not depend on the range: kept per Context, as the
    # whole text, each clause and the date reader ask for the same heads
    read = ctx.__dict__.setdefault("_trigger_at", {})
    k = bisect.bisect_left(heads, start)
    while k < len(heads) and heads[k] < end:
        i = heads[k]
        found = read.get(i, _UNREAD)
        if found is _UNREAD:
            found = read[i] = _trigger_at(i, ctx)
        after = i + 1
        if found is not None:
            yield found
            after = found[1]
        k = bisect.bisect_left(heads, after, k + 1)


_UNREAD = object()


def _titled(texts: list[str], i: int) -> bool:
    """Whether the word at ``i`` ends a capitalised name ("Government Meeting")."""
    return texts[i][:1].isupper() and texts[i - 1][:1].isupper() and texts[i - 2] != "."


CALLING_ON = {"visit", "visits", "visited"}  # with a person after them: whom one calls on


# words that make a meeting remote ("held a virtual bilateral summit with X"): a call
_REMOTE = {"virtual", "online", "video", "videolink", "video-link", "remote"}


# offices a trigger word can name the portfolio of ("Lands Minister", "Travel Secretary")
_PORTFOLIO_HEADS = (["minister"], ["ministry"], ["secretary"], ["commissioner"], ["director"])


def _trigger_at(i: int, ctx: Context) -> tuple[int, int, str, str] | None:
    """(token, end, kind, needs) of the first trigger phrase that opens at head ``i``."""
    if ctx.label[i] == "TITLE" and ctx.lower[i + 1 : i + 2] in _PORTFOLIO_HEADS:
        return None  # "Lands Minister X", "Travel Secretary": a portfolio, no landing; but
        # "the Chief Guest at" is a visit
    if ctx.lower[i] in ("host", "hosts") and (
        ctx.lower[i - 1 : i] and ctx.lower[i - 1] in NOUN_DETERMINERS
        or ctx.lower[max(0, i - 2) : i - 1] in (["a"], ["an"], ["the"])
    ):
        return None  # "the host government's Prime Minister", "for being a good host": a noun
    if ctx.lower[i] == "talks" and ctx.lower[i - 1 : i] in (["membership"], ["accession"]):
        return None  # "Turkey's frozen EU membership talks": a process of states, no meeting
    if ctx.lower[i] == "meeting" and i > 1 and _titled(texts_of(ctx.doc), i):
        return None  # "the Commonwealth Heads of Government Meeting": a gathering's name
    if ctx.lower[i] == "expected" and expected_when(i, ctx):
        return i, i + 1, "visit", ""  # "X is expected this morning": an arrival, here
    if ctx.lower[i] in CALLING_ON and person_next(i + 1, ctx) and not a_noun(i, ctx):
        return i, i + 1, "meeting", ""  # "is scheduled to visit President X, Pope Francis
        # and Y": calls on each, not a trip (the trip is told by its place)
    if ctx.lower[i] in ("visit", "visits") and ctx.lower[i + 1 : i + 2] == ["to"] and (
        person_next(i + 2, ctx)
    ):
        return i, i + 2, "meeting", ""  # "paid a courtesy visit to President X": a call on X
    read: dict[int, list[int] | None] = {}  # phrase_words by length (the same for phrases
    # of one length), as the phrases opening with a word share a few lengths
    for words, kind, needs in ctx.lex.triggers.get(ctx.lower[i], ()):
        if needs == "time_in" and not time_in(i + 1, ctx):
            continue  # "spent two days with X": a meeting's reading, not a stay
        stop = i + len(words)
        if tuple(ctx.lower[i:stop]) == words:
            if kind == "visit" and words[-1] == "in" and needs != "attend" and (
                in_no_place(stop, ctx)
            ):  # "while the presidents were in their meeting", "was in office"; but "took
                continue  # part in the meeting" attends it, as "attended the meeting" does
            if kind == "meeting" and _REMOTE.intersection(ctx.lower[max(0, i - 2) : i]):
                return i, stop, "call", needs  # "a virtual bilateral summit", "online talks"
            return i, stop, kind, needs
        if len(words) > 1:  # 'a "very good call" with X', "a summit in Budapest between"
            kept = read.get(len(words), _UNREAD)
            if kept is _UNREAD:
                kept = read[len(words)] = phrase_words(i, len(words), ctx)
            if kept is not None and tuple(ctx.lower[k] for k in kept) == words:
                return i, kept[-1] + 1, kind, needs
    return None
