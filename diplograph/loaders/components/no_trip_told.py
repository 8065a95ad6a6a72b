"""Words of travel that tell no trip.

"Rice, travelling with the president, told reporters", "Also joining Milei were A and
B", "came to power", "was in talks with X in Oslo", "flew home", "his trips abroad have
been confined to Russia and Iran": a verb or noun of travel whose words around it tell
no journey of the one named. :mod:`.visits` asks :func:`no_trip_told` before it reads a
trip; the other cues of :mod:`.trip_cues` tell what a trip there is is like, so these
refusals stand apart.
"""

from __future__ import annotations

from .arguments import Context
from .told_encounters import takes_part

__all__ = [
    "companion_aside",
    "no_trip_told",
]


_GOING = {"flew", "flown", "flying", "flies", "fly", "went", "goes", "headed", "heading",
          "travelled", "traveled", "travelling", "traveling", "returned", "returns", "returning"}
_SUMMED_UP = {"confined", "limited", "restricted"}


def no_trip_told(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the words around a verb or noun of travel tell no trip: one in another's
    party (:func:`companion_aside`), "flew home", "flew back to Brussels" (leaving; "came
    back" is a trip, "came back from Lima" a return), "his trips abroad have been
    confined to Russia and Iran"."""
    after = ctx.lower[t_end : min(rng[1], t_end + 5)]
    return (
        companion_aside(t, t_end, ctx)
        or _joining_someone(t, t_end, ctx)
        or _joining_a_body(t, t_end, ctx)
        or _idiom_of_coming(t, t_end, ctx)
        or _in_a_state(t_end, ctx)
        or _at_no_gathering(t, t_end, ctx)
        or after[:1] == ["home"]
        or after[:1] == ["away"]  # "Putin will also stay away": no trip
        or after[:1] == ["back"] and (ctx.lower[t] in _GOING or "from" in after)  # a return
        or bool(_SUMMED_UP.intersection(after))
    )


# what one "was at" that is a gathering: "was at the summit", "was also at Friday's opening"
_AT_GATHERINGS = {"summit", "opening", "closing", "ceremony", "session", "conference", "forum",
                  "inauguration", "funeral", "coronation", "swearing-in", "meeting", "talks"}


def _at_no_gathering(t: int, t_end: int, ctx: Context) -> bool:
    """Whether "was at" / "were at" names no gathering in the next few words ("was at odds
    with", "was at home", "is at the forefront"): only "was at the summit" tells one there."""
    if ctx.lower[t_end - 1] != "at" or ctx.lower[t] not in ("was", "were"):
        return False
    return not _AT_GATHERINGS.intersection(ctx.lower[t_end : t_end + 5])


# what one "comes to" without going anywhere: "came to the defence of X", "came to power"
_COME_TO = {"defence", "defense", "aid", "rescue", "assistance", "power", "office", "terms",
            "blows", "agreement", "conclusion", "mind", "light", "attention", "realise", "realize"}


# what follows a bare "came" that goes nowhere: "came under pressure", "came out in favour",
# "came as a surprise", "came days after the vote", "came close to a deal"
_COME_IDIOMS = {"under", "out", "up", "close", "closer", "near", "into", "amid", "as", "after",
                "just", "only", "days", "weeks", "months", "hours", "a", "an", "first", "second",
                "last", "too"}


def _idiom_of_coming(t: int, t_end: int, ctx: Context) -> bool:
    """ "In September Putin came to the defence of Berlusconi", "since he came to power",
    "came under pressure", "came as a surprise": no journey."""
    if not ctx.lower[t].startswith(("came", "come", "coming")):
        return False
    if t_end == t + 1 and ctx.lower[t_end : t_end + 1] != [] and ctx.lower[t_end] in _COME_IDIOMS:
        return True
    if ctx.lower[t] == "come" and t_end == t + 1:  # a bare "come" tells a trip made only
        k = t - 1 - (ctx.lower[t - 1] in ("also", "just", "already"))  # in a perfect ("who
        return ctx.lower[k] not in ("had", "has", "have")  # had come for the handover"), not
        # a wish, a request or a plan ("would love to come", "asked them to come")
    k = t_end if ctx.lower[t_end - 1] == "to" else t_end + (ctx.lower[t_end : t_end + 1] == ["to"])
    k += ctx.lower[k : k + 1] in (["the"], ["his"], ["her"], ["their"], ["an"], ["a"])
    return ctx.lower[k : k + 1] != [] and ctx.lower[k] in _COME_TO


# what one "is in" without being anywhere: "was in talks with X", "is in touch with Y"
_IN_A_STATE = {"talks", "discussions", "negotiations", "consultations", "contact", "touch",
               "charge", "power", "office", "favour", "favor", "agreement", "dialogue"}


def _in_a_state(t_end: int, ctx: Context) -> bool:
    """ "X was in talks with Y in Oslo", "is in touch with": a state, not a stay (the
    talks may be a meeting; the place alone is no trip); but "took part in talks in Oslo",
    "participated in negotiations there" attend them."""
    return ctx.lower[t_end - 1] == "in" and ctx.lower[t_end : t_end + 1] != [] and (
        ctx.lower[t_end] in _IN_A_STATE and not takes_part(t_end, ctx)
    )


def _joining_someone(t: int, t_end: int, ctx: Context) -> bool:
    """ "Also joining Milei were Ministers A and B", "Joining him was his foreign minister":
    those named join another's party and make no trip of their own."""
    if ctx.lower[t] not in ("joining", "joined") or t_end >= len(ctx.lower):
        return False
    end = next((e for s, e, _k in ctx.persons_in(t_end, t_end + 1)), None)
    if end is None and ctx.lower[t_end] in ("him", "her", "them"):
        end = t_end + 1
    return end is not None and ctx.lower[end : end + 1] in (["were"], ["was"], ["are"], ["is"])


# what a state or person "joins" as a member: "since South Africa joined the mechanism"
_BODIES = {"mechanism", "bloc", "alliance", "group", "grouping", "club", "union", "organisation",
           "organization", "association", "body", "treaty", "pact", "coalition", "federation"}


def _joining_a_body(t: int, t_end: int, ctx: Context) -> bool:
    """ "the first since South Africa joined the mechanism", "after Finland joined NATO":
    membership of a body, no journey."""
    if ctx.lower[t] not in ("joining", "joined", "join", "joins") or t_end >= len(ctx.lower):
        return False
    k = t_end + (ctx.lower[t_end] == "the")
    return ctx.lower[k] in _BODIES or (
        ctx.label[k] == "ORG" and not ctx.persons_in(k, k + 4)
        and not {"summit", "meeting", "talks", "leaders"}.intersection(ctx.lower[k : k + 4])
    )


def companion_aside(t: int, t_end: int, ctx: Context) -> bool:
    """ "Rice, travelling with the president, told reporters", "X, who is travelling with
    the president, said", "X is travelling with him": someone in another's party, with no
    trip of their own told."""
    if ctx.lower[t_end : t_end + 1] != ["with"]:
        return False
    before = ctx.lower[max(0, t - 2) : t]
    if before[-1:] == [","] or before in (["who", "is"], ["who", "was"], ["who", "are"]):
        return True
    # "Xi's wife, Peng Liyuan, is travelling with him", "X was travelling with the
    # President": in the party of someone the story has named
    k = t_end + 1
    companion = ctx.lower[k : k + 1] in (["him"], ["her"], ["them"])
    companion = companion or (ctx.lower[k : k + 1] == ["the"] and ctx.label[k + 1] == "TITLE")
    return companion and before[-1:] in (["is"], ["are"], ["was"], ["were"])
