"""The items of a news digest: paragraphs that open with a label in capitals.

"THE WORLD THIS WEEK ... SAUDI FEELER: Crown Prince X has floated ... BUSH IN BEIJING:
US President Y wound up ...": a roundup tells unrelated stories one after another, each
under its own label. A gathering named in one item frames none of the next one's
arrivals or talks, so :mod:`.summit_places` reads the story's gathering from the item
a sentence stands in.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from .tokenizer import text_of, tokens_of

__all__ = ["digest_item_starts", "item_start"]

# a paragraph's label: two or more words in capitals, then a colon and the item's text
_LABEL = re.compile(
    r"(?:^|\n\s*\n)[ \t]*(?:\*\*)?(?P<label>[A-Z][A-Z0-9'’&.\-]*(?:[ \t]+[A-Z0-9'’&.\-]+)+)"
    r"(?:\*\*)?:(?:\*\*)?[ \t]+(?P<body>[^\n]+)"
)
_MIN_ITEMS = 2  # one labelled paragraph is a heading, not a roundup
_MIN_WORDS = 8  # the label opens a story, not a short line ("UPDATE 2: adds quote")


def digest_item_starts(doc: Doc) -> list[int]:
    """Token offsets where the items of a digest begin (none if the story is no digest).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("SAUDI PLAN: The prince floated a plan for peace in the region this week."
    ...           "\\n\\nBUSH IN CHINA: The president held talks with his host in Beijing.")
    >>> [doc[i].text for i in digest_item_starts(doc)]
    ['SAUDI', 'BUSH']
    """
    text = text_of(doc)
    found = [
        m.start("label")
        for m in _LABEL.finditer(text)
        if len(m.group("body").split()) >= _MIN_WORDS
    ]
    if len(found) < _MIN_ITEMS:
        return []
    starts = [t.idx for t in tokens_of(doc)]
    return [bisect.bisect_left(starts, c) for c in found]


def item_start(i: int, starts: list[int]) -> int:
    """The token where the digest item holding token ``i`` begins (0 outside any)."""
    k = bisect.bisect_right(starts, i)
    return starts[k - 1] if k else 0
