"""What :class:`.remote.RemoteStore` sends to a SPARQL server and reads back.

Requests: the query form a text asks for (SELECT, ASK, CONSTRUCT, DESCRIBE), the bound
constants written into a query's WHERE group (Virtuoso 7.2 loses a value bound by
``VALUES`` inside an OPTIONAL's FILTER), and ``INSERT DATA`` updates in batches of at
most a given number of triples. Responses: SPARQL JSON results and N-Triples, Turtle or
RDF/XML graphs, as rdflib terms. Plain functions of text and terms, with no HTTP: the
store in :mod:`.remote` does the talking, retrying and staging.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib.term import BNode, Literal, Node, URIRef

from ..errors import StoreError
from .convert import from_ox, nt
from .results import QueryResult
from .store import Triple

__all__: list[str] = []  # private helpers of .remote, imported there by name


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_FORM = re.compile(r"^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"^\s*(PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s+<[^>]*>)", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*#[^\n]*", re.MULTILINE)


_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
    r"|\bAS\s+[?$]\w+"
    r"|[?$]\w+"
    r"|\bSELECT\b"
    r"|[{}]",
    re.IGNORECASE,
)


def _substitute(text: str, bindings: Mapping[str, Node]) -> str:
    """``text`` with the bound variables replaced by their terms inside the WHERE group.

    Virtuoso 7.2 loses a value bound by ``VALUES`` inside an OPTIONAL's
    FILTER (measured), so the remote store writes the constants in as well;
    :func:`.store.bind_values` still binds the variables for the projection. Strings,
    IRIs and comments are skipped; queries with sub-selects are left alone.

    Examples
    --------
    >>> _substitute('SELECT ?n WHERE { ?p <x:n> ?n FILTER(?p != "?p") }', {"p": URIRef("x:a")})
    'SELECT ?n WHERE { <x:a> <x:n> ?n FILTER(<x:a> != "?p") }'
    """
    m = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE) if bindings else None
    if m is None:
        return text
    out, pos, depth = [text[:m.end()]], m.end(), 1
    for tok in _TOKEN.finditer(text, m.end()):
        word = tok.group(0)
        if word.upper() == "SELECT":
            return text
        if word in ("{", "}"):
            depth += 1 if word == "{" else -1
            if depth == 0:
                break
        elif word[0] in "?$" and isinstance(bindings.get(word[1:]), Node):
            out.append(text[pos:tok.start()] + nt(bindings[word[1:]]))
            pos = tok.end()
    out.append(text[pos:])
    return "".join(out)


def _query_form(text: str) -> str:
    rest = _COMMENT.sub("", text)
    while (m := _PROLOGUE.match(rest)) is not None:
        rest = rest[m.end():]
    m = _FORM.match(rest)
    return m.group(1).upper() if m else "SELECT"


def _insert_data(graphs: Mapping[URIRef, list[Triple]]) -> str:
    blocks = []
    for g, triples in graphs.items():
        body = "\n".join(f"{nt(s)} {nt(p)} {nt(o)} ." for s, p, o in triples)
        blocks.append(f"GRAPH {nt(g)} {{\n{body}\n}}")
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


def _chunks(graphs: Mapping[URIRef, list[Triple]], limit: int):
    """Lists of (graph, triples) with at most ``limit`` triples each; big graphs split."""
    chunk, size = [], 0
    for g, triples in graphs.items():
        for start in range(0, max(len(triples), 1), limit):
            part = triples[start:start + limit]
            if chunk and size + len(part) > limit:
                yield chunk
                chunk, size = [], 0
            if part:
                chunk.append((g, part))
                size += len(part)
    if chunk:
        yield chunk


def _whole_chunks(graphs: dict[URIRef, list[Triple]], limit: int):
    """Dicts of whole graphs with about ``limit`` triples each (one big graph alone)."""
    chunk, size = {}, 0
    for g, triples in graphs.items():
        if chunk and size + len(triples) > limit:
            yield chunk
            chunk, size = {}, 0
        chunk[g] = triples
        size += len(triples)
    if chunk:
        yield chunk


def _parse_json(data: dict) -> QueryResult:
    if "boolean" in data:
        return QueryResult("ask", boolean=bool(data["boolean"]))
    names = list(data.get("head", {}).get("vars", []))
    rows = [tuple(_term(b[v]) if v in b else None for v in names)
            for b in data.get("results", {}).get("bindings", [])]
    return QueryResult("select", variables=names, rows=rows)


def _term(b: dict) -> Node:
    kind, value = b["type"], b["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang = b.get("xml:lang")
    if lang:
        return Literal(value, lang=lang)
    dt = b.get("datatype")
    if dt == _XSD_BOOLEAN and value in ("0", "1"):  # Virtuoso stores booleans as integers
        value = "true" if value == "1" else "false"
    return Literal(value, datatype=None if dt in (None, _XSD_STRING) else URIRef(dt),
                   normalize=False)


def _parse_triples(content: bytes, ctype: str) -> list[tuple[Node, Node, Node]]:
    import pyoxigraph as ox

    fmt = ox.RdfFormat.TURTLE if "turtle" in ctype else ox.RdfFormat.N_TRIPLES
    if "rdf+xml" in ctype:
        fmt = ox.RdfFormat.RDF_XML
    try:
        return [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
                for t in ox.parse(content, fmt)]
    except SyntaxError as err:
        raise StoreError(f"unreadable {ctype or 'RDF'} from the server: {err}") from None
