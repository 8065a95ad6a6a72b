"""An article's url made safe to use as an IRI, the way a browser fixes a typed URL.

A url is the article's identity (its named graph is minted from it) and is
shown as a link, so it must be a valid IRI (RFC 3987). Feeds and scrapers
hand over urls with spaces, ``<``, ``"`` or non-ASCII letters in them: rather
than losing the article, these characters are percent-encoded as UTF-8 bytes,
as the WHATWG URL Standard has browsers do (a host in another script becomes
its IDNA "xn--" form). Existing ``%XX`` escapes are kept, a lone ``%`` becomes
``%25``. Only what no fix can make a URL is refused: no scheme, or no host
where the scheme needs one (``http``, ``https``, ``ftp``, ``ws``, ``wss``).
"""
from __future__ import annotations

import re
from urllib.parse import quote

__all__ = ["iri_safe_url", "UrlError", "SPECIAL_SCHEMES"]

#: The schemes whose URLs must name a host (the WHATWG "special" schemes but file).
SPECIAL_SCHEMES = frozenset({"http", "https", "ftp", "ws", "wss"})

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
# What may stay as it is in each part (RFC 3986 unreserved and sub-delims, "%"
# of the escapes kept); everything else - space, < > " { } | \ ^ `, controls,
# non-ASCII, a second "#", "[" "]" outside an IPv6 host - is percent-encoded.
_SUB_DELIMS = "!$&'()*+,;="
_SAFE_PATH = _SUB_DELIMS + ":@/%"
_SAFE_QUERY = _SAFE_PATH + "?"
_SAFE_USERINFO = _SUB_DELIMS + ":%"
_SAFE_HOST = _SUB_DELIMS + "%"


class UrlError(ValueError):
    """A url that cannot be made into an absolute URL; the message says why."""


def iri_safe_url(value: str) -> str:
    """``value`` with every character an IRI does not allow percent-encoded.

    Raises :class:`UrlError` for a url with no scheme, or no host where its
    scheme needs one. A url that is already a valid ASCII IRI (a URI) comes
    back unchanged, so that re-reading an article finds the same graph.

    Examples
    --------
    >>> iri_safe_url("https://example.org/a b<script>?q=\\"x\\"")
    'https://example.org/a%20b%3Cscript%3E?q=%22x%22'
    >>> iri_safe_url("https://example.org/caf%C3%A9/100%/Zoë#a#b")
    'https://example.org/caf%C3%A9/100%25/Zo%C3%AB#a%23b'
    >>> iri_safe_url("urn:diplograph:seed:1"), iri_safe_url("https://Bücher.example/x")
    ('urn:diplograph:seed:1', 'https://xn--bcher-kva.example/x')
    >>> iri_safe_url("example dot org")
    Traceback (most recent call last):
    ...
    diplograph.loaders.readers.urls.UrlError: no scheme: 'example dot org'
    """
    # As the URL Standard: C0 controls and spaces around it, tabs and newlines in it, go.
    text = _TAB_OR_NEWLINE.sub("", value.strip("".join(map(chr, range(0x21)))))
    scheme, colon, rest = text.partition(":")
    if not colon or not _SCHEME.fullmatch(scheme):
        raise UrlError(f"no scheme: {value[:200]!r}")
    try:
        rest.encode("utf-8")
    except UnicodeEncodeError:
        raise UrlError(f"not valid Unicode (unpaired surrogate): {value[:200]!r}") from None
    rest = _LONE_PERCENT.sub("%25", rest)
    authority = None
    if rest.startswith("//"):
        end = next((i for i, ch in enumerate(rest[2:], 2) if ch in "/?#"), len(rest))
        authority, rest = _authority(rest[2:end]), rest[end:]
    if scheme.lower() in SPECIAL_SCHEMES and not _host_of(authority or ""):
        raise UrlError(f"no host: {value[:200]!r}")
    rest, hash_, fragment = rest.partition("#")
    path, question, query = rest.partition("?")
    out = scheme + ":" + ("" if authority is None else "//" + authority)
    out += _escape(path, _SAFE_PATH) + question + _escape(query, _SAFE_QUERY)
    return out + hash_ + _escape(fragment, _SAFE_QUERY)


def _authority(authority: str) -> str:
    """``user:pass@host:port`` with each part made IRI-safe (the host IDNA-encoded)."""
    userinfo, at, hostport = authority.rpartition("@")
    if hostport.startswith("["):  # an IPv6 literal keeps its brackets
        host, _, port = hostport.partition("]")
        host += "]"
        port = port[1:] if port.startswith(":") else port
    else:
        host, _, port = hostport.rpartition(":") if re.search(r":\d*$", hostport) else (
            hostport, "", "")
        host = _idna(host)
    out = _escape(userinfo, _SAFE_USERINFO) + at + host
    return out + (f":{_escape(port, '')}" if port else "")


def _idna(host: str) -> str:
    """A host name as an ASCII name: IDNA for other scripts, escapes where that fails."""
    if host.isascii():
        return _escape(host, _SAFE_HOST)
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return _escape(host, _SAFE_HOST)


def _host_of(authority: str) -> str:
    """The host of an authority made by :func:`_authority`."""
    hostport = authority.rpartition("@")[2]
    return hostport if hostport.startswith("[") else hostport.partition(":")[0]


def _escape(text: str, safe: str) -> str:
    return quote(text, safe=safe, encoding="utf-8", errors="strict")
