"""SHACL validation of a graph against the shipped shapes (pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from . import ontology_graph, shapes_graph

__all__ = ["Report", "validate"]


@dataclass
class Report:
    """The outcome of a validation: ``conforms`` and pyshacl's text report."""

    conforms: bool
    text: str
    graph: Graph


def validate(data: Graph) -> Report:
    """Validate ``data`` (a Graph or the union of a Dataset) against the shapes.

    The ontology is used for RDFS inference of classes (a dg:Meeting is a
    dg:Event), so the shapes see what the vocabulary implies.

    Examples
    --------
    >>> from rdflib import Graph
    >>> validate(Graph()).conforms
    True
    """
    from pyshacl import validate as shacl_validate  # heavy import, only when used

    conforms, graph, text = shacl_validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none"
    )
    return Report(bool(conforms), text, graph)
