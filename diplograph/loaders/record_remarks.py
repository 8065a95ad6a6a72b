"""The meetings a travel record's remarks tell, read by the extraction pipeline.

A trip record of the Office of the Historian (:mod:`.records`) ends with short remarks
("Met with Prime Minister Boris Johnson. Attended the G7 Summit."). They are written out
with the traveller as the subject of each clause (:func:`remarks_text`), run through the
pipeline with the trip's start as publication date, and the meetings and calls found
are merged into the trip's extraction, dated and placed by the trip
(:func:`read_remarks`). Reading the XML is :mod:`.records`' job; this module is the one
place where the records meet the pipeline.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .kb import fold_name
from .linking import link_people
from .model import Article, Event, Extraction, Person

__all__ = ["read_remarks", "remarks_text"]


_IRREGULAR = {"met", "led", "held", "spoke", "gave", "made", "took", "left", "saw", "went",
              "flew", "sent", "was", "were", "began", "paid", "laid", "read", "heard", "sought",
              "won", "wrote", "brought", "rode", "swore", "stood", "told", "lost", "hosted"}
_NOT_VERBS = {"united", "red", "combined", "limited", "reed", "ted", "fred", "ned", "ahmed",
              "mohammed", "muhammed", "hamed", "saeed", "sayed", "zayed"}
_TALKS = re.compile(r"^(?:(?:informal|private|bilateral|working|brief|separate|trilateral)\s+)?"
                    r"(?:meetings?|talks|discussions|conversations?|consultations?)\s+with\b",
                    re.IGNORECASE)
_AUDIENCE = re.compile(r"^(?:private\s+|an\s+)?audiences?\s+with\b", re.IGNORECASE)
_CLAUSE = re.compile(r"(?<=[.;!?])\s+(?=[\[A-Z])|(?<=;)\s+")


def remarks_text(subject: str, remarks: str) -> str:
    """The remarks with the traveller written out as the subject of each clause.

    Examples
    --------
    >>> remarks_text("President Joe Biden", "Met with Prime Minister Boris Johnson. Attended NATO.")
    'President Joe Biden met with Prime Minister Boris Johnson. President Joe Biden attended NATO.'
    >>> remarks_text("President Jimmy Carter", "State visit; met with President Navon.")
    'State visit. President Jimmy Carter met with President Navon.'
    """
    out = []
    for clause in _clauses(remarks):
        body = clause.rstrip(" .;")
        if not body:
            continue
        if _starts_with_verb(body):
            body = f"{subject} {body[0].lower()}{body[1:]}"
        elif _TALKS.match(body):
            body = f"{subject} held {body[0].lower()}{body[1:]}"
        elif _AUDIENCE.match(body):
            # A papal or royal audience is a meeting; say so in words the pipeline reads.
            body = f"{subject} met in audience with {_AUDIENCE.sub('', body, count=1).strip()}"
        out.append(body + ".")
    return " ".join(out)


def _clauses(remarks: str) -> list[str]:
    """Sentences, and clauses after a semicolon that start with a verb."""
    pieces = _CLAUSE.split(remarks.strip())
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].endswith(";") and not (_starts_with_verb(piece) or _TALKS.match(piece)):
            out[-1] = out[-1][:-1] + "; " + piece  # "...July 16; and President Lula..."
            continue
        out.append(piece)
    return [p.rstrip(";") for p in out]


def _starts_with_verb(clause: str) -> bool:
    words = clause.split()
    if not words:
        return False
    word = words[0].lower().strip(",:")
    if word == "also" and len(words) > 1:
        word = words[1].lower().strip(",:")
    if word in _IRREGULAR:
        return True
    return word.endswith("ed") and len(word) > 3 and word not in _NOT_VERBS and word.isalpha()


def read_remarks(ex: Extraction, *, extract=None) -> Extraction:
    """Add the meetings read from a trip's remarks to the trip's extraction.

    The remarks part of the record text (after the first blank line) is run
    through the extraction pipeline with the trip's start date as publication
    date. The traveller found there is the trip's traveller; meetings and
    calls with at least two participants are kept, dated to the trip's start
    when the remark gives no date, and placed in the trip's country when it
    gives no place; visits of the traveller repeat the record's own and are
    dropped. People are then linked to the knowledge base.

    ``extract`` is the pipeline's ``extract_article`` (imported when None).
    """
    header, sep, remarks = ex.article.text.partition("\n\n")
    if not sep or not remarks.strip() or not ex.events:
        return link_people(ex)
    if extract is None:
        from .pipeline import extract_article as extract
    visit = ex.events[0]
    traveller = next(p for p in ex.people if p.key == visit.visitor)
    start = date.fromisoformat(visit.date) if visit.date else ex.article.published
    read = extract(Article(url=ex.article.url, text=remarks, published=start,
                           source=ex.article.source))
    return link_people(_merge(ex, read, traveller, offset=len(header) + len(sep)))


def _merge(ex: Extraction, read: Extraction, traveller: Person, offset: int) -> Extraction:
    """The trip's extraction with the people and events of its remarks."""
    trip = ex.events[0]
    names = {fold_name(n) for n in (traveller.name, *traveller.alt_names)}
    rename = {p.key: traveller.key for p in read.people
              if p.key == traveller.key or fold_name(p.name) in names}
    people = list(ex.people)
    known = {p.key for p in people}
    for p in read.people:
        if p.key not in rename and p.key not in known:
            people.append(p)
            known.add(p.key)
    occasion = _summit(read)
    events = [replace(trip, occasion=trip.occasion or occasion), *ex.events[1:]]
    for ev in read.events:
        ev = _renamed(ev, rename)
        # The record's own visit says where the traveller went; visits read from
        # remarks ("visited troops") only repeat or misread it.
        if ev.kind not in ("meeting", "call") or len(set(ev.participants)) < 2:
            continue
        if ev.kind == "meeting":
            ev = _placed(ev, trip, read.places)
        ev = replace(ev, date=ev.date or trip.date, occasion=ev.occasion or occasion,
                     spans=[(s + offset, e + offset) for s, e in ev.spans])
        events.append(ev)
    places = {**read.places, **ex.places}
    countries = sorted(set(ex.countries) | set(read.countries))
    organisations = sorted(set(ex.organisations) | set(read.organisations))
    return replace(ex, people=people, events=events, places=places, countries=countries,
                   organisations=organisations)


def _renamed(ev: Event, rename: dict[str, str]) -> Event:
    def key(k):
        return rename.get(k, k) if k else k
    participants = list(dict.fromkeys(key(k) for k in ev.participants))
    return replace(ev, participants=participants, visitor=key(ev.visitor), host=key(ev.host))


def _placed(ev: Event, trip: Event, places: dict) -> Event:
    """A meeting of the remarks placed by the trip where the remark names no place."""
    if ev.place:
        return replace(ev, country=ev.country or places.get(ev.place) or trip.country)
    return replace(ev, place=trip.place, country=trip.country)


_GATHERING = re.compile(r"\b(summit|conference|ministerial|meetings?|session|council)\b",
                        re.IGNORECASE)


def _summit(read: Extraction) -> str | None:
    """The organisation whose gathering the trip attended, when the remarks name one only."""
    if len(read.organisations) != 1 or not _GATHERING.search(read.article.text):
        return None
    return read.organisations[0]
