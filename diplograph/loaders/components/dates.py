"""Date expressions and their resolution against the article's publication date.

The component finds every date expression in the text and stores a
:class:`DateMention` per expression in ``doc._.dg_dates``. A mention keeps two
readings: ``past`` (for an event that has happened) and ``future`` (for one
still ahead at publication), because "on Monday" means the last Monday in "met
on Monday" and the next one in "will meet on Monday"; the event extractor picks
the reading by the event's tense. Values are ISO 8601 at the precision the text
allows: day, month or year. A range takes its first day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .tokenizer import text_of

__all__ = ["DateMention", "find_dates", "resolve", "in_calendar", "set_dates", "MONTHS",
           "WEEKDAYS"]

MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        1,
    )
}
for _name, _num in list(MONTHS.items()):
    MONTHS[_name[:3]] = _num
MONTHS["sept"] = 9
WEEKDAYS = {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}

_MONTH_WORDS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
).split()
_M = r"(?:" + "|".join(_MONTH_WORDS) + r")\.?"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_RANGE = r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?"
_WD = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Order matters: earlier patterns win where matches overlap.
PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("mdy", re.compile(rf"\b(?P<m>{_M})\s+(?P<d>{_D}){_RANGE}(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")),
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>{_D}){_RANGE}\s+(?:of\s+)?(?P<m>{_M})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
        ),
    ),
    ("my", re.compile(rf"\b(?P<m>{_M}),?\s+(?P<y>(?:19|20)\d\d)\b")),
    # "the last week of March", "the first half of June": a part of a month is the month
    (
        "wkm",
        re.compile(
            r"\b(?:first|last|second|third|final|opening|closing)\s+(?:week|half|days|weekend)"
            rf"\s+of\s+(?P<m>{_M})(?:,?\s+(?P<y>(?:19|20)\d\d))?(?=[\s,.;)]|$)"
        ),
    ),
    # "in April last year", "in March next year": a month of a year told relatively
    ("mry", re.compile(rf"\b(?P<m>{_M})\s+(?:of\s+)?(?P<dir>last|this|next)\s+year\b")),
    (
        "m",
        re.compile(
            r"\b(?:in|since|until|by|during|from|of|this|last|next|early|late|mid|mid-)\s+"
            rf"(?:early\s+|late\s+|mid-?)?(?P<m>{_M})(?=[\s,.;)]|$)(?!\s+\d)"
        ),
    ),
    ("wd", re.compile(rf"\b(?:(?P<dir>last|next|this|on)\s+)?(?P<wd>{_WD})\b")),
    (
        "rel",
        re.compile(
            r"\b(?P<rel>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)"
            r"|last night|(?:earlier|later) (?:this|in the) (?:week|month|year)"
            r"|(?:last|next|this) (?:week|month|year)"
            r"|(?:a|one|two|three) (?:weeks?|months?|years?) ago|a fortnight ago)\b",
            re.I,
        ),
    ),
    (
        "y",
        re.compile(
            r"(?<![$€£\d.,-])(?<!the )\b(?P<y>(?:19|20)\d\d)\b"
            r"(?![\d%]|\.\d|-\d|\s*(?:per|percent|km|people|troops)\b)"
        ),
    ),
]
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3}
# An ISO value at day, month or year precision in years 0001-9999 (what xsd:gYear and
# Python's dates can hold).
_CALENDAR = re.compile(r"(?!0000)\d{4}(?:-\d\d(?:-\d\d)?)?")


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

    def value(self, ahead: bool) -> str | None:
        """The reading for an event still ahead (``ahead``) or already past."""
        return self.future if ahead else self.past


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


def _iso(d: dt.date, precision: str) -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": f"{d.year:04d}"}[precision]


def _span_value(first: dt.date, last: dt.date) -> str:
    """A period: its month when it lies within one month, else its year."""
    if (first.year, first.month) == (last.year, last.month):
        return _iso(first, "month")
    return f"{first.year if first.year == last.year else last.year:04d}"


def _week(base: dt.date, offset: int) -> str:
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
    return _span_value(monday, monday + dt.timedelta(days=6))


def _month_shift(base: dt.date, offset: int) -> str:
    index = base.year * 12 + base.month - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _relative(rel: str, base: dt.date) -> tuple[str, str]:
    rel = rel.lower()
    day = dt.timedelta(days=1)
    if (
        rel in ("today", "tonight")
        or rel.startswith("this ")
        and rel.split()[1] in ("morning", "afternoon", "evening")
    ):
        v = base.isoformat()
    elif rel in ("yesterday", "last night"):
        v = (base - day).isoformat()
    elif rel == "tomorrow":
        v = (base + day).isoformat()
    elif rel.endswith("week"):
        offset = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
        if rel.startswith("earlier"):
            v = _span_value(base - dt.timedelta(days=base.weekday()), base)
        else:
            v = _week(base, offset)
    elif rel.endswith("month"):
        offset = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
        v = _month_shift(base, offset)
    elif rel.endswith("year"):
        offset = -1 if rel.startswith("last") else 1 if rel.startswith("next") else 0
        v = f"{base.year + offset:04d}"
    elif rel.endswith("ago"):
        n, unit = _COUNT.get(rel.split()[0], 2), rel.split()[1]
        days = {"week": 7, "month": 30, "year": 365, "fortnight": 14}[unit.rstrip("s")] * n
        v = _iso(base - dt.timedelta(days=days), "year" if unit.startswith("year") else "month")
    else:
        v = None
    return v, v


def _weekday(wd: str, direction: str | None, base: dt.date) -> tuple[str, str]:
    target = WEEKDAYS[wd.lower()]
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    past = (base - dt.timedelta(days=back or (7 if direction == "last" else 0))).isoformat()
    future = (base + dt.timedelta(days=ahead or (7 if direction == "next" else 0))).isoformat()
    if direction == "last":
        future = past
    elif direction == "next":
        past = future
    return past, future


def _month_only(month: int, base: dt.date) -> tuple[str, str]:
    past_year = base.year if month <= base.month else base.year - 1
    future_year = base.year if month >= base.month else base.year + 1
    return f"{past_year:04d}-{month:02d}", f"{future_year:04d}-{month:02d}"


def _in_year(day: dt.date, year: int) -> dt.date | None:
    """The same day and month in ``year``, if there is one (not 29 February of 2023)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def resolve(kind: str, groups: dict, base: dt.date | None) -> tuple[str | None, str | None]:
    """(past, future) readings of one matched expression (pure)."""
    if kind == "y":
        return groups["y"], groups["y"]
    if kind in ("iso", "mdy", "dmy", "my"):
        month = int(groups["m"]) if kind == "iso" else MONTHS[groups["m"].rstrip(".").lower()]
        year = int(groups["y"]) if groups.get("y") else None
        if kind == "my":
            return f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}"
        day = int(re.match(r"\d+", groups["d"]).group())
        if year is not None:
            try:
                v = dt.date(year, month, day).isoformat()
            except ValueError:
                return None, None
            return v, v
        if base is None:
            return None, None
        try:
            this = dt.date(base.year, month, day)
        except ValueError:
            return None, None
        past = this if this <= base + dt.timedelta(days=1) else _in_year(this, base.year - 1)
        future = this if this >= base - dt.timedelta(days=1) else _in_year(this, base.year + 1)
        return past and past.isoformat(), future and future.isoformat()
    if base is None:
        return None, None
    if kind == "m":
        return _month_only(MONTHS[groups["m"].rstrip(".").lower()], base)
    if kind == "wkm":
        month = MONTHS[groups["m"].rstrip(".").lower()]
        if groups.get("y"):
            return f"{groups['y']}-{month:02d}", f"{groups['y']}-{month:02d}"
        return _month_only(month, base)
    if kind == "mry":
        year = base.year + {"last": -1, "this": 0, "next": 1}[groups["dir"]]
        v = f"{year:04d}-{MONTHS[groups['m'].rstrip('.').lower()]:02d}"
        return v, v
    if kind == "wd":
        return _weekday(groups["wd"], groups.get("dir"), base)
    return _relative(groups["rel"], base)


def find_dates(text: str, base: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text``, earlier patterns winning overlaps."""
    taken = bytearray(len(text))  # characters already inside an expression
    found = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            s, e = match.span()
            if any(taken[s:e]):
                continue
            try:
                past, future = map(in_calendar, resolve(kind, match.groupdict(), base))
            except OverflowError:  # a day reckoned before 0001-01-01 or after 9999-12-31
                continue
            if past is None and future is None:
                continue
            taken[s:e] = b"\x01" * (e - s)
            found.append(DateMention(s, e, match.group(), kind, past, future))
    found.sort(key=lambda m: m.start_char)
    return found


@Language.component("diplograph_dates", assigns=["doc._.dg_dates"])
def set_dates(doc: Doc) -> Doc:
    """Store the date mentions of ``doc`` with token offsets in ``doc._.dg_dates``."""
    mentions = find_dates(text_of(doc), doc._.dg_published)
    for m in mentions:
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        m.start, m.end = (span.start, span.end) if span is not None else (0, 0)
    doc._.dg_dates = mentions
    return doc
