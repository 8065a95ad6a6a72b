"""The arguments of an event trigger: its clause, people, date, place and status.

Pure helpers over a :class:`Context` (one per Doc) that the event reader
(:mod:`.events`) calls for every trigger. Clauses are split at ";" and at
", where"-like openers so that "Modi arrived in Ukraine from Warsaw, where on
Thursday he held talks with Tusk" gives the talks Warsaw and Thursday. Dates live in
:mod:`.event_dates`, places in :mod:`.event_places`, status in :mod:`.event_status`;
clause splitting in :mod:`.event_clauses`; this module re-exports them. Where the
triggers are is read in :mod:`.event_triggers`.
"""

from __future__ import annotations

import bisect
import datetime as dt

from spacy.tokens import Doc, Span

from ..model import Event, Person
from .attributive_names import TRAVELLED, a_place_there, attributive
from .coref_state import sentence_index, set_aside
from .digest_items import digest_item_starts
from .event_clauses import CLAUSE_OPENERS, FRONTED, clauses, ordered_arrival, relative_aside
from .event_triggers import triggers
from .lexicon import Lexicon
from .sentences import sentence_spans
from .story_days import day_told_done
from .tokenizer import gazetteer_spans, lowers_of, people_spans, text_of, texts_of, tokens_of
from .trigger_phrases import TIME_NOUNS

__all__ = [
    "TIME_NOUNS",
    "make_event",
    "Context",
    "clauses",
    "relative_aside",
    "ordered_arrival",
    "CLAUSE_OPENERS",
    "FRONTED",
    "bystanders",
    "country_of",
    "home_of",
    "diplomatic",
    "usable_date",
    "nearest_date",
    "pick_date",
    "called_off_date",
    "places",
    "location",
    "where_place",
    "here",
    "Here",
    "dateline_site",
    "again_dates",
    "promised_again",
    "occasion",
    "status_of",
    "SUMMIT_WORDS",
    "LOCATIVE",
]


# trigger words that name a journey rather than make one ("during his visit to X")
_JOURNEY_NOUNS = {"trip", "trips", "tour", "tours", "stay", "journey", "arrival", "stopover",
                  "departure", "visits"}
NOUN_MARKERS = {"a", "an", "the", "his", "her", "their", "its", "this", "that", "state",
                "official", "working", "first", "maiden", "whose", "our", "my", "your"}


class Context:
    """Per-Doc lookups: mentions by sentence, resolved people, gazetteer labels."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self._sent_bounds: list[tuple[int, int]] | None = None  # filled by sentence_of
        self._sent_starts: list[int] = []
        self.people: dict[str, Person] = doc._.dg_people or {}
        self.published = doc._.dg_published  # once: each ``doc._`` makes an Underscore
        toks, sent_of = tokens_of(doc), sentence_index(doc)
        places = {(g.start, g.end) for g in gazetteer_spans(doc) if g.label_ in TRAVELLED}
        self.persons = sorted(  # not "Besides Modi, he met ...": set aside from the clause
            (s.start, s.end, s.kb_id_)
            for s in people_spans(doc)
            if not set_aside(toks, s.start, sent_of[s.start])
            and not attributive(toks, s.end)
            and not a_place_there(toks, s, places)
        )
        taken = {i for s, e, _ in self.persons for i in range(s, e)}
        self.person_starts = {s for s, _, _ in self.persons}
        self.person_keys = [s for s, _, _ in self.persons]
        self.name_tokens = {
            i
            for s in people_spans(doc)
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
        self.lead_dated: dict[int, str] = {}  # triggers dated only by the story's day
        self.last_visitors: list[str] = []  # who travelled in the latest visit read
        self.last_meeting: Event | None = None  # the latest meeting read
        self.last_meetings: list[Event] = []  # ... and those told with it ("met A and B
        # separately")
        self.scene: tuple | None = None  # a paragraph's opening place ("In Oslo, ...")
        self.digest_items = digest_item_starts(doc)  # a roundup's labelled items
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
        self.lower = list(lowers_of(doc))
        for i in self.name_tokens:  # "Sultan Qaboos bin Said", "Theresa May": a name's word
            if toks[i].text[:1].isupper():  # is no verb, month or trigger of the events
                self.lower[i] = toks[i].text
        self.trigger_heads = [i for i, w in enumerate(self.lower) if w in lex.triggers]
        self.label = [""] * len(doc)
        for g in gazetteer_spans(doc):
            for i in range(g.start, g.end):
                self.label[i] = g.label_
        found = list(triggers(0, len(doc), self))
        self.trigger_tokens = {t for t, _, _, _ in found}
        self.encounter_tokens = {  # "met", "will meet with", "discussed with": not "discussed"
            t  # alone
            for t, e, kind, needs in found
            if kind in ("meeting", "call")
            and (needs != "with_person" or "with" in self.lower[e : e + 4])
        }
        self.travel_tokens = {  # verbs of a journey ("flew to", "before leaving for")
            t
            for t, _, kind, needs in found
            if kind == "visit"
            and needs in ("", "departure", "on_the_way", "place_next")
            and self.lower[t] not in _JOURNEY_NOUNS
            and (t == 0 or self.lower[t - 1] not in NOUN_MARKERS)
        }

    def lead_date(self, ahead: bool, before: int | None = None) -> str | None:
        """The story's current day: the last day-precise event date within a week of
        publication, else the first such date mentioned (before character ``before``)."""
        if self.current is not None:
            return self.current
        told = self.dates if before is None else [m for m in self.dates if m.start_char < before]
        for i, m in enumerate(told[:3]):
            value = m.value(ahead)
            if not self.is_current(value):
                continue
            if getattr(m, "dateline", False):  # when the story was filed; a day the lead
                # tells done ("India and Bangladesh yesterday signed ...") is the day it
                # reports, not one ahead ("will address Congress on Saturday")
                done = [v for v in (day_told_done(d, self) for d in told[i + 1 : 3]) if v]
                if done:
                    return done[0]
            return value
        return None

    def is_current(self, value: str | None, days: int = 7) -> bool:
        published = self.published
        if not (published and value and len(value) == 10):
            return False
        return abs((dt.date.fromisoformat(value) - published).days) <= days

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
        """The (start, end) tokens of the sentence holding token ``i`` (by bisection)."""
        if self._sent_bounds is None:
            self._sent_bounds = [(sent.start, sent.end) for sent in sentence_spans(self.doc)]
            self._sent_starts = [start for start, _ in self._sent_bounds]
        n = bisect.bisect_right(self._sent_starts, i) - 1
        if n >= 0 and i < self._sent_bounds[n][1]:
            return self._sent_bounds[n]
        return i, i + 1

    def summit_date(self):
        """The date given next to a summit anywhere in the story ("the summit, which runs
        from August 22 to 24"), if any (:func:`.summit_places.summit_date`)."""
        return summit_places.summit_date(self)

    def summit_place(self, sent: Span, dateline: bool = True) -> list[Span]:
        """The city of the latest "summit in X" before ``sent``, else the dateline's."""
        return summit_places.summit_place(self, sent, dateline)

    def person_at(self, i: int) -> bool:
        return i in self.person_starts

    def leads_a_name(self, k: int) -> bool:
        """Whether token ``k`` is an office word or a form of address that can stand before
        a name ("President", "Chilean", "Mr", the stop of "Mr.")."""
        if self.label[k] in ("TITLE", "DEMONYM", "COUNTRY"):
            return True
        if self.label[k] == "ORG" and self.label[k + 1 : k + 2] in (["TITLE"], ["ORG"]):
            return True  # the institution of an office: "EU High Representative X"
        texts = texts_of(self.doc)
        honorifics = self.lex.honorific_words
        text = texts[k]
        return (
            text in honorifics
            or (text != "." and text.replace(".", "") in honorifics)  # "H.E.", "Dr."
            or (text == "." and k > 0 and texts[k - 1] in honorifics)
            or text in _OWNED_ADDRESS and texts[k + 1 : k + 2] != [] and texts[k + 1] in honorifics
        )  # "and His Majesty King X", "Her Excellency Y"

    def person_after_offices(self, i: int, end: int) -> tuple[int, int, str] | None:
        """The person named at ``i`` after any office words ("Chilean President Rosa Vidal")."""
        while i < end and self.label[i] in ("TITLE", "DEMONYM", "COUNTRY"):
            i += 1
        return next((p for p in self.persons_in(i, i + 1)), None) if i < end else None

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


# the possessive that opens a form of address ("His Majesty", "Her Excellency")
_OWNED_ADDRESS = {"His", "Her", "Their"}


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
    unknown = sum(1 for k in keys if country_of(k, ctx) is None and not kin(k, keys, ctx.people))
    return len(known) + unknown >= 2


# nouns whose "in X" names a subject of talks, not where anyone went


def make_event(
    kind, t, t_end, sent, ctx, status, date, place, country, occasion, **people
) -> Event:
    """An Event whose evidence is the trigger's sentence; one told as happening but on a
    day after publication ("is paying a visit starting from Sunday, 8 September") is ahead."""
    published = ctx.published  # (no day arithmetic on it: it may be date.max)
    if status == "occurred" and published and len(date or "") == 10 and date > str(published):
        status = "planned" if (dt.date.fromisoformat(date) - published).days > 1 else status
    ev = Event(
        kind=kind,
        status=status,
        date=date,
        place=place,
        country=country,
        occasion=occasion,
        # the sentence's text from the Doc's (Span.text joins its tokens anew each time)
        evidence=text_of(sent.doc)[sent.start_char : sent.end_char].strip(),
        spans=[(sent.start_char, sent.end_char)],
        **people,
    )
    ev.trigger = t  # token offset, used by the merge step for reading order
    ev.borrowed = date is not None and ctx.lead_dated.get(t) == date  # not its own day
    return ev


# helpers of their own modules, re-exported here (imported last: they read this module)
from . import summit_places  # noqa: E402
from .bystanders import bystanders  # noqa: E402
from .companions import kin_of_another as kin  # noqa: E402
from .event_dates import (  # noqa: E402
    again_dates,
    called_off_date,
    nearest_date,
    pick_date,
    promised_again,
)
from .event_places import (  # noqa: E402
    LOCATIVE,
    SUMMIT_WORDS,
    location,
    occasion,
    places,
    where_place,
)
from .event_status import status_of  # noqa: E402
from .here_places import Here, dateline_site, here  # noqa: E402
from .usable_dates import usable_date  # noqa: E402
