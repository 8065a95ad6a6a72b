"""Chains of meetings found in the store, without projecting the whole network.

:func:`shortest_meeting_path` runs a bidirectional breadth-first search as a
few small indexed queries (``path_neighbours.rq``): each step binds one
frontier of people as values and asks who shares an event with them, always
on the side whose people have fewer events, so the cost grows with the
neighbourhoods of the two ends, not with the store.
:func:`~diplograph.graph.analysis.meeting_path` answers the same question on
a projected graph (:func:`~diplograph.graph.project.person_graph`) and finds
a chain of the same length (see :func:`shortest_meeting_path` for an example).
"""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from rdflib import Literal, URIRef

from .lookup import KIND_CLASS, choice_flags, event_counts, events_between
from .network_data import STATUSES
from .query import run_query
from .store import GraphStore

__all__ = ["shortest_meeting_path", "FRONTIER_CHUNK"]

#: People bound as values in one neighbour query at most.
FRONTIER_CHUNK = 500


def shortest_meeting_path(store: GraphStore, a: Iterable, b: Iterable, *, since=None,
                          until=None, kinds: Iterable[str] = ("meeting", "call"),
                          statuses: Iterable[str] | None = ("occurred",)) -> list[dict]:
    """The shortest chain of events from ``a`` to ``b``, searched in the store.

    ``a`` and ``b`` are each one person's IRIs. Events are those
    :func:`~diplograph.graph.project.person_graph` projects with the same
    ``since``, ``until``, ``kinds`` and ``statuses`` (None for all), and the
    chain is as long as the shortest path networkx finds in that projection.
    Each hop is a dict as :func:`~diplograph.graph.analysis.meeting_path`
    gives it: both ends and their labels, the number of events between them
    and the most recent one's date, kind, place, sources and IRI. Raises
    ``networkx.NetworkXNoPath`` when no chain exists.

    Examples
    --------
    >>> import tempfile
    >>> from diplograph.graph.store import open_store
    >>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
    ...     shortest_meeting_path(store, ["https://example.org/a"], ["https://example.org/b"])
    Traceback (most recent call last):
    ...
    networkx.exception.NetworkXNoPath: no chain of meetings between the two people
    """
    kinds = list(kinds)
    statuses = list(STATUSES) if statuses is None else list(statuses)
    bindings = {**choice_flags(KIND_CLASS, kinds), **choice_flags(STATUSES, statuses)}
    name = "path_neighbours"
    if since is not None or until is not None:
        name = "path_neighbours_dated"
        bindings.update(since=Literal("" if since is None else str(since)),
                        until=Literal("" if until is None else str(until)))
    path = _search(store, {str(i) for i in a}, {str(i) for i in b}, name, bindings)
    names = _names(store, path)
    return [_hop(u, v, names, events_between(store, [u], [v], kinds=kinds, since=since,
                                             until=until, statuses=statuses))
            for u, v in zip(path, path[1:], strict=False)]


def _search(store: GraphStore, sources: set[str], targets: set[str], query: str,
            bindings: dict) -> list[str]:
    """A shortest path of IRIs from ``sources`` to ``targets`` (bidirectional BFS)."""
    both = sorted(sources & targets)
    if both:  # no hop, if the person is in the network at all
        if any(True for _ in _neighbours(store, both, query, bindings)):
            return both[:1]
        raise nx.NetworkXNoPath("no chain of meetings: nobody met this person")
    pred: dict[str, str | None] = dict.fromkeys(sources)
    succ: dict[str, str | None] = dict.fromkeys(targets)
    fwd, bwd = sorted(sources), sorted(targets)
    degree: dict[str, int] = {}
    while fwd and bwd:
        forward = _cost(store, fwd, degree) <= _cost(store, bwd, degree)
        frontier, seen, other = (fwd, pred, succ) if forward else (bwd, succ, pred)
        found, meet = [], []
        for u, v in _neighbours(store, frontier, query, bindings):
            if v not in seen:
                seen[v] = u
                found.append(v)
            if v in other:
                meet.append(v)
        if meet:
            return _join(pred, succ, min(meet))
        fwd, bwd = (found, bwd) if forward else (fwd, found)
    raise nx.NetworkXNoPath("no chain of meetings between the two people")


def _cost(store: GraphStore, frontier: list[str], degree: dict[str, int]) -> int:
    """How many events the people of ``frontier`` have (``degree`` caches the counts)."""
    todo = [p for p in frontier if p not in degree]
    if todo:
        degree.update(event_counts(store, todo, chunk=FRONTIER_CHUNK))
    return sum(degree[p] for p in frontier)


def _neighbours(store: GraphStore, frontier: list[str], query: str, bindings: dict) -> list:
    """Sorted (person, neighbour) pairs for everyone in ``frontier``."""
    rows = set()
    for i in range(0, len(frontier), FRONTIER_CHUNK):
        chunk = [URIRef(p) for p in frontier[i:i + FRONTIER_CHUNK]]
        res = run_query(store, query, **{"from": chunk}, **bindings)
        rows.update((str(u), str(v)) for u, v in res.rows)
    return sorted(rows)


def _join(pred: dict, succ: dict, middle: str) -> list[str]:
    """The path through ``middle``: back along ``pred``, then on along ``succ``."""
    head, node = [], middle
    while node is not None:
        head.append(node)
        node = pred[node]
    tail, node = [], succ[middle]
    while node is not None:
        tail.append(node)
        node = succ[node]
    return head[::-1] + tail


def _names(store: GraphStore, iris: list[str]) -> dict[str, str]:
    """The longest name of each of ``iris``."""
    names: dict[str, str] = {}
    if iris:
        for thing, name in run_query(store, "names_of", thing=[URIRef(i) for i in iris]).rows:
            if len(str(name)) > len(names.get(str(thing), "")):
                names[str(thing)] = str(name)
    return names


def _hop(u: str, v: str, names: dict[str, str], events: dict) -> dict:
    """One step of the chain, shaped as analysis.meeting_path shapes it."""
    def newest(item):
        return max(item[1].get("date") or {""}), str(item[0])

    event, last = max(events.items(), key=newest, default=(None, {}))
    places = sorted(last.get("place", ()), key=lambda p: (-len(p), p))
    return {"from": u, "to": v, "from_label": names.get(u) or u.rsplit("/", 1)[-1],
            "to_label": names.get(v) or v.rsplit("/", 1)[-1], "events": len(events),
            "date": max(last["date"]) if last.get("date") else None,
            "kind": last.get("kind"), "place": places[0] if places else None,
            "sources": sorted(last.get("reportedIn", ())),
            "event": str(event) if event is not None else None}
