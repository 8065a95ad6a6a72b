"""Royals named by a style and one given name: "Prince Charles", "Princess Anne".

Honorifics are dropped from names (the guidelines' "Prince", "Sir"), which leaves these
royals a name of one word, shorter than the two a name otherwise needs. A style of a
royal house before one capitalised word that is someone's given name, with no further
capitalised word after it ("Prince Edward Island" is a place), names that person.
Helper of :mod:`.people`, run with the untitled names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .lexicon import Lexicon
from .names import known_name_word, zipf_of
from .tokenizer import span_text, text_of, texts_of

if TYPE_CHECKING:
    from .people import _Found

__all__ = ["royal_names", "royal_given_names", "styled_royal"]

# styles of royal houses that the press writes before a royal's given name alone
_ROYAL_STYLES = {"Prince", "Princess", "Infanta", "Infante", "Archduke", "Archduchess"}


def royal_names(doc: Doc, labels, lex: Lexicon, found: _Found) -> None:
    """ "met Prince Charles", "greeted by Princess Anne": the royal, by the given name."""
    taken = {k for s, e, _ in found.mentions for k in range(s, e)}
    texts = texts_of(doc)
    for i in range(len(texts) - 1):
        if texts[i] not in _ROYAL_STYLES or i + 1 in taken or labels[i + 1] is not None:
            continue
        given = texts[i + 1]
        after = texts[i + 2] if i + 2 < len(texts) else ""
        if not given[:1].isupper() or not given.isalpha() or after[:1].isupper():
            continue  # "Prince Edward Island": a place
        if after in lex.particles or after.lower() in lex.particles:
            continue  # "Prince Mohammed bin Salman": a longer name, read elsewhere
        if known_name_word(given) or zipf_of(given) < 4.5:  # not "Prince Street"
            found.add(span_text(doc, i + 1, i + 2), None, None, False, lex, (i + 1, i + 2))


def styled_royal(doc: Doc, name: str) -> bool:
    """Whether ``name`` is one the text writes after a royal style ("Prince Charles"): a
    given name, which the knowledge base must not read as a surname (Eugenia Charles,
    Prime Minister of Dominica in 1990). The people reader's test of what the linker
    leaves unlinked (:func:`royal_given_names`), read once per Doc."""
    given = doc.user_data.get("dg_royal_given")
    if given is None:
        given = doc.user_data["dg_royal_given"] = royal_given_names(text_of(doc))
    return name in given


def royal_given_names(text: str) -> set[str]:
    """The one-word names a text writes after a royal style ("Prince Charles" -> "Charles"):
    royals, whom the knowledge base of office holders must not link by surname.

    >>> sorted(royal_given_names("Prince Charles met Princess Anne and Prince Edward Island"))
    ['Anne', 'Charles']
    """
    return {m.group(1) for m in _STYLED.finditer(text)}


_STYLED = re.compile(rf"\b(?:{'|'.join(sorted(_ROYAL_STYLES))}) ([A-Z][^\W\d_]+)\b(?! [A-Z])")
