"""Which words the status of a trigger is read from, and when an invitation is a plan:
"postponed his visit, telephoning X" (the call's status is read after the visit it calls
off), "accepted an invitation to visit Berlin in June" (a plan, with a time). Helpers of
:mod:`.event_status`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .status import classify

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["EVENT_NOUNS", "NEGATED", "accepted_invitation", "past_called_off_object"]

EVENT_NOUNS = {
    "meeting", "meetings", "talks", "visit", "trip", "tour", "summit", "call", "encounter"
}
NEGATED = {"not", "declined", "n't", "never", "rejected", "turned"}


_INVITED = {"invitation", "invitations", "invited", "invite", "invites"}
_ACCEPTED = {"accepted", "accepts", "accepting", "accept"}


def accepted_invitation(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """An invitation the sentence says was accepted, for a time it names, is a planned
    visit (the guidelines); one not accepted, or with no time, is no event."""
    lo, hi = ctx.sentence_of(t)
    words = ctx.lower[lo:hi]
    near = ctx.lower[max(rng[0], t - 8) : t]
    return (
        bool(_INVITED.intersection(near))
        and bool(_ACCEPTED.intersection(words))
        and not NEGATED.intersection(words)
        and bool(ctx.dates_in(t, rng[1]))
    )


def past_called_off_object(lo: int, t: int, ctx: Context) -> int:
    """Where the words that cue a trigger's status start: after a calling-off and the trip
    or event it names before the trigger ("postponed his visit to Indonesia, telephoning X
    to say ...": the call was made), else at ``lo``."""
    for k in range(t - 2, lo - 1, -1):
        w = ctx.lower[k]
        if (w in ctx.lex.trip_words or w in EVENT_NOUNS) and any(
            classify([], [ctx.lower[j]], []) == "cancelled" for j in range(max(lo, k - 4), k)
        ):
            return k + 1
    return lo
