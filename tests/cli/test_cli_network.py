"""End to end: network, path, viz, timeline and export-network on the real on-disk store."""
# ruff: noqa: N803, N806  (a graph is G, as in networkx)
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.cli.network import HOP_COLUMNS, RANK_COLUMNS
from tests.graph.test_project import LULA, MODI, XI, ZELENSKYY, network_store


@pytest.fixture(scope="module")
def net_store(tmp_path_factory):
    return network_store(str(tmp_path_factory.mktemp("cli") / "store"))


def run(store, *args):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_cli_network_formats(net_store, fmt):
    res = run(net_store, "network", "--format", fmt)
    assert res.exit_code == 0, res.output
    if fmt == "json":
        data = json.loads(res.stdout)
        assert (data["nodes"], data["edges"], data["density"]) == (6, 6, 0.4)
        assert data["top"][0]["name"] == MODI and len(data["communities"]) >= 1
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.stdout)))
        assert list(rows[0]) == RANK_COLUMNS and rows[0]["name"] == MODI
        assert rows[0]["degree"] == "3" and rows[0]["country"] == "IN"
    else:
        assert res.stdout.splitlines()[0].split() == RANK_COLUMNS
        assert "density 0.4000 (6 nodes, 6 links)" in res.stdout and "communities" in res.stdout


@pytest.mark.parametrize("args,nodes", [
    ([], 6), (["--since", "2024"], 5), (["--until", "2023"], 2), (["--type", "call"], 2),
    (["--status", "occurred", "--status", "planned", "--status", "cancelled"], 7),
    (["--level", "country"], 6), (["--level", "country", "--type", "visit"], 4)])
def test_cli_network_filters(net_store, args, nodes):
    res = run(net_store, "network", "--format", "json", *args)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["nodes"] == nodes


@pytest.mark.parametrize("top", [1, 3])
def test_cli_network_top(net_store, top):
    res = run(net_store, "network", "--format", "json", "--top", str(top))
    assert len(json.loads(res.stdout)["top"]) == top


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_cli_path(net_store, fmt):
    res = run(net_store, "path", "Lula", "Zelenskyy", "--format", fmt)
    assert res.exit_code == 0, res.output
    if fmt == "json":
        hops = json.loads(res.stdout)
        assert [h["from"] for h in hops] == [LULA, XI, MODI]
        assert hops[-1]["to"] == ZELENSKYY and hops[-1]["kind"] == "call"
        assert hops[0]["source"] == "https://news.example.org/1"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.stdout)))
        assert list(rows[0]) == HOP_COLUMNS and [r["date"] for r in rows] == [
            "2023", "2024-10-23", "2024-08"]
    else:
        assert res.stdout.splitlines()[0].split() == HOP_COLUMNS and "Kazan" in res.stdout


@pytest.mark.parametrize("args,message", [
    (["Modi", "Nobody Atall"], "no person matches"),
    (["Modi", "Guterres"], "no chain of meetings links 'Modi' and 'Guterres'"),
    (["Lula", "Zelenskyy", "--type", "visit"], "no chain of meetings links"),
    (["Lula", "Xi", "--since", "2024"], "no chain of meetings links"),
])
def test_cli_path_errors(net_store, args, message):
    res = run(net_store, "path", *args)
    assert res.exit_code == 1 and message in res.output


@pytest.mark.parametrize("args,nodes,left_out", [
    ([], 14, 0), (["--focus", "Putin"], 4, 0), (["--focus", "Lula", "--hops", "0"], 1, 0),
    (["--country", "Ukraine"], 8, 0), (["--max-nodes", "3"], 3, 11),
    (["--max-edges", "17"], 14, 0),
    (["--since", "2024", "--until", "2024", "--type", "meeting"], 12, 0)])
def test_cli_viz(net_store, tmp_path, args, nodes, left_out):
    out = tmp_path / "g.html"
    res = run(net_store, "viz", "-o", str(out), *args)
    assert res.exit_code == 0, res.output
    assert f"({nodes} nodes," in res.stderr
    assert (f"{left_out} nodes left out" in res.stderr) == bool(left_out)
    assert out.read_text(encoding="utf-8").startswith("<html>")


@pytest.mark.parametrize("args,message", [
    (["--focus", "Guterres", "--type", "call"], "'Guterres' has no events in this selection"),
    (["--focus", "Nobody Atall"], "no person matches"),
    (["--country", "Atlantis"], "unknown country")])
def test_cli_viz_errors(net_store, tmp_path, args, message):
    res = run(net_store, "viz", "-o", str(tmp_path / "g.html"), *args)
    assert res.exit_code == 1 and message in res.output


@pytest.mark.parametrize("by,rows", [("counterpart", 4), ("country", 2)])
def test_cli_timeline(net_store, tmp_path, by, rows):
    out = tmp_path / "t.png"
    res = run(net_store, "timeline", "Modi", "-o", str(out), "--by", by)
    assert res.exit_code == 0, res.output
    assert f"6 events in {rows} rows" in res.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize("name", ["Nobody Atall"])
def test_cli_timeline_unknown(net_store, tmp_path, name):
    res = run(net_store, "timeline", name, "-o", str(tmp_path / "t.png"))
    assert res.exit_code == 1 and "no person matches" in res.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("graph,nodes", [("typed", 26), ("person", 6), ("country", 6),
                                         ("event", 14)])
def test_cli_export_network(net_store, tmp_path, fmt, graph, nodes):
    out = tmp_path / f"g.{fmt}"
    res = run(net_store, "export-network", "--format", fmt, "-o", str(out), "--graph", graph)
    assert res.exit_code == 0, res.output
    G = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert G.number_of_nodes() == nodes


@pytest.mark.parametrize("command", ["network", "path", "viz", "timeline", "export-network"])
def test_cli_network_help(command):
    res = CliRunner().invoke(cli, [command, "--help"])
    assert res.exit_code == 0 and "Example:" in res.output
