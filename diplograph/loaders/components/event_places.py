"""Where an event happened: the places of its clause, the city they give, "here".

A place after "from", in "the war in Gaza", or qualifying an office ("US President")
is no destination; a capital or a seat of government gives its city; "here" and a
destination-less arrival stand for the dateline's city (:mod:`.here_places`). Helpers of
:mod:`.arguments`, which re-exports them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .lexicon import Lexicon, _rows
from .place_patterns import REGION_AFTER, full_name
from .tokenizer import text_of, tokens_of
from .topic_places import journey_after, topic_place

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "standing_venue",
    "places",
    "location",
    "where_place",
    "occasion",
    "SUMMIT_WORDS",
    "LOCATIVE",
    "topic_place",
    "of_a_document",
]

_DEPARTING = {"left", "leaves", "leaving", "depart", "departed", "departs", "headed", "heads"}
_DEPARTING |= {"bound", "set", "sets"}
_PLACE_NOUNS = set("city town port capital island region province resort village".split())
_TOURS = {"tour", "tours", "toured", "touring"}
# "the Gulf state of Qatar", "the island nation of Fiji": a land described, then named
_LANDS = set("state nation kingdom republic emirate sultanate archipelago principality".split())
_NOT_DESTINATION = {"from", "of", "since", "leaving", "left", "on", "about", "over", "regarding"}
_CONVERGING = {"converged", "converge", "converges", "converging", "descended", "descend",
               "descends", "descending"}
_ACTOR_VERBS = {"will", "would", "has", "had", "said", "says", "did", "does", "could", "should"}
SUMMIT_WORDS = {"summit", "sidelines", "sideline", "forum", "meeting", "conference", "session"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "to"}  # "met in Oslo", not "said India"
LOCATIVE |= {"off"}  # "held their first summit aboard ships off Malta"


# the part of a land an adjective names: "eastern Congo", "northern Syria"
_PARTS_OF_A_LAND = {"northern", "southern", "eastern", "western", "central", "north-eastern",
                    "north-western", "south-eastern", "south-western", "northeastern",
                    "northwestern", "southeastern", "southwestern"}
def _country_of_a_city_not_gone_to(g: Span, ctx: Context) -> bool:
    """Whether ``g`` is the country told after a city that is no destination ("from Lima,
    Peru")."""
    city = [c for c in ctx.gaz_in(max(0, g.start - 6), g.start - 1, ("PLACE", "CAPITAL"))]
    city = [c for c in city if c.end == g.start - 1 and c.kb_id_ == g.kb_id_]
    return bool(city) and city[0].start > 0 and ctx.lower[city[0].start - 1] in _NOT_DESTINATION


def _before_number(i: int, ctx: Context) -> str:
    """The word before token ``i``, past a house number ("at 10 Downing Street": "at")."""
    if i == 0:
        return ""
    k = i - 1
    if k > 0 and ctx.lower[k].isdigit():
        k -= 1
    return ctx.lower[k]


_SEAT_OPENERS = {"at", "in", "into", "to", "the"}  # "flew into Incheon International Airport"


def _described_origin(i: int, ctx: Context) -> bool:
    """Whether the place at token ``i`` follows "from" and one word in lower case that
    describes it ("from besieged Sarajevo", "from neighbouring Kenya", "from war-torn
    Kabul"): where one came from, as "from Sarajevo" is."""
    word = tokens_of(ctx.doc)[i - 1].text if i > 1 else ""
    return (
        ctx.lower[i - 2] == "from"
        and word.replace("-", "").isalpha()
        and word.islower()
        and word not in ctx.lex.trip_words
    )


def _toured(i: int, ctx: Context) -> bool:
    """Whether the "of" at token ``i`` follows a tour's noun ("a tour of")."""
    return i > 0 and ctx.lower[i] == "of" and ctx.lower[i - 1] in _TOURS


def _before_a_noun(g: Span, ctx: Context) -> bool:
    """Whether a word in lower case follows the country ``g`` (a country's name as its
    people's: "a Saudi monarch", "a Kuwaiti delegation")."""
    word = tokens_of(ctx.doc)[g.end].text if g.end < len(ctx.doc) else ""
    return word.isalpha() and word.islower()


def places(rng: tuple[int, int], t: int, ctx: Context, after_only: bool) -> list[Span]:
    """Places and countries in a clause that can be where the event happened."""
    out = []
    origins_end = -1  # where the last list of places after "from" / "of" ended
    for g in ctx.gaz_in(rng[0], rng[1], ("PLACE", "COUNTRY", "CAPITAL", "SEAT")):
        if after_only and g.start < t:
            continue
        if origins_end >= 0 and set(ctx.lower[origins_end : g.start]) <= {",", "and", "the"}:
            origins_end = g.end  # "leaders from Ghana, Senegal and Egypt": all three are
            continue  # where they come from
        if topic_place(g, ctx):
            continue  # "discussions on the conflicts in Burundi": what was talked about
        prev = ctx.lower[g.start - 1] if g.start > 0 else ""
        if prev == "the" and g.start > 1 and ctx.lower[g.start - 2] in _NOT_DESTINATION:
            if not _toured(g.start - 2, ctx):
                continue  # "flew in from the United Arab Emirates"; but "a tour of the
                # Philippines" is where he goes, as "a tour of Norway" is
        if prev in ("a", "an") and _before_a_noun(g, ctx):
            continue  # "the first visit to India by a Saudi monarch": whose, not where
        if g.start > t and journey_after(t, g.start, ctx):
            continue  # "will meet X before flying back to Washington": the journey's end
        if g.start < t and _stop_before(g, t, ctx):
            continue  # "Ms Rice, who stopped in Kabul earlier in the day, held meetings"
        if _described_origin(g.start, ctx):
            continue  # "travelled from besieged Sarajevo", "flew in from neighbouring Kenya"
        if prev == "," and _country_of_a_city_not_gone_to(g, ctx):
            continue  # "coming from Lima, Peru": Peru goes with Lima
        if prev == "of" and ctx.lower[g.start - 2] in _TOURS | _PLACE_NOUNS:
            pass  # "a tour of Norway", "the port of Vladivostok": where he goes
        elif (
            prev == "of"
            and ctx.lower[g.start - 2] in _LANDS
            and tokens_of(ctx.doc)[g.start - 2].text.islower()
            and "of" not in ctx.lower[max(0, g.start - 5) : g.start - 2]
        ):
            pass  # "the Gulf state of Qatar"; not a state's style ("the Democratic Republic
            # of Congo", "the Kingdom of Bhutan"), nor "the Secretary of state of X"
        elif prev == "on" and ctx.lower[g.start - 2] in _CONVERGING:
            pass  # "leaders converged on Rio": where they gathered, not a topic
        elif prev in _NOT_DESTINATION or (
            g.label_ == "SEAT" and _before_number(g.start, ctx) not in _SEAT_OPENERS
        ):  # "at 10 Downing Street": the street's number is no part of what it follows
            origins_end = g.end if prev in ("from", "of") else -1
            continue
        if g.end < len(ctx.doc) and tokens_of(ctx.doc)[g.end].text in ("'s", "’s"):
            if not _owns_a_site(g, prev, ctx) and not _holds_a_ceremony(g, prev, ctx):
                continue  # "Russia's" is an actor, not a place
        k = g.start - 1 - (prev in _PARTS_OF_A_LAND)  # "for eastern Congo"
        if ctx.lower[k] == "for" and g.label_ == "COUNTRY" and ctx.lower[k - 1] not in _DEPARTING:
            continue  # "to make the case for Ukraine", "a peace deal for eastern Congo"; but
            # "left for India"
        if _speakers_there(g, ctx):
            continue  # "officials in Seoul said": where the speakers are
        if acts_in_a_clause(g, ctx):
            break  # "came three weeks after Riyadh cut ties with Tehran": a government acting
            # in a clause of its own, and what that clause names
        if ctx.lower[g.end : g.end + 2] in (["is", "represented"], ["was", "represented"]):
            continue  # "Britain is represented by X, who arrived yesterday": whom X stands for
        if (
            g.end < len(ctx.doc)
            and ctx.lower[g.end] in _ACTOR_VERBS
            and prev not in LOCATIVE
            and prev not in ("on", "for", "into", "via")
        ):
            continue  # "a trip that New Delhi will watch": the government, not a place
        if ctx.lower[g.end : g.end + 1] and ctx.lower[g.end] in _QUALIFIED and prev not in (
            *LOCATIVE, "to", "into"
        ):
            continue  # "as was a United States presidential delegation": whose, not where
        if (
            g.end < len(ctx.doc)
            and (
                ctx.label[g.end] == "TITLE"
                or ctx.person_at(g.end)
                and tokens_of(ctx.doc)[g.end].text[:1].isupper()
            )
            and not (prev in LOCATIVE and ctx.sentence_of(g.start)[0] == g.start - 1)
        ):  # but "In Warsaw he will meet ...", "In Accra Rojas held talks": the setting
            continue  # "US President Joe Biden": a country word qualifying an office
        out.append(g)
    return out


# the first verb of a who-aside that tells of another stop than the act after it
_OTHER_STOP = {"stopped", "visited", "toured", "left", "broke"}


def _stop_before(g: Span, t: int, ctx: Context) -> bool:
    """Whether ``g`` lies in a ", who ..." aside that closes before the trigger at ``t`` and
    tells of an earlier stop ("Rice, who broke off a tour and stopped in Kabul earlier in
    the day, held meetings with X"; "X, who visited Oslo on Monday, met Y"): not where the
    act after it happened, as an arrival there ("X, who arrived in Nairobi on Monday") is."""
    lo = ctx.sentence_of(g.start)[0]
    who = next((j for j in range(g.start - 1, max(lo, g.start - 16), -1)
                if ctx.lower[j] == "who" and ctx.lower[j - 1] == ","), None)
    close = next((j for j in range(g.end, t) if ctx.lower[j] == ","), None)
    if who is None or close is None or "," in ctx.lower[who + 1 : g.start]:
        return False
    words = [w for w in ctx.lower[who + 1 : close] if w not in ("had", "has", "also", "first")]
    return bool(words) and (words[0] in _OTHER_STOP or "earlier" in words)


_SUBORDINATORS = {"after", "before", "since", "as", "while", "when", "because", "until", "once"}
# words that may follow a destination after "after"/"before" ("after Lagos and Accra", "before
# Moscow on Friday"); any other lower-case word is the verb of a place acting as a subject
_AFTER_A_STOP = {"and", "or", "on", "in", "at", "to", "for", "from", "with", "by", "via", "the",
                 "this", "last", "next", "earlier", "later", "where", "which", "when", "then"}


def acts_in_a_clause(g: Span, ctx: Context) -> bool:
    """Whether a place opens a clause as its subject ("after Riyadh cut ties with Tehran"):
    a government acting, not a destination."""
    word = tokens_of(ctx.doc)[g.end].text if g.end < len(ctx.doc) else ""
    opener = ctx.lower[g.start - 1] if g.start > 0 else ""
    return (
        opener in _SUBORDINATORS
        and word.isalpha()
        and word.islower()
        and word not in _AFTER_A_STOP
    )


# nouns a country word qualifies ("a United States delegation"): it says whose, not where
_QUALIFIED = {"delegation", "delegations", "presidential", "contingent", "team", "government"}
# "return to the Minsk agreements", "the Paris accord": a document named after a town
_DOCUMENT_NOUNS = {"agreement", "agreements", "accord", "accords", "protocol", "protocols",
                   "format", "process", "declaration", "pact", "treaty", "deal"}
_QUALIFIED |= _DOCUMENT_NOUNS
# "at the Pakistan High Commission", "at the Chile embassy": a mission abroad, whose country
# it serves, not where it stands
_QUALIFIED |= {"embassy", "high", "consulate", "chancery"}
_SPEAKERS = {"officials", "official", "sources", "source", "diplomats", "diplomat", "spokesman",
             "spokeswoman", "spokesperson", "analysts", "reporters", "journalists", "aides"}
_SAYING = {"said", "says", "say", "told", "reported", "added", "confirmed"}


def of_a_document(g: Span, ctx: Context) -> bool:
    """Whether the town ``g`` names a document after it ("the Minsk agreements")."""
    return ctx.lower[g.end : g.end + 1] != [] and ctx.lower[g.end] in _DOCUMENT_NOUNS


def _speakers_there(g: Span, ctx: Context) -> bool:
    """Whether ``g`` says where the people quoted are ("officials in Seoul said", "a
    spokesman in Moscow told reporters") or is the source ("according to the Kremlin"),
    not where the event is."""
    before = ctx.lower[max(0, g.start - 3) : g.start]
    if before[-2:] == ["according", "to"] or before == ["according", "to", "the"]:
        return True  # "According to the White House, X is to meet Y": the source, not where
    return (
        g.end < len(ctx.doc)
        and ctx.lower[g.end] in _SAYING
        and ctx.lower[g.start - 1 : g.start] == ["in"]
        and ctx.lower[g.start - 2] in _SPEAKERS
    )


def _owns_a_site(g: Span, prev: str, ctx: Context) -> bool:
    """ "at Seoul's Incheon airport", "in Beijing's Great Hall of the People": a place whose
    possessive names a site in it is where the event was (not "to Russia's president")."""
    k = g.end + 1
    return (
        prev in ("at", "in", "into", "inside", "near", "outside")
        and k < len(ctx.doc)
        and ctx.label[k] not in ("TITLE", "PLACE", "COUNTRY", "CAPITAL")
        and (tokens_of(ctx.doc)[k].text[:1].isupper() or ctx.lower[k] in _SITE_WORDS)
        and not ctx.person_at(k)
    )


# what a country celebrates at home: "will attend Ghana's independence day celebrations"
_CELEBRATIONS = {"celebration", "celebrations", "anniversary", "parade", "ceremony",
                 "ceremonies", "inauguration", "funeral", "coronation", "jubilee",
                 "festivities", "commemoration", "commemorations", "swearing-in"}


def _holds_a_ceremony(g: Span, prev: str, ctx: Context) -> bool:
    """ "will attend Vietnam's National Day celebrations", "at Russia's Victory Day
    parade": a country whose possessive names a ceremony it holds is where one goes."""
    return prev in ("attend", "attended", "attends", "attending", "at", "for") and bool(
        _CELEBRATIONS.intersection(ctx.lower[g.end + 1 : g.end + 6])
    )


_SITE_WORDS = {"airport", "presidential", "palace", "official", "main", "international", "old",
               "historic", "central", "national", "parliament"}


@lru_cache(maxsize=1)
def _standing_venues() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    table = _rows("standing_venues.tsv")
    rows = {name.casefold(): (city, country) for name, city, country in table}
    names = sorted(rows, key=len, reverse=True)
    # "of the UN General Assembly", not "UN General Assembly President X" (an office)
    alternatives = "|".join(map(re.escape, names))
    return re.compile(r"\b(?i:the (" + alternatives + r"))\b(?! [A-Z])"), rows


def standing_venue(sent: Span) -> tuple[str, str] | None:
    """(city, country) of a gathering ``sent`` names that always meets in one city ("on the
    margins of the UN General Assembly": New York), from data/standing_venues.tsv."""
    pattern, rows = _standing_venues()
    found = pattern.search(text_of(sent.doc)[sent.start_char : sent.end_char])
    return rows[found.group(1).casefold()] if found else None


def location(
    spans: list[Span], lex: Lexicon, t: int | None = None
) -> tuple[str | None, str | None]:
    """(place, country): the city nearest the trigger ``t`` (a capital or a seat gives its
    city), else the first country named."""
    if t is not None:
        spans = sorted(spans, key=lambda g: (g.start < t, abs(g.start - t)))
    cities = [
        g
        for g in spans
        if g.label_ != "PLACE"
        or (lex.places.get(g.text) is None or lex.places[g.text].kind == "city")
        and not _named_as_region(g)
    ]
    spans = cities + [g for g in spans if g not in cities]  # a region only when no city is named
    for g in spans:
        if g.label_ == "PLACE":
            name = full_name(g)  # "in Antigua": the Antigua Guatemala told before
            return lex.town_names.get(name, name), g.kb_id_  # "in Rio": Rio de Janeiro
        if g.label_ == "CAPITAL" and g.kb_id_ in lex.capitals:
            return lex.capitals[g.kb_id_], g.kb_id_
        if g.label_ == "SEAT" and t is not None:  # "met Biden at the White House"
            return lex.seats[g.text][1], g.kb_id_
    for g in spans:
        if g.label_ == "SEAT":
            return lex.seats[g.text][1], g.kb_id_
    first = next((g for g in spans if g.label_ == "COUNTRY"), None)
    if first is not None and lex.capitals.get(first.kb_id_) == first.text:
        return first.text, first.kb_id_  # a city-state: "Singapore" is the city too
    return None, first.kb_id_ if first is not None else None


def _named_as_region(g: Span) -> bool:
    """ "in Kagoshima prefecture", "in Santa Cruz province": a region there, not the city."""
    doc = getattr(g, "doc", None)  # (a "here" stands for a place without a span)
    return doc is not None and g.end < len(doc) and doc[g.end].lower_ in REGION_AFTER


_GATHERINGS = SUMMIT_WORDS | {"talks", "ceremony", "celebrations", "parade", "gathering"}
_GATHERINGS |= {"assembly", "ministerial", "games", "funeral", "inauguration", "festival"}


def _before_its_day(end: int, ctx: Context) -> int:
    """Where a place ends that a date follows up to ``end`` ("Tallinn on Thursday morning"):
    before the date and its "on"; ``end`` itself where no date ends there."""
    day = [m for m in ctx.dates_in(max(0, end - 6), end) if m.end >= end - 1]
    if not day:
        return end
    k = day[-1].start
    return k - 1 if ctx.lower[k - 1] in ("on", "in", "at") else k


def where_place(rng: tuple[int, int], ctx: Context, seats: bool = False) -> list[Span]:
    """ "..., Warsaw, where he met Tusk": the place just before a where-clause, or with
    ``seats`` the seat of government ("at Rashtrapati Bhavan, where X received him"); "will
    visit London for the ministers' meeting, where he will meet X": the place of the
    gathering the clause refers to, named earlier in the sentence."""
    i = rng[0]
    if not (ctx.lower[i] == "where" and i >= 2 and ctx.lower[i - 1] == ","):
        return []
    end = _before_its_day(i - 1, ctx)  # "flew on to Tallinn on Thursday morning, where ..."
    labels = ("PLACE", "CAPITAL", "SEAT") if seats else ("PLACE", "CAPITAL")
    found = [g for g in ctx.gaz if g.end == end and g.label_ in labels]
    country = [g for g in ctx.gaz if g.end == end and g.label_ == "COUNTRY"]
    if not found and country and ctx.lower[country[0].start - 1] == ",":
        found = [  # "Hangzhou, China, where he held talks": the city before its country
            g
            for g in ctx.gaz
            if g.end == country[0].start - 1
            and g.label_ in ("PLACE", "CAPITAL")
            and g.kb_id_ == country[0].kb_id_
        ]
    if not found and country:  # "to Germany, where he will meet X": the country, or the
        # city of it that the clause names ("Turkey, where he held talks with X in Ankara")
        inside = ctx.gaz_in(i, rng[1], ("PLACE", "CAPITAL", "SEAT"))
        found = [g for g in inside if g.kb_id_ == country[0].kb_id_][:1] or country[:1]
    if found or ctx.lower[i - 2] not in _GATHERINGS:
        return found
    lo = ctx.sentence_of(i)[0]
    earlier = [
        g
        for g in ctx.gaz_in(lo, i - 1, ("PLACE", "CAPITAL"))
        if ctx.lower[g.start - 1] in LOCATIVE or g.start - 1 in ctx.trigger_tokens
    ]
    return earlier[-1:]


def occasion(sent: Span, ctx: Context) -> str | None:
    if SUMMIT_WORDS.isdisjoint(ctx.lower[sent.start : sent.end]):
        return None
    orgs = ctx.gaz_in(sent.start, sent.end, ("ORG",))
    return orgs[0].kb_id_ if orgs else None
