"""After articles are removed: forget the people and name forms no article states any more.

An article's claims about a person (the offices it gives them, the name forms
it uses) live in its named graph and go with it. What the shared entities
graph holds about a person (type, name index, Wikidata link) is there for
every article that names them; once none does, it goes too, so that a person
named only by removed articles disappears from every lookup, and an
alternative name only they used stops matching.

Examples
--------
>>> import tempfile
>>> from diplograph.graph.store import open_store
>>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
...     forget_unclaimed(store, [])
0
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef

from .convert import nt
from .query import run_query
from .store import ENTITIES_GRAPH, GraphStore

__all__ = ["people_mentioned", "positions_claimed", "forget_unclaimed"]

#: People per request.
CHUNK = 200

_SKOS_ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
_ALTERNATE = "<https://schema.org/alternateName>"


def people_mentioned(store: GraphStore, graphs: Iterable[URIRef]) -> list[URIRef]:
    """The people the articles whose graphs are ``graphs`` name."""
    graphs = sorted({URIRef(str(g)) for g in graphs})
    found: set[URIRef] = set()
    for i in range(0, len(graphs), CHUNK):
        found |= {p for (p,) in run_query(store, "mentioned_people",
                                          article=graphs[i:i + CHUNK]).rows}
    return sorted(found)


def positions_claimed(store: GraphStore, graphs: Iterable[URIRef]) -> list[URIRef]:
    """The positions (offices) the articles whose graphs are ``graphs`` give people."""
    graphs = sorted({URIRef(str(g)) for g in graphs})
    found: set[URIRef] = set()
    for i in range(0, len(graphs), CHUNK):
        found |= {p for (p,) in run_query(store, "claimed_positions",
                                          article=graphs[i:i + CHUNK]).rows}
    return sorted(found)


def forget_unclaimed(store: GraphStore, people: Iterable[URIRef],
                     positions: Iterable[URIRef] = ()) -> int:
    """Drop the shared facts of those of ``people`` no article names; return how many.

    For those still named, alternative names (``skos:altLabel``) that no
    remaining article uses (``schema:alternateName``) are dropped too, and so
    are the shared facts (title, country ...) of those of ``positions`` no
    remaining article reports.
    """
    _forget_unreported(store, sorted({URIRef(str(p)) for p in positions}))
    people = sorted({URIRef(str(p)) for p in people})
    gone = 0
    for i in range(0, len(people), CHUNK):
        part = people[i:i + CHUNK]
        named = {p for (p,) in run_query(store, "mentioned_people", person=part).rows}
        orphans = [p for p in part if p not in named]
        updates = [f"DELETE WHERE {{ GRAPH {nt(ENTITIES_GRAPH)} {{ {nt(p)} ?p ?o }} }}"
                   for p in orphans]
        if named:
            updates.append(_stale_names_update(sorted(named)))
        if updates:
            store.update(" ;\n".join(updates))
        gone += len(orphans)
    return gone


def _forget_unreported(store: GraphStore, positions: list[URIRef]) -> None:
    for i in range(0, len(positions), CHUNK):
        part = positions[i:i + CHUNK]
        reported = {p for (p,) in run_query(store, "claimed_positions", pos=part).rows}
        updates = [f"DELETE WHERE {{ GRAPH {nt(ENTITIES_GRAPH)} {{ {nt(p)} ?p ?o }} }}"
                   for p in part if p not in reported]
        if updates:
            store.update(" ;\n".join(updates))


def _stale_names_update(people: list[URIRef]) -> str:
    """An UPDATE dropping the shared alternative names of ``people`` that no article uses.

    A person whose articles all predate name claims (no ``schema:alternateName``
    at all) keeps every name. The patterns name their graphs: an update's
    default graph is not the union of the graphs (Oxigraph).
    """
    values = " ".join(nt(p) for p in people)
    return (
        f"DELETE {{ GRAPH {nt(ENTITIES_GRAPH)} {{ ?person {_SKOS_ALT} ?name }} }} "
        f"WHERE {{ VALUES ?person {{ {values} }} "
        f"GRAPH {nt(ENTITIES_GRAPH)} {{ ?person {_SKOS_ALT} ?name }} "
        f"FILTER EXISTS {{ GRAPH ?any {{ ?person {_ALTERNATE} ?form }} }} "
        f"FILTER NOT EXISTS {{ GRAPH ?using {{ ?person {_ALTERNATE} ?name }} }} }}"
    )
