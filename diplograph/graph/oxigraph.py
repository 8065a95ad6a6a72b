"""The embedded default store: Oxigraph on disk, through pyoxigraph."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox
from rdflib.term import Node, URIRef

from ..errors import QueryError, StoreError, StoreLockedError, UpdateRefusedError
from .convert import from_ox
from .results import QueryResult
from .store import (
    ENTITIES_GRAPH,
    ArticleText,
    GraphStore,
    Triple,
    bind_values,
    insert_shared,
    is_update,
    replace_update,
    replace_update_text,
)

__all__ = ["OxigraphStore"]

#: Entity statements remembered as written (see ``OxigraphStore.write_texts``), at most.
_SHARED_MEMORY = 1 << 20


class OxigraphStore(GraphStore):
    """Oxigraph on disk at ``path``.

    One process may write at a time; others open it ``read_only`` and keep
    reading while it is written (Oxigraph's secondary read-only mode).
    """

    def __init__(self, path: str, *, read_only: bool = False):
        self.location = path
        self.read_only = read_only
        # Entity statements this writer has added since its last SPARQL UPDATE.
        # No other process writes while this one holds the lock and a load only
        # adds, so they are still in the store and need not be sent again (an
        # ingest repeats the same names and codes in every batch).
        self._shared_written: set[str] = set()
        try:
            if read_only:
                if not os.path.isdir(path):
                    raise StoreError(f"no store at {path}: run 'diplograph ingest' first")
                self._store = ox.Store.read_only(path)
            else:
                self._store = ox.Store(path)
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreLockedError(
                    f"the store at {path} is in use by another process writing to it"
                ) from err
            raise StoreError(f"cannot open the store at {path}: {err}") from err

    def replace_articles(self, graphs: Mapping[URIRef, Iterable[Triple]]) -> None:
        if not graphs:
            return
        self._write(replace_update(graphs))

    def write_articles(self, graphs: Mapping[URIRef, Iterable[Triple]],
                       shared: Iterable[Triple] = ()) -> None:
        if graphs:
            self._write(replace_update(graphs, shared))  # articles and shared facts at once

    def write_texts(self, articles: Iterable[ArticleText]) -> None:
        """Write articles already in N-Triples, in one transaction.

        Where none of their graphs exists yet, the batch is one ``load`` of
        N-Quads (one Oxigraph transaction, no SPARQL to parse); otherwise one
        UPDATE drops and refills the graphs, as :meth:`write_articles` does.
        """
        articles = list({a.graph: a for a in articles}.values())
        if not articles:
            return
        if any(a.graph == ENTITIES_GRAPH for a in articles):
            self._shared_written.clear()  # the batch replaces the shared graph itself
        shared = set().union(*(a.shared for a in articles)) - self._shared_written
        fresh = not any(self._store.contains_named_graph(ox.NamedNode(a.graph)) for a in articles)
        text = None
        if fresh:
            text = _nquads(articles, shared)
            fresh = "_:" not in text  # blank nodes: the UPDATE gives each write fresh ones
        if fresh:
            self._load(text)
        else:
            self._write(replace_update_text(articles, shared))
        if len(self._shared_written) > _SHARED_MEMORY:
            self._shared_written.clear()
        self._shared_written |= shared

    def add_shared(self, triples: Iterable[Triple]) -> None:
        triples = list(triples)
        if triples:
            # Only adds: the entity statements noted as written are still there (the
            # person linker adds its links after every batch of an ingest).
            self._write(insert_shared(triples), only_adds=True)

    def remove_articles(self, graphs: Iterable[URIRef]) -> None:
        from .convert import nt

        drops = [f"DROP SILENT GRAPH {nt(g)}" for g in graphs]
        if drops:
            self._write(" ;\n".join(drops))

    def _write(self, update: str, *, only_adds: bool = False) -> None:
        self._check_writable()
        if not only_adds:
            self._shared_written.clear()  # an UPDATE may delete entity facts
        try:
            self._store.update(update)  # one Oxigraph transaction: all or nothing
        except (OSError, SyntaxError) as err:
            raise StoreError(f"write to {self.location} failed: {err}") from err

    def _load(self, nquads: str) -> None:
        self._check_writable()
        try:
            # one transaction too; given bytes, pyoxigraph parses ~10% faster than from a str
            self._store.load(nquads.encode(), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as err:
            raise StoreError(f"write to {self.location} failed: {err}") from err

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")

    def _query(self, text: str, bindings: Mapping[str, Node]) -> QueryResult:
        try:
            res = self._store.query(bind_values(text, bindings), use_default_graph_as_union=True)
        except (SyntaxError, RuntimeError, ValueError) as err:
            raise QueryError(f"malformed SPARQL: {err}") from err
        except OSError as err:
            raise StoreError(f"query on {self.location} failed: {err}") from err
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = [tuple(from_ox(sol[i]) for i in range(len(names))) for sol in res]
            return QueryResult("select", variables=names, rows=rows)
        triples = [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in res]
        return QueryResult("graph", triples=triples)

    def select_strings(self, text: str, bindings: Mapping[str, Node] | None = None,
                       ) -> list[tuple[str | None, ...]]:
        if is_update(text):
            raise UpdateRefusedError("this is a SPARQL UPDATE; it needs --update")
        try:  # the values as pyoxigraph gives them: no rdflib terms (~2.5 µs each)
            solutions = self._store.query(bind_values(text, bindings or {}),
                                          use_default_graph_as_union=True)
            return [tuple(None if t is None else t.value for t in solution)
                    for solution in solutions]
        except (SyntaxError, RuntimeError, ValueError) as err:
            raise QueryError(f"malformed SPARQL: {err}") from err
        except OSError as err:
            raise StoreError(f"query on {self.location} failed: {err}") from err

    def _update(self, text: str) -> None:
        self._write(text)

    def quads(self) -> Iterator[tuple[Node, Node, Node, Node | None]]:
        for q in self._store:
            g = None if isinstance(q.graph_name, ox.DefaultGraph) else from_ox(q.graph_name)
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), g

    def graph_names(self) -> list[URIRef]:
        return [from_ox(g) for g in self._store.named_graphs()]

    def count(self) -> int:
        return len(self._store)

    def optimize(self) -> None:
        """Compact the on-disk files (after a large load)."""
        self._store.optimize()

    def close(self) -> None:
        store, self._store = getattr(self, "_store", None), None
        if store is not None:
            if not self.read_only:
                store.flush()
            del store


def _nquads(articles: Sequence[ArticleText], shared: Iterable[str]) -> str:
    """The articles' statements, and the ``shared`` ones, as N-Quads in their graphs.

    An N-Triples statement ends in " .\\n" and holds no other line break
    (N-Triples escapes them in literals), so each line gets its graph there.
    """
    from .convert import nt

    parts = [a.own.replace(" .\n", f" {nt(a.graph)} .\n") for a in articles]
    parts.append("".join(shared).replace(" .\n", f" {nt(ENTITIES_GRAPH)} .\n"))
    return "".join(parts)
