"""Reader for JSON Lines (``.jsonl``): one article per line.

Each line is a JSON object with ``url`` and ``text`` (required) and
``title``, ``published`` and ``source`` (optional); other keys are ignored.
The file is streamed: one line is held in memory at a time, and a line
longer than ``max_line_bytes`` is skipped without being read whole. A bad
line is reported on its own (``line N: ...``) and the other lines still read.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ...errors import ArticleReadError
from ..model import Article
from ._common import Limits, detached, make_article, parse_published

__all__ = ["read_jsonl"]

log = logging.getLogger(__name__)

_BOM = b"\xef\xbb\xbf"
_CHUNK = 1 << 16
_TOO_LONG = None


def read_jsonl(path: Path, limits: Limits) -> Iterator[Article | ArticleReadError]:
    r"""Stream the articles of a JSON Lines file.

    Parameters
    ----------
    path : Path
        A ``.jsonl`` file.
    limits : Limits
        Size limits; each line may hold up to ``limits.max_line_bytes``.

    Yields
    ------
    Article or ArticleReadError
        An article for each good line, an error (its reason starting
        ``line N:``) for each bad one. Blank lines are skipped.

    Raises
    ------
    ArticleReadError
        If the file is binary or holds no record at all.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> path = Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> _ = path.write_text('{"url": "https://example.org/a", "text": "Text."}\n{"text": "?"}\n')
    >>> [type(item).__name__ for item in read_jsonl(path, Limits())]
    ['Article', 'ArticleReadError']
    """
    where = str(path)
    records = 0
    with path.open("rb") as handle:
        for number, line in _numbered_lines(handle, limits.max_line_bytes):
            if number == 1 and line is not _TOO_LONG:
                if b"\x00" in line:
                    # A binary file would otherwise give one error per "line".
                    raise ArticleReadError(where, "binary file")
                # Before the blank-line test: a file holding only a BOM is empty.
                line = line.removeprefix(_BOM)
            if line is not _TOO_LONG and not line.strip():
                continue
            records += 1
            try:
                yield _line_article(where, number, line, limits)
            except ArticleReadError as err:
                yield detached(err)
    if records == 0:
        raise ArticleReadError(where, "no records")


def _numbered_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes)``, with None for a line over ``max_bytes``."""
    number = 0
    while line := handle.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(handle)
            yield number, _TOO_LONG
        else:
            yield number, line


def _skip_rest_of_line(handle: BinaryIO) -> None:
    """Read past the end of the current line in bounded chunks."""
    while chunk := handle.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return


def _line_article(where: str, number: int, line: bytes | None, limits: Limits) -> Article:
    """Build the article of one JSONL line, or raise naming the line."""
    at = f"line {number}"
    record = _parse_record(where, at, line, limits)
    url, text = record.get("url"), record.get("text")
    if not isinstance(url, str) or not url.strip():
        raise ArticleReadError(where, f"{at}: no url")
    if not isinstance(text, str):
        raise ArticleReadError(where, f"{at}: no text")
    try:
        return make_article(
            where,
            url=url.strip(),
            text=text,
            limits=limits,
            title=_optional_text(record, "title", where, at),
            published=parse_published(record.get("published"), f"{where}: {at}"),
            source=_optional_text(record, "source", where, at),
            path=where,
        )
    except ArticleReadError as err:
        raise ArticleReadError(where, f"{at}: {err.reason}") from None


def _parse_record(where: str, at: str, line: bytes | None, limits: Limits) -> dict:
    """Decode and parse one line into a JSON object."""
    if line is _TOO_LONG:
        raise ArticleReadError(
            where, f"{at}: line is longer than the limit of {limits.max_line_bytes:,} bytes "
            "(max_line_bytes)"
        )
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise ArticleReadError(
            where, f"{at}: not valid UTF-8 text (bad byte at offset {err.start})"
        ) from None
    except RecursionError:
        # json recurses once per nested array or object.
        raise ArticleReadError(where, f"{at}: invalid JSON (nested too deeply)") from None
    except ValueError as err:
        # JSONDecodeError, and the int-size limit for huge numbers.
        raise ArticleReadError(where, f"{at}: invalid JSON ({str(err)[:120]})") from None
    if not isinstance(record, dict):
        raise ArticleReadError(where, f"{at}: not a JSON object")
    return record


def _optional_text(record: dict, key: str, where: str, at: str) -> str | None:
    """Return an optional string field; a wrong type is dropped with a warning."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        log.warning("%s: %s: ignoring %s that is not a string", where, at, key)
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        log.warning("%s: %s: ignoring %s with an unpaired surrogate", where, at, key)
        return None
    if "\x00" in value:
        log.warning("%s: %s: ignoring %s with NUL characters", where, at, key)
        return None
    return value.strip() or None
