"""Shared fixtures: hand-built extractions and real on-disk stores."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.graph.store import open_store
from diplograph.loaders.model import Article, Event, Extraction, Person
from diplograph.loaders.triples import article_iri, extraction_to_triples


def make_extraction(url: str = "https://example.org/a/1", **overrides) -> Extraction:
    """A small, fully specified extraction: Modi to meet Putin in Moscow."""
    text = ("Indian Prime Minister Narendra Modi will meet Russian President Vladimir Putin "
            "in Moscow on Monday. Modi called Ukrainian President Volodymyr Zelenskyy in 2023.")
    art = Article(url=url, text=text, title="Modi to meet Putin", published=date(2024, 7, 5),
                  source="Example News")
    people = [
        Person("narendra modi", "Narendra Modi", ["Modi"], "Prime Minister", "IN"),
        Person("vladimir putin", "Vladimir Putin", [], "President", "RU"),
        Person("volodymyr zelenskyy", "Volodymyr Zelenskyy", [], "President", "UA"),
    ]
    first = (0, text.index(".") + 1)
    second = (first[1] + 1, len(text))
    events = [
        Event("meeting", "planned", ["narendra modi", "vladimir putin"], date="2024-07-08",
              place="Moscow", country="RU", evidence=text[slice(*first)], spans=[first]),
        Event("visit", "planned", visitor="narendra modi", date="2024-07-08", place="Moscow",
              country="RU", evidence=text[slice(*first)], spans=[first]),
        Event("call", "occurred", ["narendra modi", "volodymyr zelenskyy"], date="2023",
              evidence=text[slice(*second)], spans=[second]),
    ]
    ex = Extraction(art, people=people, countries=["IN", "RU", "UA"], organisations=["SCO"],
                    places={"Moscow": "RU"}, events=events)
    for key, value in overrides.items():
        setattr(ex, key, value)
    return ex


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def store_path(tmp_path) -> str:
    return str(tmp_path / "store")


@pytest.fixture
def filled_store(store_path):
    """An embedded store on disk holding :func:`make_extraction`'s article; yields its path."""
    ex = make_extraction()
    with open_store(store_path) as store:
        store.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)})
    return store_path
