"""Where visitors were before the visit a sentence tells: the stays it gives in passing.

"He had come to Ethiopia from Egypt, where he held talks": he was in Egypt before;
"held talks in Berlin on Wednesday, on the first leg of a European tour": the tour
began in Berlin that day. Each is a past visit (:func:`.earlier_trips.past_visit`) of
every visitor foreign to the place. Helpers of :mod:`.visits`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import (
    Context,
    clauses,
    country_of,
    location,
    nearest_date,
    pick_date,
    places,
    relative_aside,
)
from .earlier_trips import past_visit
from .event_places import acts_in_a_clause

__all__ = ["origin_visits", "first_leg", "from_where", "scene_of_encounter", "ARRIVED_VERBS"]

# verbs of arriving: with no destination, one arrives where the story is (as :mod:`.visits`
# reads them); with "from" a place, one was there before (:func:`origin_visits`)
_ARRIVALS = {
    "arrived",
    "arrives",
    "arrive",
    "came",
    "come",
    "comes",
    "flew",
    "travelled",
    "traveled",
}


# a participle aside that tells where a stay's traveller came from
_COMING = [[",", verb, "from"] for verb in ("coming", "arriving", "flying", "travelling")]


# verbs (not nouns: "after his arrival he will ...") of a journey told with no place,
# which goes where the story's current trip went (:mod:`.visits`)
ARRIVED_VERBS = _ARRIVALS | {"landed", "lands", "land", "touched", "reached", "jetted", "flown"}


# words that open a phrase of its own between the verb and a "from": its "from" is the
# phrase's ("despite calls from Washington", "amid pressure from Beijing")
_OTHER_PHRASE = {"despite", "amid", "amidst", "against"}


def origin_visits(t, t_end, visitors, sent, ctx, status) -> list[Event]:
    """ "He had come to Ethiopia from Egypt, where he held talks": he was in Egypt before."""
    # a place is a stay before only with a "where" clause telling what happened there
    if status != "occurred":
        return []
    if ctx.lower[t] not in _ARRIVALS:  # "made a short stop in Caracas, coming from Cuba"
        coming = [k for k in range(t_end, sent.end - 1) if ctx.lower[k - 1 : k + 2] in _COMING]
        if not coming:
            return []
        t_end = coming[0] + 1
    aside = relative_aside(t, (sent.start, sent.end), ctx)
    if aside is not None:  # "welcomes A and B, who flew in from Berlin": B came from there
        before = [p for p in ctx.persons_in(sent.start, aside[0]) if p[1] == aside[0] - 1]
        visitors = [p[2] for p in before]
    out = []
    for g in ctx.gaz_in(t_end, min(sent.end, t_end + 12), ("PLACE", "COUNTRY", "CAPITAL")):
        if acts_in_a_clause(g, ctx):
            break  # "came a month after Cairo expelled diplomats from Khartoum": Cairo's act
        if ctx.lower[g.start - 1] == "from" or ctx.lower[g.start - 2 : g.start] == ["from", "the"]:
            if _OTHER_PHRASE.intersection(ctx.lower[t_end : g.start]):
                break  # "arrived on Wednesday despite calls from Washington": whose calls
            place, country = location([g], ctx.lex)
            where = next(
                (r for r in clauses(sent, ctx) if r[0] == g.end + 1 and ctx.lower[r[0]] == "where"),
                None,
            )
            if where is None:
                break  # only what happened there makes it a stay ("arrived in Bucharest
                # from Kyiv, where he had held talks"); "flew in from Bali" tells none
            if place is None:  # "from the UAE, where he spoke in Dubai": Dubai
                city = [p for p in ctx.gaz_in(*where, ("PLACE",)) if p.kb_id_ == country]
                place = city[0].text if city else None
            date = pick_date(where[0], where, sent, ctx, False)
            if "had" in ctx.lower[where[0] : where[1]] and not ctx.dates_in(*where):
                date = None  # "from Berlin, where he had spent two days": before the day
                # the story told for the arrival, on a day it does not tell
            for key in visitors:
                if country_of(key, ctx) not in (None, country):
                    out.append(past_visit(key, t, t_end, sent, ctx, date, (place, country)))
            break
    for ev in out:
        ev.passing = True  # a stop before the story's: its day is not the story's day
    return out


def first_leg(t, t_end, visitors, sent, ctx) -> list[Event]:
    """ "held talks in Berlin on Wednesday, on the first leg of a European tour": the
    city the sentence told before is where the tour began, that day."""
    words = ctx.lower[max(sent.start, t - 7) : t]
    if "leg" not in words or "first" not in words:
        return []
    cut = t - len(words) + words.index("leg")
    spans = [
        g
        for g in places((sent.start, cut), t, ctx, after_only=False)
        if g.label_ == "PLACE" and ctx.lower[g.start - 1] in ("in", "at")
    ][:1]
    m = nearest_date(spans[0].start, spans[0].end, cut, ctx) if spans else None
    if not spans or m is None:
        return []
    place, country = location(spans, ctx.lex)
    return [
        past_visit(key, t, t_end, sent, ctx, m.value(False), (place, country))
        for key in visitors
        if country_of(key, ctx) not in (None, country)
    ]


def from_where(t_end: int, sent: Span, ctx: Context) -> bool:
    """ "flew in from Addis Ababa, where she had attended an AU meeting": the summit the
    sentence names is where the traveller came from (read by :func:`origin_visits`)."""
    words = ctx.lower[t_end : min(sent.end, t_end + 10)]
    return "from" in words and any(
        w == "," and words[k + 1 : k + 2] == ["where"] for k, w in enumerate(words)
    )


def scene_of_encounter(sent: Span, ctx: Context, visitors: list[str]) -> list[Span]:
    """ "X and Y held talks in Pyongyang on Tuesday. X landed at Sunan Airport on Monday":
    an arrival that names no town of its own (an airport the gazetteer lacks, "the
    country") is in the town where the story last placed the traveller's talks, abroad."""
    met = ctx.last_meeting
    if met is None or not met.place or not set(visitors) & set(met.participants):
        return []
    if any(country_of(key, ctx) in (None, met.country) for key in visitors):
        return []
    told = ctx.gaz_in(0, sent.start, ("PLACE", "CAPITAL"))
    return [g for g in told if g.text == met.place][-1:]
