"""Who matters in the network: degree, brokers, communities, chains of meetings.

Every function takes a projected graph first (see :mod:`.project`) and
returns plain data. Results are deterministic: ties break by label, and
Louvain and sampled betweenness run with a fixed seed.

Examples
--------
>>> G = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1})])
>>> degrees(G)["b"], weighted_degrees(G)["b"], brokers(G)["b"]
(2, 3, 1.0)
>>> density(G)
0.6666666666666666
"""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

import logging
from collections.abc import Hashable, Iterable

import networkx as nx

__all__ = ["degrees", "weighted_degrees", "brokers", "communities", "density",
           "rank_nodes", "network_summary", "meeting_path", "neighbourhood",
           "SEED", "EXACT_BETWEENNESS_LIMIT"]

log = logging.getLogger(__name__)

SEED = 42
EXACT_BETWEENNESS_LIMIT = 2000  # above this many nodes, betweenness is sampled


def degrees(G: nx.Graph) -> dict[Hashable, int]:
    """The number of distinct neighbours of each node.

    Examples
    --------
    >>> degrees(nx.path_graph(3))
    {0: 1, 1: 2, 2: 1}
    """
    return {n: len(G[n]) - (n in G[n]) for n in G}


def weighted_degrees(G: nx.Graph, weight: str = "weight") -> dict[Hashable, float]:
    """The sum of edge ``weight`` (number of events) at each node.

    Examples
    --------
    >>> weighted_degrees(nx.Graph([(1, 2, {"weight": 3})]))
    {1: 3, 2: 3}
    """
    return dict(G.degree(weight=weight))


def brokers(G: nx.Graph, *, k: int | None = None, seed: int = SEED) -> dict[Hashable, float]:
    """Normalised betweenness centrality: who sits on the paths between others.

    Exact up to :data:`EXACT_BETWEENNESS_LIMIT` nodes; above it (or with
    ``k``), estimated from ``k`` (default 500) sampled sources with ``seed``.

    Examples
    --------
    >>> brokers(nx.star_graph(3))[0]
    1.0
    """
    if k is None and len(G) > EXACT_BETWEENNESS_LIMIT:
        k = 500
    if k is not None and k >= len(G):
        k = None
    simple = nx.Graph(G) if G.is_multigraph() else G
    return nx.betweenness_centrality(simple, k=k, seed=seed if k else None)


def communities(G: nx.Graph, *, weight: str = "weight", seed: int = SEED,
                resolution: float = 1.0) -> list[set]:
    """Louvain communities, largest first (ties by smallest label).

    Examples
    --------
    >>> G = nx.union(nx.complete_graph(3), nx.complete_graph(range(3, 6)))
    >>> communities(G)
    [{0, 1, 2}, {3, 4, 5}]
    """
    if len(G) == 0:
        return []
    simple = nx.Graph(G) if G.is_multigraph() else G
    found = nx.community.louvain_communities(simple, weight=weight, seed=seed,
                                             resolution=resolution)
    return sorted(found, key=lambda c: (-len(c), min(str(_label(G, n)) for n in c)))


def density(G: nx.Graph) -> float:
    """The share of possible pairs that are linked (0 for fewer than two nodes).

    Examples
    --------
    >>> density(nx.complete_graph(4))
    1.0
    """
    return nx.density(nx.Graph(G) if G.is_multigraph() else G) if len(G) > 1 else 0.0


def _label(G: nx.Graph, n: Hashable) -> str:
    return G.nodes[n].get("label") or str(n)


def rank_nodes(G: nx.Graph, *, top: int | None = None, seed: int = SEED) -> list[dict]:
    """One row per node with its degree, weighted degree, betweenness and community.

    Sorted by degree, weighted degree, betweenness (all descending), then label.

    Examples
    --------
    >>> G = nx.Graph([("a", "b", {"weight": 1}), ("b", "c", {"weight": 4})])
    >>> [(r["node"], r["degree"], r["weighted_degree"]) for r in rank_nodes(G, top=2)]
    [('b', 2, 5), ('c', 1, 4)]
    """
    deg, wdeg, btw = degrees(G), weighted_degrees(G), brokers(G, seed=seed)
    member = {n: i for i, c in enumerate(communities(G, seed=seed)) for n in c}
    rows = [{"node": n, "label": _label(G, n), "country": G.nodes[n].get("country"),
             "degree": deg[n], "weighted_degree": wdeg[n],
             "betweenness": round(btw.get(n, 0.0), 4), "community": member.get(n)}
            for n in G]
    rows.sort(key=lambda r: (-r["degree"], -r["weighted_degree"], -r["betweenness"],
                             r["label"]))
    return rows[:top] if top is not None else rows


def network_summary(G: nx.Graph, *, top: int = 10, seed: int = SEED) -> dict:
    """Size, density, the ``top`` nodes and the communities of ``G``.

    Examples
    --------
    >>> s = network_summary(nx.path_graph(4), top=1)
    >>> s["nodes"], s["edges"], [r["node"] for r in s["top"]], len(s["communities"])
    (4, 3, [1], 2)
    """
    ranked = rank_nodes(G, seed=seed)
    order = {r["node"]: i for i, r in enumerate(ranked)}
    groups = [{"community": i, "size": len(c),
               "members": [_label(G, n) for n in sorted(c, key=order.__getitem__)]}
              for i, c in enumerate(communities(G, seed=seed))]
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "density": round(density(G), 6), "top": ranked[:top], "communities": groups}


def _as_set(G: nx.Graph, x) -> set:
    nodes = {x} if isinstance(x, str) or not isinstance(x, Iterable) else set(x)
    found = {n for n in nodes if n in G}
    if not found:
        raise nx.NodeNotFound(f"none of {sorted(map(str, nodes))} is in the graph")
    return found


def meeting_path(G: nx.Graph, a, b) -> list[dict]:
    """The shortest chain of meetings from ``a`` to ``b`` in a person graph.

    ``a`` and ``b`` are nodes, or collections of nodes that are one person.
    Each hop gives both ends, the number of events between them and the most
    recent one's date, kind, place and sources (from ``G.graph["events"]``).
    Raises ``networkx.NetworkXNoPath`` when no chain exists.

    Examples
    --------
    >>> G = nx.Graph(events={"e1": {"date": "2024-07-08", "kind": "meeting",
    ...                             "place": "Moscow", "sources": ["https://x/1"]}})
    >>> G.add_edge("modi", "putin", weight=1, events=["e1"])
    >>> G.add_edge("putin", "xi", weight=1, events=[])
    >>> [(h["from"], h["to"], h["date"]) for h in meeting_path(G, "modi", "xi")]
    [('modi', 'putin', '2024-07-08'), ('putin', 'xi', None)]
    """
    sources, targets = _as_set(G, a), _as_set(G, b)
    best = None
    for t in sorted(targets, key=str):
        try:
            _, path = nx.multi_source_dijkstra(G, sources, t, weight=None)
        except nx.NetworkXNoPath:
            continue
        if best is None or len(path) < len(best):
            best = path
    if best is None:
        raise nx.NetworkXNoPath(f"no chain of meetings between {a} and {b}")
    details = G.graph.get("events", {})
    return [_hop(G, u, v, details) for u, v in zip(best, best[1:], strict=False)]


def _hop(G: nx.Graph, u, v, details: dict) -> dict:
    data = G.edges[u, v]
    events = [details.get(e, {"event": e}) for e in data.get("events", [])]
    last = max(events, key=lambda e: e.get("date") or "", default={})
    return {"from": u, "to": v, "from_label": _label(G, u), "to_label": _label(G, v),
            "events": data.get("weight", len(events)), "date": last.get("date"),
            "kind": last.get("kind"), "place": last.get("place"),
            "sources": list(last.get("sources", [])), "event": last.get("event")}


def neighbourhood(G: nx.Graph, nodes: Iterable, hops: int = 1) -> nx.Graph:
    """The subgraph of everything within ``hops`` of any of ``nodes``.

    Examples
    --------
    >>> sorted(neighbourhood(nx.path_graph(5), [0], hops=2))
    [0, 1, 2]
    """
    keep: set = set()
    for n in _as_set(G, nodes):
        keep |= set(nx.single_source_shortest_path_length(G, n, cutoff=hops))
    return G.subgraph(keep).copy()
