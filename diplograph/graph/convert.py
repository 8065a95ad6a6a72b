"""Conversion of RDF terms between rdflib and pyoxigraph, and to N-Triples text."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib.term import BNode, Literal, Node, URIRef

__all__ = ["to_ox", "from_ox", "nt"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node):
    """An rdflib term as a pyoxigraph term.

    Examples
    --------
    >>> to_ox(URIRef("http://example.org/a"))
    <NamedNode value=http://example.org/a>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term) -> Node | None:
    """A pyoxigraph term as an rdflib term (None stays None).

    Examples
    --------
    >>> from_ox(ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        # Keep the lexical form as stored: no rdflib normalisation of values.
        return Literal(term.value, datatype=None if dt == _XSD_STRING else URIRef(dt),
                       normalize=False)
    raise TypeError(f"not an RDF term: {term!r}")


def nt(term: Node) -> str:
    """The N-Triples (and SPARQL) form of a term, safely escaped.

    Examples
    --------
    >>> nt(Literal('say "hi"\\n'))
    '"say \\\\"hi\\\\"\\\\n"'
    """
    return to_ox(term).__str__()
