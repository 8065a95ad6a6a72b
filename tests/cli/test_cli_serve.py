"""``diplograph serve``: end to end in a subprocess, and its clear errors."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner

from diplograph.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def run(store, *args):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


@pytest.mark.parametrize("host", ["127.0.0.1"])
def test_cli_serve_port_taken_is_a_clear_error(filled_store, host):
    taken = socket.socket()
    taken.bind((host, 0))
    taken.listen(1)
    try:
        res = run(filled_store, "serve", "--host", host, "--port", str(taken.getsockname()[1]))
    finally:
        taken.close()
    assert res.exit_code == 1
    assert "is in use by another program: choose another with --port" in res.output


@pytest.mark.parametrize("missing", ["no-such-store"])
def test_cli_serve_no_store_is_a_clear_error(tmp_path, missing):
    res = run(str(tmp_path / missing), "serve", "--port", "0")
    assert res.exit_code == 1 and "no store at" in res.output and "ingest" in res.output


@pytest.mark.parametrize("paths", [("/", "/search?q=modi", "/index.json")])
def test_cli_serve_end_to_end(filled_store, paths):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "--store", filled_store,
                             "serve", "--port", "0"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stderr.readline()
        url = re.search(r"http://[\d.]+:\d+", line).group(0)
        for path in paths:
            for _ in range(50):
                try:
                    resp = requests.get(url + path, timeout=30)
                    break
                except requests.ConnectionError:
                    time.sleep(0.1)
            assert resp.status_code == 200, (path, resp.text)
        resp = requests.get(url + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert resp.json()["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(20)
    assert proc.returncode is not None


@pytest.mark.slow
@pytest.mark.parametrize("name", ["Zelensky"])
def test_cli_serve_keeps_serving_while_ingest_writes(filled_store, name):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "--store", filled_store,
                             "serve", "--port", "0"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = re.search(r"http://[\d.]+:\d+", proc.stderr.readline()).group(0)
        before = requests.get(url + "/index.json", timeout=30).json()["stats"]["triples"]
        res = run(filled_store, "ingest", str(ROOT / "examples" / "articles"))
        assert res.exit_code == 0, res.output  # the writer is not locked out by the server
        deadline, after = time.monotonic() + 30, before
        while after == before and time.monotonic() < deadline:
            time.sleep(0.3)
            after = requests.get(url + "/index.json", timeout=30).json()["stats"]["triples"]
        assert after > before
        hits = requests.get(url + "/search.json", params={"q": name}, timeout=30).json()["hits"]
        assert hits
    finally:
        proc.terminate()
        proc.wait(20)
