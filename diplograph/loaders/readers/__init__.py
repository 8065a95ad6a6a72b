"""Article readers: files and directories in, :class:`Article` objects out.

One module per format (:mod:`.frontmatter` for ``.md``/``.txt``,
:mod:`.jsonl`, :mod:`.html`); :mod:`.registry` maps suffixes to readers and
walks directories. Size limits (:mod:`._common`) bound time and memory.
"""
from __future__ import annotations

from ._common import (
    MAX_ARTICLE_BYTES,
    MAX_FILE_BYTES,
    MAX_HTML_ELEMENTS,
    MAX_LINE_BYTES,
    Limits,
    parse_published,
)
from .frontmatter import read_text
from .html import read_html
from .jsonl import read_jsonl
from .registry import READERS, Reader, iter_paths, read_articles, read_file

__all__ = [
    "read_articles",
    "read_file",
    "iter_paths",
    "READERS",
    "Reader",
    "Limits",
    "MAX_ARTICLE_BYTES",
    "MAX_FILE_BYTES",
    "MAX_LINE_BYTES",
    "MAX_HTML_ELEMENTS",
    "parse_published",
    "read_text",
    "read_jsonl",
    "read_html",
]
