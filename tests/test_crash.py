"""Killed mid-ingest: the store holds only whole articles, and a re-run completes it.

Starts ``diplograph ingest`` in a subprocess, kills it with SIGKILL at random
moments, and checks the store against a clean ingest of the same files.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from diplograph.graph.store import ENTITIES_GRAPH, open_store

TRIALS = 20
ARTICLES = 300

PEOPLE = [("German Chancellor", "Olaf Scholz"), ("French President", "Emmanuel Macron"),
          ("Indian Prime Minister", "Narendra Modi"), ("Japanese Prime Minister", "Fumio Kishida"),
          ("Brazilian President", "Luiz Inacio Lula da Silva")]
CITIES = ["Paris", "Berlin", "Tokyo", "Brasilia", "New Delhi"]


def _article(n: int) -> str:
    (t1, a), (t2, b) = PEOPLE[n % 5], PEOPLE[(n + 1) % 5]
    day = 1 + n % 27
    return (f"---\nurl: https://example.org/crash/{n}\ntitle: Talks {n}\n"
            f"published: 2023-05-{day:02d}\nsource: Crash Wire\n---\n"
            f"{t1} {a} met {t2} {b} in {CITIES[(n + 1) % 5]} on May {day}, 2023. "
            f"The two leaders discussed trade and security.\n")


def _cli() -> list[str]:
    return [sys.executable, "-m", "diplograph"]


def _by_graph(path: str) -> dict[str, set]:
    graphs = defaultdict(set)
    with open_store(path, read_only=True) as store:
        for s, p, o, g in store.quads():
            graphs[str(g)].add((s, p, o))
    return graphs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash-articles")
    for n in range(ARTICLES):
        (folder / f"a{n:03d}.md").write_text(_article(n), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> dict[str, set]:
    store = str(tmp_path_factory.mktemp("clean") / "store")
    subprocess.run([*_cli(), "--store", store, "ingest", str(corpus)], check=True,
                   capture_output=True)
    graphs = _by_graph(store)
    assert len(graphs) == ARTICLES + 1  # every article, and the shared entities graph
    return graphs


def _writing_started(store: str) -> bool:
    try:
        with open_store(store, read_only=True) as s:
            return bool(s.graph_names())
    except Exception:  # noqa: BLE001 - not created yet, or mid-creation
        return False


def _check_whole_articles(store: str, clean: dict[str, set]) -> int:
    """Assert every article graph in ``store`` is complete and the union conforms."""
    from rdflib import Graph

    from diplograph.ontology.validate import validate

    got = _by_graph(store)
    union = Graph()
    for graph, triples in got.items():
        if graph == str(ENTITIES_GRAPH):
            assert triples <= clean[graph]
        else:
            assert triples == clean[graph], f"article graph {graph} is half-written"
        for t in triples:
            union.add(t)
    report = validate(union)
    assert report.conforms, report.text
    return len(got) - (str(ENTITIES_GRAPH) in got)


@pytest.mark.slow
def test_crash_sigkill_leaves_only_whole_articles(corpus, clean, tmp_path):
    """SIGKILL at random moments while articles are being written, TRIALS times."""
    mid_ingest = 0
    for trial in range(TRIALS):
        store = str(tmp_path / f"store-{trial}")
        rng = random.Random(trial)
        proc = subprocess.Popen([*_cli(), "--store", store, "ingest", str(corpus),
                                 "--batch-size", str(rng.choice([1, 2, 5]))],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not _writing_started(store) and proc.poll() is None:
            assert time.monotonic() < deadline, "ingest never started writing"
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 1.0))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

        written = _check_whole_articles(store, clean)
        mid_ingest += 0 < written < ARTICLES
        subprocess.run([*_cli(), "--store", store, "ingest", str(corpus)], check=True,
                       capture_output=True)
        assert _by_graph(store) == clean
    # the kills must have landed while articles were being written, or this proves nothing
    assert mid_ingest >= TRIALS // 2
