"""Gatherings told as hosted by a state or as a summit with a host ("the meeting of
European leaders Britain hosts on 18 July", "attend the G20 summit hosted by X"): their
attendees meet no host by attending. Helpers of :mod:`.encounter_cues`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import HOSTING

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["state_hosts", "summit_hosted_by"]


# gatherings of many whose host meets no attendee by hosting them
_MANY = {"summit", "forum", "conference", "assembly", "congress", "convention", "games"}


def summit_hosted_by(t: int, ctx: Context) -> bool:
    """Whether "hosted by" at ``t`` names the host of a summit ("attend the G20 summit
    hosted by X", "the Summit, hosted by President Y"): its attendees do not meet the host
    by attending (but "a dinner hosted by X" is an encounter)."""
    if ctx.lower[t] not in HOSTING or ctx.lower[t + 1 : t + 2] != ["by"]:
        return False
    before = [w for w in ctx.lower[max(0, t - 4) : t] if w not in (",", "being", "to", "be")]
    if not before or before[-1] not in _MANY:
        return False
    few = ctx.lex.org_members  # "The Quad leaders' summit, hosted by X": four leaders meet
    return not any(few.get(g.kb_id_, 99) <= 4 for g in ctx.gaz_in(max(0, t - 8), t, ("ORG",)))


def state_hosts(t: int, ctx: Context) -> bool:
    """Whether a state named right before a verb of hosting hosts ("the meeting of European
    leaders Britain hosts on 18 July"): a gathering, with no person as its host."""
    return ctx.lower[t] in HOSTING and t > 0 and ctx.label[t - 1] in ("COUNTRY", "CAPITAL")
