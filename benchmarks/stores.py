"""Stores side by side: load time, peak memory and CLI lookup latency.

    .venv/bin/python benchmarks/generate.py                       # data, once
    .venv/bin/python benchmarks/stores.py --sizes 100000 300000 1000000 \\
        [--stores oxigraph oxigraph-bulk rdflib virtuoso virtuoso-protocol]

Each (store, size) runs in a fresh process, so that its peak RSS is its own:

- ``oxigraph``: the embedded store, written as ``diplograph load-shards``
  and ``ingest`` write it (``replace_articles``, 64 articles per transaction);
- ``oxigraph-bulk``: pyoxigraph's ``bulk_load`` of the same N-Quads;
- ``rdflib``: rdflib's in-memory ``Dataset(default_union=True)``, parsing the
  N-Quads (what a user of plain rdflib gets);
- ``virtuoso``: the private Virtuoso of ``scripts/virtuoso.sh`` (restarted for
  each size; its own state directory), loaded with its bulk loader
  (``ld_dir`` + ``rdf_loader_run``); peak memory is the server's VmHWM;
- ``virtuoso-protocol``: the same server written through the SPARQL protocol
  by :class:`~diplograph.graph.remote.RemoteStore` (staging graph + MOVE per
  article), sizes up to ``--protocol-max`` only.

Lookups are the library calls behind the CLI, on the same data and store
interface: ``meetings "Joseph R. Biden"`` (name resolution + events),
``visits --country FR --year 2009``, the meetings of one pair (``meetings
Biden --with Macron``: both names resolved, one query with both IRIs bound),
the path between two people (``path Biden Putin``: ``shortest_meeting_path``,
a bidirectional search in the store) and all pairs (``person_graph``, the
whole network projection behind ``network``). Each is run ``--repeat`` times
(fewer when one run is slow) and the median reported, in ms. Not a test: it
asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

STORES = ["oxigraph", "oxigraph-bulk", "rdflib", "virtuoso", "virtuoso-protocol"]
LOOKUPS = ["meetings of X", "visits to Y in Z", "meetings of a pair", "path A to B",
           "all pairs", "person X"]
PERSON_A, PERSON_B, PARTNER = "Joseph R. Biden", "Vladimir Putin", "Emmanuel Macron"
COUNTRY, YEAR = "FR", "2009"
VIRTUOSO_DIR = "/tmp/diplograph-bench-virtuoso"


# -- one run (in its own process) ----------------------------------------------------------


def rdflib_store(path: str):
    """rdflib's in-memory Dataset behind diplograph's GraphStore interface."""
    from rdflib import Dataset

    from diplograph.graph.results import QueryResult
    from diplograph.graph.store import GraphStore, bind_values

    class RdflibStore(GraphStore):
        location = "memory"

        def __init__(self):
            self.ds = Dataset(default_union=True)

        def load(self, file: str) -> None:
            self.ds.parse(file, format="nquads")

        def replace_articles(self, graphs):
            raise NotImplementedError

        def remove_articles(self, graphs):
            raise NotImplementedError

        def _update(self, text):
            raise NotImplementedError

        def _query(self, text, bindings):
            res = self.ds.query(bind_values(text, bindings))
            if res.type == "ASK":
                return QueryResult("ask", boolean=bool(res.askAnswer))
            if res.type == "SELECT":
                return QueryResult("select", variables=[str(v) for v in res.vars],
                                   rows=[tuple(r) for r in res])
            return QueryResult("graph", triples=list(res.graph))

        def quads(self):
            yield from self.ds.quads()

        def graph_names(self):
            return [g.identifier for g in self.ds.graphs()]

        def count(self):
            return len(self.ds)

    store = RdflibStore()
    store.load(path)
    return store


def load(kind: str, file: str, workdir: str, venv: dict):
    """Open a store of ``kind`` and load ``file`` into it; the store."""
    from diplograph.graph.store import open_store

    if kind == "rdflib":
        return rdflib_store(file)
    if kind == "oxigraph-bulk":
        import pyoxigraph as ox

        store = open_store(os.path.join(workdir, "ox"))
        store._store.bulk_load(path=file, format=ox.RdfFormat.N_QUADS)
        store.optimize()
        return store
    if kind == "oxigraph":
        from diplograph.shards import load_shards

        store = open_store(os.path.join(workdir, "ox"))
        load_shards([file], store)
        return store
    store = open_store(venv["DIPLOGRAPH_TEST_VIRTUOSO"],
                       update_endpoint=venv["DIPLOGRAPH_TEST_VIRTUOSO_UPDATE"],
                       user=venv["DIPLOGRAPH_TEST_VIRTUOSO_USER"],
                       password=venv["DIPLOGRAPH_TEST_VIRTUOSO_PASSWORD"])
    if kind == "virtuoso":
        shutil.copy(file, venv["DIPLOGRAPH_TEST_VIRTUOSO_LOAD_DIR"])
        isql(venv, f"ld_dir('{venv['DIPLOGRAPH_TEST_VIRTUOSO_LOAD_DIR']}', '*.nq', "
                   "'urn:diplograph:bench-default'); rdf_loader_run(); checkpoint;")
    else:
        from diplograph.shards import load_shards

        load_shards([file], store)
    return store


def isql(venv: dict, sql: str) -> None:
    """Run SQL on the private Virtuoso as dba (output hidden: it echoes the password)."""
    res = subprocess.run(["isql-vt", venv["DIPLOGRAPH_TEST_VIRTUOSO_SQL"], "dba",
                          venv["DIPLOGRAPH_TEST_VIRTUOSO_DBA_PASSWORD"], f"exec={sql}"],
                         capture_output=True, text=True)
    if res.returncode != 0 or "Error" in res.stdout:
        raise RuntimeError("isql step failed (output hidden)")


def lookups(store) -> dict:
    """The CLI lookups as closures over ``store``."""
    from diplograph.graph.lookup import person_events, person_profile, resolve_person, visits
    from diplograph.graph.paths import shortest_meeting_path
    from diplograph.graph.project import person_graph

    def meetings():
        return len(person_events(store, resolve_person(store, PERSON_A), "meeting"))

    def visits_to():
        return len(visits(store, country=COUNTRY, year=int(YEAR)))  # as `visits --year` does

    def pair():
        return len(person_events(store, resolve_person(store, PERSON_A), "meeting",
                                 with_people=resolve_person(store, PARTNER)))

    def path():
        import networkx as nx

        a, b = resolve_person(store, PERSON_A), resolve_person(store, PERSON_B)
        try:
            return len(shortest_meeting_path(store, a, b, kinds=["meeting"]))
        except nx.NetworkXNoPath:
            return -1

    def pairs():
        return person_graph(store, kinds=["meeting"]).number_of_edges()

    def person():  # `diplograph person` (names, offices with their sources, every event)
        return len(person_profile(store, resolve_person(store, PERSON_A))["offices"])

    return dict(zip(LOOKUPS, [meetings, visits_to, pair, path, pairs, person], strict=True))


DG = "PREFIX dg: <https://w3id.org/diplograph#> "
ID = "https://w3id.org/diplograph/id/"
SPARQL = {
    "meetings of X": DG + "SELECT ?event ?date ?other WHERE { ?event dg:participant <{a}> ; "
    "a dg:Meeting . OPTIONAL {{ ?event dg:date ?date }} "
    "OPTIONAL {{ ?event dg:participant ?other FILTER(?other != <{a}>) }} }}",
    "visits to Y in Z": DG + "SELECT DISTINCT ?event ?visitor ?date WHERE { ?event a dg:Visit ; "
    "dg:country <{c}> ; dg:date ?date ; dg:visitor ?visitor . "
    "FILTER(STRSTARTS(STR(?date), \"{y}\")) }}",
    "meetings of a pair": DG + "SELECT DISTINCT ?event WHERE { ?event dg:participant <{a}> ; "
    "dg:participant <{b}> ; a dg:Meeting }}",
    "all pairs": DG + "SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dg:Meeting ; "
    "dg:participant ?a, ?b . FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b",
}


def sparql_lookups(store) -> dict:
    """The same lookups as direct SPARQL over the store (no name resolution).

    The path is the whole-graph way: every pair into networkx, then its
    shortest path (the store-side search is what ``--lookups cli`` runs).
    """
    import networkx as nx

    a, b = ID + "person/joseph-r-biden", ID + "person/vladimir-putin"
    partner = ID + "person/emmanuel-macron"
    texts = {"meetings of X": SPARQL["meetings of X"].replace("{a}", a).replace("{{", "{")
             .replace("}}", "}"),
             "visits to Y in Z": SPARQL["visits to Y in Z"].replace("{c}", ID + "country/"
             + COUNTRY).replace("{y}", YEAR).replace("{{", "{").replace("}}", "}"),
             "meetings of a pair": SPARQL["meetings of a pair"].replace("{a}", a)
             .replace("{b}", partner).replace("}}", "}"),
             "all pairs": SPARQL["all pairs"]}

    def run(name):
        return lambda: len(store.query(texts[name]).rows)

    def path():
        rows = store.query(texts["all pairs"]).rows
        graph = nx.Graph((str(x), str(y)) for x, y, _ in rows)
        try:
            return len(nx.shortest_path(graph, a, b)) - 1
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            return -1

    return {**{n: run(n) for n in texts}, "path A to B": path}


def timed(fn, repeat: int, budget: float = 30.0) -> tuple[float, object]:
    """Median wall time of ``fn`` in ms (at most ``repeat`` runs, fewer past ``budget`` s)."""
    times, answer, spent = [], None, 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        answer = fn()
        times.append(time.perf_counter() - start)
        spent += times[-1]
        if spent > budget:
            break
    return statistics.median(times) * 1000, answer


def peak_mb(kind: str, venv: dict) -> float:
    """Peak RSS: the server's for Virtuoso, else the largest of this process and its children."""
    if kind.startswith("virtuoso"):
        pid = Path(VIRTUOSO_DIR, "virtuoso.pid").read_text().strip()
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def run_one(kind: str, file: str, repeat: int, timeout: float) -> dict:
    """Load ``file`` into a ``kind`` store, then time each lookup in a forked child.

    A child that runs past ``timeout`` seconds is stopped and reported as such
    (negative milliseconds in the JSON, "> N s" in the table).
    """
    import multiprocessing as mp

    venv = read_env() if kind.startswith("virtuoso") else {}
    with tempfile.TemporaryDirectory() as workdir:
        start = time.perf_counter()
        store = load(kind, file, workdir, venv)
        load_s = time.perf_counter() - start
        out = {"store": kind, "file": file, "load_s": round(load_s, 2), "quads": store.count()}
        if kind.startswith("oxigraph"):
            store.close()  # children reopen it read-only
        ctx = mp.get_context("fork")
        skip = set(filter(None, os.environ.get("BENCH_SKIP", "").split("|")))
        for name in LOOKUPS:
            if name in skip:
                out[name], out[name + " (answer)"] = None, None
                continue
            queue = ctx.Queue()
            child = ctx.Process(target=_lookup_child,
                                args=(kind, store, workdir, venv, name, repeat, queue))
            child.start()
            child.join(timeout)
            if child.is_alive():
                child.kill()
                child.join()
                out[name], out[name + " (answer)"] = -timeout * 1000, None
            else:
                out[name], out[name + " (answer)"] = queue.get(timeout=5)
        out["peak_mb"] = round(peak_mb(kind, venv))
        if not kind.startswith("oxigraph"):
            store.close()
    return out


def _lookup_child(kind, store, workdir, venv, name, repeat, queue) -> None:
    from diplograph.graph.store import open_store

    if kind.startswith("oxigraph"):
        store = open_store(os.path.join(workdir, "ox"), read_only=True)
    elif kind.startswith("virtuoso"):
        store = open_store(venv["DIPLOGRAPH_TEST_VIRTUOSO"], read_only=True)
    chosen = sparql_lookups if os.environ.get("BENCH_LOOKUPS") == "sparql" else lookups
    closures = chosen(store)
    if name not in closures:  # e.g. "person X" has no direct-SPARQL form
        queue.put((None, None))
        return
    ms, answer = timed(closures[name], repeat)
    queue.put((round(ms, 1), answer))


def read_env() -> dict:
    path = Path(VIRTUOSO_DIR, "env")
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


# -- the driver ----------------------------------------------------------------------------


def virtuoso(action: str) -> None:
    env = {**os.environ, "DIPLOGRAPH_VIRTUOSO_DIR": VIRTUOSO_DIR,
           "DIPLOGRAPH_VIRTUOSO_BUFFERS": "340000"}
    subprocess.run([str(ROOT / "scripts" / "virtuoso.sh"), action], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def machine() -> str:
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               "?")
    py = sys.version.split()[0]
    return f"{os.cpu_count()} cores ({cpu}), {mem / 1024 / 1024:.1f} GB RAM, Python {py}"


def table(results: list[dict]) -> str:
    head = ["quads", "store", "load s", "peak MB", *[f"{n} ms" for n in LOOKUPS]]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        cells = [f"{r['quads']:,}", r["store"], f"{r['load_s']:.1f}", str(r["peak_mb"]),
                 *[_ms(r[n]) for n in LOOKUPS]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 0:
        return f"> {-value / 1000:.0f} s"
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/tmp/diplograph-bench"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    ap.add_argument("--stores", nargs="+", default=STORES, choices=STORES)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="Seconds one lookup may take before it is stopped.")
    ap.add_argument("--protocol-max", type=int, default=100_000,
                    help="Largest size written through the SPARQL protocol.")
    ap.add_argument("--lookups", choices=["cli", "sparql"], default="cli",
                    help="cli: the library calls behind the CLI; sparql: the same lookups "
                         "as direct SPARQL (store speed alone).")
    ap.add_argument("--skip", nargs="+", default=[], choices=LOOKUPS, metavar="LOOKUP",
                    help=f"Lookups not to run, among: {', '.join(LOOKUPS)}.")
    ap.add_argument("--json", type=Path, help="Also append the results here (JSON lines).")
    ap.add_argument("--one", nargs=2, metavar=("STORE", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], args.one[1], args.repeat, args.timeout)))
        return
    os.environ["BENCH_LOOKUPS"] = args.lookups
    os.environ["BENCH_SKIP"] = "|".join(args.skip)
    print(machine(), "| lookups:", args.lookups)
    results = []
    for size in args.sizes:
        file = str(args.data / f"bench-{size}.nq")
        for kind in args.stores:
            if kind == "virtuoso-protocol" and size > args.protocol_max:
                continue
            if kind.startswith("virtuoso"):
                virtuoso("stop")
                virtuoso("start")
            proc = subprocess.run([sys.executable, __file__, "--one", kind, file, "--repeat",
                                   str(args.repeat), "--timeout", str(args.timeout)],
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                print(f"{kind} at {size}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
                continue
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), flush=True)
            if args.json:
                with args.json.open("a") as f:
                    f.write(json.dumps({"machine": machine(), **results[-1]}) + "\n")
        if any(k.startswith("virtuoso") for k in args.stores):
            virtuoso("stop")
    print(table(results))


if __name__ == "__main__":
    main()
