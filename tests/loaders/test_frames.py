"""Story frames: the dateline and the host fill in what an event's sentence leaves open."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.loaders.components.frames import entry_stamp
from diplograph.loaders.model import Article
from diplograph.loaders.pipeline import build_nlp, extract_article


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _meetings(nlp, text):
    ex = extract_article(Article(url="urn:t", text=text, published=dt.date(2019, 5, 10)), nlp)
    names = {p.key: p.name for p in ex.people}
    return {
        (tuple(sorted(names[k] for k in e.participants)), e.place, e.country)
        for e in ex.events
        if e.kind == "meeting"
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ghanaian President Kofi Mensah received Peruvian President Luis Vega in March "
            "2018.",
            (("Kofi Mensah", "Luis Vega"), None, "GH"),
        ),
        (
            "In 2016 Chilean President Ana Soto was welcomed by Norwegian Prime Minister Lars "
            "Berg for talks on salmon.",
            (("Ana Soto", "Lars Berg"), None, "NO"),
        ),
        (
            "Two years ago Norwegian Prime Minister Lars Berg hosted Kenyan President Amara "
            "Odinga at his residence.",
            (("Amara Odinga", "Lars Berg"), None, "NO"),
        ),
    ],
)
def test_frames_a_hosted_meeting_happens_in_the_host_s_country(nlp, text, expected):
    assert expected in _meetings(nlp, text)


def test_frames_a_meeting_with_no_host_verb_keeps_no_country(nlp):
    text = "In 2016 Chilean President Ana Soto met Norwegian Prime Minister Lars Berg."
    assert _meetings(nlp, text) == {(("Ana Soto", "Lars Berg"), None, None)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "OSLO - Chilean President Ana Soto met Norwegian Prime Minister Lars Berg on "
            "Thursday.",
            (("Ana Soto", "Lars Berg"), "Oslo", "NO"),
        ),
        (  # a plan of the coming days with the dateline country's own leader: there
            "OSLO - Chilean President Ana Soto will meet Norwegian Prime Minister Lars Berg "
            "on Monday.",
            (("Ana Soto", "Lars Berg"), "Oslo", "NO"),
        ),
        (  # a plan with no one of the dateline's country may happen anywhere
            "OSLO - Chilean President Ana Soto will meet Kenyan President William Ruto "
            "on Monday.",
            (("Ana Soto", "William Ruto"), None, None),
        ),
    ],
)
def test_frames_current_meetings_take_the_dateline(nlp, text, expected):
    assert expected in _meetings(nlp, text)


def test_frames_the_plans_of_a_called_off_trip_are_called_off(nlp):
    text = (
        "Chilean President Ana Soto has postponed her visit to Norway, her office said on "
        "Thursday. She was due to arrive in Oslo on Monday. On Tuesday she is scheduled to "
        "meet Norwegian Prime Minister Lars Berg in Oslo."
    )
    ex = extract_article(Article(url="urn:t", text=text, published=dt.date(2024, 7, 5)), nlp)
    assert ex.events and {e.status for e in ex.events} == {"cancelled"}


def test_frames_one_returns_home(nlp):
    text = (
        "Amara Odinga, chairman of the ruling party, returned to Nairobi on Friday after "
        "attending a ceremony in Oslo."
    )
    ex = extract_article(Article(url="urn:t", text=text, published=dt.date(2024, 7, 5)), nlp)
    assert {p.name: p.country for p in ex.people}.get("Amara Odinga") == "KE"
    assert [e.country for e in ex.events if e.kind == "visit"] == ["NO"]


def test_frames_a_meeting_on_a_trip_is_where_the_trip_went_not_at_the_dateline(nlp):
    text = (
        "NAIROBI, July 5 - Kenyan President Amara Odinga arrived in Oslo on Wednesday. On "
        "Thursday he held talks with Norwegian Prime Minister Lars Berg."
    )
    assert (("Amara Odinga", "Lars Berg"), "Oslo", "NO") in _meetings(nlp, text)


@pytest.mark.parametrize(
    "line, minutes",
    [
        ("14:40 - Air Force One has landed.", 14 * 60 + 40),
        ("**19:35** - The talks ended.", 19 * 60 + 35),
        ("11.35am: The Queen has received the Pope.", 11 * 60 + 35),
        ("6.42pm: The motorcade has left.", 18 * 60 + 42),
        ("12.05am: Still no word.", 5),
        ("12.30 p.m. BST - The leaders spoke.", 12 * 60 + 30),
        ("2.5 million people watched.", None),
    ],
)
def test_frames_entry_stamp_reads_a_live_blog_s_time_of_day(line, minutes):
    assert entry_stamp(line, 3) == minutes
