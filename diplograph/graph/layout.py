"""Node positions for the HTML network page, computed before the page is written.

:func:`spring_positions` is a Fruchterman-Reingold layout vectorised with numpy (pixels,
seeded, so a page is the same each time it is built); nodes with no link are set out in
a grid below the rest. :mod:`.visualize` draws with physics off at these positions, so
large graphs appear at once; the layout is an algorithm of its own, kept apart from the
page's markup.
"""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

from math import sqrt

import networkx as nx

__all__ = ["spring_positions"]


def spring_positions(G: nx.Graph, *, seed: int = 42, iterations: int | None = None) -> dict:
    """Fruchterman-Reingold positions in pixels, vectorised with numpy.

    networkx's ``spring_layout`` needs scipy from 500 nodes on and took 3.6 s
    for 1,000 nodes on a 2-core machine; this takes about 0.9 s. Iterations
    drop above 1,000 nodes to keep large pages quick to build. Nodes with no
    link are set out in a grid below the rest, not flung to the edges.

    Examples
    --------
    >>> pos = spring_positions(nx.path_graph(3))
    >>> sorted(pos), len(pos[0])
    ([0, 1, 2], 2)
    """
    import numpy as np

    nodes = [x for x in G if any(y != x for y in G[x])]
    linked = set(nodes)
    lonely = [x for x in G if x not in linked]
    n = len(nodes)
    if n == 0:
        return _grid(lonely, 0.0, 0.0)
    index = {v: i for i, v in enumerate(nodes)}
    pairs = {(index[u], index[v]) for u, v in G.edges() if u != v}
    u = np.array([p[0] for p in pairs], dtype=np.int64)
    v = np.array([p[1] for p in pairs], dtype=np.int64)
    rng = np.random.default_rng(seed)
    x, y = (rng.random(n, dtype=np.float32) - 0.5 for _ in range(2))
    iterations = iterations or max(10, min(50, int(50 * (1000 / n) ** 2)))
    k2, g, t = np.float32(1 / n), np.float32(0.1 / sqrt(n)), 0.1
    for _ in range(iterations):
        fx, fy = np.empty(n, np.float32), np.empty(n, np.float32)
        for s in range(0, n, 2048):  # repulsion k^2/d between every pair, in blocks
            dx, dy = x[s:s + 2048, None] - x[None, :], y[s:s + 2048, None] - y[None, :]
            w = dx * dx + dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide(k2, w, out=w)
            fx[s:s + 2048], fy[s:s + 2048] = (dx * w).sum(1), (dy * w).sum(1)
        if len(u):  # attraction d^2/k along each edge
            ex, ey = x[u] - x[v], y[u] - y[v]
            d = np.sqrt(ex * ex + ey * ey) * np.float32(sqrt(n))
            fx -= np.bincount(u, ex * d, n) - np.bincount(v, ex * d, n)
            fy -= np.bincount(u, ey * d, n) - np.bincount(v, ey * d, n)
        fx, fy = fx - x * g, fy - y * g  # weak gravity keeps components in view
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step = np.minimum(length, t) / length
        x, y = x + fx * step, y + fy * step
        t -= 0.1 / (iterations + 1)
    side = 120 * sqrt(n) + 150
    pos = {node: (round(float(x[i]) * side, 1), round(float(y[i]) * side, 1))
           for node, i in index.items()}
    left = min(p[0] for p in pos.values())
    return {**pos, **_grid(lonely, left, max(p[1] for p in pos.values()) + 150)}


def _grid(nodes: list, left: float, top: float, step: float = 110.0) -> dict:
    """Positions for unlinked nodes: rows of ``step`` pixels from (left, top)."""
    cols = max(1, int(sqrt(len(nodes)) * 2))
    return {v: (left + step * (i % cols), top + step * (i // cols)) for i, v in enumerate(nodes)}
