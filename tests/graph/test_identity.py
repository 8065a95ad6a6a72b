"""Reports of one event in several articles: owl:sameAs links, clusters, merged details."""
from __future__ import annotations

import pytest
from rdflib import OWL, URIRef

from diplograph.graph.identity import (
    EventLinker,
    Report,
    clusters,
    compatible_dates,
    dates_compatible,
    link_reports,
    reports_in,
    same_event,
)
from diplograph.loaders.model import Event
from diplograph.loaders.triples import article_iri, extraction_to_triples
from diplograph.ontology import DG
from tests.conftest import make_extraction

MEETING, VISIT = str(DG.Meeting), str(DG.Visit)
AB = frozenset({"urn:a", "urn:b"})


@pytest.mark.parametrize(
    "a, b, same",
    [
        (Report("e1", MEETING, AB, "2024-07"), Report("e2", MEETING, AB, "2024-07-08"), True),
        (Report("e1", MEETING, AB, "2024-07-09"), Report("e2", MEETING, AB, "2024-07-08"), True),
        (Report("e1", MEETING, AB, "2024-07-20"), Report("e2", MEETING, AB, "2024-07-08"), False),
        (Report("e1", MEETING, AB, None), Report("e2", MEETING, AB, "2024-07-08"), False),
        (Report("e1", VISIT, AB, "2024-07"), Report("e2", MEETING, AB, "2024-07"), False),
        (
            Report("e1", MEETING, AB, "2024", country="urn:RU"),
            Report("e2", MEETING, AB, "2024-07", country="urn:IN"),
            False,
        ),
        (
            Report("e1", MEETING, AB, "2024", status=str(DG.Cancelled)),
            Report("e2", MEETING, AB, "2024-07"),
            False,
        ),
        (
            Report("e1", MEETING, AB, "2024-07"),
            Report("e2", MEETING, AB | {"urn:c"}, "2024-07"),
            False,
        ),
    ],
)
def test_identity_same_event(a, b, same):
    assert same_event(a, b) is same
    assert same_event(b, a) is same


@pytest.mark.parametrize("value", ["2024-07-08", "2024-07", "2024", "2024-02"])
def test_identity_compatible_dates_are_compatible(value):
    others = compatible_dates(value)
    assert others and value not in others
    assert all(dates_compatible(value, d) for d in others)


def _report(url, date, people=("narendra modi", "vladimir putin")):
    """An article reporting one meeting of ``people`` on ``date`` (graph, triples)."""
    ex = make_extraction(url)
    ex.events = [Event("meeting", "occurred", list(people), date=date, country="RU",
                       evidence="They met.", spans=[(0, 9)])]
    return article_iri(url), extraction_to_triples(ex)


def _write(store, *articles):
    graphs = dict(articles)
    links = link_reports(store, {g: reports_in(t) for g, t in graphs.items()})
    store.write_articles(graphs, [t for ts in links.values() for t in ts])
    return links


def _events(store):
    rows = store.query(
        "SELECT DISTINCT ?e WHERE { ?e a <https://w3id.org/diplograph#Meeting> }", {}
    ).rows
    return [e for (e,) in rows]


def test_identity_month_and_day_reports_are_linked_across_writes(store):
    _write(store, _report("https://example.org/a/1", "2024-07-08"))
    links = _write(store, _report("https://example.org/a/2", "2024-07"))
    assert [p for _, p, _ in next(iter(links.values()))] == [OWL.sameAs]
    events = _events(store)
    assert len(events) == 2
    assert len(set(clusters(store, events).values())) == 1


def test_identity_reports_in_one_batch_are_linked(store):
    _write(store, _report("https://example.org/a/1", "2024-07"),
           _report("https://example.org/a/2", "2024-07-09"))
    assert len(set(clusters(store, _events(store)).values())) == 1


def test_identity_an_ambiguous_report_links_to_nothing(store):
    _write(store, _report("https://example.org/a/1", "2024-07-08"),
           _report("https://example.org/a/2", "2024-07-20"))
    links = _write(store, _report("https://example.org/a/3", "2024-07"))
    assert links == {}
    assert len(set(clusters(store, _events(store)).values())) == 3


def test_identity_a_report_between_linked_ones_is_checked_against_the_cluster(store):
    _write(store, _report("https://example.org/a/1", "2024-07"),
           _report("https://example.org/a/2", "2024-07-08"))
    links = _write(store, _report("https://example.org/a/3", "2024-07-20"))
    assert links == {}  # the July report is already the 8 July meeting
    groups = clusters(store, _events(store))
    assert len(set(groups.values())) == 2


def test_identity_removing_a_report_leaves_a_dangling_link_that_counts_for_nothing(store):
    first = _report("https://example.org/a/1", "2024-07-08")
    second = _report("https://example.org/a/2", "2024-07")
    _write(store, first)
    _write(store, second)
    store.remove_articles([second[0]])
    events = _events(store)
    assert events == [URIRef(next(e for e in events))]
    assert clusters(store, events) == {str(events[0]): str(events[0])}


def test_identity_linker_looks_only_at_events_new_to_the_store(store):
    linker = EventLinker(store)
    graph, triples = _report("https://example.org/a/1", "2024-07-08")
    store.write_articles({graph: triples})
    again = _report("https://example.org/a/2", "2024-07-08")  # the same node, reported again
    month = _report("https://example.org/a/3", "2024-07")
    links = linker.links({g: reports_in(t) for g, t in (again, month)})
    assert list(links) == [month[0]]
    assert linker.links({again[0]: reports_in(again[1])}) == {}
