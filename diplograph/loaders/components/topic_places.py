"""Places an event's clause names as what it is about, not where it happened: "the war in
Gaza", "the Line of Control in the Kargil sector", "an airport in Gwadar (opened) by video
link", "held talks on extending the railway to Kampala", "discussed Korean investment in
India"; and the end of a journey told after it ("met X before flying back to
Washington"). Helpers of :mod:`.event_places`, which re-exports :func:`topic_place`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["topic_place", "journey_after"]

_TOPIC_NOUNS = {"conflict", "conflicts", "war", "wars", "crisis", "situation", "violence"}
_TOPIC_NOUNS |= {"fighting", "tensions", "unrest", "ceasefire", "insurgency", "elections"}


# what a place names when these follow it: a front or a line, not a town anyone is in
_FRONTS = {"sector", "sectors", "front", "frontline", "border", "corridor", "enclave", "pocket"}


def topic_place(g: Span, ctx: Context) -> bool:
    """ "the war in Gaza", "the conflicts in Burundi, Liberia and Somalia": a place that a
    topic noun governs (through a list of places); "the Line of Control in the Kargil
    sector": a front named after a town; "an airport in Gwadar by video link": far off."""
    if ctx.lower[g.end : g.end + 1] and ctx.lower[g.end] in _FRONTS:
        return True
    if _opened_from_afar(g.end, ctx):
        return True  # "inaugurated an airport in Gwadar by video link from Islamabad"
    k = g.start - 1
    while k > 0 and (ctx.lower[k] in (",", "and") or ctx.label[k] in ("COUNTRY", "PLACE")):
        k -= 1
    return ctx.lower[k] in ("in", "over", "on") and ctx.lower[k - 1] in _TOPIC_NOUNS or (
        ctx.lower[k] in ("to", "through") and _in_a_topic_act(k, ctx)
    ) or (ctx.lower[k] == "in" and ctx.label[g.start] == "COUNTRY" and _discussed_thing(k, ctx))


_DISCUSSING = {"discussed", "discuss", "discussing", "reviewed", "review", "reviewing"}


def _discussed_thing(k: int, ctx: Context) -> bool:
    """Whether the "in" at ``k`` ends the thing a discussion is about ("discussed Korean
    investment in India", "to review Chinese projects in Kenya"): a country where that
    thing is, not where they talked."""
    for j in range(k - 1, max(0, k - 5), -1):
        if ctx.lower[j] in _DISCUSSING:
            return j < k - 1  # (not "discussed in Delhi": where)
        if not ctx.lower[j].isalpha() or ctx.lower[j] in ("with", "and", "the", "on"):
            return False
    return False


# the acts of going somewhere, which place the one who goes ("on arriving in Kampala")
_GOING = {"arriving", "landing", "reaching", "returning", "visiting", "entering", "leaving"}


def _in_a_topic_act(k: int, ctx: Context) -> bool:
    """Whether the "to" at ``k`` before a place ends a talk's subject told by "on" or
    "about" and an act ("held talks on extending the railway to Kampala", "agreed on
    building a pipeline to Gwadar"): where the thing talked about goes, not the talks."""
    for j in range(k - 1, max(0, k - 7), -1):
        word = ctx.lower[j]
        if word in (",", ";", ".", "and"):
            return False
        nxt = ctx.lower[j + 1]
        if word in ("on", "about") and nxt.endswith("ing") and len(nxt) > 5:
            return nxt not in _GOING
    return False


def _opened_from_afar(end: int, ctx: Context) -> bool:
    """Whether "by video link" or "via video" follows a place's name (within its phrase):
    the place of what was opened remotely, not where its openers were."""
    after = ctx.lower[end : end + 4]
    if "," in after:
        after = after[: after.index(",")]
    return any(
        w in ("by", "via") and after[k + 1 : k + 2] in (["video"], ["videolink"], ["video-link"])
        for k, w in enumerate(after)
    )


def journey_after(t: int, start: int, ctx: Context) -> bool:
    """Whether "before" and a journey's gerund stand between the trigger ``t`` and a place
    at ``start`` ("will meet X before flying back to Washington"): the place ends the
    journey, not the act (but "met X after arriving in Lima": there)."""
    return any(
        ctx.lower[k] == "before" and k + 1 in ctx.travel_tokens for k in range(t, start - 1)
    )
