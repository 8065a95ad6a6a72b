"""Errors raised by diplograph, each with a stable code.

The library raises these; the CLI turns them into clear messages and exit
codes. Codes never change meaning once released.
"""
from __future__ import annotations

__all__ = [
    "DiplographError",
    "ArticleReadError",
    "StoreError",
    "StoreLockedError",
    "QueryError",
    "UpdateRefusedError",
    "AmbiguousNameError",
]


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ArticleReadError(DiplographError):
    """A file or record could not be read as an article; it is skipped."""

    code = "E001"

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class StoreError(DiplographError):
    """The store could not be opened, read or written."""

    code = "E010"


class StoreLockedError(StoreError):
    """Another process holds the store for writing."""

    code = "E011"


class QueryError(DiplographError):
    """A SPARQL query is malformed or failed."""

    code = "E020"


class UpdateRefusedError(QueryError):
    """A SPARQL UPDATE was sent to a read-only command."""

    code = "E021"


class AmbiguousNameError(DiplographError):
    """A name given on the command line matches more than one person."""

    code = "E030"

    def __init__(self, name: str, candidates: list[str]):
        self.name = name
        self.candidates = candidates
        listed = "; ".join(candidates)
        super().__init__(f"'{name}' is ambiguous; candidates: {listed}")
