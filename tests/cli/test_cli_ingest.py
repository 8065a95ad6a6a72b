"""End to end: diplograph ingest on the real on-disk store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"

ARTICLE = """---
url: https://example.org/test/{n}
title: Test article {n}
published: 2024-03-01
source: Test Wire
---
German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Friday.
"""


def run(store, *args):
    return CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)


def count(store) -> int:
    res = run(store, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json")
    return int(json.loads(res.output)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.md").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def test_cli_ingest_summary_and_exit_code(store_path, articles):
    res = run(store_path, "ingest", str(articles))
    assert res.exit_code == 0, res.output
    assert "3 articles ingested" in res.output and "0 skipped" in res.output


def test_cli_ingest_reingest_is_idempotent(store_path, articles):
    run(store_path, "ingest", str(articles))
    first = count(store_path)
    run(store_path, "ingest", str(articles))
    run(store_path, "ingest", str(articles / "a1.md"))
    assert count(store_path) == first > 0


@pytest.mark.parametrize("content, reason", [
    (b"PK\x03\x04\x00\x00binary\x00zip", "binary"),
    (b"\xff\xfe\x00\x00utf16", "UTF-16"),
    (b"---\nurl: https://example.org/x\ntitle: never closed\n", "front matter"),
])
def test_cli_ingest_skips_bad_file_and_keeps_the_rest(store_path, articles, content, reason):
    bad = articles / "zz-bad.md"
    bad.write_bytes(content)
    res = CliRunner().invoke(cli, ["--store", store_path, "ingest", str(articles)])
    assert res.exit_code == 1
    assert "zz-bad.md" in res.output and reason in res.output
    assert "3 articles ingested" in res.output and "1 skipped" in res.output


def test_cli_ingest_missing_path_is_reported(store_path, articles):
    res = CliRunner().invoke(cli, ["--store", store_path, "ingest", str(articles),
                                   str(articles / "nope.md")])
    assert res.exit_code == 1 and "nope.md" in res.output


def test_cli_ingest_usage_error_exit_2(store_path):
    res = CliRunner().invoke(cli, ["--store", store_path, "ingest"])
    assert res.exit_code == 2


def test_cli_ingest_jobs_gives_the_same_graph(tmp_path, articles):
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    run(one, "ingest", str(articles))
    run(two, "ingest", str(articles), "--jobs", "2")
    dump = lambda s: sorted(  # noqa: E731
        run(s, "export", "--format", "nquads", "-o", "-").output.splitlines())
    assert dump(one) == dump(two)


def test_cli_ingest_examples_every_format(store_path, tmp_path):
    res = run(store_path, "ingest", str(EXAMPLES))
    assert res.exit_code == 0, res.output
    urls = json.loads(run(store_path, "sparql",
                          "SELECT ?u WHERE { ?a <https://schema.org/url> ?u }",
                          "--format", "json").output)["results"]["bindings"]
    assert len(urls) == 5  # two .md, two JSONL records, one .html


def test_cli_ingest_examples_pass_the_shapes(store_path, tmp_path):
    from rdflib import Dataset

    from diplograph.ontology.validate import validate

    run(store_path, "ingest", str(EXAMPLES))
    out = tmp_path / "g.nq"
    run(store_path, "export", "--format", "nquads", "-o", str(out))
    ds = Dataset()
    ds.parse(out, format="nquads")
    from rdflib import Graph

    union = Graph()
    for s, p, o, _ in ds.quads():
        union.add((s, p, o))
    report = validate(union)
    assert report.conforms, report.text


def test_cli_ingest_demo_lookup(store_path):
    run(store_path, "ingest", str(EXAMPLES))
    res = run(store_path, "meetings", "Modi", "--format", "json")
    rows = json.loads(res.output)
    assert any(r["with"] == "Vladimir Putin" and r["place"] == "Moscow" for r in rows)


def test_cli_ingest_store_in_use_is_clear(store_path, articles):
    import subprocess
    import sys

    run(store_path, "ingest", str(articles))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import pyoxigraph as ox, time; s = ox.Store({store_path!r}); "
         "print('ready', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        res = CliRunner().invoke(cli, ["--store", store_path, "ingest", str(articles)])
        assert res.exit_code == 1 and "in use" in res.output and "--wait" in res.output
        # readers keep working while the writer holds the store
        assert run(store_path, "meetings", "Scholz", "--format", "json").exit_code == 0
    finally:
        holder.kill()
        holder.wait()


def test_cli_ingest_summary_counts_skipped_by_reason(store_path, articles):
    (articles / "b1.jsonl").write_text('{"url": "https://e.org/1", "text": "x"}\nnot json\n{]\n')
    res = CliRunner().invoke(cli, ["--store", store_path, "ingest", str(articles)])
    assert res.exit_code == 1
    assert "6 read, 4 articles ingested" in res.output
    assert "  skipped 2: invalid JSON" in res.output


def test_cli_ingest_reports_each_skipped_file_once_on_its_own_line(store_path, articles):
    (articles / "b1.jsonl").write_text('{"url": "https://e.org/1", "text": "x"}\nnot json\n')
    (articles / "c1.md").write_text("")
    (articles / "d1.md").write_text("---\ntitle: No url\n---\nModi met Putin.\n")
    res = CliRunner().invoke(cli, ["--store", store_path, "ingest", str(articles)])
    assert res.exit_code == 1
    lines = res.output.splitlines()
    skips = [line for line in lines if line.startswith("skipped ")]
    assert sorted(skips) == [f"skipped {articles / 'b1.jsonl'}: line 2: invalid JSON "
                             "(Expecting value: line 1 column 1 (char 0))",
                             f"skipped {articles / 'c1.md'}: no text"]
    [summary] = [line for line in lines if " read, " in line]
    assert summary.startswith("7 read, 5 articles ingested, ") and summary.endswith("; 2 skipped")
    assert sum("front matter has no url" in line for line in lines) == 1
    assert all(line.startswith(("skipped", "7 read", "  skipped", str(articles)))
               for line in lines), lines
