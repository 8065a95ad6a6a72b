"""How a clause stands to the other clauses of its sentence: one opened by "while" or
"although" tells another subject's act (:func:`contrasted`), a later clause with an
encounter of its own keeps its people (:func:`later_acts`), a ", which will take
place on Monday" after an event noun tells it ahead (:func:`relative_ahead`), and an
opening "In Osaka, where he had been since Thursday," frames the clause after its aside
(:func:`fronted_across_aside`). Helpers of
:mod:`.encounters`, :mod:`.encounter_groups` and :mod:`.event_status`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .event_clauses import CONTRASTS, clauses

if TYPE_CHECKING:
    from .arguments import Context

__all__ = ["contrasted", "fronted_across_aside", "later_acts", "relative_ahead"]


def contrasted(rng: tuple[int, int], sent: Span, ctx: Context) -> set[int]:
    """Tokens of the sentence's other clauses opened by "while", "whereas", "although" or
    "though" ("A held several meetings, while B gave a speech"): what another subject did,
    no part of the clause at ``rng``."""
    return {
        i
        for lo, hi in clauses(sent, ctx)
        if (lo, hi) != rng and ctx.lower[lo] in CONTRASTS
        for i in range(lo, hi)
    }


def later_acts(rng: tuple[int, int], sent: Span, ctx: Context) -> set[int]:
    """Tokens of the sentence's clauses after ``rng`` that tell an encounter of their own:
    "will attend the summit meeting; Germany, where he will meet X": X is met there, not
    at the summit (but "meeting a premier on Friday, when X was to pay a visit": X)."""
    return {
        i
        for lo, hi in clauses(sent, ctx)
        if lo >= rng[1]
        and (
            ctx.encounter_tokens.intersection(range(lo, hi))
            or ctx.lower[lo] in ("before", "after")  # "talks last October, two months
            and not ctx.lower[lo + 1].endswith("ing")  # before A and B announced the deal":
        )  # a time told by what others did
        for i in range(lo, hi)
    }


_AHEAD_AFTER_WHICH = (["will"], ["is", "scheduled"], ["is", "due"], ["is", "expected"],
                      ["is", "set"], ["is", "to"], ["are", "scheduled"], ["are", "due"])


def relative_ahead(t_end: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the first ", which" after an event noun ending at ``t_end`` tells the event
    ahead ("the visit of X to Y, which will take place on Monday", "..., which is scheduled
    for next week"), with no other act between them."""
    k = next(
        (j for j in range(t_end + 1, min(rng[1] + 2, len(ctx.lower)))
         if ctx.lower[j] == "which" and ctx.lower[j - 1] == ","),
        None,
    )
    if k is None or k - t_end > 12 or ctx.trigger_tokens.intersection(range(t_end, k)):
        return False
    return any(ctx.lower[k + 1 : k + 1 + len(w)] == w for w in _AHEAD_AFTER_WHICH)


_ASIDE_OPENERS = {"where", "which", "who", "whose", "when"}


def fronted_across_aside(rng: tuple[int, int], sent: Span, ctx: Context) -> tuple[int, int] | None:
    """The sentence's opening "In Osaka," or "At Camp David," when only a relative aside
    stands between it and the clause at ``rng`` ("In Osaka, where he had been since
    Thursday, Trump met Xi"): the place phrase of that clause, set off by its aside."""
    found = clauses(sent, ctx)
    i = next((k for k, c in enumerate(found) if c == rng), None)
    if i is None or i < 2:
        return None
    opening, aside = found[i - 2], found[i - 1]
    if (
        ctx.lower[opening[0]] in ("in", "at")
        and ctx.lower[opening[1] - 1] == ","
        and ctx.lower[aside[0]] in _ASIDE_OPENERS
        and ctx.lower[aside[1] - 1] == ","
    ):
        return opening
    return None
