"""Whether a trip goes to the gathering the story tells of.

"joined the sessions", "was in the hall", "to Japan for the G7", "arriving for the second
day of the summit": words that send a traveller to the story's summit, inauguration or
conference, whose city is then the destination. :mod:`.visits` asks these when the words
after the verb name no place; :mod:`.visit_places` reads the places a sentence does name.
"""

from __future__ import annotations

from spacy.tokens import Span

from .arguments import Context, occasion
from .event_places import SUMMIT_WORDS
from .trip_cues import CEREMONIES

__all__ = ["joins_a_gathering", "in_gathering_room"]


_JOINED_GATHERINGS = {"summit", "summits", "session", "sessions", "talks", "conference", "forum",
                      "gathering", "assembly", "ceremony", "plenary", "inauguration", "parliament",
                      "congress", "convention"}
_BEFORE_GATHERING = {"the", "its", "their", "a", "opening", "closing", "final", "later", "summit",
                     "plenary", "leaders", "leaders'"}


def joins_a_gathering(t_end: int, ctx: Context) -> bool:
    """ "joined the sessions", "will join the summit's final session": a join whose object
    is the gathering itself, which is the story's summit."""
    named = False  # "the World Economic Forum in Davos": a gathering's own name, which
    for k in range(t_end, min(len(ctx.lower), t_end + 6)):  # takes the town written after it
        if ctx.lower[k] in _JOINED_GATHERINGS:
            return not named or _town_after(k + 1, ctx)
        if ctx.lower[k] in _BEFORE_GATHERING or ctx.lower[k] in ("'s", "’s"):
            continue
        if k == t_end or not ctx.doc[k].text[:1].isupper() or ctx.person_at(k):
            return False
        named = True
    return False


def _town_after(k: int, ctx: Context) -> bool:
    """Whether "in <town or country>" stands at ``k``."""
    return ctx.lower[k : k + 1] == ["in"] and ctx.label[k + 1 : k + 2] in (["PLACE"], ["COUNTRY"])


_ROOMS = {"hall", "audience", "chamber", "auditorium", "plenary"}


def in_gathering_room(t_end: int, ctx: Context) -> bool:
    """ "Rwanda's President X was in the hall", "was in the audience": at the gathering the
    story told before (a summit, an inauguration), whose city is where X was."""
    return (
        ctx.lower[t_end - 1] == "in"
        and ctx.lower[t_end : t_end + 1] == ["the"]
        and ctx.lower[t_end + 1 : t_end + 2] != []
        and ctx.lower[t_end + 1] in _ROOMS
        and bool((CEREMONIES | SUMMIT_WORDS).intersection(ctx.lower[:t_end]))
    )


def _act_end(rng: tuple[int, int], sent: Span, ctx: Context) -> int:
    """Where the act of a trigger's clause ends: at a later ", and" that opens another
    act of its subject ("came in April 2022, ..., and returned in 2023 for the summit"),
    else at the sentence's end."""
    for k in range(rng[0] + 1, sent.end - 1):
        if ctx.lower[k] == "and" and ctx.lower[k - 1] == "," and ctx.lower[k + 1] in _AGAIN:
            return k
    return sent.end


_AGAIN = {"returned", "came", "went", "travelled", "traveled", "flew", "visited", "was"}


_WITNESSING = {"witness", "witnessed", "witnessing", "watch", "watched", "watching"}


def _for_summit(sent: Span, ctx: Context) -> bool:
    """ "to Japan for the G7", "for the summit": travel to the story's summit."""
    if occasion(sent, ctx) is not None:
        return True
    words = ctx.lower[sent.start : sent.end]
    if any(
        w in ("for", "at") and "summit" in words[k + 1 : k + 7] and "," not in words[k : k + 7]
        for k, w in enumerate(words)
    ):
        return True  # "joined other leaders at the summit", "arriving for the second day of
        # the summit"
    if any(
        w in _WITNESSING and CEREMONIES.intersection(words[k + 1 : k + 4])
        for k, w in enumerate(words)
    ):
        return True  # "joined a dozen leaders at the Kololo grounds to witness the swearing-in"
    return any(
        ctx.lower[g.start - 2 : g.start] in (["for", "the"], ["at", "the"])
        for g in ctx.gaz_in(sent.start, sent.end, ("ORG",))
    )
