"""The Python constants and the Turtle ontology name the same terms."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, URIRef

from diplograph.ontology import DG, ontology_graph

NS = "https://w3id.org/diplograph#"


def _ttl_terms() -> set[str]:
    g = ontology_graph()
    return {str(s)[len(NS):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_namespace_parity_with_turtle():
    declared = {name for name in DG.__annotations__}
    assert declared == _ttl_terms()


@pytest.mark.parametrize("name", ["Metting", "participants", "Visitor"])
def test_namespace_fails_on_misspelt_term(name):
    with pytest.raises(AttributeError):
        getattr(DG, name)


@pytest.mark.parametrize(
    "sub, sup",
    [
        (DG.Event, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")),
        (DG.Event, URIRef("https://schema.org/Event")),
        (DG.Organisation, URIRef("http://www.w3.org/ns/org#FormalOrganization")),
        (DG.Position, URIRef("http://www.w3.org/ns/org#Post")),
        (DG.Meeting, DG.Event),
        (DG.Visit, DG.Event),
        (DG.Call, DG.Event),
    ],
)
def test_ontology_class_alignments(sub, sup):
    from rdflib import RDFS

    assert (sub, RDFS.subClassOf, sup) in ontology_graph()


@pytest.mark.parametrize(
    "prop, sup",
    [
        (DG.participant, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")),
        (DG.reportedIn, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")),
        (DG.memberOf, URIRef("http://www.w3.org/ns/org#memberOf")),
    ],
)
def test_ontology_property_alignments(prop, sup):
    from rdflib import RDFS

    assert (prop, RDFS.subPropertyOf, sup) in ontology_graph()


@pytest.mark.parametrize("cls, codes", [(DG.Meeting, {"040", "044"}), (DG.Visit, {"042"}),
                                        (DG.Call, {"041"})])
def test_ontology_cameo_codes(cls, codes):
    assert {str(o) for o in ontology_graph().objects(cls, DG.cameoCode)} == codes


def test_ontology_every_class_is_owl_class():
    g = ontology_graph()
    for cls in (DG.Article, DG.Person, DG.Country, DG.Organisation, DG.Place, DG.Position,
                DG.Event, DG.Meeting, DG.Visit, DG.Call):
        assert (cls, RDF.type, OWL.Class) in g
