"""The SPARQL 1.1 Protocol at /sparql, spoken over HTTP to the running server."""
from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET

import pytest
import requests
from rdflib import Graph

from diplograph.graph.store import open_store
from diplograph.loaders.triples import article_iri, extraction_to_triples

from ..conftest import make_extraction
from .conftest import fill_store, serving

NAMES = ("PREFIX schema: <https://schema.org/> SELECT DISTINCT ?n WHERE "
         "{ ?p a <https://w3id.org/diplograph#Person> ; schema:name ?n } ORDER BY ?n")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
CONSTRUCT = ("CONSTRUCT { ?p <https://schema.org/name> ?n } WHERE "
             "{ ?p a <https://w3id.org/diplograph#Person> ; <https://schema.org/name> ?n }")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q }"
UPDATE = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"


def ask(url: str, query: str, how: str = "get", accept: str | None = None, **extra):
    headers = {"Accept": accept} if accept else {}
    if how == "get":
        return requests.get(f"{url}/sparql", params={"query": query, **extra}, headers=headers,
                            timeout=30)
    if how == "form":
        return requests.post(f"{url}/sparql", data={"query": query, **extra}, headers=headers,
                             timeout=30)
    return requests.post(f"{url}/sparql", data=query.encode(), timeout=30,
                         headers={**headers, "Content-Type": "application/sparql-query"})


def names_from(resp) -> list[str]:
    kind = resp.headers["Content-Type"].split(";")[0]
    if kind == "application/sparql-results+json":
        return [b["n"]["value"] for b in resp.json()["results"]["bindings"]]
    if kind == "application/sparql-results+xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        return [e.text for e in ET.fromstring(resp.content).iterfind(".//r:literal", ns)]
    if kind == "text/csv":
        return [row[0] for row in list(csv.reader(io.StringIO(resp.text)))[1:]]
    assert kind == "text/tab-separated-values"
    return [json.loads(line) for line in resp.text.splitlines()[1:]]  # "..." N-Triples form


@pytest.mark.parametrize("how", ["get", "form", "direct"])
@pytest.mark.parametrize("accept,ctype", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    (None, "application/sparql-results+json"), ("*/*", "application/sparql-results+json"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv")])
def test_sparql_select_every_method_and_format(server, how, accept, ctype):
    resp = ask(server, NAMES, how, accept)
    assert resp.status_code == 200, resp.text
    assert resp.headers["Content-Type"].split(";")[0] == ctype
    names = names_from(resp)
    assert "Narendra Modi" in names and "<img src=x onerror=alert(1)>" in names


@pytest.mark.parametrize("accept,rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"), (None, "turtle")])
def test_sparql_construct_formats(server, accept, rdflib_format):
    resp = ask(server, CONSTRUCT, "get", accept)
    assert resp.status_code == 200, resp.text
    g = Graph().parse(data=resp.content, format=rdflib_format)
    assert len(g) == len(set(names_from(ask(server, NAMES))))


@pytest.mark.parametrize("accept,body", [("application/sparql-results+json", b'"boolean": true'),
                                         ("application/sparql-results+xml", b"<boolean>true")])
def test_sparql_ask(server, accept, body):
    resp = ask(server, "ASK { ?s ?p ?o }", "get", accept)
    assert resp.status_code == 200 and body in resp.content


@pytest.mark.parametrize("send", [
    lambda url: requests.get(f"{url}/sparql", params={"update": UPDATE}, timeout=30),
    lambda url: requests.post(f"{url}/sparql", data={"update": UPDATE}, timeout=30),
    lambda url: requests.post(f"{url}/sparql", data=UPDATE, timeout=30,
                              headers={"Content-Type": "application/sparql-update"}),
    lambda url: ask(url, UPDATE, "form"),
    lambda url: ask(url, "PREFIX a: <http://a/> " + UPDATE, "direct"),
    lambda url: ask(url, "DROP ALL", "get"),
])
def test_sparql_update_refused_store_unchanged(server, served_path, send):
    before = ask(server, COUNT).json()["results"]["bindings"][0]["n"]["value"]
    resp = send(server)
    assert resp.status_code == 403 and "read-only" in resp.text
    after = ask(server, COUNT).json()["results"]["bindings"][0]["n"]["value"]
    assert after == before and int(after) > 0
    with open_store(served_path, read_only=True) as store:
        assert store.count() == int(before)


@pytest.mark.parametrize("query,accept,status,message", [
    ("SELECT WHERE {", None, 400, "malformed SPARQL"),
    (NAMES, "image/png", 406, "no acceptable format"),
    (CONSTRUCT, "text/csv", 406, "text/turtle"),
])
def test_sparql_errors_are_clear(server, query, accept, status, message):
    resp = ask(server, query, "get", accept)
    assert resp.status_code == status and message in resp.text


@pytest.mark.parametrize("ctype,status", [("text/plain", 415)])
def test_sparql_unknown_post_type(server, ctype, status):
    resp = requests.post(f"{server}/sparql", data=NAMES, headers={"Content-Type": ctype},
                         timeout=30)
    assert resp.status_code == status


@pytest.mark.parametrize("origin", ["https://yasgui.example"])
def test_sparql_cors(server, origin):
    resp = requests.get(f"{server}/sparql", params={"query": NAMES}, headers={"Origin": origin},
                        timeout=30)
    assert resp.headers["Access-Control-Allow-Origin"] == "*"
    pre = requests.options(f"{server}/sparql", timeout=30, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type"})
    assert pre.status_code == 200 and "POST" in pre.headers["Access-Control-Allow-Methods"]


@pytest.mark.parametrize("max_rows", [3])
def test_sparql_result_cap(served_path, max_rows):
    with serving(served_path, workers=1, max_rows=max_rows) as url:
        resp = ask(url, NAMES)
        assert resp.status_code == 400 and f"more than {max_rows} rows" in resp.text
        assert ask(url, NAMES + f" LIMIT {max_rows}").status_code == 200


@pytest.mark.slow
@pytest.mark.parametrize("timeout", [1.0])
def test_sparql_time_limit_stops_query_and_recovers(served_path, timeout):
    with serving(served_path, workers=1, timeout=timeout) as url:
        resp = ask(url, SLOW)
        assert resp.status_code == 503 and "time limit" in resp.text
        assert ask(url, NAMES).status_code == 200  # a fresh worker took over


@pytest.mark.parametrize("url2", ["https://example.org/a/new"])
def test_sparql_sees_writes_made_while_serving(tmp_path, url2):
    path = fill_store(str(tmp_path / "store"))
    with serving(path, workers=1) as url:
        before = int(ask(url, COUNT).json()["results"]["bindings"][0]["n"]["value"])
        ex = make_extraction(url2)
        with open_store(path) as store:  # a writer beside the server, as ingest is
            store.replace_articles({article_iri(url2): extraction_to_triples(ex)})
        deadline, after = time.monotonic() + 20, before
        while after == before and time.monotonic() < deadline:
            time.sleep(0.3)
            after = int(ask(url, COUNT).json()["results"]["bindings"][0]["n"]["value"])
        assert after > before
        assert requests.get(f"{url}/search.json", params={"q": "modi"}, timeout=30).ok
