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

from .date_readings import day_number, month_number, on
from .sentences import sentence_starts

if TYPE_CHECKING:
    from .dates import _Match

__all__ = ["anaphoric_years", "years_of_the_sentence", "just_past_days"]


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
        elif m.past and _year_told(m):
            year = None  # "last year": the story's own reckoning again
        elif year is not None and year < base.year and m.kind in ("mdy", "dmy"):
            m.past = on(year, month_number(m.groups["m"]), day_number(m.groups)) or m.past


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
