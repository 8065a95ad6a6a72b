"""Extraction -> triples: a pure function, checked against a golden Turtle file."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from diplograph.loaders.model import Person
from diplograph.loaders.triples import (
    article_iri,
    date_literal,
    extraction_to_triples,
    person_iri,
)
from diplograph.ontology import DG
from tests.conftest import make_extraction

GOLDEN = Path(__file__).parent.parent / "data" / "expected" / "extraction.ttl"


def _graph(triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


def test_triples_match_golden_file():
    got = _graph(extraction_to_triples(make_extraction()))
    want = Graph().parse(GOLDEN)
    assert isomorphic(got, want), got.serialize(format="turtle")


@pytest.mark.parametrize("value, datatype", [("2024-07-08", XSD.date), ("2024-07", XSD.gYearMonth),
                                             ("2024", XSD.gYear)])
def test_triples_date_literal_precision(value, datatype):
    lit = date_literal(value)
    assert lit.datatype == datatype and str(lit) == value


@pytest.mark.parametrize("value", ["July 2024", "2024-7", ""])
def test_triples_date_literal_rejects_other_forms(value):
    with pytest.raises(ValueError):
        date_literal(value)


@pytest.mark.parametrize("url", ["https://example.org/a/1", "urn:x:1"])
def test_triples_article_iri_is_stable(url):
    assert article_iri(url) == article_iri(url)
    assert article_iri(url) != article_iri(url + "x")


def test_triples_person_iri_prefers_qid():
    p = Person("narendra modi", "Narendra Modi", qid="Q1058")
    assert person_iri(p) == URIRef("https://w3id.org/diplograph/id/person/q1058")


@pytest.mark.parametrize("name", ["<img src=x onerror=alert(1)>", 'A "quoted" #name', "習近平 🙂",
                                  "O'Neill\nNewline"])
def test_triples_hostile_names_give_valid_iris(name):
    import pyoxigraph as ox

    ex = make_extraction()
    ex.people[0].name = name
    for s, p, o in extraction_to_triples(ex):
        for term in (s, p, o):
            if isinstance(term, URIRef):
                ox.NamedNode(str(term))  # raises on an invalid IRI


def test_triples_same_entities_same_iris_across_articles():
    a = _graph(extraction_to_triples(make_extraction("https://example.org/a/1")))
    b = _graph(extraction_to_triples(make_extraction("https://example.org/a/2")))
    people = lambda g: set(g.subjects(RDF.type, DG.Person))  # noqa: E731
    assert people(a) == people(b)
    # the same dated meeting reported twice is one event, reported in both articles
    assert set(a.subjects(RDF.type, DG.Meeting)) == set(b.subjects(RDF.type, DG.Meeting))


def test_triples_undated_events_never_merge_across_articles():
    ex1, ex2 = make_extraction("https://example.org/a/1"), make_extraction("https://example.org/a/2")
    for ex in (ex1, ex2):
        ex.events[0].date = None
    a, b = (_graph(extraction_to_triples(ex)) for ex in (ex1, ex2))
    assert set(a.subjects(RDF.type, DG.Meeting)).isdisjoint(b.subjects(RDF.type, DG.Meeting))


def test_triples_every_event_reported_with_evidence_offsets():
    ex = make_extraction()
    g = _graph(extraction_to_triples(ex))
    for kind in (DG.Meeting, DG.Visit, DG.Call):
        for ev in g.subjects(RDF.type, kind):
            assert g.value(ev, DG.reportedIn) == article_iri(ex.article.url)
            start, end = int(g.value(ev, DG.evidenceStart)), int(g.value(ev, DG.evidenceEnd))
            assert ex.article.text[start:end] == str(g.value(ev, DG.evidence))


def test_triples_article_mentions_people_countries_orgs():
    ex = make_extraction()
    g = _graph(extraction_to_triples(ex))
    art = article_iri(ex.article.url)
    mentioned = set(g.objects(art, URIRef("https://schema.org/mentions")))
    assert {person_iri(p) for p in ex.people} <= mentioned
    assert URIRef("https://w3id.org/diplograph/id/country/IN") in mentioned
    assert (None, DG.acronym, Literal("SCO")) in g


@pytest.mark.parametrize("spelling", ["Katmandu", "Kathmandu"])
def test_triples_one_town_one_node_whatever_the_spelling(spelling):
    ex = make_extraction()
    for ev in ex.events[:2]:
        ev.place, ev.country = spelling, "NP"
    ex.places = {spelling: "NP"}
    g = _graph(extraction_to_triples(ex))
    places = set(g.objects(None, DG.place))
    assert len(places) == 1
    names = {str(n) for n in g.objects(places.pop(), URIRef("https://schema.org/name"))}
    assert names == {"Kathmandu", spelling}  # the gazetteer's name first, and the article's


def test_triples_a_town_the_gazetteer_lacks_keeps_its_written_name():
    ex = make_extraction()
    for ev in ex.events[:2]:
        ev.place = "Nowheresville"
    g = _graph(extraction_to_triples(ex))
    place = set(g.objects(None, DG.place)).pop()
    assert {str(n) for n in g.objects(place, URIRef("https://schema.org/name"))} == {"Nowheresville"}
