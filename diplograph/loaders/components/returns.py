"""Stays told by the way home: "on his way back from the NATO summit in Vilnius",
"returning from Brasilia", "on her flight home from Tokyo".

Someone on the way back from a place abroad has been there: a visit that happened, at
the day the sentence tells (the last day the text puts them there), by the one whose
way it is ("his" way: the person the pronoun stands for) or else the sentence's first
person named. A helper of :mod:`.events`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, country_of, location, pick_date
from .earlier_trips import past_visit
from .pronouns import POSSESSIVE
from .tokenizer import tokens_of

__all__ = ["return_journeys"]

_JOURNEY = {"way", "flight", "journey", "trip", "return"}
_BACK = {"back", "home"}
_GOING = {"returning", "returned", "flew", "flying", "came", "come", "coming", "headed",
          "heading", "travelled"}
_OWNERS = POSSESSIVE | {"the"}
_AFTER_SUBJECT = {"his", "her", "returned", "returning", "was", "is", "were", "has", "had", "came"}
_OPENERS = {"as", "while", "when"}  # a clause of the traveller's own
_REACH = 8  # tokens from "from" to the place (over "the NATO summit in")


def return_journeys(sent: Span, ctx: Context) -> list[Event]:
    """The visits that the sentence's journeys home from abroad imply."""
    out = []
    for k in range(sent.start + 1, sent.end - 1):
        if ctx.lower[k] != "from" or not _homeward(k, ctx):
            continue
        where = ctx.gaz_in(k + 1, min(sent.end, k + _REACH), ("PLACE", "CAPITAL", "COUNTRY"))
        if not where or ctx.lex.trip_words.intersection(ctx.lower[k + 1 : where[0].start]):
            continue  # "returned on Friday from a three-day visit to Ghana": the trip's own
            # trigger reads it, counting back from its end
        place, country = location(where[:1], ctx.lex)
        key = _traveller(k, sent, ctx)
        if key is None or country is None or country_of(key, ctx) in (None, country):
            continue
        date = pick_date(k, (sent.start, sent.end), sent, ctx, False)
        visit = past_visit(key, k, k + 1, sent, ctx, date, (place, country))
        # a stay that had ended: no frame for what the sentence tells, but for its ", where"
        # clause ("has come back from Cameroon on Thursday, where he met Y")
        where_at = next(
            (j for j in range(where[0].end, min(sent.end, where[0].end + 10))
             if ctx.lower[j] == "where" and ctx.lower[j - 1] == ","),
            sent.end,
        )
        visit.homeward = range(where_at, sent.end)
        out.append(visit)
    return out


def _homeward(k: int, ctx: Context) -> bool:
    """Whether "from" at ``k`` ends a journey home: "(on his) way/flight back from",
    "returning (home) from", "back home from"."""
    before = ctx.lower[max(0, k - 3) : k]
    if before[-1:] and before[-1] in _BACK:
        return bool((_JOURNEY | _GOING).intersection(before))
    if before[-1:] in (["returning"], ["returned"]):
        return True
    # "returned on Friday from Ghana", "flew back to Nairobi from Accra": the time or the
    # place reached between the journey and "from"
    words = ctx.lower[max(0, k - 8) : k]
    turn = next((i for i, w in enumerate(words) if w in ("returned", "returning", "back")), None)
    if turn is None or (words[turn] == "back" and not _GOING.intersection(words[:turn])):
        return False
    lo = max(0, k - 8) + turn + 1
    told = {j for m in ctx.dates_in(lo, k) for j in range(m.start, m.end)}
    told |= {j for g in ctx.gaz_in(lo, k, ("PLACE", "CAPITAL")) for j in range(g.start, g.end)}
    return all(j in told or ctx.lower[j] in _BETWEEN for j in range(lo, k))


# words between a journey home and "from" besides its time and place: "returned to Yerevan
# late last night from Sochi"
_BETWEEN = {"to", "home", "late", "early"}


def _traveller(k: int, sent: Span, ctx: Context) -> str | None:
    """Whose journey home it is: one named as its clause's subject just before it ("as X
    was on his way back from", "as X returned from"), else the person "his"/"her" stands
    for, else the sentence's first person named before it."""
    for j in range(max(sent.start, k - 5), k):
        if ctx.lower[j] in _AFTER_SUBJECT:
            named = [
                p
                for p in ctx.persons_in(max(sent.start, j - 4), j)
                if tokens_of(ctx.doc)[p[0]].text[:1].isupper() and p[1] == j
            ]
            if named and (named[-1][0] == sent.start or ctx.lower[named[-1][0] - 1] in _OPENERS):
                return named[-1][2]  # "the two met as Zelensky was on his way back from",
                # "The Nigerian leader has just come back from Cameroon"
    for j in range(max(sent.start, k - 5), k):
        if ctx.lower[j] in ("his", "her"):
            found = ctx.persons_in(j, j + 1)
            if found:
                return found[0][2]
    where = ctx.gaz_in(k + 1, min(sent.end, k + _REACH), ("PLACE", "CAPITAL", "COUNTRY"))
    end = where[0].end if where else k + 1
    named = [
        p
        for p in ctx.persons_in(sent.start, sent.end)
        if not k < p[0] < end
        and ctx.lower[p[0]] not in ("the", "a", "an")
        and tokens_of(ctx.doc)[p[0]].text[:1].isupper()
    ]  # a name, not a description ("the head of state returned from ...": the trip's own
    return named[0][2] if named else None  # trigger reads that)
