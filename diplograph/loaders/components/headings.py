"""Trips told under dated headings: a frame that the paragraph below fills in.

Explainers and "key dates" lists tell one person's trips as a dated heading followed by
a paragraph: "**Feb 13-14 - Qatar and Oman.** Talks with ...", "**April 2018 - London,
Paris and Berlin.** At the Commonwealth meeting in London, ...". Each heading is a trip
frame: the story's protagonist visits every country it names (not their own), at the
heading's date; the paragraph below says which city (the heading's own city, else the
first city of that country the paragraph names) and, for a later leg, which day.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..model import Event
from .arguments import Context, country_of, make_event
from .sentences import sentence_spans
from .tokenizer import text_of, tokens_of

__all__ = ["heading_visits", "heading_places"]

_GLUE = {",", "and", "-", "–", "—", ":", ".", "*", "**", "&", "|", "late", "early", "mid"}
_DATE_KINDS = ("mdy", "dmy", "iso", "my", "wkm")
_DAY_KINDS = ("mdy", "dmy", "iso")
_LOCATIVE = ("in", "to", "at", "through", "via")


def _heading_end(sent: Span, first, ctx: Context) -> int:
    """Where a heading that starts with a date ends: its first full stop or colon."""
    end = next((i + 1 for i in range(first.end, sent.end) if ctx.lower[i] in (".", ":")), sent.end)
    while end < sent.end and ctx.lower[end] == "*":
        end += 1  # "**Feb 13-14 - Qatar.**"
    return end


def _is_heading(sent: Span, end: int, dates: list, places: list[Span], ctx: Context) -> bool:
    """Whether the words up to ``end`` are only dates, places and glue."""
    covered = set()
    for item in [*dates, *places]:
        covered.update(range(item.start, item.end))
    return all(
        i in covered or not ctx.lower[i].strip() or ctx.lower[i] in _GLUE
        for i in range(sent.start, end)
    )


def _paragraph_end(sents: list[Span], n: int, ctx: Context) -> int:
    text = text_of(ctx.doc)
    para_end = text.find("\n\n", sents[n].end_char)
    para_end = len(text) if para_end < 0 else para_end
    stop = next((s.end for s in sents[n:] if s.end_char >= para_end), sents[-1].end)
    return min(stop, len(ctx.doc))


def _status(first, head_end: int, stop: int, ctx: Context) -> tuple[str, str | None]:
    """(status, first day) of a heading: ahead of publication, or told with "will"."""
    published = ctx.doc._.dg_published
    day = first.value(False)
    if published and day and day > published.isoformat():
        return "planned", day
    if first.future and first.future != first.past and "will" in ctx.lower[head_end:stop]:
        return "planned", first.future
    return "occurred", day


def _city(group: list[Span], body: list[Span], ctx: Context) -> Span | None:
    """A leg's city: the heading's own, else the paragraph's first (located) one."""
    own = [g for g in group if g.label_ == "PLACE" and _kind(g, ctx) == "city"]
    if own:
        return own[0]
    code = group[0].kb_id_
    places = [p for p in body if p.kb_id_ == code]
    for kind in ("city", "region"):  # a region only where no city is named (Puglia)
        found = [p for p in places if _kind(p, ctx) == kind]
        located = [p for p in found if ctx.lower[p.start - 1] in _LOCATIVE]
        if found:
            return (located or found)[0]
    return None


def _kind(g: Span, ctx: Context) -> str:
    place = ctx.lex.places.get(g.text)
    return place.kind if place is not None else "city"


def _leg_date(city: Span | None, body: list[Span], first, ahead: bool, ctx: Context):
    """A later leg's day: the one the paragraph gives next to its city, else the
    heading's month (or year) when the heading gives no single day."""
    mentions = [p for p in body if city is not None and p.text == city.text]
    for p in mentions:
        _, end = ctx.sentence_of(p.start)
        near = [m for m in ctx.dates_in(p.start, end) if m.kind in _DAY_KINDS]
        if near:
            return near[0].value(ahead)
    value = first.value(ahead)
    return value if value and len(value) < 10 else None


def _dated_headings(ctx: Context):
    """(heading sentence, its dates, its places, where the heading ends, where its
    paragraph ends) of each paragraph opened by a heading of dates and places alone."""
    text = text_of(ctx.doc)
    sents = sentence_spans(ctx.doc)
    for n, sent in enumerate(sents):
        if sent.start_char > 0 and "\n" not in text[max(0, sent.start_char - 2) : sent.start_char]:
            continue  # a heading opens its paragraph
        dates = [m for m in ctx.dates_in(sent.start, sent.end) if m.kind in _DATE_KINDS]
        if not dates:
            continue
        head_end = _heading_end(sent, dates[0], ctx)
        places = ctx.gaz_in(dates[0].end, head_end, ("COUNTRY", "PLACE"))
        heading_dates = [m for m in dates if m.end <= head_end]
        if places and _is_heading(sent, head_end, heading_dates, places, ctx):
            yield sent, dates, places, head_end, _paragraph_end(sents, n, ctx)


def heading_places(ctx: Context, events: list[Event]) -> None:
    """ "**25 April 2019 - Beijing.** Duterte holds talks with Xi.": what a paragraph under
    a dated heading of one country tells without a place of its own happened at the
    heading's city (or in its country, when the heading names no city)."""
    for _sent, dates, places, head_end, stop in _dated_headings(ctx):
        year = (dates[0].value(False) or "")[:4]
        codes = {g.kb_id_ for g in places}
        if len(codes) != 1:
            continue  # "Poland and Ukraine": which one is the paragraph's to say
        code = codes.pop()
        cities = [g for g in places if g.label_ == "PLACE" and _kind(g, ctx) == "city"]
        lo = tokens_of(ctx.doc)[head_end].idx if head_end < len(ctx.doc) else len(text_of(ctx.doc))
        hi = tokens_of(ctx.doc)[stop - 1].idx if stop > 0 else lo
        for ev in events:
            if ev.place is not None or ev.country not in (None, code) or ev.kind == "call":
                continue
            if ev.date and not ev.date.startswith(year):
                continue  # "the first since Hu Jintao in 2005": another time, not the heading's
            if ev.spans and lo <= ev.spans[0][0] <= hi:
                ev.country = code
                ev.place = cities[0].text if cities else None


def heading_visits(ctx: Context) -> list[Event]:
    """One visit per country of each dated trip heading, by the story's protagonist."""
    visitor = ctx.protagonist
    if visitor is None:
        return []
    home = country_of(visitor, ctx)
    out: list[Event] = []
    for sent, dates, places, head_end, stop in _dated_headings(ctx):
        body = ctx.gaz_in(head_end, stop, ("PLACE",))
        status, day = _status(dates[0], head_end, stop, ctx)
        groups: dict[str, list[Span]] = {}
        for g in places:
            groups.setdefault(g.kb_id_, []).append(g)
        for k, (code, group) in enumerate(groups.items()):
            if code == home:
                continue  # "At home, she hosts ...": no trip
            city = _city(group, body, ctx)
            date = day if k == 0 else _leg_date(city, body, dates[0], status == "planned", ctx)
            out.append(
                make_event(
                    "visit",
                    sent.start,
                    sent.end,
                    sent,
                    ctx,
                    status,
                    date,
                    city.text if city is not None else None,
                    code,
                    None,
                    visitor=visitor,
                    participants=[visitor],
                )
            )
    return out
