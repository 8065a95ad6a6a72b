"""Interactive HTML: time to build the page, and the browser's time to first render.

    .venv/bin/python benchmarks/viz.py [--events 1000 10000 50000] [--max-nodes 1000]
                                       [--no-browser] [--keep DIR]

For each size, generates a synthetic network (about one person per ten
events, hub-heavy as real diplomacy is: a few leaders meet many), writes it
through ``extraction_to_triples`` into a fresh embedded store in a temporary
directory, then times what ``diplograph viz`` does: the projection from the
store (``event_graph``) and ``to_html`` with the default node cap (layout,
rendering, writing; beyond the default cap of 5,000 links, repeated links are
merged and the heaviest kept). Then opens the page from file:// in headless Debian
chromium (network blocked) and reports the time from navigation start to the
first painted frame of the network. Prints numbers; asserts nothing.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from diplograph.graph.project import event_graph
from diplograph.graph.store import open_store
from diplograph.graph.visualize import DEFAULT_MAX_EDGES, DEFAULT_MAX_NODES, to_html
from diplograph.loaders.model import Article, Event, Extraction, Person
from diplograph.loaders.triples import article_iri, extraction_to_triples

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
COUNTRIES = ["US", "CN", "RU", "IN", "FR", "DE", "GB", "JP", "BR", "ZA", "TR", "SA", "IR", "UA",
             "PL", "IT", "ES", "CA", "AU", "ID", "MX", "AR", "EG", "NG", "KE", "PK", "KR", "VN",
             "TH", "MY", "SG", "PH", "NL", "BE", "SE", "NO", "FI", "DK", "GR", "IL"]
EVENTS_PER_ARTICLE = 10


def synthetic(n_events: int, seed: int = 1) -> list[Extraction]:
    """``n_events`` events over ``n_events // 10`` people, in articles of ten events."""
    rng = random.Random(seed)
    n_people = max(20, n_events // 10)
    people = [Person(f"p{i}", f"Leader {i:05d}", [], rng.choice(["President", "Minister"]),
                     COUNTRIES[i % len(COUNTRIES)]) for i in range(n_people)]
    weights = [1 / (i + 1) ** 0.8 for i in range(n_people)]
    out = []
    for a in range(0, n_events, EVENTS_PER_ARTICLE):
        events = []
        for _ in range(min(EVENTS_PER_ARTICLE, n_events - a)):
            picks = rng.choices(range(n_people), weights, k=rng.choice([2, 2, 2, 3]))
            picks = list(dict.fromkeys(picks))
            while len(picks) < 2:
                picks = list(dict.fromkeys([*picks, rng.randrange(n_people)]))
            who = [people[i] for i in picks]
            kind = rng.choices(["meeting", "call", "visit"], [6, 2, 2])[0]
            when = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            status = rng.choices(["occurred", "planned", "cancelled"], [17, 2, 1])[0]
            country = who[1].country
            ev = Event(kind, status, date=when, place=f"City {country}", country=country,
                       evidence=f"{who[0].name} and {who[1].name} talked on {when}.")
            if kind == "visit":
                ev.visitor, ev.host = who[0].key, who[1].key
            else:
                ev.participants = [p.key for p in who]
            events.append(ev)
        keys = {k for e in events for k in [*e.participants, e.visitor, e.host] if k}
        art = Article(url=f"https://bench.example.org/{a}", text="...",
                      published=date(2025, 1, 1))
        out.append(Extraction(art, people=[p for p in people if p.key in keys], events=events))
    return out


def fill(path: str, extractions: list[Extraction]) -> None:
    with open_store(path) as store:
        for i in range(0, len(extractions), 500):
            store.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)
                                    for ex in extractions[i:i + 500]})
        store.optimize()


def first_render(page_path: Path) -> float:
    """Seconds from navigation start to the first painted frame of the network."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        url = page_path.as_uri()
        page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
        page.goto(url, timeout=600_000)
        page.wait_for_function("() => window.dgRendered !== undefined", timeout=600_000)
        ms = page.evaluate("() => window.dgRendered")
        browser.close()
    return ms / 1000


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--max-nodes", type=int, default=DEFAULT_MAX_NODES)
    ap.add_argument("--max-edges", type=int, default=DEFAULT_MAX_EDGES)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--keep", metavar="DIR", help="Keep the HTML pages in DIR.")
    args = ap.parse_args(argv)
    browser = not args.no_browser and Path(CHROMIUM).exists()
    print(f"{'events':>7} {'people':>7} {'load s':>7} {'project s':>9} {'html s':>7} "
          f"{'build s':>7} {'nodes':>6} {'links':>6} {'merged':>6} {'nodes out':>9} "
          f"{'links out':>9} {'MB':>5} {'render s':>8}")
    for n in args.events:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            fill(tmp + "/s", synthetic(n))
            t1 = time.perf_counter()
            with open_store(tmp + "/s", read_only=True) as store:
                graph = event_graph(store)
            t2 = time.perf_counter()
            out = Path(args.keep or tmp) / f"viz-{n}.html"
            stats = to_html(graph, out, title=f"{n} events", max_nodes=args.max_nodes,
                            max_edges=args.max_edges)
            t3 = time.perf_counter()
            render = f"{first_render(out):8.2f}" if browser else f"{'-':>8}"
            people = sum(1 for _, t in graph.nodes(data="type") if t == "person")
            print(f"{n:>7} {people:>7} {t1 - t0:7.1f} {t2 - t1:9.2f} {t3 - t2:7.2f} "
                  f"{t3 - t1:7.2f} {stats['nodes']:>6} {stats['edges']:>6} "
                  f"{stats['merged_edges']:>6} {stats['left_out_nodes']:>9} "
                  f"{stats['left_out_edges']:>9} {out.stat().st_size / 1e6:5.1f} {render}",
                  flush=True)


if __name__ == "__main__":
    sys.exit(main())
