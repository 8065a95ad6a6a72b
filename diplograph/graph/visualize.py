"""One self-contained interactive HTML page of a network (vis-network via pyvis).

The page works from ``file://`` with no network at all: vis-network's script
and stylesheet are inlined by pyvis, the CDN links its template adds are
removed, and a Content-Security-Policy forbids fetching anything. Positions
come from :mod:`.layout` (physics off), so large graphs draw at once; the least
connected nodes beyond ``max_nodes`` are left out and the page says how many.

Article text never becomes markup: node and edge data are JSON in which
``<``, ``>`` and ``&`` are escaped, tooltips are plain strings (vis-network
shows them as text) and the details panel builds its DOM with
``textContent``; source links are only made for http(s) URLs.

Examples
--------
>>> import tempfile, networkx as nx
>>> G = nx.Graph([("a", "b", {"kind": "meeting", "date": "2024-07-08"})])
>>> with tempfile.TemporaryDirectory() as tmp:
...     to_html(G, tmp + "/g.html", title="demo")["nodes"]
2
"""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

import html
import json
import logging
import re
from math import sqrt

import networkx as nx

from .layout import spring_positions

__all__ = ["to_html", "cap_nodes", "cap_edges", "merge_parallel", "vis_data", "NODE_STYLE",
           "KIND_COLOR", "DEFAULT_MAX_NODES", "DEFAULT_MAX_EDGES"]

log = logging.getLogger(__name__)

DEFAULT_MAX_NODES = 1000
DEFAULT_MAX_EDGES = 5000

NODE_STYLE = {  # type -> (vis shape, colour)
    "person": ("dot", "#4e79a7"),
    "country": ("square", "#f28e2b"),
    "organisation": ("diamond", "#59a14f"),
    "event": ("triangle", "#9c755f"),
}
KIND_COLOR = {"meeting": "#4e79a7", "call": "#b07aa1", "visit": "#e15759",
              "office": "#bab0ac"}

_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:")
_CDN_TAG = re.compile(r"<(link|script)\b[^>]*\bhttps?://[^>]*>(\s*</script>)?", re.I)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)  # the template's commented-out script tags


def cap_nodes(G: nx.Graph, max_nodes: int | None) -> nx.Graph:
    """``G`` restricted to its ``max_nodes`` most connected nodes (ties by label).

    Examples
    --------
    >>> sorted(cap_nodes(nx.star_graph(4), 2))
    [0, 1]
    """
    if max_nodes is None or len(G) <= max_nodes:
        return G
    rank = sorted(G.degree(), key=lambda nd: (-nd[1], str(G.nodes[nd[0]].get("label", nd[0]))))
    return G.subgraph(n for n, _ in rank[:max_nodes])


def merge_parallel(G: nx.Graph) -> nx.MultiGraph:
    """One edge per pair and kind, carrying the latest event's details.

    Merged edges get ``weight`` (how many events), ``first`` and ``last``
    dates and up to five ``sources``.

    Examples
    --------
    >>> G = nx.MultiGraph([("a", "b", {"kind": "call", "date": "2024"}),
    ...                    ("a", "b", {"kind": "call", "date": "2023"})])
    >>> [(a["weight"], a["first"], a["last"]) for *_, a in merge_parallel(G).edges(data=True)]
    [(2, '2023', '2024')]
    """
    groups: dict = {}
    for u, v, a in G.edges(data=True):
        key = (frozenset((u, v)), a.get("kind") or ",".join(a.get("kinds", [])))
        groups.setdefault(key, (u, v, []))[2].append(a)
    H = nx.MultiGraph()
    H.add_nodes_from(G.nodes(data=True))
    for (_, kind), (u, v, items) in groups.items():
        items.sort(key=lambda a: a.get("date") or a.get("last") or "")
        dates = [d for a in items for d in (a.get("first"), a.get("date"), a.get("last")) if d]
        merged = {**items[-1], "weight": sum(a.get("weight", 1) for a in items),
                  "merged": sum(a.get("merged", 1) for a in items),
                  "first": min(dates, default=None), "last": max(dates, default=None),
                  "sources": sorted({x for a in items for x in a.get("sources") or []})[:5]}
        H.add_edge(u, v, key=kind, **merged)
    return H


def cap_edges(G: nx.Graph, max_edges: int | None) -> nx.Graph:
    """Parallel edges merged, then the heaviest (latest on ties) ``max_edges`` kept.

    Returns ``G`` itself when it has no more than ``max_edges`` edges.
    """
    if max_edges is None or G.number_of_edges() <= max_edges:
        return G
    H = merge_parallel(G)
    if H.number_of_edges() > max_edges:
        ranked = sorted(H.edges(keys=True, data=True), key=lambda e: (
            e[3].get("weight", 1), str(e[3].get("last") or e[3].get("date") or "")),
            reverse=True)
        drop = ranked[max_edges:]
        H.remove_edges_from((u, v, k) for u, v, k, _ in drop)
    return H


def _lines(*pairs) -> str:
    return "\n".join(f"{k}: {v}" if k else str(v) for k, v in pairs if v not in (None, "", []))


def _node(G: nx.Graph, n, index: int, pos, size: float) -> dict:
    a = G.nodes[n]
    kind = a.get("type", "person")
    shape, color = NODE_STYLE.get(kind, ("dot", "#888888"))
    label = str(a.get("label") or n)
    title = _lines((None, label), ("type", kind), ("office", _office(a)),
                   ("country", a.get("country") or a.get("code")), ("links", G.degree(n)))
    return {"id": index, "label": label, "title": title, "shape": shape, "color": color,
            "size": size, "x": pos[0], "y": pos[1], "dgType": kind, "dgIri": str(n)}


def _office(a: dict) -> str | None:
    """A person's best office, with how many articles state it."""
    n = a.get("office_reports")
    if not a.get("title") or not n:
        return a.get("title")
    return f"{a['title']} ({n} report{'s' if n != 1 else ''})"


def _edge(a: dict, index: int, u: int, v: int, bend: float) -> dict:
    kind = a.get("kind") or ",".join(a.get("kinds", [])) or "link"
    date = a.get("date") or a.get("last")
    sources = list(a.get("sources") or [])
    if kind == "office":
        title = _lines((None, f"office: {a.get('title') or '?'}"))
    elif a.get("weight", 1) > 1:
        title = _lines((None, f"{kind} ×{a['weight']}: {a.get('first')} to {a.get('last')}"),
                       ("latest", date), ("place", a.get("place")),
                       ("country", a.get("country")), ("status", a.get("status")),
                       ("evidence", a.get("evidence")), *(("source", s) for s in sources))
    else:
        title = _lines((None, f"{kind} {date or '(undated)'}"), ("date", date),
                       ("first", a.get("first")), ("place", a.get("place")),
                       ("country", a.get("country")), ("occasion", a.get("occasion")),
                       ("status", a.get("status")), ("events", a.get("weight")),
                       ("reports", a.get("reports")), ("evidence", a.get("evidence")),
                       *(("source", s) for s in sources))
    e = {"id": index, "from": u, "to": v, "title": title,
         "label": "" if kind == "office" else (f"{kind} ×{a['weight']}" if a.get("weight", 1) > 1
                                              else f"{kind} {date or ''}".strip()),
         "color": KIND_COLOR.get(kind.split(",")[0], "#777777"),
         "dashes": a.get("status") not in (None, "occurred"),
         "dgKind": kind.split(",")[0], "dgSources": sources, "dgEvent": a.get("event")}
    if bend:
        e["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": bend}
    return e


def vis_data(G: nx.Graph, *, seed: int = 42) -> tuple[list[dict], list[dict]]:
    """The vis-network nodes and edges for ``G``, with positions and styles."""
    pos = spring_positions(G, seed=seed)
    index = {n: i for i, n in enumerate(G)}
    deg = dict(G.degree())
    top = max(deg.values(), default=1) or 1
    nodes = [_node(G, n, index[n], pos[n], 8 + 18 * sqrt(deg[n] / top)) for n in G]
    edges, seen = [], {}
    items = G.edges(data=True, keys=True) if G.is_multigraph() else \
        ((u, v, None, a) for u, v, a in G.edges(data=True))
    for u, v, key, a in items:
        if "kind" not in a and "kinds" not in a and isinstance(key, str) and len(key) < 20:
            a = {**a, "kind": key}  # typed graphs: the key is the role ("participant" ...)
        pair = frozenset((u, v))
        seen[pair] = seen.get(pair, 0) + 1
        k = seen[pair] - 1
        bend = 0.0 if k == 0 else 0.12 * ((k + 1) // 2) * (1 if k % 2 else -1)
        edges.append(_edge(a, len(edges), index[u], index[v], bend))
    return nodes, edges


def _options() -> dict:
    return {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
        "edges": {"arrows": {"to": {"enabled": False}}, "smooth": False, "width": 1.2,
                  "font": {"size": 9, "color": "#555555", "strokeWidth": 2, "align": "middle"}},
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
    }


def _script_json(value) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survive."""
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _render(nodes: list[dict], edges: list[dict], height: str) -> str:
    """pyvis's template with vis-network inlined, rendered without its CDN extras."""
    from pyvis.network import Network

    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line")
    template = net.templateEnv.get_template(net.path)
    page = template.render(
        height=height, width="100%", nodes=nodes, edges=edges, heading="",
        options=json.dumps(_options()), physics_enabled=False, use_DOT=False, dot_lang="",
        widget=False, bgcolor="#ffffff", conf=False, tooltip_link=False,
        neighborhood_highlight=False, select_menu=False, filter_menu=False, notebook=False,
        cdn_resources="in_line")
    page = _EMPTY_HEADING.sub("", _CDN_TAG.sub("", _COMMENT.sub("", page)))
    return page


def _summary(stats: dict) -> str:
    text = f"{stats['nodes']} nodes, {stats['edges']} links shown"
    if stats["merged_edges"]:
        text += f" ({stats['merged_edges']} repeated links merged into them)"
    if stats["left_out_nodes"] or stats["left_out_edges"]:
        text += (f"; {stats['left_out_nodes']} less connected nodes and "
                 f"{stats['left_out_edges']} links left out (raise the caps to see them)")
    return text + "."


def to_html(G: nx.Graph, path, *, title: str = "diplograph network",
            max_nodes: int | None = DEFAULT_MAX_NODES,
            max_edges: int | None = DEFAULT_MAX_EDGES, height: str = "86vh",
            seed: int = 42, note: str | None = None) -> dict:
    """Write ``G`` as one self-contained interactive HTML page at ``path``.

    Nodes are coloured and shaped by their ``type`` attribute (person, country,
    organisation, event) and sized by degree; edges are coloured by ``kind``
    and labelled with kind and date (``date``, else ``last``); hovering shows
    an event's date, place, status, reports, evidence and sources, clicking
    shows them with links. Only the ``max_nodes`` most connected nodes are
    drawn. ``note`` is an extra line of text shown under the title.

    Beyond ``max_edges`` links, parallel links of one kind are merged into
    one (labelled with their number) and then only the heaviest are kept.

    Returns the numbers drawn and left out: ``nodes``, ``edges``,
    ``left_out_nodes``, ``left_out_edges`` and ``merged_edges`` (links drawn
    merged into another).

    Examples
    --------
    >>> import tempfile
    >>> G = nx.path_graph(5)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     to_html(G, tmp + "/g.html", max_nodes=3)
    {'nodes': 3, 'edges': 2, 'left_out_nodes': 2, 'left_out_edges': 2, 'merged_edges': 0}
    """
    H = cap_edges(cap_nodes(G, max_nodes), max_edges)
    nodes, edges = vis_data(H, seed=seed)
    shown = sum(a.get("merged", 1) for *_, a in H.edges(data=True))
    stats = {"nodes": len(nodes), "edges": len(edges), "left_out_nodes": len(G) - len(H),
             "left_out_edges": G.number_of_edges() - shown, "merged_edges": shown - len(edges)}
    config = {"stats": stats, "nodeStyle": NODE_STYLE, "kindColor": KIND_COLOR,
              "types": sorted({n["dgType"] for n in nodes}),
              "kinds": sorted({e["dgKind"] for e in edges})}
    head = (f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n")
    panel = (f'<div id="dg-panel"><h1>{html.escape(title)}</h1>'
             f'<span id="dg-note">{html.escape(note or "")}</span>'
             f'<span id="dg-summary">{html.escape(_summary(stats))}</span>'
             '<input id="dg-search" type="search" placeholder="Search a name" '
             'list="dg-names" aria-label="Search a name"><datalist id="dg-names"></datalist>'
             '<span id="dg-found"></span><span id="dg-legend"></span></div>'
             '<div id="dg-details"></div>\n')
    tail = (f'<script type="application/json" id="dg-config">{_script_json(config)}</script>\n'
            f"<script>{_JS}</script>\n")
    page = _render(nodes, edges, height)
    page = page.replace("<head>", "<head>\n" + head, 1).replace("<body>", "<body>\n" + panel, 1)
    page = _insert_before_last(page, "</body>", tail)
    with open(path, "w", encoding="utf-8") as out:
        out.write(page)
    log.info("wrote %s: %d nodes, %d edges (%d nodes left out)", path, stats["nodes"],
             stats["edges"], stats["left_out_nodes"])
    return stats


def _insert_before_last(text: str, marker: str, insert: str) -> str:
    i = text.rfind(marker)
    return text + insert if i < 0 else text[:i] + insert + text[i:]


_CSS = """
body { margin: 0; font: 13px system-ui, sans-serif; }
.card { border: 0; }
#dg-panel { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center;
  padding: 6px 12px; border-bottom: 1px solid #ddd; }
#dg-panel h1 { font-size: 17px; margin: 0; }
#dg-note, #dg-summary, #dg-found { color: #444; }
#dg-legend label { margin-right: 10px; cursor: pointer; white-space: nowrap; }
.dg-swatch { display: inline-block; width: 11px; height: 11px; margin: 0 4px;
  vertical-align: middle; }
.dg-dot { border-radius: 50%; }
.dg-diamond { transform: rotate(45deg) scale(0.8); }
.dg-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.dg-line { height: 3px; width: 16px; }
#dg-details { position: absolute; right: 14px; top: 90px; width: 360px; max-height: 60vh;
  overflow: auto; background: #fff; border: 1px solid #bbb; padding: 6px 8px; z-index: 10;
  white-space: pre-wrap; word-break: break-word; }
#dg-details:empty { display: none; }
div.vis-tooltip { white-space: pre-wrap !important; max-width: 440px; word-break: break-word;
  font: 12px system-ui, sans-serif !important; }
"""

_JS = """
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("dg-config").textContent);
  window.dgStats = cfg.stats;
  requestAnimationFrame(function () {  // the frame after the first drawing is painted
    requestAnimationFrame(function () { window.dgRendered = performance.now(); });
  });
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  var legend = document.getElementById("dg-legend");
  function applyFilters() {
    var off = {type: {}, kind: {}};
    legend.querySelectorAll("input").forEach(function (b) {
      if (!b.checked) { off[b.dataset.group][b.dataset.key] = true; }
    });
    nodes.update(nodes.get().map(function (n) {
      return {id: n.id, hidden: !!off.type[n.dgType]}; }));
    edges.update(edges.get().map(function (e) {
      return {id: e.id, hidden: !!off.kind[e.dgKind]}; }));
  }
  function filterBox(group, key, color, shape) {
    var label = el("label"), box = el("input"), swatch = el("span", null, "dg-swatch dg-" + shape);
    box.type = "checkbox"; box.checked = true; box.dataset.group = group; box.dataset.key = key;
    box.addEventListener("change", applyFilters);
    swatch.style.background = color;
    label.append(box, swatch, el("span", key));
    return label;
  }
  cfg.types.forEach(function (t) {
    var style = cfg.nodeStyle[t] || ["dot", "#888888"];
    legend.appendChild(filterBox("type", t, style[1], style[0]));
  });
  cfg.kinds.forEach(function (k) {
    legend.appendChild(filterBox("kind", k, cfg.kindColor[k] || "#777777", "line"));
  });
  var names = document.getElementById("dg-names");
  nodes.get().forEach(function (n) {
    var o = el("option"); o.value = n.label; names.appendChild(o); });
  var search = document.getElementById("dg-search"), found = document.getElementById("dg-found");
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); found.textContent = ""; return; }
    var ids = nodes.getIds({filter: function (n) {
      return !n.hidden && String(n.label).toLowerCase().indexOf(q) >= 0; }});
    network.selectNodes(ids);
    found.textContent = ids.length + (ids.length === 1 ? " match" : " matches");
    if (ids.length) { network.focus(ids[0], {scale: 1.0, animation: false}); }
  });
  var details = document.getElementById("dg-details");
  function show(text, sources) {
    details.replaceChildren();
    String(text || "").split("\\n").forEach(function (line) {
      if (line.indexOf("source: ") !== 0) { details.appendChild(el("div", line)); }
    });
    (sources || []).forEach(function (url) {
      var row = el("div", "source: ");
      if (/^https?:\\/\\//i.test(url)) {
        var a = el("a", url); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        row.appendChild(a);
      } else { row.appendChild(el("span", url)); }
      details.appendChild(row);
    });
  }
  network.on("click", function (p) {
    if (p.nodes.length) { show(nodes.get(p.nodes[0]).title, []); }
    else if (p.edges.length) { var e = edges.get(p.edges[0]); show(e.title, e.dgSources); }
    else { details.replaceChildren(); }
  });
})();
"""
