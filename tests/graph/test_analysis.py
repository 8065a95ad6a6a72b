"""Analytics on person graphs projected from a real store."""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

import networkx as nx
import pytest

from diplograph.graph.analysis import (
    brokers,
    communities,
    degrees,
    density,
    meeting_path,
    neighbourhood,
    network_summary,
    rank_nodes,
    weighted_degrees,
)
from diplograph.graph.project import person_graph
from diplograph.graph.store import open_store

from .test_project import LULA, MODI, PUTIN, XI, XSS_NAME, ZELENSKYY, network_store, person


@pytest.fixture(scope="module")
def people_graph():
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, open_store(network_store(tmp + "/s")) as store:
        yield person_graph(store)


@pytest.mark.parametrize("name,degree,weighted", [
    (MODI, 3, 4), (PUTIN, 2, 3), (XI, 3, 3), (ZELENSKYY, 2, 2), (LULA, 1, 1), (XSS_NAME, 1, 1)])
def test_analysis_degrees(people_graph, name, degree, weighted):
    assert degrees(people_graph)[person(name)] == degree
    assert weighted_degrees(people_graph)[person(name)] == weighted


@pytest.mark.parametrize("name,expected", [(LULA, 0.0), (XSS_NAME, 0.0)])
def test_analysis_brokers_leaves_are_zero(people_graph, name, expected):
    assert brokers(people_graph)[person(name)] == expected


@pytest.mark.parametrize("top,tied", [(MODI, (XI, ZELENSKYY))])
def test_analysis_brokers_rank(people_graph, top, tied):
    btw = brokers(people_graph)
    assert max(btw, key=btw.get) == person(top)
    assert btw[person(tied[0])] == btw[person(tied[1])] > 0


@pytest.mark.parametrize("k", [2, 3])
def test_analysis_brokers_sampled_is_deterministic(people_graph, k):
    assert brokers(people_graph, k=k) == brokers(people_graph, k=k)


@pytest.mark.parametrize("seed", [1, 42])
def test_analysis_communities_partition(people_graph, seed):
    found = communities(people_graph, seed=seed)
    assert set().union(*found) == set(people_graph) and sum(map(len, found)) == len(people_graph)
    assert found == communities(people_graph, seed=seed)
    assert [len(c) for c in found] == sorted((len(c) for c in found), reverse=True)


@pytest.mark.parametrize("expected", [6 / 15])
def test_analysis_density(people_graph, expected):
    assert density(people_graph) == pytest.approx(expected)


@pytest.mark.parametrize("graph,expected", [(nx.Graph(), 0.0), (nx.empty_graph(1), 0.0)])
def test_analysis_density_small(graph, expected):
    assert density(graph) == expected


@pytest.mark.parametrize("top", [1, 3, None])
def test_analysis_rank_nodes(people_graph, top):
    rows = rank_nodes(people_graph, top=top)
    assert len(rows) == (top or len(people_graph))
    assert rows[0]["label"] == MODI and rows[0]["country"] == "IN"


@pytest.mark.parametrize("top", [2])
def test_analysis_network_summary(people_graph, top):
    s = network_summary(people_graph, top=top)
    assert (s["nodes"], s["edges"], len(s["top"])) == (6, 6, top)
    assert sum(c["size"] for c in s["communities"]) == 6


@pytest.mark.parametrize("a,b,chain,dates", [
    (LULA, ZELENSKYY, [LULA, XI, MODI, ZELENSKYY], ["2023", "2024-10-23", "2024-08"]),
    (MODI, PUTIN, [MODI, PUTIN], ["2024-10-22"]),
])
def test_analysis_meeting_path(people_graph, a, b, chain, dates):
    hops = meeting_path(people_graph, person(a), [person(b)])
    assert [h["from_label"] for h in hops] + [hops[-1]["to_label"]] == chain
    assert [h["date"] for h in hops] == dates
    assert all(h["sources"] and h["sources"][0].startswith("https://news.example.org/")
               for h in hops)


@pytest.mark.parametrize("a,b,error", [
    (MODI, "nobody", nx.NodeNotFound),
])
def test_analysis_meeting_path_errors(people_graph, a, b, error):
    with pytest.raises(error):
        meeting_path(people_graph, person(a), person(b))


@pytest.mark.parametrize("edges", [[("a", "b"), ("c", "d")]])
def test_analysis_meeting_path_no_chain(edges):
    with pytest.raises(nx.NetworkXNoPath):
        meeting_path(nx.Graph(edges), "a", "d")


@pytest.mark.parametrize("hops,size", [(0, 1), (1, 2), (2, 4), (3, 5), (4, 6)])
def test_analysis_neighbourhood(people_graph, hops, size):
    assert len(neighbourhood(people_graph, [person(LULA)], hops)) == size
