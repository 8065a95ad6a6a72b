"""The arguments of an event trigger: its clause, people, date, place and status.

Pure helpers over a :class:`Context` (one per Doc) that the event reader
(:mod:`.events`) calls for every trigger. Clauses are split at ";" and at
", where"-like openers so that "Modi arrived in Ukraine from Warsaw, where on
Thursday he held talks with Tusk" gives the talks Warsaw and Thursday.
"""

from __future__ import annotations

import bisect
import datetime as dt

from spacy.tokens import Doc, Span

from ..model import Event, Person
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
_NOT_DESTINATION = {"from", "of", "since", "leaving", "left"}
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
            if m.kind in ("mdy", "dmy", "iso") and usable_date(m, self):
                if "summit" in self.lower[max(0, m.start - 8) : m.start]:
                    return m
        return None

    def summit_place(self, sent: Span) -> list[Span]:
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
        if not best and self.doc._.dg_dateline:
            name = self.doc._.dg_dateline[0]
            best = [g for g in self.gaz if g.label_ == "PLACE" and fold(g.text) == fold(name)][:1]
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


FRONTED = {"after", "before", "following", "during", "ahead"}


def clauses(sent: Span, ctx: Context) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence, split at ";" and ", where"-like openers."""
    cuts = [sent.start]
    parenthetical = ctx.lower[sent.start] in FRONTED  # "After his visit to Russia, Modi will ..."
    for i in range(sent.start + 1, sent.end - 1):
        word = ctx.lower[i]
        if word in (";", "—", "–") or (word == "," and ctx.lower[i + 1] in _CLAUSE_OPENERS):
            cuts.append(i + 1)
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
            or (before and before[-1] in ("said", "says", "told"))
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


def nearest_date(t: int, lo: int, hi: int, ctx: Context):
    """The usable date expression in [lo, hi) nearest the trigger ``t`` (after it preferred)."""
    best = None
    for m in ctx.dates_in(lo, hi):
        if usable_date(m, ctx):
            dist = abs(m.start - t) + (0 if m.start > t else 2)
            if best is None or dist < best[0]:
                best = (dist, m)
    return best[1] if best else None


def pick_date(t: int, rng: tuple[int, int], sent: Span, ctx: Context, ahead: bool) -> str | None:
    """The date of an event: nearest in its clause, then in the clauses before it, then
    after it; then the last date earlier in the paragraph; then the story's lead date."""
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
        earlier = [
            d for d in ctx.dates if para < d.start_char < sent.start_char and usable_date(d, ctx)
        ]
        m = earlier[-1] if earlier else None
    if m is None:
        return ctx.lead_date(ahead)
    return m.value(ahead)


def places(rng: tuple[int, int], t: int, ctx: Context, after_only: bool) -> list[Span]:
    """Places and countries in a clause that can be where the event happened."""
    out = []
    for g in ctx.gaz_in(rng[0], rng[1], ("PLACE", "COUNTRY", "CAPITAL", "SEAT")):
        if after_only and g.start < t:
            continue
        prev = ctx.lower[g.start - 1] if g.start > 0 else ""
        if prev in _NOT_DESTINATION or (
            g.label_ == "SEAT" and prev not in ("at", "in", "to", "the")
        ):
            continue
        if g.end < len(ctx.doc) and tokens_of(ctx.doc)[g.end].text in ("'s", "’s"):
            continue  # "Russia's" is an actor, not a place
        if g.end < len(ctx.doc) and (ctx.label[g.end] == "TITLE" or ctx.person_at(g.end)):
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
    country = next((g.kb_id_ for g in spans if g.label_ == "COUNTRY"), None)
    return None, country


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


def status_of(t: int, t_end: int, rng: tuple[int, int], ctx: Context) -> str | None:
    """The status of the event a trigger names (see :func:`.status.classify`)."""
    # words of names are not cues: "since Theresa May visited" is no "may visit"
    before = [w for i, w in enumerate(ctx.lower[rng[0] : t], rng[0]) if i not in ctx.name_tokens]
    after = [
        w
        for i, w in enumerate(ctx.lower[t_end : min(rng[1], t_end + 8)], t_end)
        if i not in ctx.name_tokens
    ]
    status = classify(before, after, ctx.lower[t:t_end])
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
