"""Finding a cue of one or more words among the words around a trigger.

:mod:`.status` and :mod:`.plan_cues` test their cue sets (``NEGATIONS``, ``FUTURE``,
``CANCELLATION`` ...) against a few words at a time, thousands of times an article: each
set is compiled once into one alternation, and the words are tested for a cue's first
word before they are joined. The vocabularies are :mod:`.status`'s; this module only
searches them.
"""

from __future__ import annotations

import re

__all__ = ["has_cue"]


_PATTERNS: dict[int, tuple[re.Pattern, frozenset[str]]] = {}


def _has(words: list[str], vocab: set[str]) -> bool:
    """Whether one of the (multi-word) cues of ``vocab`` occurs in ``words`` (words as
    tokens are: none holds whitespace among other characters)."""
    found = _PATTERNS.get(id(vocab))
    if found is None:  # one alternation per cue set, longest cues first
        cues = sorted(vocab, key=len, reverse=True)
        pattern = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, cues)) + r")(?!\S)")
        found = _PATTERNS[id(vocab)] = (pattern, frozenset(c.split(" ")[0] for c in cues))
    pattern, firsts = found
    # a match opens with a cue's first word standing alone between spaces: where no word
    # of the text is one, the search (which tries every position) cannot match. The words
    # themselves are the text's words (each a token, whitespace or none): tested before
    # joining them, as nine calls in ten find none
    if firsts.isdisjoint(words):
        return False
    return pattern.search(" ".join(words)) is not None


has_cue = _has  # for the readers of other modules
