"""The SHACL shapes accept well-formed graphs and name what is wrong in bad ones."""
from __future__ import annotations

import pytest
from rdflib import RDF, XSD, Graph, Literal

from diplograph.loaders.triples import extraction_to_triples
from diplograph.ontology import DG
from diplograph.ontology.validate import validate
from tests.conftest import make_extraction


def _graph(triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def test_shapes_accept_extraction():
    report = validate(_graph(extraction_to_triples(make_extraction())))
    assert report.conforms, report.text


def _meeting(g: Graph):
    return next(s for s in g.subjects(RDF.type, DG.Meeting))


@pytest.mark.parametrize(
    "breakage, message",
    [
        (lambda g, m: g.remove((m, DG.participant, next(g.objects(m, DG.participant)))),
         "at least two participants"),
        (lambda g, m: g.set((m, DG.date, Literal("July 2024"))), "xsd:date"),
        (lambda g, m: g.remove((m, DG.reportedIn, None)), "reported in an Article"),
        (lambda g, m: g.set((m, DG.status, DG.Meeting)), "status"),
    ],
)
def test_shapes_reject_broken_meeting(breakage, message):
    g = _graph(extraction_to_triples(make_extraction()))
    breakage(g, _meeting(g))
    report = validate(g)
    assert not report.conforms
    assert message in report.text


def test_shapes_reject_visit_without_visitor():
    g = _graph(extraction_to_triples(make_extraction()))
    visit = next(g.subjects(RDF.type, DG.Visit))
    g.remove((visit, DG.visitor, None))
    report = validate(g)
    assert not report.conforms and "visitor" in report.text


@pytest.mark.parametrize("value, datatype", [("2024-07-08", XSD.date), ("2024-07", XSD.gYearMonth),
                                             ("2024", XSD.gYear)])
def test_shapes_accept_each_date_precision(value, datatype):
    g = _graph(extraction_to_triples(make_extraction()))
    g.set((_meeting(g), DG.date, Literal(value, datatype=datatype)))
    assert validate(g).conforms
