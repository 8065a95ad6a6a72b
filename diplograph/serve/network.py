"""The network around one person: their meetings, visits and calls as the pyvis page draws them.

The graph is built from the person's own events only (their details read for
those events alone), in the shape of :func:`diplograph.graph.project.event_graph`
(people and countries as nodes, one edge per event per pair) and drawn by
:func:`diplograph.graph.visualize.to_html`. The whole store's graph, which
``diplograph viz --focus`` cuts down, takes about 20 s to build at 1 M quads;
this takes milliseconds to a second for the busiest person.
"""
from __future__ import annotations

import os
import tempfile
from itertools import combinations

import networkx as nx
from rdflib import URIRef

from ..graph.lookup import event_details, one_per_event
from ..graph.query import run_query
from ..graph.store import GraphStore
from ..ontology import iri_for
from .pages import event_row
from .timelines import events_of

__all__ = ["person_network", "network_html", "network_json"]


def person_network(store: GraphStore, iri: str) -> nx.MultiGraph | None:
    """``iri``, everyone they met, visited or called, and the countries they visited."""
    roles = events_of(store, URIRef(iri))
    if not roles:
        return None
    events = [URIRef(e) for e in sorted(roles)]
    details = event_details(store, events)
    merged = one_per_event(store, {e: details.get(e, {}) for e in events})
    G = nx.MultiGraph()  # noqa: N806 (a graph is G, as in networkx)
    for event, d in merged.items():
        kind = next(roles[m][0] for m in sorted(d["members"]) if m in roles)
        row = event_row(str(event), d, kind)
        attrs = {"kind": kind, "date": row["date"], "status": row["status"] or "occurred",
                 "place": row["place"], "country": row["country"], "occasion": row["occasion"],
                 "reports": row["reports"], "sources": [s["url"] for s in row["sources"]],
                 "evidence": row["evidence"], "event": str(event)}
        for person, name in d.get("people", {}).items():
            G.add_node(person, type="person", label=name)
        pairs = list(combinations(sorted(d.get("participant", {})), 2))
        for visitor in d.get("visitor", {}):
            hosts = list(d.get("host", {})) or [_country(G, c) for c in d.get("country", ())]
            pairs += [(visitor, h) for h in hosts if h != visitor]
        for u, v in pairs:
            G.add_edge(u, v, key=f"{event}|{u}|{v}", **attrs)
    _offices(store, G, iri)
    return G


def _country(G: nx.Graph, code: str) -> str:  # noqa: N803
    node = str(iri_for("country", code))
    if node not in G:
        G.add_node(node, type="country", label=code, code=code)
    return node


def _offices(store: GraphStore, G: nx.Graph, iri: str) -> None:  # noqa: N803
    """The person's offices: a title on their node, a link to each country served."""
    for office in run_query(store, "offices", person=URIRef(iri)).dicts():
        if office.get("title") is not None:
            G.nodes[iri].setdefault("title", str(office["title"]))
        if office.get("country") is not None:
            code = str(office["country"])
            G.nodes[iri].setdefault("country", code)
            G.add_edge(iri, _country(G, code), key=f"office|{code}", kind="office",
                       title=str(office.get("title") or ""))


def network_html(store: GraphStore, iri: str) -> str | None:
    """The self-contained pyvis page of :func:`person_network` (None: no events)."""
    from ..graph.visualize import to_html

    G = person_network(store, iri)  # noqa: N806
    if G is None:
        return None
    name = G.nodes[iri].get("label", iri.rsplit("/", 1)[-1])
    fd, path = tempfile.mkstemp(suffix=".html")
    os.close(fd)
    try:
        to_html(G, path, title=f"{name}: network", note=f"{name}'s meetings, visits and calls")
        with open(path, encoding="utf-8") as f:
            return f.read()
    finally:
        os.unlink(path)


def network_json(store: GraphStore, iri: str) -> dict | None:
    """:func:`person_network` as node-link data (the ``.json`` twin of the network view)."""
    from ..graph.project import exportable

    G = person_network(store, iri)  # noqa: N806
    return None if G is None else nx.node_link_data(exportable(G), edges="links")
