"""Offices and names as claims of the articles that state them (issue 12, items 1-3).

Every case runs on the embedded store and on the private Virtuoso.
"""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.errors import DiplographError
from diplograph.graph.lookup import person_profile, resolve_person
from diplograph.graph.offices import best_offices, person_offices
from diplograph.graph.project import person_graph
from diplograph.graph.query import run_query
from diplograph.graph.store import ENTITIES_GRAPH
from diplograph.ingest import remove_urls, write_batch
from diplograph.loaders.model import Article, Event, Extraction, Person
from diplograph.loaders.triples import article_iri, extraction_to_triples, person_iri

MODI = dict(key="modi", name="Narendra Modi", qid="Q1058")
HOST = dict(key="host", name="Joseph R. Biden", qid="Q6279", title="President", country="US")


def report(url: str, day: str, *, title: str, country: str, alt=(), published=None,
           other=None) -> Extraction:
    """One article: Modi (as ``title`` of ``country``) meets someone on ``day``."""
    modi = Person(**MODI, title=title, country=country, alt_names=list(alt))
    partner = Person(**(other or HOST))
    ev = Event("meeting", "occurred", [modi.key, partner.key], date=day)
    art = Article(url=url, text="...", published=published or date.fromisoformat(day[:10]))
    return Extraction(art, people=[modi, partner], countries=[country, partner.country],
                      events=[ev])


def write(store, *extractions):
    write_batch(store, {article_iri(ex.article.url): extraction_to_triples(ex)
                        for ex in extractions})


def modi(store):
    return resolve_person(store, "Narendra Modi")


PM = [report(f"https://e.org/pm/{n}", f"2016-0{n}-10", title="Prime Minister", country="IN")
      for n in (1, 2)]
WRONG = report("https://history.example/trip/1", "2017-06-26", title="President", country="US")


def test_offices_carry_their_sources_and_the_kb_term(store):
    write(store, *PM, WRONG)
    found = person_offices(store, modi(store))
    [pm] = found["offices"]
    assert (pm["title"], pm["country"], pm["reports"], pm["kb"]) == (
        "Prime Minister", "IN", 2, "confirmed")
    assert pm["sources"] == ["https://e.org/pm/1", "https://e.org/pm/2"]
    assert pm["latest"] == "2016-02-10"
    assert {(t["office"], t["country"], t["start"]) for t in found["kb_terms"]} >= {
        ("Prime Minister", "IN", "2014-05-26")}


def test_kb_outweighs_more_reports_the_contradicted_office_is_disputed(store):
    many = [report(f"https://history.example/trip/{n}", f"2017-06-2{n}", title="President",
                   country="US") for n in range(3)]
    write(store, PM[0], *many)
    found = person_offices(store, modi(store))
    assert [(o["title"], o["country"]) for o in found["offices"]] == [("Prime Minister", "IN")]
    [wrong] = found["disputed"]
    assert (wrong["title"], wrong["country"], wrong["reports"], wrong["kb"], wrong["disputed"]) \
        == ("President", "US", 3, "contradicted", True)


def test_kb_says_nothing_outside_a_term_no_dispute(store):
    # 2010: Modi held no office the knowledge base knows; nothing contradicts the article.
    write(store, report("https://e.org/old", "2010-05-01", title="Chief Minister", country="IN"))
    found = person_offices(store, modi(store))
    assert [(o["title"], o["kb"]) for o in found["offices"]] == [("Chief Minister", None)]
    assert found["disputed"] == []


@pytest.mark.parametrize("reports, days, best", [
    ((2, 1), ("2020-01-01", "2021-01-01"), "Foreign Minister"),  # more reports win
    ((1, 1), ("2020-01-01", "2021-01-01"), "Defence Minister"),  # then the later news
])
def test_between_article_claims_more_reports_then_later_news_win(store, reports, days, best):
    nobody = dict(key="x", name="Ana Unknownson")
    other = dict(key="y", name="Bo Otherperson", country="FR")
    arts = []
    for title, n, day in zip(("Foreign Minister", "Defence Minister"), reports, days, strict=True):
        for i in range(n):
            ex = report(f"https://e.org/{title[0]}{i}", day, title=title, country="XX",
                        other=other)
            ex.people[0] = Person(**nobody, title=title, country="XX")
            ex.events[0].participants = ["x", "y"]
            arts.append(ex)
    write(store, *arts)
    people = resolve_person(store, "Ana Unknownson")
    assert person_offices(store, people)["offices"][0]["title"] == best
    assert best_offices(store)[str(people[0])]["best"]["title"] == best


def test_names_are_claims_with_sources(store):
    write(store, PM[0], report("https://e.org/pm/alt", "2016-03-01", title="Prime Minister",
                               country="IN", alt=["Narendra Damodardas Modi"]))
    profile = person_profile(store, modi(store))
    assert profile["name_sources"]["Narendra Damodardas Modi"] == ["https://e.org/pm/alt"]
    assert profile["name_sources"]["Narendra Modi"] == ["https://e.org/pm/1", "https://e.org/pm/alt"]


def test_removal_takes_the_claims_and_the_names_away(store):
    write(store, PM[0], WRONG, report("https://e.org/pm/alt", "2016-03-01",
                                      title="Prime Minister", country="IN",
                                      alt=["Narendra Damodardas Modi"]))
    remove_urls(store, [WRONG.article.url, "https://e.org/pm/alt"])
    profile = person_profile(store, modi(store))
    assert profile["disputed_offices"] == []
    assert profile["offices"][0]["sources"] == ["https://e.org/pm/1"]
    assert "Narendra Damodardas Modi" not in profile["names"]
    assert "Narendra Damodardas Modi" not in profile["name_sources"]


def test_a_person_named_only_by_removed_articles_disappears(store):
    write(store, *PM)
    iri = person_iri(PM[0].people[0])
    remove_urls(store, [ex.article.url for ex in PM])
    with pytest.raises(DiplographError, match="no person matches"):
        resolve_person(store, "Modi")
    left = store.query(f"SELECT ?p ?o WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ <{iri}> ?p ?o }} }}")
    assert left.rows == []
    assert run_query(store, "office_claims", person=iri).rows == []


def test_network_title_is_the_best_office_never_the_disputed(store):
    write(store, PM[0], WRONG)
    G = person_graph(store)  # noqa: N806 (a graph is G, as in networkx)
    node = G.nodes[str(person_iri(PM[0].people[0]))]
    assert node["title"] == "Prime Minister" and node["country"] == "IN"
    assert node["office_reports"] == 1


def test_html_tooltip_shows_the_best_office_with_its_reports(store):
    from diplograph.graph.visualize import vis_data

    write(store, *PM, WRONG)
    nodes, _ = vis_data(person_graph(store))
    [modi_node] = [n for n in nodes if n["label"] == "Narendra Modi"]
    assert "office: Prime Minister (2 reports)" in modi_node["title"]
    assert "President" not in modi_node["title"]


# ------------------------------------------------ the knowledge base's verdict, case by case


def claim(title, country, day, *, former=False, organisation=None):
    return {"title": title, "country": country, "organisation": organisation, "former": former,
            "reports": {"urn:a": ("https://e.org/a", day)}}


@pytest.mark.parametrize("qid, title, country, day, kb", [
    ("Q1058", "Prime Minister", "IN", "2016-10-15", "confirmed"),
    ("Q1058", "President", "IN", "2016-09-01", "contradicted"),    # Mukherjee was president
    ("Q1058", "President", "US", "2017-06-26", "contradicted"),    # another country
    ("Q1058", "Chief Minister", "IN", "2012-01-01", None),         # no KB term then
    ("Q3099714", "President", "CA", "2017-01-01", "contradicted"),  # Canada has no president
    ("Q78538", "Prime Minister", "AT", "1998-01-01", "confirmed"),  # a chancellor heads it
    ("Q10819", "President", "ES", "2015-01-01", "confirmed"),  # Presidente del Gobierno
    ("Q57655", "Vice President", "AE", "2021-01-05", None),  # concurrent office the KB lacks
    ("Q1058", "President", "IN", "2016-09-01", None),  # ... but "former" is never checked
])
def test_kb_verdict(qid, title, country, day, kb):
    from diplograph.graph.offices import judge_claims, kb_terms

    former = kb is None and title == "President" and country == "IN"
    [got] = judge_claims([claim(title, country, day, former=former)], {}, kb_terms([qid]))
    assert (got["kb"], got["disputed"]) == (kb, kb == "contradicted")


def test_kb_verdict_uses_the_event_dates_before_publication():
    from diplograph.graph.offices import judge_claims, kb_terms

    # A 2021 article about a 2015 meeting of Biden "Vice President": checked in 2015.
    old = claim("Vice President", "US", "2021-03-01")
    [got] = judge_claims([old], {"urn:a": {"2015-06-01"}}, kb_terms(["Q6279"]))
    assert got["kb"] == "confirmed" and not got["disputed"]
    [got] = judge_claims([old], {}, kb_terms(["Q6279"]))
    assert got["kb"] == "contradicted"


def test_removal_leaves_no_unreported_position(store):
    write(store, PM[0], WRONG)
    remove_urls(store, [WRONG.article.url])
    left = store.query("PREFIX dg: <https://w3id.org/diplograph#> "
                       "SELECT ?title WHERE { ?pos a dg:Position ; dg:title ?title }").rows
    assert {str(t) for (t,) in left} == {"Prime Minister", "President"}  # Biden's stays
    assert [str(t) for (t,) in store.query(
        "PREFIX dg: <https://w3id.org/diplograph#> SELECT ?t WHERE { "
        "?pos dg:title ?t ; dg:country <https://w3id.org/diplograph/id/country/US> }").rows] \
        == ["President"]


def test_an_office_written_before_claims_shows_with_no_source(store):
    from rdflib import Literal

    from diplograph.ontology import DG, iri_for

    write(store, PM[0])
    iri = person_iri(PM[0].people[0])
    old = iri_for("position", "legacy")
    store.add_shared([(iri, DG.holds, old), (old, DG.title, Literal("Envoy"))])
    found = person_offices(store, modi(store))
    assert [(o["title"], o["reports"], o["sources"]) for o in found["offices"]] == [
        ("Prime Minister", 1, ["https://e.org/pm/1"]), ("Envoy", 0, [])]
