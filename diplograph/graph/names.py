"""Forgiving matching of the names people type against the names in the graph."""
from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise_name", "name_matches", "strip_title", "compatible_names"]

# Titles and honorifics people put before a name when they look someone up.
_TITLE_WORDS = {
    "pm", "president", "prime", "minister", "chancellor", "king", "queen", "prince",
    "sheikh", "mr", "mrs", "ms", "dr", "sir", "secretary", "foreign", "premier",
    "vice", "general", "emir", "crown", "sultan", "shri", "h", "e", "he",
}


def normalise_name(text: str) -> str:
    """Casefold, strip accents and punctuation, collapse spaces.

    Examples
    --------
    >>> normalise_name("  Recep Tayyip ERDOĞAN ")
    'recep tayyip erdogan'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    return " ".join(text.split())


def strip_title(text: str) -> str:
    """Drop leading titles such as "PM" or "President" from a typed name.

    Examples
    --------
    >>> strip_title("pm modi")
    'modi'
    """
    words = normalise_name(text).split()
    while len(words) > 1 and words[0] in _TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def name_matches(query: str, name: str) -> bool:
    """True when the typed ``query`` plausibly names the person called ``name``.

    Examples
    --------
    >>> name_matches("modi", "Narendra Modi")
    True
    >>> name_matches("PM Modi", "Narendra Modi")
    True
    >>> name_matches("Xi", "Xi Jinping")
    True
    >>> name_matches("Joe Biden", "Joseph R. Biden")
    True
    >>> name_matches("Modi", "Narendra Singh")
    False
    """
    q, n = strip_title(query).split(), normalise_name(name).split()
    if not q or not n:
        return False
    if q == n:
        return True
    if len(q) == 1:  # a surname, a given name, or a middle name used alone ("Lula")
        return q[0] in (n[0], n[-1]) or (len(q[0]) > 2 and q[0] in n)
    if q[-1] == n[-1] and q[0][0] == n[0][0]:
        return True
    return any(n[i:i + len(q)] == q for i in range(len(n) - len(q) + 1))


def compatible_names(a: str, b: str) -> bool:
    """True when two names in the graph may be one person ("Modi", "Narendra Modi")."""
    return name_matches(a, b) or name_matches(b, a)
