"""Lookups on the real embedded store: names resolve forgivingly, values stay values."""
from __future__ import annotations

import pytest

from diplograph.errors import AmbiguousNameError, DiplographError
from diplograph.graph.lookup import (
    find_people,
    person_events,
    person_profile,
    resolve_country,
    resolve_person,
    store_stats,
    visits,
)
from diplograph.graph.store import open_store
from diplograph.loaders.model import Person
from diplograph.loaders.triples import article_iri, extraction_to_triples
from tests.conftest import make_extraction


@pytest.fixture
def store(filled_store):
    with open_store(filled_store, read_only=True) as s:
        yield s


@pytest.mark.parametrize("name", ["modi", "Narendra Modi", "PM Modi", "NARENDRA  MODI",
                                  "Prime Minister Modi"])
def test_lookup_resolves_forgiving_names(store, name):
    assert [str(i).rsplit("/", 1)[-1] for i in resolve_person(store, name)] == ["narendra-modi"]


@pytest.mark.parametrize("name", ["Modi\" } ; DROP ALL ; #", "x\\y", "a\nb", "<>", "\u202e"])
def test_lookup_hostile_names_match_nobody_and_change_nothing(store, name):
    before = store.count()
    with pytest.raises(DiplographError):
        resolve_person(store, name)
    assert store.count() == before


def test_lookup_ambiguous_name_lists_candidates(store_path):
    ex = make_extraction()
    ex.people.append(Person("narendra singh", "Narendra Singh", [], "Minister", "IN"))
    with open_store(store_path) as s:
        s.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)})
        with pytest.raises(AmbiguousNameError) as err:
            resolve_person(s, "Narendra")
    assert err.value.candidates == ["Narendra Modi", "Narendra Singh"]


@pytest.mark.parametrize("kind, n, other", [("meeting", 1, "Vladimir Putin"),
                                            ("call", 1, "Volodymyr Zelenskyy"), ("visit", 1, "")])
def test_lookup_person_events(store, kind, n, other):
    rows = person_events(store, resolve_person(store, "Modi"), kind)
    assert len(rows) == n
    assert rows[0]["with"] == other
    assert rows[0]["reports"] == 1
    assert rows[0]["sources"] == ["https://example.org/a/1"]


@pytest.mark.parametrize("country, n", [("RU", 1), ("AT", 0), (None, 1)])
def test_lookup_visits_by_country(store, country, n):
    assert len(visits(store, None, country)) == n


def test_lookup_person_profile(store):
    profile = person_profile(store, resolve_person(store, "Putin"))
    assert profile["names"] == ["Vladimir Putin"]
    assert profile["offices"] == [{"title": "President", "country": "RU", "organisation": None,
                                   "former": False, "reports": 1,
                                   "sources": ["https://example.org/a/1"], "latest": "2024-07-05",
                                   "kb": None, "disputed": False}]
    assert profile["disputed_offices"] == [] and profile["kb_terms"] == []
    assert profile["name_sources"] == {"Vladimir Putin": ["https://example.org/a/1"]}
    assert len(profile["events"]["meeting"]) == 1


def test_lookup_stats(store):
    stats = store_stats(store)
    assert stats["counts"]["Person"] == 3
    assert stats["counts"]["Meeting"] == 1
    assert stats["first_event"] == "2023" and stats["last_event"] == "2024-07-08"


@pytest.mark.parametrize("text, code", [("ru", "RU"), ("Russia", "RU"), ("United Kingdom", "GB"),
                                        ("India", "IN")])
def test_lookup_resolve_country(text, code):
    assert resolve_country(text) == code


def test_lookup_find_people_empty_store(store_path):
    with open_store(store_path) as s:
        assert find_people(s, "Modi") == []


def test_lookup_profile_shows_wikidata_qid(store_path):
    ex = make_extraction()
    ex.people[0].qid = "Q1058"
    with open_store(store_path) as s:
        s.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)})
        profile = person_profile(s, resolve_person(s, "Modi"))
    assert profile["wikidata"] == ["Q1058"]


@pytest.mark.parametrize("country, year, n", [("RU", 2024, 1), ("RU", 2023, 0), (None, 2024, 1),
                                              ("AT", 2024, 0)])
def test_lookup_visits_by_year(store, country, year, n):
    assert len(visits(store, None, country, year)) == n
