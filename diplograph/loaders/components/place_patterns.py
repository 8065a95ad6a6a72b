"""Towns no table knows, read from how the text names them.

Small towns and resorts often host summits ("the Black Sea resort of Neptun", "in
Charlevoix, Quebec"), and no gazetteer of cities lists them all. A capitalised name
that the tables do not know is read as a town where the sentence says it is one:

- "the (Brazilian) city / town / village / resort / port of X";
- "in / at X, <a region or country>" ("in Kennebunkport, Maine");
- "in / at X, a ... resort / town / village / city";
- "in X province / region / governorate" (a region).

Its country is the one the phrase names ("the Brazilian city of", ", Maine"), else
the last place or country its sentence names before it, else the dateline's, else
the last nationality its sentence names before it; with none, it is not read. Other
mentions of the same name in the article are the same town.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

__all__ = [
    "unnamed_places",
    "short_forms",
    "full_name",
    "zipf",
    "REGION_AFTER",
    "REGION_WORDS",
    "COMMON_ZIPF",
    "TOWN_NOUNS",
]

COMMON_ZIPF = 4.0  # wordfreq: "airport" 4.84, "republic" 4.60; "geneva" 4.00, "kazan" 2.3

TOWN_NOUNS = {"city", "town", "village", "resort", "port", "township", "municipality", "commune"}
REGION_WORDS = {"province", "region", "governorate", "prefecture", "oblast", "district"}
# and the words that make a town's name a region's where they follow it ("Guanajuato state")
REGION_AFTER = REGION_WORDS | {"state", "county"}
_AT = {"in", "at"}
_NAME_LINKS = {"de", "do", "da", "del", "la", "le", "el", "al", "-"}
_WHERE = ("COUNTRY", "PLACE", "CAPITAL", "SEAT")


@lru_cache(maxsize=1 << 14)
def zipf(name: str) -> float:
    """How common ``name`` is in English (wordfreq's Zipf scale: 6 is "have", 3 rare)."""
    from wordfreq import zipf_frequency  # 0.2 s, only once a word needs judging

    return zipf_frequency(name, "en")


def _name_end(k: int, text, taken: set) -> int | None:
    """End of an unlabelled capitalised name starting at ``k`` (at most four words), or
    None, or where the name is a venue's ("State House", "Palacio Quemado")."""
    if k >= len(text.words) or k in taken or not text.is_name_word(k):
        return None
    end = k + 1
    j = k + 1
    while j < len(text.words) and j - k < 4 and j not in taken:
        if text.is_name_word(j):
            end = j + 1
        elif text.words[j] not in _NAME_LINKS:
            break
        j += 1
    lex = text.lex
    venue = any(w in lex.venue_words or w in lex.venue_openers for w in text.words[k:end])
    if venue or (end == k + 1 and zipf(text.words[k]) >= COMMON_ZIPF):
        return None  # "State House", "Parliament"
    return end


def _phrase_country(k: int, text, by_end: dict) -> str | None:
    """ "the Brazilian city of X", "Iran's border town of X": a country in the phrase
    before the town noun at ``k``."""
    for e in range(k, max(k - 5, 0), -1):
        m = by_end.get(e)
        if m is None and text.words[e - 1] in ("'s", "’s"):
            m = by_end.get(e - 1)
        if m is not None and m[2] in ("COUNTRY", "DEMONYM"):
            return m[3]
    return None


def _context_country(start: int, text, found: list, doc: Doc) -> str | None:
    """The last place or country before ``start`` in its sentence, else the dateline's,
    else the last nationality before it in its sentence."""
    sentence = text.sentence_of[start]
    before = [m for m in found if m[1] <= start and text.sentence_of[m[0]] == sentence]
    where = [m for m in before if m[2] in _WHERE]
    if where:
        return where[-1][3]
    if doc._.dg_dateline:
        return doc._.dg_dateline.country
    nationalities = [m for m in before if m[2] == "DEMONYM"]
    return nationalities[-1][3] if nationalities else None


def _after_comma(end: int, text) -> tuple | None:
    if end < len(text.words) and text.words[end] == ",":
        return text.by_start.get(end + 1)
    return None


def _read_at(k: int, text, found, by_end, doc, taken) -> tuple[int, int, str] | None:
    """(start, end, country) of a town named at token ``k`` by one of the patterns."""
    prev = text.lower[k - 1] if k > 0 else ""
    town_of = prev == "of" and k >= 2 and text.lower[k - 2] in TOWN_NOUNS
    if not town_of and prev not in _AT:
        return None  # no pattern opens here: the name (a pure reading) need not be read
    end = _name_end(k, text, taken)
    if end is None:
        return None
    after = _after_comma(end, text)
    if town_of:
        country = _phrase_country(k - 2, text, by_end)
        country = country or (after[3] if after and after[2] in _WHERE else None)
        return k, end, country or _context_country(k, text, found, doc)
    if prev not in _AT:
        return None
    if after is not None and after[2] in ("COUNTRY", "PLACE"):
        if _a_us_state(after, text, found):
            text.states.add(after)  # the state's name names no country here
            return k, end, "US"  # "hosted by US President X at Sea Island, Georgia"
        return k, end, after[3]  # "in Charlevoix, Quebec"
    following = text.lower[end + 1 : end + 6]
    if end < len(text.words) and text.words[end] == "," and following[:1] in (["a"], ["the"]):
        if TOWN_NOUNS.intersection(following):  # "in Neptun, a Black Sea resort"
            return k, end, _context_country(k, text, found, doc)
    if end < len(text.words) and text.lower[end] in REGION_WORDS:
        return k, end, _context_country(k, text, found, doc)  # "in Anbar province"
    return None


# countries that share their name with a state of the United States
_STATE_NAMES = {"GE": "georgia"}


def _a_us_state(after, text, found) -> bool:
    """Whether the country named after a town the tables lack ("at Sea Island, Georgia")
    is the US state of that name: its sentence names the United States and not that
    country otherwise."""
    name = _STATE_NAMES.get(after[3])
    if name is None or " ".join(text.lower[after[0] : after[1]]) != name:
        return False
    sentence = text.sentence_of[after[0]]
    named = {m[3] for m in found if text.sentence_of[m[0]] == sentence and m[0] != after[0]}
    return "US" in named and after[3] not in named


def unnamed_places(doc: Doc, text, found: list) -> list[tuple[int, int, str, str]]:
    """PLACE mentions of towns the tables lack, named as towns by the text."""
    taken = {i for m in found for i in range(m[0], m[1])}
    by_end = {m[1]: m for m in found}
    towns: dict[str, str] = {}
    out = []
    for k in range(1, len(text.words)):
        if text.lower[k - 1] != "of" and text.lower[k - 1] not in _AT:
            continue  # _read_at's own first test, made here: no pattern opens at most words
        read = _read_at(k, text, found, by_end, doc, taken)
        if read is not None and read[2]:
            start, end, country = read
            out.append((start, end, "PLACE", country))
            towns.setdefault(" ".join(text.words[start:end]), country)
            taken.update(range(start, end))
    longest = max((len(name.split()) for name in towns), default=0)
    for k in range(len(text.words) if towns else 0):  # its other mentions in the article
        for end in range(min(k + longest, len(text.words)), k, -1):
            name = " ".join(text.words[k:end])
            if name in towns and not taken.intersection(range(k, end)):
                out.append((k, end, "PLACE", towns[name]))
                taken.update(range(k, end))
                break
    return out


_TOWARDS = {"in", "to", "at", "from"}


def short_forms(doc: Doc, text, found: list) -> list[tuple[int, int, str, str]]:
    """ "the summit in Antigua Guatemala ... are expected in Antigua this morning": the first
    word of a town of several words named before, alone after "in", "to", "at" or "from"
    and before no other name, is that town (a rare word only: not "New", "Port", "San")."""
    heads: dict[str, tuple[int, str, str]] = {}
    for s, e, label, country in found:
        word = text.words[s]
        if label == "PLACE" and e - s >= 2 and word.isalpha() and len(word) >= 4:
            if zipf(word.lower()) < COMMON_ZIPF:
                heads.setdefault(word, (s, country, " ".join(text.words[s:e])))
    taken = {i for m in found for i in range(m[0], m[1])}
    out = []
    for k in range(1, len(text.words) - 1):
        first = heads.get(text.words[k])
        if first is None or k <= first[0] or k in taken or text.lower[k - 1] not in _TOWARDS:
            continue
        if not text.words[k + 1][:1].isupper():  # "in Rio on Monday", not "in Rio Grande"
            out.append((k, k + 1, "PLACE", first[1]))
            doc.user_data.setdefault("dg_short_forms", {})[k] = first[2]
    return out


def full_name(g) -> str:
    """The name of the town the PLACE mention ``g`` names: its own words, or, for a short
    form (:func:`short_forms`), the town's full name."""
    doc = getattr(g, "doc", None)  # not a dateline's "here", which names its town in full
    return doc.user_data.get("dg_short_forms", {}).get(g.start, g.text) if doc else g.text
