"""What a matched date expression means: its ``(past, future)`` readings.

:func:`resolve` turns one pattern's match (its kind and named groups, see
:mod:`.date_patterns`) into ISO 8601 values against the publication date, with
the calendar arithmetic of :mod:`.date_values`. Pure functions only.
"""

from __future__ import annotations

import datetime as dt
import re

from . import date_values as dv
from .date_patterns import DIRECTIONS, MONTHS, NUMBERS, WEEKDAYS

__all__ = ["Readings", "resolve", "numeric", "month_number", "day_number", "on", "weekday_name"]

def month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def day_number(groups: dict) -> int:
    return int(re.match(r"\d+", groups["d"]).group())


def on(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


Readings = tuple[str | None, str | None]


def _day_month(month: int, day: int, year: str | None, base: dt.date | None) -> Readings:
    """A day of a month, with its year or resolved against publication."""
    if year is not None:
        value = on(int(year), month, day)
        return value, value
    if base is None:
        return None, None
    return dv.day_month_readings(month, day, base) or (None, None)


def numeric(groups: dict, base: dt.date | None) -> tuple[str, Readings]:
    """ "08/07/2024": a part over 12 is the day; where both could be, the reading
    nearer publication wins (day first without a publication date)."""
    a, b, year = int(groups["a"]), int(groups["b"]), int(groups["y"])
    dmy, mdy = on(year, b, a), on(year, a, b)
    if dmy and mdy and dmy != mdy and base is not None:
        far = lambda v: abs((dt.date.fromisoformat(v) - base).days)  # noqa: E731
        kind = "mdy" if far(mdy) < far(dmy) else "dmy"
    else:
        kind = "dmy" if dmy else "mdy"
    value = dmy if kind == "dmy" else mdy
    return kind, (value, value)


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "fortnight": 14, "decade": 3652}


def _relative(rel: str, base: dt.date) -> Readings:
    """ "yesterday", "last week", "the weekend", "in the coming days", "two days ago"."""
    rel = " ".join(rel.lower().split())
    words = rel.split()
    fixed = {
        "today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "last evening": -1,
        "tomorrow": 1,
        "the day before yesterday": -2, "the day after tomorrow": 2,
    }  # fmt: skip
    if rel in fixed or rel.startswith("this ") and words[1] in ("morning", "afternoon", "evening"):
        v = (base + fixed.get(rel, 0) * dv.DAY).isoformat()
        return v, v
    if words[-1] == "weekend":
        return dv.weekend(base, {"last": "last", "next": "next", "past": "last"}.get(words[-2]))
    if words[0] == "in" and len(words) == 3 and (words[1] in NUMBERS or words[1].isdigit()):
        # "in two weeks", "in a fortnight"
        n = 1 if words[-1] == "fortnight" else NUMBERS.get(words[1]) or int(words[1])
        unit = words[-1].rstrip("s")
        d = base + n * _UNIT_DAYS[unit] * dv.DAY
        v = dv.iso(d, "day" if unit == "day" else "month")
        return None, v  # "her second trip in a fortnight" tells no day behind
    if "ago" in words[2:-1] and words[1].startswith("year"):  # "five years ago today"
        n = NUMBERS.get(words[0]) or int(words[0])
        d = dv.years_back(base, n)
        v = dv.iso(d, "day" if words[-1] == "today" else "month")
        return v, v
    if words[-1] == "ago":
        n = 1 if words[1] == "fortnight" else NUMBERS.get(words[0]) or int(words[0])
        unit = words[1].rstrip("s")
        if unit == "year" and n == 1:  # "a year ago": this month of last year (not "five
            return (v := dv.iso(dv.years_back(base, 1), "month")), v  # years ago": the year
        d = base - n * _UNIT_DAYS[unit] * dv.DAY
        v = dv.iso(d, "year" if unit == "decade" else unit if unit in ("day", "year") else "month")
        return v, v
    if words[-1] in ("month", "year") and "of" in words:  # "(the) end of the month": that
        words = words[words.index("of") + 1 :]  # month; "the start of next year": next year
        words[0] = "this" if words[0] == "the" else words[0]
    if words[-1] in ("days", "weeks", "months") or words[-1] == "ahead":
        return _stretch(words, base)
    return _calendar_unit(words, base)


def _stretch(words: list[str], base: dt.date) -> Readings:
    """ "in the coming days", "over recent weeks": a stretch of time next to publication."""
    unit = words[-2] if words[-1] == "ahead" else words[-1]
    length = {"days": 7, "weeks": 21, "months": 90}[unit]
    behind = bool({"recent", "past", "last"} & set(words))
    v = dv.days_from(base, -length, 0) if behind else dv.days_from(base, 0, length)
    return v, v


def _calendar_unit(words: list[str], base: dt.date) -> Readings:
    """This, last or next week, month or year; "earlier this week"; "the past month"."""
    unit = words[-1]
    if words[0] in ("past", "coming") or words[:2] == ["this", "past"]:
        length = {"week": 7, "month": 30, "year": 365}[unit]
        v = dv.days_from(base, -length, 0) if "past" in words else dv.days_from(base, 0, length)
        return v, v
    offset = -1 if words[0] == "last" else 1 if words[0] == "next" else 0
    if words[0] == "earlier" and unit == "week":
        v = dv.span_value(base - base.weekday() * dv.DAY, base)
    elif words[0] == "later" and unit == "week":
        v = dv.span_value(base, base + (6 - base.weekday()) * dv.DAY)
    elif unit == "week":
        v = dv.week(base, offset)
    elif unit == "month":
        v = dv.month_shift(base, offset)
    else:
        v = str(base.year + offset)
    return v, v


def weekday_name(groups: dict) -> str:
    return groups["wd"].rstrip(".").lower()


def _direction(groups: dict) -> str | None:
    """ "last", "next", "this" or None, from the word before a weekday, month or season
    (or after a weekday: "on Monday last", as Indian and British English write it)."""
    word = (groups.get("dir") or "").lower() or None
    return groups.get("post") or DIRECTIONS.get(word, word)


def resolve(kind: str, groups: dict, base: dt.date | None) -> Readings:
    """(past, future) readings of one matched expression (pure)."""
    if kind == "y":
        return groups["y"], groups["y"]
    if kind == "iso":
        value = on(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        return value, value
    if kind == "num":
        return numeric(groups, base)[1]
    if kind in ("mdy", "dmy"):
        return _day_month(month_number(groups["m"]), day_number(groups), groups.get("y"), base)
    if kind == "my" or kind == "wkm" and groups.get("y"):
        v = f"{int(groups['y']):04d}-{month_number(groups['m']):02d}"
        return v, v
    if kind == "season" and groups.get("y"):
        return groups["y"], groups["y"]
    if base is None or kind in ("hijri", "that", "thatm", "after"):
        return None, None  # joined with a neighbour, or unresolvable alone
    if kind in ("m", "wkm"):
        return dv.month_readings(month_number(groups["m"]), _direction(groups), base)
    if kind == "mry":
        year = base.year + {"last": -1, "this": 0, "next": 1}[groups["dir"]]
        v = f"{year:04d}-{month_number(groups['m']):02d}"
        return v, v
    if kind == "season":
        return dv.season_readings(groups["s"].lower(), _direction(groups), base)
    if kind == "dom":
        return dv.day_of_month_readings(day_number(groups), _direction(groups), base)
    if kind == "wd":
        return dv.weekday_readings(WEEKDAYS[weekday_name(groups)], _direction(groups), base)
    return _relative(groups["rel"], base)
