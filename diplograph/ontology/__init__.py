"""The diplograph vocabulary: constants, the OWL ontology and SHACL shapes."""
from __future__ import annotations

from importlib.resources import files

from rdflib import Graph

from .iri import ID, iri_for
from .namespace import DG

__all__ = ["DG", "ID", "iri_for", "ontology_graph", "shapes_graph", "SCHEMA"]

SCHEMA = "https://schema.org/"


def ontology_graph() -> Graph:
    """The OWL ontology shipped with the package, parsed.

    Examples
    --------
    >>> from rdflib import OWL, RDF
    >>> (DG.Meeting, RDF.type, OWL.Class) in ontology_graph()
    True
    """
    return Graph().parse(data=_read("diplograph.ttl"), format="turtle")


def shapes_graph() -> Graph:
    """The SHACL shapes shipped with the package, parsed.

    Examples
    --------
    >>> len(shapes_graph()) > 0
    True
    """
    return Graph().parse(data=_read("shapes.ttl"), format="turtle")


def _read(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")
