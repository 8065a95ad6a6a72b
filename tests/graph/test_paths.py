"""Paths searched in the store agree with networkx on the full projection, on both stores."""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

import random
from datetime import date

import networkx as nx
import pytest

from diplograph.graph.lookup import events_between, person_events
from diplograph.graph.paths import shortest_meeting_path
from diplograph.graph.project import person_graph
from diplograph.loaders.model import Article, Event, Extraction, Person
from diplograph.loaders.triples import article_iri, extraction_to_triples
from diplograph.ontology import iri_for

NAMES = [f"Person {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(40)]
DATES = [None, "2019", "2020-03", "2021-06-01", "2022", "2023-02-14", "2024-07", "2025-01-09"]
FILTERS = [
    {},
    {"kinds": ["meeting"]},
    {"kinds": ["meeting", "visit", "call"], "statuses": None},
    {"since": 2021},
    {"since": "2020-06", "until": "2023"},
    {"until": "2021-06", "statuses": ["occurred", "planned"]},
]


def generated_extractions(seed: int = 6) -> list[Extraction]:
    """Six articles, 40 people, 90 events of every kind, status and date precision.

    Ten events are reported twice (by two articles), as in a real corpus.
    """
    rng = random.Random(seed)
    people = [Person(n.lower(), n, [], "Minister", "FR") for n in NAMES]
    events = []
    for _ in range(90):
        kind = rng.choice(["meeting", "meeting", "call", "visit"])
        status = rng.choice(["occurred", "occurred", "planned", "cancelled"])
        when = rng.choice(DATES)
        if kind == "visit":
            visitor, host = rng.sample(NAMES, 2)
            events.append(Event(kind, status, visitor=visitor.lower(), host=host.lower(),
                                date=when, country="FR"))
        else:
            who = [n.lower() for n in rng.sample(NAMES, rng.choice([2, 2, 3]))]
            events.append(Event(kind, status, who, date=when))
    out = []
    for i in range(6):
        mine = events[i * 15:(i + 1) * 15] + events[(i + 1) % 6 * 15:(i + 1) % 6 * 15 + 2]
        art = Article(url=f"https://news.example.org/gen/{i}", text="...", title=f"A{i}",
                      published=date(2025, 2, i + 1))
        out.append(Extraction(art, people=people, countries=["FR"], events=mine))
    return out


@pytest.fixture
def generated(store):
    store.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)
                            for ex in generated_extractions()})
    return store


def iri(name: str) -> str:
    return str(iri_for("person", name.lower()))


@pytest.mark.parametrize("filters", FILTERS)
def test_paths_length_equals_networkx(generated, filters):
    G = person_graph(generated, **filters)
    checked = 0
    for a, b in [(NAMES[i], NAMES[j]) for i in range(0, 40, 3) for j in range(1, 40, 7)]:
        try:
            expected = nx.shortest_path_length(G, iri(a), iri(b))
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            expected = None
        try:
            hops = shortest_meeting_path(generated, [iri(a)], [iri(b)], **filters)
        except nx.NetworkXNoPath:
            hops = None
        assert (None if hops is None else len(hops)) == expected, (a, b)
        for h in hops or []:
            edge = G.edges[h["from"], h["to"]]
            assert (h["events"], h["date"]) == (edge["weight"], edge["last"])
            assert h["event"] in edge["events"] and h["kind"] in edge["kinds"]
        checked += hops is not None
    assert checked > 0


@pytest.mark.parametrize("filters", FILTERS[:3])
def test_paths_same_person_is_no_hop_if_in_the_network(generated, filters):
    G = person_graph(generated, **filters)
    for name in NAMES:
        if iri(name) in G and G.degree(iri(name)):
            assert shortest_meeting_path(generated, [iri(name)], [iri(name)], **filters) == []
        else:
            with pytest.raises(nx.NetworkXNoPath):
                shortest_meeting_path(generated, [iri(name)], [iri(name)], **filters)


@pytest.mark.parametrize("filters", FILTERS)
def test_paths_events_between_are_the_edge_events(generated, filters):
    G = person_graph(generated, **filters)
    for u, v, data in list(G.edges(data=True))[:15]:
        found = events_between(generated, [u], [v], **{"kinds": ("meeting", "call"),
                                                        "statuses": ("occurred",), **filters})
        assert sorted(map(str, found)) == sorted(data["events"])


@pytest.mark.parametrize("kind", ["meeting", "call", "visit"])
def test_paths_person_events_with_equals_filtered_events(generated, kind):
    for a, b in [(NAMES[i], NAMES[j]) for i in range(0, 40, 4) for j in range(2, 40, 5)]:
        every = person_events(generated, [iri_for("person", a.lower())], kind)
        other = iri(b)
        expected = [r for r in every if other in r["others"]]
        pair = person_events(generated, [iri_for("person", a.lower())], kind,
                             with_people=[iri_for("person", b.lower())])
        assert pair == expected, (a, b)
