"""The events, people and organisations of the store, read for the networkx projections.

:func:`load_network` runs the canned ``network_*.rq`` queries (no user text ever enters
a query; the filters on dates, kinds, statuses and country run in Python) and returns
a :class:`NetworkData`: one record per event, with its roles, the people with their
offices and the organisations. :mod:`.project` builds the graphs from it;
:mod:`.timeline` reads it as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from .identity import all_clusters
from .person_identity import merge_people, person_clusters
from .query import load_query, run_query
from .store import GraphStore

__all__ = ["NetworkData", "load_network", "in_range", "KINDS", "STATUSES"]

log = logging.getLogger(__name__)


KINDS = ("meeting", "visit", "call")
STATUSES = ("occurred", "planned", "cancelled")


@dataclass
class NetworkData:
    """Events, people and agents read from a store, as plain Python data.

    ``events`` maps an event IRI to a dict (kind, date, status, place, country,
    occasion, reports, sources, evidence, participants, visitors, hosts);
    ``people`` a person IRI to name, title, countries and organisations;
    ``agents`` a country or organisation IRI to type, code and name.
    """

    events: dict[str, dict] = field(default_factory=dict)
    people: dict[str, dict] = field(default_factory=dict)
    agents: dict[str, dict] = field(default_factory=dict)

    def people_of(self, event: dict) -> list[str]:
        """Everyone in ``event``: participants, visitors and hosts, in order."""
        return list(dict.fromkeys(event["participants"] + event["visitors"] + event["hosts"]))

    def label(self, iri: str) -> str:
        """The display name of a person, country or organisation."""
        found = self.people.get(iri) or self.agents.get(iri) or {}
        return found.get("name") or found.get("code") or iri.rsplit("/", 1)[-1]

    def code(self, iri: str | None) -> str | None:
        """A country's code or an organisation's acronym."""
        return self.agents.get(iri, {}).get("code") if iri else None


def in_range(date: str | None, since: object = None, until: object = None) -> bool:
    """Whether an ISO date at any precision may fall between ``since`` and ``until``.

    Examples
    --------
    >>> in_range("2024", since=2024), in_range("2023-12-31", since="2024-01")
    (True, False)
    >>> in_range(None), in_range(None, until=2025)
    (True, False)
    """
    if since is None and until is None:
        return True
    if not date:
        return False
    lo, hi = (None if v is None else str(v) for v in (since, until))
    if lo and date[:len(lo)] < lo[:len(date)]:
        return False
    return not (hi and date[:len(hi)] > hi[:len(date)])


def load_network(store: GraphStore, *, since=None, until=None, kinds: Iterable[str] = KINDS,
                 statuses: Iterable[str] | None = None,
                 country: str | None = None) -> NetworkData:
    """Read the events of ``kinds`` (and ``statuses``) dated ``since``..``until``.

    ``country`` (alpha-2) keeps events held in that country or with someone
    serving it. Undated events are dropped when a date bound is given.
    """
    names = _names(store)
    agents = _agents(store, names)
    data = NetworkData(agents=agents, people=_people(store, agents, names))
    kinds, statuses = set(kinds), set(statuses) if statuses else None
    for r in _event_rows(store):
        kind = r["type"].rsplit("#", 1)[-1].lower()
        status = r["status"].rsplit("#", 1)[-1].lower() if r["status"] else "occurred"
        if kind in kinds and (statuses is None or status in statuses) \
                and in_range(r["date"], since, until):
            data.events[r["event"]] = {
                "event": r["event"], "kind": kind, "date": r["date"], "status": status,
                "place": names.get(r["place"]) if r["place"] else None,
                **{k: r[k] for k in _EVENT_KEYS}}
    data.events = _one_per_event(store, data.events)
    data.people, data.events = merge_people(data.people, data.events,
                                            person_clusters(store, data.people))
    if country:
        data.events = {k: e for k, e in data.events.items() if _touches(data, e, country)}
    log.debug("loaded %d events, %d people", len(data.events), len(data.people))
    return data


_ROLES = ("participant", "visitor", "host")
_EVENT_KEYS = ("country", "occasion", "reports", "sources", "evidence", "participants",
               "visitors", "hosts")
_FACTS = ("type", "date", "status", "place", "country", "occasion", "evidence",
          "reportedIn", *_ROLES)


def _event_rows(store: GraphStore) -> Iterable[dict]:
    """One dict per event: its facts as strings, roles and sources as lists.

    Where an event's reports disagree (two evidence sentences, two places), the
    smallest value stands for the field, so that the same store always gives the
    same network (SPARQL's SAMPLE may pick either, and Virtuoso does).
    """
    urls: dict[str, set[str]] = {}
    for article, url in _values(store, "network_sources"):
        urls.setdefault(article, set()).add(url)
    for iri, f in _event_facts(store).items():
        yield {"event": iri, "type": min(f["type"]),
               **{k: min(f[k]) if f[k] else None for k in _SAMPLED}, **_counted(f, urls)}


_SAMPLED = ("date", "status", "place", "country", "occasion", "evidence")


def _counted(facts: dict[str, list[str]], urls: dict[str, set[str]]) -> dict:
    """An event's report count, source URLs and people, from its facts."""
    sources = {u for a in facts["reportedIn"] for u in urls.get(a, ())}
    return {"reports": len(set(facts["reportedIn"])),
            "sources": sorted(" ".join(sources).split()),
            **{f"{role}s": list(dict.fromkeys(facts[role])) for role in _ROLES}}


def _event_facts(store: GraphStore) -> dict[str, dict[str, list[str]]]:
    """The facts of each event (:file:`network_event_facts.rq`), by local property name."""
    events: dict[str, dict[str, list[str]]] = {}
    rows = _values(store, "network_event_facts")
    for event, p, o in rows:
        if p == _RDF_TYPE:
            events.setdefault(event, {k: [] for k in _FACTS})["type"].append(o)
    for event, p, o in rows:
        facts = events.get(event)
        if facts is not None and p != _RDF_TYPE:
            facts[p.rsplit("#", 1)[-1]].append(o)
    return events


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _values(store: GraphStore, name: str) -> list[tuple[str | None, ...]]:
    """The rows of the canned query ``name`` as plain strings (IRIs, lexical forms)."""
    return store.select_strings(load_query(name))


def _one_per_event(store: GraphStore, events: dict[str, dict]) -> dict[str, dict]:
    """Events whose reports are linked (:mod:`~diplograph.graph.identity`) merged into
    one: sources joined and counted once, the most precise date kept."""
    groups = all_clusters(store, events) if events else {}
    out: dict[str, dict] = {}
    for iri in sorted(events):
        e, rep = events[iri], groups.get(iri, iri)
        into = out.get(rep)
        if into is None:
            out[rep] = {**e, "event": rep, "sources": list(e["sources"])}
            continue
        into["sources"] = sorted(set(into["sources"]) | set(e["sources"]))
        into["reports"] = len(into["sources"])
        if e["date"] and (not into["date"] or len(e["date"]) > len(into["date"])):
            into["date"] = e["date"]
        for key in ("place", "country", "occasion", "evidence"):
            into[key] = into[key] or e[key]
        for key in ("participants", "visitors", "hosts"):
            into[key] = list(dict.fromkeys(into[key] + e[key]))
    return out


def _touches(data: NetworkData, event: dict, code: str) -> bool:
    code = code.upper()
    if data.code(event["country"]) == code:
        return True
    return any(code in data.people.get(p, {}).get("countries", ()) for p in data.people_of(event))


def _s(term) -> str | None:
    return None if term is None else str(term)


def _names(store: GraphStore) -> dict[str, str]:
    """The longest name of every named thing."""
    names: dict[str, str] = {}
    for thing, name in run_query(store, "network_names").rows:
        if len(str(name)) > len(names.get(str(thing), "")):
            names[str(thing)] = str(name)
    return names


def _agents(store: GraphStore, names: dict[str, str]) -> dict[str, dict]:
    return {str(r["agent"]): {"type": str(r["type"]).rsplit("#", 1)[-1].lower(),
                              "code": _s(r["code"]), "name": names.get(str(r["agent"]))}
            for r in run_query(store, "network_agents").dicts()}


def _people(store: GraphStore, agents: dict[str, dict], names: dict[str, str]) -> dict:
    """Each person's name, title and the countries and organisations they serve.

    The title is the person's best office (:func:`~diplograph.graph.offices.best_offices`),
    with the number of articles stating it (``office_reports``); an office the
    knowledge base contradicts (disputed) gives neither title nor country.
    """
    from .offices import best_offices

    judged = best_offices(store)
    people: dict[str, dict] = {}
    for r in run_query(store, "network_people").dicts():
        p = people.setdefault(str(r["person"]), {
            "name": names.get(str(r["person"])), "title": None, "countries": [],
            "organisations": [], "serves": []})
        if _disputed(judged.get(str(r["person"])), r, agents):
            continue
        former = str(r["former"]).lower() == "true" if r["former"] is not None else False
        for key, iri in (("countries", r["country"]), ("organisations", r["organisation"])):
            code = agents.get(str(iri), {}).get("code") if iri is not None else None
            if code and not former and code not in p[key]:
                p[key].append(code)
            if iri is not None and not former and str(iri) not in p["serves"]:
                p["serves"].append(str(iri))
        if r["title"] is not None and not former:
            p["title"] = p["title"] or str(r["title"])
    for iri, offices in judged.items():
        best = offices["best"]
        if iri in people and best is not None and not best["former"]:
            people[iri]["title"] = best["title"]
            people[iri]["office_reports"] = best["reports"]
    return people


def _disputed(offices: dict | None, row: dict, agents: dict[str, dict]) -> bool:
    """Whether the office in ``row`` (of network_people.rq) is one of the person's disputed."""
    if not offices or not offices["disputed"] or row["title"] is None:
        return False
    key = (str(row["title"]), agents.get(_s(row["country"]), {}).get("code"),
           agents.get(_s(row["organisation"]), {}).get("code"),
           str(row["former"]).lower() == "true")
    return any(key == (c["title"], c["country"], c["organisation"], c["former"])
               for c in offices["disputed"])
