"""A read-only snapshot that follows a writer in the same directory."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from diplograph.serve.snapshot import Snapshot, files_signature

INSERT = 'INSERT DATA {{ GRAPH <http://g/{0}> {{ <http://a> <http://b> "{0}" }} }}'


@pytest.mark.parametrize("writes", [1, 3])
def test_snapshot_follows_writes(tmp_path, writes):
    path = str(tmp_path / "s")
    writer = ox.Store(path)
    writer.update(INSERT.format(0))
    writer.flush()
    view = Snapshot(path, ox.Store.read_only, interval=0)
    first = view.current()
    assert len(first) == 1
    for i in range(1, writes + 1):
        writer.update(INSERT.format(i))
        assert len(view.current()) == i + 1
    assert view.generation == writes
    assert len(first) == 1  # a snapshot already handed out stays as it was


@pytest.mark.parametrize("interval", [3600])
def test_snapshot_checks_at_most_once_per_interval(tmp_path, interval):
    path = str(tmp_path / "s")
    writer = ox.Store(path)
    writer.flush()
    view = Snapshot(path, ox.Store.read_only, interval=interval)
    writer.update(INSERT.format(1))
    assert len(view.current()) == 0 and view.generation == 0


@pytest.mark.parametrize("missing", ["nowhere"])
def test_snapshot_signature_of_missing_directory(tmp_path, missing):
    assert files_signature(str(tmp_path / missing)) == ()
