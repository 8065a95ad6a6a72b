"""Whether two spellings of a personal name can be one person's.

The press and the official records spell one name many ways: transliterations
("Alexios" / "Alexis Tsipras", "Enrico Pena Nieto" / "Enrique Peña Nieto"),
typos ("Hamad Karzai"), Arabic forms ("Salman bin Abdel Aziz al-Saud" /
"Salman bin Abdulaziz Al Saud"), middle names left out ("Luiz Lula da Silva"),
and offices glued to the front ("Quartet Representative Tony Blair").
:func:`variant_names` says whether two spellings *may* be one person; it is a
necessary test, never a sufficient one: who the person is is decided with the
knowledge base and the article's context (:mod:`diplograph.loaders.person_identity`).

Generations are never one person: "Benigno Aquino" is not "Benigno Aquino 3rd",
"Ferdinand Marcos" not "Ferdinand Marcos Jr.", "Abdullah II" not "Abdullah".

Folding uses ``anyascii`` (ISC licence) so that letters NFKD cannot take apart
("ł", "ø", "ð") fold too, and ``rapidfuzz`` (MIT) for string distances.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler, Levenshtein

__all__ = ["FoldedName", "fold_person_name", "variant_names", "strip_glued_office",
           "surname_of"]

#: Particles inside names, dropped for comparison ("al-Sisi", "da Silva", "bin Salman").
PARTICLES = frozenset({
    "al", "el", "ad", "as", "ash", "bin", "ibn", "bint", "binti", "ould", "arap", "ag",
    "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den",
    "ter", "la", "le", "e", "y",
})
#: Forms of address that are never part of the name ("Mr", "H.E.").
_ADDRESS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "shri", "smt", "he",
                      "h", "hon", "rt"})
#: Generation markers, each to one canonical form: never one person across them.
_GENERATIONS = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii",
                "2nd": "ii", "iii": "iii", "3rd": "iii", "iv": "iv", "4th": "iv",
                "v": "v", "vi": "vi"}
#: Words after which the word before is a given name ("Sultan bin Abdulaziz").
_GIVEN_NAME_LINKS = frozenset({"bin", "ibn", "bint", "binti", "ben"})
_SPLIT = re.compile(r"[\s.,;:()\[\]\"/]+")
#: Given names this close (Jaro-Winkler) may be one ("Enrico" / "Enrique": 0.85).
GIVEN_NAME_SIMILARITY = 0.84
#: Whole names (particles out) this close (normalised Levenshtein) may be one.
SKELETON_DISTANCE = 0.1


class FoldedName(tuple):
    """``(words, generations)``: a name's core words, folded, and its generation markers."""

    @property
    def words(self) -> tuple[str, ...]:
        return self[0]

    @property
    def generations(self) -> frozenset[str]:
        return self[1]

    @property
    def skeleton(self) -> str:
        return "".join(self[0])


@lru_cache(maxsize=1 << 16)
def fold_person_name(name: str) -> FoldedName:
    """A name folded for comparison: ASCII, lower case, no particles, no forms of
    address, no nicknames in brackets; hyphenated parts joined ("Geun-hye" ->
    "geunhye") unless the first is a particle ("al-Sisi" -> "sisi").

    Examples
    --------
    >>> fold_person_name("Salman bin Abdel Aziz al-Saud").words
    ('salman', 'abdel', 'aziz', 'saud')
    >>> fold_person_name("Benigno S. Aquino 3rd")
    (('benigno', 's', 'aquino'), frozenset({'iii'}))
    >>> fold_person_name("Radosław Sikorski").skeleton
    'radoslawsikorski'
    """
    text = re.sub(r"\([^)]*\)", " ", name)  # "Rudolphus F. M. (Ruud) Lubbers"
    text = anyascii(text).casefold().replace("'", "").replace("`", "")
    words, generations = [], set()
    for i, raw in enumerate(w for w in _SPLIT.split(text) if w):
        parts = [p for p in raw.split("-") if p]
        while len(parts) > 1 and parts[0] in PARTICLES:
            parts = parts[1:]
        word = "".join(parts)
        if word in _GENERATIONS and (i > 0 and (word != "v" or len(words) > 1)):
            generations.add(_GENERATIONS[word])
        elif word in _ADDRESS and not words:
            continue
        elif word in PARTICLES and words:
            continue
        elif word:
            words.append(word)
    return FoldedName((tuple(words), frozenset(generations)))


def surname_of(name: str) -> str | None:
    """The last core word of a name, folded ("Hamid Karzai" -> "karzai")."""
    words = fold_person_name(name).words
    return words[-1] if words else None


def variant_names(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` may be two spellings of one person's name.

    Same generation, and either the same words once folded, or the same given
    name (a close transliteration or an initial) and surname (one letter apart)
    with middle names that agree (one side without, or the shorter's in order
    in the longer's, or spelt within two letters), or a shorter form of two
    words or more that begins the longer ("Salman bin Abdulaziz"), or whole
    names of ten letters or more a tenth apart.

    Examples
    --------
    >>> variant_names("Alexios Tsipras", "Alexis Tsipras")
    True
    >>> variant_names("Enrico Pena Nieto", "Enrique Peña Nieto")
    True
    >>> variant_names("Salman bin Abd al Aziz bin Saud", "Salman bin Abdulaziz Al Saud")
    True
    >>> variant_names("Benigno Aquino", "Benigno S. Aquino 3rd")
    False
    >>> variant_names("George W. Bush", "George H. W. Bush")
    False
    """
    fa, fb = fold_person_name(a), fold_person_name(b)
    if fa.generations != fb.generations or not fa.words or not fb.words:
        return False
    if fa.skeleton == fb.skeleton:
        return True
    if len(fa.words) < 2 or len(fb.words) < 2:
        return False  # a bare surname is settled by context, not by spelling
    if _initials_differ(fa.words[1:-1], fb.words[1:-1]):
        return False  # "George H. W. Bush" is not "George W. Bush"
    return (_word_by_word(fa.words, fb.words) or _leading_form(fa.words, fb.words)
            or _close_skeletons(fa, fb))


def _word_by_word(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not (_same_given(a[0], b[0]) and _same_word(a[-1], b[-1])):
        return False
    short, long = sorted((a, b), key=len)
    if len(short) == 2 and len(long) > 2 and len(short[0] + short[1]) < 8:
        return False  # "Kim Il" is not "Kim Jong Il"
    if len(long[0]) == 1 < len(short[0]) and any(len(w) > 1 for w in long[1:-1]):
        return False  # "K. Natwar Singh" goes by Natwar: "Karan Singh" is someone else
    return _middles_agree(a[1:-1], b[1:-1])


def _leading_form(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A short form of two words or more that begins the other ("Salman bin Abdulaziz")."""
    short, long = sorted((a, b), key=len)
    if len(short) < 2 or len(short) == len(long) or not _same_given(short[0], long[0]):
        return False
    if long[: len(short)] == short and len("".join(short)) >= 8:
        return True  # the first words as they are ("Abiy Ahmed" of "Abiy Ahmed Ali")
    head = "".join(short)
    prefixes = ("".join(long[:k]) for k in range(2, len(long)))
    return len(head) >= 10 and any(Levenshtein.distance(head, p) <= 2 for p in prefixes)


def _close_skeletons(a, b) -> bool:
    """Whole names of ten letters or more within a tenth of their length ("Kin Dae-Jung")."""
    sa, sb = a.skeleton, b.skeleton
    if min(len(sa), len(sb)) < 10 or sa[0] != sb[0]:
        return False
    return Levenshtein.normalized_distance(sa, sb) <= SKELETON_DISTANCE


def _same_given(a: str, b: str) -> bool:
    """Given names: equal, an initial of the other, or a close transliteration."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    return JaroWinkler.similarity(a, b) >= GIVEN_NAME_SIMILARITY


def _same_word(a: str, b: str) -> bool:
    """Surnames and middle names: equal, or (four letters or more) one letter apart
    (two from eight letters on)."""
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    return Levenshtein.distance(a, b) <= (1 if min(len(a), len(b)) < 8 else 2)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    if Levenshtein.distance("".join(a), "".join(b)) <= 2:
        return True  # "Abdel Aziz" / "Abdulaziz"
    short, long = sorted((a, b), key=len)
    rest = iter(long)
    return all(any(_same_word(w, x) or _initial_of(w, x) for x in rest) for w in short)


def _initial_of(a: str, b: str) -> bool:
    """One is the other's initial ("W." / "Willem")."""
    return (len(a) == 1 or len(b) == 1) and a[0] == b[0]


def _initials_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both sides give middle initials, and not the same ones."""
    initials_a = [w for w in a if len(w) == 1]
    initials_b = [w for w in b if len(w) == 1]
    return bool(initials_a and initials_b and initials_a != initials_b)


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    text = resources.files("diplograph.data").joinpath("glued_office_words.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(w.casefold() for w in lines if w and not w.startswith("#"))


def strip_glued_office(name: str) -> str:
    """``name`` without the office words glued to its front, keeping two words at least.

    Examples
    --------
    >>> strip_glued_office("Quartet Representative Tony Blair")
    'Tony Blair'
    >>> strip_glued_office("Interim Prime Minister Ayad Allawi")
    'Ayad Allawi'
    >>> strip_glued_office("Sheikh Hasina"), strip_glued_office("Prince Harry")
    ('Sheikh Hasina', 'Prince Harry')
    >>> strip_glued_office("Sultan ibn Abdulaziz Al Saud")
    'Sultan ibn Abdulaziz Al Saud'
    """
    words = name.split()
    k = 0
    while (len(words) - k > 2 and words[k].casefold().strip(".,") in _office_words()
           and words[k + 1].casefold() not in _GIVEN_NAME_LINKS):
        k += 1  # "Sultan ibn Abdulaziz": a given name before "ibn", not an office
    return " ".join(words[k:]) if k else name
