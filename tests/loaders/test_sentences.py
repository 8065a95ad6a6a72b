"""Sentence boundaries for news copy."""

from __future__ import annotations

import random
import re
import sys

import pytest

from diplograph.loaders.components.sentences import (
    _CLOCK,
    _END,
    _INITIALS,
    _TIME_AFTER_CLOCK,
    ABBREVIATIONS,
    sentence_starts,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ms. Ardern flew to Fiji. She met the premier.",
            ["Ms. Ardern flew to Fiji. ", "She met the premier."],
        ),
        (
            "S. Jaishankar landed in Oslo. Talks began.",
            ["S. Jaishankar landed in Oslo. ", "Talks began."],
        ),
        ("The U.S. envoy left on Oct. 3 for Lima.", ["The U.S. envoy left on Oct. 3 for Lima."]),
        # an hour's "a.m."/"p.m." before its day, month or zone ends no sentence
        ("He called Lee from 9 p.m. Monday, aides said.", ["He called Lee from 9 p.m. Monday, aides said."]),
        ("They met at 10:30 a.m. Tuesday in Lima.", ["They met at 10:30 a.m. Tuesday in Lima."]),
        ("She landed at 7 a.m. (2200 GMT) in Seoul.", ["She landed at 7 a.m. (2200 GMT) in Seoul."]),
        ("Talks ran to 6 P.M. EST on Friday.", ["Talks ran to 6 P.M. EST on Friday."]),
        # but before a sentence's own start it does
        ("The talks began at 3 p.m. Ruto then left.", ["The talks began at 3 p.m. ", "Ruto then left."]),
        (
            "ST. PETERSBURG, June 4 - Talks began. They met at Mt. Kenya.",
            ["ST. PETERSBURG, June 4 - Talks began. ", "They met at Mt. Kenya."],
        ),
        (
            "**Jun 2 - Peru.** Talks in Lima followed.",
            ["**Jun 2 - Peru.** ", "Talks in Lima followed."],
        ),
        (
            "A caption without a stop\nBody text starts here.",
            ["A caption without a stop\n", "Body text starts here."],
        ),
        ("Did they agree? Nobody knows!", ["Did they agree? ", "Nobody knows!"]),
        (
            "He met Gen. (Retd.) V.K. Singh there. Talks began.",
            ["He met Gen. (Retd.) V.K. Singh there. ", "Talks began."],
        ),
        (
            "Brig. A.P.J. Rao and Maj. Lee arrived. Capt. Ode left.",
            ["Brig. A.P.J. Rao and Maj. Lee arrived. ", "Capt. Ode left."],
        ),
        (
            "Minister Smt. Rekha Iyer and Shri. Arun Rao were in the delegation. Talks began.",
            ["Minister Smt. Rekha Iyer and Shri. Arun Rao were in the delegation. ", "Talks began."],
        ),
        (
            "Adviser Md. Rafiqul Islam met Engr. Ade Bello and Cde. Tendai Moyo. They spoke.",
            ["Adviser Md. Rafiqul Islam met Engr. Ade Bello and Cde. Tendai Moyo. ", "They spoke."],
        ),
        (  # a suffix ends a name and may end a sentence; "Jr. said" runs on
            "She met Jose Ramos Jr. In Dili, talks began. Ramos Jr. said little.",
            ["She met Jose Ramos Jr. ", "In Dili, talks began. ", "Ramos Jr. said little."],
        ),
    ],
)
def test_sentences_split_news_copy(text, expected):
    starts = sentence_starts(text) + [len(text)]
    assert [text[a:b] for a, b in zip(starts, starts[1:], strict=False)] == expected


def _starts_as_first_written(text: str) -> list[int]:
    """sentence_starts as first written: every match of _END from its word's start."""
    starts = [0]
    for match in _END.finditer(text):
        before = match.group(1)
        if before is not None and match.group(0)[len(before)] == ".":
            word = before.lstrip('"“(')
            if word in ABBREVIATIONS or _INITIALS.fullmatch(word):
                continue
            if word in _CLOCK and _TIME_AFTER_CLOCK.match(text, match.end()):
                continue
        if match.end() < len(text):
            starts.append(match.end())
    return starts


def test_sentence_starts_as_first_written():
    pieces = ["Mr.", "Dr.", "U.S.", "V.K.", "A.", "Jan.", "etc.", "end.", "Why?", "Go!", '"Yes."',
              "(see", "p.m.", "Monday", "GMT", "...", "No.", "3.5", "2024.", "’", "”", ")", "*", "The", "the",
              "Modi", "9", "\n", "\n\n", " ", "  ", "\u00a0", "\u2009", "\u3000", "\x1c", "\t"]
    rng = random.Random(3)
    texts = ["", ".", "A. B", "x. Y", "\n", "Hello. World. ", "Mr. Smith met Dr. Jones. They"]
    for _ in range(4000):
        texts.append("".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n"])
                             for _ in range(rng.randint(1, 25))))
    for text in texts:
        assert sentence_starts(text) == _starts_as_first_written(text), text


def test_str_isspace_is_the_regex_whitespace():
    space = re.compile(r"\s")
    assert all(chr(c).isspace() == bool(space.match(chr(c))) for c in range(sys.maxunicode + 1))
