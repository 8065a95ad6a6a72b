"""Story frames fill in what an event's own sentence leaves open.

A sentence often names who met or travelled but not where: the story says it elsewhere.
After merging, two frames give a place or a country to events that have none:

* the dateline: a current event with no place happened where the story was filed (a
  meeting with no country or in the dateline's country, a visit to that country);
* the host: a meeting told by a verb of hosting ("X received Y", "Y was welcomed by
  X") with no place happened in the host's country.

Trips (visits) already lend their place to the meetings held during them in
:mod:`.merge` (which trip a meeting was on: :mod:`.meeting_trips`); dated trip headings
are read in :mod:`.headings`.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from ..model import Event
from .meeting_trips import trip_of
from .sentences import sentence_spans
from .tokenizer import gazetteer_spans, lowers_of, people_spans, span_text, tokens_of

__all__ = [
    "dateline_places",
    "dateline_plans",
    "host_countries",
    "called_off_trips",
    "homes_from_returns",
    "stamp_entries",
    "entry_stamp",
    "only_cities",
    "arrived_later",
    "ends_only",
    "ended_before",
]

# a live blog's entry opens with its time: "14:40 - ...", "**19:35** - ...", "08.30 ...",
# "11.35am: ...", "6.42 p.m. BST - ...", and a travel pool's with its day too: "Tue 11:15 - "
_STAMP = re.compile(
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?,?\s)?"
    r"\**([01]?\d|2[0-3])[:.]([0-5]\d)\s*((?i:am|pm|a\.m\.|p\.m\.))?(?:\s[A-Z]{2,4})?\**"
    r"\s*(?:[-–—:]\s|\s)"
)


def entry_stamp(text: str, char: int) -> int | None:
    """The time of day (minutes) of the live blog entry holding character ``char``."""
    m = _STAMP.match(text, text.rfind("\n", 0, char) + 1)
    if m is None:
        return None
    hour, half = int(m.group(1)), (m.group(3) or "").lower()[:1]
    if half:  # "12.05am" is just after midnight, "12.30pm" just after noon
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + int(m.group(2))


def stamp_entries(text: str, events: list[Event]) -> None:
    """Mark each event told in a live blog's stamped entry with that entry's time of day
    (minutes), as ``stamp``: "14:40 - Air Force One has touched down in Doha" happened
    after "11:15 - ... met al-Sharaa", whichever the blog tells first."""
    for ev in events:
        ev.stamp = entry_stamp(text, ev.spans[0][0]) if ev.spans else None


_RETURNS = {"returned", "returns", "returning", "return"}

# the verbs of a host's part, shared by the readers of hosts, guests and welcomes
RECEIVING = {"received", "receives", "receive", "welcomed", "welcomes", "welcome"}
RECEIVING_ING = {"receiving", "welcoming"}
HOSTING = {"hosted", "hosts", "host", "hosting"}
GREETING = {"greeted", "greets", "greet"}
_HOSTING = RECEIVING | HOSTING | GREETING


def dateline_places(
    events: list[Event], dateline, published: dt.date | None, *, raw: bool = False, homes=None
) -> None:
    """A current event with no place of its own happened where the story was filed; with
    ``raw`` (before merging), not one of someone whose trip reached another city of that
    country by then ("GUANGZHOU - ... Macron arrived in Beijing on Wednesday ... Li met
    Macron on Thursday": Beijing, as merging will say). A meeting on a participant's trip
    abroad is on that trip, unless another participant is at home where the story is
    filed (``homes``: person -> stated country): "ASTANA - Xi held talks with Kazakh
    President X on Saturday" on a tour that began in Ashgabat."""
    if not dateline or dateline.ambiguous or published is None:
        return
    for ev in events:
        if ev.place is not None or ev.status != "occurred" or not _current(ev.date, published, 6):
            continue  # a plan may be anywhere (see dateline_plans)
        if raw and (_elsewhere_by_then(ev, events, dateline) or _before_arriving(ev, events)):
            continue
        trip = trip_of(ev, events) if ev.kind == "meeting" else None
        if trip is not None and _told_after(trip, ev):
            trip = None  # "JERUSALEM - ... had breakfast on Sunday with X. ... On Monday Rice
            # made a surprise visit to Beirut, ... in Rome on Wednesday": a trip the story
            # goes back to later is over; the talks are where the story was filed
        hosts = {(homes or {}).get(k) for k in ev.participants if trip and k != trip.visitor}
        if trip is not None and trip.country != dateline.country and dateline.country not in hosts:
            if ev.country in (None, trip.country):  # "PYONGYANG - ... Kim held talks with Xi"
                ev.place, ev.country = trip.place, trip.country  # on his trip to Beijing
            continue
        if ev.country == dateline.country or (ev.kind == "meeting" and ev.country is None):
            ev.place, ev.country = dateline.place, dateline.country


def _told_after(trip: Event, ev: Event) -> bool:
    """Whether ``trip`` is first told after all that tells ``ev``."""
    return bool(trip.spans and ev.spans) and min(trip.spans)[0] >= max(ev.spans)[1]


def arrived_later(visit: Event, ev: Event) -> bool:
    """Whether a live blog stamps the visit's arrival later on the day of ``ev``."""
    v, e = getattr(visit, "stamp", None), getattr(ev, "stamp", None)
    return v is not None and e is not None and visit.date == ev.date and v > e


def _before_arriving(ev: Event, events: list[Event]) -> bool:
    """Whether a live blog stamps one of the event's people arriving later that day ("14:40
    - landed in Doha" above "11:15 - met X"): the event was before, elsewhere."""
    people = set(ev.participants) | {ev.visitor}
    return any(
        v.kind == "visit" and v.visitor in people and arrived_later(v, ev) for v in events
    )


def _elsewhere_by_then(ev: Event, events: list[Event], dateline) -> bool:
    """Whether one of the event's people had arrived, by its day, in another city of the
    dateline's country."""
    people = set(ev.participants) | {ev.visitor}
    return any(
        v.kind == "visit"
        and v.visitor in people
        and v.country == dateline.country
        and v.place not in (None, dateline.place)
        and v.date is not None
        and len(v.date) == 10
        and v.date <= ev.date
        for v in events
    )


def dateline_plans(events: list[Event], dateline, published, homes=None, every=None) -> None:
    """A plan of the coming days in the dateline's country, with no place of its own, is
    in the dateline's city ("OSLO - Berg will host Warsame on Monday"), as is a planned
    meeting with no country of one of the dateline country's own people ("NAIROBI - X
    will meet Kenya's Y on Saturday"; ``homes``: stated countries, ``every``: stated or
    guessed); run once hosts have given meetings their country."""
    if not dateline or dateline.ambiguous or published is None:
        return
    homes = every or homes or {}  # a local office holder: "LONDON - X will meet the Home
    # Secretary, Y", whose country the office gave
    for ev in events:
        if ev.place is not None or ev.status != "planned" or not _current(ev.date, published, 6):
            continue
        if ev.country is None and ev.kind == "meeting" and not dateline.headline:
            if dateline.country in (homes.get(k) for k in ev.participants):
                ev.country = dateline.country
        if ev.country == dateline.country:
            ev.place = dateline.place


def _current(date: str | None, published: dt.date, days: int = 3) -> bool:
    """Whether ``date`` is a day within ``days`` of publication."""
    if not date or len(date) != 10:
        return False
    return abs((dt.date.fromisoformat(date) - published).days) <= days


def host_countries(doc: Doc, events: list[Event], people: dict, guessed: set[str]) -> None:
    """ "Kagame received Mohammed VI", "Modi was welcomed by Tobgay": a meeting with no
    place or country of its own happened in the country of the one who hosted it (as
    the article states it, not as guessed)."""
    for ev in events:
        if ev.kind != "meeting" or ev.country is not None or ev.place is not None:
            continue
        host = _host(doc, getattr(ev, "trigger", None))
        person = people.get(host) if host in ev.participants and host not in guessed else None
        if person is not None and person.country and not person.former:
            ev.country = person.country


def hosting_country(doc: Doc, t: int, visitors: list[str], people: dict, guessed) -> str | None:
    """ "X received Y, who arrived at the airport for a state visit": an arrival with no
    place named goes to the country of the one who hosts it in its sentence (as the
    article states it), if the host is not a traveller."""
    host = _host(doc, t)
    if host is None:
        return _hosting_state(doc, t)  # "Kenya will host X for a state visit"
    person = people.get(host) if host not in visitors and host not in guessed else None
    if person is None or person.former or person.organisation:
        return None
    return person.country


_AUXILIARIES = {"will", "is", "are", "was", "has", "have", "had", "to", "be", "set", "due",
                "also", "would", "shall", "again", "formally", "officially"}


def _hosting_state(doc: Doc, t: int | None) -> str | None:
    """The country named as the subject of the hosting verb of ``t``'s sentence ("Kenya
    will host X for a state visit", "Japan welcomed X on a state visit")."""
    sent = next((s for s in sentence_spans(doc) if t is not None and s.start <= t < s.end), None)
    if sent is None:
        return None
    toks = tokens_of(doc)
    verb = next((i for i in range(sent.start, sent.end) if toks[i].lower_ in _HOSTING), None)
    if verb is None or toks[verb - 1].lower_ in ("was", "were", "been", "being"):
        return None
    k = verb - 1
    while k > sent.start and toks[k].lower_ in _AUXILIARIES:
        k -= 1
    country = next(
        (g for g in gazetteer_spans(doc) if g.end == k + 1 and g.label_ == "COUNTRY"), None
    )
    if country is None or (country.start > sent.start and toks[country.start - 1].lower_ in
                           ("of", "from", "in", "and")):
        return None  # "the president of Kenya will host": a person hosts
    return country.kb_id_


def _host(doc: Doc, t: int | None) -> str | None:
    """Who hosts the event read at ``t``: at the hosting verb of its sentence, the name
    after "by" in the passive, else the last name before the verb."""
    toks = tokens_of(doc)
    if t is None or t >= len(doc):
        return None
    sent = next((s for s in sentence_spans(doc) if s.start <= t < s.end), None)
    if sent is None:
        return None
    mentions = [s for s in people_spans(doc) if sent.start <= s.start < sent.end]
    if toks[t].lower_ not in _HOSTING:  # "was welcomed by X for talks": the trigger is "talks"
        t = next((i for i in range(sent.start, sent.end) if toks[i].lower_ in _HOSTING), None)
        if t is None:
            return _called_on(toks, sent, mentions)
    if t > 0 and toks[t - 1].lower_ in ("was", "were", "been", "being", "is", "are") or (
        t + 1 < len(doc) and toks[t + 1].lower_ == "by"  # "a luncheon hosted by X"
    ):
        after_by = [
            s for s in mentions if s.start > t and "by" in [x.lower_ for x in toks[t : s.start]]
        ]
        return after_by[0].kb_id_ if after_by else None
    before = [s for s in mentions if s.end <= t]
    return before[-1].kb_id_ if before else None


_CALLING = {"call", "calls", "called", "calling"}


def _called_on(toks, sent, mentions) -> str | None:
    """The one called on ("X paid a courtesy call on Y", "X called on Y"): the host."""
    for i in range(sent.start, sent.end - 1):
        if toks[i].lower_ in _CALLING and toks[i + 1].lower_ == "on":
            after = [s for s in mentions if s.start > i + 1]
            gap = range(i + 2, after[0].start) if after else ()
            if after and all(toks[k].text[:1].isupper() for k in gap):
                return after[0].kb_id_
    return None


def only_cities(doc: Doc, events: list[Event], published: dt.date | None, lex) -> None:
    """A current event placed only in a country happened in the one city of that country
    the story names ("Modi reached Thailand on Thursday ... talks in Bangkok"), when it
    names exactly one there."""
    if published is None:
        return
    cities: dict[str, set[str]] = {}
    for g in gazetteer_spans(doc):
        surface = span_text(doc, g.start, g.end)  # Span.text makes the span's Tokens anew
        place = lex.places.get(surface) if g.label_ in ("PLACE", "CAPITAL") else None
        if place is not None and place.kind == "city":
            cities.setdefault(g.kb_id_, set()).add(surface)
    for ev in events:
        if ev.place is not None or not ev.country or ev.kind == "call":
            continue
        named = cities.get(ev.country, set())
        if len(named) == 1 and _current(ev.date, published, 6):
            ev.place = next(iter(named))


def called_off_trips(events: list[Event]) -> None:
    """ "Biden has postponed his trip to Germany ... On Friday he was due to meet Scholz":
    the plans of a called-off trip (its visitor's planned visits to that country and
    meetings there, at a compatible date) are called off with it."""
    for trip in [e for e in events if e.kind == "visit" and e.status == "cancelled"]:
        for ev in events:
            if ev.status != "planned" or not _compatible(ev.date, trip.date):
                continue
            if ev.kind == "visit" and ev.visitor == trip.visitor and ev.country == trip.country:
                ev.status = "cancelled"
            elif (
                ev.kind == "meeting"
                and trip.visitor in ev.participants
                and ev.country == trip.country
            ):
                ev.status = "cancelled"


def _compatible(a: str | None, b: str | None) -> bool:
    """Same day, or one of them vaguer (a month holding the day), or either unknown."""
    if not a or not b:
        return True
    return a[:7] == b[:7]


def homes_from_returns(doc: Doc, people: dict, guessed: set[str]) -> None:
    """ "Kim Jong Un, general secretary of the party, returned to Pyongyang on Friday", "X
    was back in Cairo": one returns home, so the sentence's subject, when the article does
    not state their country, serves the country of that city."""
    gaz = {
        s.start: s for s in gazetteer_spans(doc) if s.label_ in ("PLACE", "CAPITAL")
    }
    mentions = sorted(people_spans(doc), key=lambda m: m.start)
    lowers = lowers_of(doc)
    for sent in sentence_spans(doc):
        for i in range(sent.start, sent.end - 2):
            words = (lowers[i], lowers[i + 1])
            if not (
                words[0] in _RETURNS
                and words[1] == "to"
                or words in (("back", "in"), ("back", "to"))
            ):
                continue
            place = gaz.get(i + 2)
            subject = next((m for m in mentions if sent.start <= m.start < i), None)
            person = (
                people.get(subject.kb_id_) if subject is not None and place is not None else None
            )
            if (
                person is None
                or person.organisation
                or (person.country and person.key not in guessed)
            ):
                continue
            person.country = place.kb_id_
            guessed.discard(person.key)


def ends_only(events: list[Event]) -> None:
    """A stay dated only by the day it ended ("has wrapped up a visit to Beijing"), with
    no earlier day told for it, began on a day untold: its month (in place); one whose
    length is told began that many days before its last ("wound up a two-day visit on
    Friday": Thursday). What the story tells of such a tour's stops with no day of its
    own, borrowing the story's day (the day it ended: "returned home on Wednesday after a
    tour of A and B. In A, he held talks with X"), took place in that month too."""
    ended: dict[tuple[str, str], set[str | None]] = {}  # (traveller, last day) -> countries
    for ev in events:
        day = getattr(ev, "ended_day", None)
        if day is not None and len(day) == 10 and ev.date == day:
            days = getattr(ev, "stay_days", 0)
            began = dt.date.fromisoformat(day) - dt.timedelta(days=days - 1)
            ev.date = began.isoformat() if days else day[:7]
            if not days and ev.visitor:
                ended.setdefault((ev.visitor, day), set()).add(ev.country)
    for ev in events:
        if not getattr(ev, "borrowed", False) or ev.country is None:
            continue
        if any(ev.country in ended.get((key, ev.date), ()) for key in ev.participants):
            ev.date = ev.date[:7]


def ended_before(a: Event, b: Event) -> bool:
    """Whether one of two visits is a stay told only by the day it ended and the other's
    day falls before that end in the same month ("returned home on Wednesday after a tour
    of A and B", "he arrived in A on June 17"): one stay, not two trips."""
    for ended, other in ((a, b), (b, a)):
        day = getattr(ended, "ended_day", None)
        if (
            day is not None
            and ended.date == day
            and not getattr(ended, "stay_days", 0)
            and other.date is not None
            and len(other.date) == 10
            and other.date[:7] == day[:7]
            and other.date < day
        ):
            return True
    return False
