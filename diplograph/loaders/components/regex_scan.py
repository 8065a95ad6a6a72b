"""``pattern.finditer(text)`` with the same matches, trying only where a match can start.

Python's ``re`` skips ahead quickly to where a match may begin only when the
pattern opens with a literal or a character class; a pattern that opens with
``\\b`` or a lookbehind ("\\b(?:today|tonight|...)", as most date patterns do)
is tried at every character of the text. :func:`finditer` reads the pattern once
(its parse tree) for the one- and two-character strings a match can begin with
and whether a ``\\b`` comes before them, tries ``pattern.match`` only where the
text has such a string (at a word start, after a ``\\b``) and, as ``finditer``
does, resumes after each match. The matches are the ones ``finditer`` gives:
``pattern.match(text, pos)`` sees the text before ``pos`` for ``\\b`` and
lookbehinds, and a position left out is one where no match can begin.

A :class:`WordIndex` of the text (its word starts by their first two characters,
lower-cased) serves every pattern run over it. Patterns it cannot read so (one
that can match the empty string, or that may begin with a back-reference, a
negated class, ``\\w``...) fall back to ``pattern.finditer``; so does a text with
a digit outside ASCII or a letter that IGNORECASE matches with an ASCII one
("İ", "ı", "ſ", the Kelvin sign), which the strings read from the pattern leave out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # Python 3.11's names for the parser of the re module
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["WordIndex", "finditer", "start_strings"]

# Characters outside ASCII that IGNORECASE matches with an ASCII letter (İ and ı with
# i, ſ with s, the Kelvin sign with k); tests/loaders/test_regex_scan.py checks this
# list against the whole of Unicode.
ODD_CASES = "\u0130\u0131\u017f\u212a"
_DIGITS = "0123456789"
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)  # Python 3.11+
_K = 2  # characters of each start string
_MAX_STRINGS = 4000


class _UnreadableError(Exception):
    """The pattern's opening cannot be read into start strings."""


# A start string is (text, closed): closed when the match may end right after it, so
# that what follows it in the pattern comes next; open when it is all that is known
# (the next item could not be read). A string of _K characters is complete either way.
_Starts = set  # of (str, bool)


def _concat(first: _Starts, second: _Starts) -> _Starts:
    out = set()
    for text, closed in first:
        if not closed or len(text) >= _K:
            out.add((text, closed))
        else:
            for more, more_closed in second:
                joined = text + more
                out.add((joined[:_K], more_closed and len(joined) < _K))
    if len(out) > _MAX_STRINGS:
        raise _UnreadableError
    return out


def _chars(chars, icase: bool) -> _Starts:
    out = set()
    for ch in chars:
        if icase and not ch.isascii():
            raise _UnreadableError  # the case rules of other scripts are not followed here
        out.add((ch.lower() if icase else ch, True))
    return out


def _seq(items, icase: bool) -> _Starts:
    starts = {("", True)}
    for op, av in items:
        if all(len(t) >= _K or not closed for t, closed in starts):
            break
        try:
            item = _item(op, av, icase)
        except _UnreadableError:
            if any(t == "" for t, _ in starts):
                raise  # nothing known of the opening
            item = {("", False)}  # what came before is all that is known
        starts = _concat(starts, item)
    return starts


def _item(op, av, icase: bool) -> _Starts:
    if op is _c.LITERAL:
        return _chars(chr(av), icase)
    if op is _c.IN:
        chars = []
        for o, a in av:
            if o is _c.LITERAL:
                chars.append(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < 128:
                chars.extend(map(chr, range(a[0], a[1] + 1)))
            elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                chars.extend(_DIGITS)  # other digits: the index falls back (see WordIndex)
            else:  # a negated class, \w, \s, a wide range
                raise _UnreadableError
        return _chars(chars, icase)
    if op in _ZERO_WIDTH:
        return {("", True)}
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        inner = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _seq(sub, inner)
    if op is _c.BRANCH:
        out = set()
        for alt in av[1]:
            out |= _seq(alt, icase)
        return out
    if op in _REPEATS:
        low, high, sub = av
        once = _seq(sub, icase)
        if ("", True) in once:
            raise _UnreadableError  # a repeat of what may be empty: not followed
        # each repeat adds a character at least, so _K repeats complete every start
        out = {("", True)} if low == 0 else set()
        acc = {("", True)}
        for n in range(1, min(high, _K) + 1):
            acc = _concat(acc, once)
            if n >= low or n == _K:
                out |= acc
        return out
    if op is _ATOMIC and op is not None:
        return _seq(av, icase)
    raise _UnreadableError  # ANY, NOT_LITERAL, GROUPREF, ...


def _after_boundary(items) -> bool:
    """Whether a ``\\b`` stands among the zero-width items that open the pattern."""
    for op, av in items:
        if op is _c.AT and av is _c.AT_BOUNDARY:
            return True
        if op not in _ZERO_WIDTH:
            return False
    return False


def start_strings(pattern: re.Pattern) -> tuple[frozenset, frozenset, bool, str] | None:
    """(two-character starts, one-character starts, whether a ``\\b`` opens the
    pattern, the first characters as the pattern writes them), the starts lower-cased,
    or None where the opening cannot be read or a match may be empty. A match begins
    with one of the two-character strings, or with one of the single characters
    (followed by anything)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        starts = _seq(tree.data, bool(tree.state.flags & re.IGNORECASE))
    except (_UnreadableError, RecursionError, re.error):
        return None
    if any(text == "" for text, _ in starts):
        return None
    # lower-cased throughout: the index's keys are (a superset for case-sensitive parts)
    two = frozenset(t.lower() for t, _ in starts if len(t) == _K)
    one = frozenset(t.lower() for t, _ in starts if len(t) < _K)
    first = "".join(sorted({t[0] for t, _ in starts}))
    return two, one, _after_boundary(tree.data), first


_WORD = re.compile(r"\w+")
_UNUSUAL = re.compile(r"[^\x00-\x7f]")  # to look for digits and odd cases outside ASCII
_PLANS: dict = {}


def _plan(pattern: re.Pattern):
    try:
        return _PLANS[pattern]
    except KeyError:
        pass
    found = start_strings(pattern)
    if found is not None:
        two, one, boundary, written = found
        chars = {t[0] for t in two} | set(one)
        words = all(ch.isalnum() or ch == "_" for ch in chars | set(written))
        if boundary and words:
            plan = ("words", two, one)
        else:  # a class of every character whose lower form can begin a match
            chars |= set(written) | {c.upper() for c in chars if len(c.upper()) == 1}
            cls = "".join("\\" + ch if ch in "\\]^-[" else ch for ch in sorted(chars))
            plan = ("chars", two, one, re.compile(f"[{cls}]"))
    else:
        plan = None
    _PLANS[pattern] = plan
    return plan


class WordIndex:
    """A text's word starts by their first two characters, lower-cased."""

    def __init__(self, text: str):
        self.text = text
        self.usable = not any(
            ch.isdecimal() or ch in ODD_CASES for ch in _UNUSUAL.findall(text)
        )
        self.low = text.lower() if self.usable else text
        self.by_two: dict[str, list[int]] = {}
        if self.usable and len(self.low) == len(text):
            low = self.low
            by_two = self.by_two
            for s in [m.start() for m in _WORD.finditer(text)]:
                key = low[s : s + _K]
                at = by_two.get(key)
                if at is None:
                    by_two[key] = [s]
                else:
                    at.append(s)
        else:
            self.usable = False

    def starts(self, two: frozenset, one: frozenset) -> list[int]:
        """Word starts that begin with one of ``two``, or with one of ``one``."""
        if one:
            keys = [k for k in self.by_two if k in two or k[0] in one]
        else:
            keys = list(self.by_two.keys() & two)
        if len(keys) == 1:
            return self.by_two[keys[0]]
        return sorted(p for k in keys for p in self.by_two[k])


def finditer(pattern: re.Pattern, text: str, index: WordIndex | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, found faster (see the module's doc).
    ``index`` is the text's :class:`WordIndex`, shared by several patterns."""
    plan = _plan(pattern)
    if index is None or index.text is not text:
        index = WordIndex(text) if plan is not None else None
    if plan is None or not index.usable:
        yield from pattern.finditer(text)
        return
    if plan[0] == "words":
        candidates = index.starts(plan[1], plan[2])
    else:
        _, two, one, first = plan
        low = index.low
        candidates = [
            p for p in (m.start() for m in first.finditer(text))
            if low[p : p + _K] in two or low[p] in one
        ]
    match = pattern.match
    end = 0
    for pos in candidates:
        if pos >= end:
            m = match(text, pos)
            if m is not None:
                yield m
                end = m.end()  # never empty: patterns that may be take finditer
