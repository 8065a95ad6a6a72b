"""The arguments of an event trigger: its clause, people, date, place and status.

Pure helpers over a :class:`Context` (one per Doc) that the event reader
(:mod:`.events`) calls for every trigger. Clauses are split at ";" and at
", where"-like openers so that "Modi arrived in Ukraine from Warsaw, where on
Thursday he held talks with Tusk" gives the talks Warsaw and Thursday.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..model import Event, Person
from .dates import in_calendar
from .lexicon import Lexicon, fold
from .sentences import sentence_spans
from .status import classify
from .tokenizer import gazetteer_spans, text_of, tokens_of

__all__ = [
    "make_event",
    "Context",
    "clauses",
    "triggers",
    "bystanders",
    "country_of",
    "home_of",
    "diplomatic",
    "usable_date",
    "nearest_date",
    "pick_date",
    "places",
    "location",
    "where_place",
    "here",
    "Here",
    "dateline_site",
    "again_dates",
    "occasion",
    "status_of",
    "SUMMIT_WORDS",
    "LOCATIVE",
]

_CLAUSE_OPENERS = {
    "where",
    "when",
    "while",
    "but",
    "although",
    "though",
    "whereas",
    "after",
    "before",
    "since",
    "until",
}
_SPEAKING = {
    "said",
    "says",
    "added",
    "stressed",
    "noted",
    "announced",
    "wrote",
    "posted",
    "according",
    "told",
    "tells",
    "recalled",
    "confirmed",
    "explained",
    "warned",
    "insisted",
    "argued",
}
_EVENT_NOUNS = {"meeting", "meetings", "talks", "visit", "trip", "summit", "call", "encounter"}
_AUXILIARIES = set("is was are were will would could might may can should has have had".split())
_AHEAD = {"will", "due", "expected", "scheduled", "planned", "plans", "set"}
_DEPARTING = {
    "left",
    "leaves",
    "leaving",
    "depart",
    "departed",
    "departs",
    "headed",
    "heads",
    "bound",
    "set",
    "sets",
}
_PLACE_NOUNS = set("city town port capital island region province resort village".split())
_TOURS = {"tour", "tours", "toured", "touring"}
_NOT_DESTINATION = {"from", "of", "since", "leaving", "left", "on", "about", "over", "regarding"}
SUMMIT_WORDS = {"summit", "sidelines", "sideline", "forum", "meeting", "conference", "session"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "to"}  # "met in Oslo", not "said India"
_SPANS = {"days", "weeks", "months", "years", "hours", "shortly", "soon", "day", "week", "month"}
_REPORTING = {"said", "says", "told", "briefing", "statement", "interview", "announced", "added"}
_DATE_AWAY = {"since", "until", "till", "by", "for", "after", "than"}


class Context:
    """Per-Doc lookups: mentions by sentence, resolved people, gazetteer labels."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.people: dict[str, Person] = doc._.dg_people or {}
        self.persons = sorted((s.start, s.end, s.kb_id_) for s in doc.spans.get("dg_people", []))
        taken = {i for s, e, _ in self.persons for i in range(s, e)}
        self.person_starts = {s for s, _, _ in self.persons}
        self.person_keys = [s for s, _, _ in self.persons]
        self.name_tokens = {
            i
            for s in doc.spans.get("dg_people", [])
            if s.label_ == "NAME"
            for i in range(s.start, s.end)
        }
        self.gaz = [
            s for s in gazetteer_spans(doc) if not taken.intersection(range(s.start, s.end))
        ]
        self.gaz.sort(key=lambda g: g.start)
        self.gaz_keys = [g.start for g in self.gaz]
        self.dates = sorted(doc._.dg_dates or [], key=lambda m: m.start)
        self.date_keys = [m.start for m in self.dates]
        self.destinations: list[Span] = []  # destinations of visits found so far
        self.current_destinations: list[Span] = []  # ... of visits dated near publication
        self.current: str | None = None  # the day of the latest current event
        self.last_visitors: list[str] = []  # who travelled in the latest visit read
        counts: dict[str, int] = {}
        for _, _, key in self.persons:
            counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts, key=lambda k: -counts[k])
        # the person the story is about: clearly the most mentioned one
        self.protagonist = (
            ranked[0]
            if ranked and (len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]])
            else None
        )
        self.lower = [t.lower_ for t in tokens_of(doc)]
        self.label = [""] * len(doc)
        for g in gazetteer_spans(doc):
            for i in range(g.start, g.end):
                self.label[i] = g.label_
        self.trigger_tokens = {t for t, _, _, _ in triggers(0, len(doc), self)}

    def lead_date(self, ahead: bool) -> str | None:
        """The story's current day: the last day-precise event date within a week of
        publication, else the first such date mentioned."""
        if self.current is not None:
            return self.current
        for m in self.dates[:3]:
            value = m.value(ahead)
            if self.is_current(value):
                return value
        return None

    def is_current(self, value: str | None, days: int = 7) -> bool:
        published = self.doc._.dg_published
        return bool(
            published
            and value
            and len(value) == 10
            and abs((dt.date.fromisoformat(value) - published).days) <= days
        )

    def last_destination(self, sent: Span, anywhere: bool = False) -> list[Span]:
        """Where the latest visit of the same paragraph (or, with ``anywhere``, of the
        story so far) went, as gazetteer spans."""
        para = -1 if anywhere else text_of(self.doc).rfind("\n\n", 0, sent.start_char)
        if anywhere:  # an arrival now goes where the story's current trip went
            for g in reversed(self.current_destinations):
                if g.start_char < sent.end_char:
                    return [g]
        for g in reversed(self.destinations):
            if para < g.start_char < sent.end_char:
                return [g]
        return []

    def sentence_of(self, i: int) -> tuple[int, int]:
        for sent in sentence_spans(self.doc):
            if sent.start <= i < sent.end:
                return sent.start, sent.end
        return i, i + 1

    def summit_date(self):
        """The date given next to a summit anywhere in the story ("the summit, which runs
        from August 22 to 24"), if any."""
        for m in self.dates:
            if m.kind in ("mdy", "dmy", "iso", "wd") and usable_date(m, self):
                before = self.lower[max(0, m.start - 8) : m.start]
                if m.kind == "wd" and not _OPENS.intersection(before):
                    continue  # "the summit opens on Saturday", not "the summit ... on Friday"
                if "summit" in self.lower[max(0, m.start - 8) : m.start]:
                    return m
        return None

    def summit_place(self, sent: Span, dateline: bool = True) -> list[Span]:
        """The city of the latest "summit in X" before ``sent``, else the dateline's."""
        best = []
        for g in self.gaz:
            if g.start >= sent.end:
                break
            if (
                g.label_ == "PLACE"
                and g.start >= 2
                and self.lower[g.start - 1] == "in"
                and any(w in SUMMIT_WORDS for w in self.lower[max(0, g.start - 6) : g.start])
            ):
                best = [g]
        if not best and dateline and self.doc._.dg_dateline:
            name = self.doc._.dg_dateline.place
            best = [g for g in self.gaz if g.label_ == "PLACE" and fold(g.text) == fold(name)][:1]
            best = best or dateline_site(self, sent.start)  # named only in the dateline
        return best

    def person_at(self, i: int) -> bool:
        return i in self.person_starts

    def persons_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Person mentions starting in [start, end), by binary search (long texts stay linear)."""
        lo = bisect.bisect_left(self.person_keys, start)
        hi = bisect.bisect_left(self.person_keys, end, lo)
        return self.persons[lo:hi]

    def gaz_in(self, start: int, end: int, labels: tuple[str, ...]) -> list[Span]:
        lo = bisect.bisect_left(self.gaz_keys, start)
        hi = bisect.bisect_left(self.gaz_keys, end, lo)
        return [g for g in self.gaz[lo:hi] if g.label_ in labels]

    def dates_in(self, start: int, end: int) -> list:
        lo = bisect.bisect_left(self.date_keys, start)
        hi = bisect.bisect_left(self.date_keys, end, lo)
        return self.dates[lo:hi]


_COUNTS = {"three", "four", "five", "six", "seven", "several", "many", "multiple", "3", "4", "5"}
_ACTOR_VERBS = {"will", "would", "has", "had", "said", "says", "did", "does", "could", "should"}
_PRESENT_TRAVEL = {"travels", "flies", "heads", "goes", "leaves", "moves", "arrives", "visits"}
FRONTED = {"after", "before", "following", "during", "ahead"}


def clauses(sent: Span, ctx: Context) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence, split at ";" and ", where"-like openers."""
    cuts = [sent.start]
    parenthetical = ctx.lower[sent.start] in FRONTED  # "After his visit to Russia, Modi will ..."
    for i in range(sent.start + 1, sent.end - 1):
        word = ctx.lower[i]
        if word in (";", "—", "–") or (word == "," and ctx.lower[i + 1] in _CLAUSE_OPENERS):
            cuts.append(i + 1)
        elif (
            word == ","
            and ctx.lower[i + 1] == "and"
            and _named_subject(
                i + 3 if i + 2 < sent.end and ctx.lower[i + 2] == "that" else i + 2, sent.end, ctx
            )
        ):
            cuts.append(i + 1)  # "X is skipping the summit, and Premier Li will lead ...": a
            # clause with its own subject keeps its own negation and tense
        elif word in ("since", "after", "before", "when") and ctx.person_at(i + 1):
            cuts.append(i)  # "... since Theresa May visited Beijing": a clause of its own
            parenthetical = True
        elif (
            word == "," and parenthetical
        ):  # "Blinken, the first ... since Pompeo in 2018, arrived"
            cuts.append(i + 1)
            parenthetical = False
    cuts.append(sent.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


_GAPPED = {"by", "with", "to", "and", "of", "in", ",", "."}


def _named_subject(i: int, end: int, ctx: Context) -> bool:
    """Whether a person's name (after any office words) opens the words at ``i``."""
    while i < end and ctx.label[i] in ("TITLE", "DEMONYM", "COUNTRY"):
        i += 1
    if i >= end or not ctx.person_at(i) or not tokens_of(ctx.doc)[i].text[:1].isupper():
        return False  # "the two leaders", "he": told before, no new subject
    j = next((e for s, e, _ in ctx.persons_in(i, end) if s == i), i + 1)
    return j < end and ctx.lower[j] not in _GAPPED  # "and Putin by Lavrov": a gapped verb


def triggers(start: int, end: int, ctx: Context):
    """(token, end, kind, needs) of each trigger in a range, longest phrase first."""
    i = start
    while i < end:
        for words, kind, needs in ctx.lex.triggers.get(ctx.lower[i], ()):
            if tuple(ctx.lower[i : i + len(words)]) == words:
                yield i, i + len(words), kind, needs
                i += len(words) - 1
                break
        i += 1


def bystanders(start: int, end: int, ctx: Context) -> set[int]:
    """Mentions (by start token) of people who only report ("..., Kwatra said") or are
    named in passing ("the father of the ousted Bashar al-Assad")."""
    out = set()
    for s, e, _key in ctx.persons_in(start, end):
        if s > start and ctx.lower[s - 1] == "since":
            out.add(s)  # "the first visit since Mike Pompeo": a predecessor, not a participant
        window = [t.text for t in ctx.doc[max(start, s - 3) : s]]
        if "of" in window and all(w.islower() for w in window[window.index("of") :]):
            out.add(s)
        after = ctx.lower[e : e + 2]
        before = ctx.lower[max(start, s - 2) : s]
        if (
            (after and after[0] in _SPEAKING and after[0] != "told")
            or after[:2] in (["told", "reporters"], ["told", "journalists"], ["told", "parliament"])
            or "according" in before
            or (
                before
                and before[-1] in ("said", "says", "told")
                and ctx.lower[e : e + 1] in ([], [","], ["."], ["on"], ["in"], ["at"], [";"])
            )  # "..., said Kwatra on Friday"; not "Leavitt says Trump and Sharaa met"
        ):
            out.add(s)
    return out


def country_of(key: str, ctx: Context) -> str | None:
    """The state or organisation a person serves, where the article says it."""
    if key in ctx.doc.user_data.get("dg_guessed_country", ()):
        return None
    person = ctx.people.get(key)
    return (person.country or person.organisation) if person else None


def home_of(key: str, ctx: Context) -> str | None:
    """The country a person serves, stated or guessed."""
    person = ctx.people.get(key)
    return person.country if person else None


def diplomatic(keys: list[str], ctx: Context) -> bool:
    """At least two people from two different states or organisations (unknown = distinct)."""
    if len(keys) < 2:
        return False
    known = {country_of(k, ctx) for k in keys} - {None}
    unknown = sum(1 for k in keys if country_of(k, ctx) is None)
    return len(known) + unknown >= 2


def usable_date(m, ctx: Context) -> bool:
    """A date that can be an event's own date ("since 1991", "since the country became
    independent in 1991" or "by 2030" cannot)."""
    if getattr(m, "dateline", False) or (
        m.start_char < 80 and _DATELINE_HEAD.match(text_of(ctx.doc)[: m.start_char])
    ):
        return False  # "BRASILIA, March 25 (Agency) -": when the story was filed
    lead = ctx.lower[m.start - 1] if m.start > 0 else ""
    if "since" in ctx.lower[max(0, m.start - 7) : m.start] and (
        ctx.lower.index("since", max(0, m.start - 7)) + 1 not in ctx.name_tokens
    ):
        return False
    if _REPORTING.intersection(ctx.lower[max(0, m.start - 4) : m.start]):
        return False  # "..., Kwatra said during a press briefing Friday": when it was said
    lo = max(0, m.start - 7)
    window = ctx.lower[lo : m.start]
    for k, w in enumerate(window[:-1]):
        if w in _SPANS and window[k + 1] in ("after", "before"):
            if not ctx.trigger_tokens.intersection(range(lo + k + 2, m.start)):
                return False  # "days after the attacks of October 7": a reference point
    return lead not in _DATE_AWAY and m.text.split()[0].lower() not in _DATE_AWAY


def _in_relative_clause(m, t: int, ctx: Context) -> bool:
    """Whether a date before ``t`` lies in a ", who/which ... ," aside closed before ``t``."""
    close = next((i for i in range(m.end, t) if ctx.lower[i] == ","), None)
    if close is None:
        return False
    k = m.start - 1
    while k >= max(0, m.start - 12) and ctx.lower[k] != ",":
        if ctx.lower[k] in ("who", "which"):
            return True
        k -= 1
    return False


def nearest_date(t: int, lo: int, hi: int, ctx: Context):
    """The usable date expression in [lo, hi) nearest the trigger ``t`` (after it preferred)."""
    best = None
    for m in ctx.dates_in(lo, hi):
        if usable_date(m, ctx):
            dist = abs(m.start - t) + (0 if m.start > t else 2)
            if m.start < t and _in_relative_clause(m, t, ctx):
                dist += 30  # "Prabowo, who took office on October 20, arrived on Friday"
            if best is None or dist < best[0]:
                best = (dist, m)
    return best[1] if best else None


_DATELINE_HEAD = re.compile(r"\s*[^\W\d_a-z][^\W\d_a-z .'/-]*(?:,\s*[A-Z][A-Za-z .]*)?,\s*$")
_OPENS = set("opens open opened opening begins begin began starts start started".split())
_OPENS |= {"runs", "convenes", "convened"}
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _offset_date(rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool) -> str | None:
    """ "talks on Monday, a year after he visited China": the year (or month) that lies the
    stated distance from the date of the clause before."""
    i = rng[0]
    if ctx.lower[i] not in ("after", "before") or i - 2 < sent.start:
        return None
    count, unit = ctx.lower[i - 2], ctx.lower[i - 1].rstrip("s")
    if count not in _NUMBER_WORDS or unit not in ("year", "month"):
        return None
    if ctx.dates_in(rng[0], rng[1]):
        return None  # the clause has its own date
    m = nearest_date(i, sent.start, i, ctx)
    value = m.value(ahead) if m else None
    if not value:
        return None
    n = _NUMBER_WORDS[count] * (-1 if ctx.lower[i] == "after" else 1)
    if unit == "year":
        return in_calendar(f"{int(value[:4]) + n:04d}")
    if len(value) < 7:
        return None
    index = int(value[:4]) * 12 + int(value[5:7]) - 1 + n
    return in_calendar(f"{index // 12:04d}-{index % 12 + 1:02d}")


_DAY_PARTS = {"evening", "day", "night", "afternoon", "morning"}


def _anaphoric_day(t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool):
    """ "flew on to Singapore that evening", "the next day": the day told just before."""
    words = ctx.lower[t : min(rng[1], t + 8)]
    shift = None
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w == "that" and nxt in _DAY_PARTS or w == "same" and nxt == "day":
            shift = 0
        elif w in ("next", "following") and nxt == "day":
            shift = 1
        if shift is not None:
            if ctx.dates_in(t, t + i):
                return None  # a date of its own comes first
            break
    if shift is None:
        return None
    para = text_of(ctx.doc).rfind("\n\n", 0, sent.start_char)
    earlier = [
        d
        for d in ctx.dates
        if para < d.start_char < ctx.doc[t].idx and usable_date(d, ctx) and d.kind != "y"
    ]
    value = earlier[-1].value(ahead) if earlier else None
    if not value or len(value) != 10:
        return None
    try:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=shift)).isoformat()
    except OverflowError:  # the day after 9999-12-31
        return None


# a sentence opening with a pronoun goes on with the one before, across a paragraph break
_CONTINUING = {"he", "she", "they", "there"}


def pick_date(
    t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool, lead: bool = True
) -> str | None:
    """The date of an event: nearest in its clause, then in the clauses before it, then
    after it; then the last date earlier in the paragraph; then the story's lead date."""
    shifted = _offset_date(rng, sent, ctx, ahead) or _anaphoric_day(t, rng, sent, ctx, ahead)
    if shifted:
        return shifted
    m = nearest_date(t, rng[0], rng[1], ctx) or nearest_date(t, sent.start, rng[0], ctx)
    if m is None:  # a later clause that continues this one ("..., including on Feb. 3")
        for lo, hi in clauses(sent, ctx):
            if (
                lo >= rng[1]
                and ctx.lower[lo] not in _CLAUSE_OPENERS
                and ctx.lower[lo] not in FRONTED
            ):
                m = nearest_date(t, lo, hi, ctx)
                if m is not None:
                    break
    if m is None:
        para = text_of(ctx.doc).rfind("\n\n", 0, sent.start_char)
        if ctx.lower[sent.start] in _CONTINUING and sent.start > 0:  # "He was greeted ..."
            previous = tokens_of(ctx.doc)[ctx.sentence_of(sent.start - 1)[0]].idx
            para = min(para, previous - 1)
        earlier = [
            d for d in ctx.dates if para < d.start_char < sent.start_char and usable_date(d, ctx)
        ]
        if earlier:  # a day told in an earlier sentence is read as that sentence reads it
            m = earlier[-1]
            lo, hi = ctx.sentence_of(m.start)
            told_ahead = bool(_AHEAD.intersection(ctx.lower[lo:hi]))
            if told_ahead or not ahead:
                return m.value(told_ahead)
            m = None  # a plan does not take the day of what already happened
    if m is None:  # a called-off plan was not for the day the story reports it
        return ctx.lead_date(ahead) if lead else None
    return m.value(ahead)


def again_dates(lo: int, hi: int, ctx: Context, ahead: bool) -> list[str]:
    """ "came in March 2023 and again in September 2024": each date of a repeated
    event, when every date after the first follows "again" (else none)."""
    found = [m for m in ctx.dates_in(lo, hi) if usable_date(m, ctx)]
    if len(found) < 2 or not all(
        "again" in ctx.lower[max(lo, m.start - 3) : m.start] for m in found[1:]
    ):
        return []
    values = [m.value(ahead) for m in found]
    return values if all(values) else []


# nouns whose "in X" names a subject of talks, not where anyone went
_TOPIC_NOUNS = {"conflict", "conflicts", "war", "wars", "crisis", "situation", "violence"}
_TOPIC_NOUNS |= {"fighting", "tensions", "unrest", "ceasefire", "insurgency", "elections"}


def _topic(g: Span, ctx: Context) -> bool:
    """ "the war in Gaza", "the conflicts in Burundi, Liberia and Somalia": a place that a
    topic noun governs (through a list of places)."""
    k = g.start - 1
    while k > 0 and (ctx.lower[k] in (",", "and") or ctx.label[k] in ("COUNTRY", "PLACE")):
        k -= 1
    return ctx.lower[k] in ("in", "over", "on") and ctx.lower[k - 1] in _TOPIC_NOUNS


def places(rng: tuple[int, int], t: int, ctx: Context, after_only: bool) -> list[Span]:
    """Places and countries in a clause that can be where the event happened."""
    out = []
    for g in ctx.gaz_in(rng[0], rng[1], ("PLACE", "COUNTRY", "CAPITAL", "SEAT")):
        if after_only and g.start < t:
            continue
        if _topic(g, ctx):
            continue  # "discussions on the conflicts in Burundi": what was talked about
        prev = ctx.lower[g.start - 1] if g.start > 0 else ""
        if prev == "the" and g.start > 1 and ctx.lower[g.start - 2] in _NOT_DESTINATION:
            continue  # "flew in from the United Arab Emirates"
        if prev == "of" and ctx.lower[g.start - 2] in _TOURS | _PLACE_NOUNS:
            pass  # "a tour of Norway", "the port of Vladivostok": where he goes
        elif prev in _NOT_DESTINATION or (
            g.label_ == "SEAT" and prev not in ("at", "in", "to", "the")
        ):
            continue
        if g.end < len(ctx.doc) and tokens_of(ctx.doc)[g.end].text in ("'s", "’s"):
            continue  # "Russia's" is an actor, not a place
        if prev == "for" and g.label_ == "COUNTRY" and ctx.lower[g.start - 2] not in _DEPARTING:
            continue  # "to make the case for Ukraine"; but "left for India"
        if (
            g.end < len(ctx.doc)
            and ctx.lower[g.end] in _ACTOR_VERBS
            and prev not in LOCATIVE
            and prev not in ("on", "for", "into", "via")
        ):
            continue  # "a trip that New Delhi will watch": the government, not a place
        if g.end < len(ctx.doc) and (
            ctx.label[g.end] == "TITLE"
            or ctx.person_at(g.end)
            and tokens_of(ctx.doc)[g.end].text[:1].isupper()
        ):  # but "In Warsaw he will meet ...": a pronoun after a place
            continue  # "US President Joe Biden": a country word qualifying an office
        out.append(g)
    return out


def location(
    spans: list[Span], lex: Lexicon, t: int | None = None
) -> tuple[str | None, str | None]:
    """(place, country): the city nearest the trigger ``t`` (a capital or a seat gives its
    city), else the first country named."""
    if t is not None:
        spans = sorted(spans, key=lambda g: (g.start < t, abs(g.start - t)))
    cities = [
        g
        for g in spans
        if g.label_ != "PLACE"
        or lex.places.get(g.text) is None
        or lex.places[g.text].kind == "city"
    ]
    spans = cities + [g for g in spans if g not in cities]  # a region only when no city is named
    for g in spans:
        if g.label_ == "PLACE":
            return g.text, g.kb_id_
        if g.label_ == "CAPITAL" and g.kb_id_ in lex.capitals:
            return lex.capitals[g.kb_id_], g.kb_id_
        if g.label_ == "SEAT" and t is not None:  # "met Biden at the White House"
            return lex.seats[g.text][1], g.kb_id_
    for g in spans:
        if g.label_ == "SEAT":
            return lex.seats[g.text][1], g.kb_id_
    first = next((g for g in spans if g.label_ == "COUNTRY"), None)
    if first is not None and lex.capitals.get(first.kb_id_) == first.text:
        return first.text, first.kb_id_  # a city-state: "Singapore" is the city too
    return None, first.kb_id_ if first is not None else None


@dataclass(frozen=True)
class Here:
    """The dateline's city standing for "here" ("held talks here on Thursday"): shaped
    like a gazetteer PLACE span so that :func:`location` reads it as one."""

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


def where_place(rng: tuple[int, int], ctx: Context) -> list[Span]:
    """ "..., Warsaw, where he met Tusk": the place just before a where-clause."""
    i = rng[0]
    if ctx.lower[i] == "where" and i >= 2 and ctx.lower[i - 1] == ",":
        return [g for g in ctx.gaz if g.end == i - 1 and g.label_ in ("PLACE", "CAPITAL")]
    return []


def occasion(sent: Span, ctx: Context) -> str | None:
    if not any(w in SUMMIT_WORDS for w in ctx.lower[sent.start : sent.end]):
        return None
    orgs = ctx.gaz_in(sent.start, sent.end, ("ORG",))
    return orgs[0].kb_id_ if orgs else None


def _subject_aside(lo: int, t: int, ctx: Context) -> range:
    """ "Sheinbaum, invited as a guest of the host, still took part": the aside between a
    clause's named subject and its verb, whose words tell of something else."""
    first = next((p for p in ctx.persons_in(lo, t) if p[0] <= lo + 4), None)
    if first is None or ctx.lower[first[1] : first[1] + 1] != [","]:
        return range(0)
    close = max((i for i in range(first[1] + 1, t) if ctx.lower[i] == ","), default=None)
    if close is None or close - first[1] < 3:
        return range(0)
    return range(first[1], close + 1)


def _unclitic(word: str) -> str:
    """ "he'll" -> "will": the auxiliary a contraction hides (the tokenizer keeps "he'll"
    one word; "they'd" may be "had" or "would" and stays as it is)."""
    if word.endswith(("'ll", "’ll")):
        return "will"
    return word


def _told_for_today_or_later(rng: tuple[int, int], ctx: Context) -> bool:
    """Whether the clause dates itself on or after publication ("this morning", "today",
    "on April 1" ahead)."""
    published = ctx.doc._.dg_published
    if published is None:
        return False
    for m in ctx.dates_in(rng[0], rng[1]):
        if m.past != m.future:  # "on Thursday", "on July 9": the present tense reads ahead
            return True
        if m.past and len(m.past) == 10 and m.past >= published.isoformat():
            return True
    return False


def status_of(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """The status of the event a trigger names (see :func:`.status.classify`)."""
    # words of names are not cues: "since Theresa May visited" is no "may visit"
    aside = _subject_aside(rng[0], t, ctx)
    before = [
        _unclitic(w)
        for i, w in enumerate(ctx.lower[rng[0] : t], rng[0])
        if i not in ctx.name_tokens and i not in aside
    ]
    after = [
        _unclitic(w)
        for i, w in enumerate(ctx.lower[t_end : min(rng[1], t_end + 8)], t_end)
        if i not in ctx.name_tokens
    ]
    status = classify(before, after, ctx.lower[t:t_end])
    toks = tokens_of(ctx.doc)
    verb = next(  # lower-case only: "in May 2022" is no "may"
        (
            toks[i].text
            for i in range(t_end, min(rng[1], t_end + 8))
            if toks[i].text in _AUXILIARIES
        ),
        None,
    )
    if verb in ("could", "might", "may") and ctx.lower[t_end - 1] in _EVENT_NOUNS:
        return None  # "their next meeting (with Trump) could be in Moscow": a possibility
    tally = {"twice", "often", "repeatedly"}.intersection(after[:3]) or any(
        after[i] == "times" and after[i - 1] in _COUNTS for i in range(1, min(4, len(after)))
    )
    if (
        tally
        and "including" not in ctx.lower[t_end : ctx.sentence_of(t)[1]]
        and not ctx.dates_in(t_end, min(ctx.sentence_of(t)[1], t_end + 14))
    ):  # but "visited China twice, in 2004 and 2009": two dated visits
        return None  # "the only country Modi visited twice": a tally, not one event
    if (
        status == "occurred"
        and ctx.lower[t] in _PRESENT_TRAVEL
        and (
            {"later", "tomorrow", "next", "tonight", "today"}.intersection(after)
            or _told_for_today_or_later(rng, ctx)
        )
    ):  # "Biden travels on to Poland later on Monday", "leaves Accra this morning for
        return "planned"  # Uganda": a timetable
    if (
        status == "occurred"
        and (
            ctx.lower[t] in _PRESENT_TRAVEL
            or t > 0
            and ctx.lower[t - 1] in ("is", "are")
            and ctx.lower[t].endswith("ing")
        )
        and any(m.kind == "wd" and m.past != m.future for m in ctx.dates_in(rng[0], rng[1]))
    ):  # "the summit the prime minister is hosting on Sunday"
        return "planned"  # "From Paris, Xi travels to Belgrade on Tuesday"
    if (
        t > 0
        and ctx.lower[t - 1] in ("those", "these")
        and ctx.lower[t] in ("talks", "meetings", "visits", "trips", "calls", "negotiations")
    ):
        return None  # "the collapse of those talks": an event told before
    if (
        status == "occurred"
        and t > 0
        and ctx.lower[t - 1] in ("their", "his", "her", "its")
        and after[:1] in (["is"], ["are"])
        and t_end - t == 1
    ):
        return None  # "Their meeting is significant because ...": the event told before
    if status in ("occurred", "planned"):
        # "the meeting, planned for Tuesday on the sidelines of the summit, was called off":
        # the main verb of the noun's clause, however far
        tail = ctx.lower[t_end : rng[1]]
        for i, w in enumerate(tail[:-1]):
            if w in ("was", "were", "been", "be") and classify([], tail[i + 1 : i + 3], []) == (
                "cancelled"
            ):
                if not ctx.persons_in(t_end + i - 3, t_end + i):
                    return "cancelled"
                break
    if status == "occurred" and ctx.lower[rng[0]] in FRONTED:
        main = ctx.lower[rng[1] : ctx.sentence_of(t)[1]]  # the fronted phrase takes its tense
        if classify(main[:3], [], []) == "planned":  # from the main clause ("Modi will travel")
            return "planned"
    if (
        status == "occurred"
        and after[:1] in (["will"], ["would"])
        and not ctx.persons_in(rng[0], t)
    ):
        return "planned"  # "The meeting will provide an opportunity ..."
    return status


def make_event(
    kind, t, t_end, sent, ctx, status, date, place, country, occasion, **people
) -> Event:
    """An Event whose evidence is the trigger's sentence."""
    ev = Event(
        kind=kind,
        status=status,
        date=date,
        place=place,
        country=country,
        occasion=occasion,
        evidence=sent.text.strip(),
        spans=[(sent.start_char, sent.end_char)],
        **people,
    )
    ev.trigger = t  # token offset, used by the merge step for reading order
    return ev
