"""The graph's IRIs as pages: which page an ``/id/<kind>/<key>`` address is, and its triples.

Examples
--------
>>> wants_rdf("text/turtle"), wants_rdf("text/html,*/*;q=0.8"), wants_rdf(None)
(True, False, False)
"""
from __future__ import annotations

import threading

from rdflib import URIRef

from ..graph.convert import to_ox
from ..graph.query import run_query
from ..graph.store import GraphStore
from ..ontology.iri import ID
from . import pages, timelines
from .answers import Answer, answer_result
from .formats import GRAPH_FORMATS, parse_accept
from .network import network_html, network_json

__all__ = ["wants_rdf", "describe", "resource_data"]

_HTML = ("text/html", "application/xhtml+xml")
_RDF = {m for f in GRAPH_FORMATS for m in (f.media_type, *f.aliases)} - {
    "application/json", "application/xml", "text/xml", "text/plain"}

# kind -> (template, page function taking the store, the IRI and the query parameters)
PAGES = {
    "person": ("person.html", lambda store, iri, params: timelines.person_page(
        store, iri, page=_int(params.get("page"), 1))),
    "event": ("event.html", lambda store, iri, params: pages.event_page(store, iri)),
    "country": ("country.html", lambda store, iri, params: timelines.country_page(
        store, iri.rsplit("/", 1)[-1], params.get("year"))),  # cached: see resource_data
    "organisation": ("organisation.html", lambda store, iri, params: timelines.organisation_page(
        store, iri, page=_int(params.get("page"), 1))),
    "article": ("article.html", lambda store, iri, params: pages.article_page(store, iri)),
}
_OTHER = ("resource.html", lambda store, iri, params: pages.resource_page(store, iri))


def _int(text: str | None, default: int) -> int:
    return int(text) if text and text.isdigit() and len(text) < 7 else default


def wants_rdf(accept: str | None) -> bool:
    """Whether ``accept`` prefers an RDF format to HTML (linked-data clients)."""
    for media, _ in parse_accept(accept):
        if media in _HTML or media == "*/*":
            return False
        if media in _RDF:
            return True
    return False


def describe(store: GraphStore, rest: str, accept: str | None) -> Answer:
    """The triples about ``ID + rest`` in the format ``accept`` asks for (404 if none)."""
    from .answers import error_answer

    result = run_query(store, "describe", thing=URIRef(ID + rest))
    if not result.triples:
        return error_answer(404, "nothing in the graph has this address")
    import pyoxigraph as ox

    triples = [ox.Triple(*(to_ox(t) for t in triple)) for triple in result.triples]
    return answer_result("graph", accept, triples=triples, max_rows=len(triples))


def resource_data(backend, rest: str, as_json: bool = False,
                  params: dict | None = None) -> tuple[str, dict | str | None]:
    """(template, page data) for the address ``/id/<rest>``; data None when nothing is there.

    ``<person>/network`` is the network view: its data is the HTML page itself
    (or, for ``.json``, the network as node-link data).
    """
    store = backend.store()
    if rest.startswith("person/") and rest.endswith("/network"):
        person = ID + rest[:-len("/network")]
        return "network.html", (network_json if as_json else network_html)(store, person)
    kind = rest.split("/", 1)[0]
    template, fn = PAGES.get(kind, _OTHER)
    params = params or {}
    if kind != "country":
        return template, fn(store, ID + rest, params)
    # A country's counts by year read all its visits (3 s for the 12,000 of the
    # most visited at 1 M quads): kept until the store changes.
    key = (id(backend), backend.location, rest, params.get("year"), backend.cache_key())
    with _country_lock:
        if key in _country_cache:
            return template, _country_cache[key]
    data = fn(store, ID + rest, params)
    with _country_lock:
        if len(_country_cache) >= COUNTRY_CACHE_SIZE:
            _country_cache.pop(next(iter(_country_cache)))
        _country_cache[key] = data
    return template, data


COUNTRY_CACHE_SIZE = 256
_country_lock = threading.Lock()
_country_cache: dict = {}
