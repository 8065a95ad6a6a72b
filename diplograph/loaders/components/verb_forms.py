"""Whether a word reads as a verb, with no tagger: the reader's tests of verb forms.

A lower-case word after an auxiliary ("will address") is the verb of its phrase; alone,
an "-ed" form or an irregular past (``data/irregular_pasts.txt``: "laid", "spoke") is a
past verb. Helper of :mod:`.clause_acts` and :mod:`.visit_destinations`.
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["verb_at"]


def verb_at(word: str, tensed: bool, lex: Lexicon) -> bool:
    """Whether ``word`` reads as a verb, ``tensed`` when an auxiliary stands before it.

    Examples
    --------
    >>> from diplograph.loaders.components.lexicon import lexicon
    >>> [verb_at(w, False, lexicon()) for w in ("watched", "laid", "parade", "Opened")]
    [True, True, False, False]
    """
    if not word.islower():
        return False
    return tensed or word.endswith("ed") or word in lex.irregular_pasts
