"""A served store: real Oxigraph on disk, the real server on a free loopback port.

The store holds three articles: the shared Modi/Putin extraction, a second
report of the same meeting a day later (linked by ``owl:sameAs``, so the
event is disputed), and a hostile article whose names, title, URL and
evidence are markup, event handlers and formulas.
"""
from __future__ import annotations

import contextlib
from datetime import date

import pytest
from rdflib import OWL, URIRef

from diplograph.graph.store import open_store
from diplograph.loaders.model import Article, Event, Extraction, Person
from diplograph.loaders.triples import article_iri, extraction_to_triples
from diplograph.ontology import iri_for
from diplograph.serve.app import ServeConfig, make_app
from diplograph.serve.server import ServerThread, bind_socket

from ..conftest import make_extraction

SECOND_URL = "https://example.org/a/2"
HOSTILE_URL = "https://example.org/<script>alert(3)</script>"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_OTHER = "Ann <script>alert(2)</script> Lee"
HOSTILE_TITLE = "<script>alert(4)</script> headline"
FORMULA = '=HYPERLINK("http://evil.example/x","click")'
HOSTILE_EVIDENCE = f'{HOSTILE_NAME} met {HOSTILE_OTHER}: "{FORMULA}" </script><b>bold</b>'


def second_report() -> Extraction:
    """The Modi-Putin meeting again, from another article, a day later."""
    text = "Narendra Modi met Vladimir Putin in Moscow on Tuesday."
    art = Article(url=SECOND_URL, text=text, title="Modi and Putin meet",
                  published=date(2024, 7, 9), source="Other News")
    people = [Person("narendra modi", "Narendra Modi", [], "Prime Minister", "IN"),
              Person("vladimir putin", "Vladimir Putin", [], "President", "RU")]
    ev = Event("meeting", "planned", ["narendra modi", "vladimir putin"], date="2024-07-09",
               place="Moscow", country="RU", occasion="SCO", evidence=text,
               spans=[(0, len(text))])
    return Extraction(art, people=people, countries=["IN", "RU"], organisations=["SCO"],
                      places={"Moscow": "RU"}, events=[ev])


def hostile_report() -> Extraction:
    """Markup, handlers and a formula everywhere a value can go."""
    text = HOSTILE_EVIDENCE
    art = Article(url=HOSTILE_URL, text=text, title=HOSTILE_TITLE, published=date(2024, 8, 1),
                  source="<i>Evil</i> Press")
    people = [Person("hostile one", HOSTILE_NAME, [FORMULA], "Minister", "FR"),
              Person("hostile two", HOSTILE_OTHER, [], "Minister", "DE")]
    ev = Event("meeting", "occurred", ["hostile one", "hostile two"], date="2024-08-01",
               place="<b>Paris</b>", country="FR", evidence=text, spans=[(0, len(text))])
    return Extraction(art, people=people, countries=["FR", "DE"], places={"<b>Paris</b>": "FR"},
                      events=[ev])


def meeting_iris(store) -> list[str]:
    rows = store.query("PREFIX dg: <https://w3id.org/diplograph#> SELECT DISTINCT ?e WHERE "
                       "{ ?e a dg:Meeting ; dg:participant ?p . ?p <https://schema.org/name> "
                       "\"Vladimir Putin\" } ORDER BY ?e").rows
    return [str(e) for (e,) in rows]


def fill_store(path: str) -> str:
    """The three articles in the embedded store at ``path``, the two reports linked."""
    with open_store(path) as store:
        for ex in (make_extraction(), second_report(), hostile_report()):
            store.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)})
        first, second = meeting_iris(store)
        store.add_shared([(URIRef(second), OWL.sameAs, URIRef(first))])
    return path


@pytest.fixture(scope="session")
def served_path(tmp_path_factory) -> str:
    return fill_store(str(tmp_path_factory.mktemp("serve") / "store"))


@contextlib.contextmanager
def serving(location: str, **options):
    """The app over ``location`` served on a free loopback port; yields its base URL."""
    app = make_app(ServeConfig(location, **options))
    with ServerThread(app, bind_socket("127.0.0.1", 0)) as url:
        yield url


@pytest.fixture(scope="session")
def server(served_path) -> str:
    """The base URL of a server over :func:`served_path` (1 worker, defaults otherwise)."""
    with serving(served_path, workers=1) as url:
        yield url


MODI = str(iri_for("person", "Narendra Modi"))
HOSTILE_PERSON = str(iri_for("person", HOSTILE_NAME))
