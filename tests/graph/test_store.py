"""The store test-suite: the same tests and expectations on every store.

``store`` is parametrized over the embedded Oxigraph store and a real
Virtuoso (see ``conftest.py``). The last section tests the HTTP client of the
remote store against a scripted local server: retries, auth, failures.
"""
from __future__ import annotations

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, Literal, Namespace, URIRef

from diplograph.errors import QueryError, StoreError, UpdateRefusedError
from diplograph.graph.convert import from_ox
from diplograph.graph.lookup import person_events, resolve_person
from diplograph.graph.remote import RemoteStore, WriteFailedError
from diplograph.loaders.triples import article_iri, extraction_to_triples
from diplograph.ontology import DG
from diplograph.ontology.iri import iri_for

from ..conftest import make_extraction

SCHEMA = Namespace("https://schema.org/")

HOSTILE = [
    'say "hi"',
    "it's",
    "{braces} and }",
    "} ; DROP ALL ; #",
    '"""} ; CLEAR ALL ; #',
    "line one\nline two\r\nthree",
    "back\\slash \\n \\u0041",
    "Erdoğan 习近平 Ελλάδα",
    "tab\there",
    "?person $x <http://evil/> ",
]


def article(n: int, extra: int = 0) -> tuple[URIRef, list]:
    """Article ``n``: a graph IRI and its triples (with ``extra`` filler triples)."""
    ex = make_extraction(url=f"https://example.org/a/{n}")
    g = article_iri(ex.article.url)
    triples = list(dict.fromkeys(extraction_to_triples(ex)))
    triples += [(g, SCHEMA.keywords, Literal(f"keyword {n}-{i}")) for i in range(extra)]
    return g, triples


def quad_set(store) -> set:
    return set(store.quads())


def expected_quads(*graphs) -> set:
    return {(s, p, o, g) for g, triples in graphs for s, p, o in triples}


@pytest.mark.parametrize("times", [1, 3])
def test_store_replace_is_idempotent(store, times):
    g, triples = article(1)
    for _ in range(times):
        store.replace_articles({g: triples})
    assert store.count() == len(triples)
    assert store.graph_names() == [g]
    assert quad_set(store) == expected_quads((g, triples))


@pytest.mark.parametrize("shrink", [0, 5])
def test_store_replace_drops_the_old_version(store, shrink):
    g, triples = article(1, extra=30)
    store.replace_articles({g: triples})
    newer = triples[: len(triples) - 30 - shrink]
    store.replace_articles({g: newer})
    assert quad_set(store) == expected_quads((g, newer))


@pytest.mark.parametrize("n_articles, big", [(40, 2600)])
def test_store_replace_many_and_big_articles(store, n_articles, big):
    graphs = dict(article(n) for n in range(n_articles))
    g_big, t_big = article(999, extra=big)
    graphs[g_big] = t_big
    store.replace_articles(graphs)
    assert store.count() == sum(len(t) for t in graphs.values())
    assert sorted(store.graph_names()) == sorted(graphs)
    assert quad_set(store) == expected_quads(*graphs.items())


@pytest.mark.parametrize("extra", [1500])
def test_store_never_leaves_an_article_half_written(store, extra):
    """A new version the server rejects part of: the old version stands whole (or the new).

    Virtuoso refuses "abc"^^xsd:integer (SR341) in the second write request
    of this article; Oxigraph accepts it. Either way no half article remains.
    """
    g, old = article(1)
    store.replace_articles({g: old})
    _, new = article(1, extra=extra)
    new = new + [(g, SCHEMA.position, Literal("abc", datatype=rdflib.XSD.integer))]
    try:
        store.replace_articles({g: new})
    except StoreError as err:
        assert str(g) in str(err)
    assert quad_set(store) in (expected_quads((g, old)), expected_quads((g, new)))
    assert store.query("ASK WHERE { GRAPH ?s { ?x ?y ?z } "
                       "FILTER(STRSTARTS(STR(?s), 'urn:diplograph:staging:')) }").boolean is False


@pytest.mark.parametrize("empty", [True])
def test_store_replace_with_nothing_removes(store, empty):
    g, triples = article(1)
    store.replace_articles({g: triples})
    store.replace_articles({g: []})
    assert store.count() == 0 and store.graph_names() == []


@pytest.mark.parametrize("keep", [1])
def test_store_remove_articles(store, keep):
    graphs = dict(article(n) for n in range(3))
    store.replace_articles(graphs)
    gone = [g for g in graphs if g != article(keep)[0]]
    store.remove_articles(gone)
    assert store.graph_names() == [article(keep)[0]]
    assert quad_set(store) == expected_quads(article(keep))
    store.remove_articles([URIRef("https://w3id.org/diplograph/id/article/never")])


@pytest.mark.parametrize("n_articles", [3])
def test_store_queries_see_the_union(store, n_articles):
    store.replace_articles(dict(article(n) for n in range(n_articles)))
    res = store.query(
        "PREFIX dg: <https://w3id.org/diplograph#> PREFIX schema: <https://schema.org/> "
        "SELECT ?name (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?p . "
        "?p a dg:Person ; schema:name ?name } GROUP BY ?name ORDER BY ?name")
    assert res.variables == ["name", "n"]
    assert [(str(name), int(n)) for name, n in res.rows] == [
        ("Narendra Modi", 3), ("Vladimir Putin", 3), ("Volodymyr Zelenskyy", 3)]


@pytest.mark.parametrize("text", HOSTILE)
def test_store_hostile_strings_stay_values(store, text):
    g, triples = article(1)
    who = iri_for("person", "Hostile Person")
    triples = triples + [(who, RDF.type, DG.Person), (who, SCHEMA.name, Literal(text))]
    store.replace_articles({g: triples})
    res = store.query("SELECT ?p WHERE { ?p <https://schema.org/name> ?n }",
                      {"n": Literal(text)})
    assert res.rows == [(who,)]
    res = store.query("SELECT ?n WHERE { ?p <https://schema.org/name> ?n }", {"p": who})
    assert res.rows == [(Literal(text),)]
    assert store.query("ASK WHERE { ?p <https://schema.org/name> ?n }",
                       {"n": Literal(text)}).boolean
    assert store.count() == len(set(triples))
    assert (who, SCHEMA.name, Literal(text), g) in quad_set(store)


@pytest.mark.parametrize("name", ["Narendra Modi"])
def test_store_ask_select_construct(store, name):
    g, triples = article(1)
    store.replace_articles({g: triples})
    person = iri_for("person", name)
    assert store.query("ASK { ?p a <https://w3id.org/diplograph#Person> }").boolean is True
    assert store.query("ASK { ?p a <https://w3id.org/diplograph#Nothing> }").boolean is False
    res = store.query("SELECT ?label WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> "
                      "?label }", {"p": person})
    assert res.kind == "select" and res.rows == [(Literal(name),)]
    res = store.query("CONSTRUCT { ?p <https://schema.org/name> ?n } "
                      "WHERE { ?p <https://schema.org/name> ?n }", {"p": person})
    assert res.kind == "graph" and res.triples == [(person, SCHEMA.name, Literal(name))]


@pytest.mark.parametrize("kind", ["meeting", "visit", "call"])
def test_store_lookups_give_the_same_rows(store, kind):
    g, triples = article(1)
    store.replace_articles({g: triples})
    rows = person_events(store, resolve_person(store, "Modi"), kind)
    expected = {"meeting": ("2024-07-08", "Vladimir Putin", "planned"),
                "visit": ("2024-07-08", "", "planned"),
                "call": ("2023", "Volodymyr Zelenskyy", "occurred")}[kind]
    assert [(r["date"], r["with"], r["status"]) for r in rows] == [expected]


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_store_export_round_trip(store, fmt):
    graphs = dict(article(n) for n in range(2))
    store.replace_articles(graphs)
    out = io.BytesIO()
    store.export(fmt, out)
    fmt_ox = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]
    back = {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name))
            for q in ox.parse(out.getvalue(), fmt_ox)}
    assert back == expected_quads(*graphs.items())


@pytest.mark.parametrize("n_articles", [0, 2])
def test_store_count(store, n_articles):
    graphs = dict(article(n) for n in range(n_articles))
    store.replace_articles(graphs)
    assert store.count() == sum(len(t) for t in graphs.values())


@pytest.mark.parametrize("write", ["replace", "remove", "update"])
def test_store_read_only_refuses_writes(open_test_store, write):
    g, triples = article(1)
    with open_test_store() as writer:
        writer.replace_articles({g: triples})
    reader = open_test_store(read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        if write == "replace":
            reader.replace_articles({g: []})
        elif write == "remove":
            reader.remove_articles([g])
        else:
            reader.update("DROP ALL")
    assert reader.count() == len(triples)


@pytest.mark.parametrize("text", ["INSERT DATA { <x:a> <x:b> <x:c> }", "DROP ALL"])
def test_store_query_refuses_updates(store, text):
    with pytest.raises(UpdateRefusedError):
        store.query(text)


@pytest.mark.parametrize("text", ["SELECT WHERE {", "SELECT ?x WHERE { ?x <x:p> ?y } GROUP"])
def test_store_malformed_query_is_a_query_error(store, text):
    with pytest.raises(QueryError):
        store.query(text)


# -- the remote client against a scripted server -------------------------------------------


class Scripted(BaseHTTPRequestHandler):
    """Answers from ``server.script`` (a list of (status, headers, body)); logs requests."""

    def do_POST(self):  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length", 0))
        form = parse_qs(self.rfile.read(length).decode("utf-8"))
        auth = self.headers.get("Authorization")
        self.server.seen.append((self.path, form, auth))
        if self.server.challenge and auth is None:
            status, headers, body = 401, {"WWW-Authenticate": self.server.challenge}, ""
        else:
            status, headers, body = (self.server.script.pop(0) if self.server.script
                                     else self.server.default)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body.encode("utf-8"))

    def log_message(self, *args):
        pass


ASK_TRUE = (200, {"Content-Type": "application/sparql-results+json"},
            json.dumps({"head": {}, "boolean": True}))
OK = (200, {"Content-Type": "text/plain"}, "done")


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
    httpd.script, httpd.seen, httpd.default, httpd.challenge = [], [], OK, None
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("failures", [1, 3])
def test_remote_retries_transient_failures(server, failures):
    server.script = [(503, {}, "busy")] * failures + [ASK_TRUE]
    with RemoteStore(server.url, backoff=0.01) as store:
        assert store.query("ASK {}").boolean is True
    assert len(server.seen) == failures + 1


@pytest.mark.parametrize("retries", [2])
def test_remote_gives_up_and_names_the_articles(server, retries):
    server.default = (500, {}, "Internal error")
    graphs = dict(article(n) for n in range(2))
    with RemoteStore(server.url, backoff=0.01, retries=retries) as store:
        with pytest.raises(WriteFailedError) as info:
            store.replace_articles(graphs)
    assert sorted(info.value.failed) == sorted(graphs)
    assert all(str(g) in str(info.value) for g in graphs)
    moves = [form for _, form, _ in server.seen if "MOVE" in form.get("update", [""])[0]]
    assert moves == []  # nothing staged, nothing swapped in: the old versions stand


@pytest.mark.parametrize("scheme", ["Basic", "Digest"])
def test_remote_answers_the_servers_auth_challenge(server, scheme, monkeypatch):
    challenge = ('Basic realm="x"' if scheme == "Basic"
                 else 'Digest realm="x", nonce="abc", qop="auth", algorithm="MD5"')
    server.challenge, server.default = challenge, ASK_TRUE
    monkeypatch.setenv("DIPLOGRAPH_USER", "ann")
    monkeypatch.setenv("DIPLOGRAPH_PASSWORD", "s3cret-pw")
    with RemoteStore(server.url) as store:
        assert store.query("ASK {}").boolean is True
        assert "s3cret-pw" not in repr(store) and "s3cret-pw" not in repr(vars(store))
    sent = server.seen[-1][2]
    assert sent is not None and sent.startswith(scheme) and "s3cret-pw" not in sent


@pytest.mark.parametrize("location", ["http://ann:s3cret-pw@127.0.0.1:{port}/sparql"])
def test_remote_never_shows_the_password(server, location):
    server.default = (401, {"WWW-Authenticate": 'Basic realm="x"'}, "no")
    url = location.format(port=server.server_address[1])
    with RemoteStore(url, retries=0) as store:
        assert "s3cret-pw" not in repr(store) and "ann" not in store.location
        with pytest.raises(StoreError) as info:
            store.query("ASK {}")
    assert "s3cret-pw" not in str(info.value) and "refused access" in str(info.value)


@pytest.mark.parametrize("rows", [3])
def test_remote_detects_truncated_results(server, rows):
    sizes = {"head": {"vars": ["g", "n"]}, "results": {"bindings": [
        {"g": {"type": "uri", "value": "https://w3id.org/diplograph/id/article/a"},
         "n": {"type": "literal", "value": str(rows)}}]}}
    short = {"head": {"vars": ["g", "s", "p", "o"]}, "results": {"bindings": []}}
    server.script = [(200, {"Content-Type": "application/sparql-results+json"}, json.dumps(d))
                     for d in (sizes, short)]
    with RemoteStore(server.url) as store, pytest.raises(StoreError, match="truncat"):
        list(store.quads())


@pytest.mark.parametrize("country, year, n", [("RU", 2024, 1), ("RU", 2023, 0), (None, 2024, 1)])
def test_store_visits_by_country_and_year(open_test_store, country, year, n):
    from diplograph.graph.lookup import visits
    from diplograph.ingest import write_batch
    from diplograph.loaders.triples import article_iri, extraction_to_triples
    from tests.conftest import make_extraction

    ex = make_extraction()
    with open_test_store() as store:
        write_batch(store, {article_iri(ex.article.url): extraction_to_triples(ex)})
        assert len(visits(store, None, country, year)) == n
