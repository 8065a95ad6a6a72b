"""The PNG timeline of one person's meetings, visits and calls."""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

import struct
from datetime import date

import pytest

from diplograph.graph.lookup import resolve_person
from diplograph.graph.store import open_store
from diplograph.graph.timeline import timeline_png, timeline_rows, to_date
from diplograph.loaders.model import Event
from diplograph.loaders.triples import article_iri, extraction_to_triples
from tests.conftest import make_extraction

from .test_project import LULA, PUTIN, XI, ZELENSKYY, network_store


@pytest.fixture(scope="module")
def net_store(tmp_path_factory):
    with open_store(network_store(str(tmp_path_factory.mktemp("tl") / "s"))) as store:
        yield store


def png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("by,events,rows", [("counterpart", 6, 4), ("country", 6, 2)])
def test_timeline_png(net_store, tmp_path, by, events, rows):
    path = tmp_path / "t.png"
    stats = timeline_png(net_store, resolve_person(net_store, "Modi"), path, by=by)
    assert stats == {"events": events, "undated": 0, "rows": rows}
    width, height = png_size(path)
    assert width == 1100 and height > 200


@pytest.mark.parametrize("by,labels", [
    ("counterpart", {PUTIN, XI, LULA, ZELENSKYY}), ("country", {"RU", "(unknown country)"})])
def test_timeline_rows(net_store, by, labels):
    rows = timeline_rows(net_store, resolve_person(net_store, "Modi"), by=by)
    assert {r["row"] for r in rows} == labels
    assert {r["kind"] for r in rows} == {"meeting", "call", "visit"}


@pytest.mark.parametrize("max_rows", [1, 2])
def test_timeline_max_rows(net_store, tmp_path, max_rows):
    stats = timeline_png(net_store, resolve_person(net_store, "Modi"), tmp_path / "t.png",
                         max_rows=max_rows)
    assert stats["rows"] == max_rows


@pytest.mark.parametrize("dates,undated,drawn", [([None, "2024-07-08"], 1, 1), ([None], 1, 0)])
def test_timeline_undated_events_counted(tmp_path, dates, undated, drawn):
    events = [Event("meeting", "occurred", ["narendra modi", "vladimir putin"], date=d)
              for d in dates]
    ex = make_extraction(events=events)
    with open_store(str(tmp_path / "s")) as store:
        store.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)})
        stats = timeline_png(store, resolve_person(store, "Putin"), tmp_path / "t.png")
    assert (stats["undated"], stats["events"]) == (undated, drawn)


@pytest.mark.parametrize("text,expected", [
    ("2024-07-08", date(2024, 7, 8)), ("2024-07", date(2024, 7, 15)), ("2024", date(2024, 7, 1)),
    (None, None), ("", None), ("soon", None)])
def test_timeline_to_date(text, expected):
    assert to_date(text) == expected
