"""When an event happened: the date expression its trigger takes, and its reading.

The nearest usable date in the trigger's clause, then in the clauses before it, then a
clause that continues it; then the last day told earlier in the paragraph (read as that
sentence reads it); then the story's lead date. A date that only anchors something else
("since 1991", "days after the attacks of October 7", "..., Kwatra said on Friday") is
not usable (:mod:`.usable_dates`). Helpers of :mod:`.arguments`, which re-exports them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Span

from . import arguments as _args
from .date_asides import (
    another_events_time,
    count_scope,
    earlier_stop_aside,
    in_another_aside,
    in_fronted_happening,
    in_relative_clause,
    in_who_aside,
    others_aside,
    trailing_aside,
    year_aside,
)
from .date_ranges import leg_of_range, range_start
from .event_clauses import FRINGES
from .event_status import status_of
from .event_triggers import triggers
from .last_occasions import last_occasion, told_after, told_next
from .plan_cues import UNDERTAKINGS, bidden, undertaken_on_a_day
from .quote_speakers import in_other_quote
from .relative_days import (
    anaphoric_day,
    distance_from_story,
    hours_from_event,
    offset_date,
    trip_day,
)
from .since_dates import at_arrival, day_of_calling_off, since_date, since_span, stay_since
from .story_days import (
    TOLD_AHEAD,
    day_ahead,
    day_gone,
    goes_on_from_before,
    in_stamped_entry,
    legs_behind,
    plan_told,
    present_stay,
    section_day,
    told_now,
)
from .tokenizer import text_of, tokens_of
from .usable_dates import after_the_story, usable_date

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["nearest_date", "pick_date", "called_off_date", "again_dates", "promised_again", "OPENS"]

def nearest_date(t: int, lo: int, hi: int, ctx: Context):
    """The usable date expression in [lo, hi) nearest the trigger ``t`` (after it preferred)."""
    best = None
    for m in ctx.dates_in(lo, hi):
        if usable_date(m, ctx):
            dist = abs(m.start - t) + (0 if m.start > t else 2)
            if m.start > t and another_events_time(t, m, ctx):
                continue  # "met Y ahead of the vote in November": the vote's month
            if m.start > t and trailing_aside(t, m, ctx):
                continue  # "met Y, who was elected in 2018": Y's past, not the talks' time
            if m.start < t and _before_a_report(m, t, ctx):
                continue  # "Earlier this month the White House announced that Trump would
                # go to Ireland": when it was said, not when he goes
            if m.start < t and (in_relative_clause(m, t, ctx) or in_fronted_happening(m, t, ctx)):
                continue  # "X, who took office in (February) 2022, met Y": X's past
            elif m.start < t and _owned_by_earlier_trigger(m, t, ctx):
                dist += 30  # "arrived on Wednesday and held talks with Y on Thursday"
            elif m.start < t and day_of_calling_off(m, t, hi, ctx):
                dist += 30  # "on Tuesday postponed the visit she was due to make on
                # October 23": the day it was called off, not the visit's
            if best is None or dist < best[0]:
                best = (dist, m)
    return best[1] if best else None


_REPORTS = {"announced", "said", "confirmed", "revealed", "disclosed", "stated", "reported"}
def _will(t: int, ctx: Context) -> bool:
    """Whether "will" stands before ``t`` in its sentence (a plan still ahead, not a "was due")."""
    return "will" in ctx.lower[ctx.sentence_of(t)[0] : t]


def _before_a_report(m, t: int, ctx: Context) -> bool:
    """Whether a verb of saying and "that" stand between the date ``m`` and the trigger
    ``t``: the date tells when it was said."""
    words = ctx.lower[m.end : t]
    return any(w in _REPORTS and words[i + 1 : i + 2] == ["that"] for i, w in enumerate(words))


def _owned_by_earlier_trigger(m, t: int, ctx: Context) -> bool:
    """Whether a date before the trigger ``t`` follows another event's trigger, with "and"
    between it and ``t``: the earlier event's time ("arrived on Wednesday and held talks on
    Thursday"); or labels a leg before a colon ("FRANCE (April 9-12): X meets Y on Friday")."""
    before = ctx.trigger_tokens.intersection(range(max(0, m.start - 6), m.start))
    return ":" in ctx.lower[m.end : t] or "and" in ctx.lower[m.end : t] and bool(before - {t})


OPENS = set("opens open opened opening begins begin began starts start started".split())
OPENS |= {"runs", "convenes", "convened"}


def _since_before(m, lo: int, ctx: Context) -> bool:
    """Whether "since" leads the date ``m`` from at most eight words before it, after
    ``lo``, in one phrase ("since Syria's return to the Arab League in May"; not "since
    the invasion, meeting X on June 29")."""
    words = ctx.lower[max(lo, m.start - 8) : m.start]
    return "since" in words and not {",", ";"}.intersection(words[words.index("since") :])


def pick_date(
    t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool, lead: bool = True
) -> str | None:
    """The date of an event: nearest in its clause, then in the clauses before it, then
    after it; then the last date earlier in the paragraph; then the story's lead date."""
    if ctx.lower[rng[0]] == "since" and "," not in ctx.lower[rng[0] : t]:
        return since_date(t, sent, ctx)  # not "Since taking office in April, X has met Y"
    if bidden(t, ctx):
        return None  # "ordered X on Thursday to travel to Seoul": when he was told to
    if undertaken_on_a_day(t, ctx):  # "agreed on Saturday to attend a summit in X on
        own = next(iter(ctx.dates_in(t + 1, rng[1])), None)  # Monday": the summit's day
        return own.value(True) if own is not None else None
    shifted = (
        offset_date(t, rng, sent, ctx, ahead)
        or anaphoric_day(t, rng, sent, ctx, ahead)
        or trip_day(t, rng, sent, ctx, ahead)
        or hours_from_event(t, rng, sent, ctx, ahead)
    )
    if shifted:
        return shifted
    stay = stay_since(t, rng, ctx)  # "X, who has been in Tehran since Tuesday"
    if stay is not None:
        return stay
    if at_arrival(t, sent, ctx):  # "X, who arrived on Wednesday, met Y shortly after
        told = [d for d in ctx.dates_in(sent.start, t) if usable_date(d, ctx)]  # landing"
        if told:
            return told[-1].value(ahead)
    m = nearest_date(t, rng[0], rng[1], ctx)
    if (
        m is not None
        and m.start > t
        and (not ahead or _will(t, ctx))
        and after_the_story(m, ctx, ahead)
    ):
        m = None  # "held talks with X, dominated by the budget that leaders hope to settle
        # next month": what is done is not dated by a time still to come; "will cross into
        # the Vatican for an audience, his second after one in June 2018": nor a plan by a
        # time gone
    if m is not None and m.start > t and _since_before(m, t, ctx):
        m = None  # "attending his second summit since the thaw in May": the time of
        # what came before, not of this
    if m is None and not ahead:
        span = since_span(t, rng, sent, ctx)
        if span is not None:
            return span  # "has visited A, B and C since taking office in April": that time
    if m is None and ctx.lower[rng[0] - 1 : rng[0] + 1] == [",", "when"]:
        then = next((d for d in ctx.dates_in(sent.start, rng[0]) if d.end == rng[0] - 1), None)
        if then is not None:  # "since 2022, when he attended the summit": the time just
            return then.value(ahead)  # named, even inside an aside ("X, who toured Y
            # during her visit in February 1984, when she held talks with Z")
    if m is None and not _after_another_trip(sent.start, rng[0], ctx) and not legs_behind(t, ctx):
        m = nearest_date(t, sent.start, rng[0], ctx)
        if m is not None and ahead and _told_done((_clause_start(m.start, sent, ctx), rng[0]), ctx):
            return m.value(False)  # "left for Oslo on Tuesday, where he will meet X": the day
            # as the clause that tells it reads it
    if m is not None and in_another_aside(m.start, t, sent, ctx):
        m = None  # "X, who flew in on Tuesday, met Y": the day of X's arrival, not the talks'
    elif m is not None and m.start < t and in_another_aside(m.start, t, sent, ctx, acts=False):
        m = next((d for d in ctx.dates_in(t, rng[1]) if usable_date(d, ctx)), m)  # "X, who
        # was appointed last month, met Y on Friday": the talks' own day, told after them
    aside = _args.relative_aside(t, (sent.start, sent.end), ctx) or _on_aside(t, sent, ctx)
    if aside is not None and m is not None and not aside[0] <= m.start < aside[1]:
        if not ahead and TOLD_AHEAD.intersection(ctx.lower[aside[1] : sent.end]):
            m = None  # "X, who is on a visit to Ghana, will address Parliament on Friday":
            # the day of X's next act, not of the stay under way
    if m is None and aside is None:  # a later clause that continues this one ("..., including
        # on Feb. 3")
        for lo, hi in _args.clauses(sent, ctx):
            if (
                lo >= rng[1]
                and ctx.lower[lo] != "and"  # "... and will meet B on Thursday": B's day
                and ctx.lower[lo - 1] != ":"  # "...: John Paul II went in 1998": his
                and ctx.lower[lo] not in _args.CLAUSE_OPENERS
                and ctx.lower[lo] not in _args.FRONTED
            ):
                m = nearest_date(t, lo, hi, ctx)
                if m is not None and _since_before(m, lo, ctx):
                    m = None  # ", attending his first summit since the thaw in May"
                if m is not None:
                    break
    if m is None and aside is None:
        told = distance_from_story(t, rng, sent, ctx, ahead)  # "The visit comes a month
        if told is not None:  # after X travelled to China"
            return told
    if m is None and legs_behind(t, ctx):
        return None  # "the tour, which has taken him to X and Y": stops before this one
    if m is None and last_occasion(t, sent, ctx):  # "The last king to visit was X, who ...
        return told_after(t, sent, ctx) or told_next(sent, ctx)  # in 1970", "Her last
        # encounter ... was with X. He arrived on November 16": not the story's day
    if m is None and not ahead and (now := present_stay(t, ctx)):
        return now  # "X, who is also here": the day the story is filed
    if m is None:
        para = text_of(ctx.doc).rfind("\n\n", 0, sent.start_char)
        if sent.start > 0 and goes_on_from_before(t, sent, ctx):  # "He was greeted ...",
            # "During the visit, he will meet X", "The premier will then hold talks"
            previous = tokens_of(ctx.doc)[ctx.sentence_of(sent.start - 1)[0]].idx
            para = min(para, previous - 1)
        earlier = [
            d
            for d in ctx.dates
            if para < d.start_char < sent.start_char
            and usable_date(d, ctx)
            and (
                "since" not in ctx.lower[max(ctx.sentence_of(d.start)[0], d.start - 8) : d.start]
                or ctx.lower[d.end : d.end + 2] == [",", "when"]  # "since November 2014,
            )  # when X came for the summit. He held talks with Y": the time the story went back to
            and not others_aside(d.start, sent, ctx)
            and not earlier_stop_aside(d, ctx)
            and not year_aside(d, ctx)
            and not count_scope(d, ctx)  # "his first trip abroad this year. He met Y"
            and not in_other_quote(d.start, t, ctx)  # '"Eight years ago I met X," he said'
            and not in_who_aside(d.start, ctx)  # "X, who flew in on Monday, met Y. Z also
            # attended": X's step, not the paragraph's time
        ]  # not "their first meeting since X took office in March": a time long before
        if earlier:  # a day told in an earlier sentence is read as that sentence reads it
            m = range_start(earlier, ctx)
            lo, hi = ctx.sentence_of(m.start)
            told_ahead = bool(TOLD_AHEAD.intersection(ctx.lower[lo:hi]))
            if not ahead and not told_ahead and _undertaken(m, ctx):
                m = None  # "agreed to travel there in July. He then received X": what
                # happened does not take the day of a plan
            elif not ahead and told_ahead and day_ahead(m, ctx) and not plan_told(sent, ctx):
                return day_gone(m, ctx)  # "was due to land on Tuesday. X landed": Tuesday gone
            elif told_ahead or not ahead or _period_of_now(m, ctx):
                return m.value(told_ahead)  # "this week's Assembly. X travels to New York"
            else:
                m = None  # a plan does not take the day of what already happened
    if m is None:
        head = section_day(sent, ctx)
        if head is not None:
            return head.value(ahead)  # "**30 November 2022 - Auckland** ... hosted X": the
            # day of the heading the entry stands under
    if m is None and _on_the_fringes(sent, ctx):
        m = ctx.summit_date()  # "On the margins of the summit, A held talks with B": the
        # summit's day ("Tuesday's summit"), not the story's current day (A's arrival)
    if m is None and lead and in_stamped_entry(sent, ctx):
        return ctx.doc._.dg_published.isoformat()  # "19:35 - The King shakes hands with
        # Biden": a live blog's entry tells the day the blog is written
    if m is None:  # a called-off plan was not for the day the story reports it
        # only a day told before: "Yesterday, he held talks in Paris" at the story's end
        # does not date the Berlin talks its lead reports
        value = ctx.lead_date(ahead, before=sent.end_char) if lead else None
        if value is None and lead and told_now(t, ctx):
            return ctx.doc._.dg_published.isoformat()  # "X has reached Delhi": today, its
            # own day as its tense tells it, not one borrowed from the story
        if value is not None:
            ctx.lead_dated[t] = value  # "During the talks, ...": the story's day, borrowed
        return value
    leg = leg_of_range(t, m, sent, ctx, ahead)  # "a tour between May 30 and June 6 that
    return leg if leg is not None else m.value(ahead)  # will take him to Lisbon": some day


def _period_of_now(m, ctx: Context) -> bool:
    """Whether the date ``m`` is a month or a year that holds the publication day."""
    published = ctx.doc._.dg_published
    value = m.value(False)
    return bool(published and value and len(value) < 10 and published.isoformat().startswith(value))


def called_off_date(
    t: int, rng: tuple[int, int], sent: Span, ctx: Context, lead: bool = True
) -> str | None:
    """The day of a plan called off: of the two readings of a date told without its year
    ("had been due on March 3" in a July story: March past or March next), the one nearer
    the story's day; a plan is called off around the time it was due, as often after as
    before. A weekday keeps the reading ahead, as the guidelines read a plan."""
    ahead = pick_date(t, rng, sent, ctx, True, lead=lead)
    past = pick_date(t, rng, sent, ctx, False, lead=lead)
    published = ctx.doc._.dg_published
    if ahead == past or None in (ahead, past) or published is None:
        return ahead
    if _days_from(ahead, published) - _days_from(past, published) < _YEAR_APART:
        return ahead  # a weekday ("had been due to arrive on Sunday"): the next one, as the
        # guidelines read a plan
    return min((ahead, past), key=lambda v: abs(_days_from(v, published)))


_YEAR_APART = 300  # days between the two readings of a date told without its year


def _days_from(value: str, day: dt.date) -> int:
    """Days from ``day`` to the first day of ``value`` ("2024-03", "2024-03-03")."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return (dt.date(parts[0], parts[1], parts[2]) - day).days


def _on_aside(t: int, sent: Span, ctx: Context) -> tuple[int, int] | None:
    """The tokens of ", on his first visit since 2019," around ``t``: a stay described
    in passing, in its own time."""
    k = t - 1
    while k > max(sent.start, t - 6) and ctx.lower[k] != ",":
        k -= 1
    if ctx.lower[k] != "," or ctx.lower[k + 1] != "on":
        return None
    end = next((j for j in range(t, sent.end) if ctx.lower[j] == ","), None)
    return (k, end) if end is not None else None


def _on_the_fringes(sent: Span, ctx: Context) -> bool:
    """Whether the sentence is told "on the margins of" a gathering."""
    words = ctx.lower[sent.start : sent.end]
    return any(w in FRINGES and words[k + 1 : k + 2] == ["of"] for k, w in enumerate(words))


def _clause_start(i: int, sent: Span, ctx: Context) -> int:
    """Where the clause holding token ``i`` begins: the clause whose act a date there
    belongs to ("said the details had yet to be settled, and that he would go on a journey
    between May 30 and June 6": the journey's, ahead)."""
    return next((lo for lo, hi in _args.clauses(sent, ctx) if lo <= i < hi), sent.start)


def _told_done(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the first event trigger of ``rng`` tells of something that happened."""
    first = next(iter(triggers(rng[0], rng[1], ctx)), None)
    if first is None or TOLD_AHEAD.intersection(ctx.lower[first[0] : first[1]]):
        return False  # "is due in Munich on Friday, where he will meet X": a trip ahead
    return status_of(first[0], first[1], rng, ctx) == "occurred"


def _after_another_trip(lo: int, hi: int, ctx: Context) -> bool:
    """ "Following her trip to Beijing in January, she met X in Munich": the opening
    phrase's date is the earlier trip's, not the main clause's."""
    return (
        hi > lo
        and ctx.lower[lo] in ("following", "after")
        and bool(ctx.lex.trip_nouns.intersection(ctx.lower[lo:hi]))
    )


# what stands before "<verb> again" when the repeat is promised, not told: "agreed to meet
# again in December", "the two will meet again"
_PROMISE_MARKS = {"to", "will", "would", "shall", "'ll"}


def _promised(m, ctx: Context) -> bool:
    """Whether the date ``m`` follows "again" after a mark of what lies ahead ("agreed to
    meet again in December", "will visit again next year")."""
    words = ctx.lower[max(0, m.start - 5) : m.start]
    if "again" not in words:
        return False
    k = len(words) - 1 - words[::-1].index("again")
    return bool(_PROMISE_MARKS.intersection(words[max(0, k - 2) : k]))


def promised_again(lo: int, hi: int, ctx: Context) -> str | None:
    """The day ahead of a repeat promised in ``[lo, hi)`` ("met on Monday and agreed to meet
    again in December": December next), if one is told."""
    found = [m for m in ctx.dates_in(lo, hi) if usable_date(m, ctx) and _promised(m, ctx)]
    return found[0].value(True) if found else None


def _undertaken(m, ctx: Context) -> bool:
    """Whether the date ``m`` is the time of something undertaken ("agreeing to travel
    there in July", "pledged to visit in May"): a verb of undertaking, "to", a verb and at
    most three words before it."""
    words = ctx.lower[max(ctx.sentence_of(m.start)[0], m.start - 6) : m.start]
    return any(
        w in UNDERTAKINGS and words[k + 1 : k + 2] == ["to"] for k, w in enumerate(words[:-2])
    )


def again_dates(lo: int, hi: int, ctx: Context, ahead: bool) -> list[str]:
    """ "came in March 2023 and again in September 2024", "visited the UAE in 2015, 2018
    and 2019": each date of a repeated event, when every date after the first follows
    "again" or the dates make one list (else none)."""
    found = [m for m in ctx.dates_in(lo, hi) if usable_date(m, ctx) and not _promised(m, ctx)]
    if len(found) < 2:
        return []
    again = all("again" in ctx.lower[max(lo, m.start - 3) : m.start] for m in found[1:])
    listed = all(  # "in 2015, 2018 and 2019": only commas and "and" between them
        set(ctx.lower[a.end : b.start]) <= {",", "and", "in"} and a.kind == b.kind == "y"
        for a, b in zip(found, found[1:], strict=False)
    )  # (days listed are the days of one visit as often as not: "on 8 and 9 July")
    if not (again or listed):
        return []
    values = [m.value(ahead) for m in found]
    return values if all(values) else []
