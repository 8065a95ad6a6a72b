"""Copy one store into another in bulk (``diplograph push --to URL``).

Every named graph of the source replaces the graph of the same name in the
target, ``batch_size`` graphs per write, in ``jobs`` concurrent writers; the
target's other graphs are left alone. A batch that cannot be written is
reported and the copy goes on.

Examples
--------
>>> import tempfile
>>> from rdflib import URIRef, Literal
>>> from diplograph.graph.store import open_store
>>> g = URIRef("https://example.org/a1")
>>> with tempfile.TemporaryDirectory() as tmp:
...     with open_store(tmp + "/a") as a, open_store(tmp + "/b") as b:
...         a.replace_articles({g: [(g, URIRef("https://schema.org/url"), Literal("a1"))]})
...         summary = push(a, b)
...         summary.graphs, summary.triples, b.count()
(1, 1, 1)
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from rdflib.term import URIRef

from ..errors import StoreError
from .store import ENTITIES_GRAPH, GraphStore, Triple

__all__ = ["push", "PushSummary"]

log = logging.getLogger(__name__)


@dataclass
class PushSummary:
    """What a push did: graphs and triples written, graphs that failed (with the reason)."""

    graphs: int = 0
    triples: int = 0
    skipped_default: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def push(source: GraphStore, target: GraphStore, *, batch_size: int = 64, jobs: int = 1,
         progress: Callable[[PushSummary], None] | None = None) -> PushSummary:
    """Copy every named graph of ``source`` into ``target``; returns a :class:`PushSummary`.

    The shared graph of entity facts is merged into the target's (added,
    never replaced), first, so that no article points at a nameless entity.
    Quads in the source's default graph are not copied (diplograph writes
    none); they are counted in ``skipped_default``.
    """
    summary = PushSummary()
    shared = source.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
                          {"g": ENTITIES_GRAPH}).rows
    if shared:
        target.add_shared(shared)
        summary.triples += len(shared)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        running: dict = {}
        for batch in _batches(source, batch_size, summary):
            if len(running) >= 2 * max(1, jobs):
                _collect(running, summary, progress)
            running[pool.submit(target.replace_articles, batch)] = batch
        while running:
            _collect(running, summary, progress)
    return summary


def _collect(running: dict, summary: PushSummary, progress) -> None:
    done, _ = wait(list(running), return_when=FIRST_COMPLETED)
    for future in done:
        batch = running.pop(future)
        err = future.exception()
        failed = set()
        if err is not None:
            if not isinstance(err, StoreError):
                raise err
            failed = set(getattr(err, "failed", None) or batch)
            summary.failed.extend((str(g), str(err)) for g in batch if g in failed)
            log.warning("push: %d graphs not written: %s", len(failed), err)
        ok = [g for g in batch if g not in failed]
        summary.graphs += len(ok)
        summary.triples += sum(len(batch[g]) for g in ok)
        if progress is not None:
            progress(summary)


def _batches(source: GraphStore, size: int, summary: PushSummary) -> Iterator[dict]:
    """The source's graphs, whole, ``size`` per dict.

    Quads are streamed; a graph whose quads come back non-contiguous is
    fetched again whole at the end, so that no graph is ever written in part.
    """
    batch: dict[URIRef, list[Triple]] = {}
    done: set[URIRef] = set()
    again: set[URIRef] = set()
    current, triples = None, []
    for s, p, o, g in source.quads():
        if g is None:
            summary.skipped_default += 1
            continue
        if g == ENTITIES_GRAPH:
            continue
        if g != current:
            if current is not None:
                batch[current] = triples
                done.add(current)
                if len(batch) >= size:
                    yield batch
                    batch = {}
            current, triples = g, []
            if g in done:
                again.add(g)
        triples.append((s, p, o))
    if current is not None:
        batch[current] = triples
    batch = {g: t for g, t in batch.items() if g not in again}
    if batch:
        yield batch
    for g in sorted(again):
        res = source.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": g})
        yield {g: list(res.rows)}
