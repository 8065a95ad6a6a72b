"""Result formats and content negotiation, on hand-built pyoxigraph terms."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from diplograph.serve.formats import SELECT_FORMATS, negotiate, parse_accept, write_select

HOSTILE = ox.Literal('<script>alert(1)</script> "q" =HYPERLINK("x")\t\n\x01')
ROW = [ox.NamedNode("http://a/b?x=1&y=2"), HOSTILE, ox.Literal("hi", language="en"), None]
VARS = ["iri", "text", "lang", "unbound"]
FORMAT = {f.name: f for f in SELECT_FORMATS}


@pytest.mark.parametrize("accept,kind,name", [
    ("application/sparql-results+json", "select", "json"),
    ("application/json", "ask", "json"),
    ("text/csv;q=0.1, text/tab-separated-values", "select", "tsv"),
    ("application/xml", "select", "xml"),
    ("*/*", "graph", "turtle"), (None, "graph", "turtle"),
    ("application/json", "graph", "jsonld"),
    ("text/plain", "graph", "ntriples"),
    ("image/png", "select", None), ("text/csv", "graph", None),
    ("text/*", "select", "csv"),
])
def test_formats_negotiate(accept, kind, name):
    found = negotiate(accept, kind)
    assert (found.name if found else None) == name


@pytest.mark.parametrize("header,first", [("a/b;q=0.2, c/d", "c/d"), ("a/b;q=x, c/d;q=0", None)])
def test_formats_parse_accept(header, first):
    ranges = parse_accept(header)
    assert (ranges[0][0] if ranges else None) == first


@pytest.mark.parametrize("name", ["json", "xml", "csv", "tsv"])
def test_formats_hostile_values_round_trip(name):
    body = write_select(VARS, [ROW], FORMAT[name]).decode()
    if name == "json":
        b = json.loads(body)["results"]["bindings"][0]
        assert b["text"]["value"] == HOSTILE.value and "unbound" not in b
        assert b["lang"]["xml:lang"] == "en"
    elif name == "xml":
        ns = "{http://www.w3.org/2005/sparql-results#}"
        root = ET.fromstring(body)  # well-formed despite the control character
        assert root.find(f".//{ns}uri").text == "http://a/b?x=1&y=2"
        assert "<script>" in root.find(f".//{ns}literal").text
    elif name == "csv":
        rows = list(csv.reader(io.StringIO(body, newline="")))
        assert rows[1][1] == HOSTILE.value and rows[1][3] == ""
    else:
        lines = body.splitlines()
        assert lines[0] == "?iri\t?text\t?lang\t?unbound" and len(lines) == 2
        assert lines[1].split("\t")[2] == '"hi"@en'
