"""How names are compared with the knowledge base of office holders.

Names are folded (no accents, case, dots or honorifics) and split into words, the first
name in its long form ("Joe" -> "joseph"). :func:`match` grades how well a name fits one
of a person's names; :func:`fuzzy_match` also forgives transliterations and hyphens, and
is used only to tell a person's country, never to rename them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold_name", "name_words", "match", "fuzzy_match", "FAMILY_FIRST", "UNDECOMPOSED"]

#: Countries whose people are named family name first ("Xi Jinping" -> "Xi").
FAMILY_FIRST = {"CN", "KR", "KP", "TW", "VN", "HU"}
_NICKNAMES = {
    "joe": "joseph", "bill": "william", "mike": "michael", "tony": "antony", "jim": "james",
    "bob": "robert", "dick": "richard", "rex": "rex", "tom": "thomas", "dave": "david",
    "liz": "elizabeth", "jack": "john", "ron": "ronald", "jimmy": "james", "hillary": "hillary",
    "dmitri": "dmitry", "sergei": "sergey", "victor": "viktor", "mohammad": "mohammed",
    "muhammad": "mohammed", "mohamed": "mohammed", "alexander": "aleksandr",
    "alexandr": "aleksandr", "aleksander": "aleksandr",
}
#: Name words that English copy spells two ways ("Abdullah ibn Abdulaziz" = "bin").
_SAME_WORDS = {"ibn": "bin", "bint": "bint", "el": "al"}
_DROP_TOKENS = {"jr", "sr", "mr", "mrs", "ms", "dr", "sir", "lord", "dame", "shri"}
_PUNCT = re.compile(r"[^\w\s'-]")


#: Letters that Unicode does not decompose into a base letter and a mark, folded by hand
#: ("Trần Đại Quang" is "Tran Dai Quang"; "Łukaszenka", "Støre", "Þórðarson").
UNDECOMPOSED = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i", "þ": "th", "æ": "ae", "œ": "oe"}
)


@lru_cache(maxsize=1 << 16)  # pure, and the same names come back in every article
def fold_name(name: str) -> str:
    """A name folded for comparison: no accents, case, dots or honorifics.

    Examples
    --------
    >>> fold_name("Recep Tayyip Erdoğan")
    'recep tayyip erdogan'
    >>> fold_name("Joseph R. Biden, Jr.")
    'joseph r biden'
    >>> fold_name("Trần Đại Quang")
    'tran dai quang'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.translate(UNDECOMPOSED).replace("’", "'")
    words = _PUNCT.sub(" ", text).replace("-", " ").split()
    return " ".join(w for w in words if w not in _DROP_TOKENS)


def name_words(folded: str) -> list[str]:
    """Folded name words, the first name in its long form ("joe" -> "joseph")."""
    words = [_SAME_WORDS.get(w, w) for w in folded.split()]
    if words:
        words[0] = _NICKNAMES.get(words[0], words[0])
    return words


def match(tokens: list[str], words: list[str], country: str | None) -> int:
    """How well the name ``tokens`` fits one of a person's names ``words``.

    2: a full name, sharing the first and last word, with middle names that
    agree ("Joseph R. Biden" ~ "Joseph Robinette Biden", but "George H. W.
    Bush" is not "George W. Bush"), or a whole one-word alias ("Lula"), or
    the family names at the end ("Peña Nieto"); 1: the surname alone (the
    last word, or the first for East Asian names); 0: no fit.
    """
    if not words:
        return 0
    if tokens == words:
        return 2
    family_first = country in FAMILY_FIRST
    if len(tokens) == 1:
        return 1 if tokens[0] == (words[0] if family_first else words[-1]) else 0
    if tokens[0] == words[0] and tokens[-1] == words[-1]:
        return 2 if _middles_agree(tokens[1:-1], words[1:-1]) else 0
    family = words[: len(tokens)] if family_first else words[-len(tokens):]
    if len(tokens) < len(words) and family == tokens:
        return 2
    return 0


def fuzzy_match(tokens: list[str], words: list[str], country: str | None) -> int:
    """:func:`match`, forgiving what transliteration and the press vary: words of four
    letters or more one letter apart ("Meshal" ~ "Mishal", "Dissanayake" ~
    "Dissanayaka"), hyphens ("Chan-o-cha" ~ "Chan-ocha"), middle names left out
    ("Abdel Fattah al-Sisi" ~ "Abdul Fatah Khalil Al-Sisi"), and one word more after a
    name of two words or more ("Samia Suluhu Hassan" ~ "Samia Suluhu"), and a patronymic name
    without its family name ("Fahd bin Abdulaziz" ~ "Fahd bin Abdulaziz Al Saud")."""
    level = match(tokens, words, country)
    if level or len(tokens) < 2 or not words:
        return level
    if "".join(tokens) == "".join(words):
        return 2
    if _same_word(tokens[0], words[0]) and _same_word(tokens[-1], words[-1]):
        return 2 if _middles_agree(tokens[1:-1], words[1:-1], fuzzy=True) else 0
    if len(words) >= 2 and len(tokens) == len(words) + 1 and all(
        _same_word(t, w) for t, w in zip(tokens, words, strict=False)
    ):
        return 2
    if len(tokens) >= 3 and "bin" in tokens[1:-1] and words[: len(tokens)] == tokens:
        return 2  # "Fahd bin Abdulaziz" ~ "Fahd bin Abdulaziz Al Saud": the family name left out
    return 0


def _same_word(a: str, b: str) -> bool:
    """Equal, or (four letters or more, same first letter) one edit apart."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _middles_agree(a: list[str], b: list[str], fuzzy: bool = False) -> bool:
    """Middle names agree when one side has none, or each pair is equal or an initial;
    ``fuzzy``: also when the shorter side's full words all appear in order in the longer
    ("Abdel Fattah al-Sisi" ~ "Abdul Fatah Khalil Al-Sisi"; but "H. W." is not "W.")."""
    if not a or not b:
        return True
    same = _same_word if fuzzy else str.__eq__
    if len(a) != len(b):
        short, long = (a, b) if len(a) < len(b) else (b, a)
        if not fuzzy or any(len(w) == 1 for w in short):
            return False
        rest = iter(long)
        return all(any(same(w, x) for x in rest) for w in short)
    return all(same(x, y) or (len(x) == 1 and y.startswith(x))
               or (len(y) == 1 and x.startswith(y)) for x, y in zip(a, b, strict=True))
