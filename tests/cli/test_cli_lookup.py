"""End to end: meetings, calls, visits, person and stats on the real on-disk store."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from diplograph.cli import cli


def run(store, *args):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_cli_meetings_formats(filled_store, fmt):
    res = run(filled_store, "meetings", "PM Modi", "--format", fmt)
    assert res.exit_code == 0, res.output
    if fmt == "json":
        rows = json.loads(res.output)
        assert rows[0]["with"] == "Vladimir Putin" and rows[0]["date"] == "2024-07-08"
        assert rows[0]["status"] == "planned" and rows[0]["reports"] == 1
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.output)))
        assert rows[0]["place"] == "Moscow" and rows[0]["country"] == "RU"
    else:
        assert res.output.splitlines()[0].split() == [
            "date", "with", "place", "country", "status", "occasion", "reports", "sources"]
        assert "Vladimir Putin" in res.output


@pytest.mark.parametrize("args, n", [
    (["--with", "Putin"], 1), (["--with", "Zelenskyy"], 0), (["--year", "2024"], 1),
    (["--year", "2023"], 0), (["--status", "planned"], 1), (["--status", "cancelled"], 0),
])
def test_cli_meetings_filters(filled_store, args, n):
    res = run(filled_store, "meetings", "modi", "--format", "json", *args)
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.output)) == n


def test_cli_calls(filled_store):
    res = run(filled_store, "calls", "Modi", "--format", "json")
    assert [r["with"] for r in json.loads(res.output)] == ["Volodymyr Zelenskyy"]


@pytest.mark.parametrize("args, n", [(["--to", "Russia"], 1), (["--to", "RU"], 1),
                                     (["Modi"], 1), (["Putin"], 0), (["--to", "Austria"], 0)])
def test_cli_visits(filled_store, args, n):
    res = run(filled_store, "visits", *args, "--format", "json")
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.output)) == n


def test_cli_person_shows_offices_events_and_quote(filled_store):
    res = run(filled_store, "person", "Narendra Modi")
    assert res.exit_code == 0, res.output
    assert "office:  Prime Minister IN" in res.output
    assert "meetings (1)" in res.output and "calls (1)" in res.output
    assert '"Indian Prime Minister Narendra Modi will meet' in res.output
    assert "https://example.org/a/1" in res.output


def test_cli_person_json(filled_store):
    res = run(filled_store, "person", "putin", "--format", "json")
    profile = json.loads(res.output)
    assert profile["offices"][0]["title"] == "President"


@pytest.mark.parametrize("name", ["Nobody", 'Modi" } ; DROP ALL ; #'])
def test_cli_unknown_person_is_clear_error(filled_store, name):
    res = run(filled_store, "meetings", name)
    assert res.exit_code == 1
    assert "no person matches" in res.output


def test_cli_stats(filled_store):
    res = run(filled_store, "stats", "--format", "json")
    stats = json.loads(res.output)
    assert stats["counts"]["Meeting"] == 1 and stats["counts"]["Article"] == 1


def test_cli_lookup_on_missing_store_is_clear_error(tmp_path):
    res = run(str(tmp_path / "nothing"), "meetings", "Modi")
    assert res.exit_code == 1
    assert "no store at" in res.output


def test_cli_csv_output_defuses_formulas(store_path):
    from diplograph.graph.store import open_store
    from diplograph.loaders.triples import article_iri, extraction_to_triples
    from tests.conftest import make_extraction

    ex = make_extraction()
    ex.people[1].name = "=HYPERLINK(\"http://evil\")"
    with open_store(store_path) as s:
        s.replace_articles({article_iri(ex.article.url): extraction_to_triples(ex)})
    res = run(store_path, "meetings", "Modi", "--format", "csv")
    row = list(csv.DictReader(io.StringIO(res.output)))[0]
    assert row["with"].startswith("'=")


@pytest.fixture
def disputed_store(store_path):
    from diplograph.graph.store import open_store
    from tests.graph.test_offices import PM, WRONG, write

    with open_store(store_path) as store:
        write(store, *PM, WRONG)
    return store_path


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_cli_person_offices_with_sources_kb_term_and_disputed(disputed_store, fmt):
    res = run(disputed_store, "person", "Modi", "--format", fmt)
    assert res.exit_code == 0, res.output
    wrong = "https://history.example/trip/1"
    if fmt == "table":
        lines = res.output.splitlines()
        assert "  office:  Prime Minister IN  (2 reports, confirmed by the knowledge base)" in lines
        assert ("  disputed: President US  (1 report, contradicted by the knowledge base: "
                f"{wrong})") in lines
        assert "  kb term: Prime Minister IN, 2014-05-26 to now" in lines
        assert not any(line.startswith("  office:  President") for line in lines)
    elif fmt == "json":
        profile = json.loads(res.output)
        assert [o["title"] for o in profile["offices"]] == ["Prime Minister"]
        assert profile["disputed_offices"][0]["sources"] == [wrong]
    else:
        rows = list(csv.DictReader(io.StringIO(res.output)))
        assert [(r["kind"], r["title"], r["country"], r["reports"]) for r in rows][:2] == [
            ("office", "Prime Minister", "IN", "2"), ("disputed", "President", "US", "1")]
        assert rows[1]["sources"] == wrong
        assert ("kb term", "2014-05-26") in {(r["kind"], r["start"]) for r in rows}


def test_cli_remove_takes_the_disputed_office_away(disputed_store):
    assert run(disputed_store, "remove", "https://history.example/trip/1").exit_code == 0
    profile = json.loads(run(disputed_store, "person", "Modi", "--format", "json").output)
    assert profile["disputed_offices"] == []
