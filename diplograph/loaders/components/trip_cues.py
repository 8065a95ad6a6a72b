"""What the words around a trigger of travel tell about the trip.

Small predicates and readings that :mod:`.visits` consults: a stay told in the present
("is on a visit", "are attending"), the traveller's own trip ("her visit"), a later leg
told as ahead ("then heads to Rome") or as a past narrative goes on, the day told right
after one leg, a call-off told in a report, a place after a preposition ("in the
capital"), a delegation sent somewhere, representing at a ceremony, stand-ins ("sent X
in his place"). Words of travel that tell no trip (companions in an aside, "travelling
with the president"; "came to power") are read in :mod:`.no_trip_told`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .arguments import Context, usable_date
from .frames import HOSTING, RECEIVING, RECEIVING_ING
from .name_lists import PREDECESSOR_WORDS
from .office_lists import plural_office
from .pronouns import POSSESSIVE
from .tokenizer import tokens_of

__all__ = [
    "BE_FORMS",
    "made_the_trip",
    "STARTING",
    "NO_OBJECT_AFTER",
    "multi_day",
    "hosted_guests",
    "visiting_guest",
    "attributive_visiting",
    "paid_by",
    "paid_date",
    "CEREMONIES",
    "ahead_between",
    "classify_ahead",
    "leg_date",
    "reported_call_off",
    "staying_now",
    "own_trip",
    "placed_by",
    "delegation_to",
    "represented_by",
    "sent_in_place",
    "elsewhere",
    "whose",
]

_NOW = {"currently", "now"}


def classify_ahead(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a clause tells of something still ahead ("is due to", "will")."""
    return bool({"will", "due", "expected", "scheduled"}.intersection(ctx.lower[rng[0] : rng[1]]))


def ahead_between(words: list[str]) -> bool:
    """Whether words between a trip's verb and a later leg tell it as ahead ("a tour that
    will also take him to Serbia", "then heads to Rome"), not as a past narrative goes on
    ("travelled to Peru, and then to Chile")."""
    if "will" in words or "next" in words:
        return True
    return any(
        w in ("then", "later")
        and not _told_as_past(words[k + 1 : k + 2])
        and not (w == "later" and words[k + 1 : k + 2] in (["that"], ["in"], ["on"]))
        and not (w == "then" and words[k + 1 : k + 2] in (["in"], ["to"], ["on"]))
        for k, w in enumerate(words)
    )  # "left later in the day for Kigali", "later that day": a time of the verb's tense;
    # "was in Amman, where he met X, and then in Doha": a leg in the verb's tense


# past forms of the verbs a narrative goes on with ("then went on to Chile", "later flew to")
_IRREGULAR_PAST = {"went", "flew", "drove", "came", "left", "took", "made", "headed", "met", "held"}


def _told_as_past(nxt: list[str]) -> bool:
    """ "then to Chile", "then went on to", "later travelled to": the narrative's own tense."""
    return not nxt or nxt[0] == "to" or nxt[0] in _IRREGULAR_PAST or nxt[0].endswith("ed")


def leg_date(g: Span, following: Span | None, ctx: Context, status: str) -> str | None:
    """The day told right after one leg of a trip, before the next leg is named."""
    stop = min(g.end + 4, following.start if following is not None else g.end + 4)
    own = [
        m
        for m in ctx.dates_in(g.end, stop)
        if usable_date(m, ctx) and not ctx.trigger_tokens.intersection(range(g.end, m.start))
    ]  # not "spent Monday night in A before flying on Tuesday to B": the flight's day
    if not own and ctx.lower[g.end : g.end + 2] == [",", "where"]:  # "and to Madrid, where he
        end = following.start if following is not None else len(ctx.lower)  # joined X on
        close = next((k for k in range(g.end + 2, end) if ctx.lower[k] in (",", ";", ".")), end)
        own = [m for m in ctx.dates_in(g.end + 2, close) if usable_date(m, ctx)]  # Wednesday"
    return own[0].value(status != "occurred") if own else None


_REPORTED = {"said", "announced", "says", "confirmed", "told"}


_CALLED_OFF = {"postponed", "cancelled", "canceled", "called", "scrapped", "shelved", "delayed"}


def reported_call_off(t: int, sent: Span, ctx: Context) -> bool:
    """ "... said the trip had been cancelled", "the trip was postponed last Friday": a trip
    told before, called off in a report or in a clause whose day is the calling off's."""
    if ctx.lower[t - 1] not in ("the", "his", "her", "their"):
        return False
    after = ctx.lower[t + 1 : t + 4]
    return bool(_REPORTED.intersection(ctx.lower[sent.start : t])) or (
        after[:1] in (["was"], ["has"], ["had"], ["is"]) and bool(_CALLED_OFF.intersection(after))
    )


def staying_now(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "is currently in Cairo", "is on a visit to Peru", "is paying a state visit to Peru":
    a stay told in the present, under way on the story's day."""
    if _NOW.intersection(ctx.lower[rng[0] : t_end]) or ctx.lower[t] in ("is", "are"):
        return True
    if ctx.lower[t - 1] in ("is", "are") and ctx.lower[t].endswith("ing"):
        return True  # "are attending the summit in Oslo"
    before = ctx.lower[max(rng[0], t - 6) : t]
    on = {"on", "paying", "making"} & set(before)  # "is paying a state visit to Peru"
    return ctx.lower[t] in ctx.lex.trip_nouns and bool(on) and bool({"is", "are"} & set(before))


def own_trip(t: int, ctx: Context) -> bool:
    """ "her visit", "his three-day state visit": the trip the story tells, named by its
    traveller's possessive."""
    k = t - 1
    while k > 0 and k > t - 5 and ctx.lower[k] not in ("his", "her", "their"):
        k -= 1
    return ctx.lower[t] in ctx.lex.trip_nouns and ctx.lower[k] in ("his", "her", "their")


def placed_by(start: int, ctx: Context, prepositions: tuple[str, ...]) -> bool:
    """Whether the place at ``start`` follows one of ``prepositions`` ("in the capital")."""
    k = start - 1 - (ctx.lower[start - 1] == "the")
    return ctx.lower[k] in prepositions


def delegation_to(t_end: int, ctx: Context) -> bool:
    """ "leads a large business delegation to India": the delegation goes somewhere."""
    words = ctx.lower[t_end : t_end + 6]
    if "delegation" not in words:
        return False
    k = t_end + words.index("delegation") + 1
    return ctx.lower[k : k + 1] == ["to"] and bool(
        ctx.gaz_in(k + 1, k + 3, ("PLACE", "COUNTRY", "CAPITAL"))
    )


# gatherings one represents a country at ("will represent India at the inauguration")
CEREMONIES = {"summit", "inauguration", "funeral", "coronation", "swearing-in", "ceremony"}
CEREMONIES |= {"celebrations", "commemorations", "investiture", "conference", "forum"}
CEREMONIES |= {"burial", "cremation", "memorial", "wedding", "jubilee", "enthronement", "sworn"}
CEREMONIES |= {"cremated", "buried", "crowned", "pyre"}  # "was cremated on Friday"
CEREMONIES |= {"oath"}  # "watched X take the oath"


def represented_by(t: int, t_end: int, ctx: Context) -> bool:
    """ "Russia is represented by its foreign minister" in a story about a summit."""
    k = t_end + (ctx.lower[t_end : t_end + 1] in (["instead"], ["there"], ["only"], ["also"]))
    return ctx.lower[t] == "represented" and ctx.lower[k : k + 1] == ["by"]  # "represented
    # instead by its foreign minister"


_IN_PLACE = (["in", "his", "place"], ["in", "her", "place"], ["in", "their", "place"])
_STANDING_IN = (["in", "place"], ["on", "behalf"], ["standing", "in"], ["to", "represent"])


def sent_in_place(t_end: int, rng: tuple[int, int], ctx: Context) -> list[str]:
    """ "sent Foreign Minister X to the summit in his place", "sending X instead", "Mali and
    Niger sent their Prime Ministers, A and B" in a story of a gathering: the ones sent,
    when the words right after say they stand in or go to a gathering, or a gathering was
    told before and they go nowhere else (not "sent X a letter about the summit")."""
    k = t_end + 1 if ctx.lower[t_end : t_end + 1] in (["its"], ["their"]) else t_end
    named = _sent_list(k, rng[1], ctx)
    if not named:
        return []
    end = named[-1][1] + (ctx.lower[named[-1][1] : named[-1][1] + 1] == [","])
    after = ctx.lower[end : min(rng[1], end + 4)]
    stands_in = (
        "instead" in after
        or any(after[k : k + 3] in _IN_PLACE for k in range(2))
        or after[:2] in _STANDING_IN  # "in place of the ailing King", "on behalf of"
    )
    goes = after[:1] == ["to"] and bool(
        {"summit", "meeting", "talks", "represent", *CEREMONIES} & set(after)
    )
    told = not after[:1] or after[0] in (".", "and", ";")  # nowhere else, nothing else
    told = told and bool(CEREMONIES & set(ctx.lower[: ctx.sentence_of(t_end)[0]]))
    return [key for _, _, key in named] if stands_in or goes or told else []


def _sent_list(k: int, end: int, ctx: Context) -> list[tuple[int, int, str]]:
    """The people named at ``k`` after their offices, and any more joined by "and" ("their
    Prime Ministers, A and B")."""
    while k < end and (
        ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY")
        or ctx.lower[k] == ","
        or any(plural_office(ctx.lower, j, ctx.lex) for j in (k, k + 1) if j < end)
    ):  # "Foreign Minister X", "their Prime Ministers, A and B"
        k += 1
    first = ctx.persons_in(k, k + 1)
    if not first:
        return []
    named = [first[0]]
    while ctx.lower[named[-1][1] : named[-1][1] + 1] in ([","], ["and"]):
        more = ctx.persons_in(named[-1][1] + 1, named[-1][1] + 2)
        if not more or ctx.lower[named[-1][1]] == "," and ctx.lower[more[0][1]] not in (",", "and"):
            break
        named.append(more[0])
    return named


def elsewhere(t_end: int, ctx: Context) -> bool:
    """Whether an arrival names a place the gazetteer does not know ("before landing in
    Guam"): not where the story was filed."""
    toks = tokens_of(ctx.doc)
    return (
        t_end + 1 < len(toks)
        and ctx.lower[t_end] in ("in", "at")
        and toks[t_end + 1].text[:1].isupper()
    )


def whose(g: Span, ctx: Context) -> bool:
    """Whether a country names whose people a plural office holds ("the leaders of Chile,
    Peru and Mexico"), not where anyone went."""
    k = g.start - 1
    while k > 0 and (ctx.lower[k] in (",", "and", "the") or ctx.label[k] == "COUNTRY"):
        k -= 1
    return ctx.lower[k] == "of"


_HOSTING = HOSTING | RECEIVING | RECEIVING_ING
BE_FORMS = {"was", "were", "been", "being", "be", "is", "are"}  # before a passive participle


def hosted_guests(t: int, rng: tuple[int, int], ctx: Context) -> list[str]:
    """Who comes on a visit that a host's verb introduces: "X will host Y for a state visit",
    "X received Y on an official visit", "Y was hosted by X on a state visit"."""
    if ctx.lower[t - 1 : t] not in (["visit"], ["trip"]) and ctx.lower[t] not in ("visit", "trip"):
        return []
    verb = next((k for k in range(t - 1, rng[0] - 1, -1) if ctx.lower[k] in _HOSTING), None)
    if verb is None or not {"for", "on"}.intersection(ctx.lower[verb + 1 : t]):
        return []
    if ctx.lower[verb - 1] in BE_FORMS:
        before = ctx.persons_in(rng[0], verb)
        return [before[-1][2]] if before else []
    between = [  # not the host "his" stands for: "will host his Kenyan counterpart X"
        key for s, _e, key in ctx.persons_in(verb + 1, t) if ctx.lower[s] not in _OWNERS
    ]
    return list(dict.fromkeys(between))


_OWNERS = POSSESSIVE | {"its"}


STARTING = {"begin", "begins", "beginning", "start", "starts", "starting", "began", "started"}
_SETTING_OFF = {"leave", "leaves", "left", "leaving", "embark", "embarks", "embarked", "set",
               "sets", "setting"} | STARTING
_MULTI_DAY = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-day|week-?long")


def multi_day(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause tells a journey of several days by its length or its start
    ("a five-day tour", "began a week-long trip", "will leave on Thursday on a tour")."""
    words = ctx.lower[rng[0] : rng[1]]
    return bool(_SETTING_OFF.intersection(ctx.lower[rng[0] : t])) or any(
        ("-day" in w or w.endswith("long")) and _MULTI_DAY.fullmatch(w) for w in words
    )


def visiting_guest(t: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """The person "visiting" qualifies ("visiting Chilean President X", "the visiting
    Chilean President, X"), if it stands before a name."""
    if ctx.lower[t] != "visiting":
        return None
    k = t + 1
    while k < rng[1] and (
        ctx.label[k] in ("TITLE", "DEMONYM", "COUNTRY")
        or (ctx.lower[k] in ("of", "the") and ctx.label[k - 1] in ("TITLE", "COUNTRY"))
        or ctx.lower[k] in ("counterpart", "leader") and ctx.label[k - 1] == "DEMONYM"
    ):  # "the visiting President of (the) Egypt X", "his visiting Ghanaian counterpart X"
        k += 1
    if k > t + 1 and ctx.lower[k : k + 1] == [","]:
        k += 1  # "the visiting Chilean President, Marta Rojas,"
    person = ctx.persons_in(k, k + 1)
    if not person and k > t + 1:  # "received the visiting Prime Minister": the one the
        person = ctx.persons_in(t - 1, t + 1)  # description stands for, if coreference has it
    return person[0][2] if person else None


_DETERMINERS = {"the", "a", "an", "two", "three", "several", "many", "other", "all"}
# what may follow a verb of visiting with no object ("is visiting this week", "who visited
# on Monday"); not "visited with" (met) or a noun ("visiting dignitaries")
NO_OBJECT_AFTER = {",", ".", ";", "this", "last", "next", "on", "until", "through", "since",
                   "earlier", "today", "tomorrow", "yesterday", "for", "at", "and", "as",
                   "when", "while", "from", "over"}
_NOT_NOUNS = _DETERMINERS | NO_OBJECT_AFTER | {"to", "his", "her", "their", "its", "our"}


def attributive_visiting(t: int, ctx: Context) -> bool:
    """ "the visiting envoys", "visiting business leaders": "visiting" as an adjective of
    a common noun (after a determiner, or before a lower-case word that is no place),
    describing guests the sentence does not name."""
    if ctx.lower[t] != "visiting" or t + 1 >= len(ctx.lower):
        return False
    if ctx.label[t + 1]:  # "the visiting Prime Minister" no one is known as: no name, no
        return ctx.lower[t - 1] in _DETERMINERS  # traveller; "visiting Kenya": a place
    if ctx.lower[t - 1] in _DETERMINERS:
        return True
    nxt = tokens_of(ctx.doc)[t + 1].text  # "visiting business leaders"; not "visiting the"
    return nxt[:1].islower() and nxt.isalpha() and ctx.lower[t + 1] not in _NOT_NOUNS


_PERFECT_PAID = [[aux, verb] for aux in ("had", "has") for verb in ("paid", "made")]


def _payer(t: int, rng: tuple[int, int], ctx: Context) -> tuple[int, int, str] | None:
    """The person of "the visit (that) X (had) paid to Y", as (start, end, key)."""
    opens = t + 2 if ctx.lower[t + 1 : t + 2] in (["that"], ["which"]) else t + 1
    person = ctx.person_after_offices(opens, rng[1])
    if person is not None and (
        ctx.lower[person[1] : person[1] + 1] in (["paid"], ["made"])
        or ctx.lower[person[1] : person[1] + 2] in _PERFECT_PAID
    ):
        return person
    return None


def paid_date(t: int, rng: tuple[int, int], ctx: Context, ahead: bool) -> str | None:
    """The day of "the visit X paid to Nairobi in February": the first date of the
    relative clause, which a clause reader splits from the visit's noun."""
    person = _payer(t, rng, ctx)
    if person is None:
        return None
    told = ctx.dates_in(person[1], ctx.sentence_of(t)[1])
    return told[0].value(ahead) if told else None


def paid_by(t: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """The one a visit "was paid by" or "was made by", however long the noun phrase
    before ("The last visit to Kenya by a Peruvian president was made by X in 2008"), or
    who paid it in a relative clause ("the visit that President X paid to Muscat")."""
    person = _payer(t, rng, ctx)
    if person is not None:
        return person[2]
    for i in range(t + 1, min(rng[1], t + 16) - 3):
        if ctx.lower[i] in ("was", "were") and ctx.lower[i + 1] in ("paid", "made"):
            if ctx.lower[i + 2] == "by":
                k = i + 3
                while k < rng[1] and ctx.lower[k] in PREDECESSOR_WORDS:
                    k += 1  # "was made by former President Jiang Zemin in 1999"
                person = ctx.person_after_offices(k, rng[1])
                return person[2] if person else None
    return None


_MADE = {"made"}  # done; not "urged him to make the trip"


def made_the_trip(t: int, ctx: Context) -> bool:
    """ "made the trip", "made the journey": a trip as the act of coming, whose end is
    where the story is when the text names none; and "called off his trip", the coming
    given up ("X had been expected but called off her trip")."""
    if t < 2 or ctx.lower[t] not in ("trip", "trips", "journey"):
        return False
    if ctx.lower[t - 1] == "the" and ctx.lower[t - 2] in _MADE:
        return True
    return ctx.lower[t - 1] in ("his", "her", "their") and ctx.lower[t - 2] in _GIVEN_UP


_GIVEN_UP = {"off", "cancelled", "canceled", "scrapped", "abandoned", "shelved", "scratched"}


def given_up_day(t: int, ctx: Context) -> str | None:
    """The date of a trip "called off" with no date of its own, to where the story is: the
    story's day ("X had been expected at the inauguration but called off her trip"); for
    a summit, which runs several days, its month ("cancelled his trip to the summit")."""
    if not made_the_trip(t, ctx) or ctx.lower[t - 2] not in _GIVEN_UP:
        return None
    if ctx.gaz_in(t + 1, t + 5, ("PLACE", "CAPITAL", "COUNTRY")):
        return None  # "called off his trip to Oslo": a trip elsewhere, with no day told
    lo, hi = ctx.sentence_of(t)
    summit = ctx.summit_date()
    day = summit.value(True) if summit is not None else ctx.lead_date(True)
    several = summit is not None or _SUMMITS.intersection(ctx.lower[lo:hi])
    return day[:7] if day and several else day


_SUMMITS = {"summit", "summits", "conference", "forum"}
