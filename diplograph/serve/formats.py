"""SPARQL results and RDF graphs in the formats the SPARQL 1.1 Protocol offers.

Results are written from pyoxigraph terms, so that the embedded store and a
remote one (whose rdflib terms are converted) give byte-for-byte the same
formats, and so that a result can be checked against the row cap before a
single byte is written.

Examples
--------
>>> import pyoxigraph as ox
>>> fmt = negotiate("text/csv;q=0.5, application/sparql-results+json", "select")
>>> fmt.name
'json'
>>> write_select(["x"], [[ox.NamedNode("http://a/")]], fmt)
b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": "http://a/"}}]}}'
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

__all__ = ["Format", "SELECT_FORMATS", "GRAPH_FORMATS", "negotiate", "parse_accept",
           "write_select", "write_boolean", "write_graph"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


@dataclass(frozen=True)
class Format:
    """One serialisation: its short ``name`` and the media types that ask for it."""

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # other short names a ``format`` parameter may give

    def content_type(self) -> str:
        """The Content-Type header value (text formats in UTF-8)."""
        return f"{self.media_type}; charset=utf-8"


SELECT_FORMATS = (  # the first is the default
    Format("json", "application/sparql-results+json", ("application/json",)),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)
GRAPH_FORMATS = (
    Format("turtle", "text/turtle", ("application/x-turtle", "application/turtle"), ("ttl",)),
    Format("ntriples", "application/n-triples", ("text/plain",), ("nt",)),
    Format("jsonld", "application/ld+json", ("application/json",), ("json-ld", "json")),
    Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ("xml", "rdf")),
)
_OX_GRAPH = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
             "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their weights, best first.

    Examples
    --------
    >>> parse_accept("text/csv;q=0.5, application/json")
    [('application/json', 1.0), ('text/csv', 0.5)]
    """
    ranges = []
    for i, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        weight = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    weight = float(f[2:])
                except ValueError:
                    weight = 0.0
        if fields[0]:
            ranges.append((fields[0].lower(), weight, i))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, weight) for media, weight, _ in ranges if weight > 0]


def negotiate(accept: str | None, kind: str, wanted: str | None = None) -> Format | None:
    """The format for a result of ``kind`` ("select", "ask" or "graph"), or None.

    ``wanted`` is a short name or a media type given explicitly (a ``format``
    parameter, as SPARQLWrapper and YASGUI send) and wins over ``accept``
    when it names a format of this kind. None means nothing acceptable.

    Examples
    --------
    >>> negotiate("application/rdf+xml", "graph", wanted="xml").name
    'rdfxml'
    """
    formats = GRAPH_FORMATS if kind == "graph" else SELECT_FORMATS
    if wanted:
        wanted = wanted.lower()
        found = next((f for f in formats
                      if wanted in (f.name, f.media_type, *f.aliases, *f.names)), None)
        if found is not None:
            return found
    for media, _ in parse_accept(accept):
        if media in ("*/*", "application/*", "text/*"):
            prefix = media.split("/")[0]
            return next((f for f in formats if prefix == "*" or f.media_type.startswith(prefix)),
                        None) or (formats[0] if prefix == "*" else None)
        found = next((f for f in formats if media in (f.media_type, *f.aliases)), None)
        if found is not None:
            return found
    return None


def write_select(variables: Sequence[str], rows: Iterable[Sequence], fmt: Format) -> bytes:
    """SELECT results (rows of pyoxigraph terms or None) as ``fmt``."""
    return _SELECT_WRITERS[fmt.name](list(variables), rows)


def write_boolean(value: bool, fmt: Format) -> bytes:
    """An ASK result as ``fmt``.

    Examples
    --------
    >>> write_boolean(True, SELECT_FORMATS[0])
    b'{"head": {}, "boolean": true}'
    """
    if fmt.name == "json":
        return json.dumps({"head": {}, "boolean": bool(value)}).encode()
    if fmt.name == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    return (b"true" if value else b"false") + b"\r\n"


def write_graph(triples: Iterable, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples (pyoxigraph ``Triple``) as ``fmt``, with ``prefixes`` where the format has them."""
    kwargs = {"prefixes": prefixes} if prefixes and fmt.name in ("turtle", "rdfxml") else {}
    return ox.serialize(list(triples), format=_OX_GRAPH[fmt.name], **kwargs) or b""


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}  # RDF-star triples: as text


def _json(variables: list[str], rows) -> bytes:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
                for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode()


# Characters XML 1.0 cannot hold at all; a literal may (N-Triples escapes them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str, attribute: bool = False) -> str:
    text = _NOT_XML.sub("\ufffd", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if attribute else text


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            attr = f' xml:lang="{_xml_text(term.language, True)}"'
        elif term.datatype.value != _XSD_STRING:
            attr = f' datatype="{_xml_text(term.datatype.value, True)}"'
        else:
            attr = ""
        return f"<literal{attr}>{_xml_text(term.value)}</literal>"
    return f"<literal>{_xml_text(str(term))}</literal>"


def _xml(variables: list[str], rows) -> bytes:
    out = [f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}"><head>']
    out += [f'<variable name="{_xml_text(v, True)}"/>' for v in variables]
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        out += [f'<binding name="{_xml_text(v, True)}">{_xml_term(t)}</binding>'
                for v, t in zip(variables, row, strict=True) if t is not None]
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out).encode()


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _csv(variables: list[str], rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_value(t) for t in row] for row in rows)
    return buffer.getvalue().encode()


def _tsv(variables: list[str], rows) -> bytes:
    # TSV holds terms in their SPARQL/N-Triples form, which escapes tabs and newlines.
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


_SELECT_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}
