"""Dates told as a distance from another event's: "a day after he met X", "a year after
he visited China", "the next day", "that evening". Helpers of :mod:`.event_dates`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Span

from . import event_dates as _dates
from .date_years import moved_by
from .status_words import DAY_PARTS
from .tokenizer import text_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "offset_date",
    "anaphoric_day",
    "trip_day",
    "hours_from_event",
    "distance_from_story",
    "day_after_leg",
]

_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBER_WORDS |= {"the": 1}  # "the day after he arrived"
_UNITS = {"year", "month", "day"}
# words after "the day after" that open no clause of its own: it is the day after the one
# told ("in Moscow the day after for talks"), not a distance ("the day after he arrived")
_CLAUSE_AFTER = {",", ".", ";", "and", "for", "to", "where", "before", "with", "-", "–", "—"}


def offset_date(
    t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool
) -> str | None:
    """ "talks on Monday, a year after he visited China", "met B on Wednesday, a day after
    meeting C": the year, month or day that lies the stated distance from the date of the
    clause it hangs on, told before it or, for a clause that opens the sentence ("Two days
    after meeting C, she flew to D on Friday"), after it."""
    i = _distance_word(t, rng, ctx)
    if i is None:
        return _after_fronted_distance(t, sent, ctx, ahead)
    distance = _distance(i, sent, ctx)
    if distance is None:
        return None
    end = next((k for k in range(t, rng[1]) if ctx.lower[k] in (",", ";")), rng[1])
    if ctx.dates_in(i, end):
        return None  # the clause has its own date
    m = _dates.nearest_date(i, sent.start, i, ctx)
    if m is None and i - 2 <= _opening(sent, ctx):
        m = _dates.nearest_date(end, end, sent.end, ctx)
    value = m.value(ahead) if m else None
    return moved_by(value, -distance[0], distance[1]) if value else None


_COMES = {"comes", "follows"}
_HEDGES = {"just", "only", "barely", "nearly", "almost", "about", "some", "roughly"}


def distance_from_story(t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool):
    """ "The visit comes a month after X travelled to China", "The trip follows two years
    after Y visited Oslo": X's trip lies that far before the story's own day, at the
    distance's unit (months and years only: days are the story's own, told by days)."""
    i = _distance_word(t, rng, ctx)
    distance = _distance(i, sent, ctx) if i is not None else None
    if distance is None or distance[1] == "day" or not _comes(i - 3, sent, ctx):
        return None
    return moved_by(ctx.lead_date(ahead), -distance[0], distance[1])


def _comes(k: int, sent: Span, ctx: Context) -> bool:
    """Whether the words ending at ``k`` are "comes" or "follows" and any hedge ("The visit
    comes just"): the distance that follows is from the story's own event."""
    while k > sent.start and ctx.lower[k] in _HEDGES:
        k -= 1
    return k > sent.start and ctx.lower[k] in _COMES


def _after_fronted_distance(t: int, sent: Span, ctx: Context, ahead: bool) -> str | None:
    """ "The day after landing in Tokyo on Tuesday, she met X": the main clause, with no
    date of its own, lies the stated distance from the opening clause's date."""
    i = _opening(sent, ctx) + 2
    distance = _distance(i, sent, ctx) if i < sent.end else None
    comma = next((k for k in range(i, sent.end) if ctx.lower[k] == ","), None)
    if distance is None or comma is None or t < comma or ctx.dates_in(comma, sent.end):
        return None
    m = _dates.nearest_date(i, i, comma, ctx)
    value = m.value(ahead) if m else None
    return moved_by(value, distance[0], distance[1]) if value else None


def _distance(i: int, sent: Span, ctx: Context) -> tuple[int, str] | None:
    """The signed distance "a day after", "two months before" ending at the "after" or
    "before" at ``i`` tells (days after are positive), and its unit."""
    if ctx.lower[i] not in ("after", "before") or i - 2 < sent.start:
        return None
    count, unit = ctx.lower[i - 2], ctx.lower[i - 1].rstrip("s")
    if ctx.lower[i + 1 : i + 2] and ctx.lower[i + 1] in _CLAUSE_AFTER:
        return None  # "in Moscow the day after for talks": the day after the one told, no
        # distance from an event named after it
    if count not in _NUMBER_WORDS or unit not in _UNITS or count == "the" and unit != "day":
        return None  # "the year after" is a span, not a distance from a day
    return _NUMBER_WORDS[count] * (1 if ctx.lower[i] == "after" else -1), unit


def _distance_word(t: int, rng: tuple[int, int], ctx: Context) -> int | None:
    """The "after" or "before" that opens the trigger's clause, or stands just before it
    with only its subject between ("a day after arriving", "a day after he arrived")."""
    if ctx.lower[rng[0]] in ("after", "before"):
        return rng[0]
    for k in range(t - 1, max(rng[0], t - 4) - 1, -1):
        if ctx.lower[k] in ("after", "before"):
            return k
        if k in ctx.trigger_tokens or ctx.lower[k] in (",", ";"):
            return None
    return None


def _opening(sent: Span, ctx: Context) -> int:
    """Where the sentence's own words start, past an "On" or "Just" before a fronted
    distance ("Just two days after ...")."""
    k = sent.start
    while k < sent.end and ctx.lower[k] in ("just", "only", "on", "barely", "some"):
        k += 1
    return k


def _days_later(value: str, n: int) -> str | None:
    try:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=n)).isoformat()
    except OverflowError:  # the day after 9999-12-31
        return None


def _day_shift(words: list[str]) -> tuple[int | None, int]:
    """Days after the day told before that words name ("that evening" 0, "the next day" 1,
    "the previous day" -1),
    and where the phrase starts; (None, 0) where they name none."""
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w == "that" and nxt in DAY_PARTS or w == "same" and nxt == "day":
            return 0, i
        if w in ("earlier", "later") and words[i + 1 : i + 4] == ["in", "the", "day"]:
            return 0, i  # "had landed earlier in the day": the story's day
        if w in ("next", "following") and nxt in DAY_PARTS:
            return 1, i
        if w in ("previous", "preceding") and nxt in DAY_PARTS:
            return -1, i  # "where he had flown the previous day"
        if w == "the" and words[i + 1 : i + 3] in (["day", "after"], ["day", "before"]):
            if words[i + 3 : i + 4] and words[i + 3] not in _CLAUSE_AFTER:
                continue  # "the day after he arrived": a distance from another event
            return (1 if words[i + 2] == "after" else -1), i  # "in Moscow the day after"
    return None, 0


def day_after_leg(words: list[str], before: str | None) -> str | None:
    """ "in Kyiv on February 14 and in Moscow the day after", "landed in Lima on Monday and
    flew to Quito the next day": the day of a trip's leg told as a shift from the leg's
    before it (``before``, a day), from the words right after the leg's place; None where
    they tell no shift or no day came before."""
    if not before or len(before) != 10:
        return None
    shift, at = _day_shift(words)
    if shift is None or at > 1:
        return None  # no shift, or one that belongs to a later clause
    return _days_later(before, shift)


def _in_a_person(k: int, ctx: Context) -> bool:
    """Whether token ``k`` lies inside a mention of a person ("the head of state")."""
    return any(s <= k < e for s, e, _ in ctx.persons_in(max(0, k - 8), k + 1))


def anaphoric_day(t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool):
    """ "flew on to Singapore that evening", "the next day": the day told just before."""
    base = t
    named = sum(  # the names and offices of its partners do not take it further away: "held
        1  # talks with Norwegian Prime Minister Lars Berg the following day"
        for k in range(t, min(rng[1], t + 16))
        if k in ctx.name_tokens or ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY")
    )
    shift, at = _day_shift(ctx.lower[t : min(rng[1], t + 10 + named)])
    if shift is not None and ctx.dates_in(t, t + at):
        return None  # a date of its own comes first
    if shift is not None and at >= 8 and any(
        not _in_a_person(k, ctx) for k in ctx.trigger_tokens.intersection(range(t + 2, t + at))
    ):
        return None  # the time of another act told after this one; not a word of a
        # partner's description ("talks with the Peruvian head of state the next day")
    if shift is None:  # "The next day, he met X", "Later that day, she flew to Y"
        base = rng[0]
        shift, at = _day_shift(ctx.lower[rng[0] : t])
        if (
            shift is None
            or ctx.dates_in(rng[0] + at, rng[1])  # "flew on that evening and met X on Sept 5"
            or any(
                k not in ctx.travel_tokens
                for k in ctx.trigger_tokens.intersection(range(rng[0] + at, t))
            )
        ):  # another event's time (not the journey to it: "the next day flew on to meet B")
            return None
    para = text_of(ctx.doc).rfind("\n\n", 0, sent.start_char)
    earlier = [
        d
        for d in ctx.dates
        if para < d.start_char < ctx.doc[t].idx
        and _dates.usable_date(d, ctx)
        and d.kind != "y"
    ]
    published = ctx.doc._.dg_published
    today = published.isoformat() if published is not None else None
    if not ahead and today:  # "had landed earlier in the day" after "an audience tomorrow":
        earlier = [d for d in earlier if (d.past or "") <= today]  # no day still ahead
    main = [d for d in earlier if not _in_aside(d.start, ctx)]
    earlier = main or earlier  # "On arriving yesterday from X, where he met Y on Sunday, he
    # was received by Z. W received him later in the day": yesterday, not Sunday
    value = earlier[-1].value(ahead) if earlier else None
    in_the_day = ctx.lower[base + at + 1 : base + at + 4] == ["in", "the", "day"]
    if not earlier and not ahead and today and in_the_day:
        lead = ctx.lead_date(False)  # "Earlier in the day, X had flown in": the story's day
        value = lead if lead and lead <= today else today
    if not value or len(value) != 10:
        return None
    return _days_later(value, shift)


_ORDINAL_DAYS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_LAST_DAY = {"final", "last", "closing"}
_SPAN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
def trip_day(t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool):
    """ "On the second day of his visit, he met X": the trip's first day, told before,
    moved on; "met X on Thursday, the second day of his three-day visit": the visit itself
    began the day before."""
    found = _day_of_trip(sent, ctx)
    if found is None:
        return None
    start, n, noun = found
    if t == noun:  # the visit: its first day, back from the day the phrase follows
        m = next((d for d in reversed(ctx.dates_in(sent.start, start)) if d.end >= start - 2), None)
        value = m.value(ahead) if m else None
        return _days_later(value, 1 - n) if value and len(value) == 10 else None
    if start <= t <= noun or ctx.dates_in(sent.start, sent.end):
        return None  # an act with a day of its own
    para = text_of(ctx.doc).rfind("\n\n", 0, sent.start_char)
    told = [d for d in ctx.dates if para < d.start_char < sent.start_char]
    value = told[-1].value(ahead) if told else None  # the arrival told before
    return _days_later(value, n - 1) if value and len(value) == 10 else None


def _day_of_trip(sent: Span, ctx: Context) -> tuple[int, int, int] | None:
    """(start, n, trip noun) of "the second day of his (three-day) visit" in the sentence,
    n counted from 1 ("the final day of a three-day visit": 3)."""
    words = ctx.lower
    for k in range(sent.start, sent.end - 4):
        if words[k] != "the" or words[k + 2 : k + 4] != ["day", "of"]:
            continue
        stop = min(sent.end, k + 9)
        noun = next((j for j in range(k + 4, stop) if words[j] in ctx.lex.trip_nouns), None)
        if noun is None:
            continue
        span = next((d for d in map(days_long, words[k + 4 : noun]) if d), None)
        if span is None and words[k + 1] in _LAST_DAY:  # "the final day of the visit": the
            para = text_of(ctx.doc).rfind("\n\n", 0, sent.start_char)  # "three-day" told
            lo = next((i for i in range(sent.start, -1, -1) if ctx.doc[i].idx <= para), 0)
            span = next((d for d in map(days_long, reversed(words[lo:k])) if d), None)
        n = _ORDINAL_DAYS.get(words[k + 1]) or (span if words[k + 1] in _LAST_DAY else None)
        return (k, n, noun) if n else None
    return None


def days_long(word: str) -> int | None:
    """The days a "three-day" or "3-day" word tells, or None."""
    head, _, tail = word.partition("-")
    if tail != "day":
        return None
    return _SPAN_WORDS.get(head) or (int(head) if head.isdigit() else None)


_SHORT_WHILE = {"hours", "minutes", "moments", "shortly", "just", "soon", "an", "a", "hour"}
_EVENT_WORDS = {  # the noun after "hours before the": the words that tell that event
    "call": {"call", "called", "conversation", "phone", "telephone", "telephoned", "spoke"},
    "conversation": {"call", "called", "conversation", "phone", "telephone", "telephoned"},
    "talks": {"talks", "met", "meeting", "held"},
    "meeting": {"talks", "met", "meeting", "held"},
}


def hours_from_event(t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool):
    """ "Hours before the call, X arrived in Tehran": the day of the call the story told
    before (the latest earlier sentence that tells one with a day), for a clause with no
    day of its own."""
    words = ctx.lower[sent.start : t]
    for k in range(len(words) - 2):
        noun = words[k + 3] if k + 3 < len(words) else None
        if (
            words[k] in _SHORT_WHILE
            and words[k + 1] in ("before", "after")
            and words[k + 2] == "the"
            and noun in _EVENT_WORDS
        ):
            break
    else:
        return None
    if ctx.dates_in(sent.start, sent.end):
        return None
    cues = _EVENT_WORDS[noun]
    for m in reversed([d for d in ctx.dates if d.end <= sent.start and _dates.usable_date(d, ctx)]):
        lo, hi = ctx.sentence_of(m.start)
        if cues.intersection(ctx.lower[lo:hi]):
            value = m.value(ahead)
            return value if value and len(value) == 10 else None
    return None


def _in_aside(k: int, ctx: Context) -> bool:
    """Whether token ``k`` lies in a clause of its sentence that a relative word opens
    ("where he met Y on Sunday", "who arrived on Monday")."""
    lo, hi = ctx.sentence_of(k)
    rng = next((r for r in _dates._args.clauses(ctx.doc[lo:hi], ctx) if r[0] <= k < r[1]), None)
    return rng is not None and ctx.lower[rng[0]] in ("where", "who", "which")
