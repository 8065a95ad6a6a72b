"""Date expressions and their resolution against the article's publication date.

The component finds every date expression in the text and stores a
:class:`DateMention` per expression in ``doc._.dg_dates``. A mention keeps two
readings: ``past`` (for an event that has happened) and ``future`` (for one
still ahead at publication), because "on Monday" means the last Monday in "met
on Monday" and the next one in "will meet on Monday"; the event extractor picks
the reading by the event's tense. Values are ISO 8601 at the precision the text
allows: day, month or year (``DateMention.precision``). A range takes its first
day; a period (a week, a weekend, "the coming days", a season) takes its month
when it lies within one month, else its year.

Expressions are found in two steps: ordered regular expressions (earlier ones
win overlaps), then a pass that joins neighbours into one expression: a weekday
with its date ("Monday, July 8"), a day with the year told after it ("August 5
last year", "June 5 of that year"), the two ends of a range across months
("29 June-1 July 2022"), a Hijri date with the Gregorian one beside it.

``DateMention.kind`` says what was read: ``iso``, ``mdy``, ``dmy`` (a day, with
or without a year; numeric days such as "08/07/2024" take the order read),
``dom`` (a day of a month left unsaid: "on the 20th"), ``my`` (a month and
year), ``m`` (a month alone), ``wkm`` (part of a month), ``mry`` (a month of a
year told relatively), ``wd`` (a weekday), ``rel`` (relative to publication:
"yesterday", "last week", "the weekend", "in the coming days"), ``season`` and
``y`` (a year, also "later that year"). A distance from the date told before ("the
following month", "two years later") takes the kind of the precision it resolves to.
A year or weekday that is part of a name ("Vision 2030", "Good Friday") is no date
and is not reported.
``DateMention.dateline`` marks the date of a wire dateline ("BEIJING, Nov. 3
(Xinhua) --"): the day the story was filed, which may be a day before the
``published`` of the front matter; relative dates are still resolved against
``published``, as the annotation guidelines say.

The patterns live in :mod:`.date_patterns`, the readings of one match in
:mod:`.date_readings`, the calendar arithmetic in :mod:`.date_values`, the years
that days told without one take from the dates around them in :mod:`.date_years`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import date_values as dv
from .date_patterns import MONTHS, PATTERNS, WEEKDAYS, after_a_name_word, names_a_thing
from .date_readings import (
    Readings,
    day_number,
    month_number,
    numeric,
    on,
    resolve,
    weekday_name,
)
from .date_sections import log_entry_days, relative_to_dateline, relative_to_headings
from .date_years import (
    anaphoric_years,
    just_past_days,
    story_distances,
    within_the_told,
    years_of_the_sentence,
)
from .regex_scan import WordIndex, finditer
from .tokenizer import place_name_tokens, text_of

__all__ = ["DateMention", "find_dates", "resolve", "in_calendar", "set_dates", "MONTHS", "WEEKDAYS"]

_CALENDAR = re.compile(r"(?!0000)\d{4}(?:-\d\d(?:-\d\d)?)?")


def in_calendar(value: str | None) -> str | None:
    """``value`` if it is a date of years 0001-9999 written in ISO form, else None.

    Reckoning from a publication date near either end of the calendar (a typo such
    as "0024-07-08", a placeholder such as "9999-12-31") can step outside it.

    Examples
    --------
    >>> in_calendar("2024-07"), in_calendar("10000"), in_calendar("-001")
    ('2024-07', None, None)
    """
    return value if value is not None and _CALENDAR.fullmatch(value) else None


@dataclass
class DateMention:
    """A date expression: where it is and what it means looking back or ahead."""

    start_char: int
    end_char: int
    text: str
    kind: str
    past: str | None
    future: str | None
    start: int = 0  # token offsets, filled by the component
    end: int = 0
    dateline: bool = False  # the filing date of a wire dateline ("KYIV, Aug 23 (Agency) -")
    heading: bool = False  # the day of a heading over a section ("**30 November 2022 -**")

    def value(self, ahead: bool) -> str | None:
        """The reading for an event still ahead (``ahead``) or already past."""
        return self.future if ahead else self.past

    @property
    def precision(self) -> str | None:
        """ "day", "month" or "year": how precisely the (past) reading dates an event."""
        value = self.past or self.future
        return {10: "day", 7: "month", 4: "year"}.get(len(value)) if value else None


@dataclass
class _Match:
    """A pattern's match before neighbours are joined."""

    start: int
    end: int
    kind: str
    groups: dict
    past: str | None
    future: str | None

    @property
    def has_year(self) -> bool:
        return bool(self.groups.get("y"))


# kinds that may mean nothing alone but something with a neighbour ("Monday, July 8"
# without a publication date; "Ramadan 28, 1443, April 29, 2022"; "of that year")
_JOINABLE = ("hijri", "that", "thatm", "after", "wd", "mdy", "dmy")


def _matches(text: str, base: dt.date | None) -> list[_Match]:
    """Every pattern's matches, earlier patterns winning overlaps, in text order."""
    taken = bytearray(len(text))  # characters already inside an expression
    found = []
    words = WordIndex(text)  # where each pattern can begin: see regex_scan
    for kind, pattern in PATTERNS:
        for match in finditer(pattern, text, words):
            s, e = match.span()
            if any(taken[s:e]) or kind in ("y", "wd") and after_a_name_word(text, s):
                continue
            if names_a_thing(text, s, e):
                continue  # "the May 3 Constitution", "the Constitution of May 3": a name
            groups = match.groupdict()
            try:
                if kind == "num":
                    kind_out, (past, future) = numeric(groups, base)
                else:
                    kind_out, (past, future) = kind, resolve(kind, groups, base)
            except (OverflowError, ValueError):  # reckoning off the calendar's ends
                kind_out, past, future = kind, None, None
            past, future = _calendar_value(past), _calendar_value(future)
            if past is None and future is None and kind not in _JOINABLE:
                continue  # not a date (no such day); joinable parts wait for a neighbour
            taken[s:e] = b"\x01" * (e - s)
            found.append(_Match(s, e, kind_out, groups, past, future))
    found.sort(key=lambda m: m.start)
    return found


def _calendar_value(value: str | None) -> str | None:
    """An ISO value with a four-digit year of 0001-9999 ("23" -> "0023"), else None."""
    if value is None:
        return None
    head, sep, rest = value.partition("-") if not value.startswith("-") else ("", "", "")
    if not head.isdigit() or not 1 <= int(head) <= 9999:
        return None
    return in_calendar(f"{int(head):04d}{sep}{rest}")


_DAYS = ("mdy", "dmy", "iso")
_WEEKDAY_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*\(?[^\S\n]*(?:the[^\S\n]+)?")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*")
_YEAR_GAP = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?|,[^\S\n]*")
_HIJRI_GAP = re.compile(
    r"[\s,/(]*(?:(?:which\s+)?(?:correspond(?:s|ing)?|coincid(?:es|ing))\s+(?:to|with)"
    r"|equivalent\s+to|i\.e\.)?[\s,(]*"
)


def _join(text: str, first: _Match, second: _Match, base: dt.date | None) -> _Match | None:
    """One expression from two neighbours, or None where they stay apart."""
    gap = text[first.end : second.start]
    a, b = first.kind, second.kind
    if a == "wd" and b in ("mdy", "dmy") and _WEEKDAY_GAP.fullmatch(gap):
        readings = _dated_weekday(first, second, base)
        return _Match(first.start, second.end, b, second.groups, *readings)
    if a in _DAYS and b == "wd" and not second.groups.get("dir") and _WEEKDAY_GAP.fullmatch(gap):
        # "on July 8 (Monday)": the weekday tells the year, if the date does not
        readings = _dated_weekday(second, first, base)
        return _Match(first.start, second.end, a, first.groups, *readings)
    if a == "wd" and b == "rel" and base is not None and _YEAR_GAP.fullmatch(gap):
        week = _told_week(second)  # "on Monday next week"
        if week is not None:
            day = dv.weekday_in_week(WEEKDAYS[weekday_name(first.groups)], week, base)
            return _Match(first.start, second.end, "wd", first.groups, day, day)
    if a == "hijri" and b in _DAYS and _HIJRI_GAP.fullmatch(gap):
        return _Match(first.start, second.end, b, second.groups, second.past, second.future)
    if a == "m" and b == "that" and _YEAR_GAP.fullmatch(gap) and second.past:
        value = f"{second.past}-{month_number(first.groups['m']):02d}"
        groups = {**first.groups, "y": second.past}
        return _Match(first.start, second.end, "my", groups, value, value)
    if a not in ("mdy", "dmy") or first.has_year:
        return None
    year = None
    if _YEAR_GAP.fullmatch(gap):  # "August 5 last year", "on June 5 of that year"
        year = _told_year(second, base)
    elif b in ("mdy", "dmy") and second.has_year and _RANGE_GAP.fullmatch(gap):
        # "29 June-1 July 2022": the first day, in the year the range ends in or the one before
        later = month_number(second.groups["m"])
        year = int(second.groups["y"]) - (month_number(first.groups["m"]) > later)
    elif b in ("mdy", "dmy") and not second.has_year and _RANGE_GAP.fullmatch(gap):
        # "28 June to 2 July": one stay, from its first day, read as that day alone
        return _Match(first.start, second.end, a, first.groups, first.past, first.future)
    return None if year is None else _with_year(first, second, year)


def _with_year(first: _Match, second: _Match, year: int) -> _Match:
    """The day of ``first`` in ``year``, as one expression running to the end of ``second``."""
    value = on(year, month_number(first.groups["m"]), day_number(first.groups))
    groups = {**first.groups, "y": str(year)}
    return _Match(first.start, second.end, first.kind, groups, value, value)


def _told_week(m: _Match) -> int | None:
    """-1, 0 or 1 for a following "last week", "this week" or "next week", else None."""
    words = m.groups["rel"].lower().split()
    if len(words) != 2 or words[1] != "week":
        return None
    return {"last": -1, "this": 0, "next": 1}.get(words[0])


def _told_year(m: _Match, base: dt.date | None) -> int | None:
    """The year a following "last year", "next year" or "of that year" names."""
    if m.kind == "that":
        return int(m.past) if m.past else None
    words = (m.groups.get("rel") or "").lower().split()
    if m.kind != "rel" or base is None or len(words) != 2 or words[1] != "year":
        return None
    offset = {"last": -1, "this": 0, "next": 1}.get(words[0])
    return None if offset is None else base.year + offset


def _dated_weekday(wd: _Match, date: _Match, base: dt.date | None) -> Readings:
    """ "Tuesday, September 2": the date; with no year, the year in which that day is
    that weekday."""
    if date.has_year or base is None:
        return date.past, date.future
    target = WEEKDAYS[weekday_name(wd.groups)]
    day = dv.dated_weekday(target, month_number(date.groups["m"]), day_number(date.groups), base)
    return (day, day) if day else (date.past, date.future)


def _joined(text: str, found: list[_Match], base: dt.date | None) -> list[_Match]:
    """The matches with neighbours joined; a bare "that year" is left out, as it mostly
    points back at the occasion just dated ("was in Beijing in October ... talks with
    Putin that year"), unlike "later that year"."""
    out: list[_Match] = []
    for m in found:
        merged = _join(text, out[-1], m, base) if out else None
        if merged is not None:
            out[-1] = merged
            ranged = _join(text, out[-2], merged, base) if len(out) > 1 else None
            if ranged is not None and out[-2].kind in ("mdy", "dmy"):
                out[-2:] = [ranged]  # "Oct. 30 to Nov. 1 last year": the range's year
        else:
            out.append(m)
    return [
        m
        for m in out
        if (m.past is not None or m.future is not None)
        and (m.kind != "that" or m.groups.get("side"))
    ]


_DATELINE_HEAD = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:[ /-][A-Z][\w'’.-]*){0,3}(?:,\s*[A-Z][\w .-]*?)?[,.]\s*"
)
_DATELINE_TAIL = re.compile(
    r"\s*(?:\.\s*(?=[-–—/]))?(?:\(|[-–—]|/[A-Z]|,\s*[A-Z][\w&.' ]{0,30}?\s*(?:\(|--|[-–—]))"
)  # "Guadalajara, Jal., July 18. —": a full stop may close the day before its dash


def _in_dateline(text: str, m: _Match) -> bool:
    """Whether ``m`` is the date of a wire dateline ("KYIV, Aug 23 (Agency) -"): a day
    after a place, opening one of the story's first lines, with the place in capitals or
    the agency or a dash after the day."""
    if m.kind not in _DAYS or m.start > 600:  # a dateline opens the story
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    head = text[line_start : m.start]
    return (
        text.count("\n", 0, line_start) <= 8
        and bool(_DATELINE_HEAD.fullmatch(head))
        and (head.upper() == head or bool(_DATELINE_TAIL.match(text, m.end)))
    )


def find_dates(text: str, base: dt.date | None, sections: bool = True) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``base`` (the publication date);
    with ``sections``, the relative ones under a dated heading against the heading's day."""
    found = _matches(text, base)
    anaphoric_years(found)
    story_distances(text, found)
    within_the_told(found, base)
    found = _joined(text, found, base)
    years_of_the_sentence(text, found, base)
    just_past_days(found, base)
    mentions = [
        DateMention(
            m.start,
            m.end,
            text[m.start : m.end],
            _KINDS.get(m.kind, m.kind) if m.kind != "after" else _PRECISE[len(m.past or "")],
            m.past,
            m.future,
            dateline=_in_dateline(text, m),
        )
        for m in found
    ]
    if sections:
        def reread(part: str, day: dt.date) -> list[DateMention]:
            return find_dates(part, day, sections=False)

        relative_to_dateline(text, mentions, base, reread)
        relative_to_headings(text, mentions, reread)
        log_entry_days(text, mentions)
    _weekdays_told_before(mentions, base)
    return mentions


_TOLD_WEEK = 14  # days from publication within which a dated weekday anchors a bare one
_STEPPED = {"last", "next", "past", "coming"}  # words that move a weekday off the one told


def _weekdays_told_before(mentions: list[DateMention], base: dt.date | None) -> None:
    """ "will receive him on Wednesday 31 May ... On Wednesday, he will also meet X": a
    bare weekday the story dated before is that day, not the one publication would give
    (a release of Wednesday 24 May reads "Wednesday" ahead as the 24th)."""
    if base is None:
        return
    told: dict[int, str] = {}  # weekday -> the day the story last dated it
    for m in mentions:
        if m.kind == "wd" and not m.heading:
            if _STEPPED.intersection(m.text.lower().split()):
                continue  # "last Tuesday" in a story dated Tuesday: a week before, told so
            day = told.get(_weekday_of(m.past or m.future))
            if day is not None and day >= base.isoformat():
                m.future = day  # (a plan is not read back to a day gone: "arrived on January
            if day is not None and day <= base.isoformat():  # 22 ... will visit X on Monday")
                m.past = day
        elif m.kind in _DAYS and m.past and len(m.past) == 10 and m.past == m.future:
            day = dt.date.fromisoformat(m.past)  # one reading only: a day past or ahead
            if abs((day - base).days) <= _TOLD_WEEK:  # alike ("June 12" may be either)
                told[day.weekday()] = m.past


def _weekday_of(value: str | None) -> int | None:
    return dt.date.fromisoformat(value).weekday() if value and len(value) == 10 else None


_KINDS = {"that": "y", "thatm": "my"}
_PRECISE = {4: "y", 7: "my", 10: "dmy", 0: "y"}  # a distance, by the precision it resolves to

@Language.component("diplograph_dates", assigns=["doc._.dg_dates"])
def set_dates(doc: Doc) -> Doc:
    """Store the date mentions of ``doc`` with token offsets in ``doc._.dg_dates``; none
    inside a place's name ("Mar del Plata", "May Pen")."""
    mentions = find_dates(text_of(doc), doc._.dg_published)
    inside = place_name_tokens(doc)
    for m in mentions:
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        m.start, m.end = (span.start, span.end) if span is not None else (0, 0)
    doc._.dg_dates = [m for m in mentions if m.end - 1 not in inside]  # not "in Mar" of
    # "in Mar del Plata"
    return doc
