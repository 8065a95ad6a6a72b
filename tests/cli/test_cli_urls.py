"""A url with characters an IRI does not allow is encoded, not refused (issue 12, item 4).

The article goes in under its percent-encoded url, and that url, its title and
its sentences come out escaped in every view: table, JSON, CSV and the HTML page.
"""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.loaders.readers.urls import UrlError, iri_safe_url
from tests.graph.test_visualize import Visit, needs_chromium

RAW_URL = "https://example.org/news/<script>alert(1)</script> modi moscow"
URL = "https://example.org/news/%3Cscript%3Ealert(1)%3C/script%3E%20modi%20moscow"
TITLE = "<script>alert(2)</script> Modi in Moscow"
TEXT = ("Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow "
        "on July 8, 2024, the <script>alert(3)</script> ministry said.")


def run(store, *args):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


@pytest.fixture
def hostile_url_store(tmp_path, store_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"url": RAW_URL, "title": TITLE, "text": TEXT,
                                "published": "2024-07-08"}) + "\n", encoding="utf-8")
    res = run(store_path, "ingest", str(path))
    assert res.exit_code == 0, res.output
    assert "1 articles ingested" in res.output
    return store_path


@pytest.mark.parametrize("raw, encoded", [
    (RAW_URL, URL),
    ('https://e.org/a"b{c}|d\\e^f`g', "https://e.org/a%22b%7Bc%7D%7Cd%5Ce%5Ef%60g"),
    ("https://e.org/Zoë/習近平?q=é#x", "https://e.org/Zo%C3%AB/%E7%BF%92%E8%BF%91%E5%B9%B3"
                                       "?q=%C3%A9#x"),
    ("https://e.org/already%20done/50%", "https://e.org/already%20done/50%25"),
    ("  https://e.org/a\n", "https://e.org/a"),
    ("https://e.org/a#b#c", "https://e.org/a#b%23c"),
    ("urn:diplograph:seed:1", "urn:diplograph:seed:1"),
    ("file:///tmp/a b.md", "file:///tmp/a%20b.md"),
    ("https://example.org/news/2024/07/08/modi-moscow?x=1&y=2",
     "https://example.org/news/2024/07/08/modi-moscow?x=1&y=2"),
])
def test_iri_safe_url_encodes_what_an_iri_forbids(raw, encoded):
    import pyoxigraph as ox

    assert iri_safe_url(raw) == encoded
    assert iri_safe_url(encoded) == encoded  # idempotent
    ox.NamedNode(encoded)  # a valid IRI for the strictest store we use


@pytest.mark.parametrize("raw, why", [
    ("example dot org", "no scheme"), ("/news/a", "no scheme"), ("", "no scheme"),
    ("https://", "no host"), ("http:/news/a", "no host"), ("https:///a", "no host"),
])
def test_iri_safe_url_refuses_no_scheme_or_no_host(raw, why):
    with pytest.raises(UrlError, match=why):
        iri_safe_url(raw)


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_hostile_url_ingested_and_shown_encoded(hostile_url_store, fmt):
    res = run(hostile_url_store, "meetings", "Modi", "--format", fmt)
    assert res.exit_code == 0, res.output
    assert "<script>alert(1)" not in res.output and RAW_URL not in res.output
    assert URL in res.output
    if fmt == "json":
        assert json.loads(res.output)[0]["sources"] == [URL]
    elif fmt == "csv":
        assert next(csv.DictReader(io.StringIO(res.output)))["sources"] == URL


def test_hostile_url_person_json_keeps_text_as_text(hostile_url_store):
    res = run(hostile_url_store, "person", "Modi", "--format", "json")
    profile = json.loads(res.output)
    assert profile["sources"] == [URL]
    [meeting] = profile["events"]["meeting"]
    assert "<script>alert(3)</script>" in meeting["evidence"]  # a value, JSON-escaped


def test_hostile_url_removed_by_either_form(hostile_url_store):
    assert "1 articles removed" in run(hostile_url_store, "remove", RAW_URL).output
    res = run(hostile_url_store, "meetings", "Modi", "--format", "json")
    assert res.exit_code != 0 or json.loads(res.output) == []


@pytest.mark.browser
@needs_chromium
def test_hostile_url_in_the_html_page_is_a_link_and_text(hostile_url_store, tmp_path):
    from playwright.sync_api import sync_playwright

    from tests.graph.test_visualize import CHROMIUM, CHROMIUM_ARGS

    page = tmp_path / "graph.html"
    assert run(hostile_url_store, "viz", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html and RAW_URL not in html
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            visit = Visit(browser, page)
            edge = visit.js("() => edges.get()[0].id")
            visit.js(f"() => network.selectEdges([{json.dumps(edge)}])")
            visit.js(f"() => network.body.emitter.emit('click', "
                     f"{{nodes: [], edges: [{json.dumps(edge)}]}})")
            details = visit.page.inner_text("#dg-details")
            assert "<script>alert(3)</script>" in details and URL in details
            assert visit.js("() => document.querySelector('#dg-details a').href") == URL
            assert visit.dialogs == [] and visit.errors == []
            assert visit.requests == [visit.url]
        finally:
            browser.close()
