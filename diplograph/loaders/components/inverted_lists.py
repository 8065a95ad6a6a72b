"""Clauses that open with their participle and name their people last.

"Also attending the summit in Accra on Sunday will be A and B", "Among those arriving
were A and B", "Also expected to attend the summit will be A": an inverted clause, whose
verb comes before its list of people. Helpers of :mod:`.travellers` (who) and
:mod:`.plan_cues` (its tense).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["LIST_VERBS", "inverted_list_verb", "participle_opening"]

# the verbs after which an inverted clause lists who ("Attending the summit are A and B")
LIST_VERBS = {"are", "include", "included", "were", "including", "is", "was", "be", ":"}


def participle_opening(t: int, ctx: Context) -> bool:
    """Whether the trigger at ``t`` is a participle that can open an inverted clause
    ("attending", "arriving") or an infinitive after one ("expected to attend")."""
    return ctx.lower[t].endswith("ing") or (
        ctx.lower[t - 1 : t] == ["to"] and ctx.lower[t - 2] in ("expected", "due", "set")
    )


def inverted_list_verb(t: int, rng: tuple[int, int], ctx: Context) -> int | None:
    """The verb of a clause that opens with its participle and names its people last
    ("Also attending the summit in Accra on Sunday will be A and B", "Among those arriving
    were A and B"): the first list verb after ``t`` before anyone is named, else None."""
    for i in range(t + 1, min(rng[1], t + 14)):
        if ctx.person_at(i):
            return None
        if ctx.lower[i] in LIST_VERBS:
            return i
    return None
