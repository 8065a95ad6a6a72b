"""A read-only view of the embedded store that follows the writer.

Oxigraph's read-only mode opens a snapshot: what an ``ingest`` writes after
it was opened stays invisible. A :class:`Snapshot` reopens the store when the
files on disk changed (their names, sizes and times), checked at most once
per ``interval`` seconds, so readers never wait for the writer and see its
transactions within about a second.

Examples
--------
>>> import tempfile, pyoxigraph as ox
>>> with tempfile.TemporaryDirectory() as tmp:
...     ox.Store(tmp + "/s").flush()
...     view = Snapshot(tmp + "/s", ox.Store.read_only)
...     len(view.current())
0
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Snapshot", "files_signature"]

T = TypeVar("T")


def files_signature(path: str) -> tuple:
    """What changes in a store directory when anything is written to it."""
    try:
        entries = list(os.scandir(path))
    except OSError:
        return ()
    out = []
    for entry in entries:
        try:
            st = entry.stat()
        except OSError:  # removed by a compaction while we looked
            continue
        out.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


class Snapshot(Generic[T]):
    """The store at ``path`` as ``opener(path)`` opens it, reopened after writes."""

    def __init__(self, path: str, opener: Callable[[str], T], interval: float = 1.0):
        self.path = path
        self.interval = interval
        self._opener = opener
        self._lock = threading.Lock()
        self._signature = files_signature(path)
        self._store = opener(path)
        self._checked = time.monotonic()
        self.generation = 0  # how many times it was reopened: a cache key

    def current(self) -> T:
        """The store, reopened first if the files changed since it was opened."""
        if time.monotonic() - self._checked < self.interval:
            return self._store
        with self._lock:
            if time.monotonic() - self._checked >= self.interval:
                signature = files_signature(self.path)
                if signature != self._signature:
                    # the old store is dropped when the last request using it ends
                    self._store = self._opener(self.path)
                    self._signature = signature
                    self.generation += 1
                self._checked = time.monotonic()
        return self._store
