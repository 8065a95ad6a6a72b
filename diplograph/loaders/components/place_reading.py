"""Which of the place names the gazetteer found are places here, and in which country.

The lookup in :mod:`.gazetteer` finds every word that names a town somewhere. Read
alone, many are no place in the text: a word inside a longer name ("Democratic
Republic", "Mr Kim", "Santiago Peña"), inside a venue's name ("Bole International
Airport", "Kim Il Sung Square"), or a common English word that is also a small town
("Airport", "Republic", "Most"). Each mention is judged by the evidence around it:

- a town inside a venue's name is no place, unless a big city names the venue after
  itself ("Kigali Convention Centre"); an airport gives its city from the airport
  data (:mod:`.airports`); a town naming a newspaper or a group ("Moscow Times",
  "Lima Group") or its region ("Makkah Region") places nothing;
- a town right after a capitalised word that is no stop word and starts no sentence,
  or before one (unless it is a big city), is part of a longer name; the article's
  other mentions of that name are the name too, unless the text places them;
- a common English word (``wordfreq``) naming a town of under half a million people
  (or a capital: "Male") is a place only after a locative word ("in", "at", "to",
  "from", "the town of"), or before ", <a region or country>";
- a name that towns in several countries share takes the country that the town's
  standing (population, how many languages name it, being a capital) and the article
  support: its country named right after it ("Moscow, Idaho"), in its sentence, or
  anywhere in the article;
- towns no table knows are read where the text calls them towns
  (:mod:`.place_patterns`).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .airports import airport_mentions, named_in_a_citys_airport
from .date_patterns import opens_with_short_weekday
from .lexicon import Lexicon, fold
from .outlets import outlet_tokens
from .place_patterns import COMMON_ZIPF, REGION_WORDS, short_forms, unnamed_places, zipf
from .place_tables import name_key, standing
from .sentences import sentence_spans
from .tokenizer import span_text, text_of, texts_of

__all__ = ["read_places"]

# capitalised words of dates, which follow a place ("arrived in Tokyo Wednesday") in no name
_CALENDAR = {
    *"Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    *"January February March April May June July".split(),
    *"August September October November December".split(),
    *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(),
}
_VENUE_LINKS = {"de", "del", "da", "do", "of", "the", "bin", "al", "-"}
# Words after which a name is where something is or happens.
LOCATIVE = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "outside",
    "via",
    "into",
    "toward",
    "towards",
    "visit",
    "visits",
    "visited",
    "visiting",
}
# verbs of setting out: the town after a later "for" is where one goes
_DEPARTING = {"left", "leaves", "leave", "leaving", "departed", "departs", "depart", "bound"}
_DEPARTING |= {"headed", "heads", "head", "set", "sets", "flew", "flies", "fly", "sailed"}
PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "resort",
    "port",
    "capital",
    "district",
    "province",
    "region",
    "island",
    "county",
    "suburb",
}
_TRUSTED_POPULATION = 500_000  # a city this large keeps its name even when it is a word
# evidence for one of several same-named places, in powers of ten of population
_NEXT_TO, _IN_SENTENCE, _IN_ARTICLE, _CAPITAL = 4.0, 1.0, 0.5, 1.0
_WHERE_LABELS = ("COUNTRY", "PLACE", "SEAT", "CAPITAL")


def _is_trusted(surface: str, lex: Lexicon) -> bool:
    """A hand-kept place, a city of half a million, or a capital whose name is no common
    word ("Male" is): its name is a place."""
    place = lex.places.get(surface)  # None: "Kuwait city", read as "Kuwait City"
    if place is None or place.population == 0 or place.population >= _TRUSTED_POPULATION:
        return True
    capital = lex.capitals.get(place.country)
    is_capital = capital is not None and name_key(capital) == name_key(surface)
    return is_capital and not _is_common_word(surface)


def _is_common_word(surface: str) -> bool:
    """A one-word name that English uses as a word ("Republic"; not "New Delhi")."""
    return " " not in surface and zipf(surface) >= COMMON_ZIPF


class _Text:
    """The token words and where sentences start, for one Doc."""

    def __init__(self, doc: Doc, found: list, lex: Lexicon):
        self.lex = lex
        self.words = texts_of(doc)
        self.lower = [w.lower() for w in self.words]
        self.starts = set()
        self.sentence_of = [0] * len(self.words)
        for n, sent in enumerate(sentence_spans(doc)):
            self.starts.add(sent.start)
            self.sentence_of[sent.start : sent.end] = [n] * (sent.end - sent.start)
        # tokens of mentions other than places: a title, a country, an organisation
        self.labelled = {i for m in found if m[2] != "PLACE" for i in range(m[0], m[1])}
        self.by_start = {m[0]: m for m in found}
        self.title_ends = {m[1] for m in found if m[2] == "TITLE"}  # where offices end
        self.in_names: set[str] = set()  # town names read as part of longer names
        self.states: set[tuple] = set()  # country mentions read as a US state's name

    def is_name_word(self, i: int) -> bool:
        """A capitalised word that can be part of a name (not "The", "In", "Monday")."""
        w = self.words[i]
        return (
            w[:1].isupper()
            and w.replace("-", "").isalpha()
            and not (w.isupper() and len(w) > 1)
            and w.lower() not in STOP_WORDS
            and w not in _CALENDAR
        )


def _venue_after(j: int, text: _Text) -> int | None:
    """End of a venue name that the tokens from ``j`` complete ("International Airport",
    "Il Sung Square"), or None."""
    k = j
    while k < len(text.words) and k - j <= 4:
        w = text.words[k]
        if w in text.lex.venue_words and (w[:1].isupper() or k > j):
            return k + 1
        if not (text.is_name_word(k) or (w in _VENUE_LINKS and k > j)):
            return None
        k += 1
    return None


def _after_leading_venue_word(i: int, text: _Text) -> bool:
    """ "Palacio de Lopez", "Istana Negara": the rest of a venue's name."""
    k = i - 1
    while k >= 0 and i - k <= 3 and text.words[k] in _VENUE_LINKS:
        k -= 1
    return k >= 0 and text.words[k] in text.lex.venue_openers


def _the_named_residence(i: int, j: int, text: _Text) -> bool:
    """ "the Miraflores palace", "the Bellevue palace", "Gaddafi's Bab al-Aziziya
    compound": a town's name before a lower-case noun of a residence names the residence."""
    owned = i > 1 and text.words[i - 1] in ("'s", "’s")
    return (
        i > 0
        and (text.lower[i - 1] == "the" or owned)
        and j < len(text.words)
        and text.words[j] in text.lex.residence_nouns
    )


def _in_longer_name(i: int, text: _Text) -> bool:
    """ "Democratic Republic", "Mr Kim", "Bunga Raya": a name word just before (but "State
    House Entebbe": a venue, then its town)."""
    return (
        i > 0
        and i not in text.starts
        and i - 1 not in text.labelled
        and text.is_name_word(i - 1)
        and not text.words[i - 1].endswith(".")
        and text.words[i - 1] not in text.lex.venue_words
    )


def _placed(i: int, j: int, text: _Text) -> bool:
    """Words around a mention that say it is a place."""
    prev = text.lower[i - 1] if i > 0 else ""
    if prev in LOCATIVE:
        return True
    if prev == "for" and _DEPARTING.intersection(text.lower[max(0, i - 7) : i - 1]):
        return True  # "left Ankara on Friday for Geneva", "flew out, bound for Nice"
    if prev == "of" and i >= 2 and text.lower[i - 2] in PLACE_NOUNS:
        return True  # "the town of Columbia"
    if j < len(text.words) and text.lower[j] in ("city", "town"):
        return True  # "Enterprise city"
    after = text.by_start.get(j + 1) if j < len(text.words) and text.words[j] == "," else None
    return after is not None and after[2] in ("COUNTRY", "PLACE")  # "Lincoln, Nebraska"


def _fronted(i: int, text: _Text) -> bool:
    """Whether the town at ``i`` follows the locative that opens its sentence ("In Accra
    Rojas held talks", "From Belgrade Merkel flies on"): the clause's setting; the name
    after it is a subject's."""
    return i >= 1 and i - 1 in text.starts and text.lower[i - 1] in ("in", "from", "at", "to")


def _countries_named(found: list, doc: Doc, text: _Text) -> tuple[dict[int, set], set]:
    """Countries of the places, seats and countries each sentence names, and every country
    the article names (with its dateline's)."""
    by_sentence: dict[int, set] = {}
    article = set()
    for s, _, label, value in found:
        if label in ("DEMONYM", *_WHERE_LABELS):
            article.add(value)
        if label in _WHERE_LABELS:  # "Spain", not "the Spanish king"
            by_sentence.setdefault(text.sentence_of[s], set()).add(value)
    line = doc._.dg_dateline
    shared = text.lex.place_options
    if line and line.place not in shared and line.place.title() not in shared:
        article.add(line.country)  # not "VICTORIA -": the dateline's own reading of a
        # shared name is no evidence for it
    return by_sentence, article


def _choose_countries(places: list, found: list, doc: Doc, text: _Text, lex: Lexicon):
    """folded name -> country, for names shared by places in several countries: the
    place with the most people, times the evidence of the article around its mentions."""
    shared = [m for m in places if span_text(doc, m[0], m[1]) in lex.place_options]
    if not shared:
        return {}
    others = [m for m in found if m not in shared]
    by_sentence, article = _countries_named(others, doc, text)
    settled = _settled_dateline(doc, lex)
    scores: dict[str, dict[str, float]] = {}
    for s, e, _, _ in shared:
        surface = span_text(doc, s, e)
        here = by_sentence.get(text.sentence_of[s], set())
        after = text.by_start.get(e + 1) if e < len(text.words) and text.words[e] == "," else None
        best = scores.setdefault(fold(surface), {})
        for place in lex.place_options[surface]:
            score = standing(place)
            score += _CAPITAL * (name_key(lex.capitals.get(place.country, "")) == name_key(surface))
            score += _IN_ARTICLE * (place.country in article)
            score += _IN_SENTENCE * (place.country in here)
            score += _NEXT_TO * (after is not None and after[3] == place.country)
            score += _IN_SENTENCE * (settled == (fold(surface), place.country))
            best[place.country] = max(best.get(place.country, score), score)
    if settled is not None and settled[0] in scores:
        scores[settled[0]].setdefault(settled[1], float("inf"))  # a town too small for the
        # gazetteer that the dateline settled on ("QUEENSTOWN - ... visit to New Zealand")
    return {name: max(options, key=options.get) for name, options in scores.items()}


def _settled_dateline(doc: Doc, lex: Lexicon) -> tuple[str, str] | None:
    """(folded town, country) of a dateline whose shared town name the story's opening
    settled on another country than the best-known town's ("KANT, Oct 23 - Kyrgyz ...")."""
    line = doc._.dg_dateline
    best = lex.places.get(line.place) if line else None
    if best is None or best.country == line.country:
        return None
    return fold(line.place), line.country


def read_places(doc: Doc, found: list, lex: Lexicon) -> list:
    """``found`` with the place mentions that are no place here removed, shared names
    given the country the article supports, and airports given as seats of their city."""
    text = _Text(doc, found, lex)
    airports = airport_mentions(text, _VENUE_LINKS)
    inside = {i for s, e, _, _ in airports for i in range(s, e)}
    outlets = outlet_tokens(doc)
    city_ends = {m[1] for m in found if m[2] in ("PLACE", "CAPITAL")}
    kept = []
    for m in found:
        if inside.intersection(range(m[0], m[1])):
            continue
        if m[2] == "PLACE" and named_in_a_citys_airport(m[0], m[1], text.lower, city_ends):
            continue  # "Pyongyang's Sunan airport": the airport's name, not a town
        if m[2] == "PLACE" and outlets.intersection(range(m[0], m[1])):
            continue  # "Xinhua, February 15": the article's outlet, not a town
        if m[2] == "PLACE" and _short_weekday_at(doc, m[0]):
            continue  # "Mon, 16 May 2005": a day, not the town of Mon
        if m[2] == "PLACE" and not _is_place(m[0], m[1], span_text(doc, m[0], m[1]), text, lex):
            continue
        kept.append(m)
    kept = [m for m in kept if not _is_surname(m, text)]
    kept = sorted(kept + airports)
    text.by_start = {m[0]: m for m in kept}
    kept = sorted(kept + unnamed_places(doc, text, kept))
    kept = [m for m in kept if m not in text.states]  # "at Sea Island, Georgia"
    kept = sorted(kept + short_forms(doc, text, kept))  # "in Antigua" after "Antigua Guatemala"
    places = [m for m in kept if m[2] == "PLACE" and span_text(doc, m[0], m[1]) in lex.places]
    chosen = _choose_countries(places, kept, doc, text, lex)
    if not chosen:
        return kept
    return [
        (s, e, lab, chosen.get(fold(span_text(doc, s, e)), v) if lab == "PLACE" else v)
        for s, e, lab, v in kept
    ]


def _short_weekday_at(doc: Doc, i: int) -> bool:
    at = doc[i].idx
    return opens_with_short_weekday(text_of(doc)[at : at + 40])


def _office_of(i: int, text: _Text) -> bool:
    """Whether an office and "of" stand right before the town at ``i`` ("Governor of
    Samarkand", "Mayor of London"): a capitalised word after it opens the holder's name."""
    return i >= 2 and text.lower[i - 1] == "of" and i - 1 in text.title_ends


def _name_follows(j: int, text: _Text) -> bool:
    return j < len(text.words) and text.is_name_word(j) and j not in text.labelled


# a city this large keeps its name as a place though the text once writes it in a longer
# name ("Konbanwa Tokyo!"), and is not read as the surname of a name with no office
METROPOLIS = 1_000_000


def _is_surname(m: tuple, text: _Text) -> bool:
    """ "Uhuru Kenyatta ... Kenyatta said": a town's name that the article also uses as
    part of a person's name is that name, unless the text places it."""
    city = text.lex.places.get(text.words[m[0]])
    return (
        m[2] == "PLACE"
        and m[1] - m[0] == 1
        and text.words[m[0]] in text.in_names
        and not _placed(m[0], m[1], text)
        and not (city is not None and city.population >= METROPOLIS)  # "Konbanwa Tokyo!"
    )


def _dateline_agency(i: int, j: int, text: _Text) -> bool:
    """Whether tokens [i, j) stand alone in brackets after a day ("July 3 (Xinhua)")."""
    return (
        i >= 2
        and j < len(text.words)
        and text.words[i - 1] == "("
        and text.words[j] == ")"
        and text.words[i - 2].isdigit()
    )


def _is_place(i: int, j: int, surface: str, text: _Text, lex: Lexicon) -> bool:
    """Whether the town name ``surface`` at tokens [i, j) is a place in this text."""
    if surface.isupper() or any(ch.isdigit() for ch in surface):
        return False  # "MAN", "October 6"
    if surface in lex.venue_openers or surface in lex.venue_words:
        return False
    if _dateline_agency(i, j, text):
        return False  # "BEIJING, Nov. 3 (Xinhua) --": the agency, not a town
    if _in_longer_name(i, text):
        text.in_names.add(surface)
        return False
    if _after_leading_venue_word(i, text):
        return False
    if _the_named_residence(i, j, text) and not _is_trusted(surface, lex):
        return False  # "met Maduro at the Miraflores palace": the palace, not a town
    city = lex.places.get(surface)
    if j < len(text.words) and text.lower[j] in REGION_WORDS and city and city.kind == "city":
        return False  # "Governor of Makkah Region": the region, not the city
    if j < len(text.words) and text.words[j] in lex.body_words:
        return False  # "the Moscow Times", "the Lima Group"
    if text.words[j : j + 2] in (["State", "House"], ["State", "Lodge"]):
        return True  # "Mbale State Lodge", "State House Entebbe": a residence named by its town
    venue = _venue_after(j, text) is not None
    if _office_of(i, text) and not venue:
        return True  # "Mayor of London Sadiq Khan": the office's town, then its holder
    if _is_trusted(surface, lex) and (venue or not _name_follows(j, text)):
        return True  # "Kigali Convention Centre": the city names its venue
    if venue:
        return False  # "Bole International Airport", "Lincoln Memorial"
    if _name_follows(j, text) and not _fronted(i, text):
        text.in_names.add(surface)
        return False  # "Marina Bay", "George Washington", "Santiago Peña"
    return not _is_common_word(surface) or _placed(i, j, text)
