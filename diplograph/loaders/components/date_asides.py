"""Dates told in asides, which date no event of the sentence around them.

"met Y, who was elected in 2018", "the Garden of Remembrance, opened in 1966,", "visits
Croke Park, scene of a massacre in 1920", "the palace, where de Gaulle spoke in 1962,
before both flew to Berlin": a year or day of a description, not of the talks or the
trip. Helpers of :mod:`.event_dates`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .event_clauses import ORDINALS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .arguments import Context

__all__ = [
    "commemorated",
    "place_described",
    "remembered_year",
    "in_fronted_happening",
    "made_in",
    "trailing_aside",
    "year_aside",
    "count_scope",
    "in_relative_clause",
    "another_events_time",
    "in_who_aside",
    "in_whose_aside",
    "in_another_aside",
    "others_aside",
]

_MADE_IN = [[w, "in"] for w in ("built", "opened", "founded", "established", "erected",
                                  "constructed", "completed", "created", "formed", "unveiled")]


def made_in(m, ctx: Context) -> bool:
    """Whether the year ``m`` tells when a thing was made ("opened in 1966", "built in
    1881")."""
    return getattr(m, "kind", "") == "y" and ctx.lower[m.start - 2 : m.start] in _MADE_IN


_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")


def commemorated(m, ctx: Context) -> bool:
    """Whether ``m`` opens brackets after an anniversary ("the 80th National Day
    (September 2, 1945 - 2025)", "the 75th anniversary (1949-2024)"): the day remembered,
    not the day of the celebration."""
    published = ctx.published
    year = (m.value(False) or "")[:4]
    if ctx.lower[m.start - 1 : m.start] != ["("] or not year.isdigit() or published is None:
        return False
    if int(year) >= published.year - 1:
        return False  # "the 60th Independence Day (March 6)": the celebration's own day
    before = ctx.lower[max(0, m.start - 9) : m.start - 1]
    return "anniversary" in before or any(_ORDINAL_NUMBER.fullmatch(w) for w in before)


# nouns that open an aside describing a place by what happened there ("Croke Park, scene
# of the Bloody Sunday killings of 1920,", "the Somme, site of the fighting of 1916,")
_DESCRIBED_BY = {"scene", "site", "birthplace", "venue", "cradle"}


def place_described(m, ctx: Context) -> bool:
    """Whether ``m`` stands in an aside that describes a place by its past ("Croke Park,
    scene of the Bloody Sunday killings of 1920, and Government Buildings, where she was
    welcomed"): that past's time, not the acts around it; an act told inside the aside
    ("site of a summit in 2019") keeps it."""
    lo = ctx.sentence_of(m.start)[0]
    words = ctx.lower[max(lo, m.start - 10) : m.start]
    if "," not in words:
        return False
    k = m.start - 1 - words[::-1].index(",")  # the last comma before the date
    noun = k + 1 + (ctx.lower[k + 1] == "the")
    return (
        ctx.lower[noun] in _DESCRIBED_BY
        and ctx.lower[noun + 1 : noun + 2] == ["of"]
        and not ctx.trigger_tokens.intersection(range(noun, m.start))
    )


_JUBILEES = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200}
_REMEMBERED_REACH = 20  # tokens from an anniversary to the year it counts from


def remembered_year(m, ctx: Context) -> bool:
    """Whether the year ``m`` is the one an anniversary of its sentence counts from ("a
    ceremony marking the 85th anniversary of the battles of Khalkhin Gol in 1939", "the
    centenary of the treaty signed in 1924"): the ordinal plus the year is the story's
    year, so the year is the day remembered, not the day of the ceremony."""
    published = ctx.published
    year = (m.value(False) or "")[:4]
    if published is None or not year.isdigit():
        return False
    lo, _hi = ctx.sentence_of(m.start)
    words = ctx.lower[max(lo, m.start - _REMEMBERED_REACH) : m.start]
    for k, w in enumerate(words):
        years = _JUBILEES.get(w)
        if years is None and w in ("anniversary", "jubilee") and k:
            ordinal = _ORDINAL_NUMBER.fullmatch(words[k - 1])
            years = int(words[k - 1][:-2]) if ordinal else None
        if years is not None and abs(int(year) + years - published.year) <= 1:
            return True
    return False


def trailing_aside(t: int, m, ctx: Context) -> bool:
    """Whether a ", who" or ", which" clause that tells no event of the trigger's kind
    opens between the trigger and the date ``m`` ("met Y, who was elected in 2018", "met Y,
    who visited China in 2019"; not "the last to make the trip was X, who went to Beijing
    in 2019"). A day or a month is another's only where the clause tells no event at all
    ("talks with Y, who took office in June"; not "met Y, who arrived on Monday")."""
    for k in range(t, m.start - 1):
        if ctx.lower[k] in ("that", "which") and ctx.lower[k - 1] != "," and (
            ctx.lower[k + 1].endswith("ed") or ctx.lower[k + 1] in _BEGAN
        ) and ctx.trigger_tokens.intersection(range(t + 1, k)):
            return True  # "set foot in Myanmar, capping a swing that began in Bangkok on
            # Sunday": the start of the swing the clause tells of, not the stop's day
        if ctx.lower[k] == "," and "whom" in ctx.lower[k + 1 : k + 3]:  # "with whom", "whom"
            # "met Y, with whom he had spoken by telephone on Wednesday": the call's day
            told = ctx.trigger_tokens.intersection(range(k + 2, m.start))
            return not any(_kind_of(i, ctx) == _kind_of(t, ctx) for i in told)
        if ctx.lower[k] == "," and ctx.lower[k + 1] in ("who", "which"):
            if ctx.lower[k + 1] == "who" and "since" in ctx.lower[t + 1 : k]:
                return True  # "the first to visit Kenya since X, who was in Nairobi in
                # 2016": the trip of the one the clause is about, not this one
            told = ctx.trigger_tokens.intersection(range(k + 2, m.start))
            if m.kind != "y":  # not "met Y, who was elected in May, in Oslo next week"
                closed = "," in ctx.lower[k + 2 : m.start]
                return not told and not closed and ctx.lower[k + 1] == "who"
            return not any(_kind_of(i, ctx) == _kind_of(t, ctx) for i in told)
    return False


_BEGAN = {"began", "begun", "went", "came", "took", "met", "held"}


def _kind_of(i: int, ctx: Context) -> str | None:
    """The kind of event ("visit", "meeting", "call") a trigger word announces."""
    return next(iter(ctx.lex.trigger_kinds(ctx.lower[i])), None)


def year_aside(m, ctx: Context) -> bool:
    """Whether ``m`` is a year told after another date of its sentence ("Tomorrow she visits
    Croke Park, scene of a killing in 1920"): the sentence's time is the other one."""
    lo, _hi = ctx.sentence_of(m.start)
    return m.kind == "y" and any(d.start < m.start for d in ctx.dates_in(lo, m.start))


def count_scope(m, ctx: Context) -> bool:
    """Whether the month or year ``m`` only bounds a count ("his first trip to Europe this
    year", "her second visit this month"): the span something is counted in, which dates
    no event told after it."""
    lo, _hi = ctx.sentence_of(m.start)
    before = ctx.lower[max(lo, m.start - 8) : m.start]
    return len(m.value(False) or "") < 10 and bool(ORDINALS.intersection(before))


def in_relative_clause(m, t: int, ctx: Context) -> bool:
    """Whether a date before ``t`` lies in a ", who/which/where ... ," aside closed before
    ``t`` ("the palace, where de Gaulle spoke in 1962, before both flew to Berlin")."""
    close = next((i for i in range(m.end, t) if ctx.lower[i] == ","), None)
    if close is None or ctx.lower[close + 1] == "where":
        return False  # "a tour, which started on Tuesday in Paris, where she met X": the
        # place the "where" goes on from is the aside's, and so is its day
    k = m.start - 1
    lo = ctx.sentence_of(m.start)[0]  # not a "who" of the sentence before
    while k >= max(lo, m.start - 12) and ctx.lower[k] != ",":
        if ctx.lower[k] in ("who", "which", "where"):
            return True
        k -= 1
    return False


_ANCHORS = {"ahead", "amid", "prepare", "preparing", "preparations", "run-up", "before"}
_PERIODS = {"m", "my", "y", "season", "mry"}


def another_events_time(t: int, m, ctx: Context) -> bool:
    """Whether the date ``m`` after the trigger belongs to another event the clause names
    ("met Y ahead of the vote in November", "to prepare for the summit in October", "amid
    protests that began in March", "met Y ahead of a broadcast Sunday")."""
    words = ctx.lower[t + 1 : m.start]
    if "," in words:
        return False
    if m.kind not in _PERIODS:  # a day: only after "ahead of"/"amid" and another noun ("met
        # Y ahead of a broadcast Sunday"), not "before Sunday", a limit
        k = max((i for i, w in enumerate(words) if w in ("ahead", "amid", "run-up")), default=None)
        return k is not None and (
            len(words) - k >= 3 or ctx.lower[m.end : m.end + 1] in (["'s"], ["’s"])
        )  # or "ahead of next week's summit": the time of the summit the date is of
    return bool(_ANCHORS.intersection(words))


_FRONTING = {"before", "after", "since", "until"}
_DASHES = ("-", "--", "–", "—")


def in_fronted_happening(m, t: int, ctx: Context) -> bool:
    """Whether the date ``m`` lies in an opening "Before/After/Since ..." clause that tells
    a happening of its own and no event of the story ("Before the earthquake hit on Feb.
    27, X had planned to visit Y", "After the floods struck on Monday, X called off ..."),
    or an event the main clause's comes before ("Before her visit to the US on Jan. 27, she
    will visit Indonesia"); "After talks on Monday, X flew on" keeps its day."""
    lo = ctx.sentence_of(m.start)[0]
    if lo == 0 and ctx.doc._.dg_dateline is not None:  # "LIMA - Before the vote on ..."
        lo = next((k + 1 for k in range(min(len(ctx.lower), 14)) if ctx.lower[k] in _DASHES), 0)
    if ctx.lower[lo] not in _FRONTING:
        return False
    comma = next((k for k in range(lo, t) if ctx.lower[k] == ","), None)
    if comma is None or m.end > comma or m.start - lo < 3:
        return False  # a limit, not a clause: "Before Sunday, X will visit Y"
    if ctx.lower[lo] in ("before", "until"):  # "Before her visit to the US on Jan. 27, she
        return True  # will visit Indonesia": what comes first is not on that day
    return not ctx.trigger_tokens.intersection(range(lo, comma))


def earlier_stop_aside(m, ctx: Context) -> bool:
    """Whether the date ``m`` stands in a past-perfect aside ("flew in from New Delhi,
    where he had arrived on Sunday night, and landed"): a time before the story's, which
    the sentences after it do not go on in."""
    return in_past_perfect_aside(m.start, ctx)


def in_past_perfect_aside(i: int, ctx: Context, reach: int | None = None) -> bool:
    """Whether token ``i`` stands in a ", where/who/which ... had" aside, its opener at most
    ``reach`` tokens back."""
    lo = ctx.sentence_of(i)[0]
    k, stop, perfect = i - 1, lo if reach is None else max(lo, i - reach), False
    while k > stop and ctx.lower[k] != ",":
        perfect = perfect or ctx.lower[k] == "had"
        if ctx.lower[k] in ("who", "which", "where") and ctx.lower[k - 1] == ",":
            return perfect
        k -= 1
    return False


def in_who_aside(i: int, ctx: Context, reach: int = 8) -> bool:
    """Whether token ``i`` stands in a ", who ..." aside opened at most ``reach`` tokens
    back and closed by a comma after it ("Yeltsin, who arrived on Tuesday night, met
    Clinton"): the aside tells a step before the sentence's own act."""
    lo, hi = ctx.sentence_of(i)
    k = i - 1
    while k > max(lo, i - reach) and ctx.lower[k] != ",":
        if ctx.lower[k] == "who" and ctx.lower[k - 1] == ",":
            return "," in ctx.lower[i + 1 : hi]
        k -= 1
    return False


def in_whose_aside(m, ctx: Context) -> bool:
    """Whether ``m`` lies in a ", whose ..." aside that tells no event ("A, whose country
    joined the bloc in March, arrived"): the time of the possessor's affairs."""
    if "whose" not in ctx.lower[max(0, m.start - 12) : m.start]:
        return False  # the common case, read without walking back
    k = m.start - 1
    while k > 0 and m.start - k <= 12 and ctx.lower[k] not in (",", ";", "."):
        if ctx.lower[k] == "whose" and ctx.lower[k - 1] == ",":
            end = next((j for j in range(m.end, len(ctx.lower)) if ctx.lower[j] in ",;."), m.end)
            return not ctx.trigger_tokens.intersection(range(k, end))
        k -= 1
    return False


def in_another_aside(i: int, t: int, sent: Span, ctx: Context, acts: bool = True) -> bool:
    """Whether token ``i`` lies in a ", who ... ," aside that tells an event of its own (or,
    without ``acts``, anything) and closes before the trigger ``t`` (the subject's earlier
    act)."""
    for k in range(sent.start + 1, sent.end):
        if ctx.lower[k] in ("who", "which") and ctx.lower[k - 1] == ",":
            end = next((j for j in range(k, sent.end) if ctx.lower[j] == ","), sent.end)
            if k <= i < end and end <= t and (
                not acts or ctx.trigger_tokens.intersection(range(k, end))
            ):
                return True
    return False


def others_aside(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the date at ``i`` stands in a ";" clause about people the sentence at
    ``sent`` does not name ("...; his predecessor, Lee, went to Kyoto in December 2011.
    Yoon held talks with Kishida"): another's time, not the one the story goes on in."""
    lo = ctx.sentence_of(i)[0]
    start = max([lo] + [k + 1 for k in range(lo, i) if ctx.lower[k] == ";"])
    if start == lo:
        return False
    named = {p[2] for p in ctx.persons_in(start, i) if p[0] in ctx.name_tokens}  # not "his"
    told = {p[2] for p in ctx.persons_in(sent.start, sent.end)}
    return bool(named) and not named & told
