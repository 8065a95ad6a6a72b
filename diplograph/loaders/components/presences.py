"""Presence told around the trip: "Blinken, in Beijing for talks with Xi, said ...",
"X received Y, who arrived for a state visit", "Y was received at the airport by X".

A named person set off by commas as being in a place abroad for a purpose is on a
visit there, at the sentence's date; a guest who arrives where no place is named is
in the host's country. Helpers of :mod:`.events` and :mod:`.visits`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, country_of, location, make_event, pick_date, status_of
from .earlier_trips import past_visit
from .event_places import SUMMIT_WORDS, topic_place
from .frames import GREETING, RECEIVING, RECEIVING_ING, hosting_country
from .travellers import coordinated_forward
from .trip_cues import BE_FORMS, CEREMONIES, placed_by

__all__ = [
    "presence_asides",
    "hosted_visits",
    "met_guest_visits",
    "airport_welcomes",
    "among_at_ceremony",
    "welcomed_by",
]


def hosted_visits(t, t_end, rng, sent, ctx, status, visitors: list[str]) -> list[Event] | None:
    """The visits of ``visitors`` to the country of the one hosting them in the sentence
    (as the article states it), or None where no host's country is known."""
    guessed = ctx.doc.user_data.get("dg_guessed_country", set())
    country = hosting_country(ctx.doc, t, visitors, ctx.people, guessed)
    if not country:
        return None
    abroad = [key for key in visitors if country_of(key, ctx) != country]
    return _visits_to(country, t, t_end, rng, sent, ctx, status, abroad)


def _visits_to(country, t, t_end, rng, sent, ctx, status, visitors: list[str]) -> list[Event]:
    """One visit to ``country`` for each of ``visitors``, on the sentence's date."""
    date = pick_date(t, rng, sent, ctx, status != "occurred")
    return [
        make_event(
            "visit", t, t_end, sent, ctx, status, date, None, country, None, visitor=key,
            participants=[key],
        )
        for key in visitors
    ]


def met_guest_visits(t, t_end, rng, sent, ctx, status, visitors: list[str]) -> list[Event] | None:
    """ "held talks with visiting Ghanaian President X": the guest "visiting" describes is
    in the country of the others the sentence names (its hosts), when they serve one."""
    if ctx.lower[t] != "visiting":
        return None
    guessed = ctx.doc.user_data.get("dg_guessed_country", set())
    others = [ctx.people.get(key) for _s, _e, key in ctx.persons_in(sent.start, sent.end)
              if key not in visitors and key not in guessed]
    hosts = {p.country for p in others if p is not None and not p.former}
    if len(hosts) != 1 or None in hosts:
        return None  # an official of an organisation hosts in no country of its own
    country = hosts.pop()
    if any(country_of(key, ctx) == country for key in visitors):
        return None
    return _visits_to(country, t, t_end, rng, sent, ctx, status, visitors)


_PURPOSE_AFTER = {"for", "to", "on", ","}


def presence_asides(sent: Span, ctx: Context) -> list[Event]:
    """ "Blinken, in Beijing for talks with Xi, said ...": an aside that puts a named
    person in a place abroad for a purpose is a visit there, at the sentence's date; so is
    a sentence that opens with the place ("Also in Kathmandu for the summit are A and B")."""
    out = _fronted_presence(sent, ctx) + _telegraphic_presence(sent, ctx)
    out += _among_at_gathering(sent, ctx) + _there_at_gathering(sent, ctx)
    for _s, e, key in ctx.persons_in(sent.start, sent.end):
        if e + 3 >= sent.end or ctx.lower[e] != "," or ctx.lower[e + 1] != "in":
            continue
        where = [g for g in ctx.gaz_in(e + 2, e + 3, ("PLACE", "COUNTRY", "CAPITAL"))]
        if not where or where[0].end >= sent.end or ctx.lower[where[0].end] not in _PURPOSE_AFTER:
            continue
        if "," not in ctx.lower[where[0].end : sent.end]:
            continue  # "received X, Shehbaz Sharif, in Doha on Monday.": no aside, a place
        place, country = location(where, ctx.lex)
        if country is None or country_of(key, ctx) in (None, country):
            continue  # at home, or a person whose country the story does not tell
        status = status_of(e + 1, e + 2, (sent.start, sent.end), ctx)
        if status is None:
            continue
        date = pick_date(e + 1, (sent.start, sent.end), sent, ctx, status != "occurred")
        out.append(
            make_event(
                "visit",
                e + 1,
                e + 2,
                sent,
                ctx,
                status,
                date,
                place,
                country,
                None,
                visitor=key,
                participants=[key],
            )
        )
    return out


def among_at_ceremony(t_end: int, rng: tuple[int, int], ctx: Context) -> list[Span] | None:
    """Whether "were among" goes on to a gathering and names no place ("were among the
    foreign dignitaries at the inauguration"): they were in the gathering's city ([]); or
    to its company where the sentence before told the gathering ("attended the swearing-in
    at the Diamniadio centre. X was also among the guests"): in the city that sentence
    names, if any. None where neither."""
    if ctx.gaz_in(t_end, rng[1], ("PLACE", "COUNTRY", "CAPITAL")):
        return None
    if CEREMONIES.intersection(ctx.lower[t_end : rng[1]]):
        return []
    lo = ctx.sentence_of(t_end)[0]
    before = ctx.sentence_of(lo - 1) if lo > 0 else (lo, lo)
    if not _COMPANY.intersection(ctx.lower[t_end : t_end + 3]) or not CEREMONIES.intersection(
        ctx.lower[before[0] : before[1]]
    ):
        return None
    return [g for g in ctx.gaz_in(*before, ("PLACE",)) if placed_by(g.start, ctx, ("in", "at"))][:1]


_FRONT_ADVERBS = {"also", "already", "still", "now", "meanwhile", ","}
_DASHES = {"-", "--", "–", "—"}


def _opening(sent: Span, ctx: Context) -> int:
    """Where the sentence's own words start: past a dateline ("JOHANNESBURG, Aug 22 --")
    that opens the story's first sentence."""
    if sent.start > 0 or ctx.doc._.dg_dateline is None:
        return sent.start
    dash = next((j for j in range(sent.start, min(sent.end, sent.start + 12))
                 if ctx.lower[j] in _DASHES), None)
    return sent.start if dash is None else dash + 1


_COPULAS = {"are", "were", "is", "was"}
_CLOCK = re.compile(r"[\d:.\-–—]+|[ap]\.?m\.?|ist|gmt|utc|hrs|\*+")


def _fronted_presence(sent: Span, ctx: Context) -> list[Event]:
    """ "Also in Kathmandu for the summit are A, B and C", "In Oslo on Monday were A and B":
    a sentence that opens with a place and names, after its verb, who is there."""
    k = _opening(sent, ctx)
    while k < sent.end and _CLOCK.fullmatch(ctx.lower[k]):
        k += 1  # a live blog's stamp: "11:30 am: Also in Kathmandu ..."
    while k < sent.end and ctx.lower[k] in _FRONT_ADVERBS:
        k += 1
    if k + 2 >= sent.end or ctx.lower[k] != "in":
        return []
    where = ctx.gaz_in(k + 1, k + 2, ("PLACE", "COUNTRY", "CAPITAL"))
    if not where:
        return []
    stop = min(sent.end, where[0].end + 10)
    verb = next((j for j in range(where[0].end, stop) if ctx.lower[j] in _COPULAS), None)
    if verb is None or "," in ctx.lower[where[0].end : verb] or ctx.persons_in(k, verb):
        return []  # "In Lima, Boluarte said ...": a place of what is said, not a list of who
    named = ctx.persons_in(verb + 1, sent.end)
    if not named or any(not ctx.leads_a_name(i) for i in range(verb + 1, named[0][0])):
        return []  # the names follow the verb at once (after their offices)
    place, country = location(where, ctx.lex)
    date = pick_date(verb, (sent.start, sent.end), sent, ctx, False)
    if date is None and ctx.lower[verb] in ("are", "is"):  # there now: the story's day
        published = ctx.doc._.dg_published
        date = ctx.lead_date(False) or (published.isoformat() if published else None)
    return [
        past_visit(key, verb, verb + 1, sent, ctx, date, (place, country))
        for key in coordinated_forward(named, ctx)
        if country is not None and country_of(key, ctx) not in (None, country)
    ]


_GATHERINGS = SUMMIT_WORDS - {"sidelines", "sideline"} | {"ceremony", "inauguration", "funeral"}


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


def _among_at_gathering(sent: Span, ctx: Context) -> list[Event]:
    """ "Among the leaders at Wednesday's summit were A and B", "Among those attending the
    forum in Accra was C", "Leaders gathering for the summit include A, B and C": a
    sentence that opens with a gathering's company and names, after its verb, who was
    there: each foreigner's visit to the gathering's country."""
    k = _opening(sent, ctx)
    while k < sent.end and (_CLOCK.fullmatch(ctx.lower[k]) or ctx.lower[k] in _FRONT_ADVERBS):
        k += 1
    if k + 3 >= sent.end:
        return []
    stop = min(sent.end, k + 14)
    if ctx.lower[k] in ("among", "amongst"):
        verb = next((j for j in range(k + 1, stop) if ctx.lower[j] in _COPULAS), None)
        company = ctx.lower[k + 1 : verb] if verb is not None else []
    elif ctx.lower[k] in _COMPANY or ctx.lower[k + 1 : k + 2] and ctx.lower[k + 1] in _COMPANY:
        verb = next((j for j in range(k + 1, stop) if ctx.lower[j] in _INCLUDES), None)
        company = ctx.lower[k:verb] if verb is not None else []
        if not _ATTENDING_NOW.intersection(company) and not _GATHERINGS.intersection(company):
            return []  # "Leaders include ...": no gathering they are at
    else:
        return []
    if verb is None or "," in ctx.lower[k:verb] or ctx.persons_in(k, verb):
        return []
    told = _attended_before(sent, ctx, company) if company[:1] in (["them"], ["those"]) else None
    if told is None and not _GATHERINGS.intersection(ctx.lower[k:verb]):
        told = gathering_before(sent, ctx) if _COMPANY.intersection(company) else None
        if told is None:
            return []  # "Among the guests was X": no gathering to place them
    named = ctx.persons_in(verb + 1, sent.end)
    if not named or any(not ctx.leads_a_name(i) for i in range(verb + 1, named[0][0])):
        return []
    lo, hi = told or (k, verb)  # "... attended by 20 heads of state. Among them were A, B"
    where = [
        g
        for g in ctx.gaz_in(lo, hi, ("PLACE", "COUNTRY", "CAPITAL"))
        if ctx.lower[g.start - 1] == "in" and not topic_place(g, ctx)  # not "on the war in X"
    ] or ctx.summit_place(sent)
    if not where:
        return []
    place, country = location(where[:1], ctx.lex)
    if "expected" in ctx.lower[k:verb]:
        return []  # "Among those expected at the summit are ...": read by the trigger
    date = pick_date(verb, (sent.start, sent.end), sent, ctx, False)
    return [
        past_visit(key, verb, verb + 1, sent, ctx, date, (place, country))
        for key in coordinated_forward(named, ctx)
        if country is not None and country_of(key, ctx) not in (None, country)
    ]


# "Leaders gathering for the summit include A and B": who the company of a gathering is
_COMPANY = {"leaders", "guests", "dignitaries", "attendees", "participants", "delegates"}
_COMPANY |= {"heads", "those", "visitors", "invitees"}
_INCLUDES = {"include", "includes", "included"}
_ATTENDING_NOW = _ATTENDING | {"gathering", "at", "for"}


_LINE_OPENERS = {"-", "–", "—", "*", "•", ":"}
_TELEGRAPH_AFTER = {";", ",", ".", "as", "for", "to", "amid", "after", "ahead", "on"}


def _telegraphic_presence(sent: Span, ctx: Context) -> list[Event]:
    """ "- **July 21, 2023** - President X in New Delhi; talks with Modi": a dated line
    (a timeline's entry, a caption) that opens with a person "in" a place abroad and no
    verb between is a visit there on the line's day."""
    dates = ctx.dates_in(sent.start, min(sent.end, sent.start + 12))
    if not dates:
        return []  # a timeline's line opens with its date
    out = []
    for s_, e, key in ctx.persons_in(sent.start, sent.end):
        k = s_ - 1
        while k >= sent.start and ctx.leads_a_name(k):
            k -= 1  # the office words before the name
        opens = k < sent.start or ctx.lower[k] in _LINE_OPENERS
        if not opens or e + 1 >= sent.end or ctx.lower[e] != "in":
            continue
        where = ctx.gaz_in(e + 1, e + 2, ("PLACE", "CAPITAL", "COUNTRY"))
        after = ctx.lower[where[0].end] if where and where[0].end < sent.end else "."
        if not where or after not in _TELEGRAPH_AFTER:
            continue
        if not any(d.start < s_ for d in dates):
            continue  # a line dated before the name: a timeline's entry, not a headline
        place, country = location(where, ctx.lex)
        if country is None or country_of(key, ctx) in (None, country):
            continue
        date = pick_date(e, (sent.start, sent.end), sent, ctx, False)
        out.append(past_visit(key, e, e + 1, sent, ctx, date, (place, country)))
    return out


_RECEPTIONS = RECEIVING | RECEIVING_ING | GREETING | {"greeting", "met"}
_AIRFIELDS = {"airport", "airbase", "airfield", "tarmac", "aerodrome"}


def airport_welcomes(found: list[Event], t: int, rng: tuple[int, int], ctx: Context) -> list[Event]:
    """ "Y was received at the airport by X", "X welcomed Y on the tarmac": a welcome at an
    airfield is the guest's arrival, a visit to the host's country (the welcome's place)."""
    word = ctx.lower[t]
    if word not in _RECEPTIONS or not (
        _AIRFIELDS.intersection(ctx.lower[rng[0] : rng[1]]) or _welcomed_to(t, rng, ctx)
    ):
        return []
    if word == "met" and ctx.lower[t - 1] not in BE_FORMS:
        return []  # "met X at the airport" needs no arrival; "was met at the airport by" does
    passive = ctx.lower[t - 1] in BE_FORMS  # "The Queen is greeted by X" (a caption's present)
    by = next((k for k in range(t + 1, rng[1]) if ctx.lower[k] == "by"), rng[1])
    hosts = dict.fromkeys(  # in reading order: the first host's country, whatever the run
        key
        for s, _e, key in ctx.persons_in(rng[0], rng[1])
        if (by < s if passive else s < t)  # "Y was received by X", "X received Y"
    )
    out = []
    for ev in found:
        if ev.kind != "meeting":
            continue
        homes = {key: country_of(key, ctx) for key in ev.participants}
        line = ctx.doc._.dg_dateline
        country = ev.country or next((homes[k] for k in hosts if homes.get(k)), None)
        if country is None and line is not None and not line.headline and ev.place is None:
            if ev.date is None or ctx.is_current(ev.date):  # "received at the airport by X"
                country = line.country  # on the story's day, in a story filed there
        if country is None:
            continue
        if country not in homes.values() and not (
            hosts and all(homes.get(k) is None for k in hosts)
        ):  # no host of the country named: who arrived is unclear, unless the hosts are
            continue  # of no stated country ("received at the airbase by Deputy PM X")
        for key, home in homes.items():
            if home != country and key not in hosts:
                visit = Event(
                    kind="visit", status=ev.status, participants=[key], visitor=key,
                    date=ev.date, place=ev.place, country=country, evidence=ev.evidence,
                    spans=list(ev.spans),
                )
                visit.trigger = ev.trigger
                out.append(visit)
    return out


_WHERE_LABELS = ("PLACE", "CAPITAL", "COUNTRY")


def _welcomed_to(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "welcomed X to Ghana", "was welcomed to Accra by Y": a welcome into a town or land,
    the guest's arrival there (whose host the airport rule then looks for); not "received
    X in Accra" (check -0.001: where the talks were, not always a trip told)."""
    if ctx.lower[t] == "met":
        return False
    for k in range(t + 1, min(rng[1] - 1, t + 9)):
        if ctx.lower[k] == "to" and ctx.gaz_in(k + 1, k + 2, _WHERE_LABELS):
            return True
        if ctx.lower[k] in (",", "and", "for", "on"):
            return False
    return False


def welcomed_by(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a welcome that tells an arrival names who gave it ("was accorded a
    ceremonial welcome by X", "given a warm welcome in Oslo on Monday by X")."""
    if ctx.lower[t_end - 1] != "welcome":
        return False
    by = next((k for k in range(t_end, min(rng[1], t_end + 8)) if ctx.lower[k] == "by"), None)
    return by is not None and ctx.person_after_offices(by + 1, rng[1]) is not None


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
    for k in range(sent.start + 2, sent.end):
        if ctx.lower[k] != "there" or not set(ctx.lower[k + 1 : k + 2]) <= _THERE_AFTER:
            continue
        j = k - 1
        while j > sent.start and ctx.lower[j] in _FRONT_ADVERBS:
            j -= 1
        named = ctx.persons_in(sent.start, j)
        if ctx.lower[j] not in _COPULAS or not named or named[-1][1] != j:
            continue
        keys += next(  # the names joined up to the verb ("A and B were there")
            group
            for i in range(len(named))
            if len(group := coordinated_forward(named[i:], ctx)) == len(named) - i
        )
        if ctx.lower[k + 1 : k + 4] in ([",", "as", "was"], [",", "as", "were"]):
            after = [  # not "his" of "as was his counterpart X"
                p
                for p in ctx.persons_in(k + 4, min(sent.end, k + 12))
                if ctx.lower[p[0]] not in ("his", "her", "their")
            ]
            keys += coordinated_forward(after, ctx)[:1] if after and after[0][0] <= k + 8 else []
    if not keys:
        return []
    where = [
        g
        for g in ctx.gaz_in(*(told or (0, 0)), ("PLACE", "COUNTRY", "CAPITAL"))
        if ctx.lower[g.start - 1] in ("in", "at") and not topic_place(g, ctx)
    ] or ctx.summit_place(sent)
    if not where:
        return []
    place, country = location(where[:1], ctx.lex)
    date = pick_date(k, (sent.start, sent.end), sent, ctx, False)
    return [
        past_visit(key, k, k + 1, sent, ctx, date, (place, country))
        for key in dict.fromkeys(keys)
        if country is not None and country_of(key, ctx) not in (None, country)
    ]
