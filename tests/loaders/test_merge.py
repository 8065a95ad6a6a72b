"""Merging event mentions into one event per occurrence (pure, no spaCy)."""

from __future__ import annotations

import pytest

from diplograph.loaders.components.merge import compatible_dates, merge_events
from diplograph.loaders.model import Event


def _visit(date, place=None, status="occurred", span=0):
    return Event(
        "visit", status, visitor="a", date=date, place=place, country="NO", spans=[(span, span + 1)]
    )


def _meeting(date, people=("a", "b"), place=None, country=None, status="occurred", span=0):
    return Event(
        "meeting",
        status,
        list(people),
        date=date,
        place=place,
        country=country,
        spans=[(span, span + 1)],
    )


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("2024-07-08", "2024-07", True),
        ("2024-07-08", "2024-07-09", False),
        (None, "2019", True),
        ("2019", "2020", False),
    ],
)
def test_merge_compatible_dates(a, b, expected):
    assert compatible_dates(a, b) is expected


@pytest.mark.parametrize(
    "events, n, date",
    [
        (
            [
                _meeting("2024-07-01", span=1),
                _meeting("2024-07-02", span=2),
                _visit("2024-07-01", "Oslo"),
            ],
            1,
            "2024-07-01",
        ),
        ([_meeting("2019", span=1), _meeting("2024-07-02", span=2)], 2, "2019"),
        (  # the host on Monday, the host and a third leader on Tuesday: two meetings
            [_meeting("2024-07-01", span=1), _meeting("2024-07-02", ("a", "b", "c"), span=2)],
            2,
            "2024-07-01",
        ),
        (  # the same day with one more person: one occasion
            [_meeting("2024-07-01", span=1), _meeting("2024-07-01", ("a", "b", "c"), span=2)],
            1,
            "2024-07-01",
        ),
        (  # a scrapped lunch on the day they met: part of the meeting that happened
            [_meeting("2024-07-01", span=1), _meeting("2024-07-01", status="cancelled", span=2)],
            1,
            "2024-07-01",
        ),
    ],
)
def test_merge_repeated_encounters_on_one_visit(events, n, date):
    meetings = [e for e in merge_events(events) if e.kind == "meeting"]
    assert len(meetings) == n and meetings[0].date == date


@pytest.mark.parametrize(
    "events, place, status",
    [
        (
            [_visit("2024-07-01", "Goa", span=1), _visit("2024-07-01", "Benaulim", span=2)],
            "Benaulim",
            "occurred",
        ),
        (
            [_visit(None, "Oslo", "planned", 1), _visit(None, "Oslo", "cancelled", 2)],
            "Oslo",
            "cancelled",
        ),
    ],
)
def test_merge_one_visit_per_trip(events, place, status):
    visits = merge_events(events)
    assert len(visits) == 1 and visits[0].place == place and visits[0].status == status


@pytest.mark.parametrize(
    "homes, place",
    [({"a": "KE", "b": "NO"}, "Oslo"), ({"a": "KE", "b": "FR"}, None)],
)
def test_merge_month_meetings_join_a_visit_only_with_the_host(homes, place):
    events = [_visit("2024-07", "Oslo", span=1), _meeting("2024-07", span=2)]
    meeting = next(e for e in merge_events(events, homes) if e.kind == "meeting")
    assert meeting.place == place


@pytest.mark.parametrize(
    "meeting_day, place",
    [("2024-03-12", "Lima"), ("2024-03-10", "Oslo"), ("2024-03-11", "Oslo")],
)
def test_merge_meeting_joins_the_latest_visit_begun_by_its_day(meeting_day, place):
    oslo = Event(
        "visit",
        "occurred",
        visitor="a",
        date="2024-03-10",
        place="Oslo",
        country="NO",
        spans=[(0, 1)],
    )
    lima = Event(
        "visit",
        "occurred",
        visitor="a",
        date="2024-03-12",
        place="Lima",
        country="PE",
        spans=[(1, 2)],
    )
    events = [oslo, lima, _meeting(meeting_day, span=3)]
    meeting = next(e for e in merge_events(events, {"a": "KE"}) if e.kind == "meeting")
    assert meeting.place == place


@pytest.mark.parametrize(
    "a, b, n",
    [
        ("2024-03-02", "2024-03-20", 2),
        ("2024-03-02", "2024-03-05", 1),
        ("2024-03-02", "2024-03", 1),
    ],
)
def test_merge_day_visits_far_apart_are_two_trips(a, b, n):
    events = [_visit(a, "Oslo", span=1), _visit(b, "Oslo", span=2)]
    assert len([e for e in merge_events(events) if e.kind == "visit"]) == n


def test_merge_meeting_joins_the_visit_told_just_before_it():
    tour = Event(
        "visit", "planned", visitor="a", date=None, place=None, country="PE", spans=[(0, 1)]
    )
    lima = Event(
        "visit",
        "planned",
        visitor="a",
        date="2024-03-12",
        place="Lima",
        country="PE",
        spans=[(10, 11)],
    )
    quito = Event(
        "visit",
        "planned",
        visitor="a",
        date="2024-03-13",
        place="Quito",
        country="EC",
        spans=[(30, 31)],
    )
    talks = _meeting("2024-03-13", status="planned", span=20)
    merged = merge_events([tour, lima, talks, quito], {"a": "KE"})
    meeting = next(e for e in merged if e.kind == "meeting")
    assert meeting.place == "Lima"


def test_merge_undated_mention_keeps_its_twins_date_not_the_visits():
    visit = _visit("2024-03-08", "Oslo", span=0)
    dated = _meeting("2024-03-09", span=1)
    undated = _meeting(None, span=2)
    merged = merge_events([visit, dated, undated], {"a": "KE", "b": "NO"})
    assert [e.date for e in merged if e.kind == "meeting"] == ["2024-03-09"]


@pytest.mark.parametrize(
    "people_a, people_b, merged",
    [
        (("a", "b"), ("a", "b"), 1),  # a scrapped lunch on the day they met: part of it
        (("a", "b", "c"), ("a", "b"), 2),  # the summit of three called off; two of them met
    ],
)
def test_merge_a_called_off_encounter_joins_only_the_same_people_s_meeting(
    people_a, people_b, merged
):
    cancelled = _meeting("2024-07-05", people_a, status="cancelled", span=0)
    held = _meeting("2024-07-05", people_b, status="occurred", span=5)
    assert len(merge_events([cancelled, held])) == merged


@pytest.mark.parametrize(
    "told, n",
    [
        ("2023-04", 2),  # "will hold talks with Xi" and "met Xi in April 2023": two
        ("2023", 2),
        ("2024-07-08", 1),  # a day: a plan misread, or the same talks told twice
    ],
)
def test_merge_an_undated_plan_and_a_vaguely_dated_encounter_stay_apart(told, n):
    plan = _meeting(None, status="planned", span=5)
    past = _meeting(told, status="occurred", span=1)
    assert len(merge_events([plan, past])) == n


@pytest.mark.parametrize("own", ["2023-02-27", "2023-02", "2022"])
def test_merge_one_sentence_tells_one_trip_whatever_the_story_day(own):
    """ "X had been in Damascus, ..., the first visit by an Egyptian minister to Syria": the
    noun dated only by the story's day is the trip the sentence told on its own day."""
    told = _visit(own, place="Damascus", span=40)
    noun = _visit("2023-03-18", span=40)
    noun.borrowed = True
    merged = merge_events([told, noun])
    assert [(e.date, e.place) for e in merged] == [(own, "Damascus")]


def test_merge_two_sentences_keep_two_trips():
    told = _visit("2023-02-27", place="Damascus", span=40)
    later = _visit("2023-03-18", span=90)
    later.borrowed = True
    assert len(merge_events([told, later])) == 2


def test_merge_days_of_one_trip_across_a_months_end():
    """ "arrived in Lima on Sunday, June 30 ... on Monday she went to the palace": one trip."""
    merged = merge_events([_visit("2024-06-30", place="Lima"), _visit("2024-07-01", span=50)])
    assert [(e.date, e.place) for e in merged] == [("2024-06-30", "Lima")]


def test_merge_trips_a_week_apart_across_a_months_end_stay_two():
    merged = merge_events([_visit("2024-06-26", place="Lima"), _visit("2024-07-03", span=50)])
    assert len(merged) == 2


def test_merge_meeting_that_happened_takes_nothing_from_a_leg_still_ahead():
    leg = Event("visit", "planned", visitor="a", country="TG", spans=[(10, 11)])
    talks = _meeting("2024-07-04", span=0)
    merged = merge_events([talks, leg], {"a": "CL", "b": "GH"})
    meeting = next(e for e in merged if e.kind == "meeting")
    visit = next(e for e in merged if e.kind == "visit")
    assert (meeting.country, visit.date) == (None, None)


@pytest.mark.parametrize("vague", ["2023-05", "2023"])
def test_merge_meeting_on_a_day_joins_the_visit_dated_to_a_day(vague):
    # "arrived last night from Japan, where he attended the G7 in May (... on the sidelines
    # he met Y). This morning X received him": the talks are in Papua New Guinea, not Japan
    here = Event("visit", visitor="a", date="2023-05-21", place="Port Moresby", country="PG",
                 spans=[(0, 1)])
    before = Event("visit", visitor="a", date=vague, place="Hiroshima", country="JP",
                   spans=[(0, 1), (5, 6)])
    talks = _meeting("2023-05-22", span=10)
    merged = merge_events([here, before, talks], {"a": "IN", "b": "PG"})
    meeting = next(e for e in merged if e.kind == "meeting")
    assert (meeting.place, meeting.country) == ("Port Moresby", "PG")
