"""Whether people spoke apart or together: "spoke with X on Tuesday, the Kremlin
said" is a call, "spoke with X on the sidelines" is not; "held talks with X by video
link" is a call, "jointly opened a plant by video link" is not. Helpers of
:mod:`.encounters`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import LOCATIVE, Context
from .date_asides import in_who_aside
from .event_triggers import triggers
from .status_words import CALL_NOUNS

__all__ = ["told_in_person", "remotely", "purpose_of_a_call"]


_IN_PERSON = {"sidelines", "margins", "visit", "summit", "met", "meeting", "talks"}
_IN_PERSON |= {"ceremony", "dinner", "lunch", "banquet", "hosted", "trip", "reception"}


def told_in_person(sent: Span, ctx: Context) -> bool:
    """Whether a sentence places its people together ("spoke with X on the sidelines",
    "spoke to X in Oslo", "after the talks")."""
    words = ctx.lower[sent.start : sent.end]
    return bool(_IN_PERSON.intersection(words)) or any(
        ctx.lower[g.start - 1] in LOCATIVE
        and not _office_word(g.end, ctx)
        and not in_who_aside(g.start, ctx, reach=12)  # "X, who is spending the holidays
        # at his ranch in Crawford, spoke with Y": where X is, not where they spoke
        for g in ctx.gaz_in(sent.start, sent.end, ("PLACE", "CAPITAL", "COUNTRY", "SEAT"))
    )


def _office_word(i: int, ctx: Context) -> bool:
    """Whether token ``i`` goes on with an office or a name: the place before it is part
    of the person's description ("spoke to US President X", "to UK Prime Minister Y")."""
    return i < len(ctx.lower) and (ctx.label[i] == "TITLE" or ctx.person_at(i))


_MEDIA = {"phone", "telephone", "video", "videolink"}


def remotely(start: int, end: int, ctx: Context) -> bool:
    """Whether "by phone", "over the phone", "via video" follows in the clause, before the
    next "and" or comma ("jointly opened a plant by video link": together, the plant far);
    or the words at ``start`` name again, after a comma, a call the sentence told ("spoke
    by phone on Monday, their first talks in a year")."""
    if "jointly" in ctx.lower[max(0, start - 3) : end]:
        return False
    if _call_restated(start, ctx):
        return True
    for i in range(start, min(end - 1, start + 12)):
        if ctx.lower[i] in (",", "and", ";"):
            return False
        if ctx.lower[i] in ("by", "via", "over", "on"):
            medium = i + 2 if ctx.lower[i + 1] == "the" and i + 2 < end else i + 1
            if ctx.lower[medium] in _MEDIA:  # "by phone", "over the phone"
                return True
    return False


_RESTATING = {"first", "second", "third", "latest", "such", "last", "direct", "highest-level"}


def _call_restated(end: int, ctx: Context) -> bool:
    """Whether the event noun ending at ``end`` stands in ", the first such talks" or ",
    their first talks" after a call told earlier in its sentence."""
    k = end - 2
    while k > 0 and ctx.lower[k] in _RESTATING:
        k -= 1
    if ctx.lower[k] not in ("the", "their") or ctx.lower[k - 1] != ",":
        return False
    lo = ctx.sentence_of(k)[0]
    words = ctx.lower[lo:k]
    return bool(_MEDIA.intersection(words)) or any(
        w.startswith(("call", "telephon")) for w in words
    )


def purpose_of_a_call(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether ``t`` is an infinitive of purpose after a call in its clause ("telephoned X
    to greet ...", "called Y to welcome the deal")."""
    return ctx.lower[t - 1] == "to" and any(
        kind == "call" for _k, _e, kind, _n in triggers(rng[0], t - 1, ctx)
    )


def within_a_call(t: int, ctx: Context) -> bool:
    """Whether the sentence of ``t`` opens inside a call told before ("During the call,
    X briefed Y on the summit he hosted in Accra", "In their phone conversation, ..."):
    what it tells was said on the call, not done together."""
    lo = ctx.sentence_of(t)[0]
    words = ctx.lower[lo : min(t, lo + 6)]
    if words[:1] not in (["during"], ["in"], ["on"]) or "," not in words:
        return False
    opening = words[1 : words.index(",")]
    return opening[:1] in (["the"], ["their"], ["his"], ["her"]) and bool(
        CALL_NOUNS.intersection(opening[1:])
    )
