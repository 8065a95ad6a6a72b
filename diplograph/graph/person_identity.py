"""One person, one node, across articles: spellings the knowledge base does not know.

People the knowledge base knows get their QID's IRI when their article is read
(:mod:`diplograph.loaders.person_identity`), whatever the spelling. Everyone
else gets an IRI minted from the name as written, so "Mohammed Javad Zarif" and
"Mohammad Javad Zarif", or "Staffan" and "Steffan de Mistura", are two nodes.
When articles are written, :class:`PersonLinker` links each new such node to the
nodes already stored that are the same person, with ``owl:sameAs`` in the shared
graph, as :mod:`~diplograph.graph.identity` links events. The evidence must agree:

- one of the names is a spelling of one of the other's (the ``same_name`` test the
  caller gives, e.g. :func:`diplograph.loaders.name_variants.variant_names`);
- both serve a country or organisation in common (from their offices);
- their events lie within :data:`YEARS` years of each other;
- they never take part in one event (two participants of one event are two
  people);
- neither is linked to Wikidata (the KB decided those), and all the candidates a
  node would join are themselves compatible.

Each node keeps its IRI and its own names; a link depends only on the two
nodes' facts, so it holds while both are mentioned and is ignored once one is
not (:data:`person_links.rq`): removing an article needs no relinking. Lookups
read a cluster of linked people as one person (:func:`same_people`), and so do
the network projections (:func:`person_clusters`, :func:`merge_people`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from rdflib import OWL, URIRef

from ..ontology import ID
from .names import normalise_name
from .query import load_query, run_query
from .store import ArticleText, GraphStore

__all__ = ["PersonFacts", "PersonLinker", "person_facts", "person_names", "compatible", "could_be",
           "same_people",
           "person_clusters", "merge_people", "people_of", "YEARS"]

#: Two nodes whose events are further apart than this are never linked.
YEARS = 10
#: IRIs bound as values in one query at most.
CHUNK = 400
_PERSON_TYPE = re.compile(
    r"^<(" + re.escape(ID) + r"person/[^>]+)> "
    r"<http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> <https://w3id\.org/diplograph#Person>"
)
_WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass
class PersonFacts:
    """What decides whether two person nodes are one person."""

    iri: str
    names: set[str] = field(default_factory=set)
    serves: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    events: set[str] = field(default_factory=set)


def person_facts(store: GraphStore, people: Iterable[str]) -> dict[str, PersonFacts]:
    """The :class:`PersonFacts` of each of ``people`` (IRIs) in ``store``."""
    people = sorted(set(people))
    facts = {p: PersonFacts(p) for p in people}
    for person, kind, value in _rows(store, "person_facts", "person", people):
        f = facts[person]
        if kind == "name":
            f.names.add(value)
        elif kind == "serves":
            f.serves.add(value)
        elif kind == "event":
            f.events.add(value)
    events = sorted(set().union(*(f.events for f in facts.values())))
    years: dict[str, set[int]] = {}
    for event, day in _rows(store, "event_dates", "event", events):
        if day[:4].isdigit():
            years.setdefault(event, set()).add(int(day[:4]))
    for f in facts.values():
        f.years.update(*(years.get(e, ()) for e in f.events))
    return facts


def person_names(store: GraphStore, people: Iterable[str]) -> dict[str, set[str]]:
    """The names (and alternative names) of each of ``people`` (IRIs) in ``store``:
    the part of :func:`person_facts` that finds candidates, at a fraction of its cost
    (a person's events and their dates grow with every article that names them).

    Examples
    --------
    >>> import tempfile
    >>> from diplograph.graph.store import open_store
    >>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
    ...     person_names(store, ["https://example.org/p"])
    {'https://example.org/p': set()}
    """
    people = sorted(set(people))
    names: dict[str, set[str]] = {p: set() for p in people}
    for person, name in _rows(store, "person_name_forms", "person", people):
        names[person].add(name)
    return names


def _rows(store: GraphStore, query: str, name: str, iris: list[str]) -> Iterator[tuple[str, ...]]:
    """The rows of the canned ``query`` with ``?name`` bound to each of ``iris``,
    :data:`CHUNK` at a time, as strings."""
    for i in range(0, len(iris), CHUNK):
        chunk = [URIRef(p) for p in iris[i:i + CHUNK]]
        yield from store.select_strings(load_query(query), {name: chunk})


def compatible(a: PersonFacts, b: PersonFacts, same_name: Callable[[str, str], bool]) -> bool:
    """Whether the evidence says ``a`` and ``b`` are one person (see the module).

    Examples
    --------
    >>> a = PersonFacts("a", {"Staffan de Mistura"}, {"UN"}, {2016}, {"e1"})
    >>> b = PersonFacts("b", {"Steffan de Mistura"}, {"UN"}, {2017}, {"e2"})
    >>> near = lambda x, y: x.split()[-1] == y.split()[-1]
    >>> compatible(a, b, near)
    True
    >>> c = PersonFacts("c", {"Steffan de Mistura"}, {"UN"}, {2017}, {"e1"})
    >>> compatible(a, c, near)
    False
    """
    if a.iri == b.iri or a.events & b.events:
        return False
    return could_be(a, b, same_name)


def could_be(a: PersonFacts, b: PersonFacts, same_name: Callable[[str, str], bool]) -> bool:
    """:func:`compatible`, but for two people side by side in an event: whether ``b``
    may be the person ``a`` means somewhere."""
    if a.iri == b.iri or not a.serves & b.serves:
        return False
    if not a.years or not b.years:
        return False
    if min(abs(x - y) for x in a.years for y in b.years) > YEARS:
        return False
    return any(same_name(x, y) for x in _full(a.names) for y in _full(b.names))


def _full(names: Iterable[str]) -> list[str]:
    """The names of two words or more: a bare surname ("Rasmussen") is anyone's."""
    return [n for n in names if len(n.split()) > 1]


def people_of(texts: Iterable[ArticleText]) -> set[str]:
    """The person IRIs that the shared statements of ``texts`` type as ``dg:Person``."""
    return {m.group(1) for t in texts for line in t.shared
            if (m := _PERSON_TYPE.match(line))}


class PersonLinker:
    """Links the people of each batch to the same people stored before (or earlier in
    the batch).

    Call :meth:`before` with a batch before it is written and :meth:`after` once
    it is: the links are added to the shared graph (a set: a link made again is
    one link). The names of the store's people are read once, on
    the first batch that brings someone new, and kept up to date after that.
    """

    def __init__(self, store: GraphStore, same_name: Callable[[str, str], bool]):
        self.store, self.same_name = store, same_name
        self._index: dict[str, set[str]] | None = None  # surname stem -> people
        self._new: set[str] = set()

    def before(self, texts: list[ArticleText]) -> None:
        """Note the people of ``texts`` to look at once they are written: every one
        without a QID, new to the store or not (a node's facts grow with each article
        that names it: the date or office that makes a link may come late)."""
        self._new = {p for p in people_of(texts) if not _has_qid(p)}

    def after(self) -> list[tuple]:
        """Link the new people noted by :meth:`before` (now written); returns the links."""
        if not self._new:
            return []
        if self._index is None:
            self._index = {}
            rows = run_query(self.store, "name_candidates").rows
            self._add((str(p), str(n)) for p, n in rows if str(p) not in self._new)
        names = person_names(self.store, self._new)
        self._add((iri, n) for iri, ns in names.items() for n in ns)
        wanted = {iri: cands for iri, ns in names.items() if (cands := self._candidates(iri, ns))}
        # The whole facts only of those that may be linked: someone new without a
        # candidate is linked to nobody, however many events they have.
        known = person_facts(self.store, set(wanted).union(*wanted.values()))
        links = []
        for iri, cands in sorted(wanted.items()):
            if any(_has_qid(c) and could_be(known[iri], known[c], self.same_name) for c in cands):
                continue  # someone the KB knows may be the one: the KB declined, so do we
            fits = [known[c] for c in sorted(cands) if (c not in self._new or c < iri)
                    and compatible(known[iri], known[c], self.same_name)]
            if fits and _mutually_compatible(fits):
                links.extend((URIRef(iri), OWL.sameAs, URIRef(f.iri)) for f in fits)
        self.store.add_shared(links)
        self._new = set()
        return links

    def _add(self, named: Iterable[tuple[str, str]]) -> None:
        for person, name in named:
            self._index.setdefault(_stem(name), set()).add(person)

    def _candidates(self, iri: str, names: set[str]) -> set[str]:
        return {c for n in _full(names) for c in self._index.get(_stem(n), ())} - {iri}


def _stem(name: str) -> str:
    """The first letters of the surname, folded: where spellings of one name meet."""
    words = normalise_name(name).split()
    return words[-1][:3] if words else ""


def _mutually_compatible(fits: list[PersonFacts]) -> bool:
    """No two candidates are people an event tells apart."""
    return all(not a.events & b.events for i, a in enumerate(fits) for b in fits[i + 1:])


def _has_qid(iri: str) -> bool:
    return re.fullmatch(re.escape(ID) + r"person/[qQ]\d+", iri) is not None  # iri_for folds case


def same_people(store: GraphStore, people: Iterable) -> list[URIRef]:
    """``people`` (IRIs) with every person linked to them, directly or not.

    Examples
    --------
    >>> import tempfile
    >>> from diplograph.graph.store import open_store
    >>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
    ...     same_people(store, [URIRef("https://example.org/p")])
    [rdflib.term.URIRef('https://example.org/p')]
    """
    seen = {str(p) for p in people}
    todo = sorted(seen)
    while todo:
        found = set()
        for i in range(0, len(todo), CHUNK):
            chunk = [URIRef(p) for p in todo[i:i + CHUNK]]
            found |= {str(o) for _, o in run_query(store, "person_links", person=chunk).rows}
        todo = sorted(found - seen)
        seen |= found
    return [URIRef(p) for p in sorted(seen)]


def person_clusters(store: GraphStore, people: Iterable[str]) -> dict[str, str]:
    """Each of ``people`` -> the representative of its cluster of linked people.

    The representative is the smallest IRI of the cluster among ``people``.
    """
    from .identity import _group  # the same union-find as for events

    return _group(sorted({str(p) for p in people}), run_query(store, "all_person_links").rows)


def merge_people(people: dict[str, dict], events: dict[str, dict],
                 groups: Mapping[str, str]) -> tuple[dict[str, dict], dict[str, dict]]:
    """People (IRI -> details) and events with linked people read as one.

    Each event's participants, visitors and hosts become their cluster's
    representative; the representative's details gain the others' countries,
    organisations and offices (its name is the longest).
    """
    merged: dict[str, dict] = {}
    for iri in sorted(people, key=lambda p: (groups.get(p, p) != p, p)):
        rep, p = groups.get(iri, iri), people[iri]
        into = merged.setdefault(rep, {**p, **{k: list(p[k]) for k in _LISTS if k in p}})
        if into is p or rep == iri:
            continue
        for key in _LISTS:
            into[key] = list(dict.fromkeys(into.get(key, []) + p.get(key, [])))
        if len(p.get("name") or "") > len(into.get("name") or ""):
            into["name"] = p["name"]
        into["title"] = into.get("title") or p.get("title")
    for e in events.values():
        for role in ("participants", "visitors", "hosts"):
            e[role] = list(dict.fromkeys(groups.get(p, p) for p in e[role]))
    return merged, events


_LISTS = ("countries", "organisations", "serves")
