"""The regular expressions that find date expressions, and the tables they read.

Patterns are tried in order and earlier ones win where matches overlap, so a
fuller form ("March 3, 2019") is read before its parts ("March 3", "2019").
Each pattern's name is the ``kind`` :mod:`.dates` resolves it as. Month and
weekday names are English; Hijri month names are read only to join a Hijri
date with the Gregorian one written beside it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = [
    "MONTHS",
    "TIME_ZONES",
    "WEEKDAYS",
    "PATTERNS",
    "NUMBERS",
    "DIRECTIONS",
    "date_name_nouns",
    "date_name_words",
    "after_a_name_word",
    "names_a_thing",
    "opens_with_short_weekday",
]

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
for _name, _num in list(WEEKDAYS.items()):
    WEEKDAYS[_name[:3]] = _num
WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
# time zones news copy writes after an hour ("1400 GMT", "9 a.m. EDT")
TIME_ZONES = (
    "GMT", "UTC", "IST", "EST", "EDT", "PST", "PDT", "BST", "CET", "CEST", "WIB", "JST", "KST"
)
_FULL = [m.capitalize() for m in list(MONTHS)[:12]]
# a full month name takes no dot ("in July. 10 ..."); an abbreviation may ("Jan. 5")
_M = (
    r"(?:"
    + "|".join(_FULL + [m.upper() for m in _FULL])
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_D = r"\d{1,2}(?:st|nd|rd|th)?(?![:.]\d|\d)"  # not a clock time ("July 10:20")
_Y = r"(?:1[89]|20)\d\d"
_S = r"[^\S\n]+"  # spaces within one line
_S0 = r"[^\S\n]*"
_RANGE = rf"(?:{_S0}(?:-|–|—|to|and|&){_S0}\d{{1,2}}(?:st|nd|rd|th)?(?![:.]\d|\d))?"
_WD = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WD += "|" + _WD.upper()  # "FRIDAY 5 JULY": a heading in capitals
# an abbreviated weekday only where a date follows ("Mon, 8 Jul 2024", "Thu Nov. 3")
_WDA = rf"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)(?=\.?,?[^\S\n]+(?:\d{{1,2}}\b|{_M}))\.?"
_SHORT_WEEKDAY = re.compile(_WDA)


def opens_with_short_weekday(text: str) -> bool:
    """Whether ``text`` opens with an abbreviated weekday of a date ("Mon, 16 May 2005"):
    not the town of Mon.

    >>> opens_with_short_weekday("Mon, 16 May 2005"), opens_with_short_weekday("Mon district")
    (True, False)
    """
    return _SHORT_WEEKDAY.match(text) is not None


_COUNTS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}"
_HIJRI = (
    r"Muharram|Safar|Rabi[‘'’ʿ]?\s?(?:al|ul|el)?[- ]?(?:Awwal|Thani|Akhir|Awal|I|II)"
    r"|Jumada\s?(?:al|ul|el)?[- ]?(?:Ula|Awwal|Akhirah|Akhira|Thani|Oula|I|II)"
    r"|Rajab|Sha[‘'’ʿ]?ban|Ramadan|Ramazan|Shawwal"
    r"|Dhu[‘'’ʿ]?\s?(?:al|el|l)?[- ]?(?:Qi[‘'’ʿ]?dah|Qa[‘'’ʿ]?dah|Hijjah|Hijja)"
    r"|Zul[- ]?(?:Qadah|Hijjah)"
)
# Order matters: earlier patterns win where matches overlap.
PATTERNS = [
    ("iso", re.compile(rf"\b(?P<y>{_Y})(?P<sep>[-/.])(?P<m>\d{{2}})(?P=sep)(?P<d>\d{{2}})\b")),
    (
        "num",  # 08/07/2024, 8.7.2024, 08-07-2024: day and month in either order
        re.compile(
            rf"(?<![\w/.,-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_Y})"
            r"(?![\w/-]|\.\d)"
        ),
    ),
    (
        "hijri",  # only to be joined with the Gregorian date written beside it
        re.compile(
            rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?{_S}(?:{_HIJRI})|(?:{_HIJRI}){_S}\d{{1,2}}),?{_S}"
            r"1[34]\d\d(?:\s*(?:AH|A\.H\.|H)\b\.?)?"
        ),
    ),
    ("mdy", re.compile(rf"\b(?P<m>{_M}){_S}(?P<d>{_D}){_RANGE}(?:,?{_S}(?P<y>{_Y})\b)?")),
    (
        "dmy",
        re.compile(rf"\b(?P<d>{_D}){_RANGE}{_S}(?:of{_S})?(?P<m>{_M})(?:,?{_S}(?P<y>{_Y}))?\b"),
    ),
    ("my", re.compile(rf"\b(?P<m>{_M}),?{_S}(?:of{_S})?(?P<y>{_Y})\b")),
    # "arrives on the 20th", "on the 3rd of this month": a day of a month left unsaid; the
    # next word must not make the ordinal a noun's ("on the 25th anniversary")
    (
        "dom",
        re.compile(
            r"\b(?i:on|from|until|till|by|since|before|after)\s+the\s+"
            r"(?P<d>\d{1,2}(?:st|nd|rd|th))(?:\s+of\s+(?P<dir>this|next|last|the)\s+month)?"
            r"(?=\s*(?:[.,;:()]|$|(?:in|at|and|to|when|with|for|after|before|as|but|while|or|"
            r"until|from)\b))"
        ),
    ),
    # "the last week of March", "the first half of June": a part of a month is the month
    (
        "wkm",
        re.compile(
            r"\b(?:first|last|second|third|final|opening|closing)\s+(?:week|half|days|weekend)"
            rf"\s+of\s+(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?(?=[\s,.;)]|$)"
        ),
    ),
    # "in April last year", "in March next year": a month of a year told relatively
    ("mry", re.compile(rf"\b(?P<m>{_M})\s+(?:of\s+)?(?P<dir>last|this|next)\s+year\b")),
    (
        "season",
        re.compile(
            r"\b(?:(?P<dir>this|last|next|past|coming)\s+|(?:in|during|by|over|since|until|"
            r"through|for)\s+the\s+(?:(?:early|late)\s+)?)(?:(?:early|late|mid-?)\s*)?"
            r"(?P<s>spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d))?\b"
            r"(?!\s+(?:of\s+(?!(?:1[89]|20)\d\d)|session|offensive|school|camp|games|olympics))",
            re.I,
        ),
    ),
    (
        "m",
        re.compile(
            r"\b(?:(?P<dir>(?i:this|last|next|past))\s+|(?i:in|since|until|by|during|from|of|"
            r"early|late|mid|for)\s+|(?i:mid)-)"
            rf"(?:early\s+|late\s+|mid-?)?(?P<m>{_M})(?=[\s,.;)]|$)(?!\s+\d)"
        ),
    ),
    # "his April state visit", "the planned May summit": a month before an event noun
    (
        "m",
        re.compile(
            rf"\b(?i:his|her|their|its|the|a|an|planned)\s+(?P<m>{_M})\s+(?=(?:(?i:state|official|"
            r"planned|working)\s+)?(?i:visit|trip|tour|summit|meeting|talks)\b)"
        ),
    ),
    (
        "wd",
        re.compile(
            rf"\b(?:(?P<dir>(?i:last|next|this|past|on))\s+)?(?P<wd>(?:{_WD})\b|{_WDA})"
            r"(?:[^\S\n]+(?P<post>last|next)\b(?!\s+(?:year|month|week|weekend|time)\b))?"
        ),
    ),
    # "the following month", "two years later", "a month earlier", "later that month": a
    # distance from the date the story told last (before "rel", which has "next month")
    (
        "after",
        re.compile(
            rf"\b(?:(?P<n>{_COUNTS})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier)"
            r"|the\s+(?P<side>following|next|previous|same)\s+(?P<unit2>month|year)"
            r"|(?:later|earlier)\s+(?:that|the\s+same)\s+(?P<unit3>month)"
            r"|that\s+same\s+(?P<unit4>month|year))\b(?!['’]s|-|\s+than\b)",
            re.I,
        ),
    ),
    (
        "rel",
        re.compile(
            r"\b(?P<rel>today|tonight|the day before yesterday|yesterday|the day after tomorrow"
            r"|tomorrow|this (?:morning|afternoon|evening)|last (?:night|evening)"
            r"|(?:earlier|later) (?:this|in the) (?:week|month|year)"
            r"|(?:this past|last|next|this|past|coming) (?:week|month|year)"
            r"|(?:the )?(?:end|beginning|start|middle) of (?:the|this|next|last) (?:month|year)"
            r"|(?:(?:this|last|next|this past|the) weekend"
            r"|(?:in|over|within|during) the (?:coming|next few|next) (?:days|weeks|months)"
            r"|(?:in|over) the (?:days|weeks|months) ahead"
            r"|(?:in|over) (?:recent|the past few|the past|the last few|the last) "
            r"(?:days|weeks|months)"
            rf"|in (?:{_COUNTS}) (?:days?|weeks?|months?)(?! ago)|in a fortnight"
            r")(?!\s+(?:of|since)\b|\s+(?:before|after)\b(?!\s+\w+ing\b)|-)"  # not "the week
            # before the vote", but "the weekend before flying home": the weekend itself
            rf"|(?:{_COUNTS}) years? ago (?:today|this (?:week|month))"  # an anniversary
            rf"|(?:{_COUNTS}) (?:days?|weeks?|months?|years?|decades?) ago|a fortnight ago)\b",
            re.I,
        ),
    ),
    # "that August": a month of the year the story last named
    ("thatm", re.compile(rf"\b(?i:that)\s+(?P<m>{_M})\b(?!\s*\d)")),
    # "later that year", "in October of that year": the year the story last named
    (
        "that",
        re.compile(r"\b(?:(?P<side>later|earlier)\s+(?:in\s+)?|of\s+)?that\s+year\b(?!['’]s)"),
    ),
    (
        "y",
        re.compile(
            rf"(?:(?<=mid-)|(?<![$€£\d.,-]))(?<!the )\b(?P<y>{_Y})\b"
            r"(?![\d%]|\.\d|-\d|\s*(?:per|percent|km|people|troops)\b"
            rf"|\s*(?:{'|'.join(TIME_ZONES)}|hrs|hours|h)\b)"
        ),
    ),
]
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
NUMBERS.update({"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10})
DIRECTIONS = {"past": "last", "coming": "next", "on": None, None: None}


def _word_table(name: str) -> frozenset[str]:
    text = resources.files("diplograph.data").joinpath(name).read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#")


@lru_cache(maxsize=1)
def date_name_nouns() -> frozenset[str]:
    """Nouns after a day or year that make it part of a name ("the May 3 Constitution"):
    a data table."""
    return _word_table("date_name_nouns.txt")


@lru_cache(maxsize=1)
def date_name_words() -> frozenset[str]:
    """Words before a year or weekday that make it part of a name ("Vision 2030", "Good
    Friday"): a data table."""
    return _word_table("date_name_words.txt")


def after_a_name_word(text: str, start: int) -> bool:
    """A year or weekday inside a name: "Vision 2030", "Resolution 2043", "Good Friday"."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1] in date_name_words()


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether a noun of :func:`date_name_nouns` follows the date at ``start:end`` or
    stands before it with "of" ("the May 3 Constitution", "the Constitution of May 3")."""
    after = text[end : end + 16].split()
    before = text[max(0, start - 20) : start].split()
    nouns = date_name_nouns()
    return bool(after) and after[0].rstrip(",.;:") in nouns or (
        before[-2:-1] != [] and before[-1] == "of" and before[-2] in nouns
    )
