"""The credentials :class:`.remote.RemoteStore` sends, kept out of sight.

A user and password come from ``$DIPLOGRAPH_USER`` and ``$DIPLOGRAPH_PASSWORD``, from
``user=``/``password=``, or from ``https://user:password@host/...``
(:func:`_split_userinfo` takes them out of the address). The scheme, Digest or Basic,
follows the server's first challenge. Neither is ever printed, logged or put into an
error message: the password lives only here, behind a ``repr`` that shows nothing.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit, urlunsplit

__all__: list[str] = []  # private helpers of .remote, imported there by name


class _Credentials:
    """User and password, and the auth scheme the server asked for; never shown."""

    def __init__(self, user: str | None, password: str | None, scheme: str):
        self.user = user
        self._password = password
        self._scheme = None if scheme == "auto" else scheme
        self._auth = None
        self._lock = threading.Lock()
        if self._scheme and user:
            self._auth = self._make(self._scheme)

    def __repr__(self) -> str:
        return "_Credentials(...)"

    def current(self):
        return self._auth

    def choose(self, resp) -> bool:
        """Pick the scheme from a 401's challenge; True when a retry makes sense."""
        if not self.user or self._auth is not None and self._scheme is not None:
            return False
        challenge = resp.headers.get("WWW-Authenticate", "").lower()
        with self._lock:
            self._scheme = "digest" if challenge.startswith("digest") else "basic"
            self._auth = self._make(self._scheme)
        return True

    def _make(self, scheme: str):
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        cls = HTTPDigestAuth if scheme == "digest" else HTTPBasicAuth
        return cls(self.user, self._password or "")


def _split_userinfo(url: str) -> tuple[str, str | None, str | None]:
    """``url`` without ``user:password@``, and the user and password it held."""
    parts = urlsplit(url)
    if parts.username is None:
        return url, None, None
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    from urllib.parse import unquote

    return (urlunsplit(parts._replace(netloc=netloc)), unquote(parts.username),
            unquote(parts.password) if parts.password is not None else None)
