"""Meetings a later sentence refers back to, and who else it says was there.

"The meeting was attended by X", "Present at the talks were X", "The audience was also
attended by X", "... ahead of the talks": the nouns of an encounter told before
(:data:`TOLD_ENCOUNTERS`), the attendance that adds people to it, and the day an act
around it borrows. :mod:`.encounter_cues` reads the words around a new trigger; this
module reads the sentences that point back at an encounter already told, so it stands
on its own.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context
from .encounter_cues import PASSIVE

__all__ = [
    "attendance_of_told",
    "around_the_told",
    "attended_the_told",
    "attends_the_told",
    "takes_part",
    "TOLD_ENCOUNTERS",
    "TOLD_PLURALS",
]


# nouns of an encounter a later sentence refers back to ("The meeting was attended by X")
TOLD_ENCOUNTERS = {"meeting", "talks", "session", "banquet", "dinner", "lunch"}
TOLD_PLURALS = {"meetings", "bilaterals"}  # "The meetings were attended by X": each of them


def attended_the_told(t: int, t_end: int, ctx: Context) -> bool:
    """ "The meeting was attended by X", "The talks were also attended by X", "Present at
    the meeting were X": a meeting told before, with who else was there."""
    k = t_end
    if ctx.lower[k : k + 2] in ([",", "which"], [",", "held"]):  # "The meeting, which lasted
        ends = [j for j in range(k + 2, min(len(ctx.lower), k + 16)) if ctx.lower[j] == ","]
        k = ends[0] + 1 if ends else k  # 40 minutes, was also attended by X"
    return (
        ctx.lower[t - 1 : t] in (["the"], ["that"])
        and ctx.lower[t] in TOLD_ENCOUNTERS | TOLD_PLURALS
        and (
            "attended" in ctx.lower[k : k + 3]
            or ctx.lower[max(t - 3, 0) : t - 1] == ["present", "at"]
        )
    )


def attendance_of_told(a: int, sent: Span, ctx: Context) -> bool:
    """Whether "attended" at ``a`` tells who else was at an encounter the story told
    ("The talks were also attended by Foreign Minister X"): they joined it, they made no
    trip of their own (a summit's "session" is a gathering they came to)."""
    return any(
        ctx.lower[t] in TOLD_ENCOUNTERS - {"session"} and attended_the_told(t, t + 1, ctx)
        for t in range(sent.start + 1, a)
    )


# a told encounter whose attendees were with the people met (unlike a summit's
# "session": "The session was attended by Premier Li", who came to the summit)
_JOINED = (TOLD_ENCOUNTERS - {"session"}) | {"audience", "reception", "occasion"}


_HOSTING_ACTS = {"receiving", "welcoming", "hosting", "greeting", "meeting"}


def attends_the_told(t: int, t_end: int, ctx: Context) -> bool:
    """Whether the attendance trigger at ``t`` tells who else was at the meeting told
    before ("Present at the meeting were X", "On the Palestinian side it was attended by
    X", "The audience was also attended by X", "Officials who joined President X in
    receiving Y were A and B"): they were there."""
    words = ctx.lower
    if words[t] == "joined":  # "Officials who joined President X in receiving Y were A, B"
        k = next((j for j in range(t_end, min(len(words) - 1, t_end + 6)) if words[j] == "in"), 0)
        return bool(k) and words[k + 1] in _HOSTING_ACTS
    if words[t] == "present":
        return words[t_end : t_end + 1] in (["the"], ["this"]) and (
            words[t_end + 1 : t_end + 2] and words[t_end + 1] in _JOINED
        )
    if takes_part(t_end, ctx):  # "Taking part in the talks were A and B", "A, who took
        told = words[t_end : t_end + 1] in (["the"], ["these"], ["those"]) and (  # part in
            words[t_end + 1 : t_end + 2] in (["talks"], ["meeting"], ["discussions"])
        )  # the talks between the two leaders,": the talks told before, or taken as known
        places = ctx.gaz_in(t_end, ctx.sentence_of(t)[1], ("PLACE", "CAPITAL", "COUNTRY"))
        return told and (ctx.last_meeting is not None or not places)  # not "the talks in Cairo"
    if words[t] != "attended" or words[t_end : t_end + 1] != ["by"]:
        return False
    before = [w for w in words[max(t - 4, 0) : t] if w != "also"]
    return before[-2:] in (["it", "was"], ["which", "was"]) or (
        len(before) >= 2 and before[-1] in PASSIVE and before[-2] in _JOINED
    )


_AROUND = (["ahead", "of"], ["before"], ["after"], ["following"])


def around_the_told(sent: Span, ctx: Context) -> str | None:
    """The day of the talks last told, where the sentence places its act around them ("X
    hosted a welcome ceremony for his guest ahead of the talks", "... before their
    meeting") and tells no day of its own."""
    told = ctx.last_meeting
    if told is None or not told.date or ctx.dates_in(sent.start, sent.end):
        return None
    words = ctx.lower[sent.start : sent.end]
    for k in range(len(words) - 2):
        for w in _AROUND:
            n = len(w)
            if words[k : k + n] == w and words[k + n] in ("the", "their", "his", "her") and (
                words[k + n + 1 : k + n + 2] and words[k + n + 1] in TOLD_ENCOUNTERS
            ):
                return told.date
    return None


def takes_part(t_end: int, ctx: Context) -> bool:
    """Whether the trigger ending at ``t_end`` is "took part in" or "participated in" (in
    any tense): a share in what follows, not a state ("was in talks")."""
    return ctx.lower[t_end - 1 : t_end] == ["in"] and (
        ctx.lower[t_end - 2] == "part" or ctx.lower[t_end - 2].startswith("participat")
    )
