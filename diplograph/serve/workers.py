"""SPARQL queries on the embedded store, each in a worker process with a time limit.

pyoxigraph cannot interrupt a running query, so a query that runs past its
time limit would hold a thread (and a core) until it ends. Queries typed by
users therefore run in worker processes, each holding its own read-only
:class:`~diplograph.serve.snapshot.Snapshot` of the store; one that runs too
long is killed, a fresh worker takes its place, and the client gets a clear
503 error. The pages' own queries are bounded and run in the server.

Examples
--------
>>> import tempfile, pyoxigraph as ox
>>> with tempfile.TemporaryDirectory() as tmp:
...     ox.Store(tmp + "/s").flush()
...     with QueryPool(tmp + "/s", workers=1) as pool:
...         pool.run("SELECT ?s WHERE { ?s ?p ?o }", "text/csv").body
b's\\r\\n'
"""
from __future__ import annotations

import logging
import multiprocessing
import queue

from .answers import DEFAULT_MAX_ROWS, UNION, Answer, Dataset, answer_oxigraph, error_answer

__all__ = ["QueryPool", "DEFAULT_TIMEOUT"]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0
_CONTEXT = multiprocessing.get_context("spawn")  # no fork of a threaded server


def _serve_queries(conn, path: str, max_rows: int) -> None:
    """The worker's loop: answer each (query, accept, wanted, dataset) until None."""
    import pyoxigraph as ox

    from .snapshot import Snapshot

    snapshot = Snapshot(path, ox.Store.read_only)
    while (job := conn.recv()) is not None:
        query, accept, wanted, dataset = job
        try:
            answer = answer_oxigraph(snapshot.current(), query, accept, wanted=wanted,
                                     dataset=dataset, max_rows=max_rows)
        except Exception as err:  # noqa: BLE001 - the worker must answer, whatever happened
            answer = error_answer(500, f"the query failed: {type(err).__name__}: {err}")
        conn.send(answer)


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, path: str, max_rows: int):
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_serve_queries, args=(child, path, max_rows),
                                        daemon=True, name="diplograph-sparql")
        self.process.start()
        child.close()

    def ask(self, job: tuple, timeout: float) -> Answer | None:
        """The answer, or None when the worker took longer than ``timeout`` (then dead)."""
        try:
            self.conn.send(job)
            if self.conn.poll(timeout):
                return self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            log.warning("a SPARQL worker died; starting another")
        self.stop(force=True)
        return None

    def stop(self, force: bool = False) -> None:
        if not force:
            try:
                self.conn.send(None)
                self.process.join(2)
            except (OSError, BrokenPipeError):
                pass
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)
        self.conn.close()


class QueryPool:
    """``workers`` processes answering SPARQL queries on the store at ``path``.

    Each query gets ``timeout`` seconds once a worker takes it (a request
    waits up to the same time for a free worker); results are capped at
    ``max_rows`` rows or triples.
    """

    def __init__(self, path: str, *, workers: int = 2, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS):
        self.path, self.timeout, self.max_rows = path, timeout, max_rows
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(workers):
            self._idle.put(_Worker(path, max_rows))

    def run(self, query: str, accept: str | None, *, wanted: str | None = None,
            dataset: Dataset = UNION) -> Answer:
        """The answer to ``query`` (see :func:`~diplograph.serve.answers.answer_oxigraph`)."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return error_answer(503, "the SPARQL endpoint is busy with other queries; "
                                     "try again in a moment")
        answer = worker.ask((query, accept, wanted, dataset), self.timeout)
        if answer is None:
            worker = _Worker(self.path, self.max_rows)  # the old one was killed
            answer = error_answer(503, f"the query ran longer than {self.timeout:g} s, the "
                                       "time limit of this endpoint, and was stopped")
        self._idle.put(worker)
        return answer

    def close(self) -> None:
        """Stop every worker."""
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
