"""Helpers shared by the article readers: limits, decoding, dates and URLs.

Every reader turns bad content into :class:`~diplograph.errors.ArticleReadError`
through these helpers, so that the reasons read the same whatever the format.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ...errors import ArticleReadError
from ..model import Article
from .urls import UrlError, iri_safe_url

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_FILE_BYTES",
    "MAX_LINE_BYTES",
    "MAX_HTML_ELEMENTS",
    "TITLE_MAX_CHARS",
    "Limits",
    "read_bounded",
    "decode_text",
    "normalise_newlines",
    "parse_published",
    "file_uri",
    "is_absolute_url",
    "make_article",
    "detached",
]

log = logging.getLogger(__name__)

#: Largest article text, in UTF-8 bytes (about 300,000 words; news runs far shorter).
MAX_ARTICLE_BYTES = 2_000_000
#: Largest non-JSONL file read whole (.md, .txt, .html): HTML pages carry
#: scripts and styles, so this is well above :data:`MAX_ARTICLE_BYTES`.
MAX_FILE_BYTES = 10_000_000
#: Largest JSONL line, in bytes: JSON escapes can make a record several
#: times longer than the text it holds.
MAX_LINE_BYTES = 8_000_000
#: Largest HTML element count handed to trafilatura, whose run time grows
#: with the element count (about 5 s per 100,000 elements on a 2-core box).
MAX_HTML_ELEMENTS = 100_000
#: A first line longer than this is a paragraph, not a title.
TITLE_MAX_CHARS = 200

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Limits:
    """Size limits that keep a reader's time and memory bounded.

    Parameters
    ----------
    max_article_bytes : int
        Largest article text, in UTF-8 bytes.
    max_file_bytes : int
        Largest file read whole (every format except JSONL).
    max_line_bytes : int
        Largest JSONL line, in bytes.
    max_html_elements : int
        Largest number of HTML elements given to the text extractor.
    """

    max_article_bytes: int = MAX_ARTICLE_BYTES
    max_file_bytes: int = MAX_FILE_BYTES
    max_line_bytes: int = MAX_LINE_BYTES
    max_html_elements: int = MAX_HTML_ELEMENTS

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive integer, not {value!r}")


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """Return a regular file's bytes, or raise if it holds more than ``max_bytes``."""
    with path.open("rb") as handle:
        # Read one byte past the limit rather than trusting stat(): the file
        # may grow while we read it.
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleReadError(
            str(path), f"file is larger than the limit of {max_bytes:,} bytes (max_file_bytes)"
        )
    return data


def decode_text(where: str, data: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped), refusing binary data and other encodings."""
    if b"\x00" in data:
        if data.startswith(_UTF16_BOMS):
            raise ArticleReadError(where, "not valid UTF-8 text (it looks like UTF-16)")
        raise ArticleReadError(where, "binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleReadError(
            where, f"not valid UTF-8 text (bad byte at offset {err.start})"
        ) from None


def normalise_newlines(text: str) -> str:
    """Turn Windows and old Mac line ends into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_published(value: object, where: str) -> date | None:
    """Read a ``published`` value: ``YYYY-MM-DD`` or an ISO 8601 datetime.

    A datetime gives the calendar date written in it, with no time-zone
    conversion: that is the date the article carries. Anything else gives
    None and a warning, because the article's text is still worth reading.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed = _parse_iso_date(value.strip()) if isinstance(value, str) else None
    if parsed is None:
        log.warning("%s: ignoring malformed published date %.80r", where, value)
    return parsed


def _parse_iso_date(value: str) -> date | None:
    """Return the date of an ISO date or datetime string, or None."""
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    try:
        day = date(*(int(part) for part in match.groups()))
        if match.end() == len(value):
            return day
        # The rest must make a valid ISO datetime ("T10:00:00Z", " 10:00+02:00").
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return day


def file_uri(path: Path) -> str:
    """Return the absolute ``file://`` URI that identifies a file without a url."""
    return path.resolve().as_uri()


def is_absolute_url(value: str) -> bool:
    """Tell whether ``value`` is an absolute URL, or can be made one (see :mod:`.urls`)."""
    try:
        iri_safe_url(value)
    except UrlError:
        return False
    return True


def detached(error: ArticleReadError) -> ArticleReadError:
    """Drop an error's traceback and chained exceptions before it is yielded.

    A yielded error may be kept for the whole run; its traceback would keep
    the reader's frames, and a chained UnicodeDecodeError the file's bytes,
    alive with it.
    """
    error.__traceback__ = None
    error.__context__ = error.__cause__ = None
    return error


def make_article(where: str, *, url: str, text: str, limits: Limits, **meta) -> Article:
    """Check the text and url of an article and build it.

    ``where`` names the file (and line) in any error; ``meta`` holds title,
    published, source and path.
    """
    text = normalise_newlines(text).strip()
    if not text:
        raise ArticleReadError(where, "no text")
    if "\x00" in text:
        raise ArticleReadError(where, "binary data (NUL characters) in the text")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        # Only JSON escapes ("\ud800") can produce lone surrogates.
        raise ArticleReadError(where, "text is not valid Unicode (unpaired surrogate)") from None
    if size > limits.max_article_bytes:
        raise ArticleReadError(
            where,
            f"article text is {size:,} bytes, over the limit of "
            f"{limits.max_article_bytes:,} (max_article_bytes)",
        )
    try:
        url = iri_safe_url(url)
    except UrlError as err:
        raise ArticleReadError(where, f"url is not an absolute URL: {err}") from None
    return Article(url=url, text=text, **meta)
