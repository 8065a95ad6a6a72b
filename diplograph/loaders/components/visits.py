"""Visits: who travels where and when.

"X arrived in Kyiv", "X's visit to Greece", "the first visit to Peru by a Danish prime
minister since Karen Holm in 1999", "Among those attending are A, B and C": the visitors,
the destination (the first city named for a country; a visit at home is no visit) and the
date of each. Stays before the visit told in passing ("from Egypt, where ...") are read in
:mod:`.visit_origins`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import (
    again_dates,
    called_off_date,
    clauses,
    dateline_site,
    here,
    home_of,
    location,
    make_event,
    nearest_date,
    occasion,
    pick_date,
    places,
    where_place,
)
from .earlier_trips import counted_this_span, earlier_visitors, since_visitors
from .encounter_places import there_place
from .event_clauses import in_origin_aside
from .event_places import of_a_document
from .gathering_presence import among_at_ceremony, joined_company
from .gathering_trips import _act_end, _for_summit, in_gathering_room, joins_a_gathering
from .named_travellers import (
    at_home,
    named_after_was,
    named_next,
    nation_first,
    of_the_nation,
    the_other_one,
    the_storys_tour,
    whose_ordinal,
)
from .no_trip_told import no_trip_told
from .presences import hosted_visits, met_guest_visits
from .summit_attendance import summit_destination
from .told_encounters import TOLD_ENCOUNTERS, attendance_of_told
from .travellers import travellers
from .trip_cues import (
    CEREMONIES,
    STARTING,
    ahead_between,
    classify_ahead,
    delegation_to,
    elsewhere,
    given_up_day,
    made_the_trip,
    multi_day,
    paid_date,
    placed_by,
    reported_call_off,
    represented_by,
    sent_in_place,
    staying_now,
    visiting_guest,
    whose,
)
from .visit_cities import cities_where, scene_of_trip_aside
from .visit_cues import JOINS, attends_a_call, flight_between, leg_traveller, partner_named
from .visit_destinations import gathering_left, the_country, way_travelled
from .visit_origins import ARRIVED_VERBS, first_leg, from_where, origin_visits, scene_of_encounter
from .visit_places import (
    REACH,
    _arrived_at_dateline,
    _bound_for,
    _chained,
    _leg_days,
    _listed_with_next,
    _past_an_aside,
    after_visitor_by,
    aside_end_of,
    countries_counted,
    demonym_lands,
    far_leg,
    mark_stays,
    named_before_noun,
    no_trip_noun,
    onward_between,
    place_left,
    stay_told,
    visiting_here,
)

__all__ = ["visit_events"]


# verbs of arriving: with no destination told, one arrives where the story is
ARRIVALS = {"arrived", "arrives", "arriving", "arrival", "landed", "lands", "landing", "jetted"}
ARRIVALS |= {"touched", "flew", "came", "come", "comes", "reached", "arrive", "land", "flown"}

_REMOTE = {"video", "videolink", "virtually", "remotely", "online", "videoconference"}


_EXPECTED = {"expected", "due", "scheduled", "set"}
def visit_events(t, t_end, rng, sent, ctx, status, speakers, needs="") -> list[Event]:
    if no_trip_told(t, t_end, rng, ctx) or no_trip_noun(t, ctx):
        return []  # "flew home", "flew back to Brussels", "trips confined to Russia"
    if ctx.lower[t] == "attended" and attendance_of_told(t, sent, ctx):
        return []  # "The talks were also attended by X": X was at them, on no trip of X's
    if needs == "leg" and not far_leg(t, t_end, sent, ctx):
        return []  # "His trip took him to X", "a tour that will take him to X": the trip's
    # "The tour, which began in Amman, also took him to Cairo": the one "him" names
    taken = leg_traveller(t, t_end, sent, ctx) if needs == "leg" else []
    needs = "" if needs == "leg" else needs
    attending = ctx.lower[t].startswith("attend") or needs == "attend"  # "took part in"
    attending = attending or ctx.lower[t_end : t_end + 1] == ["attendance"]  # "were in attendance"
    representing = attending or ctx.lower[t].startswith("represent") or needs == "delegation"
    if needs == "delegation" and "delegation" not in ctx.lower[t_end : t_end + 5]:
        return []  # "lead the Chinese delegation", not "lead the talks"
    if needs == "delegation" and delegation_to(t_end, ctx):
        needs, representing = "", False  # "leads a trade delegation to India": a trip there
    if (
        representing
        and not CEREMONIES.intersection(ctx.lower[sent.start : sent.end])
        and not attending
        and not (
            (
                represented_by(t, t_end, ctx)
                or needs == "delegation"
                or ctx.label[t_end] == "COUNTRY"  # "X represented Russia at the meeting"
            )
            and CEREMONIES.intersection(ctx.lower[: sent.start])
        )  # "Russia is represented by Lavrov", "Lavrov leads the delegation": the story's
    ):
        return []  # "represent Moscow at the summit"; not "represents a shift"
    if attends_a_call(t, t_end, ctx, representing, needs):
        return []  # "attended the (phone) conversation", "joined the call": no travel
    remote = _REMOTE.intersection(ctx.lower[t_end : min(rng[1], t_end + 10)])
    if remote and (representing or ctx.lower[t] in JOINS or needs == "gathering"):
        return []  # "would take part in the summit by video link": no travel
    on_the_way = needs == "on_the_way"  # "is en route to Lima", "on his way to Lima,
    travelled = way_travelled(t, rng, ctx) if on_the_way else None  # told weeks later
    if on_the_way:  # stopped in Dakar on Thursday": not there yet, on no day told
        needs = ""
        if status == "occurred" and not travelled and not {"was", "were"} & set(
            ctx.lower[rng[0] : t]
        ):
            status = "planned"
    if needs == "sent":
        visitors = sent_in_place(t_end, rng, ctx)  # "sent Foreign Minister X instead"
        if not visitors:
            return []
        needs = representing = "attend"  # where they are sent, not the sender country
    else:
        visitors = taken or travellers(t, rng, ctx, speakers) or named_after_was(t, rng, ctx)
        visitors = of_the_nation(visitors, t, rng, ctx)  # "..., the first visit by a Chilean"
        if visitors:  # "X joined A and B for the summit": A and B were there too
            visitors += [k for k in joined_company(t, t_end, ctx) if k not in visitors]
    counted = [] if visitors else whose_ordinal(t, rng, ctx) or nation_first(t, rng, ctx)
    visitors = visitors or counted or the_storys_tour(t, rng, ctx)
    undated = False
    if not visitors:  # "two of Kyiv's backers had gone to Washington. Macron and Starmer ..."
        visitors = named_next(t, rng, sent, ctx)
        undated = bool(visitors)  # their days are those of what the next sentence tells
    if not visitors and not since_visitors(sent, ctx, speakers):
        return []
    if needs == "place_next" and _bound_for(t_end, rng, ctx):  # "left Riyadh for Doha"
        onward = visit_events(t, t_end, rng, sent, ctx, status, speakers, "departure")
        return onward + visit_events(
            t,
            t_end,
            (rng[0], _bound_for(t_end, rng, ctx)[0].start - 1),
            sent,
            ctx,
            status,
            speakers,
            "origin",
        )
    reach = 16 if ctx.lower[t].startswith("represent") else REACH
    reach = 2 if needs in ("place_next", "origin") else reach
    # "left Riyadh", not "left office to ... in Riyadh"; "represent Kenya at the inauguration
    # of the new president in Lima": the place of the gathering
    after = places(rng, t, ctx, after_only=True)
    aside_end = aside_end_of(t, rng, ctx)  # "X, who arrived on Monday, will visit Y": not Y
    after = [g for g in after if g.start < aside_end and not partner_named(g, ctx)]
    start = after_visitor_by(t_end, ctx)  # "the visit by X as head of state, to Russia"
    dests = named_before_noun(t, ctx) or [  # "concluded his Chile visit and flew to Lima"
        g
        for g in after
        if g.start - start <= reach
        and not onward_between(t_end, g.start, ctx)
        and not flight_between(t_end, g.start, ctx)
    ]
    if needs == "place_next":  # "reached Islamabad"; not "the understandings reached in Bali"
        dests = [g for g in dests if ctx.lower[t_end] not in ("in", "at", "on")]
    dests = dests or countries_counted(t_end, sent, ctx) or demonym_lands(t_end, ctx)
    departing = needs == "departure"
    if departing:  # "leaves Accra this morning for Uganda": where it goes
        dests = _bound_for(t_end, rng, ctx)
        if not dests:
            return []
    if needs == "origin":
        needs = "place_next"
    if needs == "presence":  # "were among the leaders in Havana": where they were
        dests = [g for g in dests if placed_by(g.start, ctx, ("in", "at", "on"))]
        if not dests and "among" not in ctx.lower[t:t_end]:
            return []  # "to be in the country": no place named, none to borrow
        told = among_at_ceremony(t_end, rng, ctx) if not dests else None
        if told is not None:  # "were among the dignitaries at the inauguration": its city
            representing, dests = True, told
        if _EXPECTED.intersection(ctx.lower[t : t_end + 4]) and status == "occurred":
            status = "planned"  # "are among those expected to attend", "are due in Oslo"
    if dests and needs != "place_next":  # "to the summit in Lima, Peru, and the G20 in Rio"
        dests += _chained(dests[-1], [g for g in after if g.start > dests[-1].end], ctx)
        dests += _past_an_aside(dests[-1], sent, ctx)  # "in A, where she met X, and in B"
    if needs == "place_next":  # "left Riyadh", "left the White House": he had been there
        kinds = ("PLACE", "COUNTRY", "CAPITAL", "SEAT")
        next_places = ctx.gaz_in(t_end, min(rng[1], t_end + 2), kinds)
        dests = dests or [
            g
            for g in next_places  # not "to return to the Minsk agreements"
            if (g.start == t_end or ctx.lower[t_end] == "the") and not of_a_document(g, ctx)
        ][:1] or gathering_left(t_end, rng, ctx)
        if not dests:
            return []
    guest = visiting_guest(t, rng, ctx) is not None  # "Visiting Chilean President X held
    if not dests and guest:  # talks with Y in Lima": where the sentence's event is
        dests = [g for g in after if placed_by(g.start, ctx, ("in", "at"))][:1]
    if not dests and needs != "place_next":  # "Budapest, where Xi will arrive on Wednesday"
        dests = where_place(rng, ctx)
    if not dests:  # "his Kyiv visit", "made Paris his first trip", "flew to London to attend",
        dests = place_left(t, rng, ctx) or [  # "In Lima, X attended"; not "Chile sent X",
            # "Kenya's X attended"; "leaves A for B, ending a visit": A's
            g
            for g in places(rng, t, ctx, after_only=False)
            if g.start < t
            and not whose(g, ctx)
            and (not representing or placed_by(g.start, ctx, ("in", "at", "to", "for")))
        ][-1:]  # "left Tehran for Vienna to attend talks": Vienna
    summit_date = None
    if needs == "delegation" or ctx.lower[t].startswith("represent"):
        # "represent Moscow": an actor; "at the summit in Delhi": the place
        dests = [g for g in dests if g.label_ == "PLACE" and ctx.lower[g.start - 1] in ("in", "at")]
    room = in_gathering_room(t_end, ctx) or (  # "was in the hall", "joined the sessions",
        (ctx.lower[t] in JOINS or needs == "gathering") and joins_a_gathering(t_end, ctx)
    )  # "addressed the summit"
    if needs == "gathering" and (not room or ctx.lower[rng[0] - 1 : rng[0] + 1] == [",", "when"]):
        return []  # "addressed concerns"; "since 2015, when he addressed ...": a trip told
    if (
        not dests
        and (ctx.lower[t] in ARRIVALS or ctx.lower[t] in JOINS or room)
        and (_for_summit(ctx.doc[sent.start : _act_end(rng, sent, ctx)], ctx) or room)
        and not from_where(t_end, sent, ctx)
    ):
        representing = True  # "Also arriving for the summit were ...": the summit's city
    if not dests and representing:  # "expected to attend": the summit's city
        dests, summit_date = summit_destination(t, sent, ctx, status)
    if not dests:  # "arrived here Tuesday": the dateline's city; "travelled there": the town
        dests = here(rng, ctx) or there_place(rng, ctx)  # named last
    if not dests and counted:  # "The visit is his first since ...": the story's visit
        dests = dateline_site(ctx, t)
    hither = (
        ctx.lower[t] in ARRIVALS | {"expected"}
        or visiting_here(t, t_end, ctx)  # "is visiting this week", "is expected this morning"
        or made_the_trip(t, ctx)  # "made the trip this week": came where the story is
    )
    if not dests and status == "occurred" and not hither:
        dests = scene_of_trip_aside(t, t_end, rng, sent, ctx)  # "X, on his first trip
        # abroad, met Y in Addis Ababa"
    if not dests and status == "occurred" and (hither or stay_told(t, rng, ctx)):
        dests = _arrived_at_dateline(t, rng, sent, ctx)  # "wrapped up her visit on Sunday"
    if not dests and status != "occurred" and hither and not elsewhere(t_end, ctx):
        dests = _arrived_at_dateline(t, rng, sent, ctx, status)  # "is expected to arrive on
        # Friday"; "X, who had been due to arrive on Friday, called off his trip"
    if not dests:  # "the last was Indira Gandhi, who visited in 1981": the visit just reported
        anywhere = {"occurred": ctx.lower[t] in ARRIVED_VERBS, "planned": hither}.get(status, False)
        dests = ctx.last_destination(sent, anywhere=anywhere)  # "Sanchez, who arrived on
        # Thursday, ...", "X is expected to fly in": an arrival goes where the story is
    if not dests and status == "occurred" and ctx.lower[t] in ARRIVED_VERBS:
        dests = scene_of_encounter(sent, ctx, visitors)  # "landed at Sunan Airport"
    if not dests and status == "occurred":  # "COLOMBO - ... toured the country in August":
        dests = the_country(t_end, ctx)  # the dateline's country; not "had he set foot in
        # the country", a condition
    if not dests and visitors:  # "X received Y, who arrived for a state visit": X's country
        hosted = hosted_visits(t, t_end, rng, sent, ctx, status, visitors)
        if hosted is None:  # "held talks with visiting Ghanaian President X": the hosts'
            hosted = met_guest_visits(t, t_end, rng, sent, ctx, status, visitors)
        if hosted is not None:
            return hosted
    dests = dests + cities_where(dests, t, rng, sent, ctx)
    left_behind = in_origin_aside(t, sent.start, ctx)  # "from Japan, where he attended the
    if not left_behind:  # G7 summit in Hiroshima": a stay before, not where the story is
        ctx.destinations.extend(dests[:1])
    by_country: dict[str, list[Span]] = {}
    for g in dests:
        by_country.setdefault(g.kb_id_, []).append(g)
    date = summit_date or pick_date(
        t, rng, sent, ctx, status != "occurred", lead=status == "occurred" and not undated
    )
    if counted and dests:
        date = ctx.lead_date(status != "occurred")  # its day is the story's, not the count's
    date = paid_date(t, rng, ctx, status != "occurred") or date  # "the visit X paid to Y in May"
    if status == "cancelled" and not summit_date:
        date = called_off_date(t, rng, sent, ctx, lead=False)  # "had been due on March 3"
        date = date or given_up_day(t, ctx)  # "called off her trip": the occasion's day
    told = ctx.last_meeting
    window = ctx.lower[max(rng[0], t - 4) : t]
    if told is not None and ctx.lower[t] == "attended" and TOLD_ENCOUNTERS.intersection(window):
        date = told.date  # "The talks were attended by X": the day of the talks told
    if on_the_way:
        date = travelled
    if status == "cancelled" and reported_call_off(t, sent, ctx):
        date = None  # "On Thursday, his office said the trip was cancelled": not the trip's
    own = nearest_date(t, rng[0], rng[1], ctx)
    if (
        not summit_date
        and "first" in ctx.lower[rng[0] : t]
        and "since" in ctx.lower[t_end : rng[1]]
        and (own is None or "since" in ctx.lower[t_end : own.start])  # "the first to come
        and ctx.lead_date(status != "occurred")  # since the conference held in 1943"
    ):  # "It was his first visit to the US since 2015": the visit the story reports
        date = ctx.lead_date(status != "occurred")
        ctx.lead_dated[t] = date  # its day is the story's, borrowed
    lead = ctx.lead_date(status != "occurred")
    if not summit_date and lead and counted_this_span(t, t_end, rng, ctx):
        date = ctx.lead_dated[t] = lead  # "his third visit to Kenya this year": the story's
    if not summit_date and nearest_date(t, rng[0], rng[1], ctx) is None:
        where = next((r for r in clauses(sent, ctx) if r[0] == rng[1]), None)
        if (
            where
            and ctx.lower[where[0]] == "where"
            and ctx.lower[where[0] - 1] == ","
            and any(g.end == where[0] - 1 and not placed_by(g.start, ctx, ("from",)) for g in dests)
            and "had" not in ctx.lower[where[0] : where[1]]
        ):  # the destination, not an origin ("from Addis Ababa, where she had attended ...")
            m = nearest_date(where[0], where[0], where[1], ctx)
            if m is not None:  # "flew on to London, where Starmer will receive him on
                date = m.value(classify_ahead(where, ctx) or status == "planned")  # Saturday":
                # there by then; "travels to Slovenia, where on Saturday he is to meet X"
    if (
        not summit_date
        and not ctx.dates_in(sent.start, sent.end)
        and _for_summit(sent, ctx)
        and ctx.summit_date() is not None
    ):  # "Biden still intends to travel to Japan for the G7": the summit's day
        date = ctx.summit_date().value(status != "occurred")
    if date is None and status == "occurred" and staying_now(t, t_end, rng, ctx):
        published = ctx.doc._.dg_published  # "is currently in Cairo": the story's day
        date = ctx.lead_date(False) or (published.isoformat() if published else None)
    if status != "cancelled" and (date is None or ctx.is_current(date)):
        ctx.current_destinations.extend(dests[:1])  # not a trip called off: no one is there
    out = []
    starts = STARTING.intersection(ctx.lower[t_end : rng[1]]) or (
        date is not None and len(date) == 10 and multi_day(t, rng, ctx)
    )  # a day of the start; a month ("in July, at the start of a Gulf tour") is every leg's
    repeats = again_dates(t_end, rng[1], ctx, status != "occurred")  # "and again in 2024"
    legs = list(by_country.values())
    start_day = date
    how = "leaving" if needs == "place_next" else "attending" if attending else ""
    for n, spans in enumerate(legs):
        place, country = location(spans, ctx.lex)
        date = None if n == 1 and starts and len(date or "") == 10 else date  # a tour's day: A's
        between = ctx.lower[t_end : min(spans[0].start, sent.end)]  # a later sentence's tense
        if status != "cancelled" and ahead_between(between):  # "a tour that will also take
            told = _EXPECTED.intersection(ctx.lower[rng[0] : t])  # him to Serbia", after a day
            month = (pick_date(t, rng, sent, ctx, True, False) or "")[:7] if told else ""
            date, status = month or (date if status == "planned" else None), "planned"  # month
        days = _leg_days(legs, ctx, status, start_day) if len(legs) > 1 else [None]
        own = days[n]
        if starts and n and own and own == days[-1] and own == start_day:
            own = None  # "began a four-day tour of A, B and C on Monday": the start, A's day
        day_of_leg = own or date  # "will be in Managua on Wednesday and in Havana on Thursday"
        if own is None and date in days[n + 1 :] and not _listed_with_next(n, legs, ctx):
            day_of_leg = None  # "toured Peru, then went on to Chile on May 3": Chile's day
        for key in visitors:
            if at_home(key, country, how, sent, ctx):
                key = the_other_one(key, t, sent, ctx, country)  # "X met Y, a day after
                if key is None:  # she arrived in Nairobi": not X, who is at home there
                    continue  # travel at home is no visit
            if needs == "gathering" and home_of(key, ctx) in (None, country):
                continue  # "addressed the summit": a guest's speech, not the host's
            out.extend(
                make_event(
                    "visit", t, t_end, sent, ctx, status, day, place, country,
                    occasion(sent, ctx), visitor=key, participants=[key],
                )
                for day in repeats or [day_of_leg]
            )
    mark_stays(out, t, t_end, rng, ctx, departing)  # an end, a departure, a trip before
    for ev in out if needs == "gathering" else ():  # "will address Congress on Saturday":
        ev.borrowed = True  # a day of the stay, not its start
    out += origin_visits(t, t_end, visitors, sent, ctx, status)
    out += first_leg(t, t_end, visitors, sent, ctx)
    if by_country:
        spans = next(iter(by_country.values()))
        out += earlier_visitors(t, t_end, spans, visitors, sent, ctx, speakers)
    return out
