"""What a person's name looks like as the press writes it.

Shared by the people reader and coreference (the honorifics before a name are read by
:mod:`.honorifics`): initials ("V.K.", "K P"), regnal numerals ("Charles III"), whether
a capitalised phrase reads as a person's name at all ("Joint Statement", "Cidade Alta"
do not), and whether two spellings in one article name the same person ("Zelensky" /
"Zelenskyy").

Evidence that a word is a name comes from the knowledge base of office holders (the
words of some 4,000 leaders' names, of every region) and from ``wordfreq`` (how common
a word is in English): a word common in English that no leader bears ("Joint",
"Special", "Guest") reads as a word, not a name. Famous names are common words too
("Trump", "May"), which is why the knowledge base is asked first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler, Levenshtein

from ..kb import load_kb
from ..kb_titles import office_group
from .honorifics import kept_honorific
from .lexicon import _rows, fold, lexicon
from .patronymics import ARTICLED, PATRONYMICS, father_of

__all__ = [
    "is_initials",
    "is_regnal_numeral",
    "known_name_word",
    "common_word",
    "non_person_word",
    "plausible_name",
    "same_word",
    "same_name",
    "same_key",
    "key_words",
    "rival_offices",
    "nickname_of",
    "relative_of",
    "kin_of_another",
]

# Zipf frequency (wordfreq's log scale: 6 is "the"-like, 3 is rare) at and above which a
# word that no office holder bears reads as an English word: "statement" 5.0, "guest" 4.6,
# "asian" 4.7, but "mueang" 1.7, "kushner" 3.0.
_COMMON_ZIPF = 4.0
_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z]{1,2}")  # "V.K.", "S.", "K", "JD"
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")  # up to XXXIX
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v", "vi"}  # generations: never one person


@lru_cache(maxsize=1 << 16)  # pure, and the same names come back in every article
def is_initials(text: str) -> bool:
    """ "V.K.", "S.", "K", "JD": initials that open a name (never end one)."""
    return _INITIALS.fullmatch(text) is not None


def is_regnal_numeral(text: str) -> bool:
    """ "III", "VI", "XVI": a numeral that ends a monarch's or pope's name."""
    return bool(text) and text != "I" and _ROMAN.fullmatch(text) is not None


@lru_cache(maxsize=1)
def _kb_words() -> frozenset[str]:
    words: set[str] = set()  # the knowledge base loads once per process (~0.2 s)
    for person in load_kb().people:
        for name in person.names:
            words.update(w for w in re.split(r"[\s-]+", fold(name)) if len(w) > 1)
    return frozenset(words)


def known_name_word(word: str) -> bool:
    """Whether some office holder of the knowledge base bears ``word`` in their name."""
    return fold(word) in _kb_words()


@lru_cache(maxsize=1 << 14)
def zipf_of(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale: 3 = once per million)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(fold(word), "en")


@lru_cache(maxsize=1 << 14)
def common_word(word: str) -> bool:
    """A common English word that no office holder bears ("Joint", "Guest", "Late")."""
    from wordfreq import zipf_frequency  # 0.2 s on first use

    folded = fold(word)
    return not known_name_word(folded) and zipf_frequency(folded, "en") >= _COMMON_ZIPF


def non_person_word(word: str, words: set[str]) -> bool:
    """A word of the non-person table ("Airport", "Mosques" as "Mosque") that no office
    holder bears ("Park" is a Korean surname)."""
    if known_name_word(word):
        return False
    if word in words:
        return True
    if word.endswith("ies") and word[:-3] + "y" in words:
        return True
    if word.endswith("es") and word[:-2] in words:
        return True  # "Churches"; but not "Campos" as "Camp"
    return word.endswith("s") and word[:-1] in words


def plausible_name(words: list[str], lex, *, titled: bool) -> bool:
    """Whether capitalised ``words`` can be a person's name.

    Not when a word names a building, body, document or event ("Convention Centre",
    "Joint Statement"), nor when every word is a common English word that no office
    holder bears ("Special Correspondent", "Late May", "Central Asian") unless an office
    introduces them, nor a lone common word ("Chief Guest" leaves "Guest").
    """
    core = [w for w in words if w not in lex.particles and not is_initials(w)]
    if not core:
        return False
    if any(non_person_word(w, lex.non_person_words) for w in core):
        return False
    if all(w in lex.honorific_words for w in core):
        return False  # "Their Royal Highnesses the Princes": styles, no one's name
    if any(_joins_states(w, lex) for w in core):
        return False  # "China-Sri Lanka friendship", "the India-Pakistan talks"
    if len(core) == 1:
        return not common_word(core[0])
    return titled or not all(common_word(w) for w in core)


def _joins_states(word: str, lex) -> bool:
    """Whether a hyphenated word joins a state's name or people to another word ("China-Sri",
    "India-Pakistan", "Kenya-Uganda"): the parties of a relation, no person's name."""
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(
        p in lex.countries or p in lex.demonyms or p in _state_openers(lex) for p in parts
    )


@lru_cache(maxsize=1)
def _state_openers(lex) -> frozenset[str]:
    """First words of states' names of several words ("Sri", "Saudi", "South")."""
    return frozenset(name.split()[0] for name in lex.countries if " " in name)


@lru_cache(maxsize=1 << 14)
def _squash(word: str) -> str:
    return re.sub(r"[\s.'’‐-]", "", fold(word))


@lru_cache(maxsize=1)
def _romanisations() -> list[tuple[re.Pattern, str]]:
    """The letters romanisations of one name write differently (transliterations.tsv)."""
    return [(re.compile(pattern), repl) for pattern, repl in _rows("transliterations.tsv")]


@lru_cache(maxsize=1 << 14)
def romanised(word: str) -> str:
    """A folded name word with the letters romanisations disagree on made one ("Toqaev"
    and "Tokayev" -> "tokaev", "Zhaparov" and "Japarov" -> "japarov")."""
    for pattern, repl in _romanisations():
        word = pattern.sub(repl, word)
    return word


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    return Levenshtein.distance(a, b, score_cutoff=limit)


@lru_cache(maxsize=1 << 16)
def same_word(a: str, b: str, *, alone: bool = False) -> bool:
    """Two spellings of one name word: accents, hyphens and small typos aside
    ("Erdoğan" / "Erdogan", "Zelensky" / "Zelenskyy", "Sergey" / "Sergei",
    "Mohammed" / "Muhammad"). Short words must match exactly ("Lee", "Kim"). A word
    standing ``alone`` for a person (a bare surname) must not be another name that office
    holders bear: "Abbasi" is not a typo of "Abbas", nor "Ahmad" of "Ahmed"."""
    a, b = _squash(a), _squash(b)
    if a == b:
        return True
    if not a or not b or min(len(a), len(b)) < 5:
        return False
    if a[0] != b[0] and romanised(a)[:1] != romanised(b)[:1]:
        return False
    if alone and a in _kb_words() and b in _kb_words():
        return False
    if alone and max(a, b, key=zipf_of) in _kb_words() and max(zipf_of(a), zipf_of(b)) >= 4:
        return False  # "Francis" (Pope Francis) is no typo of "Francos": a name that common
        # in English is a name of its own
    limit = 1 if min(len(a), len(b)) < 8 else 2
    return _distance(romanised(a), romanised(b), limit) <= limit or _distance(a, b, limit) <= limit


def _name_words(name: str, particles: set[str]) -> list[str]:
    return [w for w in name.split() if w not in particles and not is_initials(w)]


def same_name(a: str, b: str, particles: set[str]) -> bool:
    """Whether two spellings name one person in one article: the same words in the same
    order, some spelt differently ("Prayut Chan-o-cha" / "Prayuth Chan-ocha"), or a
    shorter form whose first and last words are the other's ("Recep Erdogan" / "Recep
    Tayyip Erdoğan", "Yudhyono" / "Susilo Bambang Yudhoyono"). Different generations
    ("Jr." / "III") are never one person."""
    if _squash(a) == _squash(b):
        return True
    wa, wb = _name_words(a, particles), _name_words(b, particles)
    if not wa or not wb:
        return False
    ends = {fold(wa[-1]).rstrip("."), fold(wb[-1]).rstrip(".")}
    if ends & _SUFFIXES and len(ends) == 2:
        return False
    initials = {_middle_initials(a), _middle_initials(b)} - {""}
    if len(initials) == 2:
        return False  # "George W. Bush" / "George H. W. Bush": father and son
    if _patronymic_prefix(a.split(), b.split()):
        return True
    short, full = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == len(full):  # every word agrees: strong evidence, typos allowed
        return all(same_word(x, y) for x, y in zip(short, full, strict=True))
    if not same_word(short[-1], full[-1], alone=True):
        return False
    if len(short) == 1:
        return len(_squash(short[0])) > 2
    if not same_word(short[0], full[0]):
        return False
    rest = iter(full[1:-1])  # the short form's middle words, in order, in the full one's
    return all(any(same_word(w, x) for x in rest) for w in short[1:-1])


_INITIAL = re.compile(r"(?:[A-Z]\.)+|[A-Z]")


def _middle_initials(name: str) -> str:
    """The initials written between a name's first and last words ("George H. W. Bush" ->
    "HW", "George H.W. Bush" -> "HW"); "" where none is written. A name that writes its
    middle initials writes all of them, so two names that write different ones are two
    people."""
    words = name.split()[1:-1]
    return "".join(w.replace(".", "") for w in words if _INITIAL.fullmatch(w))


def _patronymic_prefix(a: list[str], b: list[str]) -> bool:
    """ "Tamim bin Hamad" / "Tamim bin Hamad Al Thani": a name with its patronymic that
    opens the other, which goes on with the family name."""
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    # the word-by-word comparison last: most pairs fail the cheaper tests
    if len(short) == 2 and len(full) == 3 and ARTICLED.match(full[2]):
        # "Abdel Fattah" / "Abdel Fattah al-Burhan": the given names alone
        return all(same_word(x, y) for x, y in zip(short, full, strict=False))
    patronymic = any(w.lower() in PATRONYMICS for w in short[1:-1])
    return (
        3 <= len(short) < len(full)
        and patronymic
        and all(same_word(x, y) for x, y in zip(short, full, strict=False))
    )


def rival_offices(a: str | None, b: str | None) -> bool:
    """A monarch or a prince and a head of government or minister are never one person
    ("Crown Prince Felipe" is no "President Felipe Calderón"), nor a pope and anyone of
    another office ("Pope Francis" is no "Interior Minister Francos")."""
    if not a or not b:
        return False
    if ("pope" in (a.casefold(), b.casefold())) and a.casefold() != b.casefold():
        return True
    return _royal(a) != _royal(b) and bool(
        (_royal(a) or office_group(a)) and (_royal(b) or office_group(b))
    )


_PRINCES = {"prince", "princess", "infanta", "infante", "archduke", "archduchess"}


def _royal(title: str) -> bool:
    """Whether an office is a monarch's or a prince's ("King", "Emir", "Crown Prince")."""
    return office_group(title) == "monarch" or bool(_PRINCES & set(title.casefold().split()))


def nickname_of(word: str, title: str, people: dict) -> str | None:
    """The one person with this office whose given name the word shortens ("President
    Ibu" for President Ibrahim Solih): a short word (three or four letters) that is not a
    leader's own name ("Moon", "Abe"), nor a common word."""
    folded = fold(word)
    if not 3 <= len(folded) <= 4 or known_name_word(word) or common_word(word):
        return None
    fits = [
        k
        for k, p in people.items()
        if p.title == title and len(key_words(k)) > 1 and key_words(k)[0][:2] == folded[:2]
    ]
    return fits[0] if len(fits) == 1 else None


def key_words(key: str) -> list[str]:
    """A key's words without particles and a leading kept honorific ("Sheikh Tamim")."""
    words = key.split("-")
    core = [w for w in words if w not in _folded_particles()]
    if len(core) > 1 and kept_honorific(core[0]):
        core = core[1:]
    return core or words


@lru_cache(maxsize=1)
def _folded_particles() -> frozenset[str]:
    return frozenset(p.casefold() for p in lexicon().particles)


# generational suffixes: "Joseph R. Biden, Jr." is "Joseph R. Biden" ("II" after one name
# is a monarch's regnal number: "Abdullah II" is no Abdullah bin Abdulaziz)
_GENERATIONS = {"jr", "sr"}


@lru_cache(maxsize=1 << 16)  # pure: the people reader compares each new name with every one found
def same_key(a: str, b: str) -> bool:
    """Whether two person keys name one person: a bare word of the other ("putin"), the
    other's last words ("lopez-obrador"), or the same last word and first initial
    ("george-bush", "george-w-bush")."""
    ta, tb = key_words(a), key_words(b)
    if (ta[-1] in _GENERATIONS) != (tb[-1] in _GENERATIONS):  # "joseph-r-biden-jr"
        ta, tb = [w for w in ta if w not in _GENERATIONS], [w for w in tb if w not in _GENERATIONS]
        if not ta or not tb:
            return False  # a suffix read alone ("Jr") names no one
    short, full = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1:  # "Putin"; a two-letter word only as a surname written first
        return short[0] in full and (len(short[0]) > 2 or short[0] == full[0] != full[-1])
    if len(short) == 2 < len(full) and full[-2:] == short and min(a, b, key=len).count("-") == 1:
        return True  # a double surname alone: "lopez-obrador", "rodriguez-zapatero" (not a
        # patronymic chain: "salman-bin-abdulaziz-al-saud" is not his son's name)
    if PATRONYMICS.intersection(a.split("-") + b.split("-")) and not same_word(short[0], full[0]):
        return False  # "mansour-bin-zayed-al-nahyan" is not his brother "mohamed-bin-zayed-..."
    fathers = father_of(a.split("-")), father_of(b.split("-"))
    if None not in fathers and not same_word(*fathers):
        return False  # "mohammed-bin-hamad-...-al-nahyan" is not "mohammed-bin-zayed-al-nahyan"
    if short[-1] != full[-1] or short[0][0] != full[0][0]:
        return False
    initials = {"".join(w for w in words[1:-1] if len(w) == 1) for words in (short, full)}
    if len(initials - {""}) == 2:
        return False  # "george-w-bush" / "george-h-w-bush": father and son
    given = short[0], full[0]  # "vladimir"/"volodymyr" 0.75; not a spouse, "leonid"/"lyudmyla"
    shortest = min(map(len, given))  # an initial stands for any name; a short form such as
    if shortest < 3:  # "jim" for "james" (0.69) comes close, a spouse's "jill" for "joe"
        return True  # (0.53) does not
    return JaroWinkler.similarity(*given) >= (0.65 if shortest == 3 else 0.7)  # Jaro-Winkler


def relative_of(person, key: str) -> bool:
    """ "President Joko Widodo ... First Lady Iriana Joko Widodo": a longer name ending in
    the full name of someone already introduced with an office, but opening with a
    given name of its own, names another person (news gives the full name first)."""
    if person.title is None or not key.endswith("-" + person.key.rsplit("-", 1)[-1]):
        return False  # most pairs: no shared last word (read for every name in the text)
    known, new = key_words(person.key), key_words(key)
    return (
        1 < len(known) < len(new)
        and new[-len(known) :] == known
        and new[0][:1] != known[0][:1]
    )


def kin_of_another(person, people: dict) -> bool:
    """Whether the person's name ends in the full name of another the article gives an
    office ("Iriana Joko Widodo" beside President Joko Widodo): not the knowledge base's
    holder of that name."""
    return any(relative_of(p, person.key) for p in people.values() if p is not person)
