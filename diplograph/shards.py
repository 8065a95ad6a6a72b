"""Extraction without a store: articles to N-Quads shards, and shards into a store.

Reading an article is a pure function of the article
(:func:`diplograph.ingest.extract_one`), so it runs anywhere. This module
maps it over partitions of a corpus with :func:`extract_partition` (in local
processes, or on a Dask cluster) and writes each partition's quads as one
N-Quads file, ``shard-NNNNNN.nq``, that holds whole articles only.
:func:`load_shards` then writes them into any store, one article's named
graph replaced at a time, which gives the same graph as ``diplograph
ingest`` of the same articles.

With Dask only the extraction is distributed: the client reads the article
files and writes the shards, workers need no shared file system.

Spark runs the same function with ``mapPartitions``::

    from diplograph.shards import extract_partition, write_partition
    rdd = spark.sparkContext.parallelize(list_of_articles, numSlices=64)
    parts = rdd.mapPartitions(lambda it: [extract_partition(list(it))])
    for i, part in enumerate(parts.toLocalIterator()):
        write_partition(part, "shards/", i)

Examples
--------
>>> import tempfile
>>> from rdflib import Literal, URIRef
>>> g = URIRef("https://example.org/a1")
>>> with tempfile.TemporaryDirectory() as tmp:
...     _ = write_shard([(g, [(g, URIRef("https://schema.org/url"), Literal("a1"))])],
...                     tmp + "/shard-000000.nq")
...     read_shard(tmp + "/shard-000000.nq")[g][0][2]
rdflib.term.Literal('a1')
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from rdflib.term import URIRef

from .errors import ArticleReadError
from .graph.convert import from_ox, nt
from .graph.identity import EventLinker
from .graph.store import ENTITIES_GRAPH, GraphStore, Triple
from .ingest import IngestSummary, extract_one, person_linker, write_batch
from .loaders.model import Article

__all__ = ["extract_partition", "extract_shards", "write_partition", "write_shard",
           "read_shard", "shard_paths", "load_shards", "SHARD_GLOB"]

log = logging.getLogger(__name__)

SHARD_GLOB = "shard-*.nq"
DEFAULT_SHARD_SIZE = 200


def extract_partition(articles: list[Article]) -> dict:
    """Read ``articles`` into one shard's worth of N-Quads: a pure function.

    Returns a dict with ``nquads`` (str), ``articles``, ``events`` and
    ``triples`` (counts) and ``skipped`` ((path, reason) for articles whose
    extraction failed). Runs in any process: a pool, Dask or Spark worker.
    """
    lines: list[str] = []
    out = {"articles": 0, "events": 0, "triples": 0, "skipped": []}
    for article in articles:
        try:
            graph, triples, n_events = extract_one(article)
        except Exception as err:  # noqa: BLE001 - one bad article must not stop the rest
            log.exception("extraction failed for %s", article.url)
            out["skipped"].append((article.path or article.url, f"extraction failed: {err}"))
            continue
        unique = list(dict.fromkeys(triples))
        lines.extend(_nquad(s, p, o, graph) for s, p, o in unique)
        out["articles"] += 1
        out["events"] += n_events
        out["triples"] += len(unique)
    out["nquads"] = "".join(lines)
    return out


def _nquad(s, p, o, g) -> str:
    return f"{nt(s)} {nt(p)} {nt(o)} {nt(g)} .\n"


def write_partition(part: dict, out_dir: str | Path, index: int) -> Path:
    """Write one :func:`extract_partition` result as ``shard-<index>.nq`` (atomically)."""
    path = Path(out_dir) / f"shard-{index:06d}.nq"
    tmp = path.with_suffix(".nq.tmp")
    tmp.write_text(part["nquads"], encoding="utf-8")
    os.replace(tmp, path)
    return path


def write_shard(results: Iterable[tuple[URIRef, list[Triple]]], path: str | Path) -> int:
    """Write (graph, triples) pairs as one N-Quads file; the number of quads."""
    lines = [_nquad(s, p, o, g) for g, triples in results for s, p, o in dict.fromkeys(triples)]
    tmp = Path(f"{path}.tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    os.replace(tmp, path)
    return len(lines)


def read_shard(path: str | Path) -> dict[URIRef, list[Triple]]:
    """The articles of one shard: graph IRI to its triples, in file order."""
    import pyoxigraph as ox

    graphs: dict[URIRef, list[Triple]] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        g = from_ox(q.graph_name)
        graphs.setdefault(g, []).append((from_ox(q.subject), from_ox(q.predicate),
                                         from_ox(q.object)))
    return graphs


def _partitions(items: Iterable, size: int, summary: IngestSummary) -> Iterator[list[Article]]:
    """Articles in lists of ``size``; read errors are counted as skipped on the way."""
    def articles():
        for item in items:
            summary.read += 1
            if isinstance(item, ArticleReadError):
                summary.skipped.append((item.path, item.reason))
            else:
                yield item

    it = articles()
    while chunk := list(islice(it, size)):
        yield chunk


def _record(part: dict, summary: IngestSummary) -> None:
    summary.ingested += part["articles"]
    summary.events += part["events"]
    summary.triples += part["triples"]
    summary.skipped.extend(part["skipped"])


def extract_shards(items: Iterable[Article | ArticleReadError], out_dir: str | Path, *,
                   jobs: int = 1, shard_size: int = DEFAULT_SHARD_SIZE,
                   scheduler=None,
                   progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Extract ``items`` into N-Quads shards in ``out_dir`` without touching a store.

    ``shard_size`` articles go into each shard. Extraction runs in ``jobs``
    local processes, or on the Dask cluster at ``scheduler`` (an address such
    as ``tcp://10.0.0.5:8786``, or a ``distributed.Client``). Previous
    ``shard-*.nq`` files in ``out_dir`` are removed first. Returns an
    :class:`~diplograph.ingest.IngestSummary` (``ingested`` = articles written).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(SHARD_GLOB):
        old.unlink()
    summary = IngestSummary()
    parts = _partitions(items, shard_size, summary)
    if scheduler is not None:
        results = _map_dask(parts, scheduler)
    elif jobs > 1:
        results = _map_pool(parts, jobs)
    else:
        results = ((i, extract_partition(p)) for i, p in enumerate(parts))
    for index, part in results:
        if part["articles"]:
            write_partition(part, out, index)
        _record(part, summary)
        if progress is not None:
            progress(summary)
    return summary


def _map_pool(parts: Iterator[list[Article]], jobs: int):
    import multiprocessing as mp

    with mp.get_context("fork").Pool(jobs) as pool:
        yield from enumerate(pool.imap(extract_partition, parts))


def _map_dask(parts: Iterator[list[Article]], scheduler):
    """(index, result) from a Dask cluster, a bounded number of partitions in flight."""
    from distributed import Client, as_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
        indexed = enumerate(parts)
        pending, index_of = as_completed(), {}

        def submit(i: int, part: list[Article]) -> None:
            future = client.submit(extract_partition, part, pure=False)
            index_of[future.key] = i
            pending.add(future)

        for i, part in islice(indexed, window):
            submit(i, part)
        for future in pending:
            yield index_of.pop(future.key), future.result()
            future.release()
            nxt = next(indexed, None)
            if nxt is not None:
                submit(*nxt)
    finally:
        if client is not scheduler:
            client.close()


def shard_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The shard files at ``paths`` (files, or folders holding ``shard-*.nq``), in order."""
    found: list[Path] = []
    for p in map(Path, paths):
        found.extend(sorted(p.glob(SHARD_GLOB)) if p.is_dir() else [p])
    return found


def load_shards(paths: Iterable[str | Path], store: GraphStore, *, batch_size: int = 64,
                progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Write the articles of the shards at ``paths`` into ``store``.

    Each article's named graph is replaced (as ``ingest`` does), ``batch_size``
    articles per :meth:`~diplograph.graph.store.GraphStore.replace_articles`.
    Shards are read in name order, so a later copy of an article wins. Quads
    in the shared entities graph (as ``export --format nquads`` writes them)
    are added to the store's shared graph.
    """
    summary = IngestSummary()
    linker, people = EventLinker(store), person_linker(store)
    for path in shard_paths(paths):
        graphs = read_shard(path)
        shared = graphs.pop(ENTITIES_GRAPH, None)
        if shared:  # a shard in the stored layout: entity facts are added, never replaced
            store.add_shared(shared)
            summary.triples += len(shared)
        items = list(graphs.items())
        for i in range(0, len(items), batch_size):
            batch = dict(items[i:i + batch_size])
            write_batch(store, batch, linker, people)  # as ingest does: links too
            summary.read += len(batch)
            summary.ingested += len(batch)
            summary.triples += sum(len(t) for t in batch.values())
            if progress is not None:
                progress(summary)
    return summary
