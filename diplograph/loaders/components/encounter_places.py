"""Where and when an encounter took place: the place and day helpers of :mod:`.encounters`.

A place named after a locative preposition ("in Oslo", "at the Amiri Diwan"), a
period of the story's own month ("earlier this month"), "during his stay" with no
day of its own, the host's country for an encounter told with its guest's own
visit ("met Ruto on the second day of her visit"), and the (place, country, date,
occasion) of each "in PLACE in DATE" when one sentence tells several encounters
("at a dinner in Bali in 2022 and in Lima in 2023").
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import (
    LOCATIVE,
    SUMMIT_WORDS,
    Context,
    country_of,
    here,
    location,
    nearest_date,
    places,
    usable_date,
    where_place,
)
from .bystanders import SPEAKING
from .clause_acts import elided_subject
from .clause_links import fronted_across_aside
from .event_clauses import gerund_clause
from .event_places import standing_venue
from .here_places import this_town
from .place_patterns import TOWN_NOUNS
from .summit_history import told_past_summit
from .tokenizer import tokens_of
from .usable_dates import after_the_story

_ONWARD_WORDS = {"way", "route", "bound", "heading", "headed", "returning", "home"}


def _located(g: Span, ctx: Context) -> bool:
    """ "in Oslo", "at the Amiri Diwan": a place word after a locative preposition; "at
    State House, Nairobi": the city written after the venue's name."""
    k = g.start - 1
    if k > 0 and (ctx.lower[k] == "the" or g.label_ == "SEAT" and ctx.lower[k].isdigit()):
        k -= 1  # "at the Amiri Diwan", "at 10 Downing Street"
    if ctx.lower[k] == "to" and _ONWARD_WORDS.intersection(ctx.lower[max(0, k - 3) : k]):
        return False  # "on his way back to Delhi", "en route to Lima": where he goes next
    if ctx.lower[k] in LOCATIVE:
        return True
    if _town_phrase(k, ctx):
        return True  # "in the Russian city of Sochi", "in the Black Sea resort of Sochi"
    j = k - 1 if ctx.lower[k] == "," else k
    words = 0
    while (
        j > 0
        and words < 6
        and (tokens_of(ctx.doc)[j].text[:1].isupper() or ctx.lower[j] in ("of", "the"))
    ):
        if ctx.person_at(j) or ctx.label[j]:
            return False  # "met President X, Nairobi": no venue
        j, words = j - 1, words + 1
    return words > 0 and ctx.lower[j] in ("at", "in", "inside")


_SAYING = SPEAKING | {"tell", "telling", "assured", "informed", "say", "saying"}


def _said_between(lo: int, hi: int, ctx: Context) -> bool:
    """Whether a verb of saying with its "that" stands in tokens [lo, hi)."""
    return any(
        ctx.lower[k] in _SAYING and "that" in ctx.lower[k + 1 : min(hi, k + 4)]
        for k in range(lo, hi)
    )


_TOWN_NOUNS = TOWN_NOUNS | {"capital", "enclave", "hub"}  # "the Bangladeshi capital of Dhaka"


def _town_phrase(k: int, ctx: Context) -> bool:
    """Whether the words ending at ``k`` are "in / at the (Russian, Black Sea, southern port)
    city / town / resort of", which names the place that follows; at most five words between
    "the" and "of", none a person."""
    if k < 3 or ctx.lower[k] != "of" or ctx.lower[k - 1] not in _TOWN_NOUNS:
        return False
    for j in range(k - 2, max(k - 8, 0), -1):
        if ctx.person_at(j):
            return False
        if ctx.lower[j] == "the":
            return ctx.lower[j - 1] in LOCATIVE
    return False


def _summit_frame(
    t: int, sent: Span, date: str | None, ctx: Context
) -> tuple[str | None, str | None]:
    """(place, country) of the summit the story has under way, for an encounter of its day
    told with no place: the latest "summit in X" before ``sent``, of the story's days, with
    no journey told since its sentence and no other city named since ("on the sidelines of
    the AU summit in Addis Ababa. ... Meanwhile, Abiy held talks with X": in Addis Ababa);
    or the summit of another year the sentence before tells, of the encounter's date ("The
    last summit was held in Kathmandu in November 2014. A and B shook hands there")."""
    past = told_past_summit(t, sent, ctx)
    if past is not None:
        told = nearest_date(past.start, *ctx.sentence_of(past.start), ctx)
        when = told.value(False) if told is not None else None
        if when and (date is None or when.startswith(date) or date.startswith(when)):
            return location([past], ctx.lex)
    if date is not None and not ctx.is_current(date):
        return None, None
    frame = ctx.summit_place(sent, dateline=False)
    if not frame:
        return None, None
    lo, hi = ctx.sentence_of(frame[0].start)
    told = nearest_date(frame[0].start, lo, hi, ctx)
    if told is not None and not ctx.is_current(told.value(False)):
        return None, None  # "his tour began last week with the APEC meeting in Kuala Lumpur"
    if ctx.travel_tokens.intersection(range(lo, sent.start)):
        return None, None  # "arrived in Stockholm, after attending the meeting in Riga"
    if any(
        g.label_ == "PLACE" and g.text != frame[0].text and frame[0].end <= g.start < sent.start
        for g in ctx.gaz
    ):
        return None, None
    return location(frame, ctx.lex)


def _this_month(date: str, ctx: Context) -> bool:
    """ "this week", "earlier this month": a period of the story's own month."""
    published = ctx.doc._.dg_published
    return len(date) == 7 and published is not None and published.isoformat().startswith(date)


def _during_stay(rng: tuple[int, int], ctx: Context) -> bool:
    """ "during his stay" with no day of its own in the clause."""
    if nearest_date(rng[0], rng[0], rng[1], ctx) is not None:
        return False
    words = ctx.lower[rng[0] : rng[1]]
    return any(
        w == "during"
        and words[i + 1 : i + 2] in (["his"], ["her"], ["their"], ["the"])
        and words[i + 2 : i + 3] in (["stay"], ["visit"], ["trip"], ["tour"])
        for i, w in enumerate(words)
    )


def _hosts_country(sent: Span, keys: list[str], ctx: Context) -> str | None:
    """The country of the one host an encounter told with its guest's own visit ("met
    Ruto on the second day of her visit") has, when the visit names no place."""
    for i in range(sent.start + 1, sent.end):
        if ctx.lower[i] not in ctx.lex.trip_nouns:
            continue
        if ctx.gaz_in(i, min(sent.end, i + 4), ("COUNTRY", "PLACE")):
            continue
        owner = [
            p
            for p in ctx.persons_in(max(sent.start, i - 4), i)
            if ctx.lower[p[0]] in ("his", "her")
        ]
        if not owner or owner[-1][2] not in keys:
            continue
        guest = owner[-1][2]
        hosts = {country_of(k, ctx) for k in keys if k != guest} - {None, country_of(guest, ctx)}
        return hosts.pop() if len(hosts) == 1 else None
    return None


def _nearest_org(lo: int, hi: int, place: Span, ctx: Context) -> str | None:
    orgs = ctx.gaz_in(lo, hi, ("ORG",))
    best = min(orgs, key=lambda g: abs(g.start - place.start), default=None)
    return best.kb_id_ if best is not None else None


def _place_date_pairs(t_end, rng, ctx, status) -> list[tuple]:
    """ "exchanged words at a dinner in Bali in November 2022 and on the sidelines of the
    summit in Lima in August 2023": (place, country, date, occasion) of each "in PLACE in
    DATE"."""
    out = []
    lo = t_end
    for m in ctx.dates_in(t_end, rng[1]):
        if not usable_date(m, ctx):
            continue
        near = [
            g
            for g in ctx.gaz_in(max(lo, m.start - 6), m.start, ("PLACE",))
            if ctx.lower[g.start - 1] in ("in", "at")
        ]
        if not near and "before" in ctx.lower[max(lo, m.start - 4) : m.start]:
            near = [  # "..., and before that in July at the NATO summit in Vilnius"
                g
                for g in ctx.gaz_in(m.end, min(rng[1], m.end + 8), ("PLACE",))
                if ctx.lower[g.start - 1] in ("in", "at")
            ][:1]
        if near:
            place, country = location(near[-1:], ctx.lex)
            out.append((place, country, m.value(status != "occurred"), m, near[-1]))
        lo = m.end
    if not out or len({p for p, *_ in out}) != len(out) or status != "occurred":
        return []
    # each encounter's occasion: the organisation named nearest its place, between the
    # date before it and the end of the clause
    starts = [t_end] + [m.end for _, _, _, m, _ in out[:-1]]
    return [
        (p, c, d, _nearest_org(lo_, rng[1], g, ctx))
        for (p, c, d, _, g), lo_ in zip(out, starts, strict=True)
    ]


def there_place(rng: tuple[int, int], ctx: Context) -> list[Span]:
    """ "He reached Pretoria the same evening and met Zuma there on Friday": the town named
    last before the clause's "there", in its sentence or, with none and no country named in
    it, the sentence before."""
    k = next((i for i in range(rng[0], rng[1]) if ctx.lower[i] == "there"), None)
    if k is None or ctx.lower[k + 1 : k + 2] in (["is"], ["are"], ["was"], ["were"], ["will"]):
        return []  # not "there was no agreement"
    lo, _hi = ctx.sentence_of(k)
    towns = ctx.gaz_in(lo, k, ("PLACE", "CAPITAL"))
    if not towns and lo > 0 and not ctx.gaz_in(lo, k, ("COUNTRY",)):
        towns = ctx.gaz_in(ctx.sentence_of(lo - 1)[0], lo, ("PLACE", "CAPITAL"))  # not past
    return towns[-1:]  # "visited Nepal, when he travelled to Lumbini and held talks there"


def _left_or_bound(g: Span, sent: Span, ctx: Context) -> bool:
    """Whether the town ``g`` is one the first act's traveller came from or is bound for
    ("made a stopover in Dushanbe on his way back to Moscow from the APEC forum in
    Shanghai, and held talks with X": neither Moscow nor Shanghai is where they talked)."""
    words = ctx.lower[max(sent.start, g.start - 14) : g.start]
    if "," in words:
        words = words[len(words) - words[::-1].index(",") :]
    return "from" in words or "back" in words or words[-2:] == ["way", "to"]


def _summit_told(sent: Span, ctx: Context, status: str) -> bool:
    """Whether the sentence names a gathering the encounter can belong to: for one that
    happened, not only a gathering still to come ("held talks with X, dominated by the
    budget that leaders hope to settle at their summit next month")."""
    words = [k for k in range(sent.start, sent.end) if ctx.lower[k] in SUMMIT_WORDS]
    if not words or status != "occurred":
        return bool(words)
    ahead = [m.start for m in ctx.dates_in(sent.start, sent.end) if after_the_story(m, ctx)]
    ahead += [k for k in range(sent.start, sent.end) if ctx.lower[k] in _COMING]
    return any(not any(-4 <= a - k <= 3 for a in ahead) for k in words)


_COMING = {"next", "coming", "upcoming", "forthcoming"}  # "at next week's EU summit"


def meeting_place(t, t_end, rng, sent, ctx: Context, status, date, keys) -> tuple:
    """(place, country) of a meeting: named in its clause ("in Accra", "here", "there"),
    else in the clause it hangs on, the story's summit, a standing venue, or the host's
    country."""
    located = [
        g
        for g in places(rng, t, ctx, after_only=False)
        if _located(g, ctx)
        and not ctx.travel_tokens.intersection(range(t_end, g.start))
        and not _said_between(t_end, g.start, ctx)
    ]  # not "met X before flying to Kampala": where the next journey goes; nor "met X and
    # told him that Moscow saw his government as the authority in Afghanistan": what was said
    located += this_town(rng, ctx)  # "at his ranch outside this farming town in X state"
    named = where_place(rng, ctx, seats=True) or located or here(rng, ctx)
    named = named or there_place(rng, ctx)
    place, country = location(named, ctx.lex, t)
    if (
        place is None
        and country is None
        and (
            ctx.lower[rng[0]] in ("when", "who")
            or elided_subject(rng[0], rng[1], ctx)
            or gerund_clause(rng[0], ctx)  # "said in Ankara after meeting X": there
        )
    ):  # "arrived in Lima and will hold talks with X": the first act's place
        # "The last was in Geneva in 2000, when Clinton met Assad", "landed in Lima after
        # Xi, who was greeted by Boluarte": the clause it hangs on says where
        before = [
            g
            for g in places((sent.start, rng[0]), t, ctx, False)
            if _located(g, ctx) and not _left_or_bound(g, sent, ctx)
        ]
        place, country = location(before, ctx.lex, t)
    fronted = fronted_across_aside(rng, sent, ctx) if place is None and country is None else None
    if fronted:  # "In Osaka, where he had been since Thursday, Trump met Xi": Osaka
        framing = [g for g in places(fronted, t, ctx, False) if _located(g, ctx)]
        place, country = location(framing, ctx.lex, t)
    if (
        place is None
        and country is None
        and _summit_told(sent, ctx, status)
        and (
            date is None
            or ctx.is_current(date)
            or date == ctx.lead_date(False)
            or _this_month(date, ctx)
        )
    ):
        place, country = location(
            ctx.summit_place(sent, dateline=status == "occurred"), ctx.lex
        )  # "on the sidelines of the summit"; a plan is not where the story was filed
    if place is None and country is None and status == "occurred":
        place, country = _summit_frame(t, sent, date, ctx)  # "Meanwhile, Abiy held talks
        # with X" after "on the sidelines of the AU summit in Addis Ababa": there
    if place is None and country is None:
        place, country = standing_venue(sent) or (None, None)  # "at the UN General
        # Assembly": New York
    if place is None and country is None:
        country = _hosts_country(sent, keys, ctx)  # "met Ruto on the second day of
        # her visit": in Ruto's country
    return place, country
