"""Store fixtures: the same tests on the embedded store and on a real Virtuoso.

Virtuoso is the private instance of ``scripts/virtuoso.sh start``, found
through its env file (``$DIPLOGRAPH_VIRTUOSO_DIR/env``, default
``/tmp/diplograph-virtuoso-$UID/env``) or ``$DIPLOGRAPH_TEST_VIRTUOSO*``
variables. Without one the Virtuoso cases skip with the reason; with
``CI=true`` they fail instead, because CI must run them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from diplograph.graph.store import open_store

STORES = ["oxigraph", "virtuoso"]


def virtuoso_env() -> dict[str, str] | None:
    """The private Virtuoso's endpoints and credentials, or None if none is running."""
    if os.environ.get("DIPLOGRAPH_TEST_VIRTUOSO"):
        return {k: v for k, v in os.environ.items() if k.startswith("DIPLOGRAPH_TEST_VIRTUOSO")}
    folder = os.environ.get("DIPLOGRAPH_VIRTUOSO_DIR", f"/tmp/diplograph-virtuoso-{os.getuid()}")
    path = Path(folder) / "env"
    if not path.is_file():
        return None
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {k.strip(): v.strip() for k, v in pairs}


def require_virtuoso() -> dict[str, str]:
    """The env of :func:`virtuoso_env`, or skip (fail on CI) with the reason."""
    env = virtuoso_env()
    if env is None:
        reason = ("no Virtuoso for the remote store tests: run 'scripts/virtuoso.sh start' "
                  "(needs Debian's virtuoso-opensource, installed when root with apt)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + " -- required on CI", pytrace=False)
        pytest.skip(reason)
    return env


def open_virtuoso(env: dict[str, str], **options):
    """A RemoteStore on the private Virtuoso (credentials passed, not exported)."""
    return open_store(
        env["DIPLOGRAPH_TEST_VIRTUOSO"],
        update_endpoint=env["DIPLOGRAPH_TEST_VIRTUOSO_UPDATE"],
        user=env["DIPLOGRAPH_TEST_VIRTUOSO_USER"],
        password=env["DIPLOGRAPH_TEST_VIRTUOSO_PASSWORD"],
        **options,
    )


def empty_virtuoso(env: dict[str, str]) -> None:
    """Remove every diplograph graph (and staging graph) from the shared instance."""
    with open_virtuoso(env) as store:
        store.remove_articles(store.graph_names())
        store.clean_staging()


@pytest.fixture(params=STORES)
def store_kind(request) -> str:
    return request.param


@pytest.fixture
def open_test_store(store_kind, tmp_path):
    """A function opening the test's store (empty at the start of the test).

    ``open_test_store(read_only=True)`` opens the same store read-only.
    """
    opened = []
    if store_kind == "virtuoso":
        env = require_virtuoso()
        empty_virtuoso(env)

        def make(**options):
            opened.append(open_virtuoso(env, **options))
            return opened[-1]
    else:
        path = str(tmp_path / "store")

        def make(**options):
            if options.get("read_only"):
                for store in opened:  # Oxigraph: one writer; reopen read-only after it
                    store.close()
            opened.append(open_store(path, **options))
            return opened[-1]

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(open_test_store):
    """An empty store of each kind, open for writing."""
    return open_test_store()
