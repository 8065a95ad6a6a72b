"""Meetings, visits and calls read from hand-written sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import build_nlp, extract_article

FRIDAY = dt.date(2024, 7, 5)


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _events(nlp, text, published=FRIDAY):
    ex = extract_article(Article(url="urn:test", text=text, published=published), nlp)
    names = {p.key: p.name for p in ex.people}
    out = []
    for e in ex.events:
        who = (
            [names.get(e.visitor, e.visitor)]
            if e.kind == "visit"
            else sorted(names.get(k, k) for k in e.participants)
        )
        out.append((e.kind, tuple(who), e.date, e.place, e.country, e.status))
    return sorted(out)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kenyan President Amara Odinga met Norwegian Prime Minister Lars Berg in Oslo on "
            "Monday.",
            ("meeting", ("Amara Odinga", "Lars Berg"), "2024-07-01", "Oslo", "NO", "occurred"),
        ),
        (
            "Kenyan President Amara Odinga will meet Norwegian Prime Minister Lars Berg in Oslo "
            "on Monday.",
            ("meeting", ("Amara Odinga", "Lars Berg"), "2024-07-08", "Oslo", "NO", "planned"),
        ),
        (
            "Kenyan President Amara Odinga held talks with Norwegian Prime Minister Lars Berg at "
            "the "
            "Grand Hotel in Oslo in 2019.",
            ("meeting", ("Amara Odinga", "Lars Berg"), "2019", "Oslo", "NO", "occurred"),
        ),
    ],
)
def test_events_meeting_tense_date_and_city(nlp, text, expected):
    assert expected in _events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Amara Odinga did not meet Norwegian Prime Minister Lars Berg in Oslo.",
        "Kenyan President Amara Odinga may meet Norwegian Prime Minister Lars Berg in Oslo next "
        "week.",
        "Kenyan President Amara Odinga has no plans to meet Norwegian Prime Minister Lars Berg.",
        "It is unclear whether Kenyan President Amara Odinga will visit Norway.",
    ],
)
def test_events_denied_or_speculative_are_not_events(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kenyan President Amara Odinga spoke by phone with Norwegian Prime Minister Lars "
            "Berg on Tuesday.",
            ("call", ("Amara Odinga", "Lars Berg"), "2024-07-02", None, None, "occurred"),
        ),
        (
            "Kenyan President Amara Odinga held a phone call with Norwegian Prime Minister Lars "
            "Berg yesterday.",
            ("call", ("Amara Odinga", "Lars Berg"), "2024-07-04", None, None, "occurred"),
        ),
    ],
)
def test_events_calls_are_never_meetings(nlp, text, expected):
    events = _events(nlp, text)
    assert expected in events and all(e[0] != "meeting" for e in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kenyan President Amara Odinga arrived in Oslo on Wednesday for a two-day visit.",
            [("visit", ("Amara Odinga",), "2024-07-03", "Oslo", "NO", "occurred")],
        ),
        (
            "Kenyan President Amara Odinga will travel to Lima next month.",
            [("visit", ("Amara Odinga",), "2024-08", "Lima", "PE", "planned")],
        ),
        (
            "Kenyan President Amara Odinga has postponed his trip to Lima.",
            [("visit", ("Amara Odinga",), None, "Lima", "PE", "cancelled")],
        ),
        ("Kenyan President Amara Odinga flew to Mombasa on Monday.", []),
    ],
)
def test_events_visits_abroad_only(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(
    "text, visitors",
    [
        (
            "It was the first visit to Peru by a Danish prime minister since Karen Holm in 1999.",
            {("Karen Holm", "1999")},
        ),
    ],
)
def test_events_predecessor_visits(nlp, text, visitors):
    got = {(e[1][0], e[2]) for e in _events(nlp, text) if e[0] == "visit"}
    assert visitors <= got


@pytest.mark.parametrize(
    "text, n",
    [
        (
            "Kenyan President Amara Odinga arrived in Oslo on Monday. Odinga met Norwegian Prime "
            "Minister "
            "Lars Berg on Monday. The two leaders held talks again on Tuesday.",
            1,
        ),
    ],
)
def test_events_repeated_encounters_are_one_meeting(nlp, text, n):
    meetings = [e for e in _events(nlp, text) if e[0] == "meeting"]
    assert len(meetings) == n and meetings[0][2] == "2024-07-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kenyan President Amara Odinga and Ghanaian President Kofi Mensah held talks with "
            "Norwegian "
            "Prime Minister Lars Berg on Monday and Tuesday respectively.",
            {("Amara Odinga", "Lars Berg"), ("Kofi Mensah", "Lars Berg")},
        ),
    ],
)
def test_events_respectively_splits_meetings(nlp, text, expected):
    assert {e[1] for e in _events(nlp, text) if e[0] == "meeting"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ghanaian President Kofi Mensah held talks with Norwegian Prime Minister Lars Berg on "
            "Monday and, on Tuesday, with Kenyan President Amara Odinga.",
            {
                (("Kofi Mensah", "Lars Berg"), "2024-07-01"),
                (("Amara Odinga", "Kofi Mensah"), "2024-07-02"),
            },
        ),
    ],
)
def test_events_one_meeting_per_with_phrase(nlp, text, expected):
    assert {(e[1], e[2]) for e in _events(nlp, text) if e[0] == "meeting"} == expected


@pytest.mark.parametrize(
    "text, status",
    [
        ("Kenyan President Amara Odinga had been due to arrive in Oslo on Monday.", "cancelled"),
        ("Kenyan President Amara Odinga was to have stopped in Lima on Monday.", "cancelled"),
        ("After his visit to Peru, Kenyan President Amara Odinga will travel to Chile.", "planned"),
    ],
)
def test_events_unfulfilled_and_fronted_plans(nlp, text, status):
    assert {e[5] for e in _events(nlp, text) if e[0] == "visit"} == {status}


@pytest.mark.parametrize(
    "text",
    ["Kenyan President Amara Odinga meets Norwegian Prime Minister Lars Berg in Oslo\n\nNo more."],
)
def test_events_headlines_give_no_event(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text, visitors",
    [
        (
            "Among those attending the Lima summit are Kenyan President Amara Odinga and "
            "Norwegian Prime Minister Lars Berg.",
            {"Amara Odinga", "Lars Berg"},
        ),
    ],
)
def test_events_summit_attendance_is_a_visit(nlp, text, visitors):
    got = {e[1][0] for e in _events(nlp, text) if e[0] == "visit"}
    assert got == visitors


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "The summit in Lima runs from July 22 to 24. Kenyan President Amara Odinga is expected "
            "to attend.",
            "2024-07-22",
        ),
    ],
)
def test_events_attendance_takes_the_summit_date(nlp, text, date):
    assert {e[2] for e in _events(nlp, text) if e[0] == "visit"} == {date}
