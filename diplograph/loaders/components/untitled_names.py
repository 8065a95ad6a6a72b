"""People named with no office beside them: untitled names and lone surnames.

"Anthony Albanese has met Xi Jinping": a name of two to four words that no office
introduces; "Modi met Trump at the White House": a lone surname that names one office
holder of the publication date (from the knowledge base). Helpers of :mod:`.people`,
which runs them after the names read next to an office, and skips the words those took.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..kb import load_kb
from ..kb_names import fold_name, name_words
from .date_patterns import MONTHS
from .lexicon import Lexicon, fold, subdivision_names
from .name_or_thing import is_name
from .name_spans import (
    after_leading_words,
    after_non_person,
    credited,
    known_with,
    name_end,
    name_token,
    portfolio,
    title_given_name,
)
from .names import is_initials, is_regnal_numeral
from .tokenizer import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    lowers_of,
    span_text,
    text_of,
    texts_of,
    tokens_of,
)

if TYPE_CHECKING:
    from .people import _Found

__all__ = ["untitled", "leaders_by_surname"]


def untitled(doc: Doc, labels, lex: Lexicon, found: _Found) -> None:
    """Two- to four-word names with no office nearby ("Anthony Albanese has met Xi Jinping")."""
    taken = set()
    for s, e, _ in found.mentions:
        taken.update(range(s, e))
    toks, texts = tokens_of(doc), texts_of(doc)
    i = 0
    while i < len(doc):
        word = texts[i]
        if (
            i in taken
            or not (word[:1].isupper() or "-" in word)  # what name_token would refuse, fast
            or not name_token(toks[i], labels[i])
            or labels[i] is not None
            and i + 1 < len(doc)
            and labels[i + 1] is not None
        ):
            i += 1
            continue
        given, at = -1, i
        if i >= 2 and title_given_name(tokens_of(doc), i - 2, labels, lex):
            i = given = i - 2  # "Sultan ibn Abdulaziz": the name opens at the office word
        start, end = name_end(doc, i, labels, lex)
        start = after_non_person(doc, start, end, lex)
        start = after_leading_words(doc, start, end, labels, lex)
        if start != given and title_given_name(toks, start, labels, lex):
            given = start  # "Mawlawi Amir Khan Muttaqi": a given name after a cleric's style
        words = texts[start:end]
        core = [w for w in words if w not in lex.particles and w != "."]
        if (
            2 <= len(core) <= 4
            and not taken.intersection(range(start, end))
            and not any(
                w.isupper() and len(w) > 2 and not is_regnal_numeral(w) and not is_initials(w)
                for w in words
            )
            and is_name(doc, start, end, lex, titled=False)
            and not (start > 0 and toks[start - 1].lower_ == "the")
            and not (start > 0 and texts[start - 1] in lex.venue_openers)  # "Casa Santo
            # Domingo", "Palacio San Martin": the rest of a venue's name
            and texts[start] not in lex.venue_openers  # "Rancho San Cristobal": a venue's
            and not _at_venue(toks, start, end)
            and not _where_it_happens(toks, start, end, lex)
            and not _quoted_title(toks, start, end)
            and not _headline_only(doc, start, end)
            and not _a_month_of_a_calendar(texts, end)
            and fold(span_text(doc, start, end)) not in subdivision_names()  # "Minas Gerais"
            and not credited(toks, start)
            and not portfolio(doc, start, labels)
            and all(
                labels[k] is None
                or labels[k][0] == "PLACE"
                or k == start == given
                or k == end - 1 > start and known_with(toks, start, k)  # "Luis Montenegro"
                for k in range(start, end)
            )
            and not all(labels[k] is not None for k in range(start, end))
        ):
            spouse = _named_as_spouse(doc, start, lex)
            found.add(
                span_text(doc, start, end), None, None, False, lex, (start, end), spouse=spouse
            )
        i = max(end, at + 1)  # past the word it started from, even after stepping back


_DAY_OF_MONTH = re.compile(r"[1-9]|[12][0-9]|3[01]")
_YEAR = re.compile(r"1[3-9][0-9]{2}|20[0-9]{2}")


def _a_month_of_a_calendar(texts: list[str], end: int) -> bool:
    """Whether the words before ``end`` are a month, a day and a year follow them ("Rabi
    Al-Awwal 24, 1427", "Asoj 15, 2073"): a date of another calendar in a dateline."""
    after = texts[end : end + 3]
    return (
        len(after) == 3
        and _DAY_OF_MONTH.fullmatch(after[0]) is not None
        and after[1] == ","
        and _YEAR.fullmatch(after[2]) is not None
    )


def _named_as_spouse(doc: Doc, start: int, lex: Lexicon) -> bool:
    """ "First Lady Rachel Ruto", "his wife, Ana Diaz", "her husband, Dr Martin Ruiz": a
    name told as someone's spouse (before it, or before the spouse's own style)."""
    texts, lowers = texts_of(doc), lowers_of(doc)
    styled = start
    while styled > 0 and (texts[styled - 1] in lex.honorifics or texts[styled - 1] == "."):
        styled -= 1
    return _spouse_before(lowers, start) or _spouse_before(lowers, styled)


def _spouse_before(lowers: list[str], start: int) -> bool:
    """Whether "wife", "husband", "spouse" or "First Lady" ends right before ``start``."""
    before = [w for w in lowers[max(0, start - 3) : start] if w != ","]
    return bool(before) and (
        before[-1] in ("wife", "husband", "spouse")
        or before[-2:] in (["first", "lady"], ["first", "gentleman"])
    )


_HEADLINE_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _headline_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands in a headline written in title case
    ("Castro, Ex-foe Confer During Goodwill Trip") and nowhere else: there every word is
    capitalised, and only what the story names again is someone's name."""
    text = text_of(doc)
    at = tokens_of(doc)[start].idx
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    words = _HEADLINE_WORDS.findall(text[lo:hi])
    if len(words) < 4 or text[lo:hi].rstrip().endswith((".", '"', "”")):
        return False
    if not all(w[0].isupper() for w in words if len(w) > 3):
        return False  # a sentence, not a title-case headline
    rest = text[:lo] + text[hi:]
    return not all(re.search(rf"\b{re.escape(w)}\b", rest) for w in texts_of(doc)[start:end])


# before a site: "at La Moneda", "toured Robben Island", "walked through Old Havana"
_SITE_VERBS = {
    "at", "visits", "visited", "toured", "tours", "touring", "through", "around", "across",
}


def _at_venue(toks, start: int, end: int) -> bool:
    """ "at La Moneda", "at Yad Vashem", "visits Croke Park", "toured Robben Island": a
    venue or site after "at" or a verb of touring one (the people met there come with their
    office or are named elsewhere; one tours places); not "at Donald Trump's desk"."""
    owned = end < len(toks) and toks[end].text in ("'s", "’s")
    return start > 0 and toks[start - 1].lower_ in _SITE_VERBS and not owned


# a gathering or a stay "in" a name: "the G-20 summit in Los Cabos", "arrived in Puerto
# Princesa"; one meets and stays in a town, and trusts "in" a person ("faith in Joe Biden")
_HAPPENS_IN = {
    "summit", "summits", "talks", "meeting", "meetings", "conference", "forum", "session",
    "held", "arrived", "arrives", "arriving", "landed", "lands", "stayed", "stays", "staying",
    # "the summit Trudeau hosted in La Malbaie", "the two met in Baie-Comeau", "took place in"
    "hosted", "hosts", "hosting", "met", "meet", "meets", "gathered", "convened", "place",
}


# titles of a monarch's family: the one word after them is a given name
_KIN_OF_A_MONARCH = {"Prince", "Princess", "Duke", "Duchess", "Infanta", "Infante"}


def _where_it_happens(toks, start: int, end: int, lex: Lexicon) -> bool:
    """ "the G-20 summit in Los Cabos", "his stopover in Puerto Princesa", "landed in San
    Andres": a name "in" which a gathering, a trip or a stay takes place is a town the
    gazetteer lacks, not a person; not "talks in Donald Trump's office"."""
    if start < 2 or toks[start - 1].lower_ != "in":
        return False
    owned = end < len(toks) and toks[end].text in ("'s", "’s")
    before = toks[start - 2].lower_
    return not owned and (before in _HAPPENS_IN or before in lex.trip_words)


_CLOSING = CLOSING_QUOTES | {"("}  # a quotation's close, or its gloss's opening bracket


def _quoted_title(toks, start: int, end: int) -> bool:
    """ "watched the opera "Genghis Khan"", "the folktale "Kasa Jizo (...)"": a name set in
    quotation marks of its own is the title of a work, not a person; so is its gloss in
    brackets inside them ("(Kasa Guardian Deity)"")."""
    if start == 0 or end >= len(toks):
        return False
    before, after = toks[start - 1].text, toks[end].text
    if before == "(" and after == ")":  # a gloss: the quotation closes after its bracket
        return end + 1 < len(toks) and toks[end + 1].text in _CLOSING
    return before in OPENING_QUOTES and after in _CLOSING


# styles of a woman before a surname: "Mrs Bush" after "Mrs Laura Bush" is she, not him
_WOMEN_STYLES = {"Mrs", "Ms", "Mme", "Madam", "Madame", "Miss"}


def _kin_surnames(found: _Found) -> set[str]:
    """Surnames that end only the full names of people of no office ("Laura Bush",
    "Michelle Obama"): a lone "Bush" in a story of the sitting President Bush is his, as
    news names a leader's kin in full and the leader by surname. A surname that opens a
    name ("Kim Yo Jong") or ends an office holder's stays the article's own."""
    kin, held = set(), set()
    for person in found.people.values():
        words = name_words(fold_name(person.name))
        if person.title is None and len(words) >= 2:
            kin.add(words[-1])
            held.update(words[:-1])
        else:
            held.update(words)
    return kin - held


def leaders_by_surname(doc: Doc, labels, lex: Lexicon, found: _Found) -> None:
    """A lone surname that no fuller name of the article explains and that names one
    office holder of the publication date ("Modi met Trump at the White House")."""
    on = doc._.dg_published
    if on is None:
        return
    toks, texts = tokens_of(doc), texts_of(doc)
    taken = {k for s, e, _ in found.mentions for k in range(s, e)}
    written = {w for p in found.people.values() for w in name_words(fold_name(p.name))}
    kin = _kin_surnames(found)
    written -= kin
    for i, tok in enumerate(toks):
        first = texts[i][:1]
        if (
            not first.isalpha()  # what name_token refuses, read from the cached texts
            or first.islower() and "-" not in texts[i]
            or i in taken
            or labels[i] is not None
            or not name_token(tok, None)
            or is_initials(tok.text)
            or tok.lower_ in MONTHS  # "On May 24"
            or i + 1 < len(toks) and toks[i + 1].text[:1].isupper()  # "Blair House"
            or i > 0
            and name_token(toks[i - 1], labels[i - 1])
            and toks[i - 1].text not in lex.honorifics
            or set(name_words(fold_name(tok.text))) & written
            or i > 0 and toks[i - 1].text in _KIN_OF_A_MONARCH  # "Prince Philip": a given
            # name, not Prime Minister Danny Philip's surname
            or i > 0 and toks[i - 1].text.rstrip(".") in _WOMEN_STYLES
            and set(name_words(fold_name(tok.text))) & kin  # "Mrs Laura Bush ... Mrs Bush"
        ):
            continue
        holder = load_kb().surname_holder(tok.text, on)
        if holder is not None:
            found.add(holder.name, None, None, False, lex, (i, i + 1))
            written.update(name_words(fold_name(holder.name)))
