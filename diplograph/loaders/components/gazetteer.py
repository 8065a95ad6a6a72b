"""Gazetteer mentions: countries, demonyms, organisations, offices and places.

One left-to-right longest-match pass over the tokens with dictionary lookups
(no per-entry patterns), writing ``doc.spans["dg_gazetteer"]``. Each span's
label is COUNTRY, DEMONYM, ORG, TITLE, PLACE, SEAT (a seat of government such
as "the Kremlin", or an airport: a building whose city is known) or CAPITAL ("the
Indian capital") and its ``kb_id_`` the value: an alpha-2 code, an organisation
acronym, a canonical office, or for a place, seat or capital its country code.
Which place names are places in the text, and which country a shared name is in,
:mod:`.place_reading` judges; offices written in title case, :mod:`.gazetteer_titles`.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer_titles import (
    PAST_PREFIXES,
    TITLE_HEADS,
    _past_office,
    _posting,
    _title_run,
    _title_tail,
    lower_title_run,
    titled,
)
from .lexicon import Lexicon, fold, lexicon
from .place_reading import read_places
from .tokenizer import lowers_of, spaces_of, span_text, texts_of, tokens_of

__all__ = ["find_mentions", "GazetteerComponent", "make_gazetteer", "TITLE_HEADS", "PAST_PREFIXES"]

SPAN_KEY = "dg_gazetteer"

_STOP_CHARS = set(',;:()[]"“”!?\n')


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def _lookup(gram: str, lex: Lexicon) -> tuple[str, str] | None:
    """(label, value) of one n-gram, in order of precedence, or None. A typeset
    apostrophe reads as a plain one ("Côte d’Ivoire", "Sana’a")."""
    if "’" in gram:
        gram = gram.replace("’", "'")
    if gram in lex.orgs and gram[:1].isupper():
        return "ORG", lex.orgs[gram]
    if " " in gram and gram in lex.regions:
        return "REGION", gram  # "South America": not the US
    if gram in lex.countries:
        return "COUNTRY", lex.countries[gram]
    if gram in lex.demonyms:
        return "DEMONYM", lex.demonyms[gram]
    if " " in gram and _is_cap(gram) and fold(gram) in lex.orgs:
        return "ORG", lex.orgs[fold(gram)]
    title = lex.titles.get(gram.casefold())
    if title is not None and (gram.upper() not in lex.capital_only_titles or gram.isupper()):
        return "TITLE", title.title  # "PM Modi", not "at 5 pm"
    if gram in lex.seats:
        return "SEAT", lex.seats[gram][0]
    place = lex.places.get(gram)
    if place is not None:
        return "PLACE", place.country
    return None


def _capitals(doc: Doc, found: list) -> list:
    """ "the Indian capital", "Ukraine's capital", "the capital": a CAPITAL mention whose
    value is the country (for a bare "the capital", that of the last town the story was
    in or country it went to, else the dateline's, else the last country named before
    it)."""
    out = []
    last_country = (
        doc._.dg_dateline.country
        if Doc.has_extension("dg_dateline") and doc._.dg_dateline
        else None
    )
    by_end = {m[1]: m for m in found}
    for m in found:
        if m[2] in ("COUNTRY", "DEMONYM", "PLACE"):
            last_country = m[3]
    for i, lower in enumerate(lowers_of(doc)):
        if lower != "capital" or i == 0:
            continue
        prev = by_end.get(i) or (
            by_end.get(i - 1) if tokens_of(doc)[i - 1].text in ("'s", "’s") else None
        )
        if prev is not None and prev[2] in ("COUNTRY", "DEMONYM"):
            out.append((prev[0], i + 1, "CAPITAL", prev[3]))
        elif tokens_of(doc)[i - 1].lower_ == "the":
            country = _story_country(found, i, doc, capital=True) or last_country
            if country:
                out.append((i - 1, i + 1, "CAPITAL", country))
    keep = [m for m in found if not any(c[0] <= m[0] < c[1] for c in out)]
    return sorted(keep + out)


def _story_country(found: list, i: int, doc: Doc, capital: bool = False) -> str | None:
    """The country the story is in at token ``i`` ("the capital", "the country"): that
    of the last town it was in or country it went to, else the dateline's, else the last
    country named before it."""
    dateline = doc._.dg_dateline.country if doc._.dg_dateline else None
    return _where_before(found, i, doc, capital) or dateline or _country_before(found, i)


# what a story calls the state it is in: "the country", "the Kingdom", "the emirate"
_STATE_NOUNS = {"country", "kingdom", "emirate", "sultanate"}


def _the_country(doc: Doc, found: list) -> list:
    """ "on an official visit to the country", "flew into the country", "his state visit to
    the Kingdom": the country the story is in (as for "the capital"); not "the country's
    president", nor "stay in the country" (one's own, as often as not)."""
    out = []
    toks, lowers = tokens_of(doc), lowers_of(doc)
    for i in range(2, len(doc)):
        if lowers[i] not in _STATE_NOUNS and lowers[i] not in _DESCRIBED_NOUNS:
            continue
        the = _described_from(toks, lowers, i)
        if the is None or the < 2:
            continue
        arrived = lowers[the - 1] == "in" and lowers[the - 2] in _ARRIVED
        into = lowers[the - 1] in ("to", "into", "visit", "visited", "visiting") or arrived
        into = into and not lowers[the - 2].startswith("return")  # "return to the country":
        # home
        if not into or (i + 1 < len(doc) and toks[i + 1].text in ("'s", "’s", "of")):
            continue  # "arrived in the country": there; "stay in the country": one's own;
            # "the island nation of Fiji": named next
        country = _story_country(found, the, doc)
        if country:
            out.append((the, i + 1, "COUNTRY", country))
    return sorted(found + out) if out else found


# what a story calls that state with a word or two before it: "the neighbouring country",
# "the island nation", "the Himalayan kingdom", "the East African nation"
_DESCRIBED_NOUNS = {"nation", "republic", "archipelago"}
_NOT_DESCRIBING = {"same", "other", "whole", "entire", "home", "host", "own", "next", "first"}


def _described_from(toks, lowers, i: int) -> int | None:
    """Where "the" stands before the state noun at ``i``: right before it for "the
    country", or before one or two describing words ("the neighbouring country", "the
    Gulf kingdom"); a bare "nation" or "republic" ("the nation", "the Republic") needs one,
    as it often means one's own."""
    if lowers[i - 1] == "the":
        return i - 1 if lowers[i] in _STATE_NOUNS else None
    for j in (i - 2, i - 3):
        words = lowers[j + 1 : i]
        if j >= 0 and lowers[j] == "the" and toks[i].text.islower() and all(
            w.isalpha() or "-" in w for w in words
        ) and not _NOT_DESCRIBING.intersection(words):
            return j
    return None


# words before a country that say the story went there ("a trip to Afghanistan"); "in"
# does not ("the war in Ukraine")
_INTO = {"to", "into", "visit", "visits", "visited", "visiting"}
# verbs before "in" that put someone in the country ("arrived in Bhutan")
_ARRIVED = {"arrived", "arrives", "arriving", "landed", "lands", "landing", "arrive", "land"}


def _where_before(found: list, i: int, doc: Doc, capital: bool = False) -> str | None:
    """For "the capital" at token ``i``: the country of the last town (or seat) the story
    was in, or country it went to or arrived in, before it; not of an actor ("Russia's
    invasion"), a war ("the war in Ukraine") or where someone came from ("from Poland");
    with ``capital``, not a town a sentence tells as ahead ("is due in Shanghai")."""
    words = tokens_of(doc)
    value = None
    for m in found:
        if m[0] >= i:
            break
        before = words[m[0] - 1].lower_ if m[0] > 0 else ""
        if capital and _told_ahead(doc, m[0]):
            continue  # "the capital" after "... before flying to Shanghai", "is due in
            # Shanghai": not there yet
        if capital and m[1] < len(doc) and words[m[1]].lower_ in _ACTS_AS_STATE:
            continue  # "a country whose reconstruction Washington wanted to help": an actor
        town = m[2] in ("PLACE", "SEAT", "CAPITAL") and before != "from"
        arrived = before == "in" and m[0] > 1 and words[m[0] - 2].lower_ in _ARRIVED
        if town or (m[2] == "COUNTRY" and (before in _INTO or arrived)):
            value = m[3]
    return value


_AHEAD = {"will", "due", "scheduled", "expected", "plans", "heads", "later"}
# verbs after a capital's name that make it the state acting, not a place
_ACTS_AS_STATE = {"wants", "wanted", "says", "said", "insists", "insisted", "accuses",
                  "accused", "hopes", "hoped", "believes", "believed"}


def _told_ahead(doc: Doc, k: int) -> bool:
    """Whether the sentence of token ``k`` tells what lies ahead (up to ``k``): a town
    there is where someone goes next, not where the story is."""
    lowers, toks = lowers_of(doc), tokens_of(doc)
    start = k
    while start > 0 and lowers[start - 1] != "." and not toks[start].is_sent_start:
        start -= 1
    return not _AHEAD.isdisjoint(lowers[start:k])


def _country_before(found: list, i: int) -> str | None:
    """The country of the last country, demonym or place mention before token ``i``."""
    value = None
    for m in found:
        if m[0] >= i:
            break
        if m[2] in ("COUNTRY", "DEMONYM", "PLACE"):
            value = m[3]
    return value


# Lower-case words that may continue a capitalised name ("Group of 20", "Bosnia and
# Herzegovina", "Rio de Janeiro").
_LINKS = {
    "of",
    "and",
    "the",
    "de",
    "da",
    "do",
    "del",
    "la",
    "le",
    "el",
    "al",
    "for",
    "-",
    "&",
    "es",
    "on",
    "in",
}


_ELISIONS = {"d'", "d’", "l'", "l’"}
_PARTICLE_WORD = re.compile(r"(?:al|el|as|ash|ad|ar|an|at|az|es|ul)-[A-Z]\w+")


def _continues(word: str, lower_start: bool, lex: Lexicon) -> bool:
    """Whether an n-gram may grow by ``word`` (keeps lookups to plausible names)."""
    if lower_start:
        return word.casefold() in lex.title_words
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or word in _LINKS
        or word.casefold() in lex.title_words
        or (word[:2] in _ELISIONS and word[2:3].isupper())  # "Côte d'Ivoire"
        or _PARTICLE_WORD.fullmatch(word) is not None  # "Sharm el-Sheikh", "Ras al-Khaimah"
    )


_UNSEEN = object()


def _lookups(lex: Lexicon) -> dict:
    """The lexicon's answers of ``_lookup`` so far (its tables do not change once read;
    the same words and n-grams come back in every article), kept with it."""
    memo = lex.__dict__.get("_gram_lookups")
    if memo is None or len(memo) > 200_000:
        memo = lex.__dict__["_gram_lookups"] = {}
    return memo


def find_mentions(doc: Doc, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """(start, end, label, value) of every gazetteer mention, longest first match."""
    # every past prefix ends in "-": a word without one is itself
    words = [_past_office(w, lex) if "-" in w else w for w in texts_of(doc)]
    spaced = spaces_of(doc)
    memo = _lookups(lex)
    found = []
    i = 0
    n = len(words)
    while i < n:
        best = None
        first = words[i]
        lower_start = first[:1].islower()
        if first[:1].isalpha() and (not lower_start or first in lex.title_words):
            gram = first
            for j in range(i, min(i + lex.max_len, n)):
                if j > i:
                    if words[j] == "." and not spaced[j - 1]:  # "St. Petersburg"
                        gram += "."
                        continue
                    if words[j] in ("'s", "’s") and not spaced[j - 1]:  # "People's Republic"
                        if (gram + "'s").casefold() not in lex.prefixes:
                            break
                        gram += words[j]
                        continue
                    city = lex.places.get(gram + " City") if words[j] == "city" else None
                    if city is not None:  # "Kuwait city", "Ho Chi Minh city"
                        best = (i, j + 1, "PLACE", city.country)
                        break
                    if not spaced[j - 1] or not _continues(words[j], lower_start, lex):
                        break
                    if gram.casefold().replace("’", "'") not in lex.prefixes:
                        break  # no entry starts with these words
                    gram = gram + " " + words[j]
                hit = memo.get(gram, _UNSEEN)
                if hit is _UNSEEN:
                    hit = memo[gram] = _lookup(gram, lex)
                if hit is not None:
                    best = (i, j + 1, *hit)
            if _is_cap(words[i]) and words[i].casefold() not in STOP_WORDS:
                end = _title_run(words, i, lex)
                if end > i and (best is None or end > best[1]):
                    best = (i, end, "TITLE", span_text(doc, i, end))
            elif lower_start:  # "the deputy national security adviser": not in the table
                end = lower_title_run(words, i, lex)
                if end > i and (best is None or end > best[1]):
                    best = (i, end, "TITLE", titled(words[i:end]))
        if best is not None and best[2] == "TITLE":
            end = _title_tail(words, spaced, best[0], _posting(words, best[1], lex), lex)
            best = (best[0], end, best[2], best[3])
        if best is not None:
            found.append(best)
            i = best[1]
        else:
            i += 1
    return found


def _dateline_town(doc: Doc, found: list, lex: Lexicon) -> list:
    """A dateline's town followed by its region ("CRAWFORD, Texas, April 26 -",
    "KANANASKIS, Alberta") as the place of the dateline's country where the text opens
    with it, and the region as its address only: what happens "here" is in the town."""
    line = doc._.dg_dateline
    if line is None or line.headline:
        return found
    words = line.place.split()
    texts = texts_of(doc)
    start = next((k for k, w in enumerate(texts) if not w.isspace()), None)
    if start is None or [fold(w) for w in texts[start : start + len(words)]] != [
        fold(w) for w in words
    ]:
        return found
    end = start + len(words)
    after = end + 1 if end < len(texts) and texts[end] == "," else None
    region = next((m for m in found if m[0] == after and m[2] == "PLACE"), None)
    known = lex.places.get(region and span_text(doc, region[0], region[1]))
    if known is None or known.kind != "region":
        return found
    if any(s < end and start < e for s, e, _, _ in found):
        return found
    # named as the dateline spells it ("Crawford"), not as the text writes it ("CRAWFORD")
    doc.user_data.setdefault("dg_short_forms", {})[start] = line.place
    kept = [m for m in found if m is not region]
    return sorted([*kept, (start, end, "PLACE", line.country)])


class GazetteerComponent:
    """Writes gazetteer mentions to ``doc.spans["dg_gazetteer"]``."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        found = read_places(doc, find_mentions(doc, self.lex), self.lex)
        found = _dateline_town(doc, found, self.lex)
        self.set_annotations(doc, _the_country(doc, _capitals(doc, found)))
        return doc

    def set_annotations(self, doc: Doc, mentions) -> None:
        doc.spans[SPAN_KEY] = [Span(doc, s, e, label=lab, kb_id=val) for s, e, lab, val in mentions]
        doc.user_data.pop("dg_gaz_spans", None)  # cached by gazetteer_spans()


@Language.factory("diplograph_gazetteer", assigns=["doc.spans"], default_config={})
def make_gazetteer(nlp: Language, name: str) -> GazetteerComponent:
    """Factory: the tables are shared by every pipeline in the process."""
    return GazetteerComponent(lexicon())
