"""Which reader reads which file, and the walk over files and directories.

:data:`READERS` maps a lower-case file suffix to a reader. A reader is a
function ``reader(path, limits)`` that yields an :class:`Article` per
article; it raises :class:`ArticleReadError` when the whole file is
unreadable and may yield one for a single bad record (a JSONL line) so that
the other records still read. To add a format, add one line to
:data:`READERS`, e.g. ``".xml": read_travel_xml,``.
"""
from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ...errors import ArticleReadError
from ..model import Article
from ._common import (
    MAX_ARTICLE_BYTES,
    MAX_FILE_BYTES,
    MAX_HTML_ELEMENTS,
    MAX_LINE_BYTES,
    Limits,
    detached,
)
from .frontmatter import read_text
from .html import read_html
from .jsonl import read_jsonl

__all__ = ["Reader", "READERS", "read_articles", "read_file", "iter_paths"]

log = logging.getLogger(__name__)

Reader = Callable[[Path, Limits], Iterator["Article | ArticleReadError"]]
PathLike = str | os.PathLike

#: File suffix (lower case, with the dot) -> reader. Looked up at call time.
READERS: dict[str, Reader] = {
    ".md": read_text,
    ".markdown": read_text,
    ".txt": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
}


def read_articles(
    paths: PathLike | Iterable[PathLike],
    *,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_line_bytes: int = MAX_LINE_BYTES,
    max_html_elements: int = MAX_HTML_ELEMENTS,
) -> Iterator[Article | ArticleReadError]:
    r"""Read every article in some files and directories, reporting bad ones.

    Directories are walked recursively in sorted order; hidden files and
    directories (``.name``) and files of unknown types are skipped there.
    Nothing is raised for bad content: each unreadable file, or JSONL line,
    is yielded as an :class:`ArticleReadError` naming it, and reading goes on.

    Parameters
    ----------
    paths : path or iterable of paths
        Files and directories, read in the order given.
    max_article_bytes : int, optional
        Largest article text in UTF-8 bytes (default :data:`MAX_ARTICLE_BYTES`).
    max_file_bytes : int, optional
        Largest file read whole, i.e. any but JSONL (default :data:`MAX_FILE_BYTES`).
    max_line_bytes : int, optional
        Largest JSONL line (default :data:`MAX_LINE_BYTES`).
    max_html_elements : int, optional
        Largest HTML element count (default :data:`MAX_HTML_ELEMENTS`).

    Yields
    ------
    Article or ArticleReadError

    See Also
    --------
    read_file : read one file, raising on the first error.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.md").write_text("---\nurl: https://example.org/a\n---\nModi met Putin.\n")
    >>> _ = (folder / "b.txt").write_text("")
    >>> for item in read_articles([folder, folder / "missing.md"]):
    ...     print(type(item).__name__, getattr(item, "url", None) or item.reason)
    Article https://example.org/a
    ArticleReadError no text
    ArticleReadError no such file or directory
    """
    limits = Limits(max_article_bytes, max_file_bytes, max_line_bytes, max_html_elements)
    for path in iter_paths(paths):
        if isinstance(path, ArticleReadError):
            yield path
            continue
        try:
            for item in _read_path(path, limits):
                yield detached(item) if isinstance(item, ArticleReadError) else item
        except ArticleReadError as err:
            yield detached(err)


def read_file(
    path: PathLike,
    *,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_line_bytes: int = MAX_LINE_BYTES,
    max_html_elements: int = MAX_HTML_ELEMENTS,
) -> Iterator[Article]:
    r"""Read the articles of one file, raising on the first that cannot be read.

    The format comes from the suffix (see :data:`READERS`). This is a
    generator: errors are raised while iterating, after any articles read
    before them (a JSONL file yields its good lines up to the first bad one).

    Parameters
    ----------
    path : path
        One file.
    max_article_bytes, max_file_bytes, max_line_bytes, max_html_elements : int, optional
        Size limits, as for :func:`read_articles`.

    Yields
    ------
    Article

    Raises
    ------
    ArticleReadError
        If the file, or one of its records, cannot be read.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> path = Path(tempfile.mkdtemp()) / "note.txt"
    >>> _ = path.write_text("Modi in Moscow\n\nModi met Putin.\n")
    >>> [article] = read_file(path)
    >>> article.title, article.url.startswith("file:///")
    ('Modi in Moscow', True)
    """
    limits = Limits(max_article_bytes, max_file_bytes, max_line_bytes, max_html_elements)
    for item in _read_path(Path(path), limits):
        if isinstance(item, ArticleReadError):
            raise item
        yield item


def iter_paths(paths: PathLike | Iterable[PathLike]) -> Iterator[Path | ArticleReadError]:
    """Yield the files to read: given files as they are, directories walked.

    A path that does not exist, or a directory that cannot be listed, is
    yielded as an :class:`ArticleReadError`.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, seen=set())
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield ArticleReadError(str(path), "no such file or directory")


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | ArticleReadError]:
    """Yield known-type files under ``folder`` depth-first, in name order."""
    try:
        info = folder.stat()
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as err:
        yield ArticleReadError(str(folder), f"cannot list directory ({err.strerror})")
        return
    # A symlink back up the tree would otherwise make the walk endless.
    if (info.st_dev, info.st_ino) in seen:
        log.warning("%s: skipping directory already walked (symlink loop)", folder)
        return
    seen.add((info.st_dev, info.st_ino))
    for entry in entries:
        path = folder / entry.name
        if entry.name.startswith("."):
            continue
        if _is_dir(entry):
            yield from _walk(path, seen)
        elif path.suffix.lower() in READERS:
            yield path
        else:
            log.debug("%s: skipping file of unknown type", path)


def _is_dir(entry: os.DirEntry) -> bool:
    """Tell whether an entry is a directory, treating a broken link as a file."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _read_path(path: Path, limits: Limits) -> Iterator[Article | ArticleReadError]:
    """Read one file with the reader for its suffix; I/O failures become errors."""
    where = str(path)
    mode = _file_mode(path)
    if stat.S_ISDIR(mode):
        raise ArticleReadError(where, "is a directory (read_articles walks directories)")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ArticleReadError(where, f"unsupported file type {path.suffix or '(none)'!r}")
    if not stat.S_ISREG(mode):
        # A FIFO or device would block or never end.
        raise ArticleReadError(where, "not a regular file")
    try:
        yield from reader(path, limits)
    except OSError as err:
        raise ArticleReadError(where, f"cannot read file ({err.strerror or err})") from None


def _file_mode(path: Path) -> int:
    """Return the file's mode (following links), or raise ArticleReadError."""
    try:
        return path.stat().st_mode
    except FileNotFoundError:
        raise ArticleReadError(str(path), "no such file or directory") from None
    except OSError as err:
        raise ArticleReadError(str(path), f"cannot read file ({err.strerror or err})") from None
