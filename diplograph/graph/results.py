"""Query results as plain data, whatever store produced them.

A :class:`QueryResult` holds rdflib terms so that every store (embedded
Oxigraph, a remote SPARQL server) hands the same thing to the CLI, the
networkx projection and the exporters.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from rdflib.term import BNode, Literal, Node, URIRef

__all__ = ["QueryResult", "term_to_json"]


@dataclass
class QueryResult:
    """The answer to a SELECT (``rows``), ASK (``boolean``) or CONSTRUCT (``triples``)."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Node | None]]:
        """Rows as dicts keyed by variable name."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def to_sparql_json(self) -> str:
        """W3C SPARQL 1.1 Query Results JSON for SELECT and ASK.

        Examples
        --------
        >>> QueryResult("ask", boolean=True).to_sparql_json()
        '{"head": {}, "boolean": true}'
        """
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        bindings = [
            {v: term_to_json(t) for v, t in zip(self.variables, row, strict=True) if t is not None}
            for row in self.rows
        ]
        return json.dumps(
            {"head": {"vars": self.variables}, "results": {"bindings": bindings}},
            ensure_ascii=False,
        )


def term_to_json(term: Node) -> dict[str, str]:
    """One RDF term in the SPARQL JSON results form.

    Examples
    --------
    >>> term_to_json(Literal("hi", lang="en"))
    {'type': 'literal', 'value': 'hi', 'xml:lang': 'en'}
    """
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
    return out
