"""The two stores ``diplograph serve`` reads: the embedded one and a remote SPARQL server.

A backend gives the pages a :class:`~diplograph.graph.store.GraphStore`
(``store()``) and answers the SPARQL endpoint (``sparql()``), both read-only.
"""
from __future__ import annotations

from ..errors import DiplographError, QueryError, StoreError
from ..graph.convert import to_ox
from ..graph.store import is_update
from .answers import (
    DEFAULT_MAX_ROWS,
    UNION,
    UPDATE_REFUSED,
    Answer,
    Dataset,
    answer_result,
    error_answer,
)
from .snapshot import Snapshot
from .workers import DEFAULT_TIMEOUT, QueryPool

__all__ = ["EmbeddedBackend", "RemoteBackend", "open_backend"]


class EmbeddedBackend:
    """The embedded Oxigraph store at ``path``, read-only, following the writer."""

    def __init__(self, path: str, *, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS, workers: int = 2):
        from ..graph.oxigraph import OxigraphStore

        self.location = path
        self._snapshot = Snapshot(path, lambda p: OxigraphStore(p, read_only=True))
        self._pool = QueryPool(path, workers=workers, timeout=timeout, max_rows=max_rows)

    def cache_key(self) -> int:
        """Equal as long as the store is unchanged (what was computed still holds)."""
        self._snapshot.current()
        return self._snapshot.generation

    def store(self):
        return self._snapshot.current()

    def sparql(self, query: str, accept: str | None, *, wanted: str | None = None,
               dataset: Dataset = UNION) -> Answer:
        return self._pool.run(query, accept, wanted=wanted, dataset=dataset)

    def close(self) -> None:
        self._pool.close()


class RemoteBackend:
    """A remote SPARQL server at ``url``, read-only, queries bounded by ``timeout``."""

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS, **options):
        from ..graph.remote import RemoteStore

        self.location = url
        self.timeout, self.max_rows = timeout, max_rows
        self._store = RemoteStore(url, read_only=True, timeout=timeout, retries=0, **options)

    def cache_key(self) -> int:
        """Changes every minute: another program may write the remote store at any time."""
        import time

        return int(time.monotonic() // 60)

    def store(self):
        return self._store

    def sparql(self, query: str, accept: str | None, *, wanted: str | None = None,
               dataset: Dataset = UNION) -> Answer:
        if is_update(query):
            return error_answer(403, UPDATE_REFUSED)
        if dataset.default or dataset.named:
            return error_answer(400, "default-graph-uri and named-graph-uri are not passed "
                                     "on to a remote store; use GRAPH in the query")
        try:
            result = self._store.query(query)
        except QueryError as err:
            return error_answer(400, str(err))
        except StoreError as err:
            if "Timeout" in str(err):
                return error_answer(503, f"the query ran longer than {self.timeout:g} s, the "
                                         "time limit of this endpoint, and was stopped")
            return error_answer(502, str(err))
        except DiplographError as err:
            return error_answer(500, str(err))
        rows = [[None if t is None else to_ox(t) for t in row] for row in result.rows]
        triples = [_ox_triple(t) for t in result.triples]
        return answer_result(result.kind, accept, wanted=wanted, variables=result.variables,
                             rows=rows, boolean=bool(result.boolean), triples=triples,
                             max_rows=self.max_rows)

    def close(self) -> None:
        self._store.close()


def _ox_triple(triple):
    import pyoxigraph as ox

    return ox.Triple(*(to_ox(t) for t in triple))


def open_backend(location: str, **options):
    """The backend for ``location``: a URL is a remote server, anything else a store path.

    Raises :class:`~diplograph.errors.StoreError` when there is no store there.
    """
    if location.startswith(("http://", "https://")):
        return RemoteBackend(location, **options)
    options.pop("update_endpoint", None)
    options = {k: v for k, v in options.items() if k in ("timeout", "max_rows", "workers")}
    import os

    if not os.path.isdir(location):
        raise StoreError(f"no store at {location}: run 'diplograph ingest' first")
    return EmbeddedBackend(location, **options)
