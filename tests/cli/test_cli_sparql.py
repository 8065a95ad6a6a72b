"""End to end: diplograph sparql."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

SELECT = ("PREFIX dg: <https://w3id.org/diplograph#> "
          "SELECT ?e WHERE { ?e a dg:Meeting }")


def run(store, *args, stdin=None):
    return CliRunner().invoke(cli, ["--store", store, "sparql", *args], input=stdin,
                              catch_exceptions=False)


def test_cli_sparql_json_is_w3c_results(filled_store):
    res = run(filled_store, SELECT, "--format", "json")
    data = json.loads(res.output)
    assert data["head"]["vars"] == ["e"]
    assert data["results"]["bindings"][0]["e"]["type"] == "uri"


def test_cli_sparql_ask(filled_store):
    res = run(filled_store, "ASK { ?s ?p ?o }", "--format", "json")
    assert json.loads(res.output) == {"head": {}, "boolean": True}


def test_cli_sparql_from_stdin_and_file(filled_store, tmp_path):
    assert "meeting" not in run(filled_store, "-", stdin=SELECT).output.lower().split("\n")[0]
    q = tmp_path / "q.rq"
    q.write_text(SELECT)
    res = run(filled_store, "-f", str(q), "--format", "csv")
    assert res.output.splitlines()[0] == "e" and len(res.output.splitlines()) == 2


def test_cli_sparql_construct_turtle(filled_store):
    res = run(filled_store, "CONSTRUCT WHERE { ?s a <https://w3id.org/diplograph#Meeting> }",
              "--format", "turtle")
    assert "Meeting" in res.output


@pytest.mark.parametrize("update", ["DELETE WHERE { ?s ?p ?o }", "DROP ALL",
                                    "PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }"])
def test_cli_sparql_refuses_update_without_flag(filled_store, update):
    before = json.loads(run(filled_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                            "--format", "json").output)
    res = run(filled_store, update)
    assert res.exit_code == 1 and "refused without --update" in res.output
    after = json.loads(run(filled_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                           "--format", "json").output)
    assert before == after


def test_cli_sparql_update_with_flag(filled_store):
    res = run(filled_store, "DROP ALL", "--update")
    assert res.exit_code == 0
    assert json.loads(run(filled_store, "ASK { ?s ?p ?o }", "--format", "json").output)[
        "boolean"] is False


def test_cli_sparql_malformed_is_clear_error(filled_store):
    res = run(filled_store, "SELEKT nothing")
    assert res.exit_code == 1 and "malformed SPARQL" in res.output
