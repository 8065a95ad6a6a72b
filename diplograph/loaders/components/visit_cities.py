"""The city of a visit's destination country that its sentence names: in the where-, when-
or who-clause after it ("for Uganda, where Museveni will receive him in Kampala"), else the
one city of that country the sentence places something in ("travelled to Kenya for the
promulgation of the constitution in Nairobi"). Helpers of :mod:`.visits`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context, clauses
from .here_places import this_town
from .place_patterns import REGION_AFTER
from .quote_speakers import SAYING
from .trip_cues import placed_by

__all__ = ["cities_where", "scene_of_trip_aside"]


def cities_where(
    dests: list, t: int, rng: tuple[int, int], sent: Span, ctx: Context
) -> list[Span]:
    """ "for Uganda, where Museveni will receive him in Kampala", "toured Ghana in 2019,
    when he addressed parliament in Accra", "came to Turkey was X, who addressed a congress
    in Ankara": a city of a destination country named in the where-, when- or who-clause
    that follows it."""
    countries = {g.kb_id_ for g in dests if g.label_ == "COUNTRY"}
    if not countries or any(g.label_ != "COUNTRY" for g in dests):
        return []
    where = next((r for r in clauses(sent, ctx) if r[0] == rng[1]), None)
    if where is not None and ctx.lower[where[0]] in ("where", "when", "who"):
        found = [
            g
            for g in ctx.gaz_in(where[0], where[1], ("PLACE",))
            if g.kb_id_ in countries and ctx.lower[g.start - 1] in ("in", "at")
        ][:1]
        if found:
            return found
    return _one_city_of(countries, t, sent, ctx)


def _one_city_of(countries: set, t: int, sent: Span, ctx: Context) -> list[Span]:
    """ "came to Saudi Arabia and was met at the airport in Jeddah", "The summit was held in
    Tokyo, when X travelled to Japan": the one city of a destination country the sentence
    places something in, not one another trip goes to ("landed in Nairobi, the first to
    visit Kenya since X in 1998": not X's)."""
    cities = [
        g
        for g in ctx.gaz_in(sent.start, sent.end, ("PLACE",))
        if g.kb_id_ in countries
        and ctx.lower[g.start - 1] in ("in", "at")
        and ctx.lower[g.end : g.end + 1] not in ([w] for w in REGION_AFTER)  # "in X state"
        and not _where_told(g, sent, ctx)
        and not any(_goes_there(k, t, ctx) for k in range(g.start - 3, g.start))
    ]
    cities = cities or [  # "held talks on the outskirts of this farming town": the dateline's
        g for g in this_town((sent.start, sent.end), ctx) if g.kb_id_ in countries
    ]
    return cities[:1] if len({g.text.lower() for g in cities}) == 1 else []


def _goes_there(k: int, t: int, ctx: Context) -> bool:
    """Whether ``k`` is another trigger of a journey or stay than ``t`` ("landed in")."""
    return k != t and k in ctx.trigger_tokens and k not in ctx.encounter_tokens


def _where_told(g: Span, sent: Span, ctx: Context) -> bool:
    """ "officials in Hanoi said", "Speaking in Hanoi, X said": where the news was told."""
    after = ctx.lower[g.end : min(sent.end, g.end + 5)]
    after = after[: after.index(",")] if "," in after else after
    return bool(SAYING.intersection(after)) or ctx.lower[g.start - 2] == "speaking"


def scene_of_trip_aside(
    t: int, t_end: int, rng: tuple[int, int], sent: Span, ctx: Context
) -> list[Span]:
    """The town a sentence places its act in when the trip noun at ``t`` stands in a ", on
    his first trip abroad," aside that names no place ("JAKARTA - X, on his first trip
    abroad since his appointment, held talks in Bangkok"): Bangkok, not the dateline's
    city; [] where the trip is not told in such an aside."""
    k = next((j for j in range(t - 1, max(rng[0], t - 6), -1) if ctx.lower[j] == "on"), None)
    if k is None or ctx.lower[k - 1] != ",":
        return []
    towns = ctx.gaz_in(t_end, sent.end, ("PLACE", "CAPITAL"))
    return [g for g in towns if placed_by(g.start, ctx, ("in",))][:1]
