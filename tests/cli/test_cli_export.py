"""End to end: diplograph export, round-tripped through rdflib."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from diplograph.cli import cli


@pytest.mark.parametrize("fmt, parse_as, dataset", [
    ("turtle", "turtle", False), ("ntriples", "nt", False), ("rdfxml", "xml", False),
    ("trig", "trig", True), ("nquads", "nquads", True), ("jsonld", "json-ld", True),
])
def test_cli_export_round_trip(filled_store, tmp_path, fmt, parse_as, dataset):
    out = tmp_path / f"graph.{fmt}"
    res = CliRunner().invoke(cli, ["--store", filled_store, "export", "--format", fmt,
                                   "-o", str(out)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    if dataset:
        ds = Dataset()
        ds.parse(out, format=parse_as)
        assert len(list(ds.quads())) >= 50
        assert len(list(ds.graphs())) >= 2  # the article's graph besides the default
    else:
        g = Graph().parse(out, format=parse_as)
        assert len(g) >= 50
