"""One real event, several reports: which event nodes of different articles are one.

Event IRIs are minted from the type, the people, the date as the article gives
it and the status (:func:`~diplograph.loaders.triples.event_key`), so reports
that agree to the letter already share one node. Reports that agree but give
the date at another precision ("in July" / "on 8 July"), or a day apart,
mint two nodes. When an article is written, :class:`EventLinker` finds the
events already in the store (or earlier in the same batch) that its new
events are the same as, and gives ``owl:sameAs`` links for the shared graph.
A link depends only on the two nodes' own facts, so it stays true while both
nodes are reported and is ignored once one is not: removing an article needs
no relinking, and each node keeps exactly what its articles claimed (date,
place, evidence). Lookups and network projections read a cluster of linked
nodes as one event (:func:`clusters`, :func:`merge_details`); a cluster whose
reports give two different days or two places is *disputed*.

A link is made only when it is unambiguous: same type, same people (or
visitor), same status, no two different countries, compatible dates, and
every event the candidate is already linked to is compatible too (a report
"in July" between two meetings on 8 and 20 July links to neither).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rdflib import OWL, RDF, XSD, Literal, URIRef
from rdflib.term import Node

from ..ontology import DG
from .query import run_query
from .store import GraphStore

__all__ = [
    "Report",
    "reports_in",
    "dates_compatible",
    "same_event",
    "compatible_dates",
    "link_reports",
    "EventLinker",
    "clusters",
    "all_clusters",
    "merge_details",
]

Triple = tuple[Node, Node, Node]
EVENT_TYPES = (DG.Meeting, DG.Visit, DG.Call)
_TYPES = frozenset(EVENT_TYPES)
_FIELDS = {RDF.type: "type", DG.participant: "people", DG.visitor: "people",
           DG.date: "date", DG.status: "status", DG.country: "country"}
#: Dates bound as values in one candidate query at most.
CHUNK = 400


@dataclass(frozen=True)
class Report:
    """What one article says about one event: the facts that decide identity."""

    event: str
    type: str
    people: frozenset[str]
    date: str | None = None
    status: str | None = None
    country: str | None = None


def reports_in(triples: Iterable[Triple]) -> list[Report]:
    """The events an article's triples describe, as :class:`Report` records.

    Examples
    --------
    >>> e, a = URIRef("https://example.org/e"), URIRef("https://example.org/a")
    >>> [(r.type.rsplit("#")[-1], sorted(r.people))
    ...  for r in reports_in([(e, RDF.type, DG.Call), (e, DG.participant, a)])]
    [('Call', ['https://example.org/a'])]
    """
    facts: dict[Node, dict] = {}
    for s, p, o in triples:
        field = _FIELDS.get(p)  # one hash lookup: rdflib term comparisons are slow
        if field is None or (field == "type" and o not in _TYPES):
            continue
        f = facts.setdefault(s, {})
        if field == "people":
            f.setdefault("people", set()).add(str(o))
        else:
            f[field] = str(o)
    return [
        Report(str(e), f["type"], frozenset(f.get("people", ())), f.get("date"),
               f.get("status"), f.get("country"))
        for e, f in facts.items()
        if "type" in f and f.get("people")
    ]


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Whether two dates can be one event's: one contains the other, or days one apart.

    Examples
    --------
    >>> dates_compatible("2024-07", "2024-07-08"), dates_compatible("2024-07-08", "2024-07-09")
    (True, True)
    >>> dates_compatible("2024-07-08", "2024-07-20"), dates_compatible(None, "2024")
    (False, False)
    """
    if not a or not b:
        return False  # an undated report fits every dated one: never linked
    if a.startswith(b) or b.startswith(a):
        return True
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= 1


def same_event(a: Report, b: Report) -> bool:
    """Whether two reports describe one event (see the module's rules)."""
    return (
        a.type == b.type
        and a.people == b.people
        and (a.status or str(DG.Occurred)) == (b.status or str(DG.Occurred))
        and (a.country is None or b.country is None or a.country == b.country)
        and dates_compatible(a.date, b.date)
    )


def compatible_dates(value: str) -> list[str]:
    """Every other date a report dated ``value`` may share an event with.

    Examples
    --------
    >>> compatible_dates("2024-07-08")
    ['2024-07', '2024', '2024-07-07', '2024-07-09']
    >>> len(compatible_dates("2024-02"))  # the year and the 29 days of the month
    30
    """
    if len(value) == 10:
        day = _day(value)
        if day is None:
            return []
        near = [(day + dt.timedelta(days=k)).isoformat() for k in (-1, 1)]
        return [value[:7], value[:4], *near]
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        first = dt.date(year, month, 1)
        days = [(first + dt.timedelta(days=k)) for k in range(31)]
        return [value[:4]] + [d.isoformat() for d in days if d.month == month]
    if len(value) == 4:
        year = int(value)
        months = [f"{value}-{m:02d}" for m in range(1, 13)]
        first = dt.date(year, 1, 1)
        days = [(first + dt.timedelta(days=k)) for k in range(366)]
        return months + [d.isoformat() for d in days if d.year == year]
    return []


_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def _literal(value: str) -> Literal | None:
    """The typed literal a date is stored as (as loaders.triples.date_literal writes it)."""
    datatype = _DATE_TYPES.get(len(value))
    return Literal(value, datatype=datatype, normalize=False) if datatype else None


def _stored_reports(store: GraphStore, dates: list[str]) -> dict[str, Report]:
    """The events in ``store`` dated one of ``dates``, as reports (one per node)."""
    literals = [lit for lit in (_literal(d) for d in sorted(set(dates))) if lit is not None]
    events = sorted({
        str(e)
        for i in range(0, len(literals), CHUNK)
        for (e,) in run_query(store, "events_on_dates", date=literals[i:i + CHUNK]).rows
    })
    triples = [
        (event, p, o)
        for i in range(0, len(events), CHUNK)
        for event, p, o in run_query(store, "event_facts",
                                     event=[URIRef(e) for e in events[i:i + CHUNK]]).rows
    ]
    return {r.event: r for r in reports_in(triples)}


def _linked_dates(store: GraphStore, events: list[str]) -> dict[str, set[str]]:
    """For each of ``events``, the dates of the events it is already linked to."""
    out: dict[str, set[str]] = {}
    for i in range(0, len(events), CHUNK):
        chunk = [URIRef(e) for e in events[i:i + CHUNK]]
        for event, date in run_query(store, "linked_dates", event=chunk).rows:
            out.setdefault(str(event), set()).add(str(date))
    return out


def link_reports(store: GraphStore,
                 reports: Mapping[URIRef, list[Report]]) -> dict[URIRef, list[Triple]]:
    """``owl:sameAs`` links for the events of articles about to be written.

    ``reports`` maps each article's graph IRI to its events (:func:`reports_in`).
    Returns, per graph, the links its events bring: from each of them to the
    events already in ``store``, or of an earlier article of the batch, that
    are the same event (:func:`same_event`) and unambiguous.
    """
    dated = [r for rs in reports.values() for r in rs if r.date]
    wanted = [d for r in dated for d in compatible_dates(r.date)]
    stored = _stored_reports(store, wanted) if wanted else {}
    already = _linked_dates(store, sorted(stored)) if stored else {}
    out: dict[URIRef, list[Triple]] = {}
    earlier: list[Report] = []
    for graph, rs in reports.items():
        for r in rs:
            if not r.date:
                continue
            candidates = [c for c in (*stored.values(), *earlier)
                          if c.event != r.event and same_event(r, c)]
            if _unambiguous(r, candidates, already):
                out.setdefault(graph, []).extend(
                    (URIRef(r.event), OWL.sameAs, URIRef(c.event))
                    for c in sorted(candidates, key=lambda c: c.event))
        earlier.extend(rs)
    return out


class EventLinker:
    """:func:`link_reports` for a run of batches written to one store.

    Only events new to the store are looked at: a node already stored got its
    links when it was first written, so the thousandth report of a summit
    costs one membership test. ``links`` returns the links of a batch by the
    article that brought them, to write with it in the shared graph.
    """

    def __init__(self, store: GraphStore):
        self.store = store
        self.known: set[str] = set()

    def links(self, reports: Mapping[URIRef, list[Report]]) -> dict[URIRef, list[Triple]]:
        todo = {r.event for rs in reports.values() for r in rs} - self.known
        present = _present(self.store, sorted(todo))
        new = {g: [r for r in rs if r.event in todo and r.event not in present]
               for g, rs in reports.items()}
        self.known |= todo
        return link_reports(self.store, new)


def _present(store: GraphStore, events: list[str]) -> set[str]:
    """Which of ``events`` the store already holds."""
    return {
        str(e)
        for i in range(0, len(events), CHUNK)
        for (e,) in run_query(store, "events_present",
                              event=[URIRef(x) for x in events[i:i + CHUNK]]).rows
    }


def _unambiguous(r: Report, candidates: list[Report], already: dict[str, set[str]]) -> bool:
    """Whether linking ``r`` to all ``candidates`` joins only compatible reports."""
    if not candidates:
        return False
    dates = [c.date for c in candidates] + [d for c in candidates for d in already.get(c.event, ())]
    return all(dates_compatible(r.date, d) for d in dates) and all(
        dates_compatible(a, b) for i, a in enumerate(dates) for b in dates[i + 1:])


def clusters(store: GraphStore, events: Iterable) -> dict[str, str]:
    """Each of ``events`` (IRIs) -> the representative of its cluster of linked events.

    The representative is the smallest IRI of the cluster among ``events``;
    events linked to none map to themselves.
    """
    events = sorted({str(e) for e in events})
    links = [
        row
        for i in range(0, len(events), CHUNK)
        for row in run_query(store, "same_events",
                             event=[URIRef(e) for e in events[i:i + CHUNK]]).rows
    ]
    return _group(events, links)


def all_clusters(store: GraphStore, events: Iterable) -> dict[str, str]:
    """:func:`clusters` for a whole network: every link read in one query."""
    return _group(sorted({str(e) for e in events}), run_query(store, "event_links").rows)


def _group(events: list[str], links: Iterable) -> dict[str, str]:
    """Union-find over ``links`` (pairs of IRIs) restricted to ``events``."""
    parent = {e: e for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        a, b = str(a), str(b)
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {e: find(e) for e in events}


def merge_details(details: Mapping[URIRef, dict], groups: Mapping[str, str]) -> dict:
    """Event details (:func:`~diplograph.graph.lookup.event_details`) merged per cluster.

    Sets are joined, people maps are joined, and the merged entry records the
    member events under ``"members"``; keys are the representatives' IRIs.
    """
    merged: dict[URIRef, dict] = {}
    for event, d in details.items():
        rep = URIRef(groups.get(str(event), str(event)))
        into = merged.setdefault(rep, {"members": set()})
        into["members"].add(str(event))
        for field, value in d.items():
            if isinstance(value, dict):
                into.setdefault(field, {}).update(value)
            elif isinstance(value, set):
                into.setdefault(field, set()).update(value)
            else:
                into.setdefault(field, value)
    return merged
