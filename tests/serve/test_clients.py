"""Real SPARQL clients against the running server: rdflib's SPARQLStore and SPARQLWrapper.

The same tests run over the embedded store and, marked ``remote``, over a
server that itself reads a real Virtuoso.
"""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from diplograph.loaders.triples import article_iri, extraction_to_triples

from ..conftest import make_extraction
from ..graph.conftest import empty_virtuoso, open_virtuoso, require_virtuoso
from .conftest import HOSTILE_NAME, hostile_report, second_report, serving

SCHEMA_NAME = URIRef("https://schema.org/name")
NAMES = ("PREFIX schema: <https://schema.org/> SELECT DISTINCT ?n WHERE "
         "{ ?p a <https://w3id.org/diplograph#Person> ; schema:name ?n }")
CONSTRUCT = ("CONSTRUCT { ?p <https://schema.org/name> ?n } WHERE "
             "{ ?p a <https://w3id.org/diplograph#Person> ; <https://schema.org/name> ?n }")


@pytest.fixture(scope="module", params=["oxigraph", pytest.param("virtuoso",
                                                                marks=pytest.mark.remote)])
def endpoint(request, tmp_path_factory):
    """The /sparql URL of a server over the embedded store or over Virtuoso."""
    if request.param == "oxigraph":
        from .conftest import fill_store

        location, options = fill_store(str(tmp_path_factory.mktemp("c") / "s")), {}
    else:
        env = require_virtuoso()
        empty_virtuoso(env)
        with open_virtuoso(env) as store:
            for ex in (make_extraction(), second_report(), hostile_report()):
                store.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)})
        location = env["DIPLOGRAPH_TEST_VIRTUOSO"]
        options = {"store_options": {"user": env["DIPLOGRAPH_TEST_VIRTUOSO_USER"],
                                     "password": env["DIPLOGRAPH_TEST_VIRTUOSO_PASSWORD"]}}
    with serving(location, workers=1, **options) as url:
        yield url + "/sparql"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_clients_rdflib_sparqlstore_select(endpoint, method):
    g = Graph(store=SPARQLStore(endpoint, method=method, returnFormat="xml"))
    names = {str(row[0]) for row in g.query(NAMES)}
    assert {"Narendra Modi", "Vladimir Putin", HOSTILE_NAME} <= names


@pytest.mark.parametrize("name", ["Narendra Modi"])
def test_clients_rdflib_sparqlstore_triples(endpoint, name):
    g = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    people = set(g.subjects(SCHEMA_NAME, Literal(name)))  # once per article graph holding it
    assert people == {URIRef("https://w3id.org/diplograph/id/person/narendra-modi")}


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_clients_sparqlwrapper_select(endpoint, fmt):
    from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(NAMES)
    client.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV}[fmt])
    result = client.query().convert()
    if fmt == "json":
        names = {b["n"]["value"] for b in result["results"]["bindings"]}
    elif fmt == "xml":
        names = {n.firstChild.data for n in result.getElementsByTagName("literal")}
    else:
        names = result.decode()
    assert "Vladimir Putin" in names


@pytest.mark.parametrize("fmt", ["turtle", "xml", "n3"])
def test_clients_sparqlwrapper_construct(endpoint, fmt):
    from SPARQLWrapper import N3, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(CONSTRUCT)
    client.setReturnFormat({"turtle": TURTLE, "xml": XML, "n3": N3}[fmt])
    result = client.queryAndConvert()
    g = result if isinstance(result, Graph) else Graph().parse(data=result, format="turtle")
    assert (None, SCHEMA_NAME, Literal("Vladimir Putin")) in g


@pytest.mark.parametrize("update", ["INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"])
def test_clients_sparqlwrapper_update_refused(endpoint, update):
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery(update)
    with pytest.raises((SPARQLWrapperException, Exception)) as err:
        client.query()
    assert "403" in str(err.value) or "read-only" in str(err.value)
    check = SPARQLWrapper(endpoint)
    check.setQuery("ASK { <http://x/a> <http://x/b> <http://x/c> }")
    check.setReturnFormat("json")
    assert check.query().convert()["boolean"] is False


@pytest.mark.parametrize("typed,name", [("modi", "Narendra Modi")])
def test_clients_pages_over_each_store(endpoint, typed, name):
    import requests

    base = endpoint.rsplit("/sparql", 1)[0]
    hits = requests.get(f"{base}/search.json", params={"q": typed}, timeout=60).json()["hits"]
    person = next(h for h in hits if h["label"] == name)
    data = requests.get(base + person["path"] + ".json", timeout=60).json()
    assert data["names"][0] == name and data["counts"]["meeting"] >= 1
    event = requests.get(base + data["timeline"][0]["path"] + ".json", timeout=60).json()
    assert event["reports_list"] and requests.get(base + "/", timeout=60).ok
