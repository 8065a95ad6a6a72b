"""Who wrote the story: the names on its byline and credit lines are no one it tells of.

"By Harriet Osei, Diplomatic Editor" above the story, "Reporting by A; Editing by B"
below it: the writer's name is not a person of the story, so it makes no mention for
coreference (the story's first "He" is its subject, not its reporter) and no event.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .tokenizer import text_of

__all__ = ["byline_chars"]

# a line that is only a credit: "By X", "By X, Diplomatic Editor", "Reporting by X and Y"
_CREDIT = re.compile(
    r"^[ \t*_]*(?:by|(?:additional )?reporting by|writing by|editing by|compiled by)\s+\S",
    re.I,
)
# a credit that opens a line of notes: "Live coverage by A and B. Newest entries first."
_CREDIT_SENTENCE = re.compile(
    r"^[ \t*_]*(?i:(?:live\s+)?(?:coverage|updates|blogging|reporting|words|photos|pictures)"
    r"(?:\s+and\s+\w+)?\s+by)\s+[A-Z][^.\n]{0,80}?\."
)
_MAX_WORDS = 14  # a longer line is a sentence of the story ("By the time he left, ...")


# a bare name on its own line ("Venkat Raman") and, on the next, a place and a day
# ("Auckland, June 4, 2023"): the writer, then where and when the story was filed
_NAME_LINE = re.compile(r"^[ \t*_]*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+[ \t*_]*$")
_PLACE_AND_DAY = re.compile(
    r"^[ \t*_]*[A-Z][\w .'’-]*,\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})"
)


def byline_chars(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the story's credit lines."""
    out = []
    text = text_of(doc)
    lines = text.split("\n")
    start = 0
    for n, line in enumerate(lines):
        end = start + len(line)
        if _CREDIT.match(line) and len(line.split()) <= _MAX_WORDS and not line.rstrip().endswith(
            "."
        ):
            out.append((start, end))
        elif _CREDIT_SENTENCE.match(line):
            out.append((start, start + _CREDIT_SENTENCE.match(line).end()))
        elif _NAME_LINE.match(line) and _PLACE_AND_DAY.match(_next_line(lines, n)):
            out.append((start, end))
        start = end + 1
    return out


def _next_line(lines: list[str], n: int) -> str:
    """The next line after line ``n`` with any text on it."""
    return next((line for line in lines[n + 1 :] if line.strip()), "")
