"""Reader for text articles: ``.md``, ``.markdown`` and ``.txt``.

A file may open with a front matter block (see ``corpus/GUIDELINES.md``)::

    ---
    url: https://example.org/news/2024/07/08/modi-moscow
    title: "Modi meets Putin: talks in Moscow"
    published: 2024-07-08
    source: Example News
    ---
    Body text.

Only ``key: value`` lines are read (a tiny, safe subset of YAML); unknown
keys are ignored. A file without front matter is identified by its
``file://`` URI and titled by its first line if that line is short.
"""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from ...errors import ArticleReadError
from ..model import Article
from ._common import (
    TITLE_MAX_CHARS,
    Limits,
    decode_text,
    file_uri,
    make_article,
    normalise_newlines,
    parse_published,
    read_bounded,
)

__all__ = ["read_text", "split_front_matter"]

log = logging.getLogger(__name__)

_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(.*)")
_HEADING = re.compile(r"#{1,6}[ \t]+")


def read_text(path: Path, limits: Limits) -> Iterator[Article]:
    r"""Read one text article, with or without front matter.

    Parameters
    ----------
    path : Path
        A ``.md``, ``.markdown`` or ``.txt`` file.
    limits : Limits
        Size limits; the whole file is read, up to ``limits.max_file_bytes``.

    Yields
    ------
    Article
        Exactly one.

    Raises
    ------
    ArticleReadError
        For a binary, non-UTF-8, oversized or empty file, or front matter
        that is never closed.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> path = Path(tempfile.mkdtemp()) / "a.md"
    >>> _ = path.write_text("---\nurl: https://example.org/a\npublished: 2024-07-08\n---\nText.\n")
    >>> [article] = read_text(path, Limits())
    >>> article.url, article.published, article.text
    ('https://example.org/a', datetime.date(2024, 7, 8), 'Text.')
    """
    where = str(path)
    text = normalise_newlines(decode_text(where, read_bounded(path, limits.max_file_bytes)))
    fields, body = split_front_matter(where, text)
    if fields is None:
        yield _plain_article(path, text, limits)
    else:
        yield _front_matter_article(path, fields, body, limits)


def split_front_matter(where: str, text: str) -> tuple[dict[str, str] | None, str]:
    """Split ``text`` into its front matter fields (None if it has none) and body.

    Examples
    --------
    >>> split_front_matter("a.md", "---\\ntitle: 'It''s here'\\n---\\nBody")
    ({'title': "It's here"}, 'Body')
    >>> split_front_matter("a.md", "Just text")
    (None, 'Just text')
    """
    first, _, rest = text.partition("\n")
    if first.rstrip(" \t") != "---":
        return None, text
    fence = _FENCE.search(rest)
    if fence is None:
        raise ArticleReadError(where, "front matter is not closed")
    body = rest[fence.end() + 1 :]
    return _parse_fields(where, rest[: fence.start()]), body


def _parse_fields(where: str, block: str) -> dict[str, str]:
    """Read the ``key: value`` lines of a front matter block."""
    fields: dict[str, str] = {}
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FIELD.fullmatch(line)
        if match is None:
            # Multi-line YAML values and lists are not part of the format.
            log.debug("%s: ignoring front matter line %.80r", where, line)
            continue
        value = _unquote(match.group(2).strip())
        if value:
            fields[match.group(1).lower()] = value
    return fields


def _unquote(value: str) -> str:
    """Remove YAML-style quotes: ``"..."`` with escapes, or ``'...'`` with ``''``."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            # YAML double-quoted escapes are (nearly) JSON's.
            return json.loads(value)
        except ValueError:
            return value[1:-1]
    return value


def _front_matter_article(
    path: Path, fields: dict[str, str], body: str, limits: Limits
) -> Article:
    """Build the article of a file with front matter."""
    where = str(path)
    article = make_article(
        where,
        url=fields.get("url") or file_uri(path),
        text=body,
        limits=limits,
        title=fields.get("title"),
        published=parse_published(fields.get("published"), where),
        source=fields.get("source"),
        path=where,
    )
    if "url" not in fields:
        log.warning("%s: front matter has no url; using %s", where, article.url)
    return article


def _plain_article(path: Path, text: str, limits: Limits) -> Article:
    """Build the article of a file without front matter."""
    return make_article(
        str(path),
        url=file_uri(path),
        text=text,
        limits=limits,
        title=_first_line_title(text),
        path=str(path),
    )


def _first_line_title(text: str) -> str | None:
    """Return the first non-empty line (without a Markdown ``#``) if it is short."""
    first = text.strip().partition("\n")[0]
    title = _HEADING.sub("", first, count=1).strip()
    return title if title and len(title) <= TITLE_MAX_CHARS else None
