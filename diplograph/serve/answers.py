"""One SPARQL query answered as an HTTP response body: status, content type, bytes.

The same rules for every store: updates refused, the format negotiated from
the Accept header (or a ``format`` parameter), at most ``max_rows`` rows or
triples (beyond that, a clear error rather than a silently cut result).

Examples
--------
>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> answer_oxigraph(store, "ASK { ?s ?p ?o }", "application/sparql-results+json").body
b'{"head": {}, "boolean": false}'
>>> answer_oxigraph(store, "DROP ALL", None).status
403
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

import pyoxigraph as ox

from ..graph.store import PREFIXES, is_update
from .formats import (
    GRAPH_FORMATS,
    SELECT_FORMATS,
    negotiate,
    write_boolean,
    write_graph,
    write_select,
)

__all__ = ["Answer", "Dataset", "error_answer", "answer_oxigraph", "answer_result",
           "UPDATE_REFUSED", "DEFAULT_MAX_ROWS", "UNION"]

DEFAULT_MAX_ROWS = 10_000
UPDATE_REFUSED = ("this endpoint is read-only: SPARQL UPDATE is refused "
                  "(write with 'diplograph ingest' or 'diplograph sparql --update')")


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: ``status``, ``content_type`` and ``body``."""

    status: int
    content_type: str
    body: bytes


@dataclass(frozen=True)
class Dataset:
    """The protocol's ``default-graph-uri`` and ``named-graph-uri`` (empty: the union)."""

    default: Sequence[str] = field(default_factory=tuple)
    named: Sequence[str] = field(default_factory=tuple)


#: The default dataset: the union of all graphs.
UNION = Dataset()


def error_answer(status: int, message: str) -> Answer:
    """A plain-text error answer."""
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())


def answer_oxigraph(store: ox.Store, query: str, accept: str | None, *, wanted: str | None = None,
                    dataset: Dataset = UNION, max_rows: int = DEFAULT_MAX_ROWS) -> Answer:
    """Run ``query`` on a pyoxigraph store and write the answer (see the module)."""
    if is_update(query):
        return error_answer(403, UPDATE_REFUSED)
    options: dict = {"use_default_graph_as_union": not dataset.default}
    if dataset.default:
        options["default_graph"] = [ox.NamedNode(g) for g in dataset.default]
    if dataset.named:
        options["named_graphs"] = [ox.NamedNode(g) for g in dataset.named]
    try:
        result = store.query(query, **options)
        if isinstance(result, ox.QueryBoolean):
            return answer_result("ask", accept, wanted=wanted, boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [[s[i] for i in range(len(names))] for s in islice(result, max_rows + 1)]
            return answer_result("select", accept, wanted=wanted, variables=names, rows=rows,
                                 max_rows=max_rows)
        triples = list(islice(result, max_rows + 1))
        return answer_result("graph", accept, wanted=wanted, triples=triples, max_rows=max_rows)
    except SyntaxError as err:
        return error_answer(400, f"malformed SPARQL query: {err}")
    except (ValueError, RuntimeError) as err:
        return error_answer(400, f"the query failed: {err}")
    except OSError as err:
        return error_answer(500, f"the store could not be read: {err}")


def answer_result(kind: str, accept: str | None, *, wanted: str | None = None,
                  variables: Sequence[str] = (), rows: Sequence = (), boolean: bool = False,
                  triples: Sequence = (), max_rows: int = DEFAULT_MAX_ROWS) -> Answer:
    """Write a result already computed (pyoxigraph terms) as the negotiated format."""
    fmt = negotiate(accept, kind, wanted)
    if fmt is None:
        offered = ", ".join(f.media_type for f in (GRAPH_FORMATS if kind == "graph"
                                                   else SELECT_FORMATS))
        return error_answer(406, f"no acceptable format for this {kind} result; "
                                 f"this endpoint offers {offered}")
    size = len(triples) if kind == "graph" else len(rows)
    if size > max_rows:
        what = "triples" if kind == "graph" else "rows"
        return error_answer(400, f"the result has more than {max_rows:,} {what}, the limit of "
                                 f"this endpoint: add a LIMIT (and OFFSET to page through it)")
    if kind == "ask":
        body = write_boolean(boolean, fmt)
    elif kind == "select":
        body = write_select(variables, rows, fmt)
    else:
        body = write_graph(triples, fmt, PREFIXES)
    return Answer(200, fmt.content_type(), body)
