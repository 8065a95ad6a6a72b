"""The outlet that published an article and the agencies it credits.

A news agency's name reads like a person's ("told Prensa Latina") or a town's ("Xinhua,
February 15, 2015"). The article says which names are outlets: its ``source`` (the front
matter's outlet, with any agency it credits in brackets, "The Straits Times (Reuters)"),
and the agency a wire dateline credits ("MEXICO, May 26 (Prensa Latina) -"). Where those
names stand in the text they name no person and no place.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from spacy.tokens import Doc

from .lexicon import lexicon
from .tokenizer import text_of

__all__ = ["outlet_names", "outlet_tokens", "outlet_country"]

# the agency in brackets after a dateline's day: "BEIJING, Nov. 3 (Xinhua) --",
# "PRETORIA, 3 May (Sapa) -"
_DATELINE_AGENCY = re.compile(
    r"(?:\d|\b(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r"\s*\(([A-Z][^()\d]{1,39})\)"
)
_SOURCE_PARTS = re.compile(r"[(),;|]")
_CREDIT_WORDS = re.compile(r"^(?:via|reposting|from)\s+", re.IGNORECASE)


def outlet_names(source: str | None, text: str) -> set[str]:
    """The names of the outlet ``source`` and of the agencies it or the dateline at the
    head of ``text`` credits.

    >>> sorted(outlet_names("The Straits Times (Reuters)", "SINGAPORE, May 2 (AFP) - ..."))
    ['AFP', 'Reuters', 'The Straits Times']
    """
    outlet, *credited = _SOURCE_PARTS.split(source or "")
    # "Daily News (Dar es Salaam), via AllAfrica": the outlet, where it is, an agency
    credited += _DATELINE_AGENCY.findall(text[:200].split("\n", 1)[0])
    lex = lexicon()
    names = {_clean(outlet)} | {
        n for n in map(_clean, credited) if n not in lex.places and n not in lex.countries
    }
    return {n for n in names if len(n) >= 3 and n[:1].isupper()}


def _clean(name: str) -> str:
    return " ".join(_CREDIT_WORDS.sub("", name.strip()).split())


def outlet_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens of ``doc`` where an outlet of its article is named (cached in
    ``doc.user_data``)."""
    found = doc.user_data.get("dg_outlet_tokens")
    if found is not None:
        return found
    article = doc._.dg_article
    text = text_of(doc)
    names = outlet_names(getattr(article, "source", None), text) if article else set()
    taken: set[int] = set()
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                taken.update(range(span.start, span.end))
    found = doc.user_data["dg_outlet_tokens"] = frozenset(taken)
    return found


# country-code domains that sites of anywhere take for their letters, not their country
_GENERIC_CODES = {"co", "io", "tv", "me", "fm", "ai", "ly", "cc", "ws", "nu", "tk", "to", "gg"}


def outlet_country(url: str | None) -> str | None:
    """The country of an outlet whose address ends in its country's code ("ahram.org.eg",
    "dailynews.co.tz", "bbc.co.uk"), alpha-2, or None: a national paper leaves its own
    country out of its officials' offices ("Foreign Minister X" in a Cairo daily).

    >>> outlet_country("https://www.dailynews.co.tz/news/2019/talks")
    'TZ'
    >>> outlet_country("https://example.com/2019/talks") is None
    True
    """
    host = urlsplit(url or "").hostname or ""
    code = host.rstrip(".").rsplit(".", 1)[-1]
    if len(code) != 2 or code in _GENERIC_CODES:
        return None
    code = "gb" if code == "uk" else code
    return code.upper() if code.upper() in lexicon().country_names else None
