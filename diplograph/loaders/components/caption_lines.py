"""Whether a line is a photo caption: it opens with a caption's label ("Photo:", "File
photo:", "Pictured:", "PHOTO CAPTION:") or places a name in the picture in brackets
("X (left) greets Y"). A caption tells what a picture shows, in the present, and is no
part of the story's thread: readers of tense and of pronouns ask here.

>>> labelled_caption(["photo", "caption", ":", "x", "greets", "y"])
True
>>> labelled_caption(["photos", "of", "the", "visit", ":"])
False
"""

from __future__ import annotations

__all__ = ["labelled_caption", "marked_caption"]

_OPENERS = {"photo", "pictured", "file", "picture", "caption"}
_MARKS = {"left", "right", "l", "r", "centre", "center", "c", "front", "top"}


def labelled_caption(words: list[str]) -> bool:
    """Whether lower-cased ``words`` (a line's first) open with a caption's label."""
    return bool(words[:1]) and words[0] in _OPENERS and ":" in words[:3]


def marked_caption(words: list[str]) -> bool:
    """Whether ``words`` place someone in the picture: "(left)", "(R)"."""
    if _MARKS.isdisjoint(words):
        return False  # no mark at all (most sentences): no need to walk the words
    return any(
        words[k - 1 : k] == ["("] and words[k + 1 : k + 2] == [")"] and w in _MARKS
        for k, w in enumerate(words)
    )
