"""The pages in headless Chromium: a reader's path through them, offline and inert.

Debian's chromium is driven by Playwright; every request that does not go to
the test server on 127.0.0.1 is aborted and counted, and must never happen.
"""
from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest

from .conftest import FORMULA, HOSTILE_NAME, HOSTILE_OTHER, HOSTILE_TITLE, HOSTILE_URL

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                 reason=f"Debian chromium not installed at {CHROMIUM} "
                                        "(apt-get install -y chromium, or make browser)")]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Reader:
    """A browser tab on the server: what it requested outside, popped up and logged."""

    def __init__(self, browser, server: str, javascript: bool = True):
        self.server = server
        self.outside, self.dialogs, self.errors = [], [], []
        self.context = browser.new_context(java_script_enabled=javascript,
                                           viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route):
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str):
        self.page.goto(self.server + path)
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def reader(request, browser, server):
    r = Reader(browser, server, javascript=request.param)
    yield r
    r.close()


@pytest.mark.parametrize("typed", ["PM Modi"])
def test_browser_search_person_event_article(reader, typed):
    page = reader.open("/")
    page.fill("#q", typed)
    page.click(".big-search button")
    page.wait_for_url("**/search?q=*")
    page.click("ul.hits a")
    assert page.locator("h1").inner_text() == "Narendra Modi"
    assert page.locator("table.offices").inner_text().count("Prime Minister") == 1
    page.click("table.events a[href^='/id/event/'] >> nth=0")
    page.wait_for_url("**/id/event/*")
    assert "Narendra Modi" in page.locator("dl.facts").inner_text()
    page.click("table.reports a[href^='/id/article/'] >> nth=0")
    page.wait_for_url("**/id/article/*")
    assert page.locator("blockquote.evidence mark").count() >= 1
    assert "characters" in page.locator("blockquote.evidence").first.inner_text()
    page.click("a[href='/id/person/vladimir-putin'] >> nth=0")
    assert page.locator("h1").inner_text() == "Vladimir Putin"
    assert reader.outside == [] and reader.dialogs == [] and reader.errors == []


@pytest.mark.parametrize("shown", [[HOSTILE_NAME, HOSTILE_OTHER, FORMULA, HOSTILE_TITLE]])
def test_browser_hostile_values_inert(browser, server, shown):
    r = Reader(browser, server)
    try:
        page = r.open("/search?q=Ann%20Lee")
        page.click("ul.hits a")
        person_text = page.locator("main").inner_text()
        page.click("table.events a[href^='/id/event/'] >> nth=0")
        page.click("table.reports a[href^='/id/article/'] >> nth=0")
        article_text = page.locator("main").inner_text()
        for value in shown:
            assert value in person_text + article_text  # shown as text, letter for letter
        assert page.evaluate("document.querySelectorAll('script, img, iframe').length") == 0
        assert page.locator(f"a[href='{HOSTILE_URL}']").count() == 0
        assert page.locator("a[href^='javascript']").count() == 0
        assert r.dialogs == [] and r.outside == [] and r.errors == []
    finally:
        r.close()


@pytest.mark.parametrize("person", ["narendra-modi"])
def test_browser_network_view_offline(browser, server, person):
    r = Reader(browser, server)
    try:
        page = r.open(f"/id/person/{person}/network")
        page.wait_for_function("() => window.dgRendered !== undefined", timeout=20000)
        nodes = page.evaluate("document.querySelectorAll('canvas').length")
        assert nodes >= 1 and "Narendra Modi" in page.locator("#dg-panel h1").inner_text()
        assert r.outside == [] and r.dialogs == [] and r.errors == []
    finally:
        r.close()
