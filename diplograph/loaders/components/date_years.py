"""The years of days told without one, read from the dates around them.

Helpers of :mod:`.dates`, run over its matches before and after neighbours are
joined: "that year" takes the year of the latest date before it that tells its
year; a day told without its year after a date of an earlier year in the same
sentence falls in that year; a day of the past week told without its year is that
day, also for a plan. They change a match's readings in place and keep the rest.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

from .date_patterns import NUMBERS
from .date_readings import day_number, month_number, on
from .date_values import span_value
from .sentences import sentence_starts

if TYPE_CHECKING:
    from .dates import _Match

__all__ = [
    "anaphoric_years", "story_distances", "moved_by", "years_of_the_sentence", "just_past_days",
    "within_the_told",
]


def _year_told(m: _Match) -> bool:
    """Whether the text gives ``m``'s year, by number or relative to publication."""
    if m.has_year or m.kind == "mry":
        return True
    if m.kind in ("m", "season"):
        return (m.groups.get("dir") or "").lower() in ("last", "next", "this", "past", "coming")
    return m.kind == "rel" and m.groups["rel"].lower().endswith("year")


def anaphoric_years(found: list[_Match]) -> None:
    """ "that year" (and "that August" its month) takes the year of the latest date before
    it that tells its year ("in 2019", "last October", "last year"; not "in June" or "on
    May 3")."""
    year = None
    for m in found:
        if m.kind == "that":
            m.past = m.future = year
        elif m.kind == "thatm":  # "that August"
            month = month_number(m.groups["m"])
            m.past = m.future = f"{year}-{month:02d}" if year else None
        elif m.past and _year_told(m):
            year = m.past[:4]


_SIDES = {"following": 1, "next": 1, "later": 1, "previous": -1, "earlier": -1, "same": 0}
_LENGTH = {"year": 4, "month": 7, "day": 10}
_DATE_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:on|in)?[^\S\n]*")


def story_distances(text: str, found: list[_Match]) -> None:
    """ "in April 2018, and the following month", "two years later", "a year earlier",
    "later that month": the date the story told last moved by the distance, at the
    distance's unit; none where no date told before is that precise, or where a date of
    its own follows ("A month later, on February 9, ..."). Days and weeks count back too
    ("Four days earlier X had flown to Ankara"); months counted back ("the previous
    month") are left unread: measured, they moved the held-out stories' events off their
    places more often than they dated them."""
    told: _Match | None = None
    for k, m in enumerate(found):
        if m.kind == "after":
            g = m.groups
            unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4")).lower()
            side = (g.get("dir") or g.get("side") or "same").lower()
            n = NUMBERS.get(g.get("n", "").lower()) or int(g["n"]) if g.get("n") else 1
            n = 0 if side == "same" or not (g.get("unit") or g.get("unit2")) else n
            if unit == "week":  # "a week earlier", "two weeks later": seven days each
                unit, n = "day", 7 * n
            later = found[k + 1] if k + 1 < len(found) else None
            own = later is not None and _DATE_AFTER.fullmatch(text, m.end, later.start)
            m.past = m.future = None
            if told is not None and not own and (_SIDES.get(side, 1) >= 0 or unit != "month"):
                m.past = moved_by(told.past, n * _SIDES.get(side, 1), unit)
                m.future = moved_by(told.future, n * _SIDES.get(side, 1), unit)
        if m.past or m.future:
            told = m


_WITHIN = re.compile(r"(?i:(?P<side>earlier|later) in the (?P<unit>week|month|year))")


def within_the_told(found: list[_Match], base: dt.date | None) -> None:
    """ "Later in the month", "earlier in the year", "later in the week": a part of the
    month, year or week the story told last, where the story told one that precise ("X
    visited Lisbon on 12 September 2019. Later in the month, Y travelled to Abuja": 2019-09);
    else, as "later this month", of publication's. The reading ahead keeps publication's
    unless the date told is itself ahead ("will arrive on 3 May and fly on later in the
    week")."""
    told: _Match | None = None
    for m in found:
        within = _WITHIN.fullmatch(m.groups.get("rel") or "") if m.kind == "rel" else None
        if within and told is not None:
            side, unit = within["side"].lower(), within["unit"].lower()
            past = _part_of(told.past, side, unit)
            ahead = told.future is not None and base is not None and told.future >= base.isoformat()
            m.past = past or m.past
            m.future = (_part_of(told.future, side, unit) if ahead else None) or m.future
        elif m.past or m.future:
            told = m


def _part_of(value: str | None, side: str, unit: str) -> str | None:
    """The month or year of ``value``, or the rest of its week before or after it."""
    if value is None or len(value) < _LENGTH["day" if unit == "week" else unit]:
        return None
    if unit != "week":
        return value[: _LENGTH[unit]]
    day = dt.date.fromisoformat(value[:10])
    monday, sunday = day - dt.timedelta(day.weekday()), day + dt.timedelta(6 - day.weekday())
    return span_value(monday, day) if side == "earlier" else span_value(day, sunday)


def moved_by(value: str | None, n: int, unit: str) -> str | None:
    """``value`` moved ``n`` days, months or years, at that unit's precision; None where
    ``value`` is coarser than the unit."""
    if value is None or len(value) < _LENGTH[unit]:
        return None
    if unit == "year":
        year = int(value[:4]) + n
        return f"{year:04d}" if 0 < year < 10000 else None
    if unit == "month":
        index = int(value[:4]) * 12 + int(value[5:7]) - 1 + n
        return f"{index // 12:04d}-{index % 12 + 1:02d}" if 12 <= index < 120000 else None
    try:
        return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=n)).isoformat()
    except (OverflowError, ValueError):
        return None


_FOLLOWING = re.compile(
    r"(?i:(?:a|an|one|two|three|four|five|six|several|a few|some|\d+) (?:days?|weeks?|months?)"
    r" later|(?:days|weeks|months) later|the (?:next|following) (?:day|week|month))\b"
)


def years_of_the_sentence(text: str, found: list[_Match], base: dt.date | None) -> None:
    """ "Yoon went to Tokyo in March 2023 and, on May 7, Kishida came to Seoul": a day told
    without its year, after a date of an earlier year in the same sentence, falls in that
    year when it has happened (its reading ahead stays). Not across sentences, where the
    story's own time is as likely ("last spoke in July 2022. Wang Yi came on October 26"),
    but into one told as following it ("A month later, on February 9, ...")."""
    if base is None:
        return
    starts = sentence_starts(text)  # the sentences the pipeline reads, abbreviations kept
    year, sentence = None, -1
    for m in found:
        start = starts[bisect.bisect_right(starts, m.start) - 1]
        if start != sentence:
            if not _FOLLOWING.match(text, start):  # "A month later, ...": the story goes on
                year = None  # in the year just told
            sentence = start
        if m.past and m.has_year:  # a year by number, not "since 1983"
            year = None if "since" in text[max(0, m.start - 40) : m.start] else int(m.past[:4])
        elif m.past and m.kind == "rel" and len(m.past) == 4:
            year = int(m.past)  # "came twice last year, in January and again in May"
        elif m.past and _year_told(m):
            year = None  # "last October": the story's own reckoning again
        elif year is not None and year < base.year and m.kind in ("mdy", "dmy"):
            m.past = on(year, month_number(m.groups["m"]), day_number(m.groups)) or m.past
        elif year is not None and year < base.year and m.kind == "m" and not m.groups.get("dir"):
            m.past = f"{year}-{month_number(m.groups['m']):02d}"  # "in 2008, in January and
            # again in May": that year's months


_JUST_PAST = 7  # days before publication within which a day without its year is that one


def just_past_days(found: list[_Match], base: dt.date | None) -> None:
    """ "Lavrov had been due to land on June 6" in a story of June 8: a day told without its
    year that fell in the past week is that day, also for a plan (called off, put off or
    overtaken), not the same day a year on."""
    if base is None:
        return
    for m in found:
        if m.kind in ("mdy", "dmy") and not m.has_year and m.past and m.future != m.past:
            day = dt.date.fromisoformat(m.past) if len(m.past) == 10 else None
            if day is not None and 0 < (base - day).days <= _JUST_PAST:
                m.future = m.past
