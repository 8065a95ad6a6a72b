"""Ingest: the one place where the loaders meet the store.

Articles are read, extracted (in worker processes with ``jobs > 1``) and
written in batches; each batch is one transaction that replaces the named
graph of every article in it, so a re-ingest never duplicates and an
interrupted ingest leaves only whole articles behind.
"""
from __future__ import annotations

import logging
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from rdflib import URIRef

from .errors import ArticleReadError
from .graph.identity import EventLinker, reports_in
from .graph.person_identity import PersonLinker
from .graph.store import ArticleText, GraphStore, article_text, ntriples
from .loaders.model import Article, Extraction
from .loaders.triples import article_iri, extraction_to_triples, split_triples

__all__ = [
    "IngestSummary",
    "ingest",
    "ingest_paths",
    "read_inputs",
    "extract_one",
    "write_batch",
    "with_links",
    "person_linker",
    "remove_urls",
    "ARTICLE_TIME_LIMIT",
    "MAX_EVENTS_PER_ARTICLE",
]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 64
#: Seconds one article may take to extract before it is skipped.
ARTICLE_TIME_LIMIT = 30.0
#: Events kept from one article at most; more is a sign of a broken page.
MAX_EVENTS_PER_ARTICLE = 500


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
        """How many were skipped for each kind of reason (line numbers and sizes left out)."""
        return Counter(_reason_kind(reason) for _, reason in self.skipped)


def _reason_kind(reason: str) -> str:
    """A reason without its particulars: "line 3: invalid JSON (...)" -> "invalid JSON"."""
    import re

    reason = re.sub(r"^line \d+: ", "", reason)
    return re.sub(r"\s*\(.*\)$", "", re.sub(r"(?<![\w-])\d[\d,.]*", "N", reason)).strip()


def extract_one(item: Article | Extraction):
    """Read one article (or one travel record) into ``(graph IRI, triples, number of events)``.

    A pure function of its input, so that it runs in any process (and in
    Dask or Spark workers; see ``examples/``). People are linked to the
    knowledge base (Wikidata QIDs) before the triples are made.
    """
    from .loaders.linking import link_people

    if isinstance(item, Extraction):  # a travel record: its remarks still need reading
        from .loaders.record_remarks import read_remarks

        ex = read_remarks(item)
    else:
        from .loaders.pipeline import extract_article

        ex = extract_article(item)
    ex = link_people(ex)
    return article_iri(ex.article.url), extraction_to_triples(ex), len(ex.events)


class _TimeLimitError(Exception):
    pass


@contextmanager
def _time_limit(seconds: float):
    """Interrupt the block after ``seconds`` (main thread of a Unix process only)."""
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    expired = []

    def alarm(signum, frame):
        expired.append(True)
        raise _TimeLimitError()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:  # the alarm's exception was swallowed where it landed (a garbage collector
        raise _TimeLimitError()  # callback, a __del__): the block still ran out of time


def _extract_safely(item: Article | Extraction, time_limit: float = ARTICLE_TIME_LIMIT):
    """``(ArticleText, number of triples, number of events, event reports)``, or an
    ArticleReadError.

    The triples are split and written out as N-Triples here, in the worker
    process, so that the process writing to the store only writes (and links
    the article's events to the same events already stored, from the reports).
    """
    article = item.article if isinstance(item, Extraction) else item
    where = article.path or article.url
    try:
        with _time_limit(time_limit):
            graph, triples, n_events = extract_one(item)
        if n_events > MAX_EVENTS_PER_ARTICLE:
            return ArticleReadError(where, f"{n_events} events, over the limit of "
                                           f"{MAX_EVENTS_PER_ARTICLE} per article")
        own, shared = split_triples(graph, triples)
        text, reports = article_text(graph, own, shared), reports_in(own)
    except _TimeLimitError:
        return ArticleReadError(where, f"extraction took longer than {time_limit:g} s")
    except Exception as err:  # noqa: BLE001 - one bad article must not stop an ingest
        # The reason goes into the skip report; the traceback only to a debug log.
        log.debug("extraction failed for %s", article.url, exc_info=True)
        return ArticleReadError(where, f"extraction failed: {type(err).__name__}: {err}")
    return text, len(triples), n_events, reports


def _extracted(items: Iterable, jobs: int) -> Iterator:
    """Extraction results (or errors) in input order, in ``jobs`` processes."""
    if jobs <= 1:
        with _collector_skipping_tables() as loaded:
            ready = False
            for item in items:
                if isinstance(item, ArticleReadError):
                    yield item
                    continue
                if not ready and isinstance(item, Article):
                    # built before the first article's clock starts: a cold table cache
                    # on a busy machine takes longer to build than an article may take
                    _load_pipeline()
                yield _extract_safely(item)
                if not ready:
                    loaded()  # the pipeline is loaded (or not needed)
                    ready = True
        return
    import multiprocessing as mp
    from itertools import chain

    items = iter(items)
    first = next(items, None)
    if first is None:
        return
    items = chain([first], items)
    ctx = mp.get_context("fork") if hasattr(mp, "get_context") else mp
    with _collector_skipping_tables() as loaded:
        if ctx.get_start_method() == "fork" and isinstance(first, Article):
            _load_pipeline()
            loaded()  # and the workers share the pages of the tables, untouched by the collector
        else:
            loaded(freeze=False)  # nothing built here: the collector runs as it will
        with ctx.Pool(jobs) as pool:
            yield from pool.imap(_pass_or_extract, items, chunksize=8)


#: The collector's thresholds while articles are read, once the tables are frozen: a
#: young-generation pass every 10,000 allocations rather than 700 (each article makes
#: and drops hundreds of thousands of objects; the default runs passes over the same
#: live ones hundreds of times an article), older ones 10 times rarer each.
_THRESHOLDS = (10_000, 10, 10)


@contextmanager
def _collector_skipping_tables():
    """A block in which, once the function it gives is called, the objects alive then
    (the pipeline, the lexicon's and knowledge base's tables: hundreds of thousands,
    kept to the end) are left out of the cyclic garbage collector's passes, which
    otherwise walk them all again every few hundred articles. They are handed
    back to it at the end of the block. Until then (the tables being built) the
    collector waits; after, it runs less often (:data:`_THRESHOLDS`). Its state is
    the caller's again at the end of the block.
    """
    import gc

    frozen = started = False
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.disable()  # building the tables makes no garbage worth a pass, only long-lived tables

    def loaded(freeze: bool = True) -> None:
        nonlocal frozen, started
        if freeze and not frozen and gc.get_freeze_count() == 0:  # not if the caller froze some
            gc.freeze()
            frozen = True
        if not started:
            started = True
            gc.set_threshold(*_THRESHOLDS)
            if enabled:
                gc.enable()

    try:
        yield loaded
    finally:
        if frozen:
            gc.unfreeze()
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()


def _load_pipeline() -> None:
    """Build the pipeline and load the knowledge base here, before the workers fork.

    The workers then share them (copy-on-write) instead of each spending
    seconds of CPU building its own.
    """
    from .loaders.kb import load_kb
    from .loaders.pipeline import _default_nlp

    _default_nlp()
    load_kb()


def _pass_or_extract(item):
    return item if isinstance(item, ArticleReadError) else _extract_safely(item)


def ingest(
    items: Iterable[Article | Extraction | ArticleReadError],
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
    linker = EventLinker(store)  # remembers the events written in this run
    people = person_linker(store)
    batch: dict = {}  # graph IRI -> (ArticleText, triples, reports); a later copy wins
    batch_events = 0
    for result in _extracted(items, jobs):
        summary.read += 1
        if isinstance(result, ArticleReadError):
            summary.skipped.append((result.path, result.reason))
            # Reported once, by the caller (the CLI prints summary.skipped); not logged too.
            log.debug("skipped %s: %s", result.path, result.reason)
        else:
            text, n_triples, n_events, reports = result
            batch[text.graph] = text, n_triples, reports
            batch_events += n_events
            if len(batch) >= batch_size:
                _flush(linker, batch, batch_events, summary, people)
                batch, batch_events = {}, 0
        if progress is not None:
            progress(summary)
    _flush(linker, batch, batch_events, summary, people)
    return summary


def write_batch(store: GraphStore, batch: dict, linker: EventLinker | None = None,
                people: PersonLinker | None = None) -> None:
    """Write articles (graph IRI -> all their triples) to ``store``.

    Each article's own triples replace its named graph; the facts about
    entities go to the shared graph (see :func:`~diplograph.loaders.triples.split_triples`).
    With ``people`` (:func:`person_linker`), spellings of one person are linked too.
    """
    texts = []
    for graph, triples in batch.items():
        own, shared = split_triples(graph, triples)
        texts.append((article_text(graph, own, shared), reports_in(own)))
    texts = with_links(linker or EventLinker(store), texts)
    if people is not None:
        people.before(texts)
    store.write_texts(texts)
    if people is not None:
        people.after()


def with_links(linker: EventLinker, articles: list[tuple[ArticleText, list]]) -> list[ArticleText]:
    """The articles, each with the ``owl:sameAs`` links from its new events to the same
    events already stored or earlier in the list (:mod:`diplograph.graph.identity`)
    among its facts for the shared graph."""
    links = linker.links({text.graph: reports for text, reports in articles})
    return [
        replace(text, shared=text.shared + tuple(ntriples(links[text.graph]).splitlines(True)))
        if text.graph in links
        else text
        for text, _ in articles
    ]


def person_linker(store: GraphStore) -> PersonLinker:
    """The linker of people's spellings across articles (:mod:`diplograph.graph.person_identity`),
    with the name test of :mod:`diplograph.loaders.name_variants`."""
    from .loaders.name_variants import variant_names

    return PersonLinker(store, variant_names)


def _flush(linker: EventLinker, batch: dict[object, tuple[ArticleText, int, list]],
           n_events: int, summary: IngestSummary, people: PersonLinker | None = None) -> None:
    if not batch:
        return
    texts = with_links(linker, [(text, reports) for text, _, reports in batch.values()])
    if people is not None:
        people.before(texts)
    linker.store.write_texts(texts)  # one transaction
    if people is not None:
        people.after()  # links between people, once both are written
    summary.ingested += len(batch)
    summary.events += n_events
    summary.triples += sum(n for _, n, _ in batch.values())


def ingest_paths(paths: Iterable[str], store: GraphStore, **options) -> IngestSummary:
    """Read the files and folders at ``paths`` and ingest them (see :func:`ingest`).

    Article files go through the readers; U.S. Office of the Historian travel
    records (XML) are recognised and read by their own loader.
    """
    return ingest(read_inputs(paths), store, **options)


def remove_urls(store: GraphStore, urls: Iterable[str]) -> tuple[int, list[str]]:
    """Drop the named graphs of the articles at ``urls``: (number removed, urls not found).

    The articles' claims go with their graphs: their reports of events (an
    event other articles report too keeps their reports), the offices they
    give people and the name forms they use. A person no remaining article
    names is then dropped from the shared entities graph too, and so are
    alternative names no remaining article uses (:mod:`~diplograph.graph.prune`).
    """
    from .graph.prune import forget_unclaimed, people_mentioned, positions_claimed

    present = set(store.graph_names())
    graphs = {url: _stored_graph(url, present) for url in urls}
    found = [g for g in graphs.values() if g in present]
    people, positions = people_mentioned(store, found), positions_claimed(store, found)
    store.remove_articles(found)
    forget_unclaimed(store, people, positions)
    return len(found), [u for u, g in graphs.items() if g not in present]


def _stored_graph(url: str, present: set) -> URIRef:
    """The graph of the article at ``url`` as typed, or as the readers store it
    (percent-encoded, see :func:`~diplograph.loaders.readers.urls.iri_safe_url`)."""
    from .loaders.readers.urls import UrlError, iri_safe_url

    graph = article_iri(url)
    if graph in present:
        return graph
    try:
        return article_iri(iri_safe_url(url))
    except UrlError:
        return graph


def read_inputs(paths: Iterable[str]) -> Iterator[Article | Extraction | ArticleReadError]:
    """Articles from article files, and Extractions from travel-record XML, in path order."""
    from pathlib import Path

    from .loaders.readers import read_articles
    from .loaders.records import is_records_xml, read_records

    for path in map(Path, paths):
        if path.is_dir():
            yield from read_articles([path])  # the readers leave .xml alone
            yield from read_records(path, remarks=False)
        elif is_records_xml(path):
            yield from read_records(path, remarks=False)
        else:
            yield from read_articles([path])
