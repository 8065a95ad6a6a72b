"""Companions named in a phrase that opens the sentence: "Accompanied by A and B, X flew".

The guidelines give a person named only as accompanying another no visit of their own;
when the phrase that names them opens the sentence, its list runs up to the comma before
the main subject, and every name in it is a companion, not a subject of the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["fronted_companions", "opens_companion_phrase"]

# participles that open a phrase naming who goes along ("Accompanied by", "Joined by")
_ALONG = {"accompanied", "joined", "flanked", "escorted"}


def opens_companion_phrase(t: int, lo: int, ctx: Context) -> bool:
    """Whether the word at ``t`` is the participle that opens the clause from ``lo`` with
    companions ("Joined by X, Y landed in Z"): it tells no trip of its own."""
    start = lo + 1 if ctx.lower[lo] == "also" else lo
    return t == start and ctx.lower[t] in _ALONG and ctx.lower[t + 1 : t + 2] == ["by"]


def fronted_companions(lo: int, t: int, ctx: Context) -> set[int]:
    """The starts of the people an opening "Accompanied by ..." phrase names, in the
    clause from ``lo`` to its trigger at ``t``: its list ends at its first name after an
    "and" ("Accompanied by A, B and C, X flew to Y"), else at its first name
    ("Accompanied by Foreign Minister A, X flew"); empty when no subject follows its last
    comma (a name, or "the two presidents", "he", "they").

    Examples
    --------
    A sentence read by the pipeline names Fabius in the phrase, Hollande after it:

    >>> from diplograph.loaders.pipeline import build_nlp
    >>> from diplograph.loaders.components.arguments import Context
    >>> from diplograph.loaders.components.lexicon import lexicon
    >>> doc = build_nlp()("Accompanied by Foreign Minister Laurent Fabius, President François "
    ...                   "Hollande flew to Bamako.")
    >>> ctx = Context(doc, lexicon())
    >>> sorted(ctx.doc[s].text for s in fronted_companions(0, 11, ctx))
    ['Laurent']
    """
    start = lo + 1 if ctx.lower[lo] == "also" else lo
    if not opens_companion_phrase(start, lo, ctx):
        return set()
    words = ctx.lower[start:t]
    if "," not in words:
        return set()
    close = start + len(words) - 1 - words[::-1].index(",")  # the comma before the subject
    named = ctx.persons_in(start + 2, close)
    if not named or not ctx.persons_in(close + 1, t) and ctx.lower[close + 1] not in _SUBJECTS:
        return set()
    joined = "and" in ctx.lower[named[0][1] : close]  # "A, B and C", not "A, X and Y flew"
    listed = []
    for s, _e, _key in named:
        listed.append(s)
        if not joined or "and" in ctx.lower[named[0][1] : s]:
            break  # up to the name after the "and", or the first name alone
    return set(listed)


# the words that open a subject with no name ("the two presidents", "he", "they")
_SUBJECTS = {"the", "he", "she", "they", "both"}
