"""Canned SPARQL queries, kept in ``queries/*.rq`` and run with bound values."""
from __future__ import annotations

from functools import cache
from importlib.resources import files

from rdflib.term import Node

from .results import QueryResult
from .store import GraphStore

__all__ = ["load_query", "run_query"]


@cache
def load_query(name: str) -> str:
    """The text of the canned query ``queries/<name>.rq``.

    Examples
    --------
    >>> "SELECT" in load_query("people")
    True
    """
    return files(__package__).joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def run_query(store: GraphStore, name: str, **bindings: Node) -> QueryResult:
    """Run the canned query ``name`` with ``bindings`` as bound variables."""
    return store.query(load_query(name), bindings)
