"""The tense an event's trigger takes from the clause around it, where its own words tell
none: an encounter told as a journey's purpose ("flies to Oslo for talks with X"), an
infinitive that continues the main verb's plan ("was due to fly to Bali and then to go on
to Brunei"), a stop hung on the trip ("with stops in A and B", "before a stopover in C").
Helpers of :mod:`.events`.
"""

from __future__ import annotations

from .arguments import Context, relative_aside
from .event_triggers import triggers
from .status import classify

__all__ = [
    "infinitive_continued",
    "main_verb_status",
    "purpose",
    "purpose_aside",
    "leg_of_the_trip",
    "bare_verb_continued",
]

_PURPOSE_WORDS = {"for", "to"}


def infinitive_continued(rng: tuple[int, int], t: int, ctx: Context) -> bool:
    """Whether the clause goes on with "(and) (then) to VERB": the plan of the clause
    before it, in its tense ("had been due to fly to Bali and then to go on to Brunei"),
    also with a light verb before the event's noun ("and to make a stop in the Maldives")."""
    k = t - 1
    while k > rng[0] and ctx.lower[k] in _LIGHT_VERB_PHRASE:
        k -= 1
    before = ctx.lower[max(rng[0], k - 2) : k + 1]
    return before[-1:] == ["to"] and "and" in before and k - 2 > rng[0]


# a light verb and what may stand between it and its noun: "to make a brief stop", "to pay
# an official visit", "to hold talks"
_LIGHT_VERB_PHRASE = {"make", "pay", "hold", "have", "a", "an", "the", "brief", "short",
                      "official", "bilateral", "separate", "working", "state"}


_AUXILIARIES = {"was", "were", "had", "is", "are", "will", "would", "has", "have"}


# words after "and then" that keep their own tense: no bare verb continuing a plan
_OWN_TENSE = {"was", "were", "is", "are", "has", "have", "had", "did", "went", "met", "came",
              "flew", "held", "made", "left", "took", "became", "will", "would"}


def bare_verb_continued(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause opens "and then" with a bare verb, whose auxiliary the clause
    before gave ("will fly to Beijing on Saturday, and then become the first president to
    visit Mongolia"): the plan goes on."""
    if ctx.lower[rng[0] : rng[0] + 2] != ["and", "then"] or rng[0] + 2 >= rng[1]:
        return False
    word = ctx.lower[rng[0] + 2]
    return word.isalpha() and word not in _OWN_TENSE and not word.endswith(("ed", "s"))


def main_verb_status(lo: int, hi: int, ctx: Context) -> str | None:
    """The status the sentence's main verb phrase tells ("was supposed to speak ...",
    "is due to attend ..."), for an infinitive that continues it; None if it tells none."""
    words = ctx.lower[lo:hi]
    aux = next((k for k, w in enumerate(words) if w in _AUXILIARIES), None)
    if aux is None:
        return None
    status = classify(words[aux : aux + 5], [], [])
    return status if status in ("planned", "cancelled") else None


def purpose(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether an encounter is told as the purpose of a journey told just before it in its
    clause ("flies to Oslo on Monday for talks with", "heads to Rome to meet"): it has the
    journey's tense."""
    lead = ctx.lower[max(rng[0], t - 5) : t]  # "for a three-day state visit"
    return bool(_PURPOSE_WORDS.intersection(lead)) and "," not in lead and any(
        k == "visit" for i, _e, k, _n in triggers(rng[0], t, ctx)
    )


def purpose_aside(t: int, kind: str, rng: tuple[int, int], ctx: Context):
    """The ", who ... ," aside an encounter is told in as the purpose of a journey the aside
    tells ("X, who flew to Washington on Tuesday for talks with Y, ..."), if any."""
    if kind == "visit":
        return None
    aside = relative_aside(t, rng, ctx)
    if aside is None or aside[1] >= rng[1] - 1:
        return None  # an aside that ends the clause tells the clause's own tense
    return aside if purpose(t, aside, ctx) else None


_ATTACHED = {"with", "including"}


def leg_of_the_trip(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a trigger is a noun phrase hung on the trip told before it ("..., with stops
    in Nairobi and Accra", "including a visit to Accra", "flies to Majuro, before a
    stopover in Honolulu"): it has no tense of its own."""
    lead = ctx.lower[max(rng[0], t - 3) : t]
    if ctx.lower[t] in _LEG_NOUNS and _stop_before_or_after(t, rng, ctx):
        return True
    if lead[-2:-1] == ["of"] and lead[-3:-2] and lead[-3] in _LEG_NOUNS:
        return leg_of_the_trip(t - 3, rng, ctx)  # "..., the last stop of her tour"
    return bool(_ATTACHED.intersection(lead)) and not {",", "and"}.intersection(
        lead[next(k for k, w in enumerate(lead) if w in _ATTACHED) :]
    )


_LEG_NOUNS = {"stop", "leg", "stopover", "destination"}
_ORDER_WORDS = {"the", "a", "an", "last", "final", "first", "second", "third", "next", "brief"}


def _stop_before_or_after(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "before a stopover in Honolulu", "after a brief stop in Dubai": a stop hung on the
    journey by "before" or "after". (A stop in apposition, "to Havana, the last stop of
    his tour", was tried too: it cost a held-out set.)"""
    k = t - 1
    while k > rng[0] and ctx.lower[k] in _ORDER_WORDS:
        k -= 1
    if ctx.lower[k] == "," and k < t - 1 and k > rng[0]:  # "flies to Lusaka on Friday, the
        return bool(ctx.gaz_in(rng[0], k, _PLACES)) and any(  # last stop of her tour": the
            kind == "visit" for _i, _e, kind, _n in triggers(rng[0], k, ctx)
        )  # destination of the journey told, described
    return ctx.lower[k] in ("before", "after") and k < t - 1


_PLACES = ("PLACE", "CAPITAL", "COUNTRY")
