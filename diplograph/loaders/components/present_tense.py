"""Present tenses that news uses for what lies ahead ("Xi travels to Belgrade on
Tuesday", "is paying a two-day visit to India from 11 October") and the times that make
them so: a day on or after publication, not one of a stay already under way, nor the
historic present of a chronology. Helpers of :mod:`.event_status`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import arguments as _args
from .caption_lines import labelled_caption, marked_caption
from .clause_acts import PAST_VERBS
from .tokenizer import text_of

if TYPE_CHECKING:
    from .arguments import Context

__all__ = [
    "PRESENT_TRAVEL",
    "told_in_the_present",
    "past_paragraph",
    "told_for_today_or_later",
    "under_way_today",
    "when_ahead",
]

PRESENT_TRAVEL = {
    "travels", "flies", "heads", "goes", "leaves", "moves", "arrives", "visits", "leads",
    "returns", "lands", "departs", "attends", "embarks", "begins", "starts", "sets",
    # encounters as timetables tell them: "he holds talks with X on Monday"
    "meets", "holds", "calls", "speaks",
    # and attendance: "on Tuesday he takes part in the summit", "joins the leaders on Friday"
    "takes", "participates", "joins",
    # and an itinerary's onward step: "proceeds on Wednesday to Durban"
    "proceeds",
}
_SETTING_OUT = {"embarks", "begins", "starts", "pays", "makes", "kicks"}
# and winding it up: "ends his tour in Lagos on Thursday", "concludes her visit on Friday"
_SETTING_OUT |= {"ends", "concludes", "wraps", "completes", "winds", "finishes"}

_PLURAL_SUBJECTS = {"they", "presidents", "leaders", "ministers", "two", "both", "pair"}


def told_in_the_present(t: int, ctx: Context) -> bool:
    """ "Xi travels", "Ruto is travelling", "the two presidents travel", "the summit she is
    hosting": present tenses, which news uses for what is ahead when a time ahead goes
    with them; not a photo caption's, which tells what the picture shows."""
    if _in_a_caption(t, ctx):
        return False
    if _SETTING_OUT.intersection(ctx.lower[max(0, t - 4) : t]):
        return True  # "embarks on a three-nation tour", "begins a state visit"
    if t > 0 and ctx.lower[t - 1] in _PLURAL_SUBJECTS and ctx.lower[t] + "s" in PRESENT_TRAVEL:
        return True
    if ctx.lower[t] + "s" in PRESENT_TRAVEL and _named_pair_before(t, ctx):
        return True  # "when Sirisena and Modi meet in New Delhi on Monday", not a caption's
        # "Ruto and Macron meet in Paris on Monday" (a present for what has happened)
    if _third_person(ctx.lower[t]) in PRESENT_TRAVEL and _pair_opens_a_running_text(t, ctx):
        return True  # "... The King and the Queen Consort arrive on Wednesday."
    if any(  # "is travelling", "is paying a two-day visit"
        ctx.lower[k - 1] in ("is", "are") and ctx.lower[k].endswith("ing")
        for k in range(max(1, t - 7), t + 1)
        if k == t or ctx.lower[k + 1] in ("a", "an")
    ):
        return True
    # "included official visits to", "paid visits to Djibouti and Kenya": a noun
    return (
        ctx.lower[t] in PRESENT_TRAVEL
        # "state visits" is a noun; "the Secretary of State arrives", a verb after an office
        and (ctx.lower[t - 1] not in _args.NOUN_MARKERS or ctx.label[t - 1] == "TITLE")
        and ctx.lower[t - 1] not in _PAST_LIGHT_VERBS
    )


# verbs in the past whose object an "-s" form is ("paid visits", "made calls", "held meetings")
_PAST_LIGHT_VERBS = {"paid", "made", "held", "had", "undertook", "conducted", "took"}


def _in_a_caption(t: int, ctx: Context) -> bool:
    """Whether ``t`` stands in a line marked as a photo caption (see :mod:`.caption_lines`)."""
    words = ctx.lower[ctx.sentence_of(t)[0] : t]
    return labelled_caption(words) or marked_caption(words)


# stays and encounters, not journeys: "is visiting Belgrade" is there, "is travelling to
# Berlin" may not be yet
_STAYING = {"visiting", "meeting", "holding", "touring", "hosting", "attending", "paying"}


def under_way_today(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """Whether a stay or encounter told in the present progressive is dated only to the
    day of publication ("is visiting Belgrade today", "is holding talks with X on Tuesday"
    told that Tuesday): under way, not ahead."""
    published = ctx.doc._.dg_published
    progressive = any(
        ctx.lower[k - 1] in ("is", "are") and ctx.lower[k] in _STAYING
        for k in range(max(1, t - 4), t + 1)
    )
    if published is None or not progressive:
        return False
    if {"later", "tomorrow", "tonight", "next"}.intersection(ctx.lower[t : rng[1]]):
        return False  # "is meeting X later today"
    days = [m for m in ctx.dates_in(rng[0], rng[1])]
    today = published.isoformat()
    return bool(days) and all(m.past == m.future == today for m in days)


# conjunctions of time, whose clause English puts in the present for what lies ahead
_TEMPORAL = {"when", "once", "until", "till", "before", "after", "as", "whenever"}


def _third_person(verb: str) -> str:
    """The "-s" form of a plain verb: "travel" -> "travels", "fly" -> "flies", "go" -> "goes"."""
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(("o", "s", "sh", "ch")) else "s")


def _pair_opens_a_running_text(t: int, ctx: Context) -> bool:
    """Whether a subject of two joined by "and" ("The King and the Queen Consort", "Ruto
    and his wife") opens the sentence right before ``t``, and the sentence goes on a
    paragraph that told something before it: a timetable's plural present, not a
    caption's (a line of its own)."""
    start = ctx.sentence_of(t)[0]
    words = ctx.lower[start:t]
    if "and" not in words or not 2 <= len(words) <= 10 or words[0] == "and":
        return False
    if not all(ctx.label[k] or k in ctx.name_tokens or ctx.lower[k] in _SUBJECT_GLUE
               or ctx.doc[k].text[:1].isupper() for k in range(start, t)):
        return False
    text = text_of(ctx.doc)
    para = text.rfind("\n", 0, ctx.doc[start].idx)
    return bool(text[para + 1 : ctx.doc[start].idx].strip())


_SUBJECT_GLUE = {"the", "and", "his", "her", "their", "wife", "husband", "spouse", "two"}


def _named_pair_before(t: int, ctx: Context) -> bool:
    """Whether two people joined by "and" end right before ``t`` in a clause of time
    ("when Ruto and French President Emmanuel Macron meet"): a plural present that English
    uses there for what lies ahead."""
    named = ctx.persons_in(max(0, t - 16), t)
    if len(named) < 2 or named[-1][1] != t:
        return False
    (s1, e1, _k1), (s2, _e2, _k2) = named[-2:]
    if not (e1 < s2 and ctx.lower[e1] == "and" and all(ctx.label[k] for k in range(e1 + 1, s2))):
        return False
    k = s1 - 1
    while k > 0 and (ctx.label[k] or ctx.lower[k] == "the"):
        k -= 1  # "when (the) Sri Lankan President X and ..."
    return k >= 0 and ctx.lower[k] in _TEMPORAL


def past_paragraph(t: int, ctx: Context) -> bool:
    """Whether the paragraph, before token ``t``, last told a time plainly past ("April
    2018 - ... She goes on to Paris": a chronology's historic present)."""
    para = text_of(ctx.doc).rfind("\n\n", 0, ctx.doc[t].idx)
    told = [m for m in ctx.dates if para < m.start_char < ctx.doc[t].idx]
    published = ctx.doc._.dg_published
    if not told or published is None:
        return False
    m = told[-1]
    return bool(m.past) and m.past == m.future and m.past < published.isoformat()[: len(m.past)]


def told_for_today_or_later(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause dates itself on or after publication ("this morning", "today",
    "on April 1" ahead)."""
    published = ctx.doc._.dg_published
    if published is None:
        return False
    for m in ctx.dates_in(rng[0], rng[1]):
        if _under_way(m, published):
            continue  # "is visiting the US from November 8 to 12", told on the 10th
        if m.past != m.future and not _nearer_behind(m, published):
            return True  # "on Thursday", "on July 9": the present tense reads ahead
        if m.past and len(m.past) == 10 and m.past >= published.isoformat():
            return True
    return False


def _nearer_behind(m, published: dt.date) -> bool:
    """Whether a day of a month told without its year lies nearer behind publication than
    ahead of it ("March 31" told on April 27: a month back, not eleven ahead): the present
    of a chronology ("- March 31: X meets Y in Beijing"), not a timetable. Weekdays, whose
    readings lie within a week either way, are left to the tense."""
    if m.kind not in ("mdy", "dmy") or not (m.past and m.future) or len(m.past) != 10:
        return False
    behind = published - dt.date.fromisoformat(m.past)
    return behind < dt.date.fromisoformat(m.future) - published


def _under_way(m, published) -> bool:
    """Whether a range of days ("from November 8 to 12") began at most a fortnight before
    publication and runs on past it: a stay under way, not one ahead."""
    if not m.past or len(m.past) != 10 or not any(w in m.text for w in (" to ", "-", "–")):
        return False
    tail = re.search(r"(\d{1,2})\D*$", m.text)
    first = dt.date.fromisoformat(m.past)
    if tail is None or not 0 <= (published - first).days <= 14:
        return False
    last = int(tail.group(1))
    end_month = first.month + (last < first.day)  # "28 June-2 July": the next month
    now = published.month + 12 * (published.year - first.year)
    return (end_month, last) >= (now, published.day)


_PAST_FORMS = PAST_VERBS | {"came", "saw", "was", "were", "did", "left", "led"}


def when_ahead(t: int, rng: tuple[int, int], ctx: Context) -> bool:
    """ "(They will see each other again next month,) when both attend the G8 summit in
    Genoa": a present tense in a "when" clause of a sentence told ahead is ahead too."""
    if ctx.lower[rng[0]] != "when" or t - rng[0] > 4:
        return False
    verb = ctx.lower[t]
    if verb.endswith("ed") or verb in _PAST_FORMS:
        return False
    lo = ctx.sentence_of(t)[0]
    return "will" in ctx.lower[lo : rng[0]] or "next" in ctx.lower[lo : rng[0]]
