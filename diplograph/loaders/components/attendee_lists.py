"""Visits of the people a list of attendees names: bullet lines under a line that tells
who came ("WHO CAME", "Delegations from 119 countries attended. The list of heads of
state included:", "Leaders expected at the summit:").

Funeral, inauguration and summit stories often list their foreign guests one per line
("- Japan: Prime Minister Shinzo Abe", "- Eduardo Duhalde, President of Argentina").
Each person so listed came to the gathering: a visit to its city (the story's summit
city, else the dateline's) on the first day of the story's week told before the list
(else the story's day), planned where the line before says they are expected. Those at
home there make no visit. Helper of :mod:`.events`.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, country_of, location, make_event
from .encounter_subjects import GUEST_NOUNS
from .sentences import sentence_spans

__all__ = ["listed_attendees"]

_BULLETS = {"-", "–", "—", "•", "*", "·"}
# words of a line that announces who came to a gathering
_ATTENDANCE = {"came", "come", "attended", "attending", "attend", "attendees", "guests",
               "included", "include", "includes", "arrivals", "arrived", "delegations",
               "present", "mourners", "dignitaries"}
_AHEAD = {"expected", "will", "due", "scheduled", "confirmed"}
_GUESTS = GUEST_NOUNS | {"attendees"}  # "Leaders expected at the ceremony:"


def _bullet(sent: Span, ctx: Context) -> bool:
    """Whether ``sent`` is a line of a list ("- Japan: Prime Minister X")."""
    toks = ctx.doc
    at_line_start = sent.start == 0 or "\n" in toks[sent.start - 1].text
    return at_line_start and toks[sent.start].text in _BULLETS


def _home(key: str, line: Span, ctx: Context) -> str | None:
    """The state a listed guest serves: the one the story gives, else the one the line
    names ("- Japan: Prime Minister X")."""
    named = ctx.gaz_in(line.start, line.end, ("COUNTRY", "DEMONYM"))
    return country_of(key, ctx) or (named[0].kb_id_ if named else None)


def _gathering_day(cue: Span, ctx: Context, ahead: bool) -> str | None:
    """The first day of the story's week told before the list (the gathering's: "joined
    ... yesterday for the state funeral"), else the story's day."""
    told = (m.value(ahead) for m in ctx.dates if m.start_char < cue.end_char)
    return next((v for v in told if ctx.is_current(v)), None) or ctx.lead_date(ahead)


def listed_attendees(ctx: Context) -> list[Event]:
    """A visit by each person of each attendance list of the story (see the module)."""
    out: list[Event] = []
    sents = list(sentence_spans(ctx.doc))
    for k, sent in enumerate(sents):
        if not _bullet(sent, ctx) or k == 0 or _bullet(sents[k - 1], ctx):
            continue
        cue = sents[k - 1]  # the line the list hangs from
        words = set(ctx.lower[cue.start : cue.end])
        if not (_ATTENDANCE & words or _GUESTS & words and _AHEAD & words):
            continue  # "WHO CAME", "Leaders expected at the ceremony:"; not "Key points:"
        status = "planned" if _AHEAD & words else "occurred"
        place, country = location(ctx.summit_place(cue), ctx.lex)
        if country is None:
            continue
        date = _gathering_day(cue, ctx, status != "occurred")
        for line in sents[k:]:
            if not _bullet(line, ctx):
                break
            named = ctx.persons_in(line.start, line.end)[:1]  # the guest, not a companion
            for start, end, key in named:
                if _home(key, line, ctx) in (None, country):
                    continue  # at home there, or of no known state
                out.append(
                    make_event(
                        "visit", start, end, line, ctx, status, date, place, country, None,
                        visitor=key, participants=[key],
                    )
                )
    return out
