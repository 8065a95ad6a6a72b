"""Calendar arithmetic behind the date readings: pure functions of a publication date.

Every function returns ISO 8601 strings at the precision the expression allows
("2024-07-08", "2024-07" or "2024"), as a ``(past, future)`` pair where the
reading depends on whether the event lies behind or ahead at publication. The
rule for periods comes from the annotation guidelines: a span that is not one
day takes its month when it lies within one month, else its year.
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "iso",
    "span_value",
    "week",
    "weekend",
    "weekday_readings",
    "weekday_in_week",
    "month_readings",
    "day_month_readings",
    "day_of_month_readings",
    "dated_weekday",
    "month_shift",
    "season_readings",
    "days_from",
]

DAY = dt.timedelta(days=1)
# meteorological seasons of the northern hemisphere, where most wire copy is written
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
SEASONS["fall"] = SEASONS["autumn"]


def iso(d: dt.date, precision: str) -> str:
    """``d`` written at day, month or year precision."""
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": str(d.year)}[precision]


def span_value(first: dt.date, last: dt.date) -> str:
    """A period: its month when it lies within one month, else its year."""
    if (first.year, first.month) == (last.year, last.month):
        return iso(first, "month")
    return str(first.year) if first.year == last.year else str(last.year)


def days_from(base: dt.date, first: int, last: int) -> str:
    """The period from ``first`` to ``last`` days after ``base`` (negative: before)."""
    return span_value(base + first * DAY, base + last * DAY)


def week(base: dt.date, offset: int) -> str:
    """The calendar week (Monday to Sunday) ``offset`` weeks from the one holding ``base``."""
    monday = base - base.weekday() * DAY + dt.timedelta(weeks=offset)
    return span_value(monday, monday + 6 * DAY)


def weekend(base: dt.date, direction: str | None) -> tuple[str, str]:
    """A weekend: the one behind ``base`` (past) and the one ahead (future); a story
    filed on a Saturday or Sunday reads "this weekend" as its own."""
    wd = base.weekday()
    if wd >= 5:
        past = future = base - (wd - 5) * DAY
    else:
        past, future = base - (wd + 2) * DAY, base + (5 - wd) * DAY
    if direction == "last":
        past = future = past - 7 * DAY if wd >= 5 else past
    elif direction == "next":
        past = future = future + 7 * DAY if wd >= 5 else future
    return span_value(past, past + DAY), span_value(future, future + DAY)


def weekday_readings(target: int, direction: str | None, base: dt.date) -> tuple[str, str]:
    """A weekday: the last such day on or before ``base`` and the next on or after it;
    "last" and "next" fix one reading and skip ``base`` itself."""
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    past = (base - (back or (7 if direction == "last" else 0)) * DAY).isoformat()
    future = (base + (ahead or (7 if direction == "next" else 0)) * DAY).isoformat()
    if direction == "last":
        future = past
    elif direction == "next":
        past = future
    return past, future


def weekday_in_week(target: int, offset: int, base: dt.date) -> str:
    """ "on Monday next week": that weekday in the week ``offset`` weeks from ``base``'s."""
    monday = base - base.weekday() * DAY + dt.timedelta(weeks=offset)
    return (monday + target * DAY).isoformat()


def month_readings(month: int, direction: str | None, base: dt.date) -> tuple[str, str]:
    """A month without a year: the latest such month up to ``base`` and the next from it.
    "last October" is the latest before the current month, "next April" the first after
    it, "this April" the one of the publication year."""
    past_year = base.year if month <= base.month else base.year - 1
    future_year = base.year if month >= base.month else base.year + 1
    if direction == "last":
        future_year = past_year = base.year if month < base.month else base.year - 1
    elif direction == "next":
        past_year = future_year = base.year if month > base.month else base.year + 1
    elif direction == "this":
        past_year = future_year = base.year
    return f"{past_year:04d}-{month:02d}", f"{future_year:04d}-{month:02d}"


def day_month_readings(month: int, day: int, base: dt.date) -> tuple[str, str] | None:
    """A day and month without a year: the latest such day up to ``base`` (a day of slack
    for a story filed the evening before) and the next from it; None if no such day."""
    try:
        this = dt.date(base.year, month, day)
    except ValueError:
        return None
    past = this if this <= base + DAY else _other_year(this, -1)
    future = this if this >= base - DAY else _other_year(this, 1)
    if past is None or future is None:
        return None
    return past.isoformat(), future.isoformat()


def day_of_month_readings(day: int, direction: str | None, base: dt.date) -> tuple[str, str]:
    """ "on the 20th": that day of the publication month, or of the month before (past)
    or after (future) where the day has not come or has gone; "of next month" and "of last
    month" fix one."""
    this = dt.date(base.year, base.month, 1)
    past = this if day <= base.day + 1 else _add_months(this, -1)
    future = this if day >= base.day - 1 else _add_months(this, 1)
    if direction in ("last", "next"):
        past = future = _add_months(this, -1 if direction == "last" else 1)
    elif direction in ("this", "the"):
        past = future = this
    return _with_day(past, day), _with_day(future, day)


def _add_months(first: dt.date, offset: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + offset
    return dt.date(index // 12, index % 12 + 1, 1)


def _with_day(first: dt.date, day: int) -> str:
    """``day`` of ``first``'s month, or the month alone where it has no such day."""
    try:
        return first.replace(day=day).isoformat()
    except ValueError:
        return first.isoformat()[:7]


def _other_year(d: dt.date, step: int) -> dt.date | None:
    try:
        return d.replace(year=d.year + step)
    except ValueError:  # 29 February
        return None


def dated_weekday(target: int, month: int, day: int, base: dt.date) -> str | None:
    """ "Tuesday, September 2" with no year: the year, next to publication, in which that
    day is that weekday (nearest to ``base`` when several are)."""
    found = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == target:
            found.append(d)
    if not found:
        return None
    return min(found, key=lambda d: abs((d - base).days)).isoformat()


def years_back(base: dt.date, n: int) -> dt.date:
    """The same day ``n`` years before ``base`` (28 February for a 29th with no leap)."""
    try:
        return base.replace(year=base.year - n)
    except ValueError:
        return base.replace(year=base.year - n, day=28)


def month_shift(base: dt.date, offset: int) -> str:
    """The month ``offset`` months from the month of ``base``."""
    index = base.year * 12 + base.month - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _season_span(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """First and last day of the season that begins in ``year`` (a winter ends the next)."""
    end_year = year + (last < first)
    return dt.date(year, first, 1), dt.date(end_year + (last == 12), last % 12 + 1, 1) - DAY


def season_readings(season: str, direction: str | None, base: dt.date) -> tuple[str, str]:
    """A season without a year: the latest that has begun by ``base`` (past) and the
    next that has not ended by it (future); "last", "next" and "this" fix one. A season
    spans three months, so its value is a year."""
    first, last = SEASONS[season]
    begun = base.year if dt.date(base.year, first, 1) <= base else base.year - 1
    ended = _season_span(begun, first, last)[1] < base
    past, future = begun, begun + ended
    if direction == "last":
        past = future = begun if ended else begun - 1
    elif direction == "next":
        past = future = begun + 1
    elif direction == "this":
        past = future = base.year - 1 if last < first and base.month <= last else base.year
    return span_value(*_season_span(past, first, last)), span_value(
        *_season_span(future, first, last)
    )
