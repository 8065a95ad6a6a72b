"""Where a visit goes: destinations beyond the words after the verb, and a trip's legs.

The dateline's city for an arrival told with no destination ("Sunak, who landed this
morning, ..."), the place a departure is for ("left Riyadh for Doha"), a city of a
destination country named in a where-clause that follows, places chained to a
destination by "and" or a list's comma, and the day told after each leg of a trip. Used
by :mod:`.visits`; the summit a sentence travels to ("to Japan for the G7") is read in
:mod:`.gathering_trips`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context, dateline_site, nearest_date, relative_aside
from .pronouns import POSSESSIVE
from .relative_days import day_after_leg, days_long
from .trip_cues import NO_OBJECT_AFTER, STARTING, leg_date, own_trip
from .visit_cues import leg_after_aside

_NOT_A_VERB_BEFORE = POSSESSIVE | {"its", "the", "a", "an", "'s", "of", "during"}


def visiting_here(t: int, t_end: int, ctx: Context) -> bool:
    """ "Kinkel is visiting to mark the occasion", "X, who is visiting this week, met Y":
    a verb of visiting with no object, which goes where the story is; so does "will fly
    in" (its past, "flew in", is an arrival of :mod:`.visits`' own)."""
    if ctx.lower[t : t + 2] in (["fly", "in"], ["flies", "in"], ["flying", "in"]):
        return True
    if ctx.lower[t] not in ("visiting", "visited", "visits") or t_end != t + 1:
        return False
    if ctx.lower[t - 1] in _NOT_A_VERB_BEFORE:
        return False  # "his visits, however": a noun
    after = ctx.lower[t_end : t_end + 2] or ["."]
    if after[0] == "to":  # "is visiting to mark", not "visiting to Oslo"
        return len(after) > 1 and after[1].isalpha() and ctx.doc[t_end + 1].is_lower and (
            after[1] not in ("the", "a", "an")
        )
    return after[0] in NO_OBJECT_AFTER


_HITHER = {"came", "come", "comes", "coming"}  # toward where the story is told


def _arrived_at_dateline(
    t: int, rng: tuple[int, int], sent: Span, ctx: Context, status: str = "occurred"
) -> list:
    """ "Sunak, who landed this morning, said ...": a current arrival with no destination,
    in a story filed from a city, is an arrival in that city (not where an earlier
    sentence of the paragraph sent someone); so is a coming of any date ("She first came
    in April 2022"); but one for talks the clause places goes there ("flies in next week
    for talks with him at the presidential retreat of Camp David")."""
    purposed = _purpose_place(t, rng, ctx)
    if purposed:
        return purposed
    m = nearest_date(t, rng[0], rng[1], ctx)
    if m is not None:
        if ctx.lower[t] in _HITHER and not ctx.travel_tokens.intersection(range(rng[0], t)):
            return dateline_site(ctx, t)  # "She first came in April 2022": came here, then
        value = m.value(status != "occurred")
        if not (ctx.is_current(value, days=6) or _holds_the_day(value, ctx)):  # a weekday of
            return []  # the week, or "this week"
        return dateline_site(ctx, t) or ctx.summit_place(sent, dateline=False)  # with no
        # dateline, "Ramaphosa flew in on Saturday" after "the summit in Addis Ababa": there
    elif ctx.last_destination(sent):
        return []
    return dateline_site(ctx, t)


def _purpose_place(t: int, rng: tuple[int, int], ctx: Context) -> list[Span]:
    """The place an arrival's purpose names: "for talks with X in the resort of Sochi"."""
    for f in range(t + 1, rng[1]):
        if ctx.lower[f] in ("for", "to") and ctx.trigger_tokens.intersection(range(f + 1, f + 3)):
            found = ctx.gaz_in(f + 2, rng[1], ("PLACE", "CAPITAL"))
            return [g for g in found if ctx.lower[g.start - 1] in ("in", "at", "of")][:1]
    return []


# verbs that end a stay: the day they tell is its last, not its first
_ENDING = {"wrapped", "wraps", "wrapping", "concluded", "concludes", "concluding", "ended",
           "ends", "ending", "completed", "completes", "completing", "wound", "winding", "winds"}
_LEAVING = {"left", "leaves", "leave", "leaving", "departed", "departs", "departing"}
_RETURNS = {"returned", "returns", "returning", "back"}  # "returned home on Friday from"
_ONE_DAY = {"one-day", "day-long", "daylong", "day-trip", "brief", "lightning", "hours-long"}


def stay_told(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "her visit" (:func:`.trip_cues.own_trip`), "began a two-day visit", "is on a state
    visit", "concluded a three-day visit": a stay the clause tells begun, under way or
    ended, with no place: the one the story is in."""
    before = ctx.lower[max(rng[0], t - 5) : t]
    on = any(before[k : k + 2] in (["is", "on"], ["was", "on"]) for k in range(len(before)))
    near = ctx.lower[max(0, t - 8) : t]  # "X, on a three-day state visit, met Y": the
    on = on or any(  # apposition tells the stay under way
        near[k : k + 2] == [",", "on"] and near[k + 2 : k + 3] in (["a"], ["an"], ["his"], ["her"])
        and "," not in near[k + 1 :]
        for k in range(len(near))
    )
    return own_trip(t, ctx) or on or bool((_ENDING | STARTING).intersection(before))


_ANAPHORS = {"that", "it", "this", "which"}
_COPULAS = {"was", "is", "were", "be"}


_OTHER_SENSE = {"land", "lands"}  # "a land reform", "their lands": no landing
_OWNING = {"a", "an", "the", "his", "her", "their", "its", "our", "of", "this", "that"}


def no_trip_noun(t: int, ctx: Context) -> bool:
    """Whether the word of travel at ``t`` tells no new trip: a verb of arrival used as a
    noun of another sense ("a land reform"), or a trip noun that describes the trip just
    told (:func:`described_again`)."""
    if ctx.lower[t] in _OTHER_SENSE and t > 0 and ctx.lower[t - 1] in _OWNING:
        return True
    return described_again(t, ctx)


def described_again(t: int, ctx: Context) -> bool:
    """ "X visited Y in 2014, but that was a private visit", "...; it was a state visit":
    the trip just told, described, not another one (the trip noun at ``t`` is what "that"
    was)."""
    words = ctx.lower[max(0, t - 7) : t]
    for k in range(len(words) - 3, -1, -1):
        if words[k] in _ANAPHORS and words[k + 1] in _COPULAS:
            rest = words[k + 2 :]
            described = all(w.isalpha() or "-" in w for w in rest)
            return bool(rest) and rest[0] in ("a", "an") and described
    return False


_TOURS = {"tour", "swing"}  # trips of several stops


def ended_stay(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> int | None:
    """ "has wrapped up a visit to Beijing", "concluded her three-day state visit on
    Sunday": a stay longer than the day told, which dates its end; not a one-day visit.
    Its length in days where told with the day it ended (3), 0 where not (nor for the day
    of "..., her ministry said on Wednesday"); None for no stay ended."""
    before = ctx.lower[max(rng[0], t - 6) : t]
    back = ctx.lower[max(rng[0], t - 8) : t]  # "came back today from his two-day visit",
    cut = next((k for k, w in enumerate(back) if w in ("from", "after")), None)  # "returned
    back = cut is not None and bool(_RETURNS.intersection(back[:cut]))  # home after a tour"
    if not (_ENDING.intersection(before) or back) or _ONE_DAY.intersection(before):
        return None
    if {"hour", "hours"}.intersection(ctx.lower[t_end : t_end + 4]):
        return None  # "back in Cairo after a stay of four hours in Tehran": one day
    if ctx.lower[t] in _TOURS and ctx.lower[t_end : t_end + 1] == ["in"]:
        return None  # "ends his tour in Lagos on Thursday": the tour's last stop, there
        # on the day told
    stop = next((k for k in range(t_end, rng[1]) if ctx.lower[k] in (",", ";")), rng[1])
    back = back or bool(place_left(t, rng, ctx))  # "left A on Sunday, ending a visit"
    if not ctx.dates_in(t_end if not back else rng[0], stop):
        return None if back else 0  # "returned from a trip to China, where he met X on
        # Friday": dated by what it tells of the stay
    return next((n for n in map(days_long, before) if n), 0)


def place_left(t: int, rng: tuple[int, int], ctx: Context) -> list[Span]:
    """ "leaves Port Moresby today for Dili, ending a three-day state visit": the stay a
    departure ends is in the place left, not the next one (the place right after the verb
    of leaving, before the trip noun at ``t``)."""
    if _ENDING.isdisjoint(ctx.lower[max(rng[0], t - 6) : t]):
        return []
    for k in range(rng[0], t - 1):
        if ctx.lower[k] in _LEAVING:
            left = ctx.gaz_in(k + 1, k + 2, ("PLACE", "COUNTRY", "CAPITAL"))
            return [g for g in left if g.start == k + 1][:1]
    return []


def mark_stays(out: list, t: int, t_end: int, rng: tuple[int, int], ctx: Context,
               departing: bool) -> None:
    """Note on the visits a trigger gave what their day is of: a stay that ended ("wrapped
    up a visit on Tuesday": begun before, the day before for "a two-day visit"), a
    departure ("left Tokyo on Sunday for the US": there only later that day), a trip before
    the story's ("was last in Kyiv", "last visited Astana in 2024")."""
    stay = ended_stay(t, t_end, rng, ctx)
    before = set(ctx.lower[max(rng[0], t - 2) : t])
    earlier = "last" in ctx.lower[t:t_end] or bool({"previous", "last"} & before)
    for ev in out:
        if stay is not None:
            ev.ended_day, ev.stay_days = ev.date, stay
        if departing:
            ev.departure = True
        if earlier:
            ev.earlier = True


def _holds_the_day(value: str | None, ctx: Context) -> bool:
    """Whether a month or year holds the story's day ("is visiting this week": its month)."""
    published = ctx.doc._.dg_published
    return bool(value and published and len(value) < 10 and published.isoformat().startswith(value))


def _leg_days(
    legs: list[list[Span]], ctx: Context, status: str, start: str | None = None
) -> list[str | None]:
    """The day told right after each leg of a trip, if any: a date, or a shift from the
    leg's before ("and in Moscow the day after"; the first leg's is the trip's ``start``)."""
    days: list[str | None] = []
    for n, spans in enumerate(legs):
        day = leg_date(spans[0], legs[n + 1][0] if n + 1 < len(legs) else None, ctx, status)
        if day is None and n:
            end = spans[-1].end
            day = day_after_leg(ctx.lower[end : end + 4], days[-1] or (start if n == 1 else None))
        days.append(day)
    return days


def _listed_with_next(n: int, legs: list[list[Span]], ctx: Context) -> bool:
    """Whether leg ``n`` and the next are items of one list ("visited Ghana, Senegal and
    Nigeria in March", "to Central America - Guatemala and Belize - and Cuba in May"),
    which share the day told after the list."""
    gap = ctx.lower[legs[n][-1].end : legs[n + 1][0].start] if n + 1 < len(legs) else []
    return set(gap) <= {",", "and", "the", "-", "–", "—", ")"}  # "Congo (DRC), Angola"


def _chained(last: Span, later: list[Span], ctx: Context) -> list[Span]:
    """Places joined to ``last`` by "and" within a few words, or by a list's comma, with no
    event word between."""
    out, end = [], last.end
    for g in later:
        end += ctx.lower[end : end + 1] == [")"]  # "the Democratic People's Republic of
        gap = range(end, g.start)  # Korea (DPRK), Mongolia and Qatar": a short name in
        words = ctx.lower[gap.start : gap.stop]  # brackets is the same stop
        if words == ["("] and ctx.lower[g.end : g.end + 1] == [")"]:
            end = g.end + 1
            continue
        if len(gap) > 8 or ("and" not in words and words != [","]):
            break
        if ctx.trigger_tokens.intersection(gap) or any(ctx.person_at(i) for i in gap):
            break
        out.append(g)
        end = g.end
    return out


_GOING_ON = {"continued", "continues", "went", "goes", "moved", "moves", "proceeded", "then",
             "on", "ended", "ends", "finished", "closed"}


def _past_an_aside(last: Span, sent: Span, ctx: Context) -> list[Span]:
    """ "with stops in Brasilia, where she met Lula, and in Buenos Aires", "took her to
    Ghana, where she opened a fair; Senegal, where she met Sall; and Togo", "travelled to
    Brunei, which chairs ASEAN, and to Singapore": the places the list goes on with after
    each where- or which-aside that follows its last one."""
    found: list[Span] = []
    while ctx.lower[last.end : last.end + 2] in ([",", "where"], [",", "which"]):
        close = next((k for k in range(last.end + 2, sent.end) if ctx.lower[k] in (",", ";")), None)
        if close is None:
            break
        k = close + 1 + (ctx.lower[close + 1 : close + 2] == ["and"])
        if k == close + 1 and ctx.lower[close] == ",":
            break  # "in Brasilia, where she met Lula, Brazil's ...": no list goes on
        while ctx.lower[k] in _GOING_ON and k < close + 4:
            k += 1  # "in Riyadh, where he met X, and continued in Cairo": the tour's next leg
        to = ctx.lower[k : k + 1] == ["to"]  # "to Brunei, which chairs ASEAN, and to Singapore"
        k += ctx.lower[k : k + 1] in (["in"], ["to"])
        labels = ("PLACE", "CAPITAL") + (("COUNTRY",) if ctx.lower[close] == ";" or to else ())
        nxt = [
            g
            for g in ctx.gaz_in(k, k + 4, labels)
            if g.start == k and ctx.lower[g.end : g.end + 1] not in (["'s"], ["’s"])
        ]
        if not nxt:
            break
        later = ctx.gaz_in(nxt[0].end, sent.end, ("PLACE", "CAPITAL", "COUNTRY"))
        found += nxt[:1] + _chained(nxt[0], later, ctx)
        last = found[-1]
    return found


def _bound_for(t_end: int, rng: tuple[int, int], ctx: Context) -> list[Span]:
    """ "leaves Accra this morning for Uganda", "left Riyadh for Doha": the place a
    departure is for (and places chained to it by "and")."""
    after = ctx.gaz_in(t_end, rng[1], ("PLACE", "COUNTRY", "CAPITAL"))
    for n, g in enumerate(after):
        k = g.start - 1
        if ctx.lower[k] == "the":
            k -= 1
        if ctx.lower[k] == "for":
            return [g] + _chained(g, after[n + 1 :], ctx)
    return []


_COUNTED = {"two": 2, "three": 3, "four": 4, "both": 2}


def countries_counted(t_end: int, sent: Span, ctx: Context) -> list:
    """ "At the invitation of the presidents of A and B, X will pay state visits to the two
    countries": the countries the sentence named before, as many as it counts."""
    words = ctx.lower[t_end : min(sent.end, t_end + 5)]
    for i, w in enumerate(words[:-1]):
        if w in _COUNTED and words[i + 1] in ("countries", "nations", "states"):
            named: dict[str, Span] = {}
            for g in ctx.gaz_in(sent.start, t_end, ("COUNTRY",)):
                named.setdefault(g.kb_id_, g)
            found = list(named.values())
            return found if len(found) == _COUNTED[w] else []
    return []


# places of a country that its demonym names ("toured Iraqi cities", "visited Kenyan ports")
_LANDS = {"cities", "towns", "ports", "provinces", "regions", "villages", "islands", "soil"}


def demonym_lands(t_end: int, ctx: Context) -> list:
    """ "spent five days touring Iraqi cities", "visited Kenyan ports": the country of the
    demonym right after the verb, as a destination with no city."""
    k = t_end + (ctx.lower[t_end : t_end + 1] in (["the"], ["several"], ["two"], ["three"]))
    found = ctx.gaz_in(k, k + 1, ("DEMONYM",))
    if not found or ctx.lower[found[0].end : found[0].end + 1] == [] or (
        ctx.lower[found[0].end] not in _LANDS
    ):
        return []
    g = found[0]
    return [Span(ctx.doc, g.start, g.end, label="COUNTRY", kb_id=g.kb_id_)]


_SITE_LABELS = ("PLACE", "COUNTRY", "CAPITAL")


def aside_end_of(t: int, rng: tuple[int, int], ctx: Context) -> int:
    """Where the ", who ..." aside around ``t`` ends, past the commas of a list of places
    ("who flew to Jeddah, Dubai and Doha in June"); the end of ``rng`` outside one."""
    aside = relative_aside(t, rng, ctx)
    if aside is None:
        return rng[1]
    k = aside[1]
    while k + 1 < rng[1] and ctx.lower[k] == "," and ctx.label[k + 1] in _SITE_LABELS:
        k = next((j for j in range(k + 1, rng[1]) if ctx.lower[j] == ","), rng[1])
    return k


_ONWARD = {"returned", "returning", "returns", "return", "left", "leaving", "leaves", "departed",
           "departing", "headed", "heading"}


def onward_between(i: int, j: int, ctx: Context) -> bool:
    """Whether a verb of leaving comes between ``i`` and ``j`` ("landed on Friday and
    returned to Buenos Aires", "arrived on Monday and left for Lima"); the legs of one trip
    ("stopped in Dubai, then flew to Tokyo") are read as legs; nor does a clause of reason
    ("because Jordan delayed ..."), nor one of time with a verb of its own ("his first trip
    abroad since moving into Downing Street": where he lives, not where he goes)."""
    words = ctx.lower[i:j]
    return bool(_ONWARD.intersection(words) or _REASONS.intersection(words)) or any(
        w in ("since", "after", "before")
        and words[k + 1].endswith("ing")
        and len(words) - k <= 5  # the gerund's own object: not "his first visit after
        and not {",", "was", "to"}.intersection(words[k:])  # taking office, to Nigeria", "..
        for k, w in enumerate(words[:-1])  # after assuming office was to Saudi Arabia"
    )


# a clause of reason or contrast between a trip and a place: "cancel a visit to the UAE
# because Jordan delayed approving his flight path": Jordan is no destination
_REASONS = {"because", "although", "though", "whereas", "while"}


REACH = 10  # tokens from a verb or noun of travel to the place it goes to


def far_leg(t: int, t_end: int, sent: Span, ctx: Context) -> bool:
    """Whether "that will take him to X" at ``t`` tells a leg of a journey named too far
    back for the journey's noun to reach X ("a journey between May 30 and June 6 that will
    take him to Lisbon"); nearer, the noun reads it itself."""
    noun = max((k for k in ctx.trigger_tokens if sent.start <= k < t), default=None)
    if leg_after_aside(t, sent, ctx):
        return True
    if noun is not None and not ctx.persons_in(sent.start, noun + 1):
        return True  # "The visit followed a tour that took him to X", "A tour took her to
        # Y": the noun names no traveller, the leg does
    if not {"that", "which"} & set(ctx.lower[max(sent.start, t - 3) : t]):
        return False
    return noun is not None and t_end - noun > REACH


def after_visitor_by(t_end: int, ctx: Context) -> int:
    """Where the reach to a destination starts: after the visitor a "by" names right after
    the noun ("the first visit by Kyrgyz President X as head of state, to Russia"), else
    at the trigger's end."""
    if ctx.lower[t_end : t_end + 1] != ["by"]:
        return t_end
    named = ctx.persons_in(t_end + 1, t_end + 6)
    return named[0][1] if named else t_end


def named_before_noun(t: int, ctx: Context) -> list:
    """ "his Chile visit", "the Kyiv trip": the place that qualifies a trip's noun, which a
    place told after it ("concluded his Chile visit on Monday and flew to Lima") is not."""
    if ctx.lower[t] not in ctx.lex.trip_words or ctx.lower[t + 1 : t + 2] == ["to"]:
        return []
    return [g for g in ctx.gaz_in(max(0, t - 4), t, ("PLACE", "COUNTRY", "CAPITAL")) if g.end == t]
