"""Event triggers and their arguments: meetings, visits and calls, one clause at a time.

For every trigger word ("met", "held talks", "arrived in", "phone call") the
component reads, inside the trigger's clause (falling back to its sentence):
the people, the destination or place, the date and the status (helpers in
:mod:`.arguments`, :mod:`.encounters` for meetings and calls, :mod:`.visits` for
visits). It writes raw events to ``doc._.dg_events``;
``diplograph_event_merge`` then joins the mentions of one occurrence into one event.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Event
from .arguments import Context, bystanders, clauses, status_of
from .attendee_lists import listed_attendees
from .captions import caption_encounters
from .clause_tense import (
    bare_verb_continued,
    infinitive_continued,
    leg_of_the_trip,
    main_verb_status,
    purpose,
    purpose_aside,
)
from .companions import named_spouses
from .date_asides import in_past_perfect_aside, in_who_aside
from .earlier_occasions import earlier_occasions_at, referred_back
from .earlier_trips import earlier_trips, listed_meetings, previous_occasions
from .encounter_cues import time_with
from .encounters import encounter_events, told_attendance
from .event_places import location
from .event_triggers import CALLING_ON, triggers
from .gapped_legs import leg_clause, leg_visits
from .gapped_travellers import gapped_travellers
from .headings import heading_places, heading_visits
from .lexicon import Lexicon, lexicon
from .named_travellers import a_national_first, names_a_group, tells_a_tour
from .postponements import new_date
from .presences import airport_welcomes, presence_asides, welcomed_by
from .returns import return_journeys
from .sentences import sentence_spans
from .tokenizer import text_of, texts_of
from .told_days import refine_told_day
from .told_encounters import attends_the_told
from .trip_call_offs import call_off_the_trip, put_off_then_made
from .visits import visit_events

__all__ = ["find_events", "EventComponent", "make_events"]

log = logging.getLogger(__name__)

_RENEWED = {"instead", "new", "now", "rescheduled", "still", "later", "but"}


def _renewed(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause tells a plan made anew ("a new date", "still plans to meet"):
    not the "New" of a place's name ("fly to New York and meet X there")."""
    return any(
        w in _RENEWED and (w != "new" or texts_of(ctx.doc)[i] == "new")
        for i, w in enumerate(ctx.lower[rng[0] : rng[1]], rng[0])
    )


def _placed_in(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause ``rng`` names a town or a state."""
    return bool(ctx.gaz_in(rng[0], rng[1], ("PLACE", "CAPITAL", "COUNTRY")))


def _aside_encounter(kind, t, t_end, aside, sent, ctx, speakers, needs) -> list[Event]:
    """The encounter of a purpose aside, read in the aside's own tense, time and place."""
    status = status_of(t, t_end, aside, ctx)
    if status is None:
        return []
    told = ctx.doc[aside[0] : aside[1]]  # not the main clause's other talks
    return encounter_events(kind, t, t_end, aside, told, ctx, status, speakers, needs)


def _headline(sent: Span) -> bool:
    """A line with no closing punctuation (a headline repeated in the body): headlines use
    the present tense for past and future alike, so they tell no status. A line that ends
    with a colon opens what follows (a quote, an embedded post) and is no headline."""
    whole = text_of(sent.doc)[sent.start_char : sent.end_char]  # Span.text is rebuilt each call
    text = whole.rstrip()
    return "\n" in whole[len(text) :] and text[-1:] not in '.!?"”’):' and len(text) < 200


def _question(sent: Span) -> bool:
    """A sentence that asks ("Will Lavrov meet Kuleba?", an interviewer's question): it
    reports nothing."""
    whole = text_of(sent.doc)[sent.start_char : sent.end_char].rstrip().rstrip("\"”’')*")
    return whole.endswith("?")


_EARLIER = {"earlier", "previous", "original"}
_VERSION = {"version", "versions"}


def _retracted(sent: Span, ctx: Context) -> bool:
    """A correction's account of what an earlier version got wrong ("An earlier version of
    this report said that X arrived on Saturday."): a claim the outlet withdraws, not news."""
    words = ctx.lower[sent.start : sent.end]
    return any(
        w in _VERSION and words[k - 1 : k] and words[k - 1] in _EARLIER
        for k, w in enumerate(words[:16])
    )


_TIMING = {"before", "after", "when", "once", "until", "as", "where"}


def _timed_present(t: int, ctx: Context) -> bool:
    """Whether the trigger is a present tense ("joins", "meets") of a clause of time or
    place ("before he ...", "once she ...", "where he ...") opened not far before it in its
    sentence."""
    word = ctx.lower[t]
    if not word.endswith("s") or word.endswith("ss") or word in ("was", "has", "is"):
        return False
    lo = ctx.sentence_of(t)[0]
    return any(w in _TIMING for w in ctx.lower[max(lo, t - 10) : t])


_SEQUENCE = {"before", "then", "afterwards", "later", "subsequently", "next"}
_OPENING_SEQUENCE = {"after", "following", "having"}


def _next_journey(t: int, sent: Span, ctx: Context) -> bool:
    """Whether the trigger at ``t`` is a verb of a journey told as the next step of its
    sentence ("met X before flying to Y", "After talks with X, flew to Y"); not "met X in
    Y, when he flew to Israel"."""
    if t not in ctx.travel_tokens:
        return False
    if _SEQUENCE.intersection(ctx.lower[max(sent.start, t - 4) : t]):
        return True
    return any(  # an opening phrase, after any dateline: "OSLO - Following talks with X, ..."
        ctx.lower[k] in _OPENING_SEQUENCE
        and (k == sent.start or ctx.lower[k - 1] in ("-", "--", "—", "–", ")"))
        and "," in ctx.lower[k:t]
        for k in range(sent.start, t)
    )


def _before_an_event(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause is "before a/the <event>" hung on the act before it."""
    return ctx.lower[rng[0] : rng[0] + 2] in (["before", "a"], ["before", "the"])


_WELCOMES = {"welcomed", "welcomes", "welcome", "greeted", "greets", "greet"}


def _in_the_scene(sent, ctx: Context, found: list[Event]) -> None:
    """A paragraph that opens a sentence with its scene ("In Brasilia, the two leaders
    signed a pact. Macron also met X.") places, and dates, the meetings told after it in
    that paragraph with no place or day of their own."""
    para = text_of(ctx.doc).rfind("\n\n", 0, sent.start_char)
    scene = ctx.scene
    if scene is not None and scene[0] != para:
        scene = ctx.scene = None
    opened = _scene_opening(sent, ctx)
    if opened is not None:
        dated = [e.date for e in found if e.date and not getattr(e, "borrowed", False)]
        ctx.scene = (para, *opened, dated[0] if dated else None)
        return
    if scene is None or ctx.dates_in(sent.start, sent.end):
        return
    for ev in found:
        if ev.kind == "meeting" and ev.place is None and ev.country in (None, scene[2]):
            ev.place, ev.country = scene[1], scene[2]
            ev.date = scene[3] or ev.date


def _scene_opening(sent, ctx: Context) -> tuple[str, str] | None:
    """(place, country) of a sentence that opens "In <city>, ..." / "At <city>, ..."."""
    if ctx.lower[sent.start] not in ("in", "at"):
        return None
    places = ctx.gaz_in(sent.start + 1, sent.start + 2, ("PLACE", "CAPITAL"))
    if not places or ctx.lower[places[0].end : places[0].end + 1] != [","]:
        return None
    place, country = location(places[:1], ctx.lex)
    return (place, country) if place else None


def find_events(doc: Doc, lex: Lexicon) -> list[Event]:
    """Raw event mentions of ``doc``, one or more per trigger (pure over the annotations)."""
    ctx = Context(doc, lex)
    events: list[Event] = []
    for sent in sentence_spans(ctx.doc):
        if _headline(sent) or _question(sent) or _retracted(sent, ctx):
            continue
        if not (
            ctx.persons_in(sent.start, sent.end)
            or names_a_group(sent, ctx)
            or a_national_first(sent, ctx)  # "the first visit by a Ghanaian leader"
            or tells_a_tour(sent, ctx)  # "the last stop of a trip that began in Lima"
        ):
            call_off_the_trip(sent, ctx, events)  # "The trip has been postponed."
            events.extend(listed_meetings(sent, ctx, []))  # "It was the third meeting
            continue  # between the two, after summits in Hanoi and Singapore."
        speakers = bystanders(sent.start, sent.end, ctx)
        events.extend(presence_asides(sent, ctx))
        events.extend(return_journeys(sent, ctx))  # "on his way back from Vilnius"
        told = len(events)
        sent_status = None
        for rng in clauses(sent, ctx):
            if earlier_occasions_at(rng[0], sent, ctx):
                continue  # "..., after talks in Berlin in January": read as listed
            if (
                rng[0] > sent.start
                and len(events) > told
                and not ctx.persons_in(rng[0], rng[1])
                and call_off_the_trip(ctx.doc[rng[0] : rng[1]], ctx, events[told:])
            ):
                continue  # "was due to fly to A and B on Monday, but the trip was called off"
            seen_kinds = set()
            gapped = sent_status is not None and leg_clause(rng, ctx)
            if gapped:  # ", and in Quito on Tuesday for talks with B": the trip goes on
                events.extend(leg_visits(rng, sent, ctx, events[told:], sent_status))
            for t, t_end, kind, needs in triggers(rng[0], rng[1], ctx):
                if kind in seen_kinds and kind != "visit":
                    continue
                aside = purpose_aside(t, kind, rng, ctx)
                if aside is not None:  # "X, who flew to Washington on Tuesday for talks
                    # with Y, is due in Moscow on Thursday": the talks are the aside's
                    found = _aside_encounter(kind, t, t_end, aside, sent, ctx, speakers, needs)
                    events.extend(found)
                    continue
                status = status_of(t, t_end, rng, ctx)
                if gapped and status == "occurred":
                    status = sent_status  # no verb of its own: the first clause's tense
                if status == "occurred" and sent_status and ctx.lower[rng[0] : rng[0] + 2] == [
                    "and", "to",
                ]:
                    status = sent_status  # "was to hold talks with A and to be received by
                    # B": the second act of the same plan
                if status is None or kind != "visit" and referred_back(t, sent, ctx):
                    continue  # "After the talks, A and B flew on": the talks told before
                if (
                    status == "occurred"
                    and sent_status in ("planned", "cancelled")
                    and not (kind == "call" and sent_status == "cancelled")  # "postponed
                    # the visit, telephoning X to say so": the call was made
                    and (
                        ctx.lower[t].endswith("ing")
                        and ctx.lower[t - 1] == ","
                        or ctx.lower[rng[0]] in ("before", "after")
                        and ctx.lower[rng[0] + 1].endswith("ing")
                        or _before_an_event(rng, ctx)
                    )
                ):
                    # "Xi travels to Belgrade on Tuesday, arriving on ...", "he was to hold
                    # talks, before attending a meeting on Saturday": the main verb's status
                    status = sent_status
                if (
                    status == "occurred"
                    and sent_status in ("planned", "cancelled")
                    and purpose(t, rng, ctx)
                ):  # "Ruto flies to Berlin on Monday for talks with ...", "was supposed to
                    status = sent_status  # arrive in Manila on Friday for talks with ..."
                if status == "occurred" and sent_status == "planned" and _timed_present(t, ctx):
                    status = sent_status  # "will welcome him before he addresses MEPs and
                    # joins EU leaders": a present that English uses for what lies ahead
                if (
                    status == "occurred"
                    and sent_status is None
                    and (_before_an_event(rng, ctx) or _timed_present(t, ctx))
                ):
                    status = main_verb_status(sent.start, rng[0], ctx) or status  # "will
                    # sign the treaty on Friday, before a joint press conference" (or "before
                    # she leaves for Kampala"): ahead too
                if status == "occurred" and infinitive_continued(rng, t, ctx):
                    status = main_verb_status(rng[0], t - 3, ctx) or status
                if status == "occurred" and sent_status == "planned" and (
                    bare_verb_continued(rng, ctx)
                ):  # "will fly to A, and then become the first to visit B": still ahead
                    status = sent_status
                if status == "occurred" and sent_status and leg_of_the_trip(t, rng, ctx):
                    status = sent_status  # "will make a trip next week, with stops in A and B"
                if (
                    status == "planned"
                    and sent_status == "cancelled"
                    and not _renewed(rng, ctx)
                ):
                    status = "cancelled"  # "had been due to fly ..., and was scheduled to meet"
                before_status, sent_status = sent_status, status
                if kind == "visit" and attends_the_told(t, t_end, ctx):
                    found = told_attendance(t, t_end, rng, sent, ctx, speakers)  # "On the
                    # Palestinian side it was attended by X": X was at the talks told;
                    if ctx.lower[t] == "attended":  # and came to them from abroad, if
                        found += visit_events(t, t_end, rng, sent, ctx, status, speakers, needs)
                    # foreign; "Present at the meeting were X" tells no trip
                elif kind == "visit":
                    found = visit_events(t, t_end, rng, sent, ctx, status, speakers, needs)
                    if needs == "time_in" and time_with(t_end, rng, ctx):  # "spent the day
                        found += encounter_events(  # in Moscow with X": a stay and talks
                            "meeting", t, t_end, rng, sent, ctx, status, speakers, "time_with"
                        )
                    elif welcomed_by(t_end, rng, ctx):  # "was accorded a warm welcome by
                        found += encounter_events(  # X": an arrival and an encounter
                            "meeting", t, t_end, rng, sent, ctx, status, speakers, ""
                        )
                else:
                    found = encounter_events(
                        kind, t, t_end, rng, sent, ctx, status, speakers, needs
                    )
                    if ctx.lower[t] in CALLING_ON and found and _placed_in(rng, ctx):
                        found += visit_events(  # "visited X at the Mbale State Lodge": a
                            t, t_end, rng, sent, ctx, status, speakers, needs  # call on X,
                        )  # and a trip to where the clause places it; "at his home", none
                if not found and kind == "meeting" and refine_told_day(t, ctx, ctx.last_meeting):
                    continue  # "after the July 14 meeting": the day of the talks told
                found += airport_welcomes(found, t, rng, ctx)
                for ev in found:
                    ev.journey = ev.kind == "visit" and _next_journey(t, sent, ctx)
                    ev.welcome = ctx.lower[t] in _WELCOMES  # of the arrival's day
                found += previous_occasions(found, rng, ctx)
                moved_to = new_date(rng, ctx) if status == "planned" else None
                for ev in found if moved_to else ():
                    ev.date = moved_to  # "postponed his visit until September"
                visits = [e.visitor for e in found if e.kind == "visit"]
                ctx.last_visitors = list(dict.fromkeys(visits)) or ctx.last_visitors
                meetings = [e for e in found if e.kind == "meeting"]
                if meetings and ctx.lower[t] not in _WELCOMES:  # not a welcome on arrival
                    ctx.last_meeting, ctx.last_meetings = meetings[-1], meetings
                if not found:  # "X, who leads the mediation, ...": a trigger that tells
                    sent_status = before_status  # no act gives the sentence no tense
                if found:
                    seen_kinds.add(kind)
                    # a plan ("will represent India tomorrow") does not move the story's day
                    dates = [
                        e.date
                        for e in found
                        if ctx.is_current(e.date, days=2)
                        and e.status == "occurred"
                        and not getattr(e, "passing", False)  # "came from Delhi, where he
                    ]  # held talks on Sunday": a stop before the story's
                    if dates and not in_past_perfect_aside(t, ctx, reach=8) and not (
                        ctx.current is not None and in_who_aside(t, ctx)
                    ):
                        ctx.current = dates[-1]  # not "from Delhi, where he had arrived on
                        # Sunday night,"; nor, once the story has its day, "X, who arrived
                        # on Tuesday night, met Y": a step before it
                events.extend(found)
        if len(events) == told:  # "The trip has been postponed, her office said."
            call_off_the_trip(sent, ctx, events)
        events[told:] = put_off_then_made(events[told:], ctx)
        events.extend(gapped_travellers(sent, ctx, events[told:]))  # "..., and Y in 1982"
        _in_the_scene(sent, ctx, events[told:])
        if all(e.kind == "visit" for e in events[told:]):  # "A with B in Khartoum in May"
            events.extend(caption_encounters(sent, ctx))
        events.extend(earlier_trips(sent, ctx, events[told:]))  # "his second visit, after
        # October 2013"
        events.extend(listed_meetings(sent, ctx, events[told:]))
    heading_places(ctx, events)
    spouses = named_spouses(ctx)  # in the delegation, wherever the story follows them
    return [
        e
        for e in heading_visits(ctx) + events + listed_attendees(ctx)
        if not _resident_envoy(e, ctx) and not (e.kind == "visit" and e.visitor in spouses)
    ]


_RESIDENT_ENVOYS = ("ambassador", "high commissioner", "chargé", "charge d")


def _resident_envoy(ev: Event, ctx: Context) -> bool:
    """Whether ``ev`` is a visit by an envoy posted abroad ("India's Ambassador to the UAE,
    X, was also at the airport"): at their post, not on a visit (not an envoy at large)."""
    person = ctx.people.get(ev.visitor) if ev.kind == "visit" else None
    title = (person.title or "").casefold() if person is not None else ""
    return any(w in title for w in _RESIDENT_ENVOYS) and "large" not in title


class EventComponent:
    """Writes raw events to ``doc._.dg_events``."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, find_events(doc, self.lex))
        return doc

    def set_annotations(self, doc: Doc, events: list[Event]) -> None:
        doc._.dg_events = events


@Language.factory("diplograph_events", assigns=["doc._.dg_events"], default_config={})
def make_events(nlp: Language, name: str) -> EventComponent:
    """Factory for the event reader."""
    return EventComponent(lexicon())
