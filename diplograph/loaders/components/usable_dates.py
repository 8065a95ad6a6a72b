"""Whether a date expression can be an event's own date.

"since 1991", "by 2030", "days after the attacks of October 7", "..., Kwatra said on
Friday", "BRASILIA, March 25 (Agency) -": dates that anchor something else, tell when
something was said or made, or when the story was filed. :mod:`.event_dates` picks an
event's date among the usable ones; the answer is kept per Context, as each trigger's
readers ask again about the same dates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .date_asides import (
    commemorated,
    in_whose_aside,
    made_in,
    place_described,
    remembered_year,
)
from .earlier_occasions import ORDINALS
from .name_lists import PREDECESSOR_WORDS
from .office_phrases import PAST_STYLES
from .since_dates import SET_FOR
from .tokenizer import text_of

if TYPE_CHECKING:  # arguments imports this module as it loads
    from .arguments import Context

__all__ = ["after_the_story", "ahead_of", "usable_date"]


_SPANS = {"days", "weeks", "months", "years", "hours", "shortly", "soon", "day", "week", "month"}
_REPORTING = {"said", "says", "told", "briefing", "statement", "interview", "announced", "added",
              "confirmed", "confirms", "disclosed", "revealed", "reported"}
_DATE_AWAY = {"since", "until", "till", "by", "for", "after", "than"}


def after_the_story(m, ctx: Context, ahead: bool = False) -> bool:
    """Whether the date ``m``, read as past, still lies after the story's day ("next
    month", "2027"): no date of an act told as done; with ``ahead``, whether it lies
    before the story's day read as ahead ("in June 2018"): no date of a plan."""
    value, published = m.value(ahead), ctx.doc._.dg_published
    if not value or published is None:
        return False
    now = published.isoformat()[: len(value)]
    return value < now if ahead else value > now


def usable_date(m, ctx: Context) -> bool:
    """A date that can be an event's own date ("since 1991", "since the country became
    independent in 1991" or "by 2030" cannot). Kept per Context: what it reads (the words,
    labels, names, triggers and the date itself) is fixed once the Context is made, and
    each trigger's readers ask again about the same dates (four calls in five)."""
    cache = ctx.__dict__.setdefault("_usable_dates", {})
    found = cache.get(id(m))
    if found is None or found[0] is not m:  # (the date kept too: its id stays its own)
        found = cache[id(m)] = (m, _usable_date(m, ctx))
    return found[1]


_BREAKS = {":", ";", "—", "–"}  # marks that close a "since" phrase before a date
_STYLES = PAST_STYLES | PREDECESSOR_WORDS  # "former", "the late", "then"


def _past_the_trip(k: int, end: int, ctx: Context) -> int:
    """The token after "the (state) visit of" or "by" at ``k`` ("since the visit of X in
    1988"), or ``k`` where no trip noun opens there."""
    j = k + 1 if ctx.lower[k] in ("the", "a") else k
    while j < end and ctx.lower[j] in ("state", "official", "last", "previous", "historic"):
        j += 1
    if j + 1 < end and ctx.lower[j] in ctx.lex.trip_words and ctx.lower[j + 1] in ("of", "by"):
        return j + 2
    return k


def _usable_date(m, ctx: Context) -> bool:
    if getattr(m, "dateline", False) or (
        m.start_char < 80 and _DATELINE_HEAD.match(text_of(ctx.doc)[: m.start_char])
    ):
        return False  # "BRASILIA, March 25 (Agency) -": when the story was filed
    lead = ctx.lower[m.start - 1] if m.start > 0 else ""
    first = ctx.sentence_of(m.start)[0]  # the windows below stop at the date's sentence:
    # not "their first meeting since 2007. Abe flew in on Saturday"
    if "since" in ctx.lower[max(first, m.start - 7) : m.start] and not _BREAKS.intersection(
        ctx.lower[ctx.lower.index("since", max(first, m.start - 7)) : m.start]
    ):  # (not "once since taking office: in June she visited", the colon closing "since")
        k = _past_the_trip(ctx.lower.index("since", max(first, m.start - 7)) + 1, m.start, ctx)
        while k < m.start and (ctx.lower[k] in _STYLES or ctx.leads_a_name(k)):
            k += 1  # "since (former) President X in 1962", "since the visit of the late
            # President X in 1988": X's time
        if k not in ctx.name_tokens and ctx.lower[m.end : m.end + 2] != [",", "when"]:
            # (but "since November 2014, when X came for the summit": the time of X's trip)
            return False
    said = [k for k in range(max(first, m.start - 4), m.start) if ctx.lower[k] in _REPORTING]
    if said and "that" in ctx.lower[said[-1] + 1 : m.start]:
        said = []  # "said that on Saturday X telephoned Y": the day of what was said
    if said and not (
        ctx.lower[m.end : m.end + 1] == ["that"]
        and {"had", "has", "have"}.intersection(ctx.lower[m.end : m.end + 8])
    ) and not ctx.trigger_tokens.intersection(range(said[-1] + 1, m.start)):
        # "..., Kwatra said during a press briefing Friday": when it was said; but "reported
        return False  # on Saturday that X had landed": done by that day; and "told
        # journalists after talks on Thursday": the talks' day
    lo = max(first, m.start - 7)
    window = ctx.lower[lo : m.start]
    for k, w in enumerate(window[:-1]):
        if w in _SPANS and window[k + 1] in ("after", "before"):
            if _clock_time(window[k + 2 : k + 3]):
                continue  # "shortly after 7pm on Friday": an hour of that day
            if not ctx.trigger_tokens.intersection(range(lo + k + 2, m.start)):
                return False  # "days after the attacks of October 7": a reference point
    if in_whose_aside(m, ctx) or _counted_over(m, first, ctx):
        return False
    if made_in(m, ctx) or commemorated(m, ctx) or remembered_year(m, ctx) or (
        place_described(m, ctx)
    ):
        return False  # "the Garden of Remembrance, opened in 1966,": when a thing was made
    if ahead_of(m, ctx):
        return False  # "arrived ahead of Sunday's run-off": the time of what comes after
    if lead == "for" and m.start > 1 and ctx.lower[m.start - 2] in SET_FOR:
        return True  # "a trip scheduled for next week": the trip's own time
    if m.text.split()[0].lower() == "for" and lead in SET_FOR:
        return True  # "a visit planned for April": the month read with its "for"
    if ctx.lower[m.end : m.end + 2] == [",", "when"]:
        return True  # "since November 2014, when X came": the time of the when-clause
    return lead not in _DATE_AWAY and m.text.split()[0].lower() not in _DATE_AWAY


def ahead_of(m, ctx: Context) -> bool:
    """Whether the date ``m`` follows "ahead of" ("ahead of Sunday's run-off", "ahead of
    next week's summit"): the time of what an act comes before, not the act's."""
    return m.start > 1 and ctx.lower[m.start - 2 : m.start] == ["ahead", "of"]


_COUNTED = {"meeting", "meetings", "talks", "encounter", "call", "conversation", "summit"}


def _counted_over(m, first: int, ctx: Context) -> bool:
    """Whether the present year or month is the span a count runs over ("their second
    meeting this year", "his third visit abroad this month"): not the event's time."""
    if m.text.split()[0].lower() != "this":
        return False  # "his first trips, in December 2021": their time; "their second
        # meeting on Monday": that meeting's day
    before = ctx.lower[max(first, m.start - 8) : m.start]
    if "," in before:  # within the count's own phrase
        before = before[len(before) - before[::-1].index(",") :]
    nouns = _COUNTED | ctx.lex.trip_words
    return any(w in ORDINALS and nouns.intersection(before[k + 1 :]) for k, w in enumerate(before))


_HOURS = {"noon", "midnight", "dawn", "dusk", "sunrise", "sunset", "midday"}


def _clock_time(words: list[str]) -> bool:
    """Whether ``words`` open with an hour of the day ("7pm", "7", "noon")."""
    return bool(words) and (words[0][:1].isdigit() or words[0] in _HOURS)


_DATELINE_HEAD = re.compile(r"\s*[^\W\d_a-z][^\W\d_a-z .'/-]*(?:,\s*[A-Z][A-Za-z .]*)?,\s*$")
