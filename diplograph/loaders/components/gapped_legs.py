"""The next leg of a trip told with its verb left out: "will be in Lima on Monday to meet
A, and in Quito on Tuesday for talks with B". The clause after ", and" has no subject and
no verb of its own; it goes on with the first clause's traveller and tense, in a town of
its own. Helpers of :mod:`.events`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, make_event, occasion, pick_date
from .clause_acts import gapped_leg, leg_start
from .event_places import location

__all__ = ["leg_clause", "leg_visits"]


def leg_clause(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause ``rng`` is the next leg of a trip told with its verb left out
    (", and in Quito on Tuesday for talks with B")."""
    return ctx.lower[rng[0]] == "and" and gapped_leg(
        rng[0] + 1, ctx.sentence_of(rng[0])[0], rng[1], ctx
    )


def leg_visits(
    rng: tuple[int, int], sent: Span, ctx: Context, before: list[Event], status: str
) -> list[Event]:
    """A visit to the leg's town by each traveller of the sentence's visits before it, on
    the leg's own day and in the first clause's tense ``status``."""
    travellers = list(dict.fromkeys(e.visitor for e in before if e.kind == "visit" and e.visitor))
    if not travellers:
        return []
    at = leg_start(rng[0] + 1, ctx)  # "in" or "to", or "then in"
    town = ctx.gaz_in(at + 1, at + 4, ("PLACE", "CAPITAL", "COUNTRY"))[:1]
    place, country = location(town, ctx.lex)
    if country is None or country in {e.country for e in before if e.kind == "visit"}:
        return []  # a second town of one country is the same visit
    date = pick_date(at, rng, sent, ctx, status != "occurred")
    return [
        make_event(
            "visit", at, at + 1, sent, ctx, status, date, place, country,
            occasion(sent, ctx), visitor=key, participants=[key],
        )
        for key in travellers
    ]
