"""Pronoun agreement: "she" does not point at someone the article shows to be a man.

The article itself says who is who: a form of address or a gendered office right before a
name ("Ms Ardern", "Queen Margrethe", "Sheikha Moza"), or a pronoun in a sentence that
names no one else ("Ardern makes her first trip"). Coreference consults this memory when
it resolves a pronoun and, on a clash, takes the most recent person who can agree with it.
No gender is ever guessed from a name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import _rows
from .tokenizer import tokens_of

__all__ = ["GenderMemory", "pronoun_gender"]


@lru_cache(maxsize=1)
def _gendered() -> dict[str, str]:
    return {word: gender for word, gender in _rows("gendered_words.tsv")}


def pronoun_gender(word: str) -> str | None:
    """ "m" or "f" for a third-person pronoun (any case), else None."""
    lower = word.lower()
    return _gendered().get(lower) if lower in _PRONOUNS else None


_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


class GenderMemory:
    """What one article shows of its people's genders, learnt in reading order.

    >>> memory = GenderMemory()
    >>> memory.genders["amara-odinga"] = "f"
    >>> memory.agrees("amara-odinga", "he"), memory.agrees("amara-odinga", "her")
    (False, True)
    """

    def __init__(self):
        self.genders: dict[str, str] = {}

    def agrees(self, key: str, pronoun: str) -> bool:
        """Whether ``pronoun`` can point at ``key`` (True where either gender is unknown)."""
        known, wanted = self.genders.get(key), pronoun_gender(pronoun)
        return known is None or wanted is None or known == wanted

    def learn_from_address(self, doc: Doc, start: int, key: str) -> None:
        """A form of address or gendered office right before a name ("Ms", "Queen")."""
        toks = tokens_of(doc)
        k = start - 1
        if k >= 0 and toks[k].text == ".":
            k -= 1  # "Mrs. Clinton"
        gender = _gendered().get(toks[k].lower_) if k >= 0 else None
        if gender is not None and toks[k].lower_ not in _PRONOUNS:
            self.genders.setdefault(key, gender)

    def learn_from_pronoun(self, pronoun: str, key: str, alone: bool) -> None:
        """A pronoun resolved in a sentence that names no one else before it."""
        gender = pronoun_gender(pronoun)
        if alone and gender is not None:
            self.genders.setdefault(key, gender)
