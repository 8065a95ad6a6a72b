"""The interactive HTML page: self-contained, escaped, and checked in headless Chromium.

Browser tests open the page from ``file://`` in Debian's chromium driven by
Playwright, with every request but the page itself aborted.
"""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

import os
import re
import tempfile

import networkx as nx
import pytest

from diplograph.graph.layout import spring_positions
from diplograph.graph.project import event_graph
from diplograph.graph.store import open_store
from diplograph.graph.visualize import cap_nodes, to_html, vis_data

from .test_project import PUTIN, XSS_EVIDENCE, XSS_NAME, ZELENSKYY, network_store, person

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
XSS_TITLE = "Leaders </title><script>alert(3)</script>"

needs_chromium = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                    reason=f"Debian chromium not installed at {CHROMIUM} "
                                           "(apt-get install -y chromium, or make browser)")


@pytest.fixture(scope="module")
def graph():
    with tempfile.TemporaryDirectory() as tmp, open_store(network_store(tmp + "/s")) as store:
        yield event_graph(store)


@pytest.fixture(scope="module")
def page_file(graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    to_html(graph, path, title=XSS_TITLE, note="a <b>note</b>")
    return path


@pytest.mark.parametrize("tag", ["script", "link", "img", "iframe"])
def test_visualize_no_outside_reference(page_file, tag):
    text = page_file.read_text(encoding="utf-8")
    refs = re.findall(rf"<{tag}\b[^>]*\b(?:src|href)\s*=", text, re.I)
    assert refs == []


@pytest.mark.parametrize("payload", [XSS_NAME, "</script><script>alert(2)", "<b>bold</b>",
                                     "<!-- and", "</title><script>alert(3)", "<b>note</b>"])
def test_visualize_payloads_escaped_in_file(page_file, payload):
    assert payload not in page_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("max_nodes,nodes,left_out", [(None, 14, 0), (1000, 14, 0), (5, 5, 9)])
def test_visualize_stats(graph, tmp_path, max_nodes, nodes, left_out):
    stats = to_html(graph, tmp_path / "g.html", max_nodes=max_nodes)
    assert (stats["nodes"], stats["left_out_nodes"]) == (nodes, left_out)
    assert stats["edges"] + stats["left_out_edges"] == graph.number_of_edges()
    text = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert (f"{left_out} less connected nodes" in text) == bool(left_out)


@pytest.mark.parametrize("max_edges,edges,merged,left_out", [(18, 18, 0, 0), (17, 17, 1, 0),
                                                             (10, 10, 1, 7)])
def test_visualize_edge_cap(graph, tmp_path, max_edges, edges, merged, left_out):
    stats = to_html(graph, tmp_path / "g.html", max_edges=max_edges)
    assert (stats["edges"], stats["merged_edges"], stats["left_out_edges"]) == (
        edges, merged, left_out)
    if merged:
        assert "repeated links merged" in (tmp_path / "g.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("n,keep", [(4, 2)])
def test_visualize_cap_keeps_most_connected(n, keep):
    H = cap_nodes(nx.star_graph(n), keep)
    assert 0 in H and len(H) == keep


@pytest.mark.parametrize("seed", [0, 7])
def test_visualize_positions_deterministic(seed):
    G = nx.barabasi_albert_graph(60, 2, seed=1)
    assert spring_positions(G, seed=seed) == spring_positions(G, seed=seed)


@pytest.mark.parametrize("kind,dashes", [("meeting", False)])
def test_visualize_vis_data_edge(graph, kind, dashes):
    _, edges = vis_data(graph)
    xss = [e for e in edges if XSS_EVIDENCE in e["title"]]
    assert len(xss) == 1 and xss[0]["dgKind"] == kind and xss[0]["dashes"] is dashes
    assert "source: https://news.example.org/1" in xss[0]["title"]


# ---------------------------------------------------------------- in the browser


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Debian chromium not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Visit:
    """A page opened offline, with what it logged, requested and popped up."""

    def __init__(self, browser, path):
        self.errors, self.requests, self.dialogs = [], [], []
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.url = path.as_uri()
        self.page.route("**/*", self._route)
        self.page.goto(self.url)
        self.page.wait_for_function("() => window.dgRendered !== undefined", timeout=20000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        self.requests.append(route.request.url)
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def point(self, node_ids: list[int]) -> tuple[float, float]:
        """Where on screen the midpoint of ``node_ids`` is drawn."""
        return tuple(self.js(f"""() => {{
            const pos = network.getPositions({node_ids});
            const pts = Object.values(pos);
            const c = {{x: pts.reduce((s, p) => s + p.x, 0) / pts.length,
                       y: pts.reduce((s, p) => s + p.y, 0) / pts.length}};
            const d = network.canvasToDOM(c);
            const r = document.getElementById('mynetwork').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y];
        }}"""))

    def node_id(self, iri: str) -> int:
        return self.js(f"() => nodes.get({{filter: n => n.dgIri === {iri!r}}})[0].id")


@pytest.fixture
def visit(browser, page_file):
    v = Visit(browser, page_file)
    yield v
    v.page.close()


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("nodes,edges", [(14, 18)])
def test_visualize_browser_renders_offline(visit, nodes, edges):
    assert visit.js("() => [nodes.length, edges.length]") == [nodes, edges]
    assert visit.js("() => network.getPositions()") and visit.errors == []
    assert visit.requests == [visit.url] and visit.dialogs == []
    assert visit.js("() => document.title") == XSS_TITLE


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("max_nodes,left_out", [(5, 9)])
def test_visualize_browser_cap(browser, graph, tmp_path, max_nodes, left_out):
    to_html(graph, tmp_path / "cap.html", max_nodes=max_nodes)
    v = Visit(browser, tmp_path / "cap.html")
    assert v.js("() => nodes.length") == max_nodes
    assert f"{left_out} less connected nodes" in v.page.inner_text("#dg-summary")
    assert v.errors == [] and v.requests == [v.url]


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("payload", [XSS_NAME])
def test_visualize_browser_name_shows_as_text(visit, payload):
    x, y = visit.point([visit.node_id(person(payload))])
    visit.page.mouse.move(x, y)
    visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert payload in visit.page.inner_text("div.vis-tooltip")
    visit.page.mouse.click(x, y)
    assert payload in visit.page.inner_text("#dg-details")
    assert visit.js("() => document.querySelectorAll('img, b').length") == 0
    assert visit.dialogs == [] and visit.errors == []


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("a,b,evidence", [(XSS_NAME, ZELENSKYY, XSS_EVIDENCE)])
def test_visualize_browser_evidence_shows_as_text(visit, a, b, evidence):
    x, y = visit.point([visit.node_id(person(a)), visit.node_id(person(b))])
    visit.page.mouse.click(x, y)
    details = visit.page.inner_text("#dg-details")
    assert evidence in details and "https://news.example.org/1" in details
    link = visit.js("() => document.querySelector('#dg-details a').href")
    assert link == "https://news.example.org/1"
    # utils.js, vis-network, pyvis's drawing code, our config JSON and our script: no more
    assert visit.dialogs == [] and visit.js("() => document.scripts.length") == 5


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("query,matches", [("putin", "1 match"), ("zzz", "0 matches")])
def test_visualize_browser_search(visit, query, matches):
    visit.page.fill("#dg-search", query)
    assert visit.page.inner_text("#dg-found") == matches
    selected = visit.js("() => network.getSelectedNodes()")
    assert selected == ([visit.node_id(person(PUTIN))] if query == "putin" else [])


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("group,key,hidden_nodes,hidden_edges", [
    ("kind", "office", 0, 7), ("type", "country", 6, 0)])
def test_visualize_browser_type_filters(visit, group, key, hidden_nodes, hidden_edges):
    visit.page.uncheck(f"#dg-legend input[data-group={group}][data-key={key}]")
    assert visit.js("() => nodes.get({filter: n => n.hidden}).length") == hidden_nodes
    assert visit.js("() => edges.get({filter: e => e.hidden}).length") == hidden_edges
