"""The ingest write path: articles written as N-Triples text (``write_texts``).

Every store must end with the same quads as the triples API
(``write_articles``) gives: new articles, re-ingested ones, both in one
batch, hostile literals. On Oxigraph a batch of new articles is one ``load``
and a batch with a known article one UPDATE; both are one transaction.
"""
from __future__ import annotations

import pytest
from rdflib import Literal, Namespace, URIRef

from diplograph.errors import StoreError
from diplograph.graph.store import ENTITIES_GRAPH, ArticleText, article_text, parse_ntriples
from diplograph.ingest import write_batch
from diplograph.loaders.triples import article_iri, extraction_to_triples, split_triples

from ..conftest import make_extraction
from .test_store import HOSTILE

SCHEMA = Namespace("https://schema.org/")

# Literals that look like the end of an N-Triples line, or hold line breaks.
TRICKY = [*HOSTILE, "ends with a dot .", " .\n", 'x" .\n<http://evil/> <http://evil/> "y', "_:b0"]


def article(n: int, *, version: int = 0) -> tuple[URIRef, list]:
    """Article ``n`` (graph IRI, triples); other versions differ in one triple."""
    ex = make_extraction(url=f"https://example.org/w/{n}")
    g = article_iri(ex.article.url)
    triples = extraction_to_triples(ex)
    triples.append((g, SCHEMA.keywords, Literal(f"version {version}")))
    triples.append((g, SCHEMA.abstract, Literal(TRICKY[n % len(TRICKY)])))
    return g, triples


def texts(graphs: dict) -> list[ArticleText]:
    return [article_text(g, *split_triples(g, triples)) for g, triples in graphs.items()]


def expected(*batches: dict) -> set:
    """The quads after writing ``batches`` in turn: each graph replaced, entity facts added."""
    own, shared = {}, set()
    for batch in batches:
        for g, triples in batch.items():
            own[g], facts = split_triples(g, triples)
            shared.update(facts)
    quads = {(s, p, o, g) for g, triples in own.items() for s, p, o in triples}
    return quads | {(s, p, o, ENTITIES_GRAPH) for s, p, o in shared}


@pytest.mark.parametrize("n_articles", [len(TRICKY) - 1, len(TRICKY)])  # the last has "_:"
def test_write_texts_new_articles(store, n_articles):
    batch = dict(article(n) for n in range(n_articles))
    store.write_texts(texts(batch))
    assert set(store.quads()) == expected(batch)


@pytest.mark.parametrize("first, second", [([0, 1, 2], [1, 2, 3, 4]), ([0], [0])])
def test_write_texts_replaces_known_articles(store, first, second):
    """A batch of known and new articles: the known ones are replaced, not added to."""
    one = dict(article(n) for n in first)
    two = dict(article(n, version=1) for n in second)
    store.write_texts(texts(one))
    store.write_texts(texts(two))
    assert set(store.quads()) == expected(one, two)


@pytest.mark.parametrize("n_articles", [5])
def test_write_texts_same_as_write_articles(open_test_store, n_articles):
    batch = dict(article(n) for n in range(n_articles))
    with open_test_store() as store:
        graphs, shared = {}, set()
        for g, triples in batch.items():
            graphs[g], facts = split_triples(g, triples)
            shared.update(facts)
        store.write_articles(graphs, shared)
        by_triples = set(store.quads())
        store.remove_articles(store.graph_names())
        write_batch(store, batch)
        assert set(store.quads()) == by_triples == expected(batch)


@pytest.mark.parametrize("n_articles", [3])
def test_write_texts_rewrites_entity_facts_an_update_deleted(store, n_articles):
    batch = dict(article(n) for n in range(n_articles))
    store.write_texts(texts(batch))
    store.update(f"DELETE WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }}")
    more = dict([article(n_articles)])
    store.write_texts(texts(more))
    assert set(store.quads()) == expected(batch, more)


@pytest.mark.parametrize("known", [False, True])
def test_write_texts_batch_is_one_transaction(open_test_store, store_kind, known):
    """A batch with one broken statement writes nothing, whether new or known articles."""
    if store_kind != "oxigraph":
        pytest.skip("the remote store stages and swaps articles one at a time")
    old = dict(article(n) for n in range(2))
    new = dict(article(n, version=1) for n in range(2, 4))
    with open_test_store() as store:
        store.write_texts(texts(old))
        before = set(store.quads())
        batch = texts(new) + [ArticleText(URIRef("https://example.org/broken"),
                                          '<https://example.org/broken> <http://x/p> "no end .\n')]
        if known:
            batch += texts(dict(article(n, version=2) for n in range(2)))
        with pytest.raises(StoreError):
            store.write_texts(batch)
        assert set(store.quads()) == before


@pytest.mark.parametrize("literal", TRICKY)
def test_write_texts_article_text_round_trips(literal):
    g = URIRef("https://example.org/a")
    triples = [(g, SCHEMA.abstract, Literal(literal)), (g, SCHEMA.url, Literal("u"))]
    text = article_text(g, triples, triples[:1])
    assert text.own.count("\n") == 2 and len(text.shared) == 1
    assert parse_ntriples(text.own) == triples


@pytest.mark.parametrize("n_articles", [2, 3])
def test_write_texts_after_added_links(store, n_articles):
    """Links added between batches (as the person linker does) leave the entity
    facts already written in place; on Oxigraph they are not sent again."""
    from rdflib import OWL

    batch = dict(article(n) for n in range(n_articles))
    store.write_texts(texts(batch))
    link = (URIRef("https://example.org/p/a"), OWL.sameAs, URIRef("https://example.org/p/b"))
    store.add_shared([link])
    if hasattr(store, "_shared_written"):
        assert store._shared_written == set().union(*(t.shared for t in texts(batch)))
    more = dict([article(n_articles)])
    store.write_texts(texts(more))
    assert set(store.quads()) == expected(batch, more) | {(*link, ENTITIES_GRAPH)}
