"""The town of the story's gathering: a summit, a forum, or a ceremony such as an
inauguration or a funeral, whose city frames the visits and talks told around it
("G20 leaders gathered in Rio ... Chile sent its foreign minister": Rio).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from . import event_clauses
from .arguments import Context
from .digest_items import item_start
from .event_clauses import in_origin_aside, relative_aside
from .event_dates import OPENS, nearest_date
from .event_places import SUMMIT_WORDS, topic_place
from .here_places import dateline_site
from .lexicon import fold
from .since_dates import SET_FOR
from .status import classify
from .usable_dates import usable_date

__all__ = [
    "summit_date",
    "summit_place",
    "gathering_before",
    "gathering_in_clause",
    "summit_of_the_past",
    "of_another_year",
    "not_going",
]

# words of a gathering whose town frames the story ("leaders gathered in Rio", "the
# inauguration in Accra", "the funeral in Rome")
GATHERED = {"gathered", "gather", "gathering", "convened", "convene", "assembled", "ceremony",
            "inauguration", "funeral", "coronation", "swearing-in", "investiture"}
# verbs that take the town with "on": "leaders converged on Addis Ababa", "descended on X"
_CONVERGED = {"converged", "converge", "converges", "converging", "descended", "descend",
              "descends", "descending"}


# the words from a date to the summit it dates: "'s", "in the seventh", "at the annual"
_SUMMIT_AFTER = re.compile(r"(?:'s|’s|in the|at the)(?: [a-z-]+)?(?: [a-z-]+)? summit\b")


def summit_date(ctx: Context):
    """The date given next to a summit anywhere in the story ("the summit, which runs
    from August 22 to 24", "the two-day summit ... from Saturday"), if any."""
    for m in ctx.dates:
        if m.kind not in ("mdy", "dmy", "iso", "wd") or not usable_date(m, ctx):
            continue
        if _SUMMIT_AFTER.match(" ".join(ctx.lower[m.end : m.end + 6])):
            return m  # "Tuesday's summit", "took part on Tuesday in the summit"
        opens, ends = ctx.sentence_of(m.start)  # not "the 2nd summit. On July 30, ..."
        before = ctx.lower[max(opens, m.start - 8) : m.start]
        since = before[-1:] == ["from"]  # "the two-day summit ... from Saturday"
        if m.kind == "wd" and not (OPENS.intersection(before) or since):
            continue  # "the summit opens on Saturday", not "the summit ... on Friday"
        after = ctx.lower[m.end : min(ends, m.end + 6)]
        set_for = len(before) > 1 and before[-2] in SET_FOR and before[-1] in ("for", "on")
        if not set_for and classify(ctx.lower[opens : m.start], after, []) == "cancelled":
            continue  # "the summit was called off twice, first on November 30": a day it
            # did not take place; not "the summit, scheduled for November 9, was postponed"
        # "the summit on African soil opens at the Nasrec Expo Centre on Saturday", "the
        # summit at the X Conference Hall (XCH) in the heart of Colombo from Saturday"
        near = ctx.lower[max(opens, m.start - (20 if since else 12)) : m.start]
        if "summit" in near and not of_another_year(m, ctx):
            return m
    return None


def summit_place(ctx: Context, sent: Span, dateline: bool = True) -> list[Span]:
    """The city of the latest gathering named before ``sent`` ("the summit in X", "flew
    into X for the inauguration"), else the dateline's when ``dateline``."""
    best = []
    item = item_start(sent.start, ctx.digest_items)  # a roundup's item: its own gathering
    told = _grouping_of_summit(sent.start, sent.end, ctx)
    if told is None and sent.start > 0 and not ctx.lower[sent.start - 1].isspace():
        told = _grouping_of_summit(ctx.sentence_of(sent.start - 1)[0], sent.start, ctx)
        # "Also at the SCO summit were X. Mongolia was represented by Y": the same summit
    for g in ctx.gaz:
        if g.start >= sent.end:
            break
        if (
            g.label_ == "PLACE"
            and g.start >= max(2, item)
            and _names_a_gathering(g, ctx)
            and not topic_place(g, ctx)  # "a summit on the war in Gaza": its subject
            and not summit_of_the_past(g.start, ctx)
            and not in_origin_aside(g.start, ctx.sentence_of(g.start)[0], ctx)  # "from
            # Japan, where he attended the G7 summit in Hiroshima": a summit left behind
            and relative_aside(g.start, ctx.sentence_of(g.start), ctx) is None
            and not event_clauses.told_earlier(g.start, ctx)  # "their third meeting,
            # after talks in Bali"; not "Biden, who attended the G20 summit in Bali earlier
            # this week": what someone did elsewhere
            and not _other_grouping(g.start, ctx.sentence_of(g.start)[0], told, ctx)
            and not not_going(g.start, ctx)
            and not _ahead_of_a_filed_story(g.start, ctx)
        ):
            best = [g]
    if not best and dateline and ctx.doc._.dg_dateline:
        name = ctx.doc._.dg_dateline.place
        best = [g for g in ctx.gaz if g.label_ == "PLACE" and fold(g.text) == fold(name)][:1]
        best = best or dateline_site(ctx, sent.start)  # named only in the dateline
    return best


_AHEAD = {"upcoming", "forthcoming", "run-up", "next"}


def _ahead_of_a_filed_story(i: int, ctx: Context) -> bool:
    """Whether the town at ``i`` is that of a gathering still to come ("coordination ahead
    of the G20 summit in Seoul", "the upcoming summit in Lima") in a story filed from a
    dateline: the gathering frames none of the story's talks; its dateline does."""
    if not ctx.doc._.dg_dateline:
        return False
    words = ctx.lower[max(ctx.sentence_of(i)[0], i - 8) : i]
    return bool(_AHEAD.intersection(words)) or any(
        words[k : k + 2] == ["ahead", "of"] for k in range(len(words) - 1)
    )


def not_going(i: int, ctx: Context) -> bool:
    """Whether the town at ``i`` is where someone will not or did not go ("will not travel
    on to Glasgow for the climate conference", "skipped the summit in London"): not the
    gathering the story is at."""
    lo = ctx.sentence_of(i)[0]
    return bool(_NOT_GOING.intersection(ctx.lower[max(lo, i - 6) : i]))


_NOT_GOING = {"not", "n't", "never", "skipped", "skips", "skip", "skipping", "missed", "misses"}
_NOT_GOING |= {"boycotted", "boycotts", "boycott", "boycotting", "shunned", "shuns", "snubbed"}


def _grouping_of_summit(lo: int, hi: int, ctx: Context) -> str | None:
    """The organisation whose summit the words ``lo:hi`` name ("the SCO summit", "the
    summit of the African Union"), if they name one."""
    for g in ctx.gaz_in(lo, hi, ("ORG",)):
        after = ctx.lower[g.end : min(hi, g.end + 3)]
        before = ctx.lower[max(lo, g.start - 4) : g.start]
        if before[-1:] == ["the"]:
            before = before[:-1]  # "the summit of the BRIC countries"
        if SUMMIT_WORDS.intersection(after) or before[-1:] == ["of"] and (
            SUMMIT_WORDS.intersection(before)
        ):
            return g.kb_id_ or g.text
    return _compound_grouping(lo, hi, ctx)


def _compound_grouping(lo: int, hi: int, ctx: Context) -> str | None:
    """The grouping a hyphened compound before a summit word names ("the ASEAN-US
    summit", "the India-Asean summit", "the EU-Africa summit"): its first part that is
    an organisation."""
    for k in range(lo, hi):
        word = ctx.doc[k].text
        if "-" not in word or not SUMMIT_WORDS.intersection(ctx.lower[k + 1 : min(hi, k + 4)]):
            continue
        orgs = [ctx.lex.orgs[p] for p in word.split("-") if p[:1].isupper() and p in ctx.lex.orgs]
        if orgs:
            return orgs[0]
    return None


def _other_grouping(i: int, lo: int, told: str | None, ctx: Context) -> bool:
    """Whether the town at ``i`` is that of another grouping's summit than the one
    ``told`` ("ahead of the NAM summit in Sharm el-Sheikh next month ... Also at the SCO
    summit were X": not Sharm el-Sheikh)."""
    if told is None:
        return False
    own = _grouping_of_summit(max(lo, i - 8), i, ctx)
    return own is not None and own != told


def _names_a_gathering(g: Span, ctx: Context) -> bool:
    """Whether the town ``g`` is told as a gathering's: "the summit in X", "leaders gathered
    in X", "the summit held at the Parliament in Mt Hampden, outside Harare" (the town the
    gazetteer knows), "flew into Accra for the inauguration"."""
    before = ctx.lower[g.start - 1]
    if before in ("in", "outside", "near", "at") and (
        gathering_before(g.start, ctx) or before != "in" and gathering_in_clause(g.start, ctx)
    ):
        return True
    if before == "on" and ctx.lower[g.start - 2] in _CONVERGED:
        return True  # "leaders converged on Addis Ababa"
    if before == "the" and ctx.lower[g.end : g.end + 1] and ctx.lower[g.end] in _NAMED_BY_TOWN:
        return True  # "hours after the Auckland summit had opened"
    return before in ("in", "to", "into") and _for_gathering(g.end, ctx)


# gatherings English names by their town: "the Auckland summit", "the Geneva conference"
_NAMED_BY_TOWN = {"summit", "conference", "forum", "ceremony", "inauguration", "funeral"}


def gathering_before(i: int, ctx: Context) -> bool:
    """Whether the words before ``i`` speak of a gathering: "the summit in", "G20 leaders
    gathered in", "the inauguration in"."""
    words = ctx.lower[max(ctx.sentence_of(i)[0], i - 6) : i]  # not "... the summit. In Paris"
    return any(w in SUMMIT_WORDS or w in GATHERED for w in words)


def _for_gathering(i: int, ctx: Context) -> bool:
    """ "... for the summit", "... for the new president's inauguration", "... on Saturday
    for the summit" (a day between)."""
    ends = [m.end for m in ctx.dates_in(i, i + 3) if m.start <= i + 1]
    i = max(ends, default=i)  # "in Addis Ababa on Saturday for the summit"
    if ctx.lower[i : i + 2] in (["to", "attend"], ["to", "witness"]):
        # "flew to Beijing on Thursday to attend Friday's opening ceremony"
        return any(w in SUMMIT_WORDS or w in GATHERED for w in ctx.lower[i + 2 : i + 7])
    return ctx.lower[i : i + 2] == ["for", "the"] and any(
        w in SUMMIT_WORDS or w in GATHERED for w in ctx.lower[i + 2 : i + 5]
    )


def gathering_in_clause(i: int, ctx: Context) -> bool:
    """Whether a gathering is named earlier in the sentence of ``i``."""
    lo = ctx.sentence_of(i)[0]
    return any(w in SUMMIT_WORDS for w in ctx.lower[lo:i])


def summit_of_the_past(i: int, ctx: Context) -> bool:
    """Whether the sentence of the summit city at ``i`` dates it to another year ("first
    met at the G20 summit in Osaka in June 2019"): not the story's summit."""
    lo, hi = ctx.sentence_of(i)
    if "had" in ctx.lower[max(lo, i - 8) : i] and not _this_week(i, hi, ctx):
        return True  # "from Canada, where he had attended the G7 summit in Charlevoix";
        # not "had flown to Beijing on Thursday to attend Friday's ceremony": the story's
    published = ctx.doc._.dg_published
    years = [w for w in ctx.lower[max(lo, i - 6) : i] if len(w) == 4 and w.isdigit()]
    if published and years and str(published.year) not in years:
        return True  # "since the 1994 APEC summit in Bogor"
    m = nearest_date(i, lo, hi, ctx)
    return of_another_year(m, ctx) or _months_away(m, ctx)


def _months_away(m, ctx: Context) -> bool:
    """Whether the day ``m`` lies well over a month from the story's, however it is read
    ("the G7 summit in Hiroshima on May 21" in a story of September 20)."""
    published = ctx.doc._.dg_published
    values = [m.value(False), m.value(True)] if m is not None and published else []
    if not values or not all(v and len(v) == 10 for v in values):
        return False
    days = [abs((date.fromisoformat(v) - published).days) for v in values]
    return min(days) > _NEAR_DAYS


_NEAR_DAYS = 45  # a summit this close to the story's day may be the story's own


def _this_week(i: int, hi: int, ctx: Context) -> bool:
    """Whether a weekday right after the town at ``i`` dates it ("to Beijing on Thursday")."""
    return any(m.kind == "wd" and m.start <= i + 3 for m in ctx.dates_in(i, hi))


def of_another_year(m, ctx: Context) -> bool:
    """Whether the date mention ``m`` lies in another year than publication, however it is
    read ("in June 2019"; not "on July 22", which may lie ahead)."""
    published = ctx.doc._.dg_published
    values = [m.value(False), m.value(True)] if m is not None else []
    year = str(published.year) if published else ""
    return bool(year and values and all(v and not v.startswith(year) for v in values))
