"""Projections from a real on-disk Oxigraph store to networkx graphs.

:func:`network_extractions` and :func:`network_store` build the small,
fully known network the other network tests (analysis, visualize, timeline,
CLI) use too.
"""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Literal

from diplograph.graph import network_data
from diplograph.graph.identity import link_reports, reports_in
from diplograph.graph.network_data import KINDS, NetworkData, in_range, load_network
from diplograph.graph.project import (
    country_graph,
    event_graph,
    exportable,
    person_graph,
    typed_graph,
    write_network,
)
from diplograph.graph.store import open_store
from diplograph.loaders.model import Article, Event, Extraction, Person
from diplograph.loaders.triples import article_iri, extraction_to_triples
from diplograph.ontology import DG, iri_for

DATA = Path(__file__).parent.parent / "data"

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_EVIDENCE = "He said </script><script>alert(2)</script> <!-- and <b>bold</b> & more"

MODI, PUTIN, XI = "Narendra Modi", "Vladimir Putin", "Xi Jinping"
ZELENSKYY, LULA, GUTERRES = "Volodymyr Zelenskyy", "Luiz Inácio Lula da Silva", "António Guterres"


def _person(name: str, title: str, country: str | None, org: str | None = None) -> Person:
    return Person(name.lower(), name, [name.split()[-1]], title, country, org)


def network_extractions() -> list[Extraction]:
    """Two articles: 7 people, 12 events (meetings, calls, visits; all statuses)."""
    people = [_person(MODI, "Prime Minister", "IN"), _person(PUTIN, "President", "RU"),
              _person(XI, "President", "CN"), _person(ZELENSKYY, "President", "UA"),
              _person(LULA, "President", "BR"),
              _person(GUTERRES, "Secretary-General", None, "UN"),
              Person("xss", XSS_NAME, [], "Minister", "FR")]
    k = {p.name: p.key for p in people}

    def meet(a, b, when, status="occurred", place=None, country=None, evidence=None,
             kind="meeting"):
        return Event(kind, status, [k[a], k[b]], date=when, place=place, country=country,
                     evidence=evidence or f"{a} and {b}.")

    first = [
        meet(MODI, PUTIN, "2024-07-08", place="Moscow", country="RU", evidence="Modi met Putin."),
        meet(PUTIN, XI, "2024-05-16", place="Beijing", country="CN"),
        meet(MODI, ZELENSKYY, "2024-08", kind="call"),
        meet(XI, LULA, "2023"),
        Event("visit", "occurred", visitor=k[MODI], host=k[PUTIN], date="2024-07-08",
              place="Moscow", country="RU", evidence="Modi visited Moscow."),
        meet(MODI, LULA, "2025-01-10", status="planned"),
        meet(XSS_NAME, ZELENSKYY, "2024-02-01", evidence=XSS_EVIDENCE),
        meet(GUTERRES, ZELENSKYY, "2024-03-03", status="cancelled"),
        Event("visit", "occurred", visitor=k[LULA], date="2023-04-14", place="Beijing",
              country="CN", evidence="Lula arrived in Beijing."),
    ]
    second = [meet(MODI, PUTIN, "2024-10-22", place="Kazan", country="RU"),
              meet(MODI, XI, "2024-10-23", place="Kazan", country="RU")]
    second[0].occasion = second[1].occasion = "BRICS"
    out = []
    for i, events in enumerate((first, second), 1):
        art = Article(url=f"https://news.example.org/{i}", text="...", title=f"Article {i}",
                      published=date(2024, 11, i))
        out.append(Extraction(art, people=people, countries=["IN", "RU"],
                              organisations=["UN", "BRICS"], places={}, events=events))
    return out


def network_store(path: str) -> str:
    """Fill the embedded store at ``path`` with :func:`network_extractions`."""
    with open_store(path) as store:
        store.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)
                                for ex in network_extractions()})
    return path


def person(name: str) -> str:
    return str(iri_for("person", name))


@pytest.fixture(scope="module")
def net_store(tmp_path_factory):
    with open_store(network_store(str(tmp_path_factory.mktemp("net") / "store"))) as store:
        yield store


@pytest.mark.parametrize("kwargs,nodes,edges", [
    ({}, 6, 6),
    ({"statuses": None}, 7, 8),
    ({"since": 2024}, 5, 5),
    ({"since": "2024-06", "until": "2024-08"}, 3, 2),
    ({"kinds": ["visit"]}, 3, 1),
    ({"kinds": ["call"]}, 2, 1),
])
def test_project_person_graph_size(net_store, kwargs, nodes, edges):
    G = person_graph(net_store, **kwargs)
    assert (G.number_of_nodes(), G.number_of_edges()) == (nodes, edges)


@pytest.mark.parametrize("a,b,weight,first,last,kinds", [
    (MODI, PUTIN, 2, "2024-07-08", "2024-10-22", ["meeting"]),
    (MODI, ZELENSKYY, 1, "2024-08", "2024-08", ["call"]),
    (XSS_NAME, ZELENSKYY, 1, "2024-02-01", "2024-02-01", ["meeting"]),
])
def test_project_person_graph_edge(net_store, a, b, weight, first, last, kinds):
    G = person_graph(net_store)
    e = G.edges[person(a), person(b)]
    assert (e["weight"], e["first"], e["last"], e["kinds"]) == (weight, first, last, kinds)
    assert len(e["events"]) == weight and all(ev in G.graph["events"] for ev in e["events"])
    assert G.nodes[person(a)]["type"] == "person" and G.nodes[person(a)]["label"] == a


@pytest.mark.parametrize("a,b,weight", [("IN", "RU", 3), ("BR", "CN", 2), ("FR", "UA", 1)])
def test_project_country_graph(net_store, a, b, weight):
    G = country_graph(net_store)
    assert (G.number_of_nodes(), G.number_of_edges()) == (6, 6)
    assert G.edges[str(iri_for("country", a)), str(iri_for("country", b))]["weight"] == weight


@pytest.mark.parametrize("kwargs,nodes,edges", [
    ({}, 14, 18),
    ({"offices": False}, 8, 11),
    ({"country": "UA"}, 8, 7),
    ({"kinds": ["call"], "offices": False}, 2, 1),
])
def test_project_event_graph(net_store, kwargs, nodes, edges):
    G = event_graph(net_store, **kwargs)
    assert (G.number_of_nodes(), G.number_of_edges()) == (nodes, edges)
    types = {t for _, t in G.nodes(data="type")}
    assert types <= {"person", "country", "organisation"}


@pytest.mark.parametrize("kind,place,status", [("visit", "Beijing", "occurred")])
def test_project_event_graph_visit_without_host_links_country(net_store, kind, place, status):
    G = event_graph(net_store, offices=False)
    data = G.get_edge_data(person(LULA), str(iri_for("country", "CN")))
    (attrs,) = data.values()
    assert (attrs["kind"], attrs["place"], attrs["status"]) == (kind, place, status)
    assert attrs["sources"] == ["https://news.example.org/1"] and attrs["reports"] == 1


@pytest.mark.parametrize("node_type,count", [("event", 11), ("person", 7), ("country", 6),
                                             ("organisation", 2)])
def test_project_typed_graph(net_store, node_type, count):
    G = typed_graph(net_store)
    assert sum(1 for _, t in G.nodes(data="type") if t == node_type) == count
    assert G.is_directed() and G.is_multigraph()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("build", [typed_graph, person_graph, country_graph, event_graph])
def test_project_write_network_round_trips(net_store, tmp_path, fmt, build):
    G = build(net_store)
    path = tmp_path / f"g.{fmt}"
    write_network(G, path, fmt)
    H = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(),
                                                         G.number_of_edges())


@pytest.mark.parametrize("attrs,expected", [({"a": [1, 2], "b": None, "c": ""}, {"a": "1 | 2"})])
def test_project_exportable_flattens(attrs, expected):
    G = nx.Graph()
    G.add_node("n", **attrs)
    assert exportable(G).nodes["n"] == expected


@pytest.mark.parametrize("value,since,until,expected", [
    ("2024-07-08", "2024", None, True), ("2024", "2024-06", None, True),
    ("2024-05-31", "2024-06", None, False), ("2023-12", None, "2023", True),
    ("2024-01", None, "2023", False), (None, None, None, True), (None, 2020, None, False),
])
def test_project_in_range(value, since, until, expected):
    assert in_range(value, since, until) is expected


@pytest.mark.parametrize("count", [0])
def test_project_empty_store(tmp_path, count):
    with open_store(str(tmp_path / "empty")) as store:
        assert len(load_network(store).events) == count
        assert person_graph(store).number_of_nodes() == count


def _reference_network(store, *, since=None, until=None, kinds=KINDS, statuses=None,
                       country=None) -> NetworkData:
    """:func:`load_network` as it was before the rework: one GROUP BY query for the
    events, one for the roles, every cell an rdflib term."""
    names = network_data._names(store)
    agents = network_data._agents(store, names)
    data = NetworkData(agents=agents, people=network_data._people(store, agents, names))
    kinds, statuses = set(kinds), set(statuses) if statuses else None
    old_events = (DATA / "queries" / "network_events.rq").read_text(encoding="utf-8")
    for r in store.query(old_events).dicts():
        kind = str(r["type"]).rsplit("#", 1)[-1].lower()
        status = str(r["status"]).rsplit("#", 1)[-1].lower() if r["status"] else "occurred"
        date = str(r["date"]) if r["date"] is not None else None
        if kind in kinds and (statuses is None or status in statuses) \
                and in_range(date, since, until):
            data.events[str(r["event"])] = {
                "event": str(r["event"]), "kind": kind, "date": date, "status": status,
                "place": names.get(str(r["place"])) if r["place"] else None,
                "country": network_data._s(r["country"]), "occasion": network_data._s(r["occasion"]),
                "reports": int(r["reports"] or 0),
                "sources": sorted(str(r["sources"] or "").split()),
                "evidence": network_data._s(r["evidence"]), "participants": [], "visitors": [],
                "hosts": []}
    roles = (DATA / "queries" / "network_roles.rq").read_text(encoding="utf-8")
    for event, role, person in store.query(roles).rows:
        if str(event) in data.events:
            data.events[str(event)][f"{role}s"].append(str(person))
    data.events = network_data._one_per_event(store, data.events)
    if country:
        data.events = {k: e for k, e in data.events.items()
                       if network_data._touches(data, e, country)}
    return data


def _generated_store(store):
    """The network articles, a third reporting a Kazan meeting again in other words
    (linked by owl:sameAs), and a fourth giving one of the first article's events
    a second evidence sentence."""
    exs = network_extractions()
    again = exs[1].events[0]
    third = Extraction(
        Article(url="https://news.example.org/3", text="...", title="Article 3",
                published=date(2024, 11, 3)),
        people=exs[1].people, countries=["RU"], organisations=["BRICS"], places={},
        events=[Event("meeting", "occurred", list(again.participants), date="2024-10-22",
                      place="Kazan", country="RU", evidence="They met in Kazan.")])
    graphs = {article_iri(ex.article.url): extraction_to_triples(ex) for ex in [*exs, third]}
    links = link_reports(store, {g: reports_in(t) for g, t in graphs.items()})
    store.write_articles(graphs, [t for ts in links.values() for t in ts])
    first, event = article_iri(exs[0].article.url), None
    for s, p, _ in graphs[first]:
        if p == DG.evidence:
            event = s
            break
    store.add_shared([(event, DG.evidence, Literal("A second sentence about it."))])
    return store


def _sample_free(store, *views) -> None:
    """Drop the evidence SPARQL's SAMPLE picks where an event has several sentences
    (Virtuoso's SAMPLE may pick either), after checking each pick is one of them."""
    rows = store.query(
        "SELECT ?e ?ev WHERE { ?e <https://w3id.org/diplograph#evidence> ?ev }", {}
    ).rows
    sentences: dict[str, set[str]] = {}
    for e, ev in rows:
        sentences.setdefault(str(e), set()).add(str(ev))
    for events in views:
        for iri, event in events.items():
            if len(sentences.get(iri, ())) > 1:
                assert event.pop("evidence") in sentences[iri]


@pytest.mark.parametrize("kwargs", [
    {}, {"statuses": ("occurred",)}, {"kinds": ("meeting", "call")}, {"kinds": ("visit",)},
    {"since": 2024, "until": "2024-10"}, {"country": "RU"}, {"statuses": ("planned",)},
])
def test_project_load_network_matches_reference(store, kwargs):
    _generated_store(store)
    got, want = load_network(store, **kwargs), _reference_network(store, **kwargs)
    _sample_free(store, got.events, want.events)
    assert got.events == want.events and list(got.events) == list(want.events)
    assert (got.people, got.agents) == (want.people, want.agents)
    assert any(e["reports"] > 1 for e in load_network(store).events.values())


@pytest.mark.parametrize("build", [person_graph, country_graph, event_graph])
def test_project_graphs_are_deterministic(store, build):
    _generated_store(store)
    G, H = build(store), build(store)
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(data=True)) == list(H.edges(data=True))
    assert G.graph == H.graph
