"""The dateline's city standing for "here" in an event's clause.

"arrived here Tuesday", "signed here yesterday", an arrival told with no destination:
the city the story was filed from (``doc._.dg_dateline``), when it names one city,
shaped like a gazetteer PLACE span (:class:`Here`) so that
:func:`.event_places.location` reads it as one. :mod:`.event_places` reads the places a
clause names; this module supplies the one it does not name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .place_patterns import TOWN_NOUNS
from .tokenizer import tokens_of

if TYPE_CHECKING:  # arguments imports this module as it loads
    from .arguments import Context

__all__ = ["here", "Here", "dateline_site", "this_town"]


@dataclass(frozen=True)
class Here:
    """The dateline's city standing for "here" ("held talks here on Thursday"): shaped
    like a gazetteer PLACE span so that :func:`.event_places.location` reads it as one."""

    text: str
    kb_id_: str
    start: int
    end: int
    start_char: int
    end_char: int
    label_: str = "PLACE"


_NOT_HERE = {"from", "got", "get", "near", "over", "out"}


def dateline_site(ctx: Context, i: int) -> list[Here]:
    """The dateline's city as a place "mentioned" at token ``i``, if it names one city."""
    dateline = ctx.doc._.dg_dateline
    if dateline is None or dateline.ambiguous:
        return []
    idx = tokens_of(ctx.doc)[i].idx
    return [Here(dateline.place, dateline.country, i, i + 1, idx, idx + 1)]


def here(rng: tuple[int, int], ctx: Context) -> list[Here]:
    """ "arrived here Tuesday", "signed here yesterday": the dateline's city, if the
    clause says "here" and the dateline names one city."""
    for i in range(rng[0], rng[1]):
        if ctx.lower[i] == "here" and (i == 0 or ctx.lower[i - 1] not in _NOT_HERE):
            return dateline_site(ctx, i)
    return []


# what a story filed from a town calls it: "this farming town", "this capital", "this port city"
_THIS_TOWN = TOWN_NOUNS | {"capital"}


def this_town(rng: tuple[int, int], ctx: Context) -> list[Here]:
    """ "on the outskirts of this farming town", "in this Red Sea resort": the dateline's
    city, as "here" names it."""
    for i in range(rng[0], rng[1]):
        if ctx.lower[i] == "this" and _THIS_TOWN.intersection(ctx.lower[i + 1 : i + 4]):
            k = next(k for k in range(i + 1, i + 4) if ctx.lower[k] in _THIS_TOWN)
            if all(ctx.label[j] in (None, "", "DEMONYM") for j in range(i + 1, k)):
                return dateline_site(ctx, i)
    return []
