"""Where a person's name starts and ends in a Doc.

The people reader asks this module for the name after an office ("President Cde
Emmerson Mnangagwa" -> "Emmerson Mnangagwa") or in a run of capitalised words with no
office (see :mod:`.names` for the word-level knowledge: honorifics, initials, common
words, venue words). Whether the span reads as a name at all, and not as a place, venue or
event, is read in :mod:`.name_or_thing`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .honorifics import skip_honorifics
from .lexicon import Lexicon, lexicon
from .names import (
    common_word,
    is_initials,
    is_regnal_numeral,
    known_name_word,
    non_person_word,
    zipf_of,
)
from .tokenizer import text_of, tokens_of

__all__ = [
    "name_token",
    "name_end",
    "known_with",
    "title_given_name",
    "after_non_person",
    "after_leading_words",
    "portfolio",
    "credited",
]

_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|ben|abu|ould)-[A-Z]\w+")  # "al-Sharaa"


def name_token(tok, label) -> bool:
    """Whether a token can be part of a person's name."""
    if label is not None and label[0] != "PLACE":
        return False
    text = tok.text
    first = text[:1]
    if not first.isalpha():
        return False
    if first.islower():
        return _PARTICLE_NAME.fullmatch(text) is not None
    return _name_word(text, tok.lower_)


@lru_cache(maxsize=1 << 14)  # the same capitalised words recur in every article
def _name_word(text: str, lower: str) -> bool:
    """``name_token`` for a word that opens with a letter that is not lower-case."""
    if text in lexicon().not_name_words or (text != "May" and lower in STOP_WORDS):
        return False
    if is_initials(text):
        return True
    if _COMPOUND_ADJECTIVE.fullmatch(text):
        return False  # "Russian-backed", "Serb-controlled", "Kremlin-friendly": of a thing
    return not text.isupper()


# a capitalised word and a lower-case participle or adjective after a hyphen
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w'’]*-(?:[a-z]+ed|held|led|run|born|friendly|leaning)")


def _particles(toks, j: int, labels, lex: Lexicon) -> int:
    """Length of a run of particles at ``j`` that a name word follows ("von der"), or 0."""
    k = j
    while k < len(toks) and toks[k].text in lex.particles and toks[k].text[:1].islower():
        k += 1
    if k == j or k >= len(toks):
        return 0
    return k - j if name_token(toks[k], labels[k]) or _after_particle(toks[k]) else 0


def _after_particle(tok) -> bool:
    """ "Qaboos bin Said": after "bin" a word spelt like a headline verb is a name."""
    return tok.text.istitle() and tok.text.isalpha() and tok.lower_ not in STOP_WORDS


def _name_step(toks, j: int, start: int, labels, lex: Lexicon) -> int:
    """How many tokens at ``j`` continue the name that opens at ``start`` (0: it ends)."""
    tok = toks[j]
    if j > start + 1 and tok.text in lex.post_nominals:
        return 0  # "Keir Starmer MP", "John Major KG": letters after the name
    prev = toks[j - 1].text if j > start else None  # (each Token.text decodes anew)
    if name_token(tok, labels[j]) and (
        prev is None or not prev.endswith(".") or is_initials(prev) or prev == "."
    ):  # a lone stop inside a name is an abbreviation's ("Md. Touhid Hossain")
        dotted = j + 2 < len(toks) and toks[j + 1].text == "." and not tok.whitespace_
        if dotted and name_token(toks[j + 2], labels[j + 2]):
            # "Md. Touhid Hossain", "Ts.Elbegdorj": an abbreviated name word and its stop
            text = tok.text
            if text in lex.particles or (len(text) <= 2 and not toks[j + 1].whitespace_):
                return 2
        return 1
    if prev is not None and is_regnal_numeral(tok.text):
        return 1  # "Charles III"
    if prev is not None and prev in lex.particles and prev[:1].islower() and _after_particle(tok):
        return 1  # "Qaboos bin Said"
    if prev is not None:
        return _particles(toks, j, labels, lex)
    return 0


def _stop_word_surname(toks, k: int, labels) -> bool:
    """ "General Secretary To Lam", "President Do Muoi": after an office, a capitalised
    English stop word opens a name when a rare word follows (not "To Visit")."""
    return (
        k + 1 < len(toks)
        and toks[k].text[:1].isupper()
        and toks[k].lower_ in STOP_WORDS
        and toks[k].text not in lexicon().not_name_words
        and toks[k].whitespace_ == " "
        and name_token(toks[k + 1], labels[k + 1])
        and not common_word(toks[k + 1].text)
    )


def title_given_name(toks, k: int, labels, lex: Lexicon) -> bool:
    """ "Sultan ibn Abdulaziz", "Prince bin Nayef": an office word that a particle
    follows is a given name (Arabic names run "X bin Y"); so is a monarch's title after
    another office, before a name of two words ("Foreign Minister Amir Khan Muttaqi",
    "Minister Sultan Ahmed Jaber": no foreign minister is also an emir), or a cleric's
    honorific ("Haji Amir Hassan Karimi")."""
    return _monarch_word_after_office(toks, k, labels, lex) or (
        k + 2 < len(toks)
        and labels[k] is not None
        and labels[k][0] == "TITLE"
        and (k + 1 >= len(labels) or labels[k + 1] is None or labels[k + 1] != labels[k])
        and toks[k].text[:1].isupper()
        and toks[k + 1].text in lex.particles
        and toks[k + 1].text[:1].islower()
        and name_token(toks[k + 2], labels[k + 2])
    )


# styles that stand before a monarch's title itself ("His Highness Amir Tamim")
_MONARCH_STYLES = {"Highness", "Majesty", "HH", "HRH", "HM", "Excellency", "HE", "Highnesses",
                   "Majesties", "Excellencies"}


def _monarch_word_after_office(toks, k: int, labels, lex: Lexicon) -> bool:
    """Whether the monarch's title at ``k`` ("Amir", "Sultan") follows another office, past
    any honorifics, or a cleric's honorific ("Maulvi Amir Khan Muttaqi"; not a monarch's
    style, "His Highness Amir Tamim"), and two name words follow it."""
    if k + 2 >= len(toks) or labels[k] is None or labels[k][0] != "TITLE":
        return False  # no office here (most words): the tests below read Tokens and tables
    from ..kb_titles import office_group  # the knowledge base's module loads lazily

    j = k - 1
    while j > 0 and toks[j].text in lex.honorific_words:
        j -= 1  # "Foreign Minister Mawlawi Amir Khan Muttaqi"
    before = labels[j] if j >= 0 else None
    style = toks[k - 1].text if k > 0 else ""  # "Maulvi Amir Khan Muttaqi": a cleric's
    scholar = style in lex.honorific_words and style not in _MONARCH_STYLES  # honorific
    return (
        office_group(labels[k][1]) == "monarch"
        and (
            before is not None
            and before[0] == "TITLE"
            and before[1] != labels[k][1]
            and office_group(before[1]) != "monarch"
            or scholar and toks[k + 1].text not in lex.honorific_words
        )
        and toks[k].text[:1].isupper()
        and name_token(toks[k + 1], labels[k + 1])
        and name_token(toks[k + 2], labels[k + 2])
    )


def _regnal(toks, k: int, start: int) -> bool:
    """Whether token ``k`` is the numeral that ends a regnal name ("Felipe VI"); not an
    initial after another ("P V Narasimha Rao", "A B Vajpayee")."""
    return k > start and is_regnal_numeral(toks[k].text) and not is_initials(toks[k - 1].text)


def _named_on(toks, j: int, labels) -> bool:
    """Whether a rare name word follows a regnal numeral and ends the name ("Carl XVI
    Gustaf"), not an ordinary word ("Charles III Visits")."""
    return (
        labels[j] is None
        and name_token(toks[j], labels[j])
        and not common_word(toks[j].text)
        and (j + 1 >= len(toks) or not name_token(toks[j + 1], labels[j + 1]))
    )


def name_end(doc: Doc, i: int, labels, lex: Lexicon, titled: bool = False) -> tuple[int, int]:
    """(start, end) of a name at ``i`` after leading honorifics; end == start if none."""
    toks = tokens_of(doc)
    start, kept = skip_honorifics(toks, i)
    j = start + (titled and _stop_word_surname(toks, start, labels)) + title_given_name(
        toks, start, labels, lex
    )
    if titled and j == start and _pronoun_initial(toks, start):
        j += 1  # "Prime Minister I K Gujral", "President A P J Abdul Kalam": initials
    while j < len(doc):
        step = _name_step(toks, j, start, labels, lex)
        if not step or _regnal(toks, j - 1, start) and not _named_on(toks, j, labels):
            break
        j += step
    if j > start and j < len(doc) and labels[j] is not None and known_with(toks, start, j):
        j += 1  # "Prime Minister Luis Montenegro": a place word ends a name the KB knows
    while j > start and is_initials(toks[j - 1].text) and not _regnal(toks, j - 1, start):
        j -= 1  # initials open a name, never end it
    if j - start > 1 and _title_case_line(doc, start):
        # "President Buhari Departs Abuja For One Day Working Visit": in a headline set in
        # title case a common word ends the name
        j = next((k for k in range(start + 1, j) if _headline_break(toks[k], labels[k])), j)
    # an honorific that is all of a one-word name stays ("Sheikh Hasina")
    if j - start == 1 and kept is not None:
        start = kept
    return start, j


def _pronoun_initial(toks, k: int) -> bool:
    """Whether "I" or "A" at ``k`` is an initial: another initial follows ("I K Gujral")."""
    return (
        k + 2 < len(toks)
        and toks[k].text in ("I", "A")
        and len(toks[k + 1].text) == 1
        and is_initials(toks[k + 1].text)
        and toks[k + 1].text not in ("I", "A")
    )


def _headline_break(tok, label) -> bool:
    """Whether a word of a title-case headline can be no part of a name before it: a
    common word, a place or office, or a verb of the news ("Departs", "Lands")."""
    if label is not None or common_word(tok.text):
        return True
    lower = tok.text.lower()
    return lower.endswith("s") and not known_name_word(tok.text) and zipf_of(lower[:-1]) >= 3


# small words that only a headline set in title case capitalises inside a line
_TITLED_SMALL_WORDS = {"For", "In", "To", "With", "Of", "At", "On", "And", "From", "After", "As"}


def _title_case_line(doc: Doc, i: int) -> bool:
    """Whether the line of token ``i`` is set in title case: nearly every word capitalised,
    small words too ("Putin Arrives In Rome For Talks With Pope")."""
    lines = doc.user_data.setdefault("dg_title_case_lines", {})
    text = text_of(doc)
    at = tokens_of(doc)[i].idx
    lo = text.rfind("\n", 0, at) + 1
    if lo not in lines:
        hi = text.find("\n", at)
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[lo : hi if hi != -1 else len(text)])
        upper = sum(w[0].isupper() for w in words)
        lines[lo] = upper >= 0.85 * len(words) and bool(_TITLED_SMALL_WORDS.intersection(words))
    return lines[lo]


def known_with(toks, start: int, j: int) -> bool:
    """Whether the words ``start:j`` and the word at ``j`` are a KB person's whole name."""
    from ..kb import load_kb  # the KB loads lazily, once
    from ..kb_names import fold_name, name_words

    text = " ".join(t.text for t in toks[start : j + 1])
    return toks[j].text[:1].isupper() and load_kb().is_full_name(name_words(fold_name(text)))


def after_non_person(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where the name starts in a run that opens with a body or office field ("Foreign
    Affairs Toshimitsu Motegi", "Interior Ministry Kim Min-ho"): after its last such word."""
    for k in range(end - 1, start - 1, -1):
        if non_person_word(tokens_of(doc)[k].text, lex.non_person_words):
            return k + 1
    return start


def after_leading_words(doc: Doc, start: int, end: int, labels, lex: Lexicon) -> int:
    """Past office words glued before a name of at least two words ("Deputy Ali Karimi",
    "Presidential Envoy Maria Lopez"); a place's word stays."""
    toks = tokens_of(doc)
    while end - start > 2 and labels[start] is None and toks[start].text in lex.office_words:
        start += 1
    if end - start >= 2 and _opening_participle(toks, start):
        start += 1  # "Meeting Pham Minh Chinh, who ..., Xi said": the verb opening the clause
    if end - start >= 2 and _fronted_town(toks, start, labels, lex):
        start += 1  # "In Oslo Ruto met Store": the town the clause opens with, no comma after
    return min(skip_honorifics(toks, start)[0], end)  # "First Lady Ana Diaz"


_LOCATIVES = {"in", "from", "at", "to", "into"}


def _fronted_town(toks, k: int, labels, lex: Lexicon) -> bool:
    """Whether token ``k`` is a one-word town after a locative that opens its sentence ("In
    Oslo Ruto met", "From Belgrade Merkel flies"): no part of the name after it."""
    place = lex.places.get(toks[k].text)
    return (
        k >= 1
        and place is not None
        and place.kind != "region"
        and toks[k - 1].lower_ in _LOCATIVES
        and bool(toks[k - 1].is_sent_start)
        and lex.places.get(f"{toks[k].text} {toks[k + 1].text}") is None  # not "San Jose"
    )


def _opening_participle(toks, k: int) -> bool:
    """A verb in -ing opening a sentence or clause ("Meeting", "Welcoming", "Receiving":
    the stem is a common English word), not a name's first word ("Ming", "Irving")."""
    word = toks[k].text
    opens = k == 0 or toks[k].is_sent_start or toks[k - 1].text in (",", ";", "(", "—", "–")
    if not (opens and len(word) > 5 and word.endswith("ing") and word[:1].isupper()):
        return False
    stem = word[:-3]
    stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    return any(common_word(s.capitalize()) for s in stems)


def portfolio(doc: Doc, start: int, labels) -> bool:
    """ "Minister of Youth Empowerment", "Ministry of Information": an office's field."""
    if start < 2 or tokens_of(doc)[start - 1].text != "of":
        return False
    before = labels[start - 2]
    return (before is not None and before[0] in ("TITLE", "ORG")) or tokens_of(doc)[
        start - 2
    ].text in ("Minister", "Ministry", "Department", "Secretary", "Office")


# words before a name that credit a picture or report to its maker ("Photo: Ana Diaz",
# "Picture by Ana Diaz", "Reporting by Ana Diaz"), who is no one in the story
_CREDITS = {"photo", "photos", "picture", "pictures", "pic", "image", "credit", "photograph",
            "reporting", "editing", "writing", "video", "illustration"}


def credited(toks, start: int) -> bool:
    """Whether the name at ``start`` follows a credit ("Photo:", "Photo by")."""
    k = start - 1
    if k >= 0 and toks[k].text in (":", "by", "By"):
        k -= 1
    return k >= 0 and k < start - 1 and toks[k].lower_ in _CREDITS
