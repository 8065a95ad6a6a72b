"""The story's own day, for an event that tells none: a live blog's stamped entry (the
day the blog is written), the dated heading an entry stands under, and an act told in the
present perfect or progressive ("has held talks", "is holding talks": today); and whether
a sentence goes on from the one before it ("He ...", "During the visit, ...", "will then").
Helpers of :mod:`.event_dates`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .frames import entry_stamp
from .pronouns import SUBJECT
from .tokenizer import text_of
from .usable_dates import ahead_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "told_now",
    "present_stay",
    "legs_behind",
    "section_day",
    "in_stamped_entry",
    "day_ahead",
    "day_gone",
    "plan_told",
    "goes_on_from_before",
    "day_told_done",
    "TOLD_AHEAD",
    "PLAN_NOUNS",
]


TOLD_AHEAD = {"will", "due", "expected", "scheduled", "planned", "plans", "set"}
"""Words of a clause told ahead of its day."""

_NOW_ADVERBS = {"also", "just", "now", "already", "currently"}
_HOLDING_WORDS = {"held", "holding", "had", "having", "paid", "paying", "a", "an", "the"}
_PERFECT_PARTICIPLES = {"held", "had", "met", "paid", "made", "spoken", "begun", "flown", "come"}


def told_now(t: int, ctx: Context) -> bool:
    """Whether the trigger at ``t`` is told in the present perfect or progressive ("has held
    talks", "is holding talks"): an act of the day the story is published."""
    if ctx.doc._.dg_published is None:
        return False
    verb, k = t, t - 1
    while k > 0 and ctx.lower[k] in _HOLDING_WORDS:  # "has held talks", "is holding talks"
        verb, k = k, k - 1
    while k > 0 and ctx.lower[k] in _NOW_ADVERBS:
        k -= 1
    word = ctx.lower[verb]
    if ctx.lower[k] in ("has", "have"):
        return word.endswith("ed") or word in _PERFECT_PARTICIPLES
    return ctx.lower[k] in ("is", "are") and word.endswith("ing")


def present_stay(t: int, ctx: Context) -> str | None:
    """The day of a stay told in the simple present ("X, who is also here", "A and B are
    in Lusaka"): the day the story is filed (its dateline's, else publication's), not
    one an earlier sentence told ("arrived yesterday"). Read by :func:`.event_dates.pick_date`
    before it borrows a day; :func:`.trip_cues.staying_now` dates such a stay only where
    no day was found at all."""
    published = ctx.doc._.dg_published
    if published is None or ctx.lower[t] not in ("is", "are"):
        return None
    k = t + 1
    while k < len(ctx.lower) and ctx.lower[k] in _NOW_ADVERBS:
        k += 1
    if ctx.lower[k : k + 1] not in (["here"], ["in"]):
        return None
    filed = [d.past for d in ctx.dates if getattr(d, "dateline", False) and d.past]
    return filed[0] if filed and len(filed[0]) == 10 else published.isoformat()


def section_day(sent: Span, ctx: Context):
    """The date of the last dated heading before ``sent`` (a key-dates list, a blog's
    days), if no other day lies between them ("FRIDAY 5 JULY ... in the early hours of
    Friday ... PM call with President Biden.": still the heading's day)."""
    before = [d for d in ctx.dates if d.start_char < sent.start_char]
    heads = [n for n, d in enumerate(before) if getattr(d, "heading", False)]
    if not heads:
        return None
    head = before[heads[-1]]
    return head if all(d.past == head.past for d in before[heads[-1] + 1 :]) else None


def in_stamped_entry(sent: Span, ctx: Context) -> bool:
    """Whether ``sent`` stands in a live blog's stamped entry ("19:35 - ...")."""
    published = ctx.doc._.dg_published
    return published is not None and entry_stamp(text_of(ctx.doc), sent.start_char) is not None


# a sentence opening with a pronoun goes on with the one before, across a paragraph break
_CONTINUING = SUBJECT | {"there"}
# an adverb of sequence goes on from the time the story reached ("X will then meet Y")
_SEQUELS = {"then", "afterwards", "afterward", "subsequently", "thereafter"}
_NOT_SEQUEL = {"since", "until", "till", "by", "the", "from", "than", "even", "who"}
_NOT_SEQUEL |= {"was", "were", "is", "are"}  # "who was then foreign minister": at that time


def _goes_on(t: int, sent: Span, ctx: Context) -> bool:
    """Whether an adverb of sequence before the trigger ``t``, among the sentence's first
    words, says its act comes after what the sentence before told ("The premier will then
    hold talks with X", "Afterwards, she will meet Y"); not "since then", "the then
    president" or "then-President"."""
    for k in range(sent.start, min(t, sent.start + 8)):
        if (
            ctx.lower[k] in _SEQUELS
            and (k == sent.start or ctx.lower[k - 1] not in _NOT_SEQUEL)
            and ctx.lower[k + 1 : k + 2] != ["-"]
        ):
            return True
    return False


def _during_that_trip(sent: Span, ctx: Context) -> bool:
    """Whether the sentence opens "During the visit," or "During his trip,": the trip the
    sentence before told, across a paragraph's break."""
    words = ctx.lower[sent.start : sent.start + 6]
    if words[:1] != ["during"] or words[1:2] not in (["the"], ["his"], ["her"], ["their"]):
        return False
    comma = next((k for k, w in enumerate(words) if w == ","), None)
    return comma is not None and comma <= 4 and words[comma - 1] in ctx.lex.trip_nouns
    # "During the visit,", "During his two-day trip,"


def goes_on_from_before(t: int, sent: Span, ctx: Context) -> bool:
    """Whether a sentence with no day of its own goes on from the sentence before it,
    across a paragraph break: it opens with a pronoun ("He was greeted ..."), with "During
    the visit," or tells its act "then" or "afterwards"."""
    return (
        ctx.lower[sent.start] in _CONTINUING
        or _during_that_trip(sent, ctx)
        or _that_trip_as_subject(sent, ctx)
        or _goes_on(t, sent, ctx)
    )


PLAN_NOUNS = {"programme", "program", "itinerary", "schedule", "agenda"}
_ITS_VERBS = {"had", "has", "was", "is", "will", "would", "includes", "included"}


def _that_trip_as_subject(sent: Span, ctx: Context) -> bool:
    """Whether the sentence opens with the trip the sentence before told, or its plan, as
    its subject ("The programme had included talks with X", "Her itinerary includes a
    stop in Y", "The visit was to include a state dinner")."""
    words = ctx.lower[sent.start : sent.start + 4]
    if words[:1] not in (["the"], ["his"], ["her"], ["their"]):
        return False
    return any(  # the noun and its verb: not "The trip to Belarus is his second abroad"
        (w in PLAN_NOUNS or w in ctx.lex.trip_nouns)
        and _ITS_VERBS.intersection(words[k + 1 : k + 2])
        for k, w in enumerate(words[:3])
        if k
    )



def day_told_done(m, ctx: Context) -> str | None:
    """The day of the date ``m`` as its sentence tells it, when it is near publication and
    not after it ("India and Bangladesh yesterday signed ..."), and ``m`` no dateline's."""
    lo, hi = ctx.sentence_of(m.start)
    value = m.value(bool(TOLD_AHEAD.intersection(ctx.lower[lo:hi])))
    if getattr(m, "dateline", False) or not ctx.is_current(value) or ahead_of(m, ctx):
        return None  # not "... ahead of Sunday's run-off": another event's day
    return value if dt.date.fromisoformat(value) <= ctx.doc._.dg_published else None


def legs_behind(t: int, ctx: Context) -> bool:
    """ "a tour which has taken him to X and Y": earlier stops, on days it does not tell."""
    words = ctx.lower[max(0, t - 3) : t + 10]  # the journey's noun or the verb itself
    return any(
        w == "taken" and {"has", "have"} & set(words[max(0, k - 2) : k])
        or w == "took" and words[k + 2 : k + 3] == ["to"] and words[k + 1] in ("him", "her")
        for k, w in enumerate(words)
    )  # "The tour, which began in Amman, also took him to Cairo and Doha": days untold


def day_ahead(m, ctx: Context) -> bool:
    """Whether the plan's reading of the date ``m`` lies after publication."""
    published, value = ctx.doc._.dg_published, m.value(True)
    return published is not None and bool(value) and value[:10] > published.isoformat()


def day_gone(m, ctx: Context) -> str | None:
    """The reading of the date ``m`` for what has happened ("was due to land on Tuesday. X
    landed": the Tuesday gone, not the next one a plan reads), if no later than
    publication; else None: an act done takes no day still ahead."""
    published, value = ctx.doc._.dg_published, m.value(False)
    return value if published is None or not value or value[:10] <= published.isoformat() else None


def plan_told(sent: Span, ctx: Context) -> bool:
    """Whether ``sent`` tells what a plan held ("The programme had included talks with X"):
    its past perfect is the plan's, not an act done."""
    return bool(PLAN_NOUNS.intersection(ctx.lower[sent.start : sent.end]))
