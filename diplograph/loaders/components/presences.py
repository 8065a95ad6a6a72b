"""Presence told around the trip: "Blinken, in Beijing for talks with Xi, said ...",
"X received Y, who arrived for a state visit", "Y was received at the airport by X".

A named person set off by commas as being in a place abroad for a purpose is on a
visit there, at the sentence's date; a guest who arrives where no place is named is
in the host's country. Who a sentence places at a gathering by its company ("Among the
leaders at the summit were A and B", "X was also there") is read in
:mod:`.gathering_presence`. Helpers of :mod:`.events` and :mod:`.visits`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, country_of, location, make_event, pick_date, status_of
from .earlier_trips import past_visit
from .frames import GREETING, RECEIVING, RECEIVING_ING, hosting_country
from .gathering_presence import CLOCK, COPULAS, FRONT_ADVERBS, gathering_presence, sentence_opening
from .here_places import dateline_site
from .name_lists import coordinated, coordinated_forward
from .trip_cues import BE_FORMS

__all__ = [
    "presence_asides",
    "hosted_visits",
    "met_guest_visits",
    "airport_welcomes",
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
    out += gathering_presence(sent, ctx)
    for _s, e, _key in ctx.persons_in(sent.start, sent.end):
        at = e + 1 + (ctx.lower[e + 1 : e + 2] in (["also"], ["already"], ["still"]))  # ", also
        if at + 2 >= sent.end or ctx.lower[e] != "," or ctx.lower[at] != "in":  # in X for"
            continue
        where = [g for g in ctx.gaz_in(at + 1, at + 2, ("PLACE", "COUNTRY", "CAPITAL"))]
        if not where or where[0].end >= sent.end or ctx.lower[where[0].end] not in _PURPOSE_AFTER:
            continue
        if "," not in ctx.lower[where[0].end : sent.end]:
            continue  # "received X, Shehbaz Sharif, in Doha on Monday.": no aside, a place
        place, country = location(where, ctx.lex)
        # "A and B, in Vientiane for the summit, held talks": each of those joined up to it
        group = coordinated([p for p in ctx.persons_in(sent.start, e) if p[1] <= e], ctx)
        abroad = [k for k in group if country_of(k, ctx) not in (None, country)]
        if country is None or not abroad:
            continue  # at home, or a person whose country the story does not tell
        status = status_of(e + 1, e + 2, (sent.start, sent.end), ctx)
        if status is None:
            continue
        date = pick_date(e + 1, (sent.start, sent.end), sent, ctx, status != "occurred")
        out += [
            make_event(
                "visit", e + 1, e + 2, sent, ctx, status, date, place, country, None,
                visitor=k, participants=[k],
            )
            for k in abroad
        ]
    return out


_LISTING = COPULAS | {":"}  # "Also here: A, B and C", as a live blog lists them


def _fronted_presence(sent: Span, ctx: Context) -> list[Event]:
    """ "Also in Kathmandu for the summit are A, B and C", "In Oslo on Monday were A and B",
    "Also here are A and B" (the dateline's town), a live blog's "Also here: A, B and C": a
    sentence that opens with a place and names, after its verb, who is there."""
    k = sentence_opening(sent, ctx)
    while k < sent.end and CLOCK.fullmatch(ctx.lower[k]):
        k += 1  # a live blog's stamp: "11:30 am: Also in Kathmandu ..."
    while k < sent.end and ctx.lower[k] in FRONT_ADVERBS:
        k += 1
    if k + 2 >= sent.end or ctx.lower[k] not in ("in", "here"):
        return []
    if ctx.lower[k] == "here":
        where, end = dateline_site(ctx, k), k + 1
    else:
        where = ctx.gaz_in(k + 1, k + 2, ("PLACE", "COUNTRY", "CAPITAL"))
        end = where[0].end if where else k
    if not where:
        return []
    stop = min(sent.end, end + 10)
    verb = next((j for j in range(end, stop) if ctx.lower[j] in _LISTING), None)
    if verb is None or "," in ctx.lower[end:verb] or ctx.persons_in(k, verb):
        return []  # "In Lima, Boluarte said ...": a place of what is said, not a list of who
    named = ctx.persons_in(verb + 1, sent.end)
    if not named or any(not ctx.leads_a_name(i) for i in range(verb + 1, named[0][0])):
        return []  # the names follow the verb at once (after their offices)
    place, country = location(where, ctx.lex)
    date = pick_date(verb, (sent.start, sent.end), sent, ctx, False)
    if date is None and ctx.lower[verb] in ("are", "is", ":"):  # there now: the story's day
        published = ctx.doc._.dg_published
        date = ctx.lead_date(False) or (published.isoformat() if published else None)
    return [
        past_visit(key, verb, verb + 1, sent, ctx, date, (place, country))
        for key in coordinated_forward(named, ctx)
        if country is not None and country_of(key, ctx) not in (None, country)
    ]




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
        if country is None and ev.place is None:  # "X arrived in Manama yesterday. King Y
            lo, hi = ctx.sentence_of(t)  # welcomed him at the airport": Manama's airport
            country = location(ctx.last_destination(ctx.doc[lo:hi]), ctx.lex)[1]
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

