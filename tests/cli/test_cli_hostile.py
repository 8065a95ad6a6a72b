"""Hostile names go in, and come out escaped in every format, never executed (issue 7)."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal

from diplograph.cli import cli
from diplograph.graph.store import open_store
from diplograph.ingest import write_batch
from diplograph.loaders.triples import article_iri, extraction_to_triples
from tests.conftest import make_extraction

HOSTILE = [
    "Ann O'Neill \"the Quote\"",
    "<img src=x onerror=alert(1)>",
    "Hash #name <> {braces} \\backslash",
    "=HYPERLINK(\"http://evil\")",
    "Emoji 🙂 Zoë 習近平",
    "Line\nbreak\ttab",
]


@pytest.fixture
def hostile_store(store_path):
    ex = make_extraction("https://example.org/hostile?q=1&x=<y>#frag")
    for person, name in zip(ex.people, HOSTILE[:3], strict=False):
        person.name = name
    ex.people[0].alt_names = HOSTILE[3:]
    ex.events[0].evidence = "He said </script><script>alert(1)</script> & left."
    with open_store(store_path) as store:
        write_batch(store, {article_iri(ex.article.url): extraction_to_triples(ex)})
    return store_path


def run(store, *args):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


@pytest.mark.parametrize("fmt, parse_as", [
    ("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"),
    ("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld"),
])
def test_hostile_names_round_trip_every_export_format(hostile_store, tmp_path, fmt, parse_as):
    out = tmp_path / f"g.{fmt}"
    assert run(hostile_store, "export", "--format", fmt, "-o", str(out)).exit_code == 0
    ds = Dataset()
    ds.parse(out, format=parse_as)
    values = {str(o) for _, _, o, _ in ds.quads() if isinstance(o, Literal)}
    for name in HOSTILE:
        assert name in values, (fmt, name)
    assert "He said </script><script>alert(1)</script> & left." in values


def test_hostile_names_csv_is_quoted_and_defused(hostile_store):
    res = run(hostile_store, "sparql",
              "SELECT ?n WHERE { ?p <http://www.w3.org/2004/02/skos/core#altLabel> ?n }",
              "--format", "csv")
    rows = [r[0] for r in csv.reader(io.StringIO(res.output))][1:]
    assert "'=HYPERLINK(\"http://evil\")" in rows
    assert "Line\nbreak\ttab" in rows  # quoted by the CSV writer, one cell


def test_hostile_names_graphml_escapes(hostile_store, tmp_path):
    import networkx as nx

    out = tmp_path / "g.graphml"
    res = run(hostile_store, "export-network", "--format", "graphml", "-o", str(out))
    assert res.exit_code == 0, res.output
    graph = nx.read_graphml(out)
    labels = {str(v) for _, data in graph.nodes(data=True) for v in data.values()}
    assert any("<img src=x onerror=alert(1)>" in v for v in labels)


@pytest.mark.parametrize("name", HOSTILE + ['Modi" } ; DROP ALL ; #', "\\u0022"])
def test_hostile_lookups_change_nothing(hostile_store, name):
    def size():
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        res = run(hostile_store, "sparql", query, "--format", "json")
        return json.loads(res.output)["results"]["bindings"][0]["n"]["value"]

    before = size()
    for command in ("meetings", "calls", "person"):
        res = CliRunner().invoke(cli, ["--store", hostile_store, command, name])
        assert res.exit_code in (0, 1)
        assert "Traceback" not in res.output
    assert size() == before


def test_hostile_turtle_parses_back_to_the_same_graph(hostile_store, tmp_path):
    out = tmp_path / "g.ttl"
    run(hostile_store, "export", "--format", "turtle", "-o", str(out))
    nt = tmp_path / "g.nt"
    run(hostile_store, "export", "--format", "ntriples", "-o", str(nt))
    from rdflib.compare import isomorphic

    assert isomorphic(Graph().parse(out, format="turtle"), Graph().parse(nt, format="nt"))
