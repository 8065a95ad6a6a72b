"""Earlier occasions a sentence looks back on: the places a count of the same people's
meetings lists ("their third meeting, after Bali in November 2022 and Woodside") and a
gathering dated from ("since the summit in Rome in May"), told for their own time and
place. Helpers of :mod:`.event_clauses`, which cuts such a stretch into a clause of its
own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "ORDINALS",
    "counted_occasions_at",
    "earlier_occasions_at",
    "referred_back",
    "the_trip_told",
]

ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
# what a count of the same people's encounters counts ("their third meeting", "the second
# time the two have met"), and the earlier gatherings a "since" dates from
_OCCASIONS = {"meeting", "meetings", "summit", "summits", "talks", "encounter", "encounters",
              "sit-down", "time", "session", "sessions", "conference", "forum"}
_COUNT_OWNERS = {"their", "'s", "’s", "'", "between", "two", "they", "them"}


def earlier_occasions_at(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the "after" or "since" at ``i`` opens earlier occasions, told for their own
    time and place: the places a count of meetings lists (:func:`counted_occasions_at`),
    or a gathering dated from ("since the summit in Rome in May", "since the informal
    summit in Wuhan", "since their 2019 meeting in Osaka")."""
    if ctx.lower[i] != "since":
        return counted_occasions_at(i, sent, ctx)
    k = _past_determiners(i + 1, sent.end, ctx)
    head = ctx.lower[k : min(k + 3, sent.end)]  # the noun, or up to two words before it
    if "," in head:
        head = head[: head.index(",")]
    counted = any(w in ORDINALS for w in ctx.lower[max(sent.start, i - 6) : i])
    occasion = ctx.lower[k] in _OCCASIONS or counted and _OCCASIONS.intersection(head)
    return k > i + 1 and bool(occasion) or counted_occasions_at(i, sent, ctx)


def counted_occasions_at(i: int, sent: Span, ctx: Context) -> bool:
    """Whether the "after" or "since" at ``i`` lists, after a count of the same people's
    meetings, the places of the earlier ones ("their third meeting, after Bali in November
    2022 and Woodside", "the second time the two have met, after summits in Hanoi and
    Singapore")."""
    if ctx.lower[i] not in ("after", "since"):
        return False
    k = _past_determiners(i + 1, sent.end, ctx)
    place = bool(ctx.gaz_in(i + 1, i + 2, ("PLACE", "CAPITAL", "COUNTRY")))
    if not place and not (ctx.lower[k] in _OCCASIONS and ctx.lower[k + 1 : k + 2] == ["in"]):
        return False
    counts = [j for j in range(max(sent.start, i - 12), i) if ctx.lower[j] in ORDINALS]
    return any(
        _OCCASIONS.intersection(ctx.lower[j + 1 : j + 5])
        and _COUNT_OWNERS.intersection(ctx.lower[j - 1 : i])
        for j in counts
    )


def _past_determiners(k: int, end: int, ctx: Context) -> int:
    """The first token from ``k`` that is not "the", "a", "last", "their" or "this"."""
    while k < end - 1 and ctx.lower[k] in ("the", "a", "last", "their", "this"):
        k += 1
    return k


_BACK_DETERMINERS = {"the", "that", "this", "their", "these", "those"}


def referred_back(t: int, sent: Span, ctx: Context) -> bool:
    """Whether the trigger at ``t`` stands in an opening phrase that refers back to an
    encounter already told ("After the talks, A and B flew to Berlin", "Following that
    early meeting, ..."): "the" and no one named before the comma; no new encounter."""
    if _the_meeting_told(t, sent, ctx):
        return True  # "A visited B at the Mbale State Lodge, and during the meeting B urged"
    if _told_meeting_sequenced(t, sent, ctx):
        return True  # "The meeting followed a call between A and B": the one just told
    i = sent.start
    if ctx.lower[i] not in ("after", "following") or ctx.lower[i + 1] not in _BACK_DETERMINERS:
        return False
    if not i + 1 < t <= i + 5:
        return False
    comma = next((k for k in range(t, min(sent.end, t + 6)) if ctx.lower[k] == ","), None)
    return comma is not None and not ctx.persons_in(i, comma)


# verbs that set a told event after another: "The talks came after a call with X"
_SEQUENCED = {"followed", "follows", "came", "comes"}


def _told_meeting_sequenced(t: int, sent: Span, ctx: Context) -> bool:
    """Whether ``t`` is "the meeting" / "the talks" opening a sentence whose verb sets it
    after something else ("The meeting followed a telephone call between A and B"), after
    the story told an encounter: that encounter, no new one."""
    return (
        ctx.last_meeting is not None
        and t == sent.start + 1
        and ctx.lower[t - 1] in ("the", "that", "this", "their")
        and ctx.lower[t] in ("meeting", "talks")
        and ctx.lower[t + 1 : t + 2] != [] and ctx.lower[t + 1] in _SEQUENCED
    )


def _the_meeting_told(t: int, sent: Span, ctx: Context) -> bool:
    """Whether ``t`` is a bare "the meeting" / "the talks" in a phrase of time ("during the
    meeting", "at the talks") after the same sentence told an encounter."""
    told = ctx.last_meeting
    return (
        told is not None
        and sent.start <= getattr(told, "trigger", -1) < t
        and t > 1
        and ctx.lower[t - 2] in ("during", "at", "after", "following")
        and ctx.lower[t - 1] in ("the", "that", "this")
        and ctx.lower[t] in ("meeting", "talks")
        and ctx.lower[t + 1 : t + 2] not in (["with"], ["between"], ["of"], ["in"])
    )


# what others do about a trip the story told ("criticised Nigeria for allowing the visit")
_JUDGED = {"allowed", "allowing", "allow", "allows", "criticised", "criticized", "criticising",
           "criticizing", "condemned", "condemning", "welcomed", "welcoming", "hailed", "hailing",
           "praised", "praising", "opposed", "opposing", "defended", "defending", "protested",
           "approved", "over", "against", "about", "regarding"}


def the_trip_told(t: int, ctx: Context) -> bool:
    """Whether ``t`` is a bare "the trip" / "the visit" in a phrase of time ("during the
    trip", "before the visit") or as what others judge ("criticised Nigeria for allowing
    the visit", "protests over the trip") with no destination after it, in a story that
    has told a trip: that trip."""
    return (
        bool(ctx.last_visitors)
        and t > 1
        and ctx.lower[t - 1] == "the"
        and ctx.lower[t - 2] in _JUDGED | {"during", "before", "after", "ahead"}
        and ctx.lower[t] in ctx.lex.trip_nouns
        and ctx.label[t + 1 : t + 2] != ["COUNTRY"]
        and ctx.lower[t + 1 : t + 2] not in (["to"], ["of"], ["by"], ["in"])
    )
