"""One person's meetings, visits and calls over time, as a PNG (matplotlib).

One row per counterpart (or per country), one marker per event: the shape
and colour give the kind, a hollow marker an event that was only planned or
was cancelled. Dates known only to the month or year are drawn mid-month or
mid-year; undated events are counted in the caption, not drawn.

Examples
--------
>>> import tempfile
>>> from diplograph.graph.store import open_store
>>> with tempfile.TemporaryDirectory() as tmp, open_store(tmp + "/s") as store:
...     timeline_png(store, [], tmp + "/t.png", title="nobody")["events"]
0
"""
from __future__ import annotations

import logging
from collections import Counter
from datetime import date

from rdflib import URIRef

from .network_data import load_network
from .query import run_query
from .store import GraphStore

__all__ = ["timeline_png", "timeline_rows", "to_date", "KIND_MARKER", "MAX_ROWS"]

log = logging.getLogger(__name__)

KIND_MARKER = {"meeting": ("o", "#4e79a7"), "call": ("^", "#b07aa1"), "visit": ("s", "#e15759")}
MAX_ROWS = 40


def to_date(text: str | None) -> date | None:
    """A plotting date for an ISO date at day, month or year precision.

    Examples
    --------
    >>> to_date("2024-07-08"), to_date("2024-07"), to_date("2024"), to_date(None)
    (datetime.date(2024, 7, 8), datetime.date(2024, 7, 15), datetime.date(2024, 7, 1), None)
    """
    if not text:
        return None
    try:
        parts = [int(p) for p in text[:10].split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return date(parts[0], 7, 1)
    if len(parts) == 2:
        return date(parts[0], parts[1], 15)
    return date(*parts[:3])


def timeline_rows(store: GraphStore, person_iris: list[URIRef], *,
                  by: str = "counterpart") -> list[dict]:
    """The events to draw: one dict per (row, event) with row, date, kind, status.

    ``by="counterpart"`` gives a row per other person (a visit with no named
    host goes to the destination country's row); ``by="country"`` a row per
    country where the event took place.
    """
    data = load_network(store)
    me = {str(p) for p in person_iris}
    rows = []
    for e in data.events.values():
        people = data.people_of(e)
        if not me.intersection(people):
            continue
        country = data.code(e["country"])
        if by == "country":
            labels = [country or "(unknown country)"]
        else:
            labels = sorted({data.label(p) for p in people if p not in me}) \
                or [country or "(nobody named)"]
        rows += [{"row": label, "date": e["date"], "kind": e["kind"], "status": e["status"],
                  "event": e["event"]} for label in labels]
    return rows


def _name(store: GraphStore, person_iris: list[URIRef]) -> str:
    wanted = {str(p) for p in person_iris}
    names = [str(n) for p, n in run_query(store, "network_names").rows if str(p) in wanted]
    return max(names, key=len, default="")


def timeline_png(store: GraphStore, person_iris: list[URIRef], path, *,
                 by: str = "counterpart", title: str | None = None,
                 max_rows: int = MAX_ROWS) -> dict:
    """Draw the timeline of the person ``person_iris`` (one person's IRIs) to ``path``.

    Keeps the ``max_rows`` rows with the most events. Returns the number of
    ``events`` drawn, ``undated`` events left out and ``rows``.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    items = timeline_rows(store, person_iris, by=by)
    dated = [r for r in items if to_date(r["date"])]
    undated = len({r["event"] for r in items}) - len({r["event"] for r in dated})
    counts = Counter(r["row"] for r in dated)
    rows = sorted(counts, key=lambda k: (-counts[k], k))[:max_rows]
    order = {label: i for i, label in enumerate(rows)}
    fig = Figure(figsize=(10, 1.6 + 0.38 * max(len(rows), 1)), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for r in dated:
        if r["row"] not in order:
            continue
        marker, color = KIND_MARKER[r["kind"]]
        hollow = r["status"] not in (None, "occurred")
        ax.scatter([to_date(r["date"])], [order[r["row"]]], marker=marker, s=60, zorder=3,
                   facecolors="none" if hollow else color, edgecolors=color,
                   alpha=0.45 if r["status"] == "cancelled" else 1.0)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.5 if rows else 0.5, -0.5)
    ax.grid(axis="x", color="#dddddd", zorder=0)
    name = title if title is not None else _name(store, list(person_iris))
    caption = f"{len({r['event'] for r in dated})} dated events"
    if undated:
        caption += f"; {undated} undated not shown"
    if len(counts) > len(rows):
        caption += f"; {len(counts) - len(rows)} rows with fewer events not shown"
    ax.set_title(f"{name}: meetings, visits and calls by {by}\n{caption}", fontsize=10)
    handles = [Line2D([], [], marker=m, color=c, linestyle="", label=k)
               for k, (m, c) in KIND_MARKER.items()]
    handles.append(Line2D([], [], marker="o", color="#777777", markerfacecolor="none",
                          linestyle="", label="planned / cancelled"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path)
    log.info("wrote %s: %d rows", path, len(rows))
    return {"events": len({r["event"] for r in dated if r["row"] in order}),
            "undated": undated, "rows": len(rows)}
