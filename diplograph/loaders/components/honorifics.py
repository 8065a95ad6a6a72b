"""Honorifics of many cultures before a name, as the press writes them.

"Datuk Seri", "Gen. (Retd.)", "His Royal Highness Prince", "H.E.": the phrases of
``diplograph/data/honorifics.txt``, which the people reader steps over to the name. A
phrase marked to stay with a one-word name keeps it ("Sheikh Hasina"); one marked for
one-word names only opens nothing else ("Pak Jokowi", not the Korean "Pak Jong Su").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import _rows, fold, lexicon

__all__ = ["Honorifics", "honorifics", "kept_honorific", "skip_honorifics", "styled_country"]


@dataclass(frozen=True)
class Honorifics:
    """Honorific phrases by their first word; each phrase is (words, kept with one word)."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]
    one_word_only: frozenset[tuple[str, ...]] = frozenset()  # "Pak Jokowi", not "Pak Jong Su"


@lru_cache(maxsize=1)
def honorifics() -> Honorifics:
    """The honorifics of ``diplograph/data/honorifics.txt``, longest phrase first."""
    by_first: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    one_word_only = set()
    for phrase, mark in lexicon().honorific_marks.items():
        words = tuple(_bare(w) for w in phrase.split())
        if mark == "!":
            one_word_only.add(words)
        by_first.setdefault(words[0], []).append((words, mark == "+"))
        if len(words) > 1:  # "Flt-Lt", "Lt-Gen": one token, the words joined by hyphens
            by_first.setdefault("-".join(words), []).append((("-".join(words),), mark == "+"))
    return Honorifics(
        {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in by_first.items()},
        frozenset(one_word_only),
    )


def kept_honorific(word: str) -> bool:
    """Whether ``word`` (any case) is an honorific that stays with a one-word name."""
    return fold(word) in _kept()


@lru_cache(maxsize=1)
def _kept() -> frozenset[str]:
    return frozenset(
        fold(words[0])
        for phrases in honorifics().by_first.values()
        for words, keep in phrases
        if keep and len(words) == 1
    )


def _bare(text: str) -> str:
    """A word without its full stops and apostrophes: "H.E." -> "HE", "Dato'" -> "Dato"."""
    return text.replace(".", "").replace("'", "").replace("’", "")


def _attached(toks, k: int) -> int:
    """Past the full stops and apostrophes written onto the word before ``k``."""
    while k < len(toks) and toks[k].text in (".", "'", "’") and not toks[k - 1].whitespace_:
        k += 1
    return k


def _phrase_end(toks, i: int, table: Honorifics) -> tuple[int, bool] | None:
    """(end, kept with one word) of the longest honorific phrase at ``i``, if any."""
    for words, keep in table.by_first.get(_bare(toks[i].text), ()):
        k = i
        for word in words:
            if k >= len(toks) or _bare(toks[k].text) != word:
                break
            k = _attached(toks, k + 1)
        else:
            if words in table.one_word_only and not _one_word_name(toks, k):
                continue
            return k, keep
    return None


def _one_word_name(toks, k: int) -> bool:
    """Whether a name of one unhyphenated word follows at ``k`` ("Pak Jokowi", not the
    Korean "Pak Jong Su" or "Pak Pong-ju")."""
    if k >= len(toks) or not toks[k].text[:1].isupper() or "-" in toks[k].text:
        return False
    return k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper()


def skip_honorifics(toks, i: int) -> tuple[int, int | None]:
    """Index after the honorifics that open a name at ``i`` ("Gen. (Retd.) V.K. Singh"),
    and the start of the last one if it stays when one word follows it ("Sheikh Hasina")."""
    table = honorifics()
    j, keep = i, None
    while j < len(toks):
        if toks[j].text == "(" and j + 1 < len(toks):  # "(Retd.)", "(retd)"
            inner = _phrase_end(toks, j + 1, table)
            if inner and inner[0] < len(toks) and toks[inner[0]].text == ")":
                j = inner[0] + 1
                continue
            break
        found = _phrase_end(toks, j, table)
        if found is None:
            break
        j, keep = found[0], (j if found[1] else None)
    return j, keep


@lru_cache(maxsize=1)
def _honorific_countries() -> dict[tuple[str, ...], str]:
    """words -> the one state whose style they are (data/honorific_countries.tsv)."""
    return {tuple(_bare(w) for w in style.split()): code for style, code in _rows(
        "honorific_countries.tsv"
    )}


def styled_country(toks, start: int) -> str | None:
    """The state whose style stands right before the name at ``start`` ("Datuk Seri
    Saifuddin Abdullah": MY; "Samdech Hun Manet": KH), or None.

    The longest style of up to three words ending at the name wins."""
    table = _honorific_countries()
    for n in (3, 2, 1):
        if start - n < 0:
            continue
        words = tuple(_bare(t.text) for t in toks[start - n : start] if _bare(t.text))
        if len(words) == n and words in table:
            return table[words]
    return None
