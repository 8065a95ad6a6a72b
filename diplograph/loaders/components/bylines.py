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
_MAX_WORDS = 14  # a longer line is a sentence of the story ("By the time he left, ...")


def byline_chars(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the story's credit lines."""
    out = []
    text = text_of(doc)
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _CREDIT.match(line) and len(line.split()) <= _MAX_WORDS and not line.rstrip().endswith(
            "."
        ):
            out.append((start, end))
        start = end + 1
    return out
