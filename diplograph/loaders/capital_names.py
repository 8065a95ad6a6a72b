"""Surnames in capitals, as official texts write them, in the case of the rest of the name.

Foreign ministries, the EU and the UN write a family name in capitals to show which part
of a name it is: "Mr. KISHIDA Fumio, Prime Minister of Japan", "President Emmanuel
MACRON", "H.E. Mr. Volodymyr ZELENSKYY". The name readers take a word in capitals for an
acronym, a dateline or a heading, so such a name is lost. A run of one to three words in
capitals that touches a capitalised word ("Fumio", "Emmanuel", "Mr.") is written here in
that word's case ("KISHIDA Fumio" -> "Kishida Fumio"), each letter in its place, so that
every character offset of the text stays valid. Left as they are: acronyms the lexicon
knows ("NATO Secretary General", "the ASEAN Regional Forum"), words of fewer than three
letters or with no vowel ("PM", "BJP"), Roman numerals ("Arun III"), runs after "By" (a
byline), and headlines and datelines in capitals, which touch no capitalised word ("PM
MODI MEETS PUTIN", "NAIROBI - Kenyan").

>>> title_case_capital_names("President Emmanuel MACRON met Mr. KISHIDA Fumio.", set())
'President Emmanuel Macron met Mr. Kishida Fumio.'
>>> title_case_capital_names("NATO Secretary General Mark RUTTE", {"NATO"})
'NATO Secretary General Mark Rutte'
"""

from __future__ import annotations

import re

__all__ = ["title_case_capital_names"]

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")  # "AL-SAFADI", "O'NEILL"
_VOWELS = set("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝŒ")
_MAX_RUN = 3  # "Mr. ABDUL HAMID" - a longer run of capitals is a heading
_BYLINE = {"By", "BY"}
_ROMAN = re.compile(r"[IVXLCDM]+")  # "King Arun III", "Pope Pius XII": a numeral


def _name_shaped(capitals: str) -> bool:
    """Whether a word in capitals may be a name: three letters or more, a vowel among
    them, and no Roman numeral."""
    return len(capitals) >= 3 and not _VOWELS.isdisjoint(capitals) and not _ROMAN.fullmatch(
        capitals
    )


def _capitalised(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


def _title(word: str) -> str:
    """ "AL-SISI" -> "Al-Sisi", "O'NEILL" -> "O'Neill"; a letter whose lower case is
    longer ("İ") stays as it is, so that the word keeps its length."""
    out, start = [], True
    for ch in word:
        low = ch if start else ch.lower()
        out.append(low if len(low) == 1 else ch)
        start = ch in "-'’"
    return "".join(out)


def title_case_capital_names(
    text: str, acronyms: set[str] | frozenset[str], offices: frozenset[str] = frozenset()
) -> str:
    """``text`` with each surname written in capitals next to a capitalised word in the
    case of a name; ``acronyms`` are words in capitals to leave as they are, ``offices``
    the words of offices (lower case): "CEO" is no surname, and a run of capitals before
    an office ("RDIF Chief Executive") is an organisation's name."""
    words = list(_WORD.finditer(text))
    surname = [
        w.isupper() and _name_shaped(w) and w not in acronyms and w.lower() not in offices
        for w in (m.group() for m in words)
    ]
    if not any(surname):
        return text
    chars = list(text)
    i = 0
    while i < len(words):
        if not surname[i]:
            i += 1
            continue
        j = i  # the run of capitals words[i..j], one space apart
        while j + 1 < len(words) and surname[j + 1] and _adjacent(text, words[j], words[j + 1]):
            j += 1
        before = words[i - 1] if i and _adjacent(text, words[i - 1], words[i]) else None
        after = None
        if j + 1 < len(words) and _adjacent(text, words[j], words[j + 1]):
            after = words[j + 1]
        touches = (before is not None and _capitalised(before.group())) or (
            after is not None
            and _capitalised(after.group())
            and after.group().lower() not in offices
        )
        if touches and j - i < _MAX_RUN and not (before and before.group() in _BYLINE):
            for w in words[i : j + 1]:
                chars[w.start() : w.end()] = _title(w.group())
        i = j + 1
    return "".join(chars)


def _adjacent(text: str, a: re.Match, b: re.Match) -> bool:
    """Whether two words are one space apart, or a short form's full stop and a space
    ("Mr. X", "H.E. X"; not a sentence's end: "... on Monday. WASHINGTON - ...")."""
    between = text[a.end() : b.start()]
    return between == " " or (between == ". " and a.end() - a.start() <= 3)
