"""Join the mentions of one occurrence into one event, and share attributes.

The guidelines count one real-world occurrence once: "Modi met Putin" and "the
two leaders held talks" about the same occasion are one meeting; repeated
encounters during one visit are one meeting dated to the first; one trip to one
country is one visit (place: the first city named). A meeting during a visit
takes the visit's place; a visit or meeting with no date of its own takes the
date of its partner.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Event
from .enclaves import enclave_meetings, homecomings
from .frames import (
    arrived_later,
    called_off_trips,
    dateline_places,
    dateline_plans,
    ended_before,
    ends_only,
    host_countries,
    only_cities,
    stamp_entries,
)
from .guessed_hosts import infer_hosts
from .lexicon import lexicon
from .meeting_trips import leaves_after, left_before
from .planned_trips import meetings_of_planned_trips
from .story_setting import meetings_at_home, setting_country
from .tokenizer import text_of
from .trip_legs import stops_of_trips

__all__ = ["merge_events", "compatible_dates", "set_merged"]

_RANK = {"day": 3, "month": 2, "year": 1}


def _precision(date: str | None) -> int:
    return 0 if not date else {10: 3, 7: 2, 4: 1}.get(len(date), 0)


def compatible_dates(a: str | None, b: str | None) -> bool:
    """Whether two dates may describe one occurrence (one contains the other, or one is missing)."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _near(a: str | None, b: str | None) -> bool:
    """Dates of one visit's encounters: compatible, days of the same month, or days a few
    apart across a month's end ("arrived on Sunday, June 30; on Monday she went")."""
    if compatible_dates(a, b) or (a is not None and b is not None and a[:7] == b[:7]):
        return True
    return 0 < _days_apart(a, b) <= 4


def _earliest(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    if a.startswith(b) or b.startswith(a):
        return a if _precision(a) >= _precision(b) else b
    return min(a, b)


def _is_region(name: str | None) -> bool:
    place = lexicon().places.get(name) if name else None
    return place is not None and place.kind == "region"


def _first_told(a: Event, b: Event) -> str | None:
    """The earlier of two mentions' days; but a day a mention only borrowed from the story
    ("During the talks, X said ...") gives way to a day told for the same occurrence,
    whichever is told first; not a welcome's told first (the arrival's day, the story's,
    is the first encounter's: "Y welcomed X at the airport. This morning, they signed ...")."""
    borrowed_a, borrowed_b = getattr(a, "borrowed", False), getattr(b, "borrowed", False)
    if borrowed_a != borrowed_b and _precision(a.date) == _precision(b.date) == 3:
        borrowed, told = (a, b) if borrowed_a else (b, a)
        if not getattr(borrowed, "welcome", False) or _told_at(borrowed) > _told_at(told):
            return told.date
    return _earliest(a.date, b.date)


def _told_at(ev: Event) -> int:
    return ev.spans[0][0] if ev.spans else 0


def _absorb(into: Event, other: Event) -> None:
    continued = _continued(into, other)
    # talks held, then their sequel planned: dated to the talks, whatever each borrowed
    into.date = min(into.date, other.date) if continued else _first_told(into, other)
    into.borrowed = getattr(into, "borrowed", False) and getattr(other, "borrowed", False)
    if (
        _is_region(into.place)
        and other.place
        and not _is_region(other.place)
        and into.country == other.country
    ):
        into.place = other.place  # "Goa" then "Benaulim": the most specific place
    if into.place is None and other.place is not None and (into.country in (None, other.country)):
        into.place, into.country = other.place, other.country
    into.country = into.country or other.country
    into.occasion = into.occasion or other.occasion
    departure = [e for e in (into, other) if getattr(e, "departure", False)]
    if (
        len(departure) == 1
        and into.date == other.date
        and {into.status, other.status} == {"occurred", "planned"}
        and not set(into.spans) & set(other.spans)  # not "left Accra on Sunday for Nairobi,
    ):  # where he will attend the summit": what he goes for lies ahead, the journey is made
        # "left Tokyo on Sunday for the US" and "is due to arrive in Washington later on
        into.status = "planned"  # Sunday": on the way, there only later
        into.departure = True
    elif (
        into.status != other.status
        and "occurred" in (into.status, other.status)
        and (
            into.date == other.date
            or _undated_called_off(into, other)
            or continued
        )
    ):
        into.status = "occurred"  # "held talks on Friday; a planned lunch was scrapped"
    elif "cancelled" in (into.status, other.status):
        into.status = "cancelled"  # announced, then called off
    for k in other.participants:
        if k not in into.participants:
            into.participants.append(k)
    for span in other.spans:
        if span not in into.spans:
            into.spans.append(span)
            into.evidence = (into.evidence + " " + other.evidence).strip()


def _undated_called_off(a: Event, b: Event) -> bool:
    """Whether one of two mentions is an undated part called off of the other, which
    happened ("A planned lunch was scrapped")."""
    return any(x.status == "cancelled" and x.date is None and y.date for x, y in ((a, b), (b, a)))


def _same_meeting(a: Event, b: Event) -> bool:
    sa, sb = set(a.participants), set(b.participants)
    if not (sa <= sb or sb <= sa):
        return False
    if _told_apart(a, sb) or _told_apart(b, sa):
        return False  # "received A and B separately before the three sat down to lunch"
    if sa != sb and _precision(a.date) == _precision(b.date) == 3 and a.date != b.date:
        return False  # the host on Tuesday, the host and a third leader on Wednesday: two
    if a.country and b.country and a.country != b.country:
        return False
    if {a.status, b.status} == {"planned", "occurred"} and _vague_and_alone(a.date, b.date):
        return False  # "will hold talks with Xi" and "last met Xi in April 2023": two
    if _continued(a, b):
        return True  # "began talks this evening and will meet again tomorrow": one visit's
    if a.status != b.status and not (a.date is None or b.date is None):
        if not (
            _precision(a.date) == 3
            and a.date == b.date
            and "occurred" in (a.status, b.status)
            and sa == sb  # not "the summit of three was called off; two of them met"
        ):
            return False  # but "a planned lunch was scrapped" the day they met: a part of it
    return _near(a.date, b.date) if a.country or b.country else compatible_dates(a.date, b.date)


def _continued(a: Event, b: Event) -> bool:
    """Whether two mentions of the same people's meeting are talks held and their sequel
    planned in the same country a few days on: the encounters of one visit, one meeting
    dated to the first."""
    if a.kind != "meeting" or {a.status, b.status} != {"occurred", "planned"}:
        return False
    held, planned = (a, b) if a.status == "occurred" else (b, a)
    if set(a.participants) != set(b.participants) or not (a.country or b.country):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if _precision(held.date) != 3 or _precision(planned.date) != 3:
        return False
    return _gap(planned.date, held.date) <= 4  # the sequel on the day or a few days on


def _told_apart(meeting: Event, others: set[str]) -> bool:
    """Whether ``meeting`` was told as one of several held apart ("held separate talks with
    A and B") and ``others`` holds a partner of another of them: a joint meeting, not it."""
    return bool(others.intersection(getattr(meeting, "apart_from", ())))


def _vague_and_alone(a: str | None, b: str | None) -> bool:
    """Whether one of two dates is missing and the other is only a month or a year: a
    plan with no day and an encounter of some month are no evidence of one event."""
    told = a or b
    return (a is None or b is None) and told is not None and _precision(told) < 3


def _days_apart(a: str | None, b: str | None) -> int:
    if not a or not b or len(a) != 10 or len(b) != 10:
        return 0
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _same_visit(a: Event, b: Event) -> bool:
    if (
        (getattr(a, "earlier", False) or getattr(b, "earlier", False))
        and a.date
        and b.date
        and a.date != b.date
    ):
        return False  # "Starmer was last in Kyiv earlier this year": not this trip
    if _one_sentence_one_trip(a, b):
        return True  # "X had been in Damascus, ..., the first visit by an Egyptian
        # minister to Syria": the trip the sentence told, its day not the story's
    if a.status == b.status and _days_apart(a.date, b.date) > 7 and not ended_before(a, b):
        return False  # "her second trip to India in a fortnight": two trips
    return (
        a.visitor == b.visitor
        and a.country == b.country
        and a.date
        and b.date
        and (compatible_dates(a.date, b.date) or _near(a.date, b.date))
    ) or (a.visitor == b.visitor and a.country == b.country and (a.date is None or b.date is None))


def _one_sentence_one_trip(a: Event, b: Event) -> bool:
    """Two visits of one sentence by the same visitor to the same country, one of them dated
    only by the story's day: one trip."""
    return (
        a.visitor == b.visitor
        and a.country == b.country
        and a.status == b.status
        and a.spans[:1] == b.spans[:1]
        and getattr(a, "borrowed", False) != getattr(b, "borrowed", False)
    )


def _merge_kind(events: list[Event], kind: str) -> list[Event]:
    same = _same_visit if kind == "visit" else _same_meeting
    merged: list[Event] = []
    for ev in events:
        target = (
            next((m for m in merged if m.kind == kind and same(m, ev)), None)
            if ev.kind == kind
            else None
        )
        if target is None:
            merged.append(ev)
        else:
            _absorb(target, ev)
    return merged


def merge_events(events: list[Event], homes: dict[str, str | None] | None = None) -> list[Event]:
    """One event per occurrence (pure). Visits merge first, so that meetings held
    during a visit know its place before they are compared."""
    merged = sorted(events, key=lambda e: e.spans[0][0] if e.spans else 0)
    homes = homes or {}
    merged = _merge_kind(merged, "visit")
    ends_only(merged)  # "has wrapped up a visit to Beijing": its month, if no start is told
    _share(merged, homes)
    merged = _merge_kind(_merge_kind(merged, "meeting"), "call")
    _share(merged, homes)
    return merged


def _during(meeting: str | None, visit: str | None) -> bool:
    """Whether a meeting on ``meeting`` can fall in a visit starting ``visit`` (a few days)."""
    if not meeting or not visit or len(meeting) != 10 or len(visit) != 10:
        return compatible_dates(meeting, visit)
    gap = (dt.date.fromisoformat(meeting) - dt.date.fromisoformat(visit)).days
    return 0 <= gap <= 4


def _gap(meeting: str | None, visit: str | None) -> int:
    """Days from a visit's start to a meeting (0 where either is not a day)."""
    if not meeting or not visit or len(meeting) != 10 or len(visit) != 10:
        return 0
    gap = (dt.date.fromisoformat(meeting) - dt.date.fromisoformat(visit)).days
    return gap if gap >= 0 else 1000


def _closeness(meeting: Event, visit: Event) -> tuple[int, int, int, int]:
    """Which visit a meeting most likely belongs to: one told before it, dated to a day if
    the meeting is ("arrived last night from Japan, where he attended the G7 in May":
    today's talks are not in Japan), nearest in the text, then the latest begun by its day."""
    m = meeting.spans[0][0] if meeting.spans else 0
    vaguer = int(len(meeting.date or "") == 10 and len(visit.date or "") != 10)
    before = [m - s for s, _ in visit.spans if s <= m]
    if before:
        return (0, vaguer, min(before), _gap(meeting.date, visit.date))
    after = [s - m for s, _ in visit.spans] or [0]
    return (1, vaguer, min(after), _gap(meeting.date, visit.date))


def _later_and_vaguer(visit: Event, meeting: Event) -> bool:
    """Whether ``visit`` is told only after ``meeting`` and dated less precisely."""
    told_before = any(s <= meeting.spans[0][0] for s, _ in visit.spans) if meeting.spans else True
    return (
        not told_before
        and bool(meeting.date)
        and bool(visit.date)
        and _precision(visit.date) < _precision(meeting.date)
    )


def _dated_twin(meeting: Event, events: list[Event]) -> bool:
    """Whether another mention of the same people's meeting carries a date."""
    people = set(meeting.participants)
    return any(
        e is not meeting and e.kind == "meeting" and e.date and set(e.participants) == people
        for e in events
    )


def _share(events: list[Event], homes: dict[str, str | None]) -> None:
    """Meetings during a visit take its place; undated partners take each other's date.

    A meeting known only to the month counts as part of a visit only if it is with the
    host side: someone from the destination country, or whose country is not told.
    """
    visits = [e for e in events if e.kind == "visit"]
    for meeting in (e for e in events if e.kind == "meeting"):
        # the latest visit begun by the meeting's day first: "in Moscow on July 8, then
        # to Vienna on July 9 ... talks with Nehammer on July 10" is Vienna
        for visit in sorted(visits, key=lambda v: _closeness(meeting, v)):
            if meeting.status == "occurred" and visit.status != "occurred":
                continue  # "received Y on Tuesday. Y's tour will also take him to A": not in A
            if visit.visitor not in meeting.participants or leaves_after(meeting, visit):
                continue  # "will meet X before travelling to Mombasa": not there yet
            if left_before(meeting, visit):
                continue  # "met X as Y returned from Washington": no longer there
            others = [homes.get(k) for k in meeting.participants if k != visit.visitor]
            vague = not meeting.date or len(meeting.date) < 10
            if vague and others and not any(c in (None, visit.country) for c in others):
                continue
            if arrived_later(visit, meeting):
                continue  # "14:40 - landed in Doha" after "11:15 - met X" the same day
            if getattr(visit, "passing", False) and not visit.date and not meeting.country:
                continue  # "arrived from Addis on Monday for talks": not at the stop before
            if meeting.country not in (None, visit.country) or not _during(
                meeting.date, visit.date
            ):
                continue
            if _later_and_vaguer(visit, meeting):
                continue  # "X met Y on Friday. X had flown in from Bali, where he met Z
                # earlier in the week": a trip told afterwards, known to the month, is
                # another one
            if meeting.place is None and meeting.country in (None, visit.country):
                meeting.place, meeting.country = visit.place, visit.country
            if meeting.date is None and visit.date is not None and not _dated_twin(meeting, events):
                meeting.date = visit.date  # unless the same talks are dated elsewhere
            if visit.date is None and meeting.date is not None:
                visit.date = meeting.date
            if visit.place is None and meeting.place and meeting.country == visit.country:
                visit.place = meeting.place
            break


@Language.component(
    "diplograph_event_merge", assigns=["doc._.dg_events"], requires=["doc._.dg_events"]
)
def set_merged(doc: Doc) -> Doc:
    """Replace the raw events of ``doc`` with merged ones."""
    # the Doc's attributes read once each: every ``doc._`` builds an Underscore object
    people, published, dateline = doc._.dg_people, doc._.dg_published, doc._.dg_dateline
    guessed = doc.user_data.get("dg_guessed_country", set())
    # an organisation's official has no home country: met on a trip, met where the trip went
    homes = {k: (None if k in guessed else p.country) for k, p in (people or {}).items()}
    # a current event with no place, told before the trip's later cities, is where the
    # story was filed: its city comes first ("held talks here ... will then travel to X")
    raw = doc._.dg_events
    stamp_entries(text_of(doc), raw or [])
    dateline_places(raw or [], dateline, published, raw=True, homes=homes)
    events = doc._.dg_events = merge_events(raw or [], homes)
    dateline_places(events, dateline, published, homes=homes)
    infer_hosts(
        events,
        people or {},
        doc.user_data.setdefault("dg_guessed_country", set()),
        doc.user_data.get("dg_country_candidates", {}),
    )
    host_countries(doc, events, people or {}, guessed)
    # "In May the UN rights chief met President X": where the story is set
    setting = setting_country(dateline, events, published)
    meetings_at_home(events, setting, homes, published)
    enclave_meetings(events, people or {})  # the Pope's guests: Vatican City
    events[:] = homecomings(events, people or {}, guessed)  # the Pope back to Rome
    meetings_of_planned_trips(events, homes)  # "As part of the visit, X will meet"
    every = {k: p.country for k, p in (people or {}).items()}  # guessed ones too
    dateline_plans(events, dateline, published, homes, every)
    only_cities(doc, events, published, lexicon())
    called_off_trips(events)
    stops_of_trips(events, homes)  # "In Luanda, he held talks with X before flying on"
    return doc
