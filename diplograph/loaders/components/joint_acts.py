"""Encounters told by what two people did together: "A discussed with B the state of the
rail projects", "A and B traded views", "A and B pledged on Monday to ...". Helpers of
:mod:`.encounters`, for the triggers whose table entry needs "with_person" or
"joint_act".
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context, country_of, home_of
from .encounter_cues import discussed_with, during_a_trip, named_pair, pair_before
from .event_triggers import triggers
from .media import remotely
from .name_lists import coordinated_forward

__all__ = ["discussion", "in_presence", "joint_act", "together_act", "together_with",
           "with_partners_end"]


def discussion(t: int, t_end: int, rng: tuple[int, int], sent: Span, ctx: Context) -> bool:
    """Whether "discussed" / "exchanged views" at ``t`` tells an encounter: a "with" and a
    person near it ("discussed bilateral ties with X") or a named pair before it ("A and B
    traded views"), in a sentence that tells no call ("During the call, A and B discussed
    trade": the call)."""
    k = t
    while k > rng[0] and ctx.lower[k - 1] in _LIGHT_VERB_PHRASE:
        k -= 1  # "A and B had a brief conversation": the pair before "had a brief"
    if not (
        discussed_with(t_end, rng, ctx)
        or pair_before(k, rng, ctx)
        and (named_pair(k, rng, ctx) or _an_occasion_of_its_own(t, t_end, rng, ctx))
    ):
        return False
    if ctx.lower[t].startswith("conversation") and _a_call_or_more(t, ctx):
        return False
    return all(kind != "call" for _, _, kind, _ in triggers(sent.start, sent.end, ctx))


# talk that is an occasion in itself, not what was said at one ("discussed trade")
_TALK_NOUNS = {"chat", "conversation", "exchange"}


def _an_occasion_of_its_own(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "They had a brief chat in Paris on November 30", "The two leaders had a short
    conversation on the sidelines on Monday": a pair told before, at a talk the clause
    dates itself, is an encounter of its own, not the one just told."""
    return ctx.lower[t] in _TALK_NOUNS and bool(ctx.dates_in(t_end, rng[1]))


# the words between a pair and the noun of what they did together ("had a brief chat")
_LIGHT_VERB_PHRASE = {"had", "held", "have", "has", "hold", "holds", "a", "an", "brief",
                      "short", "informal", "private", "cordial", "friendly", "warm", "lengthy",
                      "long", "quick", "candid", "frank"}


def _a_call_or_more(t: int, ctx: Context) -> bool:
    """Whether "conversation" at ``t`` goes on with one told: the story told a call before
    ("In his conversation with Prime Minister X, Y set out ..." after the calls), or it is
    "continue" 's object ("will continue his conversation with X on Friday")."""
    if {"continue", "continued", "continues", "continuing"} & set(ctx.lower[max(0, t - 3) : t]):
        return True
    return any(kind == "call" for _, _, kind, _ in triggers(0, t, ctx))


def joint_act(t: int, rng: tuple[int, int], sent: Span, ctx: Context) -> bool:
    """Whether "agreed" / "pledged" at ``t`` is what a named pair before it did together
    ("Italian Prime Minister A and Algerian President B pledged on Monday to ..."), in a
    sentence that tells no other encounter (a call, talks, a meeting: those say how), in a
    story or sentence that places them (a dateline, "here", a town)."""
    return pair_before(t, rng, ctx) and named_pair(t, rng, ctx) and _placed_alone(t, sent, ctx)


def _placed_alone(t: int, sent: Span, ctx: Context) -> bool:
    """Whether the act at ``t`` is the sentence's only encounter and the story or the
    sentence places it."""
    others = [
        k for k, _, kind, _ in triggers(sent.start, sent.end, ctx) if k != t and kind != "visit"
    ]
    return _placed(t, sent, ctx) and not others


def _placed(t: int, sent: Span, ctx: Context) -> bool:
    """Whether the story or the sentence places the act at ``t`` (a dateline, a town,
    "here", a trip under way), and not at a distance; with no place, as likely by phone."""
    placed = (
        ctx.doc._.dg_dateline is not None
        or bool(ctx.gaz_in(sent.start, sent.end, ("PLACE",)))
        or "here" in ctx.lower[sent.start : sent.end]
        or during_a_trip(sent, ctx)
    )
    return placed and not remotely(t, sent.end, ctx)


_PAST_ACTS = {"went", "sat", "rode", "took", "laid", "drove", "flew", "saw", "ate", "had"}


def together_act(t: int, rng: tuple[int, int], sent: Span, ctx: Context) -> bool:
    """Whether "together" at ``t`` tells what a pair did in one place ("the two presidents
    walked together through the old city", "A and B together inaugurated the bridge"): an
    encounter, dated and placed as that act is; not "A, together with B, attended" (a
    companion) nor an act told at a distance ("by video link")."""
    if ctx.lower[t + 1 : t + 2] == ["with"]:
        return _acted_with(t, rng, sent, ctx)
    before, after = ctx.lower[t - 1] if t > 0 else "", ctx.lower[t + 1 : t + 2]
    if before.endswith("ed") or before in _PAST_ACTS:
        verb = t - 1  # "walked together" (not "toured the site together": no verb next)
    elif after and (after[0].endswith("ed") or after[0] in _PAST_ACTS):
        verb = t  # "together inaugurated"
    else:
        return False
    return (pair_before(verb, rng, ctx) or _told_pair_before(verb, rng, ctx)) and _placed_alone(
        t, sent, ctx
    )


def _acted_with(t: int, rng: tuple[int, int], sent: Span, ctx: Context) -> bool:
    """Whether "together with B" at ``t`` ends an act its subject told before it ("A
    inaugurated the Parliament building, built with Indian aid, together with B"), with B
    of another state: an encounter; not "A, together with B, attended" (a companion, told
    before the verb)."""
    subject = ctx.persons_in(rng[0], t)
    partner = [p for p in ctx.persons_in(t + 2, rng[1]) if ctx.lower[p[0]] not in ("his", "her")]
    if not subject or not partner:
        return False
    acted = any(
        w.endswith("ed") or w in _PAST_ACTS for w in ctx.lower[subject[-1][1] : t]
    )  # a verb between the subject and "together"
    states = {home_of(k, ctx) or country_of(k, ctx) for k in (subject[-1][2], partner[0][2])}
    return acted and len(states - {None}) == 2 and _placed(t, sent, ctx)


def with_partners_end(t: int, rng: tuple[int, int], ctx: Context) -> int:
    """Where the clause of "together with B (and C)" at ``t`` ends for its encounter: after
    the partners it names ("..., together with B, and held talks with C": not C)."""
    if ctx.lower[t + 1 : t + 2] != ["with"]:
        return rng[1]
    partners = ctx.persons_in(t + 2, rng[1])
    keys = coordinated_forward(partners, ctx)
    ends = [e for _, e, k in partners if k in keys]
    return ends[-1] if ends else rng[1]


def together_with(lo: int, hi: int, ctx: Context) -> set[int]:
    """The starts of the people named in [lo, hi) right after "together with" (past their
    offices): the partners of that act, not of another the sentence tells."""
    out = set()
    for s, _, _ in ctx.persons_in(lo, hi):
        k = s
        while k > lo and ctx.lower[k] != "with" and ctx.leads_a_name(k):
            k -= 1
        if ctx.lower[k - 1 : k + 1] == ["together", "with"]:
            out.add(s)
    return out


def _told_pair_before(verb: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a pair told before ("the two presidents", "both leaders", "they") is the
    subject right before ``verb``, after an opening time ("Later that evening the two
    leaders ...")."""
    named = ctx.persons_in(rng[0], verb)
    return (
        len(named) >= 2
        and named[-1][:2] == named[-2][:2]
        and named[-1][1] == verb
        and ctx.lower[named[-1][0]] in ("the", "they", "both")
    )


def in_presence(t: int, t_end: int, rng: tuple[int, int], sent: Span, ctx: Context) -> bool:
    """Whether "in the presence of" at ``t`` puts two named people together at an act the
    sentence tells ("the headquarters was inaugurated in the presence of A and B", "A
    opened the plant in the presence of B"), of two states or organisations at least: an
    encounter, where the sentence tells no other (talks "in the presence of" a minister
    are those talks)."""
    after = [p for p in ctx.persons_in(t_end, rng[1]) if ctx.lower[p[0]] not in ("his", "her")]
    people = {key for *_, key in ctx.persons_in(rng[0], t) + after}
    states = {home_of(key, ctx) or country_of(key, ctx) for key in people} - {None}
    return bool(after) and len(states) >= 2 and _placed_alone(t, sent, ctx)  # not "sworn in
    # in the presence of the Chief Justice": a state's own ceremony
