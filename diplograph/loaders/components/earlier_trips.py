"""Occasions before the one told: "their first conversation since December 2022", and a
trip told as one of a series: "his second visit to Malaysia, after October 2013",
"Kim Jong Un's first to China since January 2019". The ordinal, owned by the traveller
("his", "Kim's"), and "after" or "since" with a date right after it tell that the same
person went to the same country then. Not "the first visit by an Indian leader since
1981", which names no one; but "the first ... since Indira Gandhi in 1983" and "the third
president to visit X, after A in June 2000 and B in October 2007" name earlier visitors
(:func:`earlier_visitors`).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, country_of, location, make_event, nearest_date
from .event_clauses import ORDINALS, counted_occasions_at
from .name_lists import past_styles
from .pronouns import POSSESSIVE

__all__ = [
    "earlier_trips",
    "earlier_visitors",
    "listed_meetings",
    "previous_occasions",
    "past_visit",
    "since_visitors",
    "ordinal_before",
    "ORDINALS",
    "counted_this_span",
]

_OWNERS = POSSESSIVE
_POSSESSIVE = {"'s", "’s"}
_TRIP_WORDS = {"visit", "trip", "tour", "journey", "to"}
_REACH = 8  # tokens from the ordinal to "since" / "after"


def ordinal_before(i: int, sent: Span, ctx: Context) -> bool:
    """Whether token ``i`` follows an ordinal of its sentence ("the third ... to visit
    Oslo", "the first ... since X")."""
    return any(w in ORDINALS for w in ctx.lower[sent.start : i])


def _owner(k: int, sent: Span, ctx: Context) -> str | None:
    """The person whose ordinal trip is at ``k`` ("his second", "Kim's first")."""
    j = k - 1
    while j > sent.start and ctx.lower[j] in ("official", "state", "own", "foreign"):
        j -= 1
    if ctx.lower[j] in _OWNERS or ctx.lower[j] in _POSSESSIVE:
        j = j - 1 if ctx.lower[j] in _POSSESSIVE else j
        named = [p for p in ctx.persons_in(sent.start, j + 1) if p[0] <= j < p[1]]
        return named[-1][2] if named else None
    return None


def earlier_trips(sent: Span, ctx: Context, found: list[Event]) -> list[Event]:
    """Past visits that an ordinal trip of the sentence's traveller dates."""
    out: list[Event] = []
    for k in range(sent.start + 1, sent.end):
        if ctx.lower[k] not in ORDINALS:
            continue
        key = _owner(k, sent, ctx)
        if key is None:
            continue
        stop = min(sent.end - 1, k + _REACH)
        lead = next((j for j in range(k + 1, stop) if ctx.lower[j] in ("since", "after")), None)
        if lead is None or not _TRIP_WORDS.intersection(ctx.lower[k + 1 : lead]):
            continue
        if ctx.lower[lead] == "since" and ctx.lower[k] != "first":
            continue  # "Kim's fifth to China since 2000": a count over the years since,
            # not a trip then ("his first since 2019" is; "his second, after 2013" too)
        date = next((m for m in ctx.dates_in(lead + 1, lead + 2)), None)
        value = date.value(False) if date is not None else None
        if not value:
            continue
        named = ctx.gaz_in(k + 1, lead, ("COUNTRY", "PLACE", "CAPITAL"))
        trips = [e for e in found if e.kind == "visit" and e.visitor == key and e.country]
        country = named[0].kb_id_ if named else (trips[-1].country if trips else None)
        if country is None or any(e.date == value for e in trips):
            continue
        out.append(
            make_event(
                "visit",
                k,
                k + 1,
                sent,
                ctx,
                "occurred",
                value,
                None,
                country,
                None,
                visitor=key,
                participants=[key],
            )
        )
    return out


def previous_occasions(found: list[Event], rng: tuple[int, int], ctx: Context) -> list[Event]:
    """ "their first conversation since December 2022", "his first visit to Greece since
    2017": the same people did the same thing then."""
    if not found or "first" not in ctx.lower[rng[0] : rng[1]] or _by_someone_else(rng, ctx):
        return []
    for m in ctx.dates:
        if (
            rng[0] < m.start < rng[1]
            and ctx.lower[m.start - 1] == "since"
            and m.kind in ("y", "my")
        ):
            kinds = _kinds_named_first(rng, ctx)
            out = []
            for ev in found:
                if ev.status == "occurred" and ev.date != m.past and ev.kind in kinds:
                    copy = Event(
                        kind=ev.kind,
                        participants=list(ev.participants),
                        visitor=ev.visitor,
                        date=m.past,
                        country=ev.country if ev.kind == "visit" else None,
                        evidence=ev.evidence,
                        spans=list(ev.spans),
                    )
                    copy.trigger = getattr(ev, "trigger", 0)
                    copy.earlier = True  # not the trip the sentence reports
                    out.append(copy)
            return out
    return []


_FIRST_NOUNS = {"visit": "visit", "trip": "visit", "tour": "visit", "journey": "visit"}
_FIRST_NOUNS |= {"meeting": "meeting", "talks": "meeting", "summit": "meeting"}
_FIRST_NOUNS |= {"call": "call", "conversation": "call", "phone": "call", "telephone": "call"}


# who a first is told of, when it is an office's or a nation's: "the first Kenyan leader to"
_HOLDERS = {"leader", "head", "official", "pontiff", "pope", "monarch", "sovereign", "royal"}


def _by_someone_else(rng: tuple[int, int], ctx: Context) -> bool:
    """ "the first visit by a Kenyan leader since 1998": a first told of an office or a
    nation, not of the people of the event (whoever went in 1998 is not named)."""
    words = ctx.lower[rng[0] : rng[1]]
    k = words.index("first")
    if "to" in words[k + 1 : k + 6]:  # "the first Kenyan leader to visit Ghana since 2015"
        to = k + 1 + words[k + 1 : k + 6].index("to")
        if any(
            ctx.label[rng[0] + j] == "TITLE" or words[j] in _HOLDERS for j in range(k + 1, to)
        ):
            return True
    if "by" not in words[k + 1 : k + 7]:  # "the first visit to Paraguay by a US secretary"
        return False
    by = rng[0] + k + words[k:].index("by")
    return not ctx.persons_in(by + 1, by + 3)


def _kinds_named_first(rng: tuple[int, int], ctx: Context) -> set[str]:
    """The kinds of event "first ... since" speaks of: "his first visit to Thailand since
    2013" is a visit then, not talks with today's host."""
    words = ctx.lower[rng[0] : rng[1]]
    k = words.index("first")
    named = {_FIRST_NOUNS[w] for w in words[k + 1 : k + 5] if w in _FIRST_NOUNS}
    return named or {"visit", "meeting", "call"}


def past_visit(key, t, t_end, sent, ctx, date, where) -> Event:
    """A visit by ``key`` that happened, to ``where`` (place, country), read from ``sent``."""
    place, country = where
    return make_event(
        "visit",
        t,
        t_end,
        sent,
        ctx,
        "occurred",
        date,
        place,
        country,
        None,
        visitor=key,
        participants=[key],
    )


_TRIPS = {"visit", "trip", "visits", "trips"}
_DATE_GLUE = {"in", "on", ",", "and", "then", "the"}


def since_visitors(sent: Span, ctx: Context, speakers: set[int]) -> list[tuple[str, int]]:
    """ "the first visit to X by ... since Indira Gandhi in 1983", "the third president to
    visit X, after A in June 2000 and B in October 2007": (person, token) pairs."""
    words = ctx.lower[sent.start : sent.end]
    later = ORDINALS - {"first"}  # "the third ... to visit X, after A": not "the first"
    openers = ("since", "after") if later.intersection(words) else ("since",)
    out: list[tuple[str, int]] = []
    for s, e, key in ctx.persons_in(sent.start, sent.end):
        k = past_styles(s - 1, sent.start, ctx, step=-1)  # "since President X", "after former
        # Prime Minister Y", "since the late President Z"
        if k - 2 > sent.start and ctx.lower[k] in ("of", "by") and ctx.lower[k - 1] in _TRIPS:
            k = k - 3 if ctx.lower[k - 2] in ("the", "a") else k  # "since the visit of Z"
        if k > sent.start and ctx.lower[k] in openers:
            out.append((key, e))
        elif out and ctx.lower[s - 1] == "and" and _dated_gap(out[-1][1], s, ctx):
            out.append((key, e))  # "... and Roh Moo-hyun in October 2007"
    return out


def _dated_gap(lo: int, hi: int, ctx: Context) -> bool:
    """Whether tokens [lo, hi) are a date and list glue only ("in June 2000 and")."""
    covered = {i for m in ctx.dates_in(lo, hi) for i in range(m.start, m.end)}
    return bool(covered) and all(i in covered or ctx.lower[i] in _DATE_GLUE for i in range(lo, hi))


def earlier_visitors(t, t_end, spans, visitors, sent, ctx, speakers) -> list[Event]:
    """Visits to the country at ``spans`` by those "since" or "after" names ("the first
    ... to visit Kenya since X in 1981"), on the date told with each, unless they are
    today's visitors or from that country."""
    place, country = location(spans, ctx.lex)
    if not ordinal_before(spans[0].start, sent, ctx):
        place = None  # "landed in Nairobi, the first ... to visit Kenya since X": Kenya
    out = []
    for key, end in since_visitors(sent, ctx, speakers):
        m = nearest_date(end, end, end + 6, ctx)
        if key not in visitors and m is not None and country_of(key, ctx) != country:
            out.append(past_visit(key, t, t_end, sent, ctx, m.value(False), (place, country)))
    return out


def counted_this_span(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the visit at ``t`` is counted over a span of the story's own time ("It is
    his third visit to Kenya this year"): the span scopes the count and dates no visit;
    the visit is the one the story reports."""
    scope = ctx.dates_in(t_end, rng[1])
    return (
        bool(ORDINALS.intersection(ctx.lower[rng[0] : t]))
        and bool(scope)
        and all(m.kind == "rel" and m.text.lower().startswith("this ") for m in scope)
    )


_LIST_ENDS = {"which", "who", "where", "when", "but", "while"}


def listed_meetings(sent: Span, ctx: Context, own: list[Event]) -> list[Event]:
    """Earlier meetings of the people a count names, one per place listed after its "after"
    or "since" ("It was their third meeting, after Bali in November 2022 and Woodside a
    year ago"): the same people as the sentence's meeting (else the story's last one), on
    the date told with each place. A place right after another and a comma qualifies it
    ("Woodside, California")."""
    out: list[Event] = []
    for i in range(sent.start + 1, sent.end - 1):
        # (counted_occasions_at's own first test, made here: most words are neither)
        if ctx.lower[i] not in ("after", "since") or not counted_occasions_at(i, sent, ctx):
            continue
        mine = [e for e in own if e.kind == "meeting" and getattr(e, "trigger", 0) < i]
        last = mine[-1] if mine else ctx.last_meeting
        if last is None:
            continue
        end = next((j for j in range(i + 1, sent.end) if _ends_the_list(j, ctx)), sent.end)
        places = ctx.gaz_in(i + 1, end, ("PLACE", "CAPITAL", "COUNTRY"))
        items = [
            g
            for n, g in enumerate(places)
            if not (n and places[n - 1].end == g.start - 1 and ctx.lower[g.start - 1] == ",")
        ]
        for n, g in enumerate(items):
            told = ctx.dates_in(g.end, items[n + 1].start if n + 1 < len(items) else end)
            date = told[0].value(False) if told else None
            where = location([g], ctx.lex)
            people = list(last.participants)
            out.append(past_meeting(g.start, g.end, sent, ctx, date, where, people))
    return out


def _ends_the_list(j: int, ctx: Context) -> bool:
    """ "; ...", ", which broke up ...": the end of a list of earlier occasions."""
    return ctx.lower[j] == ";" or ctx.lower[j] == "," and ctx.lower[j + 1] in _LIST_ENDS


def past_meeting(t, t_end, sent, ctx, date, where, people) -> Event:
    """A meeting of ``people`` that happened, at ``where`` (place, country)."""
    place, country = where
    return make_event(
        "meeting", t, t_end, sent, ctx, "occurred", date, place, country, None,
        participants=people,
    )  # fmt: skip
