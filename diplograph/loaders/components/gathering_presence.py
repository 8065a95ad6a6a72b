"""Who was at a gathering the story tells, by the company a sentence names: "Among the
leaders at the summit were A and B", "Among them were A and B" after "... a ceremony
attended by 20 heads of state", "X was also there, as was Y", "were among the foreign
dignitaries at the inauguration". Each foreigner named made a visit to the gathering's
city. Helpers of :mod:`.presences` and :mod:`.visits`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, country_of, location, pick_date
from .ceremony_company import GUESTS, ceremony_before, told_ahead
from .earlier_trips import past_visit
from .event_places import SUMMIT_WORDS, topic_place
from .here_places import dateline_site
from .name_lists import coordinated, coordinated_forward
from .office_lists import plural_office
from .summit_places import not_going
from .trip_cues import CEREMONIES, placed_by
from .usable_dates import usable_date
from .visit_cues import JOINS

__all__ = [
    "gathering_presence",
    "gathering_before",
    "joined_company",
    "among_at_ceremony",
    "sentence_opening",
    "CLOCK",
    "COPULAS",
    "FRONT_ADVERBS",
]


def gathering_presence(sent: Span, ctx: Context) -> list[Event]:
    """The visits of those ``sent`` places at a gathering by its company ("Among the
    leaders at the summit were A and B", "The summit opened with A and B among those
    present") or by "there" ("X was also there")."""
    return (
        _among_at_gathering(sent, ctx)
        + _there_at_gathering(sent, ctx)
        + _with_those_present(sent, ctx)
    )


# the company a list ends with: "with A and B among those present"
_AMONG_THOSE = (["among", "those", "present"], ["among", "those", "attending"],
                ["among", "the", "guests"], ["among", "those", "in"])


def _with_those_present(sent: Span, ctx: Context) -> list[Event]:
    """ "The summit opened on Monday with Presidents A of Brazil and B of Colombia among
    those present": a gathering the sentence tells, then "with" and a list that ends with
    its company: each foreigner's visit to the gathering's city."""
    end = next(
        (k for k in range(sent.start, sent.end) if ctx.lower[k : k + 3] in _AMONG_THOSE), None
    )
    if end is None:
        return []
    with_ = next((k for k in range(end - 1, sent.start, -1) if ctx.lower[k] == "with"), None)
    if with_ is None or not _GATHERING_WORDS.intersection(ctx.lower[sent.start : with_]):
        return []
    named = ctx.persons_in(with_ + 1, end)
    if not named or not _offices_only(with_ + 1, named[0][0], ctx):
        return []
    keys = coordinated_forward(named, ctx)
    return _visits_at(keys, (sent.start, with_), ("in", "at"), end, sent, ctx)


FRONT_ADVERBS = {"also", "already", "still", "now", "meanwhile", ","}
_DASHES = {"-", "--", "–", "—"}


def sentence_opening(sent: Span, ctx: Context) -> int:
    """Where the sentence's own words start: past a dateline ("JOHANNESBURG, Aug 22 --")
    that opens the story's first sentence."""
    if sent.start > 0 or ctx.doc._.dg_dateline is None:
        return sent.start
    dash = next((j for j in range(sent.start, min(sent.end, sent.start + 12))
                 if ctx.lower[j] in _DASHES), None)
    return sent.start if dash is None else dash + 1


COPULAS = {"are", "were", "is", "was"}
CLOCK = re.compile(r"[\d:.\-–—]+|[ap]\.?m\.?|ist|gmt|utc|hrs|\*+")


def among_at_ceremony(t_end: int, rng: tuple[int, int], ctx: Context) -> list[Span] | None:
    """Whether "were among" goes on to a gathering ("were among the foreign dignitaries at
    the inauguration"): they were in the town it places the gathering in, else in the
    gathering's city ([]); or to its company where the sentence before told the gathering
    ("attended the swearing-in at the Diamniadio centre. X was also among the guests"): in
    the city that sentence names, if any. None where neither, or where a relative clause
    after the company tells its own act ("among the leaders who attended ...")."""
    who = next((k for k in range(t_end, min(rng[1], t_end + 8)) if ctx.lower[k] == "who"), None)
    if who is not None and ctx.trigger_tokens.intersection(range(who + 1, who + 5)):
        return None  # "among the leaders who attended the swearing-in on June 9", "who
        # managed to reach Krakow": the relative clause's own act tells the trip
    named = ctx.gaz_in(t_end, rng[1], ("PLACE", "COUNTRY", "CAPITAL"))
    if CEREMONIES.intersection(ctx.lower[t_end : rng[1]]):  # "were among eight heads of
        return [g for g in named if placed_by(g.start, ctx, ("in", "at"))][:1]  # state at
        # Monday's ceremony on the grounds of the Capitol in Monrovia": that town
    if named:
        return None
    lo = ctx.sentence_of(t_end)[0]
    before = ctx.sentence_of(lo - 1) if lo > 0 else (lo, lo)
    if not _COMPANY.intersection(ctx.lower[t_end : t_end + 3]) or not CEREMONIES.intersection(
        ctx.lower[before[0] : before[1]]
    ):
        return None
    return [g for g in ctx.gaz_in(*before, ("PLACE",)) if placed_by(g.start, ctx, ("in", "at"))][:1]


_GATHERINGS = SUMMIT_WORDS - {"sidelines", "sideline"} | {"ceremony", "inauguration", "funeral"}
# a company whose name tells the gathering it is at: mourners are at the funeral
_GATHERINGS |= {"mourners"}


_ATTENDING = {"attended", "attending", "gathered", "arrived", "present", "converged"}


def _attended_before(sent: Span, ctx: Context, company: list[str]) -> tuple[int, int] | None:
    """The sentence before ``sent``, as (start, end), when it tells a gathering attended
    ("... at a ceremony attended by 20 heads of state."), for "Among them were A and B";
    for "Among those present were A and B", when it names a gathering ("The summit opened
    on Saturday.")."""
    if sent.start == 0:
        return None
    lo, hi = ctx.sentence_of(sent.start - 1)
    words = ctx.lower[lo:hi]
    present = company[:1] == ["those"] and len(company) > 1 and set(company[1:]) <= _PRESENT
    if _GATHERINGS.intersection(words) and (present or _ATTENDING.intersection(words)):
        return lo, hi
    return None


_PRESENT = {"present", "attending", "in", "attendance", "there"}  # "those in attendance"


def _company_attended_before(sent: Span, ctx: Context) -> tuple[int, int] | None:
    """The sentence before ``sent``, as (start, end), when it tells a company attending
    ("More than 40 delegations attended.") in a story that has told its gathering ("held
    the king's funeral"), or a gathering attended ("a ceremony attended by 20 leaders")."""
    if sent.start == 0:
        return None
    lo, hi = ctx.sentence_of(sent.start - 1)
    words = set(ctx.lower[lo:hi])
    if words & _COMPANY and words & _ATTENDING and CEREMONIES.intersection(ctx.lower[:hi]):
        return lo, hi
    return _attended_before(sent, ctx, ["them"])


def _among_at_gathering(sent: Span, ctx: Context) -> list[Event]:
    """ "Among the leaders at Wednesday's summit were A and B", "Among those attending the
    forum in Accra was C", "Leaders gathering for the summit include A, B and C": a
    sentence that opens with a gathering's company and names, after its verb, who was
    there: each foreigner's visit to the gathering's country."""
    k = sentence_opening(sent, ctx)
    while k < sent.end and (CLOCK.fullmatch(ctx.lower[k]) or ctx.lower[k] in FRONT_ADVERBS):
        k += 1
    if k + 3 >= sent.end:
        return []
    stop = min(sent.end, k + 14)
    if ctx.lower[k] in ("among", "amongst"):
        verb = next((j for j in range(k + 1, stop) if ctx.lower[j] in COPULAS), None)
        company = ctx.lower[k + 1 : verb] if verb is not None else []
    elif ctx.lower[k : k + 3] == ["around", "the", "table"]:  # "Around the table sat
        verb = k + 3 if ctx.lower[k + 3] in _SEATED else None  # Presidents A of X, B of Y"
        company = ["around", "the", "table"]
    elif ctx.lower[k] == "at" or ctx.lower[k : k + 2] == ["in", "attendance"]:
        verb = next((j for j in range(k + 1, stop) if ctx.lower[j] in COPULAS
                     or ctx.lower[j - 1 : j + 1] == ["will", "be"]), None)
        company = ctx.lower[k:verb] if verb is not None else []  # "Also at the SCO summit
        # were A and B", "In attendance at the funeral were C and D"
        if not _GATHERING_WORDS.intersection(company) and company[:2] != ["in", "attendance"]:
            return []  # "At the airport were ..."
    elif ctx.lower[k] in ("they", "these") and ctx.lower[k + 1 : k + 2] and (
        ctx.lower[k + 1] in _INCLUDES
    ):  # "More than 80 delegations attended. They included A, B and C"
        verb, company = k + 1, ["they"]
        if _company_attended_before(sent, ctx) is None:
            return []
    elif ctx.lower[k] == "present" and ctx.lower[k + 1 : k + 2] and ctx.lower[k + 1] in COPULAS:
        verb, company = k + 1, ["present"]  # "Also present were A and B"
    elif (
        ctx.lower[k] in _COMPANY
        or ctx.lower[k + 1 : k + 2] and ctx.lower[k + 1] in _COMPANY
        or ctx.lower[k : k + 2] == ["the", "others"]  # after "X was among eight leaders at
    ):  # Monday's ceremony": "The others included A and B"
        verb = next((j for j in range(k + 1, stop) if ctx.lower[j] in _INCLUDES), None)
        company = ctx.lower[k:verb] if verb is not None else []
        if not (_ATTENDING_NOW | GUESTS).intersection(company) and not (
            _GATHERING_WORDS.intersection(company)
        ):
            return []  # "Leaders include ...": no gathering they are at; "The guests included"
    else:
        return _roll_call(k, sent, ctx)
    if verb is None or "," in ctx.lower[k:verb] or ctx.persons_in(k, verb):
        return []
    told = _attended_before(sent, ctx, company) if company[:1] in (["them"], ["those"]) else None
    if company == ["they"]:
        told = _company_attended_before(sent, ctx)
    if told is None and not _GATHERING_WORDS.intersection(ctx.lower[k:verb]):
        seated = company[:1] == ["around"]  # those at the table of the gathering told before
        told = gathering_before(sent, ctx) if _COMPANY.intersection(company) or seated else None
        if told is None and seated and _GATHERING_WORDS.intersection(ctx.lower[: sent.start]):
            told = (k, verb)  # the story's gathering, told earlier
        if told is None and (company == ["present"] or GUESTS.intersection(company)):
            told = ceremony_before(sent, ctx)  # "Also present were A", "The guests included B"
        if told is None:
            return []  # "Among the guests was X": no gathering to place them
    named = ctx.persons_in(verb + 1, sent.end)
    if not named or not _offices_only(verb + 1, named[0][0], ctx):
        return []
    if "expected" in ctx.lower[k:verb]:
        return []  # "Among those expected at the summit are ...": read by the trigger
    told = told or (k, verb)  # "... attended by 20 heads of state. Among them were A, B"
    ahead = ctx.lower[verb] == "be"  # "At the summit in Rio in August will be A"
    return _visits_at(coordinated_forward(named, ctx), told, ("in",), verb, sent, ctx, ahead)


_SEATED = COPULAS | {"sat", "sit", "stood"}


def _offices_only(lo: int, hi: int, ctx: Context) -> bool:
    """Whether the words ``lo:hi`` before a list's first name are its offices, a plural one
    too ("Presidents A of Brazil and B of Colombia")."""
    return all(ctx.leads_a_name(i) or plural_office(ctx.lower, i, ctx.lex) for i in range(lo, hi))


# the heads of a live blog's roll of those present: "In the hall:", "Present:", "On stage:"
_ROLL_HEADS = {"hall", "room", "chamber", "stage", "podium", "dais", "present", "attending"}
_ROLL_HEADS |= {"attendance"}


def _roll_call(k: int, sent: Span, ctx: Context) -> list[Event]:
    """ "In the hall: A, B and C", "Present: D and E": a roll, after a colon, of those at
    the gathering the story tells (a summit, a funeral, a forum; not "Present: ..." under
    talks): each foreigner's visit to the gathering's city."""
    colon = next((j for j in range(k + 1, min(sent.end, k + 6)) if ctx.lower[j] == ":"), None)
    heads = ctx.lower[k:colon] if colon is not None else []
    if not _ROLL_HEADS.intersection(heads) or "," in heads or ctx.persons_in(k, colon):
        return []
    told = (k, colon) if CEREMONIES.intersection(heads) else gathering_before(sent, ctx)
    if told is None and not CEREMONIES.intersection(ctx.lower[: sent.start]):
        return []  # no gathering told whose company this is
    named = ctx.persons_in(colon + 1, sent.end)
    if not named or any(not ctx.leads_a_name(i) for i in range(colon + 1, named[0][0])):
        return []
    return _visits_at(  # on the day of the roll's head, not of its asides ("In the hall:
        # A and B, attending his first summit since the thaw in May")
        coordinated_forward(named, ctx), told or (k, colon), ("in",), colon, sent, ctx,
        clause=(sent.start, colon + 1),
    )


def _visits_at(
    keys, told, locatives, t: int, sent: Span, ctx: Context, ahead=False, clause=None
) -> list[Event]:
    """The visits of the foreigners among ``keys`` to the gathering: in the place the
    tokens ``told`` name after one of ``locatives`` (not "on the war in X"), else in the
    story's summit city or dateline; on the day of the sentence, read at ``t``; planned
    when ``ahead``."""
    where = [
        g
        for g in ctx.gaz_in(*told, ("PLACE", "COUNTRY", "CAPITAL"))
        if ctx.lower[g.start - 1] in locatives and not topic_place(g, ctx)
        and not not_going(g.start, ctx)  # "skipped the summit in Lilongwe to be there"
    ]
    if not where:
        where = ctx.summit_place(sent)
        if where and not ahead and told_ahead(where[0], ctx):  # "Other guests included A": at
            where = dateline_site(ctx, t)  # the ceremony the story is filed from, not at
            # the summit it tells he "will attend" next
    if not where:
        return []
    place, country = location(where[:1], ctx.lex)
    clause = clause or (sent.start, sent.end)
    date = _gathering_day(told, clause, ctx, ahead) or pick_date(t, clause, sent, ctx, ahead)
    return [
        replace(past_visit(key, t, t + 1, sent, ctx, date, (place, country)),
                status="planned" if ahead else "occurred")
        for key in dict.fromkeys(keys)
        if country is not None and country_of(key, ctx) not in (None, country)
    ]


def _gathering_day(
    told: tuple[int, int], clause: tuple[int, int], ctx: Context, ahead: bool
) -> str | None:
    """The day the sentence before, which told the gathering, gives it ("This morning X
    opened the forum. Leaders at the opening included A and B"), when ``sent`` gives
    none of its own."""
    if any(usable_date(d, ctx) for d in ctx.dates_in(*clause)):
        return None
    if told[1] > clause[0]:  # "Leaders at the summit included A": the summit's day
        m = ctx.summit_date()
        return m.value(ahead) if m is not None else None
    days = [d for d in ctx.dates_in(*told) if usable_date(d, ctx)]
    return days[-1].value(ahead) if days else None


# "Leaders gathering for the summit include A and B": who the company of a gathering is
_COMPANY = {"leaders", "guests", "dignitaries", "attendees", "participants", "delegates"}
_COMPANY |= {"mourners", "delegations"}
_COMPANY |= {"heads", "those", "visitors", "invitees", "royals", "monarchs", "sovereigns"}
_INCLUDES = {"include", "includes", "included"}
_ATTENDING_NOW = _ATTENDING | {"gathering", "at", "for", "seated"}


_GATHERING_WORDS = _GATHERINGS | CEREMONIES


def gathering_before(sent: Span, ctx: Context) -> tuple[int, int] | None:
    """The sentence just before ``sent``, as (start, end), when it tells a gathering
    ("Norway marked its independence with celebrations on Friday.")."""
    if sent.start == 0:
        return None
    lo, hi = ctx.sentence_of(sent.start - 1)
    return (lo, hi) if _GATHERING_WORDS.intersection(ctx.lower[lo:hi]) else None


_THERE_AFTER = {".", ",", ";", "as", "too", "for", "to", "with", "on", "and"}


def _there_at_gathering(sent: Span, ctx: Context) -> list[Event]:
    """ "Kenya's foreign minister, X, was also there, as was his Chilean counterpart Y":
    people said to be "there" just after a sentence that tells a gathering were at it."""
    told = gathering_before(sent, ctx)
    if told is None and not CEREMONIES.intersection(ctx.lower[: sent.start]):
        return []  # "there" is where the story's gathering was, told just before or earlier
    keys: list[str] = []
    there, ahead = None, False
    for k in range(sent.start + 2, sent.end):
        if ctx.lower[k] != "there" or not set(ctx.lower[k + 1 : k + 2]) <= _THERE_AFTER:
            continue
        j = k - 1
        while j > sent.start and (ctx.lower[j] in FRONT_ADVERBS or ctx.lower[j] in _TO_BE_THERE):
            j -= 1
        verb = ctx.lower[j + 1 : k]
        named = ctx.persons_in(sent.start, j + 1)
        if not _BEING.intersection(verb) or not named or named[-1][1] != j + 1:
            continue  # "A and B were there", "C is also expected there", "D will be there"
        ahead = ahead or bool({"expected", "will"} & set(verb))
        there = k if there is None else there
        keys += coordinated(named, ctx)  # the names joined up to the verb ("A and B were
        # there")
        if ctx.lower[k + 1 : k + 4] in ([",", "as", "was"], [",", "as", "were"]):
            after = [  # not "his" of "as was his counterpart X"
                p
                for p in ctx.persons_in(k + 4, min(sent.end, k + 12))
                if ctx.lower[p[0]] not in ("his", "her", "their")
            ]
            keys += coordinated_forward(after, ctx)[:1] if after and after[0][0] <= k + 8 else []
    if there is None:
        return []
    return _visits_at(keys, told or (0, 0), ("in", "at"), there, sent, ctx, ahead)


# the words between the people and "there" that say they are or will be there
_TO_BE_THERE = {"expected", "be", "will"} | COPULAS
_BEING = COPULAS | {"be"}


# what "joined A and B at" names as a gathering ("at the third meeting of BRICS leaders")
_GATHERING_NOUNS = {"summit", "conference", "forum", "inauguration", "funeral", "ceremony",
                    "celebrations", "coronation", "swearing-in", "session", "summits",
                    "meeting", "gathering"}


def joined_company(t: int, t_end: int, ctx: Context) -> list[str]:
    """The people "joined" names as its object when the sentence goes on to the gathering
    they were at ("Singh joined President A, B and C for the first summit of the BRIC
    countries", "joined A and B at the inauguration"): they were there too. Not "joined
    A in condemning" nor "joined the talks"."""
    if ctx.lower[t] not in JOINS:
        return []
    k = t_end
    while k < len(ctx.lower) and ctx.leads_a_name(k):
        k += 1
    named = ctx.persons_in(k, k + 1)
    if not named:
        return []
    company = coordinated_forward(ctx.persons_in(k, ctx.sentence_of(t)[1]), ctx)
    last = max(e for s, e, key in ctx.persons_in(k, ctx.sentence_of(t)[1]) if key in company)
    after = ctx.lower[last : last + 5]
    if after[:1] not in (["for"], ["at"], ["in"]) or not _GATHERING_NOUNS.intersection(after):
        return []
    return company
