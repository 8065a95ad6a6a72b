"""Date expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from diplograph.loaders.components.dates import find_dates

FRIDAY = dt.date(2024, 7, 5)


def _one(text: str, base=FRIDAY):
    found = find_dates(text, base)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, past, future",
    [
        ("talks on Monday", "2024-07-01", "2024-07-08"),
        ("talks on Friday", "2024-07-05", "2024-07-05"),
        ("next Tuesday", "2024-07-09", "2024-07-09"),
        ("last Tuesday", "2024-07-02", "2024-07-02"),
        ("yesterday", "2024-07-04", "2024-07-04"),
        ("tomorrow", "2024-07-06", "2024-07-06"),
        ("this evening", "2024-07-05", "2024-07-05"),
        ("last month", "2024-06", "2024-06"),
        ("next month", "2024-08", "2024-08"),
        ("earlier this month", "2024-07", "2024-07"),
        ("last year", "2023", "2023"),
        ("in March", "2024-03", "2025-03"),
        ("in November", "2023-11", "2024-11"),
        ("in October last year", "2023-10", "2023-10"),
        ("in February next year", "2025-02", "2025-02"),
        ("in May this year", "2024-05", "2024-05"),
        ("in the last week of March", "2024-03", "2025-03"),
        ("the first half of September 2022", "2022-09", "2022-09"),
    ],
)
def test_dates_relative_readings(text, past, future):
    m = _one(text)
    assert (m.past, m.future) == (past, future)


@pytest.mark.parametrize(
    "text, value",
    [
        ("on 3 March 2019", "2019-03-03"),
        ("on March 3, 2019", "2019-03-03"),
        ("from 14-16 June 2022", "2022-06-14"),
        ("June 14-16, 2022", "2022-06-14"),
        ("in May 2021", "2021-05"),
        ("back in 1998", "1998"),
        ("2023-11-02", "2023-11-02"),
    ],
)
def test_dates_absolute_precision_and_ranges(text, value):
    m = _one(text)
    assert m.past == m.future == value


@pytest.mark.parametrize(
    "text, base, value",
    [
        ("last week", dt.date(2024, 7, 10), "2024-07"),  # Mon 1 - Sun 7 July
        ("last week", dt.date(2024, 7, 3), "2024-06"),  # Mon 24 - Sun 30 June
        ("last week", dt.date(2024, 5, 8), "2024"),  # Mon 29 April - Sun 5 May
    ],
)
def test_dates_week_spans_take_month_or_year(text, base, value):
    assert _one(text, base).past == value


@pytest.mark.parametrize(
    "text", ["a $2019 billion deal", "up 2020 percent", "the 1923 Treaty of Lausanne"]
)
def test_dates_ignore_numbers_that_are_not_years(text):
    assert find_dates(text, FRIDAY) == []


@pytest.mark.parametrize(
    "text, base, past, future",
    [
        ("talks on Feb. 29", dt.date(2024, 7, 5), "2024-02-29", None),  # no 29 Feb 2025
        ("on 29 February", dt.date(2024, 1, 10), None, "2024-02-29"),  # no 29 Feb 2023
        ("February 29th", dt.date(2020, 11, 2), "2020-02-29", None),
    ],
)
def test_dates_leap_day_without_a_year_has_no_reading_in_a_common_year(text, base, past, future):
    # the reading in the year before or after used to raise ValueError (article skipped)
    m = _one(text, base)
    assert (m.past, m.future) == (past, future)


@pytest.mark.parametrize("text", ["on Feb 29", "29 February", "talks on February 29th"])
def test_dates_leap_day_of_a_common_year_is_no_date(text):
    assert find_dates(text, dt.date(2023, 6, 1)) == []


EDGES_OF_THE_CALENDAR = [dt.date.min, dt.date.max, dt.date(24, 7, 8), dt.date(9999, 1, 4)]


@pytest.mark.parametrize("base", EDGES_OF_THE_CALENDAR)
@pytest.mark.parametrize(
    "text",
    ["yesterday", "tomorrow", "last week", "next week", "on Wednesday", "next Sunday",
     "Aug 1", "in December", "last month", "next month", "last year", "next year",
     "a year ago", "two weeks ago", "in May next year"],
)
def test_dates_readings_stay_in_the_calendar(text, base):
    # a publication date typed "0024-..." or "9999-..." used to raise OverflowError, or give
    # years such as "23" or "10000" that are no xsd:gYear
    for m in find_dates(text, base):
        for value in (m.past, m.future):
            assert value is None or re.fullmatch(r"(?!0000)\d{4}(-\d\d(-\d\d)?)?", value)


@pytest.mark.parametrize(
    "text, base, past",
    [("last year", dt.date(24, 7, 8), "0023"), ("last month", dt.date(999, 1, 3), "0998-12"),
     ("a year ago", dt.date(305, 5, 5), "0304")],
)
def test_dates_early_years_have_four_digits(text, base, past):
    assert _one(text, base).past == past
