"""Whether a run of capitalised words names a person or a place, venue, event or thing.

"King Khalid airport", "reached Bellahouston Park", "the first Sino-India Presidential
summit", "the Grand Ethiopian Renaissance Dam (GERD)", "told Prensa Latina": runs that
look like names and are not. :mod:`.name_spans` finds where a name starts and ends;
the people reader then asks :func:`is_name` whether the run it found is one, which reads
the words after and before the run rather than the name's own words.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import Lexicon
from .names import known_name_word, plausible_name
from .outlets import outlet_tokens
from .place_reading import METROPOLIS
from .tokenizer import tokens_of

__all__ = [
    "is_name",
    "at_a_place",
    "venue_after",
]


def venue_after(doc: Doc, end: int, lex: Lexicon) -> bool:
    """ "Don Mueang airport", "Istana Negara palace": a lower-case venue noun follows; or
    a possessive and a venue's capitalised noun ("St Patrick's Hall", "St Peter's Square")."""
    if end >= len(doc):
        return False
    toks = tokens_of(doc)
    owned = toks[end].text in ("'s", "’s") and end + 1 < len(doc)
    if owned and toks[end + 1].text in lex.venue_words:
        return True
    text = toks[end].text
    # a venue, not any noun that ends a name of a thing: "Dina Boluarte plan to meet" is
    # her and a verb
    return text.islower() and text.capitalize() in lex.venue_words


# event nouns a run of capitalised words can qualify ("the first Sino-India Presidential
# summit"): the run names the parties or the kind of the event, not a person
_EVENT_NOUNS = {"summit", "talks", "meeting", "dialogue", "forum", "conference", "visit"}


def is_name(doc: Doc, start: int, end: int, lex: Lexicon, *, titled: bool) -> bool:
    """Whether tokens ``start:end`` read as a person's name (see :func:`plausible_name`)."""
    toks = tokens_of(doc)
    words = [t.text for t in toks[start:end] if t.text != "."]
    if venue_after(doc, end, lex):  # "King Khalid airport", "Don Mueang airport"
        return False
    if not titled and end < len(doc) and toks[end].text in lex.group_nouns:
        return False  # "Roman Catholic bishops", "Sabean Mandaean representatives": a group
    if outlet_tokens(doc).intersection(range(start, end)):
        return False  # "told Prensa Latina": the article's outlet or a credited agency
    if (
        not titled
        and end < len(doc)
        and toks[end].lower_ in _EVENT_NOUNS
        and start > 0
        and toks[start - 1].lower_ in ("the", "first", "a", "an", "annual", "second", "third")
    ):
        return False  # "The first Sino-India Presidential summit", "the annual Boao Forum"
    if (
        start >= 2
        and toks[start - 1].lower_ in ("on", "of", "for")
        and toks[start - 2].text in lex.document_words
    ):
        return False  # "signed the Agreement on Consular Matters": the document's subject
    if _glossed_by_acronym(doc, end) and lex.non_person_words.intersection(words):
        return False  # "the Grand Ethiopian Renaissance Dam (GERD)": "Dam" is also a
        # surname, but a thing's name is what its initials gloss ("López Obrador (AMLO)")
    if not titled and at_a_place(doc, start, end, lex):
        return False  # "reached Bellahouston Park", "at Ashgrove Hall": a place
    city = lex.places.get(words[-1]) if len(words) > 1 and not titled else None
    if city is not None and city.population >= METROPOLIS and not known_name_word(words[0]):
        return False  # "Konbanwa Tokyo!": no office, no known given name, a great city last
    return plausible_name(words, lex, titled=titled)


# words before a place's name: where one goes, is or comes from
_PLACE_OPENERS = {"at", "in", "to", "from", "near", "reached", "outside", "inside", "into"}


def at_a_place(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the capitalised words [start, end) follow a word of place ("at", "to") and
    end in a word of the non-person table after words no office holder bears ("reached
    Bellahouston Park", "After an afternoon at Croke Park, the President ...")."""
    toks = tokens_of(doc)
    words = [t.text for t in toks[start:end]]
    return start > 0 and toks[start - 1].lower_ in _PLACE_OPENERS and _place_word_last(words, lex)


def _place_word_last(words: list[str], lex: Lexicon) -> bool:
    """Whether a word of the non-person table that office holders also bear ("Park",
    "Hall") ends ``words``, after words that no office holder bears ("Bellahouston Park";
    not "Park Geun-hye", "Tony Hall")."""
    return (
        len(words) > 1
        and words[-1] in lex.non_person_words
        and not any(known_name_word(w) for w in words[:-1])
    )


def _glossed_by_acronym(doc: Doc, end: int) -> bool:
    """Whether "(ACRONYM)" follows ``end`` and spells the initials of the capitalised words
    that end there."""
    toks = tokens_of(doc)
    if end + 2 >= len(doc) or toks[end].text != "(" or toks[end + 2].text != ")":
        return False
    acronym = toks[end + 1].text
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return False
    initials = [t.text[0] for t in toks[max(0, end - 12) : end] if t.text[:1].isupper()]
    return "".join(initials[-len(acronym) :]) == acronym
