"""Relative dates read from a day other than publication's: the day a wire story was
filed (its dateline's) and the day of a dated heading (readouts, a live blog's days, the
slug lines of a series of press releases).
Helpers of :mod:`.dates`, which passes ``reread``: its own reader, run on a part of the
text from another day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import DateMention

__all__ = ["log_entry_days", "relative_to_dateline", "relative_to_headings"]

Reread = Callable[[str, dt.date], list["DateMention"]]

_DAYS = ("mdy", "dmy", "iso")
_FILED_BEFORE = 3  # days a wire story's dateline can lie before its paper's publication


def relative_to_dateline(
    text: str, mentions: list[DateMention], base: dt.date | None, reread: Reread
) -> None:
    """ "GENEVA, Jan 9 (Agency) - ... ended their talks here tonight", in a paper of
    January 10: the story was filed on its dateline's day, and its relative days ("today",
    "tonight", "yesterday") count from that day. Weekdays keep the paper's day: a past
    weekday between the two ("met on Friday" filed on Thursday) is the one just gone."""
    filed = next((m for m in mentions if m.dateline and m.past and len(m.past) == 10), None)
    if base is None or filed is None:
        return
    day = dt.date.fromisoformat(filed.past)
    if not 1 <= (base - day).days <= _FILED_BEFORE:
        return
    _read_again(mentions, reread(text[filed.end_char :], day), filed.end_char, len(text), ("rel",))


_HEADING_LEAD = re.compile(r"[*#\s]*")


def _heading_day(text: str, m: DateMention) -> dt.date | None:
    """The day of a heading that opens its line with ``m`` ("January 22, 2021 - Readout of
    ...", "**Saturday, 24 August**"), if ``m`` is one: a day with its year, or a weekday
    with its date, then a short line that ends without a full stop (or a bold one)."""
    if m.kind not in _DAYS or not m.past or len(m.past) != 10:
        return None
    line_start = text.rfind("\n", 0, m.start_char) + 1
    line_end = text.find("\n", m.end_char)
    if _HEADING_LEAD.fullmatch(text[line_start : m.start_char]) is None and not _closes_a_slug(
        text[line_start : m.start_char], text[m.end_char : len(text) if line_end < 0 else line_end]
    ):
        return None
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if len(line) > 200 or not (line.startswith("**") or not line.endswith(".")):
        return None
    return dt.date.fromisoformat(m.past)


# what stands before the day of a slug line that ends with it: "Islamabad, 14 July 2010",
# "PR No. 251 | Oslo | 3 May 2019", "Press Release - Canberra - 4 June 2018"; every word
# capitalised
_SLUG_SEPARATOR = re.compile(r".*[,|:\u2013\u2014-]\s*")
_QUOTED = re.compile(r"^\s*>|[@()]")


def _closes_a_slug(before: str, after: str) -> bool:
    """Whether a day with its year closes a short line after a separator, as a press
    release's or a bulletin item's place and day do ("PR No. 253 | Islamabad, 15 July
    2010"): not a sentence's day ("The talks were held on 15 July 2010")."""
    return (
        len(before) <= 80
        and not after.strip(" *")
        and _SLUG_SEPARATOR.fullmatch(before) is not None
        and not any(w[:1].islower() for w in before.split())  # no caption's "shake hands in"
        and not _QUOTED.search(before)  # an embedded post's "> X (@handle) - 5 Dec 2024"
    )


def relative_to_headings(text: str, mentions: list[DateMention], reread: Reread) -> None:
    """ "**January 22, 2021 - Readout ...** The President spoke today with X": relative
    dates under a dated heading (readouts, a blog's days, key dates) count from its day,
    up to the next such heading."""
    heads = [(m, day) for m in mentions if (day := _heading_day(text, m)) is not None]
    for m, _day in heads:
        m.heading = True
    for n, (head, day) in enumerate(heads):
        stop = heads[n + 1][0].start_char if n + 1 < len(heads) else len(text)
        section = reread(text[head.end_char : stop], day)
        _read_again(mentions, section, head.end_char, stop, ("rel", "wd"))


def _read_again(mentions, section, start: int, stop: int, kinds: tuple[str, ...]) -> None:
    """Take the readings of ``section`` (the text from ``start``, read again from another
    day) for the mentions of ``kinds`` between ``start`` and ``stop``."""
    again = {(r.start_char + start, r.kind): r for r in section}
    for m in mentions:
        if start <= m.start_char < stop and m.kind in kinds:
            r = again.get((m.start_char, m.kind))
            if r is not None:
                m.past, m.future = r.past, r.future


# the time after a weekday that opens a log's entry: "Mon 18:40 - ", "Tuesday 11.15am: "
_ENTRY_TIME = re.compile(r"\.?,?[^\S\n]*\**[^\S\n]*([01]?\d|2[0-3])[:.][0-5]\d")


def log_entry_days(text: str, mentions: list[DateMention]) -> None:
    """ "Mon 18:40 - Tillerson arrives in Kuwait City": the weekday that opens a travel
    pool's or live blog's entry with its time names a day the log has reached, so it is
    read back from publication even where the entry tells it in the present."""
    for m in mentions:
        if m.kind != "wd" or m.past is None:
            continue
        line = text.rfind("\n", 0, m.start_char) + 1
        if text[line : m.start_char].strip("*# ") == "" and _ENTRY_TIME.match(text, m.end_char):
            m.future = m.past
