"""Ingest: the one place where the loaders meet the store.

Articles are read, extracted (in worker processes with ``jobs > 1``) and
written in batches; each batch is one transaction that replaces the named
graph of every article in it, so a re-ingest never duplicates and an
interrupted ingest leaves only whole articles behind.
"""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .errors import ArticleReadError
from .graph.store import GraphStore
from .loaders.model import Article, Extraction
from .loaders.triples import article_iri, extraction_to_triples

__all__ = ["IngestSummary", "ingest", "ingest_paths", "extract_one"]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 64


@dataclass
class IngestSummary:
    """What an ingest did: counts, and every skipped file with its reason."""

    read: int = 0
    ingested: int = 0
    events: int = 0
    triples: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def skipped_by_reason(self) -> Counter:
        """How many were skipped for each reason."""
        return Counter(reason for _, reason in self.skipped)


def extract_one(article: Article):
    """Read one article into ``(graph IRI, triples, number of events)``.

    A pure function of the article, so that it runs in any process (and in
    Dask or Spark workers; see ``examples/``).
    """
    from .loaders.pipeline import extract_article

    ex: Extraction = extract_article(article)
    return article_iri(article.url), extraction_to_triples(ex), len(ex.events)


def _extract_safely(article: Article):
    try:
        return extract_one(article)
    except Exception as err:  # noqa: BLE001 - one bad article must not stop an ingest
        log.exception("extraction failed for %s", article.url)
        return ArticleReadError(article.path or article.url, f"extraction failed: {err}")


def _extracted(items: Iterable, jobs: int) -> Iterator:
    """Extraction results (or errors) in input order, in ``jobs`` processes."""
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, ArticleReadError) else _extract_safely(item)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(mp, "get_context") else mp
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_pass_or_extract, items, chunksize=8)


def _pass_or_extract(item):
    return item if isinstance(item, ArticleReadError) else _extract_safely(item)


def ingest(
    items: Iterable[Article | ArticleReadError],
    store: GraphStore,
    *,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Extract ``items`` and write them to ``store``.

    ``items`` are Articles, or ArticleReadErrors from the readers, which are
    counted as skipped. Returns an :class:`IngestSummary`.
    """
    summary = IngestSummary()
    batch: dict = {}
    batch_events = 0
    for result in _extracted(items, jobs):
        summary.read += 1
        if isinstance(result, ArticleReadError):
            summary.skipped.append((result.path, result.reason))
            log.warning("skipped %s: %s", result.path, result.reason)
        else:
            graph, triples, n_events = result
            batch[graph] = triples
            batch_events += n_events
            if len(batch) >= batch_size:
                _flush(store, batch, batch_events, summary)
                batch, batch_events = {}, 0
        if progress is not None:
            progress(summary)
    _flush(store, batch, batch_events, summary)
    return summary


def _flush(store: GraphStore, batch: dict, n_events: int, summary: IngestSummary) -> None:
    if not batch:
        return
    store.replace_articles(batch)
    summary.ingested += len(batch)
    summary.events += n_events
    summary.triples += sum(len(t) for t in batch.values())


def ingest_paths(paths: Iterable[str], store: GraphStore, **options) -> IngestSummary:
    """Read the files and folders at ``paths`` and ingest them (see :func:`ingest`)."""
    from .loaders.readers import read_articles

    return ingest(read_articles(list(paths)), store, **options)
