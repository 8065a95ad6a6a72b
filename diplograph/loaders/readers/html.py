"""Reader for web pages (``.html``, ``.htm``), through trafilatura.

trafilatura finds the main text (dropping navigation, footers and reader
comments) and the metadata: the title, the publication date and the url
(from ``<link rel="canonical">`` or ``og:url``). A page without an absolute
url is identified by its ``file://`` URI.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from ...errors import ArticleReadError
from ..model import Article
from ._common import (
    Limits,
    decode_text,
    file_uri,
    is_absolute_url,
    make_article,
    parse_published,
    read_bounded,
)

__all__ = ["read_html", "MAX_ATTRIBUTE_WORK"]

log = logging.getLogger(__name__)

#: libxml2 checks each attribute name against the tag's earlier ones, so
#: parsing costs about the sum over tags of (attributes per tag) squared;
#: this budget (about 0.2 s) refuses attribute bombs that would parse for
#: minutes. Real pages stay far below it (a tag has a few dozen at most).
MAX_ATTRIBUTE_WORK = 50_000_000

# A start tag with its quoted values (which may hold "<" or ">"); only long
# tags can hold enough attributes to matter.
_LONG_TAG = re.compile(r"""<[A-Za-z](?:[^<>"']|"[^"]*"|'[^']*'){200,}""")
_QUOTED = re.compile(r""""[^"]*"|'[^']*'""")


def read_html(path: Path, limits: Limits) -> Iterator[Article]:
    """Read the article of one web page.

    Parameters
    ----------
    path : Path
        A ``.html`` or ``.htm`` file. UTF-8 is expected; other encodings are
        guessed by trafilatura from the declared charset and the bytes.
    limits : Limits
        Size limits: ``max_file_bytes`` for the page, ``max_html_elements``
        for its element count, ``max_article_bytes`` for the text found.

    Yields
    ------
    Article
        Exactly one.

    Raises
    ------
    ArticleReadError
        For a binary, oversized or unparseable page, or one with no main text.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> path = Path(tempfile.mkdtemp()) / "page.html"
    >>> _ = path.write_text('<html><head><link rel="canonical" href="https://example.org/a">'
    ...                     '</head><body><article><p>Modi met Putin.</p></article></body></html>')
    >>> [article] = read_html(path, Limits())
    >>> article.url, article.text
    ('https://example.org/a', 'Modi met Putin.')
    """
    where = str(path)
    tree = _parse(where, read_bounded(path, limits.max_file_bytes), limits)
    document = _extract(where, tree)
    if document is None or not (document.text or "").strip():
        raise ArticleReadError(where, "no text")
    url = (document.url or "").strip()
    if not is_absolute_url(url):
        url = file_uri(path)
    yield make_article(
        where,
        url=url,
        text=document.text,
        limits=limits,
        title=(document.title or "").strip() or None,
        published=parse_published(document.date, where),
        source=(document.sitename or "").strip() or None,
        path=where,
    )


def _parse(where: str, data: bytes, limits: Limits):
    """Parse the page into an lxml tree, refusing binary and oversized pages."""
    from trafilatura.utils import decode_file, load_html

    if b"\x00" in data:
        decode_text(where, data)  # raises "binary file" or the UTF-16 hint
    try:
        markup = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        markup = decode_file(data, limits.max_file_bytes)
    _check_attributes(where, markup)
    with _reported(where):
        # trafilatura refuses a bare fragment ("<p>text</p>"), so wrap one.
        tree = load_html(markup)
        if tree is None:
            tree = load_html(f"<html><body>{markup}</body></html>")
    if tree is None:
        raise ArticleReadError(where, "no text")
    count = sum(1 for _ in tree.iter())
    if count > limits.max_html_elements:
        raise ArticleReadError(
            where,
            f"page has {count:,} HTML elements, over the limit of "
            f"{limits.max_html_elements:,} (max_html_elements)",
        )
    return tree


def _check_attributes(where: str, markup: str) -> None:
    """Refuse a page whose attributes would make the HTML parser crawl."""
    work = 0
    for tag in _LONG_TAG.finditer(markup):
        work += len(_QUOTED.sub("", tag.group()).split()) ** 2
        if work > MAX_ATTRIBUTE_WORK:
            raise ArticleReadError(
                where, "page has tags with too many attributes to parse in reasonable time"
            )


def _extract(where: str, tree):
    """Run trafilatura on a parsed page; its failures become ArticleReadError."""
    import trafilatura

    with _reported(where):
        return trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, config=_config()
        )


@contextmanager
def _reported(where: str) -> Iterator[None]:
    """Turn any failure of the HTML tool chain into an ArticleReadError."""
    try:
        yield
    except Exception as err:  # noqa: BLE001
        # lxml and trafilatura on untrusted input: their failure is a property
        # of the file, to be reported, not a crash of the whole ingest.
        log.debug("%s: HTML extraction failed", where, exc_info=True)
        raise ArticleReadError(where, f"HTML could not be read ({type(err).__name__})") from None


@lru_cache(maxsize=1)
def _config():
    """Return trafilatura's settings, built on first use rather than at import."""
    from trafilatura.settings import use_config

    config = use_config()
    # The extensive date search guesses from free text; a wrong published date
    # silently shifts every relative date, so no date is better than a guess.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config
