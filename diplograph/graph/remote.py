"""A remote SPARQL server as a store, through the W3C SPARQL 1.1 Protocol.

Queries are sent as ``POST`` forms to the query endpoint (results as SPARQL
JSON, CONSTRUCT and DESCRIBE as N-Triples); updates as ``POST`` forms to the
update endpoint (the query endpoint unless ``update_endpoint`` is given).
Credentials come from ``$DIPLOGRAPH_USER`` and ``$DIPLOGRAPH_PASSWORD`` (or
``user=``/``password=``, or ``https://user:password@host/...``); the scheme,
Digest or Basic, follows the server's challenge. They are never printed,
logged or put into an error message (:mod:`.remote_auth`).

The union of all graphs
-----------------------
diplograph queries the union of the articles' named graphs. Virtuoso's
default graph is that union already. Other engines need to be told:
Apache Jena Fuseki with ``tdb2:unionDefaultGraph true`` in the dataset
configuration (or ``default_graph="urn:x-arq:UnionGraph"`` here, sent as
``default-graph-uri``), Oxigraph server with ``--union-default-graph`` (or
``query_params={"union-default-graph": ""}`` here), GraphDB and Neptune
query the union by default.

Atomic replacement of an article
--------------------------------
Virtuoso 7.2.5 does *not* run a multi-operation update request as one
transaction: in ``DROP GRAPH <g> ; INSERT DATA {...} ; <an op that fails>``
the first two operations stay applied, whatever ``DEFINE sql:log-enable``
says (measured). So an article is never replaced in place: its triples are
first written to a private staging graph (``urn:diplograph:staging:...``,
outside the store's graphs) in requests of at most ``batch_triples``
triples, each retried on its own; only when all of them are in does one
``MOVE <staging> TO <article>`` request swap the new version in, inside the
server. A failure while staging leaves the article as it was (and the
staging graph is dropped). One MOVE per request: several MOVEs in one
request leave triples behind on Virtuoso 7.2.5 and corrupt its graph index
(measured). A MOVE from an empty graph empties the target, so a failed MOVE
is sent again only while its staging graph still holds triples. What remains
is the server crashing inside that single MOVE. Engines whose update
requests are atomic (Oxigraph server, Fuseki on TDB2) can pass
``stage=False``: one ``DROP ; INSERT DATA`` request per batch.

Virtuoso limits one INSERT DATA to roughly 1,500 triples (SP031) and, by
default, a result to 10,000 rows (``ResultSetMaxRows``): writes are batched
at ``batch_triples`` and reads (``quads``, ``graph_names``) are paged and
checked for truncation. The request texts and the parsing of responses are in
:mod:`.sparql_wire`.
"""
from __future__ import annotations

import logging
import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping

from rdflib.term import Literal, Node, URIRef

from ..errors import QueryError, StoreError
from ..ontology.iri import ID
from .convert import nt
from .remote_auth import _Credentials, _split_userinfo
from .results import QueryResult
from .sparql_wire import (
    _chunks,
    _insert_data,
    _parse_json,
    _parse_triples,
    _query_form,
    _substitute,
    _whole_chunks,
)
from .store import GraphStore, Triple, bind_values, insert_shared

__all__ = ["RemoteStore", "WriteFailedError", "STAGING_PREFIX"]

log = logging.getLogger(__name__)

STAGING_PREFIX = "urn:diplograph:staging:"
_VIRTUOSO_ERROR = re.compile(r"Virtuoso (\w{5}) Error")
_DROPS_PER_REQUEST = 64


class WriteFailedError(StoreError):
    """Some articles could not be written; ``failed`` lists their graph IRIs."""

    def __init__(self, failed: list[URIRef], reason: str):
        self.failed = failed
        shown = ", ".join(str(g) for g in failed[:10])
        more = f" and {len(failed) - 10} more" if len(failed) > 10 else ""
        super().__init__(f"{len(failed)} articles not written ({shown}{more}): {reason}")


class _TransientError(Exception):
    """A failure worth retrying (connection lost, server busy)."""


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server at ``location`` (its query endpoint).

    Parameters
    ----------
    location : str
        The query endpoint, e.g. ``http://127.0.0.1:8890/sparql``.
    read_only : bool
        Refuse every write with :class:`~diplograph.errors.StoreError`.
    update_endpoint : str, optional
        Where updates go (Virtuoso: ``.../sparql-auth``); default ``location``.
    user, password : str, optional
        Default ``$DIPLOGRAPH_USER`` and ``$DIPLOGRAPH_PASSWORD``.
    auth : {"auto", "digest", "basic"}
        The scheme; ``auto`` follows the server's ``WWW-Authenticate``.
    graph_prefix : str
        Only named graphs whose IRI starts with this count as the store's
        (``count``, ``graph_names``, ``quads``, ``export``): a server has
        graphs of its own (Virtuoso ships about 5,600 system triples).
    batch_triples, page_size : int
        Triples per write request; rows per read request.
    retries, backoff : int, float
        Transient failures are retried ``retries`` times, waiting
        ``backoff * 2**n`` seconds.
    default_graph, query_params
        How to ask for the union of the graphs on engines that need it.
    stage : bool
        Write through a staging graph and ``MOVE`` (see the module notes).
    """

    def __init__(self, location: str, *, read_only: bool = False,
                 update_endpoint: str | None = None, user: str | None = None,
                 password: str | None = None, auth: str = "auto", graph_prefix: str = ID,
                 batch_triples: int = 1000, page_size: int = 10000, retries: int = 4,
                 backoff: float = 0.5, timeout: float = 300.0,
                 default_graph: str | None = None, query_params: Mapping[str, str] | None = None,
                 stage: bool = True, **_ignored):
        import requests

        self.location, url_user, url_password = _split_userinfo(location)
        self.update_endpoint = _split_userinfo(update_endpoint or location)[0]
        self.read_only = read_only
        self.graph_prefix = graph_prefix
        self.batch_triples = batch_triples
        self.page_size = page_size
        self.retries = retries
        self.backoff = backoff
        self.timeout = (10.0, timeout)
        self.stage = stage
        self._params = dict(query_params or {})
        if default_graph:
            self._params["default-graph-uri"] = default_graph
        self._session = requests.Session()
        self._auth = _Credentials(
            user or url_user or os.environ.get("DIPLOGRAPH_USER"),
            password or url_password or os.environ.get("DIPLOGRAPH_PASSWORD"),
            auth,
        )

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r})"

    # -- reading -----------------------------------------------------------

    def _query(self, text: str, bindings: Mapping[str, Node]) -> QueryResult:
        text = bind_values(_substitute(text, bindings), bindings)
        form = _query_form(text)
        accept = ("application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"
                  if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json")
        resp = self._post(self.location, {"query": text, **self._params}, accept, retry=True)
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if "json" in ctype:
            return _parse_json(resp.json())
        return QueryResult("graph", triples=_parse_triples(resp.content, ctype))

    def count(self) -> int:
        res = self._query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {nt(Literal(self.graph_prefix))})) }}", {})
        return int(res.rows[0][0]) if res.rows else 0

    def graph_names(self) -> list[URIRef]:
        return [g for g, _ in self._graph_sizes()]

    def _graph_sizes(self) -> Iterator[tuple[URIRef, int]]:
        """(graph, number of triples) for the store's graphs, paged by IRI."""
        last = ""
        while True:
            res = self._query(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                f"FILTER(STRSTARTS(STR(?g), {nt(Literal(self.graph_prefix))}) "
                f"&& STR(?g) > {nt(Literal(last))}) }} "
                f"GROUP BY ?g ORDER BY STR(?g) LIMIT {self.page_size}", {})
            for g, n in res.rows:
                yield g, int(n)
            if len(res.rows) < self.page_size:
                return
            last = str(res.rows[-1][0])

    def quads(self) -> Iterator[tuple[Node, Node, Node, Node | None]]:
        batch, size = [], 0
        for g, n in self._graph_sizes():
            if n > self.page_size:
                yield from self._large_graph(g, n)
                continue
            if size + n > self.page_size:
                yield from self._graphs_quads(batch, size)
                batch, size = [], 0
            batch.append(g)
            size += n
        if batch:
            yield from self._graphs_quads(batch, size)

    def _graphs_quads(self, graphs: list[URIRef], expected: int):
        values = " ".join(nt(g) for g in graphs)
        res = self._query(
            f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}", {})
        self._check_complete(len(res.rows), expected)
        for g, s, p, o in res.rows:
            yield s, p, o, g

    def _large_graph(self, graph: URIRef, expected: int):
        got = 0
        for offset in range(0, expected, self.page_size):
            res = self._query(
                f"SELECT ?s ?p ?o WHERE {{ GRAPH {nt(graph)} {{ ?s ?p ?o }} }} "
                f"ORDER BY ?s ?p ?o LIMIT {self.page_size} OFFSET {offset}", {})
            got += len(res.rows)
            for s, p, o in res.rows:
                yield s, p, o, graph
        self._check_complete(got, expected)

    def _check_complete(self, got: int, expected: int) -> None:
        if got < expected:
            raise StoreError(
                f"{self.location} returned {got} of {expected} rows: the server truncates "
                "results (Virtuoso: raise ResultSetMaxRows, or lower page_size)")

    # -- writing -----------------------------------------------------------

    def replace_articles(self, graphs: Mapping[URIRef, Iterable[Triple]]) -> None:
        self._refuse_if_read_only()
        graphs = {g: list(ts) for g, ts in graphs.items()}
        if not graphs:
            return
        if not self.stage:
            return self._replace_direct(graphs)
        token = uuid.uuid4().hex
        staging = {g: URIRef(f"{STAGING_PREFIX}{token}:{i}") for i, g in enumerate(graphs)}
        failed: dict[URIRef, str] = {}
        for chunk in _chunks(graphs, self.batch_triples):
            try:
                self._write(_insert_data({staging[g]: ts for g, ts in chunk}), retry=True)
            except StoreError as err:
                failed.update({g: str(err) for g, _ in chunk})
        for g in graphs:
            if g not in failed:
                reason = self._swap_in(g, staging[g], bool(graphs[g]))
                if reason:
                    failed[g] = reason
        if failed:
            self._drop_quietly([staging[g] for g in failed])
            raise WriteFailedError(list(failed), next(iter(failed.values())))

    def _swap_in(self, graph: URIRef, staged: URIRef, has_triples: bool) -> str | None:
        """MOVE the staged graph over the article, in a request of its own; None when done.

        One MOVE per request: Virtuoso 7.2.5 runs several MOVEs in one request
        wrongly (triples left behind; measured). A MOVE from an empty graph
        empties the target, so before sending it again we check that the
        failed attempt did not already move it.
        """
        op = (f"MOVE {nt(staged)} TO {nt(graph)}" if has_triples
              else f"DROP SILENT GRAPH {nt(graph)}")
        reason = None
        for attempt in range(self.retries + 1):
            try:
                if attempt and has_triples and not self._ask_not_empty(staged):
                    return None  # the failed attempt did move it
                self._write(op, retry=False)
                return None
            except StoreError as err:
                reason = str(err)
                if attempt < self.retries:
                    time.sleep(self.backoff * 2 ** attempt)
        return reason

    def _ask_not_empty(self, graph: URIRef) -> bool:
        return bool(self._query(f"ASK {{ GRAPH {nt(graph)} {{ ?s ?p ?o }} }}", {}).boolean)

    def _replace_direct(self, graphs: dict[URIRef, list[Triple]]) -> None:
        failed: dict[URIRef, str] = {}
        for chunk in _whole_chunks(graphs, self.batch_triples):
            drops = [f"DROP SILENT GRAPH {nt(g)}" for g in chunk]
            inserts = [_insert_data(dict(part)) for part in _chunks(chunk, self.batch_triples)]
            try:
                self._write(" ;\n".join(drops + inserts), retry=True)
            except StoreError as err:
                failed.update({g: str(err) for g in chunk})
        if failed:
            raise WriteFailedError(list(failed), next(iter(failed.values())))

    def add_shared(self, triples: Iterable[Triple]) -> None:
        """Add entity facts to the shared graph; INSERT DATA is idempotent, so retried."""
        self._refuse_if_read_only()
        triples = list(triples)
        for i in range(0, len(triples), self.batch_triples):
            self._write(insert_shared(triples[i:i + self.batch_triples]), retry=True)

    def remove_articles(self, graphs: Iterable[URIRef]) -> None:
        self._refuse_if_read_only()
        graphs = list(graphs)
        for i in range(0, len(graphs), _DROPS_PER_REQUEST):
            group = graphs[i:i + _DROPS_PER_REQUEST]
            self._write(" ;\n".join(f"DROP SILENT GRAPH {nt(g)}" for g in group), retry=True)

    def clean_staging(self) -> None:
        """Drop staging graphs left by interrupted writers (none must be running)."""
        res = self._query(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {nt(Literal(STAGING_PREFIX))})) }}", {})
        self._drop_quietly([row[0] for row in res.rows])

    def _drop_quietly(self, graphs: list[URIRef]) -> None:
        try:
            self.remove_articles(graphs)
        except StoreError as err:
            log.warning("could not drop %d staging graphs: %s", len(graphs), err)

    def _update(self, text: str) -> None:
        self._refuse_if_read_only()
        self._write(text, retry=False)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only; writes refused")

    def _write(self, update: str, *, retry: bool) -> None:
        self._post(self.update_endpoint, {"update": update}, "*/*", retry=retry)

    # -- HTTP --------------------------------------------------------------

    def _post(self, url: str, form: dict, accept: str, *, retry: bool):
        """POST ``form``; retry transient failures when ``retry`` (idempotent requests)."""
        attempts = self.retries + 1 if retry else 1
        for attempt in range(attempts):
            try:
                return self._post_once(url, form, accept)
            except _TransientError as err:
                if attempt + 1 >= attempts:
                    tries = f" after {attempts} attempts" if attempts > 1 else ""
                    raise StoreError(f"{url} failed{tries}: {err}") from None
                delay = self.backoff * 2 ** attempt
                log.info("transient failure on %s (%s); retrying in %.1fs", url, err, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _post_once(self, url: str, form: dict, accept: str):
        import requests

        headers = {"Accept": accept}
        try:
            resp = self._session.post(url, data=form, headers=headers, timeout=self.timeout,
                                      auth=self._auth.current())
            if resp.status_code == 401 and self._auth.choose(resp):
                resp = self._session.post(url, data=form, headers=headers,
                                          timeout=self.timeout, auth=self._auth.current())
        except (requests.ConnectionError, requests.Timeout) as err:
            raise _TransientError(type(err).__name__) from None
        if resp.ok:
            return resp
        return self._fail(url, resp, "update" in form)

    def _fail(self, url: str, resp, is_update: bool):
        body = resp.text.strip()
        detail = body.splitlines()[0][:300] if body else resp.reason
        if resp.status_code in (401, 403):
            hint = ("" if self._auth.user else
                    "; set DIPLOGRAPH_USER and DIPLOGRAPH_PASSWORD")
            raise StoreError(f"{url} refused access ({resp.status_code}){hint}")
        if resp.status_code >= 500 or resp.status_code == 429:
            m = _VIRTUOSO_ERROR.search(body)
            if m is None or m.group(1).startswith(("40", "08", "HT")):
                raise _TransientError(f"HTTP {resp.status_code}: {detail}")
        if is_update:
            raise StoreError(f"{url} refused the update (HTTP {resp.status_code}): {detail}")
        raise QueryError(f"{url} refused the query (HTTP {resp.status_code}): {detail}")

    def close(self) -> None:
        self._session.close()
