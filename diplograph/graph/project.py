"""Projections from the store to networkx graphs.

Four views of the same events, each built from what
:func:`~diplograph.graph.network_data.load_network` reads with the canned
``network_*.rq`` queries (no user text ever enters a query; filters run in Python):

- :func:`person_graph`: people, an edge per pair who met or called;
- :func:`country_graph`: countries, an edge per pair whose people met;
- :func:`event_graph`: people, countries and organisations with one edge per
  event (and per office held), what :func:`~diplograph.graph.visualize.to_html`
  draws;
- :func:`typed_graph`: the full typed graph (events as nodes) for export.

Nodes are keyed by IRI (a plain ``str``) and carry ``type`` and ``label``.

Examples
--------
>>> import tempfile
>>> from diplograph.graph.store import open_store
>>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
...     G = person_graph(store)
>>> G.number_of_nodes(), G.number_of_edges()
(0, 0)
"""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from .network_data import KINDS, NetworkData, load_network
from .store import GraphStore

__all__ = ["person_graph", "country_graph", "event_graph", "typed_graph", "exportable",
           "write_network", "NETWORK_FORMATS"]

NETWORK_FORMATS = ("graphml", "gexf")


def _span(G: nx.Graph, u: str, v: str, event: dict) -> None:
    """Add ``event`` to the weighted edge u-v (weight, first, last, kinds, events)."""
    if not G.has_edge(u, v):
        G.add_edge(u, v, weight=0, first=None, last=None, kinds=[], events=[])
    e = G.edges[u, v]
    e["weight"] += 1
    e["events"].append(event["event"])
    if event["kind"] not in e["kinds"]:
        e["kinds"] = sorted([*e["kinds"], event["kind"]])
    if event["date"]:
        e["first"] = min(filter(None, (e["first"], event["date"])))
        e["last"] = max(filter(None, (e["last"], event["date"])))


def _person_node(G: nx.Graph, data: NetworkData, iri: str) -> None:
    p = data.people.get(iri, {})
    G.add_node(iri, type="person", label=data.label(iri), title=p.get("title"),
               office_reports=p.get("office_reports"),
               country=(p.get("countries") or [None])[0])


def person_graph(store: GraphStore, *, since=None, until=None,
                 kinds: Iterable[str] = ("meeting", "call"),
                 statuses: Iterable[str] | None = ("occurred",)) -> nx.Graph:
    """People, with an edge for each pair who met (or called) at least once.

    Edges carry ``weight`` (number of events), ``first`` and ``last`` date,
    ``kinds`` and ``events`` (event IRIs); ``G.graph["events"]`` maps each
    event IRI to its details (date, place, sources ...). A visit links its
    visitor and host. Only events that occurred count, unless ``statuses``
    says otherwise (None for all).

    Examples
    --------
    >>> import tempfile
    >>> from diplograph.graph.store import open_store
    >>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
    ...     person_graph(store, since=2020, kinds=["meeting"]).graph["events"]
    {}
    """
    data = load_network(store, since=since, until=until, kinds=kinds, statuses=statuses)
    G = nx.Graph(events=data.events)
    for event in data.events.values():
        people = data.people_of(event)
        for iri in people:
            _person_node(G, data, iri)
        for u, v in combinations(people, 2):
            _span(G, u, v, event)
    return G


def country_graph(store: GraphStore, *, since=None, until=None,
                  kinds: Iterable[str] = KINDS,
                  statuses: Iterable[str] | None = ("occurred",)) -> nx.Graph:
    """Countries, with an edge weighted by the events between their people.

    A person counts for the countries of the offices they hold; a visit with
    no named host links the visitor's country to the destination.

    Examples
    --------
    >>> import tempfile
    >>> from diplograph.graph.store import open_store
    >>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
    ...     nx.density(country_graph(store))
    0
    """
    data = load_network(store, since=since, until=until, kinds=kinds, statuses=statuses)
    G = nx.Graph(events=data.events)
    by_code = {a["code"]: iri for iri, a in data.agents.items() if a["type"] == "country"}
    for event in data.events.values():
        codes = {c for p in data.people_of(event) for c in data.people.get(p, {}).get(
            "countries", ())}
        if event["kind"] == "visit" and not event["hosts"] and data.code(event["country"]):
            codes.add(data.code(event["country"]))
        nodes = sorted(by_code[c] for c in codes if c in by_code)
        for iri in nodes:
            G.add_node(iri, type="country", label=data.label(iri), code=data.code(iri))
        for u, v in combinations(nodes, 2):
            _span(G, u, v, event)
    return G


def event_graph(store: GraphStore, *, since=None, until=None, kinds: Iterable[str] = KINDS,
                statuses: Iterable[str] | None = None, country: str | None = None,
                offices: bool = True) -> nx.MultiGraph:
    """People, countries and organisations, with one edge per event per pair.

    A meeting or call links each pair of its participants, a visit its
    visitor to the host (or, with no named host, to the destination country).
    Each edge has ``kind``, ``date``, ``status``, ``place``, ``country``,
    ``occasion`` (codes), ``reports``, ``sources``, ``evidence`` and ``event``.
    With ``offices``, each person is linked (``kind="office"``) to the
    countries and organisations they serve.

    Examples
    --------
    >>> import tempfile
    >>> from diplograph.graph.store import open_store
    >>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
    ...     event_graph(store, country="IN").is_multigraph()
    True
    """
    data = load_network(store, since=since, until=until, kinds=kinds, statuses=statuses,
                        country=country)
    G = nx.MultiGraph()
    for event in data.events.values():
        attrs = {k: event[k] for k in ("kind", "date", "status", "place", "reports",
                                       "sources", "evidence", "event")}
        attrs.update(country=data.code(event["country"]), occasion=data.code(event["occasion"]))
        people = data.people_of(event)
        for iri in people:
            _person_node(G, data, iri)
        pairs = list(combinations(event["participants"], 2))
        for visitor in event["visitors"]:
            hosts = event["hosts"] or ([event["country"]] if event["country"] else [])
            pairs += [(visitor, h) for h in hosts if h != visitor]
        for u, v in pairs:
            for iri in (u, v):
                if iri not in G:
                    _agent_node(G, data, iri)
            G.add_edge(u, v, key=f"{event['event']}|{u}|{v}", **attrs)
    if offices:
        for iri in [n for n, t in G.nodes(data="type") if t == "person"]:
            for agent in data.people.get(iri, {}).get("serves", ()):
                _agent_node(G, data, agent)
                G.add_edge(iri, agent, key=f"office|{agent}", kind="office",
                           title=data.people[iri]["title"])
    return G


def _agent_node(G: nx.Graph, data: NetworkData, iri: str) -> None:
    kind = data.agents.get(iri, {}).get("type", "country")
    G.add_node(iri, type=kind, label=data.label(iri), code=data.code(iri))


def typed_graph(store: GraphStore, *, since=None, until=None, kinds: Iterable[str] = KINDS,
                statuses: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The typed graph: people, countries, organisations and events as nodes.

    Edges go from each event to its people (key ``participant``, ``visitor``
    or ``host``), country (``country``) and organisation (``occasion``), and
    from each person to what they serve (``serves``).

    Examples
    --------
    >>> import tempfile
    >>> from diplograph.graph.store import open_store
    >>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
    ...     typed_graph(store).number_of_nodes()
    0
    """
    data = load_network(store, since=since, until=until, kinds=kinds, statuses=statuses)
    G = nx.MultiDiGraph()
    for iri in data.agents:
        _agent_node(G, data, iri)
    for iri, p in data.people.items():
        _person_node(G, data, iri)
        for agent in p["serves"]:
            G.add_edge(iri, agent, key="serves", title=p["title"])
    for iri, e in data.events.items():
        G.add_node(iri, type="event", label=f"{e['kind']} {e['date'] or ''}".strip(),
                   **{k: e[k] for k in ("kind", "date", "status", "place", "reports",
                                        "sources", "evidence")})
        for role in ("participant", "visitor", "host"):
            for person in e[role + "s"]:
                G.add_edge(iri, person, key=role)
        for key in ("country", "occasion"):
            if e[key]:
                G.add_edge(iri, e[key], key=key)
    return G


def exportable(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` that GraphML and GEXF can hold: lists joined with " | ",
    empty values dropped, graph-level data removed.

    Examples
    --------
    >>> G = nx.Graph(events={})
    >>> G.add_edge("a", "b", kinds=["call", "meeting"], first=None)
    >>> exportable(G).edges["a", "b"], exportable(G).graph
    ({'kinds': 'call | meeting'}, {})
    """
    H = G.__class__()
    H.add_nodes_from((n, _flat(a)) for n, a in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from((u, v, k, _flat(a)) for u, v, k, a in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((u, v, _flat(a)) for u, v, a in G.edges(data=True))
    return H


def _flat(attrs: dict) -> dict:
    out = {}
    for k, v in attrs.items():
        if isinstance(v, (list, tuple, set)):
            v = " | ".join(map(str, v))
        if v is not None and v != "":
            out[k] = v
    return out


def write_network(G: nx.Graph, path, fmt: str = "graphml") -> None:
    """Write ``G`` as GraphML or GEXF (for Gephi), flattened by :func:`exportable`.

    Examples
    --------
    >>> import io
    >>> buf = io.BytesIO()
    >>> write_network(nx.Graph([("a", "b", {"weight": 2})]), buf, "gexf")
    >>> b"gexf" in buf.getvalue()
    True
    """
    if fmt not in NETWORK_FORMATS:
        raise ValueError(f"unknown network format {fmt!r}; one of {NETWORK_FORMATS}")
    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    writer(exportable(G), path)
