"""The company of a ceremony the story has told ("X was sworn in on Monday. Also present
were A and B", "The guests included C"): which sentence tells the ceremony, and whether
a summit the story names instead is still ahead. Helpers of :mod:`.gathering_presence`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context
from .told_encounters import TOLD_ENCOUNTERS
from .trip_cues import CEREMONIES, classify_ahead

__all__ = ["GUESTS", "ceremony_before", "told_ahead"]

# a company that is at a gathering by what it is called: "The guests included A and B"
GUESTS = {"guests", "mourners", "invitees", "attendees", "dignitaries", "others"}

# words of talks: "Present were A and B" after them names who was at the talks
_TALKS = TOLD_ENCOUNTERS | {"met", "meets", "received"}


def ceremony_before(sent: Span, ctx: Context) -> tuple[int, int] | None:
    """The sentence before ``sent``, as (start, end), when it tells a ceremony or summit
    ("X was sworn in on Monday. Also present were A and B"); else the story's, told earlier
    (an empty span at ``sent``), when that sentence tells no talks ("Present were A and B"
    after talks: at the talks)."""
    if sent.start == 0:
        return None
    lo, hi = ctx.sentence_of(sent.start - 1)
    if CEREMONIES.intersection(ctx.lower[lo:hi]):
        return lo, hi
    if _TALKS.intersection(ctx.lower[lo:hi]) or not CEREMONIES.intersection(ctx.lower[:lo]):
        return None
    return sent.start, sent.start


def told_ahead(g: Span, ctx: Context) -> bool:
    """Whether the sentence that names the place ``g`` tells it as still ahead ("will go
    to Brussels to attend the NATO summit")."""
    return classify_ahead(ctx.sentence_of(g.start), ctx)
