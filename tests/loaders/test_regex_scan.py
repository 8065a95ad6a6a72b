"""regex_scan.finditer finds exactly what ``pattern.finditer`` finds, only faster."""
from __future__ import annotations

import random
import re
import sys

import pytest

from diplograph.loaders.components.date_patterns import PATTERNS
from diplograph.loaders.components.regex_scan import ODD_CASES, WordIndex, finditer, start_strings

SENTENCES = [
    "Modi met Putin on Monday, July 8, 2024, in Moscow; he returns on the 20th of this month.",
    "The talks, held 8-9 July 2024 (Tuesday) in Kyiv, followed a call earlier this week.",
    "On 12.07.2024 and 2024-07-12 the leaders met; later that year, in October of that year.",
    "Xi visited Paris in spring 2019, last Friday next week, and two weeks ago; mid-March.",
    "Ramadan 28, 1443 AH, which corresponds to April 29, 2022, the first week of May 2022.",
    "Vision 2030 and Resolution 2043 (GMT) 2020 per 100 km, $2019, the 1990s, mid-1990.",
    "TODAY, Tonight, YESTERDAY and tomorrow: in the coming days; in 3 weeks; a fortnight ago.",
    "Sept. 5, Jan 3rd, 3rd of Feb., Thu Nov. 3, Mon, 8 Jul 2024, Sat 9 Aug, wed 10 Sep.",
]
# letters IGNORECASE matches with ASCII ones, digits outside ASCII, other scripts
ODD_BITS = ["İ", "ı", "ſ", "\u212a", "٣", "१२", "é", "Ž", "–", "—", "’", "\u00a0", "\n", "ǅ"]


def _same(pattern: re.Pattern, text: str, index: WordIndex | None = None) -> None:
    want = [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)]
    got = [(m.span(), m.groupdict(), m.groups()) for m in finditer(pattern, text, index)]
    assert got == want, (pattern.pattern[:60], text)


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    words = " ".join(SENTENCES).split() + ODD_BITS
    out = []
    for _ in range(n):
        picked = rng.choices(words, k=rng.randint(1, 40))
        text = "".join(w + rng.choice([" ", " ", " ", "", ",", "\n", "-", "  "]) for w in picked)
        if rng.random() < 0.3:  # cut inside a word, or a case changed
            text = text[rng.randint(0, len(text)) :]
        if rng.random() < 0.3:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        out.append(text)
    return out


def test_odd_cases_are_every_non_ascii_match_of_an_ascii_letter():
    letters = re.compile("[a-z]", re.IGNORECASE)
    odd = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if letters.match(chr(c)))
    assert odd == ODD_CASES


@pytest.mark.parametrize(("kind", "pattern"), PATTERNS, ids=[k for k, _ in PATTERNS])
def test_date_patterns_match_as_finditer(kind, pattern):
    assert start_strings(pattern) is not None, "read, not left to the fallback"
    texts = SENTENCES + [" ".join(SENTENCES)] + _texts(sum(map(ord, kind)), 400)
    for text in texts:
        _same(pattern, text)
        _same(pattern, text, WordIndex(text))


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?i:on|from)\s+the\s+(?P<d>\d{1,2})",
        r"(?i)\b(?:kelvin|sun|ink)\b",
        r"(?<![\w/.,-])\d{1,2}/\d{1,2}",
        r"\b(?:a|an|\d{1,2}) (?:days?|weeks?) ago",
        r"\b(?:x?){3}y",  # a repeat of what may be empty: left to finditer
        r"a*",  # may match the empty string: left to finditer
        r"(\w)\1",  # opens with \w: left to finditer
        r"\b(?P<w>[A-Z][a-z]+)(?:\s+(?P=w))?",
        r"[^\S\n]+on\b",
        r"\b(?:(?:ab){2,}|c{3})d",
        r"(?:^|(?<=\s))(?:St\.|Mt\.)\s",
        r"(?<![a-z])ẞa|(?<!-)Éb",  # upper-case letters whose lower form maps back elsewhere
    ],
)
def test_other_patterns_match_as_finditer(source):
    pattern = re.compile(source)
    more = ["abab abd ababd cccd xxy y", "ky KELVIN \u212aelvin", "ẞa xẞa Éb -Éb éb"]
    for text in SENTENCES + _texts(7, 300) + more:
        _same(pattern, text, WordIndex(text))


def test_unreadable_openings_fall_back():
    assert start_strings(re.compile(r"a*")) is None
    assert start_strings(re.compile(r"(\w)\1")) is None
    assert start_strings(re.compile(r".x")) is None
    assert start_strings(re.compile(r"\bx", re.ASCII)) is None


def test_index_of_another_text_is_not_used():
    pattern = re.compile(r"\bJuly\b")
    _same(pattern, "in July", WordIndex("July in"))
