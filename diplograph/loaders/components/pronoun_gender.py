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
from .pronouns import GENDERED
from .tokenizer import lowers_of, tokens_of

__all__ = ["GenderMemory", "pronoun_gender"]


@lru_cache(maxsize=1)
def _gendered() -> dict[str, str]:
    return {word: gender for word, gender in _rows("gendered_words.tsv")}


def pronoun_gender(word: str) -> str | None:
    """ "m" or "f" for a third-person pronoun (any case), else None."""
    lower = word.lower()
    return _gendered().get(lower) if lower in _PRONOUNS else None


_PRONOUNS = GENDERED
_AFTER_QUOTE = {'"', "”", "'", "’", ",", "''"}  # '"We regret it," Frederiksen said'



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

    def learn_from_lone_names(self, doc: Doc, named: list, sent_of: list[int], titled) -> None:
        """Before reading in order: a sentence that opens with the one person it names
        (after a quote at most), uses pronouns of one gender only and holds no other office
        word ("Frederiksen said she regretted it") shows that person's gender, wherever in
        the story it stands."""
        lowers = lowers_of(doc)  # the cached lower forms (read only), not a Token each
        by_sent: dict[int, list] = {}
        for m in named:
            by_sent.setdefault(sent_of[m.start], []).append(m)
        for sent, mentions in by_sent.items():
            keys = {m.key for m in mentions}
            if len(keys) != 1:
                continue
            end = next((j for j in range(sent, len(lowers)) if sent_of[j] != sent), len(lowers))
            first = min(m.start for m in mentions)
            spans = {j for m in mentions for j in range(m.start, m.end)}
            if any(titled(j) for j in range(sent, end) if j not in spans):
                continue  # "X met the Queen; she ...": another one, unnamed
            if first > sent and lowers[first - 1] not in _AFTER_QUOTE or first - sent > 25:
                continue  # "With Macron, she launched ...": the story's one, unnamed
            found = {pronoun_gender(w) for w in lowers[first:end] if w in _PRONOUNS}
            if len(found) == 1:
                self.genders.setdefault(keys.pop(), found.pop())

    def learn_from_pronoun(self, pronoun: str, key: str, alone: bool) -> None:
        """A pronoun resolved in a sentence that names no one else before it."""
        gender = pronoun_gender(pronoun)
        if alone and gender is not None:
            self.genders.setdefault(key, gender)
