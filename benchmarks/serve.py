"""``diplograph serve`` at 1 M quads: page and SPARQL latency, p50/p95, and Oxigraph's server.

    .venv/bin/python benchmarks/generate.py --sizes 1000000        # data, once
    .venv/bin/python benchmarks/serve.py [--nquads /tmp/diplograph-bench/bench-1000000.nq]
                                         [--store /tmp/diplograph-bench/serve-store]
                                         [--samples 40] [--oxigraph]

Bulk loads the N-Quads into an embedded store (once, then reused), starts
``diplograph serve`` on it in a subprocess, and asks it for ``--samples``
pages of each type (people, events, countries, organisations and articles
picked at random with a fixed seed; searches by a person's surname; the home
page; the network view around a person) one request at a time, as a client
on the same machine. Then three SPARQL queries, each ``--samples`` times,
through ``/sparql``, and with ``--oxigraph`` the same three through
``oxigraph serve-read-only`` (PyPI ``oxigraph``, same version as pyoxigraph)
on the same store. Prints latency in ms: p50 and p95 per type. Not a test:
it asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

DG = "https://w3id.org/diplograph#"
SPARQL = {
    "meetings per year": f"""PREFIX dg: <{DG}>
SELECT ?year (COUNT(DISTINCT ?m) AS ?n) WHERE {{ ?m a dg:Meeting ; dg:date ?d .
  BIND(SUBSTR(STR(?d), 1, 4) AS ?year) }} GROUP BY ?year ORDER BY ?year""",
    "one person's counterparts": f"""PREFIX dg: <{DG}> PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?date ?name WHERE {{ ?p schema:name "Joseph R. Biden" .
  ?m a dg:Meeting ; dg:participant ?p , ?o ; dg:date ?date . ?o schema:name ?name .
  FILTER(?o != ?p) }} ORDER BY ?date""",
    "visits to FR in 2009": f"""PREFIX dg: <{DG}> PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?v ?date ?name WHERE {{ ?v a dg:Visit ; dg:country ?c ; dg:date ?date ;
  dg:visitor ?p . ?c dg:countryCode "FR" . ?p schema:name ?name .
  FILTER(STRSTARTS(STR(?date), "2009")) }}""",
}


def build_store(nquads: str, path: str) -> None:
    import pyoxigraph as ox

    if os.path.isdir(path):
        return
    t = time.perf_counter()
    store = ox.Store(path)
    store.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS)
    store.optimize()
    store.flush()
    del store
    print(f"bulk loaded {nquads} into {path} in {time.perf_counter() - t:.1f} s", flush=True)


def samples(path: str, n: int, seed: int = 7) -> dict[str, list[str]]:
    """Page paths of each type, picked at random (fixed seed) from the store."""
    import pyoxigraph as ox

    store = ox.Store.read_only(path)
    rng = random.Random(seed)

    def pick(cls: str, k: int = n) -> list[str]:
        rows = [s["s"].value for s in store.query(
            f"SELECT DISTINCT ?s WHERE {{ ?s a <{DG}{cls}> }}", use_default_graph_as_union=True)]
        return rng.sample(sorted(rows), min(k, len(rows)))

    def path_of(iri: str) -> str:
        return "/id/" + iri.split("/diplograph/id/", 1)[1]

    people = pick("Person")
    countries = [path_of(c) for c in pick("Country")]
    events = pick("Meeting", n // 2) + pick("Visit", n - n // 2)
    names = [s["n"].value for p in people[:n] for s in store.query(
        f"SELECT ?n WHERE {{ <{p}> <https://schema.org/name> ?n }} LIMIT 1",
        use_default_graph_as_union=True)]
    return {
        "home": ["/"] * n,
        "search": ["/search?q=" + requests.utils.quote(name.split()[-1]) for name in names],
        "person": [path_of(p) for p in people],
        "person .json": [path_of(p) + ".json" for p in people],
        "event": [path_of(e) for e in events],
        "country": countries,
        "country (again: cached)": countries,
        "organisation": [path_of(o) for o in pick("Organisation")],
        "article": [path_of(a) for a in pick("Article")],
        "resource as Turtle": [path_of(p) + ".ttl" for p in people],
        "network": [path_of(p) + "/network" for p in people],
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc, budget: float = 120.0) -> None:
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            requests.get(url, timeout=5)
            return
        except requests.ConnectionError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


def timed_gets(session, base: str, paths: list[str], **kwargs) -> tuple[list[float], set]:
    times, statuses = [], set()
    for path in paths:
        t = time.perf_counter()
        resp = session.get(base + path, timeout=300, **kwargs)
        times.append((time.perf_counter() - t) * 1000)
        statuses.add(resp.status_code)
    return times, statuses


def percentiles(times: list[float]) -> tuple[float, float]:
    if len(times) < 2:
        if not times:
            return float("nan"), float("nan")
        return times[0], times[0]
    q = statistics.quantiles(times, n=20, method="inclusive")
    return statistics.median(times), q[18]


def row(name: str, times: list[float], statuses: set) -> str:
    p50, p95 = percentiles(times)
    return f"{name:<28} {len(times):>4} {p50:>9.1f} {p95:>9.1f}   {sorted(statuses)}"


def sparql_times(session, endpoint: str, n: int) -> dict[str, tuple[list[float], set]]:
    out = {}
    for name, query in SPARQL.items():
        session.get(endpoint, params={"query": query}, timeout=300)  # warm
        times, statuses = [], set()
        for _ in range(n):
            t = time.perf_counter()
            resp = session.get(endpoint, params={"query": query}, timeout=300,
                               headers={"Accept": "application/sparql-results+json"})
            times.append((time.perf_counter() - t) * 1000)
            statuses.add(resp.status_code)
        out[name] = (times, statuses)
    return out


def serve_diplograph(store: str, port: int):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "diplograph", "--store", store, "serve",
                             "--port", str(port), "--timeout", "60", "--max-rows", "100000"],
                            env=env, stderr=subprocess.DEVNULL)


def serve_oxigraph(store: str, port: int):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    return subprocess.Popen([exe, "serve-read-only", "--location", store, "--bind",
                             f"127.0.0.1:{port}", "--union-default-graph", "--timeout-s", "60"],
                            stderr=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nquads", default="/tmp/diplograph-bench/bench-1000000.nq")
    ap.add_argument("--store", default="/tmp/diplograph-bench/serve-store")
    ap.add_argument("--samples", type=int, default=40)
    ap.add_argument("--oxigraph", action="store_true", help="also time Oxigraph's server")
    args = ap.parse_args()
    build_store(args.nquads, args.store)
    pages = samples(args.store, args.samples)
    header = f"{'':<28} {'n':>4} {'p50 ms':>9} {'p95 ms':>9}   statuses"
    port = free_port()
    proc = serve_diplograph(args.store, port)
    base = f"http://127.0.0.1:{port}"
    try:
        t = time.perf_counter()
        wait_up(base + "/static/style.css", proc)
        print(f"diplograph serve up in {time.perf_counter() - t:.1f} s", flush=True)
        session = requests.Session()
        print("pages (diplograph serve, one request at a time)\n" + header)
        timed_gets(session, base, pages["person"][:3] + pages["event"][:3])  # warm caches
        for name, paths in pages.items():
            if not paths:
                continue
            print(row(name, *timed_gets(session, base, paths)), flush=True)
        print("SPARQL /sparql (diplograph serve: worker processes)\n" + header)
        for name, (times, statuses) in sparql_times(session, base + "/sparql",
                                                    args.samples).items():
            print(row(name, times, statuses), flush=True)
    finally:
        proc.terminate()
        proc.wait(30)
    if args.oxigraph:
        port = free_port()
        proc = serve_oxigraph(args.store, port)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_up(base + "/", proc)
            print("SPARQL /query (oxigraph serve-read-only)\n" + header)
            for name, (times, statuses) in sparql_times(requests.Session(), base + "/query",
                                                        args.samples).items():
                print(row(name, times, statuses), flush=True)
        finally:
            proc.terminate()
            proc.wait(30)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(re.sub(r"\s+", " ", f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
                               f"load average at the end {load}"))


if __name__ == "__main__":
    main()
